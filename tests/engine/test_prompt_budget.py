"""Fitting prefix, suffix and extra chunks into a token budget.

A word is a token here, so budgets are easy to read; the real tokenizer only changes the numbers.
"""

from __future__ import annotations

import itertools
import re

import pytest

from desktop_app.engine.prompt import (
    BudgetedPrompt,
    PromptBudgeter,
    TokenBudget,
    header_lines,
)
from desktop_app.engine.types import ExtraChunk

HEADER = (
    'local Players = game:GetService("Players")\nlocal RunService = game:GetService("RunService")\n'
)


def words(text: str) -> int:
    return len(text.split())


def luau_file(n_lines: int) -> str:
    """A header, a blank line, then `n_lines` body lines of five words each."""
    body = "".join(f"local value{i} = {i} * 2\n" for i in range(n_lines))
    return HEADER + "\n" + body


def first_body_line(fitted: BudgetedPrompt) -> int:
    """The index of the first body line the fitted prefix kept."""
    return int(re.search(r"local value(\d+) =", fitted.parts.prefix).group(1))


def budgeter(prefix: int = 100, suffix: int = 20, extra: int = 30, step: int = 8):
    return PromptBudgeter(words, TokenBudget(prefix, suffix, extra, anchor_step_lines=step))


class TestPrefixBudget:
    def test_prefix_that_fits_is_kept_whole(self) -> None:
        fitted = budgeter().fit(luau_file(5), "")
        assert fitted.parts.prefix == luau_file(5)
        assert not fitted.truncated

    def test_header_is_kept_when_the_prefix_is_cut(self) -> None:
        prefix = luau_file(200) + "local player = Players."
        fitted = budgeter().fit(prefix, "")
        assert fitted.truncated
        assert fitted.parts.prefix.startswith(HEADER)
        assert fitted.parts.prefix.endswith("local value199 = 199 * 2\nlocal player = Players.")
        assert "local value0 =" not in fitted.parts.prefix
        assert words(fitted.parts.prefix) <= 100

    def test_cut_point_is_stable_across_consecutive_keystrokes(self) -> None:
        base = luau_file(200) + "local x ="
        cuts = {first_body_line(budgeter().fit(base + " w" * n, "")) for n in range(6)}
        # Each keystroke adds a token; an unanchored cut would move on every one of them.
        assert len(cuts) == 1

    def test_cut_point_moves_in_anchor_steps(self) -> None:
        # One line added at a time: the cut holds still for 8 lines, then jumps 8 lines.
        fit = budgeter(prefix=200, step=8).fit
        cuts = [first_body_line(fit(luau_file(n), "")) for n in range(60, 120)]
        runs = [len(list(group)) for _, group in itertools.groupby(cuts)]
        moves = [b - a for a, b in itertools.pairwise(cuts) if b != a]
        assert moves
        assert set(moves) == {8}
        assert set(runs[1:-1]) == {8}

    def test_step_shrinks_when_few_lines_fit_so_half_of_them_stay(self) -> None:
        # 100 words hold 18 body lines; a step of 16 could have left only the cursor line.
        for n in range(30, 80):
            fitted = budgeter(prefix=100, step=16).fit(luau_file(n), "")
            kept = n - first_body_line(fitted)
            assert kept >= 9, n

    def test_a_huge_header_gives_way_to_the_code_near_the_cursor(self) -> None:
        header = "".join(f'local S{i} = game:GetService("S{i}")\n' for i in range(40))
        fitted = budgeter().fit(header + luau_file(200), "")
        assert "local S0 =" not in fitted.parts.prefix
        assert "local value199 =" in fitted.parts.prefix

    def test_cursor_line_alone_over_budget_keeps_its_end(self) -> None:
        line = " ".join(f"w{i}" for i in range(500))
        fitted = budgeter().fit(line, "")
        assert fitted.truncated
        assert line.endswith(fitted.parts.prefix)
        assert 0 < words(fitted.parts.prefix) <= 100


class TestSuffixBudget:
    def test_suffix_is_cut_at_a_line_boundary(self) -> None:
        suffix = "".join(f"print(a, b, c{i})\n" for i in range(30))  # three words a line
        fitted = budgeter(suffix=20).fit("x", suffix)
        assert fitted.truncated
        assert fitted.parts.suffix == "".join(f"print(a, b, c{i})\n" for i in range(6))

    def test_long_first_suffix_line_is_cut_by_characters(self) -> None:
        suffix = " ".join(f"w{i}" for i in range(100)) + "\nnext line\n"
        fitted = budgeter(suffix=20).fit("x", suffix)
        assert suffix.startswith(fitted.parts.suffix)
        assert 0 < words(fitted.parts.suffix) <= 20
        assert "\n" not in fitted.parts.suffix


class TestExtraChunks:
    def chunks(self, n: int) -> tuple[ExtraChunk, ...]:
        return tuple(ExtraChunk(f"f{i}.lua", f"chunk {i} a b c d e f") for i in range(n))

    def test_oldest_chunks_are_dropped_first(self) -> None:
        # Each chunk costs 8 words + its name + 2 = 11; the budget of 30 holds two.
        fitted = budgeter(extra=30).fit("x", "", self.chunks(4))
        assert [name for name, _ in fitted.parts.extra] == ["f2.lua", "f3.lua"]
        assert fitted.truncated

    def test_chunks_keep_their_order(self) -> None:
        fitted = budgeter(extra=100).fit("x", "", self.chunks(3))
        assert [name for name, _ in fitted.parts.extra] == ["f0.lua", "f1.lua", "f2.lua"]
        assert not fitted.truncated


class TestTruncatedFlag:
    @pytest.mark.parametrize(
        ("prefix", "suffix", "n_chunks", "truncated"),
        [
            ("x = 1", "y = 2", 1, False),
            (luau_file(200), "y = 2", 1, True),
            ("x = 1", "y\n" * 100, 1, True),
            ("x = 1", "y = 2", 9, True),
        ],
        ids=["all-fits", "prefix-cut", "suffix-cut", "extra-cut"],
    )
    def test_truncated_says_whether_anything_was_cut(
        self, prefix: str, suffix: str, n_chunks: int, truncated: bool
    ) -> None:
        extra = tuple(ExtraChunk("a.lua", "one two three") for _ in range(n_chunks))
        assert budgeter().fit(prefix, suffix, extra).truncated is truncated

    def test_request_metadata_passes_through(self) -> None:
        fitted = budgeter().fit("x", "", filename="a.lua", repo_name="game", language="Luau")
        parts = fitted.parts
        assert (parts.filename, parts.repo_name, parts.language) == ("a.lua", "game", "Luau")


class TestHeaderLines:
    @pytest.mark.parametrize(
        ("source", "n"),
        [
            (HEADER + "\nlocal x = 1\n", 2),
            ("--!strict\n" + HEADER + "local function f()\n", 3),
            ('local Util = require(script.Parent.Util)\nlocal y = 2\n', 1),
            ("import os\n# comment\nfrom a import b\n\ndef main():\n    import sys\n", 3),
            ("#include <stdio.h>\nint main() {}\n", 1),
            ("const fs = require('fs')\nlet x = 1\n", 1),
            ("def main():\n    pass\nimport os\n", 0),
            ("x = 1\n", 0),
        ],
        ids=["luau-services", "luau-mode-comment", "luau-require", "python-imports",
             "c-include", "js-require", "definition-first", "no-header"],
    )  # fmt: skip
    def test_header_lines(self, source: str, n: int) -> None:
        assert header_lines(source.splitlines(keepends=True)) == n


class TestBudgetWithinContext:
    def test_budget_that_fits_the_context_is_unchanged(self) -> None:
        budget = TokenBudget()
        assert budget.within(4096) == budget

    @pytest.mark.parametrize("n_ctx", [256, 512, 2048])
    def test_budget_leaves_a_quarter_of_a_small_context_for_the_middle(self, n_ctx: int) -> None:
        budget = TokenBudget().within(n_ctx)
        assert budget.prefix + budget.suffix + budget.extra <= n_ctx * 3 // 4
        assert budget.prefix > budget.suffix > 0
        assert budget.anchor_step_lines == TokenBudget().anchor_step_lines


class TestTruncatedMeansTheContextWasExceeded:
    """llama-server's `truncated`: the request did not fit the context. Mezzo's own window on a
    long file is a speed choice, and llama.vim shows "context full" whenever it is reported."""

    BUDGET = TokenBudget(prefix=100, suffix=20, extra=50)

    def test_windowing_a_request_that_fits_the_context_is_not_truncation(self) -> None:
        fitted = PromptBudgeter(words, self.BUDGET, context_room=10_000).fit(luau_file(256), "")
        assert first_body_line(fitted) > 0  # the window was cut to the budget
        assert not fitted.truncated

    def test_a_request_larger_than_the_context_is_truncated(self) -> None:
        fitted = PromptBudgeter(words, self.BUDGET, context_room=500).fit(luau_file(256), "")
        assert fitted.truncated

    def test_extra_chunks_count_towards_the_context(self) -> None:
        extra = [ExtraChunk("a.lua", "word " * 600)]
        budgeter = PromptBudgeter(words, self.BUDGET, context_room=500)
        assert not budgeter.fit(luau_file(10), "", []).truncated
        assert budgeter.fit(luau_file(10), "", extra).truncated
