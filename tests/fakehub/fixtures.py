"""Fixtures for the bundle tests: a fake hub with models published on it, and a service to use it.

Import the fixtures a test module needs by name (`from tests.fakehub.fixtures import world`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import huggingface_hub
import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.bundles import BundleService
from desktop_app.bundles.catalog import Catalog, CatalogEntry
from desktop_app.core.battery import BatteryReading
from desktop_app.core.paths import MezzoPaths
from desktop_app.core.secrets import SecretStore
from tests.fakehub.hub import FakeHub
from tests.fakehub.memkeyring import MemoryKeyring
from tests.fakehub.models import gguf_bytes

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


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    fake = FakeHub()
    try:
        yield fake
    finally:
        fake.close()
        huggingface_hub.close_session()  # pooled connections must not outlive this hub


@pytest.fixture
def world(hub: FakeHub, memory_keyring: MemoryKeyring, tmp_path: Path) -> World:
    v1 = gguf_bytes(name="tiny-coder v1", seed=1)
    v2 = gguf_bytes(name="tiny-coder v2", seed=2)
    big = gguf_bytes(name="big-coder", payload_bytes=1 << 20, seed=3)
    commit1 = hub.publish(CODER_REPO, {CODER_FILE: v1, "README.md": b"# tiny coder\n"})
    commit2 = hub.publish(CODER_REPO, {CODER_FILE: v2})
    hub.publish(GATED_REPO, {"gated.gguf": gguf_bytes(seed=4)}, token=GATED_TOKEN)
    hub.publish(BIG_REPO, {BIG_FILE: big})
    hub.publish(NOFIM_REPO, {"chat.gguf": gguf_bytes(fim=False, seed=5)})
    hub.publish(BROKEN_REPO, {"broken.gguf": b"<html>this is not a model</html>\n" * 40})
    starter = tmp_path / "starter" / "tiny-starter.gguf"
    starter.parent.mkdir()
    starter.write_bytes(gguf_bytes(architecture="llama", name="starter", fim=False, seed=6))
    catalog = Catalog(
        entries=(
            entry("tiny-coder", "1", CODER_REPO, CODER_FILE, revision=commit1),
            entry("tiny-coder", "2", CODER_REPO, CODER_FILE),
            entry(
                "pinned-coder",
                "1",
                CODER_REPO,
                CODER_FILE,
                revision=commit1,
                sha256=sha256(v1),
                size=len(v1),
            ),
            entry("wrong-sha", "1", CODER_REPO, CODER_FILE, revision=commit1, sha256="0" * 64),
            entry("gated-coder", "1", GATED_REPO, "gated.gguf"),
            entry("big-coder", "1", BIG_REPO, BIG_FILE),
            entry("chat-only", "1", NOFIM_REPO, "chat.gguf"),
            entry("broken", "1", BROKEN_REPO, "broken.gguf"),
            entry("gone-revision", "1", CODER_REPO, CODER_FILE, revision="f" * 40),
            entry(
                "tiny-starter",
                "1",
                None,
                starter.name,
                source="starter",
                sha256=sha256(starter.read_bytes()),
                architecture="llama",
                fim_template="none",
            ),
        ),
        serial=1,
    )
    return World(
        hub,
        v1,
        v2,
        big,
        commit1,
        commit2,
        starter,
        catalog,
        Ed25519PrivateKey.generate(),
        memory_keyring,
    )


@pytest.fixture
def paths(mezzo_home: Path) -> MezzoPaths:
    return MezzoPaths(home=mezzo_home).ensure()


@pytest.fixture
def make_service(
    world: World, paths: MezzoPaths, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., BundleService]:
    """A service wired to the fake hub; keyword arguments override the wiring."""
    monkeypatch.setenv("MEZZO_STARTER_MODEL", str(world.starter))

    def make(**overrides: Any) -> BundleService:
        wiring: dict[str, Any] = {
            "catalog": world.catalog,
            "endpoint": world.hub.endpoint,
            "secrets": SecretStore(backend=world.keyring),
            "battery_reader": lambda: world.battery[0],
            "public_keys": [world.signer.public_key()],
            "chunk_bytes": CHUNK,
            "lock_timeout_s": 0.5,
        }
        wiring.update(overrides)
        return BundleService(paths, **wiring)

    return make


@pytest.fixture
def service(make_service: Callable[..., BundleService]) -> BundleService:
    return make_service()
