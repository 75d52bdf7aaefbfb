"""The tray menu drives the real core: what a click does is what the triggered action does."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.settings import SettingsStore
from desktop_app.core.power import PowerState
from desktop_app.core.service import MezzoCore
from desktop_app.ui.app_state import AppState
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.control_window import ControlWindow
from desktop_app.ui.icons import state_icon
from desktop_app.ui.tray import PAUSE_SECONDS, TrayIcon, TrayMenu
from tests.ui.conftest import WAIT_MS


@pytest.fixture
def bridge(qtbot: QtBot, shell_core: MezzoCore) -> Iterator[CoreBridge]:
    bridge = CoreBridge(shell_core)
    yield bridge
    bridge.close()


@pytest.fixture
def menu(bridge: CoreBridge) -> TrayMenu:
    return TrayMenu(bridge.core, bridge)


def saved(core: MezzoCore) -> SettingsStore:
    """The settings as a fresh start would read them from disk."""
    return SettingsStore(core.paths.settings_file)


class TestCompletionsSwitch:
    def test_switching_off_from_the_tray_turns_completions_off(
        self, qtbot: QtBot, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        assert menu.toggle_action.isChecked()
        with qtbot.waitSignal(bridge.status_changed, timeout=WAIT_MS):
            menu.toggle_action.trigger()

        assert shell_core.settings.current.completions_enabled is False
        assert saved(shell_core).current.completions_enabled is False
        power = shell_core.status().power
        assert power.state is PowerState.PAUSED and power.reason == "completions are turned off"
        assert bridge.state is AppState.OFF
        assert not menu.toggle_action.isChecked()
        assert not menu.pause_action.isEnabled()  # nothing to pause while off

    def test_switching_back_on_restores_completions(
        self, menu: TrayMenu, shell_core: MezzoCore
    ) -> None:
        menu.toggle_action.trigger()
        menu.toggle_action.trigger()
        assert shell_core.settings.current.completions_enabled is True
        assert shell_core.status().power.state is PowerState.AC

    def test_the_control_window_switch_is_the_same_switch(
        self, qtbot: QtBot, menu: TrayMenu, shell_core: MezzoCore
    ) -> None:
        window = ControlWindow(menu)
        qtbot.addWidget(window)
        window.toggle_button.click()
        assert shell_core.settings.current.completions_enabled is False
        assert not menu.toggle_action.isChecked() and not window.toggle_button.isChecked()
        window.toggle_button.click()
        assert shell_core.settings.current.completions_enabled is True


class TestPause:
    def test_pause_for_one_hour_pauses_until_an_hour_from_now(
        self, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        before = time.time()
        menu.pause_action.trigger()
        after = time.time()

        paused_until = saved(shell_core).current.paused_until
        assert before + PAUSE_SECONDS <= paused_until <= after + PAUSE_SECONDS
        assert shell_core.status().power.state is PowerState.PAUSED
        assert bridge.state is AppState.PAUSED
        assert menu.resume_action.isVisible() and not menu.pause_action.isVisible()

    def test_resume_ends_the_pause(
        self, menu: TrayMenu, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        menu.pause_action.trigger()
        menu.resume_action.trigger()
        assert saved(shell_core).current.paused_until == 0.0
        assert shell_core.status().power.state is PowerState.AC
        assert menu.pause_action.isVisible() and not menu.resume_action.isVisible()

    def test_the_control_window_pause_button_pauses_and_resumes(
        self, qtbot: QtBot, menu: TrayMenu, shell_core: MezzoCore
    ) -> None:
        window = ControlWindow(menu)
        qtbot.addWidget(window)
        window.pause_button.click()
        assert shell_core.settings.current.paused_until > time.time()
        assert window.pause_button.text() == "Resume"
        window.pause_button.click()
        assert shell_core.settings.current.paused_until == 0.0


class TestWhatTheMenuShows:
    def test_the_model_in_use_and_no_adapter(
        self,
        qtbot: QtBot,
        menu: TrayMenu,
        bridge: CoreBridge,
        shell_core: MezzoCore,
        tiny_qwen_model: Path,
    ) -> None:
        assert menu.model_action.text() == "Model: none"
        with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS) as loaded:
            bridge.track_load(shell_core.load_model(tiny_qwen_model))
        assert loaded.args == [""]
        assert menu.model_action.text() == f"Model: {shell_core.status().model}"
        assert shell_core.status().model
        assert menu.adapter_action.text() == "Adapter: none"
        assert not menu.model_action.isEnabled() and not menu.adapter_action.isEnabled()
        assert menu.status_action.text() == "Completions are on"

    def test_panel_shortcuts_ask_for_their_panel(self, qtbot: QtBot, menu: TrayMenu) -> None:
        for key, action in [("", menu.open_action), *menu.panel_actions.items()]:
            with qtbot.waitSignal(menu.open_requested, timeout=WAIT_MS) as asked:
                action.trigger()
            assert asked.args == [key]

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
