"""What the fake hub publishes for the bundle tests, and helpers to look at the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.base.battery import BatteryReading
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles.catalog import Catalog, CatalogEntry
from tests.fakehub.hub import FakeHub, sha256
from tests.fakehub.memkeyring import MemoryKeyring

CODER_REPO = "acme/Tiny-Coder-GGUF"
CODER_FILE = "tiny-coder-q8_0.gguf"
GATED_REPO = "acme/Gated-Coder-GGUF"
GATED_TOKEN = "hf_gated_test_token"
BIG_REPO = "acme/Big-Coder-GGUF"
BIG_FILE = "big-coder-q8_0.gguf"
NOFIM_REPO = "acme/Chat-Only-GGUF"
BROKEN_REPO = "acme/Broken-GGUF"
CHUNK = 64 * 1024


def sha256_of(path: Path) -> str:
    return sha256(path.read_bytes())


def tree_snapshot(root: Path, skip: str | None = None) -> dict[str, str]:
    """Every file under `root` (outside a `skip` folder) and its hash: what "the store is as it
    was" compares."""
    return {
        str(p.relative_to(root)): sha256_of(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and skip not in p.relative_to(root).parts
    }


def store_snapshot(paths: MezzoPaths) -> dict[str, str]:
    """The installed models, leaving out downloads in progress."""
    return tree_snapshot(paths.models_dir, skip="partial")


def partials(root: Path) -> list[str]:
    """The `.part` files of the store at `root`: downloads in progress."""
    return sorted(p.name for p in (root / "partial").iterdir())


def entry(
    bundle_id: str, version: str, repo_id: str | None, filename: str, **kw: Any
) -> CatalogEntry:
    fields: dict[str, Any] = {
        "id": bundle_id, "version": version, "name": f"{bundle_id} v{version}",
        "description": "a tiny test model", "source": "hub", "repo_id": repo_id,
        "revision": "main", "filename": filename, "sha256": None, "size": None,
        "quantization": "Q8_0", "parameters": "1M", "context_length": 4096,
        "architecture": "qwen2", "fim_template": "qwen", "ram_mb": 1, "license": "Apache-2.0",
    }  # fmt: skip
    fields.update(kw)
    return CatalogEntry.from_dict(fields)


@dataclass
class World:
    """What the fake hub publishes, and a catalog that points at it."""

    hub: FakeHub
    v1: bytes
    v2: bytes
    big: bytes
    commit1: str
    commit2: str
    starter: Path
    catalog: Catalog
    signer: Ed25519PrivateKey
    keyring: MemoryKeyring
    battery: list[BatteryReading | None] = field(default_factory=lambda: [None])

    def part_file(self, paths: MezzoPaths, data: bytes) -> Path:
        return paths.models_dir / "partial" / f"{sha256(data)}.part"

    def write_catalog(self, folder: Path) -> Path:
        path = folder / "test-catalog.json"
        path.write_text(self.catalog.to_json())
        return path
