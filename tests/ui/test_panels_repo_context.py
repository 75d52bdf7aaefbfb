"""The Adapters page's repository context card, over the real core and a real index on disk."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.context.indexer import IndexStatus, RepoState
from desktop_app.core.repo_context import project_root
from desktop_app.core.service import MezzoCore
from desktop_app.ui.panels.adapters import QtAdaptersPanel
from desktop_app.ui.panels.repo_context import (
    QtRepoContext,
    QtRepoContextRow,
    state_text,
    updated_text,
)

pytest_plugins = ["tests.ui.adapter_panel_fixtures"]

WAIT_MS = 20_000  # a hang guard for waitUntil, not a measurement

MODULE = """local Jump = {}

function Jump.height(power: number): number
    return power * 2
end

return Jump
"""
SCRIPT = """local Jump = require(script.Parent.Jump)

local function onTouched()
    print(Jump.height(3))
end
"""


def luau_repo(folder: Path) -> Path:
    """A git repository with two Luau files, as a small Roblox project would have."""
    folder.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True, capture_output=True)
    (folder / "Jump.luau").write_text(MODULE, "utf-8")
    (folder / "Main.server.luau").write_text(SCRIPT, "utf-8")
    return folder


@pytest.fixture
def game(core: MezzoCore, tmp_path: Path) -> str:
    """The current project, indexed for real; its root as the indexer names it."""
    folder = luau_repo(tmp_path / "obby")
    core.settings.update(current_repo=str(folder))
    root = project_root(str(folder))
    assert root is not None
    core.indexer.rebuild(root).result(timeout=WAIT_MS / 1000)
    return root


@pytest.fixture
def shown_panel(qtbot: QtBot, make_panel: Callable[[], QtAdaptersPanel]) -> QtAdaptersPanel:
    panel = make_panel()
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def row_of(card: QtRepoContext, root: str) -> QtRepoContextRow:
    return card.rows[root]


def wait_for_text(qtbot: QtBot, row: QtRepoContextRow, start: str) -> None:
    """Until the row's state line starts with `start` (the indexer finishes on its thread)."""
    qtbot.waitUntil(lambda: row.state.text().startswith(start), timeout=WAIT_MS)


class TestRows:
    def test_an_indexed_current_project_shows_its_name_and_file_count(
        self, qtbot: QtBot, core: MezzoCore, game: str, shown_panel: QtAdaptersPanel
    ) -> None:
        row = row_of(shown_panel.repo_context, game)
        wait_for_text(qtbot, row, "2 files indexed, updated ")
        assert row.name.text() == "obby"
        assert row.name.toolTip() == game
        assert row.use.isChecked()
        assert row.reindex_button.isEnabled() and row.forget_button.isEnabled()
        assert shown_panel.repo_context.empty.isHidden()

    def test_an_index_built_meanwhile_shows_up_without_a_click(
        self, qtbot: QtBot, core: MezzoCore, tmp_path: Path, shown_panel: QtAdaptersPanel
    ) -> None:
        card = shown_panel.repo_context
        assert card.rows == {}
        folder = luau_repo(tmp_path / "tycoon")
        root = project_root(str(folder))
        assert root is not None
        core.indexer.rebuild(root).result(timeout=WAIT_MS / 1000)
        qtbot.waitUntil(lambda: root in card.rows, timeout=WAIT_MS)  # the card's own poll
        wait_for_text(qtbot, row_of(card, root), "2 files indexed")

    def test_with_no_repository_the_card_says_how_to_get_one(
        self, shown_panel: QtAdaptersPanel
    ) -> None:
        card = shown_panel.repo_context
        assert card.rows == {}
        assert not card.empty.isHidden()
        assert "current project" in card.empty.text()

    def test_a_project_moved_away_says_it_could_not_be_indexed(
        self, qtbot: QtBot, core: MezzoCore, game: str, shown_panel: QtAdaptersPanel
    ) -> None:
        shutil.rmtree(game)
        row = row_of(shown_panel.repo_context, game)
        row.reindex_button.click()
        wait_for_text(qtbot, row, "Could not index: ")
        assert "the folder is not there any more" in row.state.text()
        assert row.reindex_button.isEnabled()  # so the person can try again once it is back

    def test_a_row_that_is_indexing_says_so_and_cannot_be_started_twice(self, qtbot: QtBot) -> None:
        row = QtRepoContextRow("/projects/obby")
        qtbot.addWidget(row)
        row.show_state(RepoState("/projects/obby", IndexStatus.INDEXING), True, time.time())
        assert row.state.text() == "Indexing…"
        assert not row.reindex_button.isEnabled()


class TestTheSwitch:
    def test_unticking_turns_context_off_for_that_repository_only(
        self, core: MezzoCore, game: str, shown_panel: QtAdaptersPanel
    ) -> None:
        row = row_of(shown_panel.repo_context, game)
        row.use.click()
        assert core.settings.current.context.off_for == (game,)
        assert core.settings.current.context.enabled  # the global switch is left alone
        row.use.click()
        assert core.settings.current.context.off_for == ()

    def test_a_repository_turned_off_elsewhere_shows_unticked(
        self, qtbot: QtBot, core: MezzoCore, game: str, shown_panel: QtAdaptersPanel
    ) -> None:
        core.set_repo_context(game, False)
        qtbot.waitUntil(
            lambda: not row_of(shown_panel.repo_context, game).use.isChecked(), timeout=WAIT_MS
        )
        assert core.settings.current.context.off_for == (game,)  # showing did not save back

    def test_context_off_in_settings_is_said_on_the_card(
        self, qtbot: QtBot, core: MezzoCore, game: str, shown_panel: QtAdaptersPanel
    ) -> None:
        card = shown_panel.repo_context
        assert card.off_notice.isHidden()
        context = core.settings.current.context
        core.settings.update(context=dataclasses.replace(context, enabled=False))
        qtbot.waitUntil(lambda: not card.off_notice.isHidden(), timeout=WAIT_MS)
        assert "Settings" in card.off_notice.text()


class TestReindex:
    def test_reindex_shows_the_new_file_count_after_a_file_is_added(
        self, qtbot: QtBot, game: str, shown_panel: QtAdaptersPanel
    ) -> None:
        row = row_of(shown_panel.repo_context, game)
        wait_for_text(qtbot, row, "2 files indexed")
        (Path(game) / "Coins.luau").write_text("local Coins = {}\nreturn Coins\n", "utf-8")
        row.reindex_button.click()
        wait_for_text(qtbot, row, "3 files indexed")
        assert row.reindex_button.isEnabled()


class TestForget:
    def test_declining_keeps_the_index(
        self, qtbot: QtBot, core: MezzoCore, game: str, shown_panel: QtAdaptersPanel
    ) -> None:
        card = shown_panel.repo_context
        asked: list[str] = []
        card.confirm = lambda _parent, _title, question: asked.append(question) or False
        row = row_of(card, game)
        wait_for_text(qtbot, row, "2 files indexed")
        row.forget_button.click()
        assert len(asked) == 1 and "obby" in asked[0]
        assert [s.root for s in core.indexer.states()] == [game]
        assert row.state.text().startswith("2 files indexed")

    def test_forgetting_the_current_project_deletes_its_index(
        self, qtbot: QtBot, core: MezzoCore, game: str, shown_panel: QtAdaptersPanel
    ) -> None:
        card = shown_panel.repo_context
        card.confirm = lambda _parent, _title, _question: True
        row = row_of(card, game)
        wait_for_text(qtbot, row, "2 files indexed")
        row.forget_button.click()
        assert core.indexer.states() == []  # nothing in memory, nothing on disk
        assert list(core.paths.context_dir.glob("*.sqlite3")) == []
        assert row_of(card, game).state.text() == "Not indexed yet"  # still the current one
        assert not row_of(card, game).forget_button.isEnabled()

    def test_forgetting_a_repository_nobody_uses_removes_its_row(
        self, qtbot: QtBot, core: MezzoCore, tmp_path: Path, shown_panel: QtAdaptersPanel
    ) -> None:
        folder = luau_repo(tmp_path / "tycoon")
        root = project_root(str(folder))
        assert root is not None
        core.indexer.rebuild(root).result(timeout=WAIT_MS / 1000)
        card = shown_panel.repo_context
        card.refresh()
        wait_for_text(qtbot, row_of(card, root), "2 files indexed")
        card.confirm = lambda _parent, _title, _question: True
        row_of(card, root).forget_button.click()
        assert card.rows == {}
        assert not card.empty.isHidden()


class TestPolling:
    def test_the_card_polls_only_while_it_is_on_screen(
        self, qtbot: QtBot, shown_panel: QtAdaptersPanel
    ) -> None:
        card = shown_panel.repo_context
        assert card.timer.isActive()
        shown_panel.hide()
        assert not card.timer.isActive()
        shown_panel.show()
        qtbot.waitExposed(shown_panel)
        assert card.timer.isActive()


class TestStateWords:
    @pytest.mark.parametrize(
        ("seconds", "words"),
        [
            (5, "just now"),
            (60, "1 minute ago"),
            (150, "2 minutes ago"),
            (3_600, "1 hour ago"),
            (7_300, "2 hours ago"),
            (3 * 86_400, "3 days ago"),
        ],
    )
    def test_the_time_since_the_last_scan_reads_as_people_say_it(
        self, seconds: float, words: str
    ) -> None:
        assert updated_text(1_000_000.0, 1_000_000.0 + seconds) == words

    @pytest.mark.parametrize(
        ("state", "words"),
        [
            (
                RepoState("/p", IndexStatus.READY, 1024, 300, 1_000.0),
                "1,024 files indexed, updated 2 minutes ago",
            ),
            (
                RepoState("/p", IndexStatus.READY, 1, 3, 1_000.0),
                "1 file indexed, updated 2 minutes ago",
            ),
            (RepoState("/p", IndexStatus.NOT_INDEXED), "Not indexed yet"),
            (RepoState("/p", IndexStatus.INDEXING, 7, 9, 1_000.0), "Indexing…"),
            (
                RepoState("/p", IndexStatus.FAILED, error="/p is not a folder on this computer"),
                "Could not index: /p is not a folder on this computer",
            ),
        ],
    )
    def test_each_state_is_said_in_plain_words(self, state: RepoState, words: str) -> None:
        assert state_text(state, 1_150.0) == words
