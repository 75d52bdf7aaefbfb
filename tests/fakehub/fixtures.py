"""Fixtures for the bundle tests: a fake hub with models published on it, and a service to use it.

The root conftest registers them for every test. `bundle_service` and `mezzo_cli` are the
helpers the adapter tests build on too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import huggingface_hub
import keyring
import pytest
from click.testing import CliRunner, Result
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.bundles import BundleService
from desktop_app.bundles.catalog import Catalog
from desktop_app.cli import main
from tests.fakehub.hub import FakeHub
from tests.fakehub.memkeyring import MemoryKeyring
from tests.fakehub.models import gguf_bytes
from tests.fakehub.world import (
    BIG_FILE,
    BIG_REPO,
    BROKEN_REPO,
    CHUNK,
    CODER_FILE,
    CODER_REPO,
    GATED_REPO,
    GATED_TOKEN,
    NOFIM_REPO,
    World,
    entry,
    sha256,
)

MezzoCli = Callable[..., Result]


def bundle_service(paths: MezzoPaths, **wiring: Any) -> BundleService:
    """A service that reaches nothing outside the test: an empty catalog, no catalog keys, an
    in-memory keyring and short lock waits; `wiring` overrides any of it."""
    defaults: dict[str, Any] = {
        "catalog": Catalog(entries=()),
        "secrets": SecretStore(backend=MemoryKeyring()),
        "public_keys": [],
        "lock_timeout_s": 0.5,
    }
    return BundleService(paths, **(defaults | wiring))


def mezzo_cli(*command: str) -> MezzoCli:
    """`run(*args, expect=0)`: `mezzo COMMAND… ARGS…` in-process through click's CliRunner, as
    a person types it; the exit code must be `expect`, and a traceback fails the test."""
    runner = CliRunner()

    def run(*args: str, expect: int = 0) -> Result:
        result = runner.invoke(main, [*command, *args], catch_exceptions=False)
        assert result.exit_code == expect, result.output
        return result

    return run


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
                min_mean_logprob=-1.2,
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
        }
        return bundle_service(paths, **(wiring | overrides))

    return make


@pytest.fixture
def service(make_service: Callable[..., BundleService]) -> BundleService:
    return make_service()
