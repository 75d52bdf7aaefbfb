"""An adapter's check on its project: what the last one found, and running, cancelling and
failing a new one from the Adapters page."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import textwrap
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.paths import MezzoPaths
from desktop_app.core.service import MezzoCore
from desktop_app.quality.eval_store import EvalStore, RunInfo, StoredRun
from desktop_app.quality.evaluation import EvalRun, RowResult
from desktop_app.quality.rows import Split, split_for
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels.adapter_check_text import evaluation_text
from desktop_app.ui.panels.adapter_evaluation import (
    CheckTarget,
    QtRepoEvaluation,
    check_command,
    last_check,
)
from desktop_app.ui.panels.adapter_rows import QtMappingRow
from desktop_app.ui.panels.adapters import QtAdaptersPanel
from tests.adapters.support import git_repo

pytest_plugins = ["tests.ui.adapter_panel_fixtures"]

WAIT_MS = 30_000  # a hang guard for waitUntil, not a measurement
REAL_CHECK_WAIT_MS = 180_000  # a real `mezzo eval` loads a model in a fresh interpreter

DEC_12 = datetime(2024, 12, 12, 10, 30).timestamp()
LATER_THAT_MONTH = datetime(2024, 12, 20)


# --- helpers ------------------------------------------------------------------------------------


def results(exact: Sequence[bool], similarity: float) -> list[RowResult]:
    return [
        RowResult(
            row_id=f"row-{i}", path="src/inventory.py", line=i + 1, language="Python",
            kind="line", exact=hit, edit_similarity=similarity, parse_valid=True, empty=False,
            suppressed=False, passed=None, latency_ms=12.0, tokens_predicted=6,
        )
        for i, hit in enumerate(exact)
    ]  # fmt: skip


def store_check(
    paths: MezzoPaths,
    repo: str,
    adapter_ref: str,
    base: list[RowResult],
    with_adapter: list[RowResult],
    started_at: float = DEC_12,
) -> None:
    """A check as `mezzo eval --compare-adapter` stores it: two runs sharing a batch."""
    store = EvalStore(paths.evaluations_db)
    batch = uuid.uuid4().hex
    planned = len(base)
    store.save(
        RunInfo(batch, "repository", repo, "tiny-qwen", "", started_at),
        EvalRun(base, planned, interrupted=False),
    )
    store.save(
        RunInfo(batch, "repository", repo, "tiny-qwen", adapter_ref, started_at + 60),
        EvalRun(with_adapter, planned, interrupted=len(with_adapter) < planned),
    )


def stored(
    adapter: str, rows: int, exact: float | None, similar: float | None, planned: int = 0
) -> StoredRun:
    """A run as the store gives it back; `planned` more than `rows` is a cancelled run."""
    summary = {"rows": rows, "exact_match_pct": exact, "edit_similarity_pct": similar}
    info = RunInfo("batch", "repository", "/work/game", "tiny-qwen", adapter, DEC_12)
    planned = planned or rows
    return StoredRun(1, info, planned, rows, rows < planned, summary)


def mapping_rows(panel: QtAdaptersPanel) -> list[QtMappingRow]:
    items = [panel.mapping_rows.itemAt(i) for i in range(panel.mapping_rows.count())]
    return [item.widget() for item in items if item and isinstance(item.widget(), QtMappingRow)]


def evaluation_of(panel: QtAdaptersPanel) -> QtRepoEvaluation:
    (row,) = mapping_rows(panel)
    assert isinstance(row.evaluation, QtRepoEvaluation)
    return row.evaluation


def test_a_check_measures_the_adapter_at_the_mappings_strength() -> None:
    argv = check_command(CheckTarget("/code/game", "luau-style", 0.5, Path("/m/model.gguf")))
    assert argv[argv.index("--scale") + 1] == "0.5"
    assert argv[argv.index("--model") + 1] == "/m/model.gguf"
    assert "--scale" not in check_command(CheckTarget("/code/game", "luau-style"))


def start_endless_check(qtbot: QtBot, panel: QtAdaptersPanel, stopped: Path) -> QtAdaptersPanel:
    """The page's one project checked by a stand-in that never ends until asked; returns once
    it has reported progress. The stand-in writes "stopped" to `stopped` when it is asked."""
    panel.check_command = python_command(ENDLESS_CHECK, str(stopped))
    panel.refresh()
    evaluation_of(panel).check_button.click()
    qtbot.waitUntil(lambda: evaluation_of(panel).bar.value() > 0, timeout=WAIT_MS)
    return panel


def python_command(script: str, *args: str) -> Callable[[CheckTarget], list[str]]:
    """A check command that runs `script` instead of `mezzo eval`; it gets the repo and adapter
    after `args`."""
    return lambda target: [sys.executable, "-c", script, *args, target.repo, target.adapter]


# A stand-in for `mezzo eval`: reports the base run and half the adapter's, waits for the test's
# go-ahead, then stores a worse adapter run in the Mezzo home it was given, as the real one does.
STAGED_CHECK = textwrap.dedent(
    """
    import json, pathlib, sys, time, uuid
    from desktop_app.base.paths import MezzoPaths
    from desktop_app.quality.eval_store import EvalStore, RunInfo
    from desktop_app.quality.evaluation import EvalRun, RowResult

    go, repo, adapter = sys.argv[1:4]
    def say(name, done):
        print(json.dumps({"progress": {"adapter": name, "done": done, "total": 2}}))
    say("", 1); say("", 2); say(adapter + "@1", 1)
    while not pathlib.Path(go).exists():
        time.sleep(0.02)
    say(adapter + "@1", 2)
    def rows(hits, similarity):
        return [RowResult(f"r{i}", "a.py", i, "Python", "line", hit, similarity, True, False,
                          False, None, 5.0, 3) for i, hit in enumerate(hits)]
    store = EvalStore(MezzoPaths.from_environment().evaluations_db)
    batch = uuid.uuid4().hex
    store.save(RunInfo(batch, "repository", repo, "m", "", time.time()),
               EvalRun(rows([True] * 20 + [False] * 20, 0.7), 40, False))
    store.save(RunInfo(batch, "repository", repo, "m", adapter + "@1", time.time()),
               EvalRun(rows([True] * 5 + [False] * 35, 0.4), 40, False))
    print("{")
    print('  "runs": []')
    print("}")
    """
)

# Reports one row, then runs until SIGTERM, which it answers as `mezzo eval` does: it notes
# that it was asked to stop and exits 0.
ENDLESS_CHECK = textwrap.dedent(
    """
    import json, pathlib, signal, sys, time
    stopped = pathlib.Path(sys.argv[1])
    def stop(_signum, _frame):
        stopped.write_text("stopped")
        sys.exit(0)
    signal.signal(signal.SIGTERM, stop)
    print(json.dumps({"progress": {"adapter": "", "done": 1, "total": 4}}), flush=True)
    while True:
        time.sleep(0.05)
    """
)

FAILING_CHECK = textwrap.dedent(
    """
    import sys
    print("Traceback (most recent call last):", file=sys.stderr)
    print("  something deep inside", file=sys.stderr)
    print("Error: /work/game has no held-out rows: too few supported source files.",
          file=sys.stderr)
    print("", file=sys.stderr)
    sys.exit(1)
    """
)


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def game(core: MezzoCore, lora: str, tmp_path: Path) -> str:
    """A project folder mapped to the tiny LoRA; its root as mappings and the store name it."""
    return core.adapters.map(str(git_repo(tmp_path / "game")), lora).value


@pytest.fixture
def tiny_project(tmp_path: Path) -> Path:
    """A git folder of ten small Python modules, some of which land on the held-out side."""
    repo = git_repo(tmp_path / "shop")
    names = [f"shop/module_{i}.py" for i in range(10)]
    assert any(split_for(name, 0, 0.2) is Split.HELD_OUT for name in names)
    for i, name in enumerate(names):
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(MODULE.format(i=i))
    return repo


MODULE = '''"""Stock kept for shelf {i}."""

from dataclasses import dataclass


@dataclass
class Shelf{i}:
    name: str
    count: int = 0

    def add(self, amount: int) -> int:
        self.count += amount
        return self.count

    def take(self, amount: int) -> int:
        if amount > self.count:
            raise ValueError("not enough on the shelf")
        self.count -= amount
        return self.count


def total(shelves: list[Shelf{i}]) -> int:
    result = 0
    for shelf in shelves:
        result += shelf.count
    return result


def names(shelves: list[Shelf{i}]) -> list[str]:
    return [shelf.name for shelf in shelves if shelf.count > 0]
'''


# --- what the last check says -------------------------------------------------------------------


class TestEvaluationText:
    def test_a_project_never_checked_says_so(self) -> None:
        assert evaluation_text([], "luau-style") == "Not checked on this project yet."

    def test_a_better_adapter_reads_as_better_with_both_figures(self) -> None:
        runs = [stored("", 40, 24.0, 52.0), stored("luau-style@3f2a", 40, 31.0, 58.0)]
        text = evaluation_text(runs, "luau-style", now=LATER_THAT_MONTH)
        assert text.startswith(
            "Last check (12 Dec, 40 rows): with luau-style exact match 31 %, without 24 %; "
            "edit similarity 58 % vs 52 %."
        )
        assert text.endswith("Better with the adapter.")

    def test_a_worse_adapter_reads_as_worse(self) -> None:
        runs = [stored("", 40, 31.0, 58.0), stored("luau-style@3f2a", 40, 24.5, 52.0)]
        text = evaluation_text(runs, "luau-style", now=LATER_THAT_MONTH)
        assert "with luau-style exact match 24.5 %, without 31 %" in text
        assert text.endswith("Worse with the adapter.")

    def test_too_few_rows_give_no_verdict(self) -> None:
        runs = [stored("", 2, 0.0, 11.5), stored("luau-style@3f2a", 2, 50.0, 40.0)]
        text = evaluation_text(runs, "luau-style", now=LATER_THAT_MONTH)
        assert "(12 Dec, 2 rows)" in text
        assert text.endswith("Too few rows to tell: a verdict needs 20.")
        assert "Better" not in text

    def test_a_close_result_is_no_clear_difference(self) -> None:
        runs = [stored("", 40, 30.0, 55.0), stored("luau-style@3f2a", 40, 31.0, 56.0)]
        assert evaluation_text(runs, "luau-style").endswith("No clear difference.")

    def test_a_check_cancelled_in_the_adapter_run_says_where_it_stopped(self) -> None:
        runs = [
            stored("", 30, 20.0, 50.0, planned=200),
            stored("luau-style@3f2a", 30, 30.0, 60.0, planned=200),
        ]
        assert "Stopped after 30 of 200 rows." in evaluation_text(runs, "luau-style")

    def test_a_check_cancelled_before_the_adapter_ran_gives_the_base_figures(self) -> None:
        text = evaluation_text([stored("", 12, 25.0, 50.0)], "luau-style", now=LATER_THAT_MONTH)
        assert "stopped before the adapter ran" in text
        assert "exact match 25 %, edit similarity 50 % on 12 rows" in text

    def test_a_check_of_another_adapter_asks_for_a_new_one(self) -> None:
        runs = [stored("", 40, 31.0, 58.0), stored("old-style@1", 40, 10.0, 20.0)]
        text = evaluation_text(runs, "luau-style")
        assert "with old-style exact match 10 %" in text
        assert "check again to see luau-style" in text
        assert "Worse" not in text  # the verdict was about another adapter

    def test_a_check_from_another_year_names_the_year(self) -> None:
        runs = [stored("", 40, 24.0, 52.0), stored("luau-style@1", 40, 31.0, 58.0)]
        assert "(12 Dec 2024, 40 rows)" in evaluation_text(
            runs, "luau-style", now=datetime(2025, 1, 3)
        )


class TestLastCheckFromTheStore:
    def test_an_adapter_run_cancelled_part_way_is_compared_on_the_rows_it_reached(
        self, paths: MezzoPaths
    ) -> None:
        base = results([False] * 10 + [True] * 20, 0.5)  # the rows the adapter never got to hit
        store_check(paths, "/work/game", "luau-style@1", base, results([False] * 10, 0.5))
        runs = last_check(paths.evaluations_db, "/work/game")
        assert [run.summary["rows"] for run in runs] == [10, 10]
        assert runs[0].summary["exact_match_pct"] == 0.0

    def test_reading_before_any_check_creates_no_store(self, paths: MezzoPaths) -> None:
        assert last_check(paths.evaluations_db, "/work/game") == []
        assert not paths.evaluations_db.exists()


# --- the mapping row ----------------------------------------------------------------------------


class TestVerdictOnTheRow:
    def test_a_stored_worse_check_marks_the_mapping(
        self, core: MezzoCore, paths: MezzoPaths, lora: str, game: str, make_panel
    ) -> None:
        ref = core.adapters.registry.find(lora).ref
        store_check(
            paths,
            game,
            ref,
            results([True] * 16 + [False] * 24, 0.6),
            results([True] * 8 + [False] * 32, 0.5),
        )
        panel = make_panel()
        evaluation = evaluation_of(panel)
        assert evaluation.mark.isVisibleTo(panel)
        assert evaluation.mark.text().startswith("Makes this project worse")
        assert evaluation.mark.property("role") == "warning"
        assert not evaluation.helps.isVisibleTo(panel)
        assert f"with {lora} exact match 20 %, without 40 %" in evaluation.summary.text()
        assert evaluation.check_button.text() == "Check again"

    def test_a_stored_better_check_says_it_helps_without_a_warning(
        self, core: MezzoCore, paths: MezzoPaths, lora: str, game: str, make_panel
    ) -> None:
        ref = core.adapters.registry.find(lora).ref
        store_check(
            paths, game, ref, results([False] * 40, 0.4), results([True] * 20 + [False] * 20, 0.7)
        )
        evaluation = evaluation_of(panel := make_panel())
        assert evaluation.helps.isVisibleTo(panel)
        assert not evaluation.mark.isVisibleTo(panel)

    def test_a_project_never_checked_offers_a_first_check(self, game: str, make_panel) -> None:
        evaluation = evaluation_of(panel := make_panel())
        assert evaluation.summary.text() == "Not checked on this project yet."
        assert evaluation.check_button.text() == "Check this adapter"
        assert evaluation.check_button.isVisibleTo(panel)
        assert not evaluation.mark.isVisibleTo(panel)
        assert not evaluation.bar.isVisibleTo(panel)

    def test_remotes_and_projects_without_an_adapter_have_no_check(
        self, core: MezzoCore, lora: str, tmp_path: Path, make_panel
    ) -> None:
        core.adapters.map("https://github.com/example/obby.git", lora)
        core.adapters.map(str(git_repo(tmp_path / "plain")), "none")
        panel = make_panel()
        assert [row.evaluation for row in mapping_rows(panel)] == [None, None]


# --- running a check ------------------------------------------------------------------------------


class TestRunningACheck:
    def test_progress_spans_both_runs_and_the_row_reads_the_store_when_done(
        self,
        qtbot: QtBot,
        lora: str,
        game: str,
        tmp_path: Path,
        make_panel,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        monkeypatch.delenv("PYTHONUNBUFFERED", raising=False)  # the page must ask for it itself
        go = tmp_path / "go"
        panel = make_panel()
        panel.check_command = python_command(STAGED_CHECK, str(go))
        panel.refresh()
        evaluation = evaluation_of(panel)
        evaluation.check_button.click()

        qtbot.waitUntil(lambda: evaluation.bar.value() == 750, timeout=WAIT_MS)  # 3 of 4 rows
        assert evaluation.progress.text() == f"With {lora}: 1 of 2 rows"
        assert not evaluation.check_button.isVisibleTo(panel)
        assert evaluation.cancel_button.isVisibleTo(panel)

        go.write_text("go")
        qtbot.waitUntil(lambda: not panel.checks.running(), timeout=WAIT_MS)
        evaluation = evaluation_of(panel)
        assert "Last check" in evaluation.summary.text()  # read back from MEZZO_HOME's store
        assert evaluation.mark.isVisibleTo(panel)  # the stand-in stored a worse adapter
        assert evaluation.check_button.text() == "Check again"
        assert not evaluation.bar.isVisibleTo(panel)
        assert not evaluation.error.isVisibleTo(panel)

    def test_only_one_check_runs_per_project_and_it_outlives_a_page_redraw(
        self, qtbot: QtBot, game: str, tmp_path: Path, make_panel
    ) -> None:
        panel = start_endless_check(qtbot, make_panel(), tmp_path / "stopped")
        qtbot.waitUntil(lambda: evaluation_of(panel).bar.value() == 125, timeout=WAIT_MS)

        assert not panel.checks.start(game, [sys.executable, "-c", "pass"])
        panel.refresh()  # a mapping change elsewhere rebuilds every row
        redrawn = evaluation_of(panel)
        assert panel.checks.running() == [game]
        assert redrawn.bar.isVisibleTo(panel) and not redrawn.check_button.isVisibleTo(panel)
        assert redrawn.progress.text() == "Without the adapter: 1 of 4 rows"

        redrawn.cancel_button.click()
        qtbot.waitUntil(lambda: not panel.checks.running(), timeout=WAIT_MS)

    def test_cancel_stops_the_process_and_the_row_returns_to_idle(
        self, qtbot: QtBot, game: str, tmp_path: Path, make_panel
    ) -> None:
        stopped = tmp_path / "stopped"
        panel = start_endless_check(qtbot, make_panel(), stopped)
        evaluation = evaluation_of(panel)

        evaluation.cancel_button.click()
        assert evaluation.progress.text() == "Stopping after the row in hand…"
        assert not evaluation.cancel_button.isEnabled()
        qtbot.waitUntil(lambda: not panel.checks.running(), timeout=WAIT_MS)
        assert stopped.read_text() == "stopped"  # asked to stop, so it could keep its rows
        assert evaluation.check_button.isVisibleTo(panel)
        assert not evaluation.bar.isVisibleTo(panel)
        assert not evaluation.error.isVisibleTo(panel)

    def test_quitting_mezzo_stops_a_check_as_cancel_does(
        self, qtbot: QtBot, bridge: CoreBridge, game: str, tmp_path: Path, make_panel
    ) -> None:
        stopped = tmp_path / "stopped"
        panel = start_endless_check(qtbot, make_panel(), stopped)
        bridge.close()  # what quitting does first
        assert panel.checks.running() == []
        assert stopped.read_text() == "stopped"  # asked, not killed: it kept its rows
        assert not evaluation_of(panel).error.isVisibleTo(panel)

    def test_a_failing_check_shows_its_last_error_line(
        self, qtbot: QtBot, game: str, make_panel
    ) -> None:
        panel = make_panel()
        panel.check_command = python_command(FAILING_CHECK)
        panel.refresh()
        evaluation = evaluation_of(panel)
        evaluation.check_button.click()
        qtbot.waitUntil(lambda: evaluation.error.isVisibleTo(panel), timeout=WAIT_MS)
        assert evaluation.error.text() == (
            "The check failed: Error: /work/game has no held-out rows: too few supported "
            "source files."
        )
        assert evaluation.check_button.isVisibleTo(panel)
        assert evaluation.check_button.text() == "Check this adapter"  # nothing was stored
        panel.refresh()
        assert evaluation_of(panel).error.isVisibleTo(panel)  # still said after a redraw

    def test_a_program_that_cannot_start_says_so(
        self, qtbot: QtBot, game: str, tmp_path: Path, make_panel
    ) -> None:
        panel = make_panel()
        panel.check_command = lambda _target: [str(tmp_path / "no-such-program")]
        panel.refresh()
        evaluation = evaluation_of(panel)
        evaluation.check_button.click()
        qtbot.waitUntil(lambda: evaluation.error.isVisibleTo(panel), timeout=WAIT_MS)
        assert evaluation.error.text().startswith("The check failed: The check could not start")
        assert not panel.checks.running()


class TestARealCheck:
    def test_mezzo_eval_on_a_tiny_project_stores_both_runs_and_the_row_shows_them(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        paths: MezzoPaths,
        lora: str,
        tiny_project: Path,
        make_panel,
    ) -> None:
        repo = core.adapters.map(str(tiny_project), lora).value
        asked: list[list[str]] = []

        def two_rows(target: CheckTarget) -> list[str]:
            asked.append(check_command(target, limit=2))
            return asked[-1]

        panel = make_panel()
        panel.check_command = two_rows
        panel.refresh()
        evaluation = evaluation_of(panel)
        evaluation.check_button.click()
        qtbot.waitUntil(lambda: not panel.checks.running(), timeout=REAL_CHECK_WAIT_MS)

        evaluation = evaluation_of(panel)
        assert not evaluation.error.isVisibleTo(panel), evaluation.error.text()
        (argv,) = asked
        active = core.bundles.active()
        assert active is not None
        assert argv[argv.index("--model") + 1] == str(core.bundles.store.blob_path(active.sha256))
        base, adapter = EvalStore(paths.evaluations_db).last_batch(repo)
        assert (base.info.adapter, adapter.info.adapter.partition("@")[0]) == ("", lora)
        assert base.rows_done == adapter.rows_done == 2
        assert "2 rows" in evaluation.summary.text()
        assert evaluation.summary.text().endswith("Too few rows to tell: a verdict needs 20.")
        assert evaluation.check_button.text() == "Check again"
