"""Scores of one completion against its row: cut to the middle's extent, then compared."""

from __future__ import annotations

import pytest

from desktop_app.quality.metrics import completed_span, score
from desktop_app.quality.rows import FimRow, RowKind

PREFIX = "def area(width, height):\n    result = "
SUFFIX = "\n    return result\n"


def row(middle: str = "width * height", kind: RowKind = RowKind.ASSIGNMENT_VALUE) -> FimRow:
    return FimRow(PREFIX, middle, SUFFIX, "Python", kind, "geometry.py", 2)


class TestScore:
    def test_the_same_text_is_exact_and_parses(self) -> None:
        found = score(row(), "width * height")
        assert found.exact
        assert found.edit_similarity == 1.0
        assert found.parse_valid is True

    def test_a_single_line_middle_is_judged_on_the_first_line(self) -> None:
        assert score(row(), "width * height\n    print(result)\n").exact

    def test_a_near_miss_scores_by_edit_similarity(self) -> None:
        found = score(row(), "width * heigth")
        assert not found.exact
        assert found.edit_similarity == pytest.approx(1 - 2 / 14)

    def test_a_completion_that_breaks_the_file_does_not_parse(self) -> None:
        found = score(row(), "width * (height")
        assert found.parse_valid is False

    def test_trailing_spaces_do_not_count(self) -> None:
        assert score(row(), "width * height   ").exact

    def test_a_language_without_a_grammar_has_no_parse_figure(self) -> None:
        other = FimRow("x = ", "1", "\n", "Fortran", RowKind.STATEMENT, "a.f90", 1)
        assert score(other, "1").parse_valid is None


class TestCompletedSpan:
    def test_a_multi_line_middle_takes_as_many_lines(self) -> None:
        middle = "if width > 0:\n        return width"
        assert completed_span(row(middle, RowKind.STATEMENT), "a\nb\nc\nd") == "a\nb"

    def test_a_masked_line_takes_the_first_line_with_text(self) -> None:
        line = row("    return result", RowKind.LINE)
        assert completed_span(line, "\n\n    return result  \nmore") == "    return result"
        assert completed_span(line, "\n \n") == ""
