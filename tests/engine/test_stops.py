"""Stop rules and output clean-up, as tables: text streams in piece by piece, as tokens would."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from desktop_app.engine.stops import (
    StopDetector,
    StopRules,
    clean_instruction_output,
)
from desktop_app.engine.types import StopType


def stream(rules: StopRules, pieces: Sequence[str]) -> tuple[list[str], StopDetector]:
    """Feed `pieces` until a verdict, then flush, as the decoder does; return what was shown."""
    detector = StopDetector(rules)
    shown = []
    for piece in pieces:
        shown.append(detector.feed(piece))
        if detector.verdict is not None:
            break
    shown.append(detector.flush())
    return shown, detector


class TestStopStrings:
    @pytest.mark.parametrize(
        ("pieces", "stops", "text", "word"),
        [
            pytest.param(["x = 1", "\n\nPrefix: y"], ["\n\nPrefix:"], "x = 1", "\n\nPrefix:",
                         id="inside-one-piece"),
            pytest.param(["x = 1\n", "\nPre", "fix:", " more"], ["\n\nPrefix:"], "x = 1",
                         "\n\nPrefix:", id="across-pieces"),
            pytest.param(["ab", "cEND", "xyz"], ["END", "cE"], "ab", "cE", id="earliest-wins"),
            pytest.param(["one", " two"], ["three"], "one two", "", id="no-stop"),
            pytest.param(["a", "b"], [""], "ab", "", id="empty-stop-ignored"),
        ],
    )  # fmt: skip
    def test_text_ends_before_the_first_stop_string(
        self, pieces: list[str], stops: list[str], text: str, word: str
    ) -> None:
        shown, detector = stream(StopRules(stop=stops), pieces)
        assert detector.text == text
        assert "".join(shown) == text
        if word:
            assert detector.verdict is not None
            assert (detector.verdict.stop_type, detector.verdict.stopping_word) == (
                StopType.WORD,
                word,
            )
        else:
            assert detector.verdict is None

    def test_partial_stop_string_is_held_back_until_it_cannot_match(self) -> None:
        detector = StopDetector(StopRules(stop=["\n\nPrefix:"]))
        assert detector.feed("x = 1\n") == "x = 1"
        assert detector.feed("\nPr") == ""
        assert detector.feed("ice") == "\n\nPrice"

    def test_held_back_partial_stop_string_is_never_shown_when_it_completes(self) -> None:
        shown, _ = stream(StopRules(stop=["</end>"]), ["done", "</", "en", "d>", "tail"])
        assert shown == ["done", "", "", "", ""]

    def test_partial_stop_string_at_the_end_of_generation_is_real_text(self) -> None:
        shown, detector = stream(StopRules(stop=["\n\nPrefix:"]), ["x", "\n\nPre"])
        assert "".join(shown) == detector.text == "x\n\nPre"
        assert detector.verdict is None

    def test_single_line_mode_still_holds_back_a_partial_stop_string(self) -> None:
        shown, detector = stream(StopRules(stop=["<END>"], single_line=True), ["ok<E", "ND>"])
        assert "<E" not in "".join(shown)
        assert detector.text == "ok"

    def test_nothing_is_accepted_after_a_verdict(self) -> None:
        detector = StopDetector(StopRules(stop=["STOP"]))
        detector.feed("aSTOP")
        assert detector.feed("more") == ""
        assert detector.text == "a"


class TestSingleLine:
    @pytest.mark.parametrize(
        ("pieces", "text"),
        [
            (["foo", "bar\nbaz"], "foobar"),
            (["\n    return x"], ""),
            (["no newline"], "no newline"),
        ],
    )
    def test_single_line_ends_at_the_first_newline(self, pieces: list[str], text: str) -> None:
        shown, detector = stream(StopRules(single_line=True), pieces)
        assert detector.text == "".join(shown) == text

    def test_single_line_stop_reports_the_newline_as_the_stopping_word(self) -> None:
        _, detector = stream(StopRules(single_line=True), ["a\n"])
        assert detector.verdict is not None
        assert (detector.verdict.stop_type, detector.verdict.stopping_word) == (
            StopType.WORD,
            "\n",
        )


class TestIndentRule:
    """llama-server's n_indent: the first new line indented less than n_indent is dropped."""

    @pytest.mark.parametrize(
        ("pieces", "n_indent", "text"),
        [
            pytest.param(["x = 1\n", "    y = 2\n", "z = 3\n"], 4, "x = 1\n    y = 2\n",
                         id="dedented-line-dropped"),
            pytest.param(["return x\n    y"], 4, "return x\n    y",
                         id="first-line-is-not-checked"),
            pytest.param(["a\n", "  ", "  b"], 4, "a\n    b", id="indent-known-only-at-text"),
            pytest.param(["a\n\tb"], 2, "a\n", id="tab-counts-as-one"),
            pytest.param(["a\n\n    b"], 4, "a\n", id="empty-line-counts-as-dedent"),
            pytest.param(["a\n    b\nc\n    d"], 4, "a\n    b\n", id="many-lines-in-one-piece"),
            pytest.param(["a\nb"], 0, "a\nb", id="zero-turns-it-off"),
        ],
    )  # fmt: skip
    def test_indent_rule(self, pieces: list[str], n_indent: int, text: str) -> None:
        shown, detector = stream(StopRules(n_indent=n_indent), pieces)
        assert detector.text == "".join(shown) == text

    def test_indent_stop_is_a_limit(self) -> None:
        _, detector = stream(StopRules(n_indent=4), ["a\n", "b"])
        assert detector.verdict is not None
        assert detector.verdict.stop_type is StopType.LIMIT

    def test_dropped_line_is_never_shown_while_streaming(self) -> None:
        shown, _ = stream(StopRules(n_indent=4), ["    a\n", "    b\n", "c", "d\n"])
        assert not any("c" in piece for piece in shown)


class TestLineCap:
    def test_default_cap_keeps_fifteen_lines(self) -> None:
        _, detector = stream(StopRules(), [f"line{i}\n" for i in range(20)])
        assert detector.text.split("\n") == [f"line{i}" for i in range(15)]
        assert detector.verdict is not None
        assert detector.verdict.stop_type is StopType.LIMIT

    def test_cap_of_zero_means_no_cap(self) -> None:
        _, detector = stream(StopRules(max_lines=0), ["x\n"] * 40)
        assert detector.text.count("\n") == 40
        assert detector.verdict is None

    def test_cap_counts_lines_inside_one_piece(self) -> None:
        _, detector = stream(StopRules(max_lines=2), ["a\nb\nc\nd"])
        assert detector.text == "a\nb"


class TestCleanInstructionOutput:
    @pytest.mark.parametrize(
        ("output", "prefix", "cleaned"),
        [
            pytest.param("Here is the complete Luau code:\n```lua\nlocal x = 1\n```\nEnjoy!", "",
                         "local x = 1", id="code-fence-extracted"),
            pytest.param("```\nfoo()\nbar()", "", "foo()\nbar()", id="unclosed-fence"),
            pytest.param("Middle:\nreturn x", "", "return x", id="echoed-label-dropped"),
            pytest.param("    local y = 2", "function f()\n    local y = ", "2",
                         id="prefix-echo-removed"),
            pytest.param("x + 1  \n\n", "", "x + 1", id="trailing-space-dropped"),
            pytest.param("x + 1", "   ", "x + 1", id="blank-prefix-line-is-not-an-echo"),
        ],
    )  # fmt: skip
    def test_clean_instruction_output(self, output: str, prefix: str, cleaned: str) -> None:
        assert clean_instruction_output(output, prefix) == cleaned
