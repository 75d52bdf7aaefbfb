"""Fixtures for the panel tests: the real service core wired to the fake hub, a bridge, a runner.

A panel test module loads them with `pytest_plugins = ["tests.ui.panel_fixtures"]`, which also
brings the fake hub's fixtures (`world`, `paths`, `make_service`) and the tiny models.
The core is the real `MezzoCore`; only its bundle service is rebuilt to use the fake hub's
catalog and endpoint (and small chunks, so a pause lands mid-file), and the adapter service is
rebuilt on top of it so both see the same store.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.adapters import AdapterService
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.bundles import BundleService
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.workers import TaskRunner
from tests.fakehub.world import World

WAIT_MS = 20_000  # a hang guard, not a measurement


@pytest.fixture
def core(
    world: World, paths: MezzoPaths, make_service: Callable[..., BundleService]
) -> Iterator[MezzoCore]:
    """The real core, no battery, an in-memory keyring, bundles from the fake hub."""
    core = MezzoCore(paths, battery=lambda: None, secret_store=SecretStore(backend=world.keyring))
    core.bundles = make_service()
    core.adapters = AdapterService(paths, core.bundles, core.settings, lock_timeout_s=0.5)
    try:
        yield core
    finally:
        core.close()


@pytest.fixture
def runner(qtbot: QtBot, core: MezzoCore) -> Iterator[TaskRunner]:
    """Drained before the core closes (hence the dependency), so no task outlives it."""
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_for_all(WAIT_MS), "background work still running after the test"


@pytest.fixture
def bridge(core: MezzoCore, qtbot: QtBot, runner: TaskRunner) -> Iterator[CoreBridge]:
    """The shell's bridge; closing it pauses downloads (its `shutting_down`) before the runner
    is drained, so a test that leaves a download running still ends."""
    real = CoreBridge(core)
    yield real
    real.close()


@pytest.fixture
def installed_qwen(core: MezzoCore, tiny_qwen_model: Path) -> str:
    """The tiny Qwen model installed as a bundle and in use; returns its ref."""
    return core.bundles.import_file(tiny_qwen_model, bundle_id="tiny-qwen", activate=True).ref


@pytest.fixture
def installed_codellama(core: MezzoCore, tiny_codellama_model: Path) -> str:
    """A second tiny model, installed and not in use; returns its ref."""
    return core.bundles.import_file(tiny_codellama_model, bundle_id="tiny-codellama").ref
