"""The Settings page saves each change at once, to the file a fresh start reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.settings import ServerSettings, Settings, SettingsStore
from desktop_app.bundles.service import HF_TOKEN_SECRET
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels.settings import SettingsPanel
from desktop_app.ui.workers import TaskRunner
from tests.ui.conftest import WAIT_MS, MakeCore


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_for_all(WAIT_MS)


_BRIDGES: list[CoreBridge] = []


@pytest.fixture(autouse=True)
def bridges_closed_first(make_shell_core: MakeCore) -> Iterator[None]:
    """The panels' bridges are closed before their cores (torn down after this): a bridge's
    polling timer must never read a closed core, in this test or the next."""
    yield
    while _BRIDGES:
        _BRIDGES.pop().close()


def make_panel(qtbot: QtBot, core: MezzoCore, runner: TaskRunner) -> SettingsPanel:
    bridge = CoreBridge(core)
    _BRIDGES.append(bridge)
    panel = SettingsPanel(core, bridge, runner)
    qtbot.addWidget(panel)
    panel.destroyed.connect(bridge.close)
    return panel


@pytest.fixture
def panel(qtbot: QtBot, shell_core: MezzoCore, runner: TaskRunner) -> SettingsPanel:
    return make_panel(qtbot, shell_core, runner)


def on_disk(core: MezzoCore) -> Settings:
    return SettingsStore(core.paths.settings_file).current


class TestChangesArePersisted:
    def test_battery_choices_are_saved(self, panel: SettingsPanel, shell_core: MezzoCore) -> None:
        panel.low_percent.setValue(35)
        panel.battery_interval.setValue(800)
        panel.pause_low.setChecked(True)
        power = on_disk(shell_core).power
        assert (power.low_battery_percent, power.battery_min_interval_ms) == (35.0, 800)
        assert power.pause_on_low_battery is True

    def test_the_port_is_saved_and_a_restart_is_offered(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.bridge.set_server(None, "", ServerSettings(port=8012, ollama_port=0))
        panel.port.setValue(9123)
        assert on_disk(shell_core).server.port == 9123
        assert not panel.restart_row.isHidden()
        with_restart: list[bool] = []
        panel.bridge.server_restart_requested.connect(lambda: with_restart.append(True))
        panel.restart_button.click()
        assert with_restart == [True]

    def test_allowed_origins_are_saved_one_per_line(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.origins.setPlainText("http://localhost\n\n  app://*  \nhttp://localhost\n")
        panel.origins_button.click()
        assert on_disk(shell_core).server.allowed_origins == ("http://localhost", "app://*")

    def test_statistics_retention_and_switch_are_saved(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.quality.retention.setValue(30)
        panel.quality.telemetry.setChecked(False)
        telemetry = on_disk(shell_core).telemetry
        assert (telemetry.retention_days, telemetry.enabled) == (30, False)

    def test_the_confidence_threshold_is_saved(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.quality.model_default.setChecked(False)
        panel.quality.threshold.setValue(-0.25)
        assert on_disk(shell_core).gating.min_mean_logprob == pytest.approx(-0.25)

    def test_a_new_user_gets_the_models_own_threshold_shown_but_not_editable(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        quality = panel.quality
        assert quality.model_default.isChecked() and not quality.threshold.isEnabled()
        assert quality.threshold.value() == pytest.approx(
            shell_core.completions.gate_report().floor
        )

    def test_unticking_the_models_own_keeps_the_value_shown_as_the_persons(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        shown = panel.quality.threshold.value()
        panel.quality.model_default.setChecked(False)
        assert panel.quality.threshold.isEnabled()
        assert on_disk(shell_core).gating.min_mean_logprob == pytest.approx(shown)
        panel.quality.model_default.setChecked(True)
        assert on_disk(shell_core).gating.min_mean_logprob is None

    def test_a_change_made_elsewhere_is_shown_without_being_saved_back(
        self, qtbot: QtBot, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        power = shell_core.settings.current.power
        with qtbot.waitSignal(panel.bridge.settings_changed, timeout=WAIT_MS):
            shell_core.settings.update(power=type(power)(low_battery_percent=42.0))
        assert panel.low_percent.value() == 42


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
        self, qtbot: QtBot, make_shell_core: MakeCore, runner: TaskRunner
    ) -> None:
        core = make_shell_core(keyring=False)
        panel = make_panel(qtbot, core, runner)
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
        self, qtbot: QtBot, make_shell_core: MakeCore, runner: TaskRunner
    ) -> None:
        panel = make_panel(qtbot, make_shell_core(keyring=False), runner)
        panel.hub.field.setText("hf_secret")
        panel.hub.save_button.click()
        assert "Saved until Mezzo quits" in panel.hub.result.text()


class TestSuggestedThreshold:
    def test_with_no_history_yet_the_page_says_why_and_keeps_the_value(
        self, qtbot: QtBot, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        before = shell_core.settings.current.gating.min_mean_logprob
        panel.quality.suggest_button.click()
        qtbot.waitUntil(panel.quality.suggest_button.isEnabled, timeout=WAIT_MS)
        assert panel.quality.suggest_result.text().startswith("No suggestion yet:")
        assert shell_core.settings.current.gating.min_mean_logprob == before
