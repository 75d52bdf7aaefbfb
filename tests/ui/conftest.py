"""Fixtures for the desktop shell's tests: a real core on a tiny model, headless Qt.

Qt is told to draw offscreen before anything imports it (`make test` sets the same), and every
test gets its own XDG_CONFIG_HOME so that start-at-login never touches the real autostart folder.
The fixtures are named `shell_*` so they never shadow the panel tests' own `core`/`bridge`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import (
    EngineSettings,
    GatingSettings,
    PowerSettings,
    ServerSettings,
    Settings,
    SettingsStore,
)
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.workers import TaskRunner
from tests.fakehub.memkeyring import MemoryKeyring

WAIT_MS = 30_000  # a hang guard for qtbot waits, never a measurement

MakeCore = Callable[..., MezzoCore]


@pytest.fixture(autouse=True)
def xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def shell_settings(**changes: object) -> Settings:
    """Ports picked by the OS, one engine thread, no throttle, the welcome already seen."""
    settings = Settings(
        server=ServerSettings(port=0, ollama_port=0),
        engine=EngineSettings(n_ctx=2048, n_threads=1),
        gating=GatingSettings(enabled=False, min_chars=0, drop_repeats=False),
        power=PowerSettings(ac_min_interval_ms=0),
        first_run_done=True,
    )
    return replace(settings, **changes)  # type: ignore[arg-type]


@pytest.fixture
def make_shell_core(mezzo_home: Path) -> Iterator[MakeCore]:
    """Factory: `make_shell_core(settings=..., keyring=True)`; every core is closed at the end.

    No battery (mains power); the keyring is an in-memory one that counts as secure, or none
    at all (`keyring=False`), as on a headless Linux session.
    """
    made: list[MezzoCore] = []

    def make(settings: Settings | None = None, *, keyring: bool = True) -> MezzoCore:
        paths = MezzoPaths(mezzo_home)
        backend = MemoryKeyring() if keyring else None
        secrets = SecretStore(backend=backend) if backend else SecretStore(backend=_no_keyring())
        core = MezzoCore(
            paths,
            settings=SettingsStore(paths.settings_file, settings or shell_settings()),
            battery=lambda: None,
            secret_store=secrets,
        )
        made.append(core)
        return core

    yield make
    for core in made:
        core.close()


def _no_keyring() -> object:
    import keyring.backends.fail  # noqa: PLC0415

    return keyring.backends.fail.Keyring()


@pytest.fixture
def shell_core(make_shell_core: MakeCore) -> MezzoCore:
    return make_shell_core()


@pytest.fixture
def shell_runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """The shell's thread pool, drained before the core closes (hence the order of teardown)."""
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_for_all(WAIT_MS)


@pytest.fixture
def shell_bridge(shell_core: MezzoCore) -> Iterator[CoreBridge]:
    """Closed before the core is: a bridge left polling would read a closed core later."""
    real = CoreBridge(shell_core)
    yield real
    real.close()
