"""How good one completion is against its row's middle.

The measures are those of the code-completion literature: exact match and edit similarity
(normalised Levenshtein, as CodeXGLUE and CrossCodeEval report it) of the completion cut to the
middle's extent, and whether the file still parses with the completion in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from desktop_app.quality.humaneval import completed_line
from desktop_app.quality.rows import FimRow, RowKind
from desktop_app.syntax.grammars import grammar_named, parses_cleanly


@dataclass(frozen=True, slots=True)
class Score:
    exact: bool
    edit_similarity: float  # 0..1, 1 for identical
    parse_valid: bool | None  # None where no grammar knows the language


def completed_span(row: FimRow, completion: str) -> str:
    """The part of a completion that stands in for the middle. A single-line middle is compared
    with the completion's first line (its first non-empty one for a whole masked line, as
    HumanEval infilling is scored); a longer one with as many lines as it has, as CrossCodeEval
    cuts predictions: what the model writes after the middle belongs to the suffix's lines."""
    if row.kind is RowKind.LINE:
        return completed_line(completion)
    return "\n".join(completion.split("\n")[: row.middle_lines])


def scored_lines(row: FimRow) -> int:
    """How many lines of a completion `completed_span` can look at: generating past them only
    costs time. A masked line's completion may open with the newline that ends the line above."""
    return row.middle_lines + (1 if row.kind is RowKind.LINE else 0)


def _normalized(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def score(row: FimRow, completion: str) -> Score:
    span = completed_span(row, completion)
    got, want = _normalized(span), _normalized(row.middle)
    grammar = grammar_named(row.language)
    valid = None if grammar is None else parses_cleanly(grammar, row.prefix + span + row.suffix)
    return Score(
        exact=got == want,
        edit_similarity=Levenshtein.normalized_similarity(got, want),
        parse_valid=valid,
    )
