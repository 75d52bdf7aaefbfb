"""The tray's model and adapter lines switch them, over the real core, bundles and adapters."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.control_window import ControlWindow
from desktop_app.ui.tray import TrayMenu
from desktop_app.ui.workers import TaskRunner
from tests.adapters.support import git_repo
from tests.ui.conftest import WAIT_MS

pytest_plugins = ["tests.ui.adapter_panel_fixtures"]


@pytest.fixture
def menu(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> TrayMenu:
    return TrayMenu(core, bridge, runner)


@pytest.fixture
def serving(qtbot: QtBot, core: MezzoCore, bridge: CoreBridge, installed_qwen: str) -> str:
    """The tiny Qwen bundle in use and loaded; its ref."""
    with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS) as finished:
        bridge.track_load(core.load_model())
    assert finished.args == [""]
    return installed_qwen


@pytest.fixture
def project(core: MezzoCore, tmp_path: Path) -> Path:
    """A git repository picked as the current project."""
    repo = git_repo(tmp_path / "obby")
    core.settings.update(current_repo=str(repo))
    return repo


def opened(choices_menu: object) -> None:
    """What opening the submenu does: it re-reads what is installed."""
    choices_menu.aboutToShow.emit()  # type: ignore[attr-defined]


class TestModelLine:
    def test_it_lists_the_installed_models_with_the_one_in_use_checked(
        self, menu: TrayMenu, core: MezzoCore, serving: str, installed_codellama: str
    ) -> None:
        opened(menu.models.menu)
        entries = {action.data(): action for action in menu.models.entries()}
        assert set(entries) == {serving, installed_codellama}
        assert entries[serving].isChecked() and not entries[installed_codellama].isChecked()
        assert not entries[serving].isEnabled()  # it is running: choosing it changes nothing
        assert entries[installed_codellama].isEnabled()
        assert menu.model_action.text() == f"Model: {core.bundles.active().name}"  # type: ignore[union-attr]

    def test_choosing_a_model_switches_to_it_as_the_models_page_does(
        self,
        qtbot: QtBot,
        menu: TrayMenu,
        core: MezzoCore,
        bridge: CoreBridge,
        serving: str,
        installed_codellama: str,
    ) -> None:
        opened(menu.models.menu)
        entry = next(a for a in menu.models.entries() if a.data() == installed_codellama)
        with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS) as finished:
            entry.trigger()
        assert finished.args == [""]
        active = core.bundles.active()
        assert active is not None and active.ref == installed_codellama
        running = core.current_bundle()
        assert running is not None and running.ref == installed_codellama
        assert menu.model_action.text() == f"Model: {active.name}"
        opened(menu.models.menu)
        checked = [a.data() for a in menu.models.entries() if a.isChecked()]
        assert checked == [installed_codellama]

    def test_with_nothing_installed_it_says_so(self, menu: TrayMenu) -> None:
        opened(menu.models.menu)
        assert menu.models.entries() == []
        assert [a.text() for a in menu.models.menu.actions()] == ["No models yet"]


class TestAdapterLine:
    def test_without_a_project_it_says_so_and_opens_the_adapters_page(
        self, qtbot: QtBot, menu: TrayMenu, lora: str
    ) -> None:
        assert not menu.adapter_action.isVisible()
        pick = menu.adapters.pick_project_action
        assert pick.isVisible() and pick.text() == "Adapter: no project chosen…"
        with qtbot.waitSignal(menu.open_requested, timeout=WAIT_MS) as asked:
            pick.trigger()
        assert asked.args == ["adapters"]

    def test_it_lists_none_and_the_adapters_that_fit_the_model(
        self, menu: TrayMenu, core: MezzoCore, lora: str, project: Path
    ) -> None:
        opened(menu.menu)
        assert menu.adapter_action.isVisible()
        assert not menu.adapters.pick_project_action.isVisible()
        assert menu.adapter_action.text() == "Adapter: none"
        entries = [(a.text(), a.isChecked()) for a in menu.adapters.entries()]
        assert entries == [("None", True), (lora, False)]

    def test_an_adapter_for_another_model_is_not_offered(
        self, menu: TrayMenu, core: MezzoCore, lora: str, project: Path, installed_codellama: str
    ) -> None:
        core.bundles.use(installed_codellama)
        opened(menu.adapters.menu)
        assert [a.text() for a in menu.adapters.entries()] == ["None"]

    def test_choosing_an_adapter_maps_it_to_the_current_project_and_none_unmaps_it(
        self, qtbot: QtBot, menu: TrayMenu, core: MezzoCore, lora: str, project: Path
    ) -> None:
        opened(menu.adapters.menu)
        next(a for a in menu.adapters.entries() if a.data() == lora).trigger()
        qtbot.waitUntil(lambda: menu.adapter_action.text() == f"Adapter: {lora}", timeout=WAIT_MS)
        assert core.adapters.which(str(project)).wanted == lora
        assert core.adapters.which("").choice.name.startswith(f"{lora}@")

        opened(menu.adapters.menu)
        checked = [a for a in menu.adapters.entries() if a.isChecked()]
        assert [a.data() for a in checked] == [lora] and not checked[0].isEnabled()
        next(a for a in menu.adapters.entries() if a.text() == "None").trigger()
        qtbot.waitUntil(lambda: menu.adapter_action.text() == "Adapter: none", timeout=WAIT_MS)
        assert core.adapters.which(str(project)).choice.name == ""

    def test_a_project_folder_that_is_gone_cannot_be_mapped_and_the_window_says_why(
        self, qtbot: QtBot, menu: TrayMenu, core: MezzoCore, lora: str, tmp_path: Path
    ) -> None:
        gone = tmp_path / "moved-away"
        core.settings.update(current_repo=str(gone))
        window = ControlWindow(menu)
        qtbot.addWidget(window)
        opened(menu.adapters.menu)
        with qtbot.waitSignal(menu.problem, timeout=WAIT_MS) as told:
            next(a for a in menu.adapters.entries() if a.data() == lora).trigger()
        sentence = told.args[0]
        assert "“moved-away” is not a folder on this computer" in sentence
        assert str(tmp_path) not in sentence  # a sentence for the person, not the core's text
        assert window.problem.text() == sentence and not window.problem.isHidden()
        assert menu.adapter_action.text() == "Adapter: none"
