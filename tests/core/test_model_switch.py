"""Switching to an installed model whose file turns out bad: the real core, engine and starter.

The bad model was installed whole and damaged afterwards (a disk error, another program), so
choosing it passes every check the store makes and fails only in llama.cpp. The core must end up
where it was: the starter loaded and serving, named as the running bundle, and chosen in the
store again, so the next start does not try the bad one.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.null
import pytest

from desktop_app.base.errors import ModelSwitchError, NotAGGUFError, UnsupportedModelError
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import SettingsStore
from desktop_app.bundles.manifest import Manifest
from desktop_app.core.service import MezzoCore
from desktop_app.engine.model import GGUF_MAGIC
from desktop_app.engine.types import CompletionRequest, GenerationParams
from tests.server.live import mezzo_settings

WAIT_S = 120  # a hang guard, never a measurement


@pytest.fixture
def core(mezzo_home: Path) -> Iterator[MezzoCore]:
    paths = MezzoPaths(mezzo_home)
    settings = mezzo_settings(engine={"n_ctx": 512, "n_threads": 1})
    core = MezzoCore(
        paths,
        settings=SettingsStore(paths.settings_file, settings),
        battery=lambda: None,
        secret_store=SecretStore(backend=keyring.backends.null.Keyring()),
    )
    yield core
    core.close()


@pytest.fixture
def serving_starter(core: MezzoCore, starter: Path) -> Manifest:
    manifest = core.bundles.import_file(starter, activate=True)
    core.load_model().result(WAIT_S)
    return manifest


def damage(core: MezzoCore, manifest: Manifest, head: bytes) -> None:
    """Overwrite the installed file with `head` and filler, keeping its size."""
    blob = core.bundles.model_path(manifest.id, manifest.version)
    blob.chmod(0o644)
    blob.write_bytes((head + bytes(range(256)) * (manifest.size // 256 + 1))[: manifest.size])


class TestAFailedSwitchGoesBackToTheStarter:
    @pytest.mark.parametrize(
        ("head", "reason"),
        [(GGUF_MAGIC, UnsupportedModelError), (b"PK\x03\x04", NotAGGUFError)],
        ids=["damaged-gguf", "not-a-gguf"],
    )
    def test_the_starter_serves_again_and_everything_names_it(
        self,
        core: MezzoCore,
        serving_starter: Manifest,
        tiny_codellama_model: Path,
        head: bytes,
        reason: type[Exception],
    ) -> None:
        bad = core.bundles.import_file(tiny_codellama_model, bundle_id="tiny-codellama")
        damage(core, bad, head)
        core.bundles.use(bad.ref)

        with pytest.raises(ModelSwitchError) as failed:
            core.load_model().result(WAIT_S)

        assert isinstance(failed.value.reason, reason)
        assert failed.value.failed_name == bad.name
        assert failed.value.restored_name == serving_starter.name  # the catalog's name
        status = core.status()
        assert status.engine == "ready"
        info = core.model_info()
        assert info is not None and status.model == info.name
        assert info.path == str(core.bundles.model_path(serving_starter.id))
        assert status.error.startswith(f"{bad.name} could not be loaded (")
        assert status.error.endswith(f"Mezzo went back to {serving_starter.name}.")
        assert core.current_bundle() == serving_starter
        assert core.bundles.active() == serving_starter  # the next start loads the starter
        assert core.bundles.store.active_state().history == ()  # the switch left no trace
        ticket = core.completions.complete(
            CompletionRequest(
                prefix="def add(a, b):\n    return ",
                client_id="t",
                params=GenerationParams(n_predict=4),
            )
        )
        assert ticket.future.result(WAIT_S).result.tokens_predicted > 0

    def test_a_choice_made_while_the_bad_one_loaded_is_kept(
        self, core: MezzoCore, serving_starter: Manifest, tiny_codellama_model: Path,
        tiny_qwen_model: Path,
    ) -> None:  # fmt: skip
        bad = core.bundles.import_file(tiny_codellama_model, bundle_id="tiny-codellama")
        other = core.bundles.import_file(tiny_qwen_model, bundle_id="tiny-qwen")
        damage(core, bad, GGUF_MAGIC)
        core.bundles.use(bad.ref)
        release = threading.Event()
        core.engine.call(lambda: release.wait(WAIT_S))  # holds the load back in the queue
        loading = core.load_model()
        core.bundles.use(other.ref)  # chosen before the bad one failed
        release.set()
        with pytest.raises(ModelSwitchError):
            loading.result(WAIT_S)
        assert core.bundles.active() == other


def test_engine_settings_changed_since_start_apply_at_the_next_load(
    core: MezzoCore, serving_starter: Manifest
) -> None:
    """The Settings page's GPU switch (and the context size) change `engine` settings while
    Mezzo runs; loading a model must use today's, not those the engine was built with."""
    assert (info := core.model_info()) is not None and info.n_ctx == 512
    engine = dataclasses.replace(core.settings.current.engine, n_ctx=1024, use_gpu=False)
    core.settings.update(engine=engine)
    core.load_model().result(WAIT_S)
    assert (info := core.model_info()) is not None
    assert (info.n_ctx, info.device) == (1024, "CPU")
