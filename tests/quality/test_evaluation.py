"""`mezzo eval`: rows through the real serving path on the starter model, figures stored apart
from telemetry, partial results kept when a run is stopped, and adapters compared."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles.service import BundleService
from desktop_app.cli import main
from desktop_app.engine.types import AdapterChoice
from desktop_app.quality.adapter_verdict import Verdict, verdict
from desktop_app.quality.dataset import collect_rows, write_dataset
from desktop_app.quality.eval_plans import (
    EvalPlanError,
    adapter_choice,
    evaluate,
    probes_plan,
    repository_plan,
)
from desktop_app.quality.eval_store import EvalStore, RunInfo
from desktop_app.quality.evaluation import (
    Answer,
    EvalRun,
    RowResult,
    run_rows,
    summarize,
)
from desktop_app.quality.rows import FimRow, RowKind, Split
from tests.fixtures.tiny_models import write_tiny_lora

pytestmark = pytest.mark.e2e
N_PREDICT = 16  # enough to score; the runs here test the machinery, not the model

FIGURES = {
    "rows", "exact_match_pct", "exact_match_shown_pct", "edit_similarity_pct", "parse_valid_pct",
    "empty_pct", "suppressed_pct", "latency_p50_ms", "latency_p95_ms", "tokens_generated",
    "tokens_per_row",
}  # fmt: skip


MODULE = """import math

# the area of a {shape} of the given size
def {shape}_area(size: float) -> float:
    scaled = size * {factor}
    return round(scaled * math.pi, 2)


def describe_{shape}(size: float) -> str:
    area = {shape}_area(size)
    return f"a {shape} of size {{size}} covers {{area}}"
"""


@pytest.fixture(scope="module")
def small_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Short files, so that each test's cold prompt costs little; some land in held-out."""
    root = tmp_path_factory.mktemp("shapes")
    shapes = ["circle", "square", "hexagon", "triangle", "ellipse", "star", "ring", "kite"]
    for factor, shape in enumerate(shapes, start=2):
        (root / f"{shape}.py").write_text(MODULE.format(shape=shape, factor=factor))
    assert collect_rows(root).split(Split.HELD_OUT)
    return root


@pytest.fixture
def paths(mezzo_home: Path) -> MezzoPaths:
    return MezzoPaths(mezzo_home)


def fixed_answer(text: str) -> Callable[[FimRow], Answer]:
    return lambda _row: Answer(text, suppressed=False, latency_ms=10.0, tokens_predicted=3)


class TestOnTheStarterModel:
    def test_a_repository_held_out_set_reports_every_figure(
        self, starter: Path, small_repo: Path, paths: MezzoPaths
    ) -> None:
        plan = repository_plan(small_repo, limit=3)
        assert {row.split for row in plan.rows} == {Split.HELD_OUT}
        installed = BundleService.from_environment(paths).resolve_active_model()  # the starter
        [done] = evaluate(plan, installed, paths=paths, n_predict=N_PREDICT)
        summary = done.run.summary
        assert set(summary) >= FIGURES
        assert summary["rows"] == 3
        assert summary["tokens_generated"] > 0
        assert summary["latency_p50_ms"] > 0
        assert set(summary["by_language"]) == {"Python"}
        assert sum(group["rows"] for group in summary["by_kind"].values()) == 3
        assert done.model == "smollm2-135m-starter@1"

    def test_results_are_stored_apart_from_telemetry_and_hold_no_code(
        self, starter: Path, small_repo: Path, paths: MezzoPaths
    ) -> None:
        plan = repository_plan(small_repo, limit=2)
        [done] = evaluate(plan, starter, paths=paths, n_predict=N_PREDICT)
        store = EvalStore(paths.evaluations_db)
        [stored] = store.runs(plan.repo)
        assert stored.id == done.run_id
        assert stored.rows_done == 2
        assert stored.summary["exact_match_pct"] == done.run.summary["exact_match_pct"]
        assert store.row_results(stored.id) == done.run.results
        assert not paths.telemetry_db.exists()
        saved = paths.evaluations_db.read_bytes()
        for row in plan.rows:
            assert row.middle.encode() not in saved

    def test_a_stopped_run_keeps_what_it_measured(
        self, starter: Path, small_repo: Path, paths: MezzoPaths
    ) -> None:
        plan = repository_plan(small_repo, limit=4)
        cancel = threading.Event()

        def stop_after_two(_adapter: AdapterChoice) -> Callable[[int, int], None]:
            def progress(done: int, _total: int) -> None:
                if done == 2:
                    cancel.set()

            return progress

        [done] = evaluate(
            plan,
            starter,
            paths=paths,
            n_predict=N_PREDICT,
            on_progress=stop_after_two,
            cancel=cancel,
        )
        assert done.run.interrupted
        assert len(done.run.results) == 2
        [stored] = EvalStore(paths.evaluations_db).runs()
        assert (stored.rows_done, stored.rows_planned, stored.interrupted) == (2, 4, True)

    def test_ctrl_c_stops_a_real_run_and_keeps_its_rows(
        self, starter: Path, paths: MezzoPaths
    ) -> None:
        # Ctrl-C as a terminal delivers it. A test runner started in the background ignores
        # SIGINT, and its children inherit that, so the child puts Python's handler back first.
        # Far more rows than a loaded machine runs before the third progress line is read.
        arguments = ["eval", "--humaneval", "--limit", "1000", "--model", str(starter),
                     "--n-predict", "8", "--progress-json"]  # fmt: skip
        command = [
            sys.executable, "-c",
            "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler);"
            f" sys.argv = ['mezzo', *{arguments!r}];"
            " runpy.run_module('desktop_app', run_name='__main__')",
        ]  # fmt: skip
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout is not None
        progress = 0
        for line in child.stdout:
            progress += line.startswith('{"progress"')
            if progress == 3:
                child.send_signal(signal.SIGINT)
                break
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        [run] = json.loads(out[out.index("{\n") :])["runs"]
        assert run["interrupted"]
        assert 3 <= run["rows"] < 1000
        [stored] = EvalStore(paths.evaluations_db).runs()
        assert (stored.rows_done, stored.interrupted) == (run["rows"], True)

    def test_base_and_adapter_side_by_side(
        self, starter: Path, small_repo: Path, paths: MezzoPaths, tmp_path: Path
    ) -> None:
        lora = write_tiny_lora(tmp_path / "synthetic.gguf", starter, alpha=2.0)
        plan = repository_plan(small_repo, limit=3)
        adapters = [AdapterChoice(), adapter_choice(str(lora), starter, paths)]
        base, adapted = evaluate(plan, starter, adapters, paths=paths, n_predict=N_PREDICT)
        assert adapted.adapter.name == "synthetic"
        assert [r.row_id for r in base.run.results] == [r.row_id for r in adapted.run.results]
        store = EvalStore(paths.evaluations_db)
        assert [run.info.adapter for run in store.last_batch(plan.repo)] == ["", "synthetic"]

    def test_an_adapter_for_another_model_is_refused_before_anything_runs(
        self, starter: Path, tiny_lora: Path, paths: MezzoPaths, small_repo: Path
    ) -> None:
        plan = repository_plan(small_repo, limit=1)
        with pytest.raises(Exception, match="adapter") as caught:
            evaluate(plan, starter, [adapter_choice(str(tiny_lora), starter, paths)], paths=paths)
        assert "synthetic" not in str(caught.value)
        assert not EvalStore(paths.evaluations_db).runs()

    def test_probes_report_pass_or_fail_each(self, starter: Path, paths: MezzoPaths) -> None:
        result = CliRunner().invoke(
            main,
            [
                "eval",
                "--probes",
                "luau",
                "--model",
                str(starter),
                "--json",
                "--no-save",
                "--n-predict",
                "16",
            ],
        )
        assert result.exit_code == 0, result.output
        [run] = json.loads(result.stdout)["runs"]
        assert len(run["probes"]) == 10
        assert {type(probe["passed"]) for probe in run["probes"]} == {bool}
        assert run["pass_pct"] == 10 * sum(probe["passed"] for probe in run["probes"])
        assert not paths.evaluations_db.exists()

    def test_a_rows_file_from_the_builder(
        self, starter: Path, small_repo: Path, tmp_path: Path
    ) -> None:
        write_dataset(collect_rows(small_repo), tmp_path / "ds")
        rows = tmp_path / "ds" / "rows-heldout.jsonl"
        command = ["eval", "--rows", str(rows), "--limit", "2", "--model", str(starter),
                   "--n-predict", "16"]  # fmt: skip
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0, result.output
        assert "base model: 2 of 2 rows" in result.output
        assert "EM %" in result.output


class TestRunRows:
    ROWS: ClassVar[list[FimRow]] = [
        FimRow("x = ", f"value_{i}", "\n", "Python", RowKind.ASSIGNMENT_VALUE, "a.py", i + 1)
        for i in range(4)
    ]

    def test_ctrl_c_keeps_the_rows_done(self) -> None:
        calls = 0

        def answer(row: FimRow) -> Answer:
            nonlocal calls
            calls += 1
            if calls == 3:
                raise KeyboardInterrupt
            return fixed_answer(row.middle)(row)

        run = run_rows(self.ROWS, answer)
        assert run.interrupted
        assert [r.exact for r in run.results] == [True, True]

    def test_a_check_decides_the_pass_rate(self) -> None:
        run = run_rows(
            self.ROWS, fixed_answer("value_1"), check=lambda row, text: text in row.middle
        )
        assert [r.passed for r in run.results] == [False, True, False, False]
        assert run.summary["pass_pct"] == 25.0

    def test_suppressed_and_empty_rates(self) -> None:
        def answer(row: FimRow) -> Answer:
            hidden = row.line % 2 == 0
            return Answer("" if row.line == 1 else row.middle, hidden, 5.0, 1)

        summary = run_rows(self.ROWS, answer).summary
        assert summary["suppressed_pct"] == 50.0
        assert summary["empty_pct"] == 25.0
        assert summary["exact_match_pct"] == 75.0
        assert summary["exact_match_shown_pct"] == 25.0


class TestUsage:
    def test_one_source_at_a_time(self) -> None:
        result = CliRunner().invoke(main, ["eval"])
        assert result.exit_code == 2
        assert "Give one of" in result.output

    def test_a_scale_needs_an_adapter(self) -> None:
        result = CliRunner().invoke(main, ["eval", "--probes", "luau", "--scale", "0.5"])
        assert result.exit_code == 2
        assert "give --adapter too" in result.output

    def test_an_unknown_adapter_is_a_clear_error(
        self, starter: Path, paths: MezzoPaths, small_repo: Path
    ) -> None:
        result = CliRunner().invoke(
            main, ["eval", str(small_repo), "--adapter", "nope", "--model", str(starter)]
        )
        assert result.exit_code == 1
        assert "No adapter “nope” is installed" in result.output
        assert not paths.evaluations_db.exists()

    def test_a_repository_with_nothing_held_out(self, tmp_path: Path) -> None:
        (tmp_path / "notes.md").write_text("nothing to cut\n")
        with pytest.raises(EvalPlanError, match="no held-out rows"):
            repository_plan(tmp_path)

    def test_only_the_luau_probes_exist(self) -> None:
        with pytest.raises(EvalPlanError, match="luau"):
            probes_plan("python")


class TestVerdict:
    @staticmethod
    def summary(exact: float, similar: float, rows: int = 40) -> dict[str, float]:
        results = [
            RowResult(f"r{i}", "a.py", i, "Python", "statement", i < exact * rows / 100,
                      similar / 100, True, False, False, None, 1.0, 1)
            for i in range(rows)
        ]  # fmt: skip
        return summarize(results)

    def test_worse_when_both_measures_drop(self) -> None:
        assert verdict(self.summary(30, 60), self.summary(20, 50)) is Verdict.WORSE

    def test_better_when_both_rise(self) -> None:
        assert verdict(self.summary(20, 50), self.summary(30, 60)) is Verdict.BETTER

    def test_a_small_or_mixed_change_is_no_verdict(self) -> None:
        assert verdict(self.summary(30, 60), self.summary(20, 65)) is Verdict.SAME
        assert verdict(self.summary(30, 60, 10), self.summary(0, 0, 10)) is Verdict.TOO_FEW_ROWS


class TestStore:
    def test_the_newest_batch_of_a_repository(self, paths: MezzoPaths) -> None:
        store = EvalStore(paths.evaluations_db)
        run = EvalRun([], planned=0, interrupted=False)
        for batch, adapter, at in [("a", "", 1.0), ("a", "style", 2.0), ("b", "", 3.0)]:
            store.save(RunInfo(batch, "repository", "/repo", "m", adapter, at), run)
        store.save(RunInfo("c", "repository", "/other", "m", "", 4.0), run)
        assert [r.info.batch for r in store.last_batch("/repo")] == ["b"]
        store.save(RunInfo("b", "repository", "/repo", "m", "style", 3.5), run)
        assert [r.info.adapter for r in store.last_batch("/repo")] == ["", "style"]
        assert len(store.runs()) == 5
        with sqlite3.connect(paths.evaluations_db) as db:
            assert db.execute("SELECT COUNT(*) FROM runs").fetchone() == (5,)
