"""The typing replay is a faithful, repeatable editing session, and the bench reports on it.

The session is the benchmark's input: if its prefixes and suffixes were not what an editor would
send for some buffer, every cache figure measured on it would be fiction.
"""

from __future__ import annotations

import json
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop_app.quality.bench import Measurement, run_replay, summarize
from desktop_app.quality.cli import bench_group
from desktop_app.quality.typing_replay import (
    DEFINITION,
    NOTES,
    Action,
    Editor,
    EditorWindow,
    ReplayOptions,
    ReplayStep,
    split_lines,
    typing_session,
)

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
LUAU = SAMPLES / "inventory.luau"
PYTHON = SAMPLES / "config_loader.py"
REQUIRED_KEYS = {
    "requests",
    "latency_p50_ms",
    "latency_p95_ms",
    "first_token_p50_ms",
    "prompt_tokens",
    "tokens_evaluated",
    "tokens_reused",
    "cache_hit_pct",
    "peak_rss_mb",
}


def session(path: Path, **options: object) -> list[ReplayStep]:
    return list(
        typing_session(
            path.read_text("utf-8"), filename=path.name, options=ReplayOptions(**options)
        )
    )


@pytest.fixture(scope="module", params=[LUAU, PYTHON], ids=["luau", "python"])
def steps(request: pytest.FixtureRequest) -> list[ReplayStep]:
    return session(request.param)


class TestDeterminism:
    def test_the_same_seed_replays_the_same_session(self) -> None:
        assert session(LUAU, seed=7) == session(LUAU, seed=7)

    def test_another_seed_is_another_session(self) -> None:
        one, other = session(LUAU, seed=1), session(LUAU, seed=2)
        assert [s.prefix for s in one] != [s.prefix for s in other]


class TestEditorWindow:
    def test_prefix_and_suffix_are_whole_lines_around_the_cursor_line(self) -> None:
        text = "".join(f"line {i}\n" for i in range(10))
        editor = Editor(text, text.index("line 5") + 3)
        prefix, suffix = editor.window(EditorWindow(prefix_lines=2, suffix_lines=2))
        assert prefix == "line 3\nline 4\nlin"
        assert suffix == "e 5\nline 6\nline 7\n"

    def test_window_stops_at_the_ends_of_the_buffer(self) -> None:
        editor = Editor("a\nb", 1)
        assert editor.window(EditorWindow()) == ("a", "\nb")

    def test_lines_are_counted_on_newlines_only_as_editors_do(self) -> None:
        assert split_lines("a\x0cb\nc") == ["a\x0cb\n", "c"]
        assert split_lines("a\n") == ["a\n"] and split_lines("") == []


class TestStepsMatchTheBuffer:
    def test_prefix_and_suffix_are_the_slices_around_the_cursor(
        self, steps: list[ReplayStep]
    ) -> None:
        for step in steps:
            buffer, at = step.buffer, step.offset
            assert buffer[at - len(step.prefix) : at] == step.prefix
            assert buffer[at : at + len(step.suffix)] == step.suffix
            start = at - len(step.prefix)
            assert start == 0 or buffer[start - 1] == "\n"
            assert step.prefix.count("\n") <= 256
            assert step.suffix.count("\n") <= 65
            assert (step.line, step.column) == Editor(buffer, at).line_column()

    def test_each_step_is_one_edit_at_the_cursor(self, steps: list[ReplayStep]) -> None:
        for before, after in pairwise(steps):
            old, new = before.buffer, after.buffer
            if after.action is Action.TYPE:
                typed = new[before.offset : after.offset]
                assert typed and new == old[: before.offset] + typed + old[before.offset :]
            elif after.action in (Action.BACKSPACE, Action.DELETE_LINE):
                assert after.offset < before.offset
                assert new == old[: after.offset] + old[before.offset :]
            elif after.action is Action.JUMP:
                assert new == old and after.line < before.line
            else:
                assert new == old and after.offset > before.offset

    def test_the_finished_buffer_is_the_file_plus_the_lines_added_on_jumps(
        self, steps: list[ReplayStep]
    ) -> None:
        source = (LUAU if steps[0].filename == LUAU.name else PYTHON).read_text("utf-8")
        kept = [
            line
            for line in steps[-1].buffer.splitlines()
            if not any(line.rstrip().endswith(note) for note in NOTES)
        ]
        assert kept == source.splitlines()

    def test_a_new_file_is_written_from_an_empty_buffer(self) -> None:
        fresh = session(PYTHON, start=0.0, end=1.0)
        first = fresh[0]
        assert first.buffer == first.prefix and first.suffix == ""
        assert fresh[-1].suffix == ""


class TestSessionShape:
    def test_it_types_jumps_and_deletes(self, steps: list[ReplayStep]) -> None:
        actions = Counter(step.action for step in steps)
        assert actions[Action.TYPE] > 100
        assert actions[Action.JUMP] >= 2 and actions[Action.JUMP] == actions[Action.RETURN]
        assert actions[Action.BACKSPACE] >= 3 and actions[Action.DELETE_LINE] >= 1

    def test_jumps_land_on_an_earlier_definition(self, steps: list[ReplayStep]) -> None:
        for step in steps:
            if step.action is Action.JUMP:
                line = step.buffer.splitlines()[step.line]
                assert DEFINITION.match(line) and step.column == len(line)

    def test_the_typed_part_sits_between_existing_code(self) -> None:
        first = session(LUAU)[0]
        assert first.prefix.startswith("--!strict") and "return Inventory" in first.suffix

    def test_the_editor_sends_the_language_with_the_file(self, steps: list[ReplayStep]) -> None:
        assert steps[0].language in ("Luau", "Python")


class TestRunner:
    def test_runner_stops_at_max_requests_and_counts_each_action(self) -> None:
        def complete(step: ReplayStep) -> Measurement:
            return Measurement(10.0, 5.0, prompt_tokens=100, tokens_reused=90, tokens_evaluated=10)

        samples = run_replay(typing_session(LUAU.read_text("utf-8")), complete, max_requests=25)
        report = summarize(samples)
        assert report["requests"] == 25
        assert report["cache_hit_pct"] == 90.0
        assert sum(a["requests"] for a in report["by_action"].values()) == 25


class TestBenchReplay:
    def run(self, model: Path, *args: str) -> dict[str, object]:
        result = CliRunner().invoke(
            bench_group,
            ["replay", str(LUAU), "--model", str(model), "--max-requests", "10", *args],
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def test_a_short_run_prints_every_figure_with_consistent_token_counts(
        self, tiny_qwen_model: Path, tmp_path: Path
    ) -> None:
        # A generous prompt cap: a capped prefill would (rightly) leave tokens neither reused
        # nor evaluated, and this test is about the bookkeeping, not the machine's speed.
        trace = tmp_path / "trace.jsonl"
        report = self.run(tiny_qwen_model, "--prompt-cap-ms", "120000", "--trace", str(trace))
        assert report.keys() >= REQUIRED_KEYS
        assert report["requests"] == 10
        assert report["tokens_evaluated"] + report["tokens_reused"] == report["prompt_tokens"]
        assert report["tokens_reused"] > 0 and report["mode"] == "prefix+chunk"
        rows = [json.loads(line) for line in trace.read_text("utf-8").splitlines()]
        assert len(rows) == 10
        assert all(r["tokens_reused"] + r["tokens_evaluated"] == r["prompt_tokens"] for r in rows)

    def test_no_reuse_evaluates_every_prompt_token(self, tiny_qwen_model: Path) -> None:
        report = self.run(tiny_qwen_model, "--no-reuse", "--prompt-cap-ms", "120000")
        assert report["tokens_reused"] == 0
        assert report["tokens_evaluated"] == report["prompt_tokens"]

    def test_the_mezzo_command_offers_the_bench(self) -> None:
        from desktop_app.cli import main  # noqa: PLC0415 - wires every room; only needed here

        assert "bench" in main.commands
