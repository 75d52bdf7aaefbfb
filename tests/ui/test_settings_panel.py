"""The Settings page saves each change at once, to the file a fresh start reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.base.settings import ServerSettings, Settings, SettingsStore
from desktop_app.bundles.service import HF_TOKEN_SECRET
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels.settings import SettingsPanel
from desktop_app.ui.workers import TaskRunner
from tests.ui.conftest import WAIT_MS, MakeCore

_BRIDGES: list[CoreBridge] = []


@pytest.fixture(autouse=True)
def bridges_closed_first(make_shell_core: MakeCore) -> Iterator[None]:
    """The panels' bridges are closed before their cores (torn down after this): a bridge's
    polling timer must never read a closed core, in this test or the next."""
    yield
    while _BRIDGES:
        _BRIDGES.pop().close()


def make_panel(qtbot: QtBot, core: MezzoCore, shell_runner: TaskRunner) -> SettingsPanel:
    bridge = CoreBridge(core)
    _BRIDGES.append(bridge)
    panel = SettingsPanel(core, bridge, shell_runner, gpu="")
    qtbot.addWidget(panel)
    panel.destroyed.connect(bridge.close)
    return panel


@pytest.fixture
def panel(qtbot: QtBot, shell_core: MezzoCore, shell_runner: TaskRunner) -> SettingsPanel:
    return make_panel(qtbot, shell_core, shell_runner)


def on_disk(core: MezzoCore) -> Settings:
    return SettingsStore(core.paths.settings_file).current


class TestChangesArePersisted:
    def test_battery_choices_are_saved(self, panel: SettingsPanel, shell_core: MezzoCore) -> None:
        panel.battery.low_percent.setValue(35)
        panel.battery.interval.setValue(800)
        panel.battery.pause_low.setChecked(True)
        panel.battery.downloads.setChecked(True)
        power = on_disk(shell_core).power
        assert (power.low_battery_percent, power.battery_min_interval_ms) == (35.0, 800)
        assert power.pause_on_low_battery is True and power.downloads_on_battery is True
        assert shell_core.bundles.allow_on_battery is True

    def test_the_completions_switch_is_saved_and_follows_the_tray(
        self, qtbot: QtBot, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        assert panel.completions.isChecked()
        panel.completions.click()
        assert on_disk(shell_core).completions_enabled is False
        with qtbot.waitSignal(panel.bridge.settings_changed, timeout=WAIT_MS):
            shell_core.settings.update(completions_enabled=True)
        assert panel.completions.isChecked()

    def test_the_port_is_saved_and_a_restart_is_offered(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        connection = panel.connection
        panel.bridge.set_server(None, "", ServerSettings(port=8012, ollama_port=0))
        connection.port.setValue(9123)
        assert on_disk(shell_core).server.port == 9123
        assert not connection.restart_row.isHidden()
        with_restart: list[bool] = []
        panel.bridge.server_restart_requested.connect(lambda: with_restart.append(True))
        connection.restart_button.click()
        assert with_restart == [True]

    def test_allowed_origins_are_saved_one_per_line(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.connection.origins.setPlainText("http://localhost\n\n  app://*  \nhttp://localhost\n")
        panel.connection.origins_button.click()
        assert on_disk(shell_core).server.allowed_origins == ("http://localhost", "app://*")

    def test_statistics_retention_and_switch_are_saved(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.retention.setValue(30)
        panel.statistics.setChecked(False)
        telemetry = on_disk(shell_core).telemetry
        assert (telemetry.retention_days, telemetry.enabled) == (30, False)

    def test_a_change_made_elsewhere_is_shown_without_being_saved_back(
        self, qtbot: QtBot, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        power = shell_core.settings.current.power
        with qtbot.waitSignal(panel.bridge.settings_changed, timeout=WAIT_MS):
            shell_core.settings.update(power=type(power)(low_battery_percent=42.0))
        assert panel.battery.low_percent.value() == 42
        assert on_disk(shell_core).power.low_battery_percent == 42.0


class TestStartAtLogin:
    def test_the_switch_writes_the_autostart_file_and_the_setting(
        self, panel: SettingsPanel, shell_core: MezzoCore, xdg_config_home: Path
    ) -> None:
        desktop_file = xdg_config_home / "autostart" / "mezzo.desktop"
        panel.login.setChecked(True)
        assert desktop_file.is_file() and on_disk(shell_core).start_at_login is True
        panel.login.setChecked(False)
        assert not desktop_file.exists() and on_disk(shell_core).start_at_login is False


class TestAccessToken:
    def test_requiring_a_token_shows_the_token_editors_must_send(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        access = panel.access
        assert not access.token.isEnabled()
        access.require.setChecked(True)
        assert on_disk(shell_core).server.require_token is True
        assert access.token.text() == shell_core.api_token()
        assert access.token.echoMode() is access.token.EchoMode.Password
        access.show_button.click()
        assert access.token.echoMode() is access.token.EchoMode.Normal

    def test_a_new_token_replaces_the_old_one(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.access.require.setChecked(True)
        old = panel.access.token.text()
        panel.access.rotate_button.click()
        assert panel.access.token.text() not in ("", old)
        assert shell_core.api_token() == panel.access.token.text()

    def test_without_a_keyring_the_page_says_where_the_token_is_kept(
        self, qtbot: QtBot, make_shell_core: MakeCore, shell_runner: TaskRunner
    ) -> None:
        core = make_shell_core(keyring=False)
        panel = make_panel(qtbot, core, shell_runner)
        assert panel.access.keyring_warning.isHidden()  # no token asked for: nothing to say
        panel.access.require.setChecked(True)
        assert not panel.access.keyring_warning.isHidden()
        assert str(core.paths.api_token_file) in panel.access.keyring_warning.text()
        shown = panel.access.token.text()
        assert shown and core.paths.api_token_file.read_text("utf-8").strip() == shown

    def test_with_a_keyring_there_is_no_warning(self, panel: SettingsPanel) -> None:
        panel.access.require.setChecked(True)
        assert panel.access.keyring_warning.isHidden()


class TestHuggingFaceToken:
    def test_the_token_goes_to_the_keyring_and_the_field_is_cleared(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.hub.field.setText("  hf_secret  ")
        panel.hub.save_button.click()
        assert shell_core.secrets.get(HF_TOKEN_SECRET) == "hf_secret"
        assert panel.hub.field.text() == ""
        assert panel.hub.result.text() == "Saved in your system keyring."
        panel.hub.clear_button.click()
        assert shell_core.secrets.get(HF_TOKEN_SECRET) is None

    def test_without_a_keyring_the_page_says_it_is_kept_until_quit(
        self, qtbot: QtBot, make_shell_core: MakeCore, shell_runner: TaskRunner
    ) -> None:
        panel = make_panel(qtbot, make_shell_core(keyring=False), shell_runner)
        panel.hub.field.setText("hf_secret")
        panel.hub.save_button.click()
        assert "Saved until Mezzo quits" in panel.hub.result.text()


class TestLayout:
    def test_everyday_choices_come_first_then_code_then_advanced(
        self, panel: SettingsPanel
    ) -> None:
        layout = panel.layout()
        order = [
            layout.indexOf(widget)
            for widget in (
                panel.completions,
                panel.confidence,
                panel.login,
                panel.battery,
                panel.gpu,
                panel.statistics,
                panel.code,
                panel.advanced,
            )
        ]
        assert order == sorted(order) and -1 not in order

    def test_advanced_is_closed_until_opened(self, panel: SettingsPanel) -> None:
        panel.show()
        technical = (
            panel.connection.port,
            panel.connection.origins,
            panel.confidence.threshold,
            panel.access.require,
            panel.hub.field,
        )
        assert not any(widget.isVisible() for widget in technical)
        assert panel.confidence.slider.isVisible() and panel.battery.downloads.isVisible()
        panel.advanced.button.click()
        assert all(widget.isVisible() for widget in technical)
        panel.advanced.button.click()
        assert not panel.connection.port.isVisible()

    def test_statistics_are_called_usage_statistics(self, panel: SettingsPanel) -> None:
        texts = [label.text() for label in panel.findChildren(QLabel)]
        texts += [check.text() for check in panel.findChildren(QCheckBox)]
        assert "Usage statistics" in texts
        assert not [text for text in texts if "telemetry" in text.lower()]
