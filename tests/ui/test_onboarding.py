"""The welcome dialog: a suggestion that fits, a choice (never a forced download), the setups."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
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


@pytest.fixture
def dialog_for(
    qtbot: QtBot, offline_core: MezzoCore, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Machine], OnboardingDialog]]:
    """The welcome dialog as a computer with these figures would show it."""
    bridges: list[CoreBridge] = []

    def make(machine: Machine) -> OnboardingDialog:
        monkeypatch.setattr(onboarding_module, "machine_resources", lambda _folder: machine)
        runner = TaskRunner()
        bridge = CoreBridge(offline_core)
        bridges.append(bridge)
        made = OnboardingDialog(
            offline_core, bridge, runner, ModelLoader(offline_core, bridge, runner)
        )
        qtbot.addWidget(made)
        return made

    yield make
    for bridge in bridges:
        bridge.close()


def texts(dialog: OnboardingDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if not label.isHidden()]


class TestSuggestion:
    def test_an_eight_gigabyte_laptop_is_offered_the_0_5b_model(
        self, dialog: OnboardingDialog
    ) -> None:
        assert dialog.recommendation.entry is not None
        assert dialog.recommendation.entry.id == "qwen2.5-coder-0.5b-q8"
        assert dialog.model_name.text() == "Qwen2.5-Coder 0.5B (Q8_0)"
        assert dialog.download_button.text() == "Download it now"
        assert dialog.starter_button.isVisible()  # the choice, never a forced download

    def test_a_small_computer_is_offered_the_starter_with_nothing_to_download(
        self, dialog_for: Callable[[Machine], OnboardingDialog]
    ) -> None:
        dialog = dialog_for(Machine(GB, GB))
        assert dialog.recommendation.is_starter
        assert dialog.download_button.isHidden()

    def test_the_suggestion_says_what_its_licence_allows(self, dialog: OnboardingDialog) -> None:
        assert dialog.licence_label.text() == (
            "Licence: Apache-2.0. Free for any use, including commercial use."
        )
        assert dialog.passed_over_label.isHidden()  # the 3B model does not fit in 8 GB anyway

    def test_a_roomy_computer_gets_the_permissive_model_and_is_told_of_the_restricted_one(
        self, dialog_for: Callable[[Machine], OnboardingDialog]
    ) -> None:
        dialog = dialog_for(Machine(16 * GB, 100 * GB))
        assert dialog.recommendation.entry is not None
        assert dialog.recommendation.entry.id == "qwen2.5-coder-1.5b-q8"
        note = dialog.passed_over_label.text()
        assert not dialog.passed_over_label.isHidden()
        assert "Qwen2.5-Coder 3B (Q4_K_M)" in note and "Non-commercial use only" in note

    def test_the_starter_is_labelled_as_weak_beside_its_button(
        self, dialog: OnboardingDialog
    ) -> None:
        assert dialog.starter_note.isVisible()
        assert "Starter" in dialog.starter_note.text() and "weak" in dialog.starter_note.text()
        assert "starter" in dialog.starter_button.text()

    def test_a_small_computer_is_told_the_starter_is_weak_on_the_card(
        self, dialog_for: Callable[[Machine], OnboardingDialog]
    ) -> None:
        dialog = dialog_for(Machine(GB, 100 * GB))
        assert dialog.recommendation.is_starter
        assert any(t.startswith("Starter model: its suggestions are weak") for t in texts(dialog))
        assert dialog.starter_note.isHidden()  # said once, on the card

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
