"""A fill-in-the-middle row, the unit the dataset builder writes and the evaluation reads.

A rows file is JSON Lines, one `FimRow` per line, with its prefix, middle and suffix in full,
so one file trains, evaluates and can be read by any tool.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_app.base.errors import MezzoError

MAX_MIDDLE_LINES = 15


class RowKind(StrEnum):
    """Where the cursor is: the syntax boundary the row was cut at."""

    STATEMENT = "statement"  # a statement, from its start or partway through its line
    FUNCTION_BODY = "function_body"  # the body of a function, the signature in the prefix
    ASSIGNMENT_VALUE = "assignment_value"  # `local x = |`
    CALL_ARGUMENTS = "call_arguments"  # `foo(|)`
    AFTER_COMMENT = "after_comment"  # the code a comment says it will do
    LINE = "line"  # a whole line masked, as HumanEval single-line infilling does
    PROBE = "probe"  # a hand-written check (the Luau probes)


class Split(StrEnum):
    TRAIN = "train"
    HELD_OUT = "heldout"


class RowsFileError(MezzoError, ValueError):
    """A rows file that is not Mezzo's rows JSON Lines."""


@dataclass(frozen=True, slots=True)
class FimRow:
    prefix: str
    middle: str
    suffix: str
    language: str  # a grammar's name: "Luau", "Python"
    kind: RowKind
    path: str  # relative to the repository, or the reference set's task id
    line: int  # 1-based line of the cursor
    split: Split = Split.HELD_OUT
    repo: str = ""

    @property
    def id(self) -> str:
        return f"{self.path}:{self.line}:{len(self.prefix)}"

    @property
    def middle_lines(self) -> int:
        return self.middle.count("\n") + 1

    @property
    def single_line(self) -> bool:
        return "\n" not in self.middle

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FimRow:
        return cls(
            prefix=str(data["prefix"]),
            middle=str(data["middle"]),
            suffix=str(data["suffix"]),
            language=str(data["language"]),
            kind=RowKind(data["kind"]),
            path=str(data["path"]),
            line=int(data["line"]),
            split=Split(data.get("split", Split.HELD_OUT)),
            repo=str(data.get("repo", "")),
        )


def split_for(path: str, seed: int, held_out_fraction: float) -> Split:
    """Which side a file falls on: a hash of the seed and its path, so the split is the same on
    every run and every machine, and no file has rows on both sides."""
    digest = hashlib.sha256(f"{seed}\0{path}".encode()).digest()
    position = int.from_bytes(digest[:8], "big") / 2**64
    return Split.HELD_OUT if position < held_out_fraction else Split.TRAIN


def write_rows(path: Path, rows: Iterable[FimRow]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row.to_json(), ensure_ascii=False) + "\n")
            count += 1
    return count


def read_rows(path: Path) -> Iterator[FimRow]:
    """Rows in file order; a malformed line stops the read with its line number."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield FimRow.from_json(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise RowsFileError(
                    f"{path}, line {number}: not a Mezzo row ({exc}). Rows files come from "
                    "`mezzo dataset build`: one JSON object per line with prefix, middle, "
                    "suffix, language, kind, path and line."
                ) from exc


# llama.vim and llama.vscode send this many lines before and after the cursor by default
# (`n_prefix`, `n_suffix`): what a model sees of a file in a person's editor.
EDITOR_LINES_BEFORE = 256
EDITOR_LINES_AFTER = 64


def editor_window(row: FimRow) -> tuple[str, str]:
    """The row's prefix and suffix cut to what an editor plugin sends."""
    before = row.prefix.split("\n")
    after = row.suffix.split("\n")
    return (
        "\n".join(before[-(EDITOR_LINES_BEFORE + 1) :]),
        "\n".join(after[: EDITOR_LINES_AFTER + 1]),
    )
