"""The welcome dialog: a suggestion that fits, a choice (never a forced download), the setups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.errors import OfflineError
from desktop_app.base.settings import SettingsStore
from desktop_app.bundles import recommend as recommend_module
from desktop_app.bundles.recommend import Machine
from desktop_app.core.service import MezzoCore
from desktop_app.ui import onboarding as onboarding_module
from desktop_app.ui.app_state import AppState
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.messages import explain
from desktop_app.ui.model_loader import ModelLoader
from desktop_app.ui.onboarding import OnboardingDialog
from desktop_app.ui.workers import TaskRunner
from tests.ui.conftest import WAIT_MS, MakeCore, shell_settings

GB = 1024**3


@pytest.fixture(autouse=True)
def eight_gigabyte_laptop(monkeypatch: pytest.MonkeyPatch) -> Machine:
    machine = Machine(8 * GB, 100 * GB)
    monkeypatch.setattr(onboarding_module, "machine_resources", lambda _folder: machine)
    return machine


@pytest.fixture
def offline_core(monkeypatch: pytest.MonkeyPatch, make_shell_core: MakeCore) -> MezzoCore:
    """A hub nobody answers on (nothing in a test reaches the internet)."""
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    return make_shell_core(shell_settings(first_run_done=False))


@pytest.fixture
def dialog(qtbot: QtBot, offline_core: MezzoCore) -> Iterator[OnboardingDialog]:
    runner = TaskRunner()
    bridge = CoreBridge(offline_core)
    loader = ModelLoader(offline_core, bridge, runner)
    dialog = OnboardingDialog(offline_core, bridge, runner, loader)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    bridge.close()
    assert runner.wait_for_all(WAIT_MS)


class TestSuggestion:
    def test_an_eight_gigabyte_laptop_is_offered_the_1_5b_model(
        self, dialog: OnboardingDialog
    ) -> None:
        assert dialog.recommendation.entry is not None
        assert dialog.recommendation.entry.id == "qwen2.5-coder-1.5b-q4km"
        assert dialog.model_name.text() == "Qwen2.5-Coder 1.5B (Q4_K_M)"
        assert dialog.download_button.text() == "Download it now"
        assert dialog.starter_button.isVisible()  # the choice, never a forced download

    def test_a_small_computer_is_offered_the_starter_with_nothing_to_download(
        self, qtbot: QtBot, offline_core: MezzoCore, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(onboarding_module, "machine_resources", lambda _f: Machine(GB, GB))
        runner = TaskRunner()
        bridge = CoreBridge(offline_core)
        dialog = OnboardingDialog(
            offline_core, bridge, runner, ModelLoader(offline_core, bridge, runner)
        )
        qtbot.addWidget(dialog)
        assert dialog.recommendation.is_starter
        assert dialog.download_button.isHidden()
        bridge.close()

    def test_the_suggestion_is_the_cores_rule_not_the_dialogs(self) -> None:
        assert onboarding_module.recommend is recommend_module.recommend


class TestChoosingAModel:
    def test_the_offline_model_is_installed_loaded_and_the_setups_shown(
        self,
        qtbot: QtBot,
        dialog: OnboardingDialog,
        offline_core: MezzoCore,
        monkeypatch: pytest.MonkeyPatch,
        tiny_qwen_model: Path,
    ) -> None:
        monkeypatch.setenv("MEZZO_STARTER_MODEL", str(tiny_qwen_model))
        with qtbot.waitSignal(dialog.bridge.model_load_finished, timeout=WAIT_MS) as loaded:
            dialog.starter_button.click()
        assert loaded.args == [""]
        assert offline_core.status().model
        assert dialog.bridge.state is AppState.ON
        assert dialog.pages.currentIndex() == 1
        assert "llama-vscode.endpoint" in dialog.connect_view.llama_vscode.text.toPlainText()

    def test_a_failed_download_is_explained_and_can_be_retried(
        self, qtbot: QtBot, dialog: OnboardingDialog
    ) -> None:
        dialog.download_button.click()
        assert dialog.bridge.state is AppState.DOWNLOADING
        qtbot.waitUntil(dialog.download_button.isEnabled, timeout=WAIT_MS)
        assert dialog.progress_text.text() == explain(OfflineError("http://127.0.0.1:9 refused"))
        assert "127.0.0.1" not in dialog.progress_text.text()
        assert dialog.bridge.state is not AppState.DOWNLOADING
        assert dialog.cancel_button.isHidden()


class TestFinishing:
    def test_done_marks_the_welcome_as_seen(
        self, dialog: OnboardingDialog, offline_core: MezzoCore
    ) -> None:
        dialog.next_button.click()
        assert dialog.next_button.text() == "Done"
        dialog.next_button.click()
        assert SettingsStore(offline_core.paths.settings_file).current.first_run_done is True

    def test_closing_it_early_also_counts_as_seen(
        self, dialog: OnboardingDialog, offline_core: MezzoCore
    ) -> None:
        dialog.close()
        assert SettingsStore(offline_core.paths.settings_file).current.first_run_done is True
