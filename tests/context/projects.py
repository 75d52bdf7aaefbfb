"""Small real projects on disk for the repository-context tests: a Roblox (Rojo) game whose
server script requires a shared module, and a Python package with an import between files."""

from __future__ import annotations

import subprocess
from pathlib import Path

SHOP_MODULE = """\
--!strict
local Shop = {}

--- Buys one item for the player, if they can afford it.
function Shop.buyItem(player: Player, itemId: string, quantity: number): boolean
\treturn quantity > 0
end

function Shop.refund(player: Player, itemId: string)
end

return Shop
"""

INVENTORY_MODULE = """\
local Inventory = {}

function Inventory.countOf(player: Player, itemId: string): number
\treturn 0
end

return Inventory
"""

MAIN_SCRIPT = """\
local ReplicatedStorage = game:GetService("ReplicatedStorage")
local Players = game:GetService("Players")
local Shop = require(ReplicatedStorage.Shared.Shop)

local function onPlayerAdded(player: Player)
\tlocal bought = Shop.buyItem(player, "sword", 1)
\tprint(player.Name, "joined the game and bought a sword:", bought)
end

Players.PlayerAdded:Connect(onPlayerAdded)
"""

ROJO_PROJECT = """\
{
  "name": "ShopGame",
  "tree": {
    "$className": "DataModel",
    "ReplicatedStorage": {"Shared": {"$path": "src/shared"}},
    "ServerScriptService": {"Server": {"$path": "src/server"}}
  }
}
"""

GITIGNORE = "secrets/\n*.log\n"

PRICING = '''\
"""Prices for the shop."""

BASE_PRICE = 10


def price_with_tax(amount: float, rate: float = 0.2) -> float:
    """The amount with sales tax added."""
    return amount * (1 + rate)


class Discount:
    def apply(self, price: float) -> float:
        return price * 0.9
'''

CHECKOUT = """\
from shop.pricing import Discount, price_with_tax


def checkout(items: list[float]) -> float:
    total = sum(items)
    discounted = Discount().apply(total)
    return price_with_tax(discounted)
"""


def git_init(root: Path) -> None:
    subprocess.run(["git", "init", "-q", str(root)], check=True)


def luau_game(root: Path) -> Path:
    """The Rojo game: `src/server/Main.server.luau` requires `src/shared/Shop.luau`; a vendored
    Wally package and a git-ignored folder hold code that must never be indexed."""
    git_init(root)
    (root / "default.project.json").write_text(ROJO_PROJECT, "utf-8")
    (root / ".gitignore").write_text(GITIGNORE, "utf-8")
    shared = root / "src" / "shared"
    shared.mkdir(parents=True)
    (shared / "Shop.luau").write_text(SHOP_MODULE, "utf-8")
    (shared / "Inventory.luau").write_text(INVENTORY_MODULE, "utf-8")
    server = root / "src" / "server"
    server.mkdir(parents=True)
    (server / "Main.server.luau").write_text(MAIN_SCRIPT, "utf-8")
    vendored = root / "Packages" / "Signal"
    vendored.mkdir(parents=True)
    (vendored / "init.luau").write_text("local Signal = {}\nfunction Signal.vendoredFire() end\n")
    ignored = root / "secrets"
    ignored.mkdir()
    (ignored / "Keys.luau").write_text("local K = {}\nfunction K.ignoredSecretKey() end\n")
    return root


def python_shop(root: Path) -> Path:
    """`shop/checkout.py` imports from `shop/pricing.py`."""
    git_init(root)
    package = root / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("", "utf-8")
    (package / "pricing.py").write_text(PRICING, "utf-8")
    (package / "checkout.py").write_text(CHECKOUT, "utf-8")
    return root


def cursor_after(text: str, marker: str) -> tuple[str, str]:
    """(prefix, suffix) with the cursor just after the first `marker`."""
    at = text.index(marker) + len(marker)
    return text[:at], text[at:]
