"""What the fake hub publishes for the bundle tests, and helpers to look at the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.base.battery import BatteryReading
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles.catalog import Catalog, CatalogEntry
from tests.fakehub.hub import FakeHub
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


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store_snapshot(paths: MezzoPaths) -> dict[str, str]:
    """Every installed file and its hash: what "the store is as it was" compares."""
    root = paths.models_dir
    return {
        str(p.relative_to(root)): sha256(p.read_bytes())
        for p in root.rglob("*")
        if p.is_file() and "partial" not in p.relative_to(root).parts
    }


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
