"""Ten hand-written Roblox Luau checks: the habits a creator notices within a minute of use.

Held-out rows score how close a model comes to code people wrote; these ask yes-or-no questions
about idioms a Roblox creator expects (`task.wait`, `game:GetService`, `pcall` around a data
store call, typed parameters), each on a small script with the cursor where the idiom is due.
A check reads only the completion and judges the first line it contributes, the part a person
reads before pressing Tab; the task.wait probe also fails a bare `wait(` anywhere after it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.quality.rows import FimRow, RowKind, Split
from desktop_app.syntax.grammars import grammar_named, parses_cleanly

REPO = "luau-probes"

# Reserved words only: `type`, `export` and `continue` are contextual and can name a module.
_KEYWORDS = frozenset(
    {"and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if", "in"}
    | {"local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while"}
)


@dataclass(frozen=True, slots=True)
class Probe:
    name: str
    criterion: str  # what a pass means, for the person reading the report
    row: FimRow
    check: Callable[[str], bool]  # the completion, as it would be inserted at the cursor


def _first_line(completion: str) -> str:
    """The first line with text on it, stripped: what the person sees at the cursor."""
    for line in completion.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _parses(text: str) -> bool:
    grammar = grammar_named("Luau")
    assert grammar is not None, "languages.GRAMMARS always lists Luau"
    return parses_cleanly(grammar, text)


def _matches(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern)
    return lambda completion: compiled.match(_first_line(completion)) is not None


def _arithmetic(completion: str) -> bool:
    # Parsed on its own: in the script a missing operand would swallow the next line instead.
    line = _first_line(completion)
    return bool(line) and _parses("local total = price * " + line)


def _function_body(completion: str) -> bool:
    line = _first_line(completion)
    return (
        re.match(r"return\b", line) is not None
        and "humanoid.Health" in line
        and re.search(r"[<>~=]=|[<>]", line) is not None
        and _parses(f"local function isAlive(humanoid: Humanoid): boolean\n\t{line}\nend\n")
    )


def _task_wait(completion: str) -> bool:
    # A bare `wait(` anywhere in what is inserted fails: it is throttled and deprecated.
    return "task.wait(" in re.sub(r"\s+", "", _first_line(completion)) and not re.search(
        r"(?<![\w.:])wait\s*\(", completion
    )


def _module_name(completion: str) -> bool:
    found = re.match(r"[A-Za-z_]\w*", _first_line(completion))
    return found is not None and found.group() not in _KEYWORDS


_STRICT = re.compile(r"--!strict(?![\w-])")


def _strict_header(completion: str) -> bool:
    return _STRICT.match(completion.lstrip()) is not None


def _probe(
    name: str,
    criterion: str,
    prefix: str,
    middle: str,
    suffix: str,
    check: Callable[[str], bool],
) -> Probe:
    row = FimRow(
        prefix=prefix,
        middle=middle,
        suffix=suffix,
        language="Luau",
        kind=RowKind.PROBE,
        path=f"probes/{name}.luau",
        line=prefix.count("\n") + 1,
        split=Split.HELD_OUT,
        repo=REPO,
    )
    return Probe(name=name, criterion=criterion, row=row, check=check)


@functools.cache
def luau_probes() -> tuple[Probe, ...]:
    return (
        _probe(
            "arithmetic",
            "It finishes `price *` with a value, so the total is a complete sum on one line.",
            "local function checkout(player: Player, price: number, quantity: number): number\n"
            "\tlocal total = price * ",
            "quantity",
            '\n\tplayer:SetAttribute("LastTotal", total)\n\treturn total\nend\n\nreturn checkout\n',
            _arithmetic,
        ),
        _probe(
            "function-body",
            "It writes the body in one line: return whether the humanoid's Health is above 0.",
            "local function isAlive(humanoid: Humanoid): boolean\n\t",
            "return humanoid.Health > 0",
            "\nend\n\nreturn isAlive\n",
            _function_body,
        ),
        _probe(
            "find-first-child",
            "It gives FindFirstChild the child's name as a string, not a bare word.",
            'local Players = game:GetService("Players")\n\n'
            "local spawnLocation = workspace:FindFirstChild(",
            '"SpawnLocation"',
            ")\nif spawnLocation then\n"
            "\tPlayers.PlayerAdded:Connect(function(player)\n"
            "\t\tplayer.RespawnLocation = spawnLocation\n"
            "\tend)\nend\n",
            _matches(r"""("[^"\n]+"|'[^'\n]+')"""),
        ),
        _probe(
            "task-wait",
            "It pauses the loop with task.wait, never the deprecated wait.",
            'local Lighting = game:GetService("Lighting")\n\n'
            "-- the day passes: one step every second\n"
            "while true do\n"
            "\tLighting.ClockTime = (Lighting.ClockTime + 0.1) % 24\n\t",
            "task.wait(1)",
            "\nend\n",
            _task_wait,
        ),
        _probe(
            "typed-parameter",
            "It types the damage amount as a number.",
            "--!strict\n\nlocal function damage(humanoid: Humanoid, amount: ",
            "number",
            ")\n\thumanoid:TakeDamage(amount)\nend\n\nreturn damage\n",
            _matches(r"number\??(?![\w.])"),
        ),
        _probe(
            "require-module",
            "It names a sibling ModuleScript after `script.Parent.`, as a plain name.",
            'local Players = game:GetService("Players")\n\n'
            "local Inventory = require(script.Parent.",
            "Inventory",
            ")\n\nPlayers.PlayerAdded:Connect(function(player)\n"
            '\tInventory.give(player, "Sword")\nend)\n',
            _module_name,
        ),
        _probe(
            "character-added",
            "It connects a function that takes the new character.",
            'local Players = game:GetService("Players")\n\n'
            "Players.PlayerAdded:Connect(function(player)\n"
            "\tplayer.CharacterAdded:Connect(",
            "function(character)\n"
            '\t\tlocal humanoid = character:WaitForChild("Humanoid")\n'
            "\t\thumanoid.WalkSpeed = 24\n\tend",
            ")\nend)\n",
            _matches(r"function\s*\(\s*[A-Za-z_]\w*\s*(:\s*[\w.]+\??\s*)?\)"),
        ),
        _probe(
            "pcall",
            "It wraps the data store call in pcall, so a failed save cannot break the script.",
            'local DataStoreService = game:GetService("DataStoreService")\n'
            'local coinStore = DataStoreService:GetDataStore("Coins")\n\n'
            "local function saveCoins(player: Player, coins: number)\n"
            "\tlocal ok, err = ",
            "pcall(function()\n\t\tcoinStore:SetAsync(tostring(player.UserId), coins)\n\tend)",
            "\n\tif not ok then\n"
            '\t\twarn("could not save coins for " .. player.Name .. ": " .. tostring(err))\n'
            "\tend\nend\n\nreturn saveCoins\n",
            _matches(r"pcall\s*\("),
        ),
        _probe(
            "strict-header",
            "It starts a typed module with the --!strict line.",
            "",
            "--!strict",
            '\nlocal Players = game:GetService("Players")\n\n'
            "export type Stats = {\n\tcoins: number,\n\tlevel: number,\n}\n\n"
            "local function newStats(): Stats\n\treturn { coins = 0, level = 1 }\nend\n\n"
            "local stats: { [Player]: Stats } = {}\n\n"
            "Players.PlayerAdded:Connect(function(player: Player)\n"
            "\tstats[player] = newStats()\nend)\n\n"
            "return stats\n",
            _strict_header,
        ),
        _probe(
            "get-service",
            'It fetches the Players service with game:GetService("Players").',
            "local Players = ",
            'game:GetService("Players")',
            "\n\nPlayers.PlayerAdded:Connect(function(player)\n"
            '\tprint(player.Name .. " joined")\nend)\n',
            _matches(r"""game\s*:\s*GetService\s*\(\s*(["'])Players\1\s*\)"""),
        ),
    )


def probe_named(name: str) -> Probe:
    for probe in luau_probes():
        if probe.name == name:
            return probe
    names = ", ".join(probe.name for probe in luau_probes())
    raise KeyError(f"no Luau probe named {name!r}; the probes are {names}")
