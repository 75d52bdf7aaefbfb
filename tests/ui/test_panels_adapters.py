"""The Adapters page against the real core: current project, mappings, installs and refusals."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.adapters.repos import normalize_root
from desktop_app.core.service import MezzoCore
from desktop_app.ui.panels.adapter_rows import QtAdapterRow, QtMappingRow
from desktop_app.ui.panels.adapters import QtAdaptersPanel
from tests.adapters.support import git_repo

pytest_plugins = ["tests.ui.adapter_panel_fixtures"]

WAIT_MS = 20_000  # a hang guard for waitUntil, not a measurement


def rows(panel: QtAdaptersPanel, kind: type) -> list:
    layout = panel.adapter_rows if kind is QtAdapterRow else panel.mapping_rows
    items = [layout.itemAt(i) for i in range(layout.count())]
    return [item.widget() for item in items if item and isinstance(item.widget(), kind)]


class TestCurrentProject:
    def test_picking_a_folder_sets_the_current_repo_and_shows_what_it_gets(
        self, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        game = git_repo(tmp_path / "obby", remote="git@github.com:acme/obby.git")
        core.adapters.map(str(game), lora, 0.5)
        panel = make_panel()
        card = panel.current_project
        assert card.name.text() == "No project picked"

        panel.choose_folder = lambda _parent, _title: str(game)
        card.pick_button.click()
        assert core.settings.current.current_repo == normalize_root(game)
        assert (card.name.text(), card.path.text()) == ("obby", normalize_root(game))
        assert card.git.text() == "git: github.com/acme/obby"
        assert lora in card.use.text() and "0.5" in card.use.text()

        card.clear_button.click()
        assert core.settings.current.current_repo == ""
        assert card.name.text() == "No project picked"
        assert not card.path.isVisibleTo(panel) and not card.git.isVisibleTo(panel)

    def test_a_folder_without_git_is_shown_by_name_and_path_alone(
        self, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        obby = tmp_path / "My Obby"
        (obby / "src").mkdir(parents=True)
        core.adapters.map(str(obby), lora, 0.5)
        panel = make_panel()
        card = panel.current_project
        panel.choose_folder = lambda _parent, _title: str(obby)
        card.pick_button.click()
        assert (card.name.text(), card.path.text()) == ("My Obby", normalize_root(obby))
        assert card.git.text() == "" and not card.git.isVisibleTo(panel)
        assert lora in card.use.text() and "0.5" in card.use.text()

    def test_a_folder_inside_a_project_picks_the_whole_project(
        self, core: MezzoCore, tmp_path: Path, make_panel
    ) -> None:
        game = git_repo(tmp_path / "game")
        (game / "src" / "shared").mkdir(parents=True)
        panel = make_panel()
        panel.choose_folder = lambda _parent, _title: str(game / "src" / "shared")
        panel.current_project.pick_button.click()
        assert core.settings.current.current_repo == normalize_root(game)
        assert panel.current_project.name.text() == "game"

    def test_a_cancelled_folder_dialog_changes_nothing(self, core: MezzoCore, make_panel) -> None:
        panel = make_panel()
        panel.choose_folder = lambda _parent, _title: ""
        panel.current_project.pick_button.click()
        assert core.settings.current.current_repo == ""


class TestMapping:
    def test_a_folder_mapped_at_half_strength_resolves_to_the_adapter(
        self, qtbot: QtBot, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        repo = git_repo(tmp_path / "game", remote="https://github.com/acme/game.git")
        panel = make_panel()
        panel.adapter_combo.setCurrentIndex(panel.adapter_combo.findData(lora))
        panel.scale_spin.setValue(0.5)
        panel.choose_folder = lambda _parent, _title: str(repo)
        panel.map_button.click()
        qtbot.waitUntil(lambda: len(rows(panel, QtMappingRow)) == 1, timeout=WAIT_MS)

        choice = core.adapters.which(str(repo / "src" / "main.luau")).choice
        assert choice.name.startswith(f"{lora}@")
        assert choice.scale == 0.5
        (row,) = rows(panel, QtMappingRow)
        assert "at strength 0.5" in row.target.text()
        assert row.git.text() == "git: github.com/acme/game" and row.git.isVisibleTo(panel)
        assert not row.status.isVisibleTo(panel)  # applied: nothing to explain

    def test_a_folder_without_git_maps_and_its_files_get_the_adapter(
        self, qtbot: QtBot, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        obby = tmp_path / "My Obby"
        obby.mkdir()
        panel = make_panel()
        panel.choose_folder = lambda _parent, _title: str(obby)
        panel.map_button.click()
        qtbot.waitUntil(lambda: len(rows(panel, QtMappingRow)) == 1, timeout=WAIT_MS)

        assert core.adapters.which(str(obby / "src" / "Main.luau")).choice.name.startswith(
            f"{lora}@"
        )
        (row,) = rows(panel, QtMappingRow)
        assert (row.repo.text(), row.where.text()) == ("My Obby", normalize_root(obby))
        assert row.git.text() == "" and not row.git.isVisibleTo(panel)
        assert not row.status.isVisibleTo(panel)
        assert panel.notice.text().startswith("“My Obby” now uses")

    def test_a_folder_that_is_gone_is_refused_and_nothing_is_saved(
        self, qtbot: QtBot, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        panel = make_panel()
        panel.choose_folder = lambda _parent, _title: str(tmp_path / "moved-away")
        panel.map_button.click()
        qtbot.waitUntil(lambda: panel.notice.isVisibleTo(panel), timeout=WAIT_MS)
        assert "“moved-away” is not a folder on this computer" in panel.notice.text()
        assert str(tmp_path) not in panel.notice.text()
        assert core.adapters.mappings.current().repos == {}
        assert rows(panel, QtMappingRow) == []

    def test_unmap_forgets_the_mapping(
        self, qtbot: QtBot, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        repo = git_repo(tmp_path / "game")
        core.adapters.map(str(repo), lora, 0.5)
        panel = make_panel()
        (row,) = rows(panel, QtMappingRow)
        row.unmap_button.click()
        qtbot.waitUntil(lambda: not rows(panel, QtMappingRow), timeout=WAIT_MS)
        assert core.adapters.which(str(repo)).choice.name == ""

    def test_a_mapping_that_cannot_apply_says_why(
        self,
        core: MezzoCore,
        lora: str,
        installed_codellama: str,
        tmp_path: Path,
        make_panel,
    ) -> None:
        repo = git_repo(tmp_path / "game")
        core.adapters.map(str(repo), lora, 0.5)
        core.bundles.use(installed_codellama)  # another base: the adapter was not checked for it
        panel = make_panel()
        (row,) = rows(panel, QtMappingRow)
        assert row.status.isVisibleTo(panel)
        assert "was checked for tiny-qwen" in row.status.text()
        (adapter,) = rows(panel, QtAdapterRow)
        assert not adapter.fits
        assert "made for “tiny-qwen" in adapter.status.text()

    def test_the_default_for_every_other_project_is_saved(
        self, qtbot: QtBot, core: MezzoCore, lora: str, make_panel
    ) -> None:
        panel = make_panel()
        index = panel.default_combo.findData(lora)
        panel.default_combo.setCurrentIndex(index)
        panel.default_combo.activated.emit(index)  # what a person's choice emits
        qtbot.waitUntil(
            lambda: core.adapters.mappings.current().default.adapter == lora, timeout=WAIT_MS
        )


class TestInstalling:
    def test_an_adapter_file_is_added_for_the_model_in_use(
        self, qtbot: QtBot, core: MezzoCore, installed_qwen: str, tiny_lora: Path, make_panel
    ) -> None:
        panel = make_panel()
        assert panel.base_combo.currentData() == installed_qwen
        panel.choose_file = lambda _parent: str(tiny_lora)
        panel.add_button.click()
        qtbot.waitUntil(lambda: len(rows(panel, QtAdapterRow)) == 1, timeout=WAIT_MS)
        (row,) = rows(panel, QtAdapterRow)
        assert row.fits and "Fits the model in use" in row.status.text()
        assert [m.name for m in core.adapters.registry.installed()] == ["qwen-lora"]

    def test_an_incompatible_adapter_is_refused_with_the_reason(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        installed_qwen: str,
        wrong_base_lora: Path,
        make_panel,
    ) -> None:
        panel = make_panel()
        panel.choose_file = lambda _parent: str(wrong_base_lora)
        panel.add_button.click()
        qtbot.waitUntil(lambda: panel.import_problem.isVisibleTo(panel), timeout=WAIT_MS)
        text = panel.import_problem.text()
        assert "does not fit the model" in text and "qwen2" in text  # what does not match
        assert "--base" not in text  # the CLI's next step is not the window's
        assert "beside “Add an adapter file…”" in text  # the window's next step
        assert core.adapters.registry.installed() == []

    def test_removing_a_mapped_adapter_names_the_projects_using_it(
        self, qtbot: QtBot, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        repo = git_repo(tmp_path / "game")
        core.adapters.map(str(repo), lora)
        panel = make_panel()
        panel.confirm = lambda _parent, _title, _text: True
        (row,) = rows(panel, QtAdapterRow)
        row.remove_button.click()
        qtbot.waitUntil(lambda: panel.notice.isVisibleTo(panel), timeout=WAIT_MS)
        assert "still used by" in panel.notice.text() and str(repo.name) in panel.notice.text()
        assert core.adapters.registry.installed()


class TestAccessibility:
    def test_every_control_has_an_accessible_name(
        self, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        core.adapters.map(str(git_repo(tmp_path / "game")), lora, 0.5)
        panel = make_panel()
        panel.show()
        unnamed = [
            w
            for w in panel.findChildren(QWidget)
            if w.isVisibleTo(panel)
            and w.focusPolicy() != 0
            and not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
        ]
        assert unnamed == []
