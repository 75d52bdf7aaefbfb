"""The tray menu drives the real core: what a click does is what the triggered action does.

On, paused and off are three states the person chooses; the menu's first line says which one is
in force and every command is named after what it will do. The control window says the same.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from desktop_app.base.settings import SettingsStore
from desktop_app.core.power import PowerState
from desktop_app.core.service import MezzoCore
from desktop_app.ui.app_state import AppState, Switch
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.control_window import ControlWindow
from desktop_app.ui.icons import state_icon
from desktop_app.ui.tray import PAUSE_SECONDS, TrayIcon, TrayMenu
from desktop_app.ui.workers import TaskRunner
from tests.ui.conftest import WAIT_MS


@pytest.fixture
def runner(qtbot: QtBot, shell_core: MezzoCore) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_for_all(WAIT_MS), "background work still running after the test"


@pytest.fixture
def bridge(qtbot: QtBot, shell_core: MezzoCore, runner: TaskRunner) -> Iterator[CoreBridge]:
    bridge = CoreBridge(shell_core)
    yield bridge
    bridge.close()


@pytest.fixture
def menu(bridge: CoreBridge, runner: TaskRunner) -> TrayMenu:
    return TrayMenu(bridge.core, bridge, runner)


@pytest.fixture
def loaded(qtbot: QtBot, bridge: CoreBridge, shell_core: MezzoCore, tiny_qwen_model: Path) -> str:
    """The tiny model loaded and serving; its name."""
    with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS) as finished:
        bridge.track_load(shell_core.load_model(tiny_qwen_model))
    assert finished.args == [""]
    return shell_core.status().model


@pytest.fixture
def window(qtbot: QtBot, menu: TrayMenu) -> ControlWindow:
    window = ControlWindow(menu)
    qtbot.addWidget(window)
    return window


def saved(core: MezzoCore) -> SettingsStore:
    """The settings as a fresh start would read them from disk."""
    return SettingsStore(core.paths.settings_file)


def hh_mm(epoch_seconds: float) -> str:
    return time.strftime("%H:%M", time.localtime(epoch_seconds))


def commands(menu: TrayMenu) -> dict[str, bool]:
    """The switch commands the menu shows, by their words, and whether each is enabled."""
    shown = [menu.toggle_action, menu.pause_action, menu.resume_action]
    return {action.text(): action.isEnabled() for action in shown if action.isVisible()}


class TestTheMenuSaysWhichStateIsInForce:
    def test_on_offers_to_turn_off_and_to_pause(self, menu: TrayMenu, loaded: str) -> None:
        assert menu.status_action.text() == "Completions are on"
        assert commands(menu) == {"Turn completions off": True, "Pause for 1 hour": True}

    def test_paused_says_until_when_and_offers_to_resume_now(
        self, menu: TrayMenu, shell_core: MezzoCore, loaded: str
    ) -> None:
        menu.pause_action.trigger()
        until = shell_core.settings.current.paused_until
        assert menu.status_action.text() == f"Completions are paused until {hh_mm(until)}"
        assert shell_core.status().power.reason == f"paused until {hh_mm(until)}"
        assert commands(menu) == {"Turn completions off": True, "Resume now": True}

    def test_off_offers_to_turn_on_and_nothing_to_pause(self, menu: TrayMenu, loaded: str) -> None:
        menu.toggle_action.trigger()
        assert menu.status_action.text() == "Completions are off"
        assert commands(menu) == {"Turn completions on": True, "Pause for 1 hour": False}

    def test_switched_on_without_a_model_says_it_waits_for_one(self, menu: TrayMenu) -> None:
        assert menu.status_action.text() == "Completions are waiting for a model"
        assert commands(menu) == {"Turn completions off": True, "Pause for 1 hour": True}


class TestEachCommandMovesToItsState:
    def test_turning_off_from_on_is_off_and_saved(
        self, qtbot: QtBot, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        with qtbot.waitSignal(bridge.status_changed, timeout=WAIT_MS):
            menu.toggle_action.trigger()
        assert saved(shell_core).current.completions_enabled is False
        power = shell_core.status().power
        assert power.state is PowerState.PAUSED and power.reason == "completions are turned off"
        assert bridge.state is AppState.OFF and bridge.status.switch is Switch.OFF

    def test_turning_on_from_off_is_on(
        self, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore, loaded: str
    ) -> None:
        menu.toggle_action.trigger()
        menu.toggle_action.trigger()
        assert saved(shell_core).current.completions_enabled is True
        assert shell_core.status().power.state is PowerState.AC
        assert bridge.state is AppState.ON and bridge.status.switch is Switch.ON

    def test_pause_for_one_hour_pauses_until_an_hour_from_now(
        self, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        before = time.time()
        menu.pause_action.trigger()
        after = time.time()
        paused_until = saved(shell_core).current.paused_until
        assert before + PAUSE_SECONDS <= paused_until <= after + PAUSE_SECONDS
        assert shell_core.status().power.state is PowerState.PAUSED
        assert bridge.state is AppState.PAUSED and bridge.status.switch is Switch.PAUSED

    def test_resume_now_ends_the_pause(
        self, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        menu.pause_action.trigger()
        menu.resume_action.trigger()
        assert saved(shell_core).current.paused_until == 0.0
        assert shell_core.status().power.state is PowerState.AC
        assert bridge.status.switch is Switch.ON

    def test_turning_off_while_paused_ends_the_pause_and_stays_off(
        self, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        menu.pause_action.trigger()
        menu.toggle_action.trigger()
        assert saved(shell_core).current.completions_enabled is False
        assert saved(shell_core).current.paused_until == 0.0  # off does not end by itself
        assert bridge.status.switch is Switch.OFF
        menu.toggle_action.trigger()
        assert bridge.status.switch is Switch.ON  # on means on, not back to the old pause

    def test_a_pause_that_ran_out_is_on_again(
        self, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        shell_core.settings.update(paused_until=time.time() - 1)
        assert bridge.status.switch is Switch.ON
        assert commands(menu) == {"Turn completions off": True, "Pause for 1 hour": True}


class TestTheControlWindowSaysTheSame:
    def test_on(self, window: ControlWindow, loaded: str) -> None:
        assert window.headline.text() == "Completions are on"
        assert window.toggle_button.text() == "Turn completions off"
        assert window.pause_button.text() == "Pause for 1 hour"
        assert window.pause_button.isEnabled()

    def test_paused_says_when_it_comes_back(
        self, window: ControlWindow, shell_core: MezzoCore, loaded: str
    ) -> None:
        window.pause_button.click()
        until = hh_mm(shell_core.settings.current.paused_until)
        assert window.headline.text() == f"Completions are paused until {until}"
        assert window.detail.text() == f"Suggestions come back by themselves at {until}."
        assert window.toggle_button.text() == "Turn completions off"
        assert window.pause_button.text() == "Resume now"
        window.pause_button.click()
        assert shell_core.settings.current.paused_until == 0.0
        assert window.headline.text() == "Completions are on"

    def test_off_says_it_stays_off(
        self, window: ControlWindow, shell_core: MezzoCore, loaded: str
    ) -> None:
        window.toggle_button.click()
        assert shell_core.settings.current.completions_enabled is False
        assert window.headline.text() == "Completions are off"
        assert window.detail.text() == "Your editor gets no suggestions until you turn them on."
        assert window.toggle_button.text() == "Turn completions on"
        assert not window.pause_button.isEnabled()
        window.toggle_button.click()
        assert shell_core.settings.current.completions_enabled is True
        assert window.toggle_button.text() == "Turn completions off"


class TestWhatTheMenuShows:
    def test_the_model_in_use_and_no_adapter(self, menu: TrayMenu, loaded: str) -> None:
        assert menu.model_action.text() == f"Model: {loaded}"
        assert loaded
        assert menu.adapter_action.text() == "Adapter: none"

    def test_no_model_yet(self, menu: TrayMenu) -> None:
        assert menu.model_action.text() == "Model: none"

    def test_panel_shortcuts_ask_for_their_panel(self, qtbot: QtBot, menu: TrayMenu) -> None:
        assert menu.panel_actions["telemetry"].text() == "Usage statistics…"
        for key, action in [("", menu.open_action), *menu.panel_actions.items()]:
            with qtbot.waitSignal(menu.open_requested, timeout=WAIT_MS) as asked:
                action.trigger()
            assert asked.args == [key]

    def test_open_the_log_folder_shows_the_folder_the_log_is_in(
        self, menu: TrayMenu, shell_core: MezzoCore
    ) -> None:
        asked: list[Path] = []

        def file_manager(url: QUrl) -> bool:
            asked.append(Path(url.toLocalFile()))
            return True

        menu.open_url = file_manager
        assert menu.log_folder_action.text() == "Open the log folder"
        menu.log_folder_action.trigger()
        assert asked == [shell_core.paths.logs_dir]
        assert shell_core.paths.logs_dir.is_dir()

    def test_a_log_folder_nothing_can_show_is_named_instead(
        self, qtbot: QtBot, menu: TrayMenu, shell_core: MezzoCore
    ) -> None:
        menu.open_url = lambda _url: False  # no file manager on this desktop
        with qtbot.waitSignal(menu.problem, timeout=WAIT_MS) as told:
            menu.log_folder_action.trigger()
        assert str(shell_core.paths.logs_dir) in told.args[0]

    def test_quit_is_asked_for_not_done_by_the_menu(self, qtbot: QtBot, menu: TrayMenu) -> None:
        with qtbot.waitSignal(menu.quit_requested, timeout=WAIT_MS):
            menu.quit_action.trigger()


class TestTrayIcon:
    def test_the_icon_and_tooltip_follow_the_state(
        self, qtbot: QtBot, menu: TrayMenu, bridge: CoreBridge
    ) -> None:
        tray = TrayIcon(menu)
        assert tray.icon.contextMenu() is menu.menu
        menu.toggle_action.trigger()
        assert tray.icon.icon().cacheKey() == state_icon(AppState.OFF).cacheKey()
        assert "Completions are off" in tray.icon.toolTip()
        menu.toggle_action.trigger()
        menu.pause_action.trigger()
        assert tray.icon.icon().cacheKey() == state_icon(AppState.PAUSED).cacheKey()

    def test_each_state_has_its_own_icon(self) -> None:
        keys = {state_icon(state).cacheKey() for state in AppState}
        assert len(keys) == len(AppState)
        assert all(not state_icon(state).isNull() for state in AppState)
