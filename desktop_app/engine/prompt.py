"""Fitting prefix, suffix and extra chunks into a token budget.

Two things matter beyond "fit": the file's header (imports, `local X = game:GetService(...)`)
survives when the prefix is cut (a header trick from the Luau fine-tuning recipe), and the cut
point moves in steps of whole lines, so consecutive keystrokes produce prompts whose start is
identical and the KV cache can be reused; when the cut does jump, the chunk-shift reuse recovers
the rest.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.engine.templates import PromptParts
from desktop_app.engine.types import ExtraChunk

HEADER_LINE = re.compile(
    r"""^\s*(
        import\s | from\s+\S+\s+import\s | \#include | \#import | using\s | use\s | package\s
      | require[\s(] | extern\s+crate | @import | library\( | \#!
      | --!                                   # Luau mode comments: --!strict
      | local\s+\w+\s*=\s*(game:GetService|require)\b
      | (const|let|var)\s+\w+\s*=\s*require\(
    )""",
    re.VERBOSE,
)
DEFINITION_LINE = re.compile(
    r"^(def |class |fn |func |function |local function |pub |export |module |struct |impl )"
)
MAX_HEADER_LINES = 60


def context_room(n_ctx: int) -> int:
    """The context a prompt may fill: a quarter stays for the template's markers and the middle."""
    return n_ctx - n_ctx // 4


@dataclass(frozen=True, slots=True)
class TokenBudget:
    prefix: int = 1024
    suffix: int = 128  # every suffix token is re-evaluated on each keystroke: keep it short
    extra: int = 1024
    # Repository context Mezzo adds itself: its selection aims under Settings' budget (a few
    # hundred tokens); this is the hard cap, counted in real tokens.
    context: int = 768
    anchor_step_lines: int = 16

    def within(self, n_ctx: int) -> TokenBudget:
        """This budget, scaled down where it would not leave a quarter of a context of `n_ctx`
        tokens for the template's markers and the generated middle. Repository context is not
        scaled: each prompt gives it only the room its client's own text leaves."""
        room = context_room(n_ctx)
        total = self.prefix + self.suffix + self.extra
        if total <= room:
            return self
        scale = room / total
        return dataclasses.replace(
            self,
            prefix=int(self.prefix * scale),
            suffix=max(1, int(self.suffix * scale)),
            extra=int(self.extra * scale),
        )


@dataclass(frozen=True, slots=True)
class BudgetedPrompt:
    parts: PromptParts
    truncated: bool
    context_used: tuple[tuple[str, int], ...] = ()  # repository chunks kept: (filename, tokens)


def header_lines(lines: Sequence[str]) -> int:
    """How many leading lines form the file's header of imports and service declarations."""
    end = 0
    for index, line in enumerate(lines[:MAX_HEADER_LINES]):
        if DEFINITION_LINE.match(line):
            break
        if HEADER_LINE.match(line):
            end = index + 1
    return end


class PromptBudgeter:
    def __init__(
        self,
        count_tokens: Callable[[str], int],
        budget: TokenBudget,
        context_room: int | None = None,
    ) -> None:
        """`context_room`: the tokens of context a prompt may fill. A request whose context
        would not fit in it is reported truncated, as llama-server reports a prompt cut to fit
        its context; the budget's own windowing of a long file is not (llama.vim sends 256
        lines of prefix and shows "context full" on every `truncated`). None: any cut is."""
        # Lines repeat between keystrokes: counting each distinct line once keeps this cheap.
        self._count = lru_cache(maxsize=16384)(count_tokens)
        self.budget = budget
        self._context_room = context_room

    def fit(
        self,
        prefix: str,
        suffix: str,
        extra: Sequence[ExtraChunk] = (),
        *,
        context: Sequence[ExtraChunk] = (),
        filename: str = "",
        repo_name: str = "",
        language: str = "",
    ) -> BudgetedPrompt:
        """`context` is Mezzo's own repository context: it goes before the client's `extra`,
        and leaving some of it out is not a truncation of what the client sent."""
        new_prefix, cut_prefix = self._fit_prefix(prefix)
        new_suffix, cut_suffix = self._fit_suffix(suffix)
        chunks, cut_extra = self._fit_extra(extra)
        kept: list[tuple[str, str]] = []
        used: tuple[tuple[str, int], ...] = ()
        if context:  # counting the room left costs a pass over the prompt's lines
            room = self._room_left(new_prefix, new_suffix, chunks)
            kept, used = self._fit_context(context, room)
        parts = PromptParts(new_prefix, new_suffix, kept + chunks, filename, repo_name, language)
        cut = cut_prefix or cut_suffix or cut_extra
        return BudgetedPrompt(parts, cut and self._overflows(prefix, suffix, extra), used)

    def _overflows(self, prefix: str, suffix: str, extra: Sequence[ExtraChunk]) -> bool:
        if self._context_room is None:
            return True
        lines = prefix.splitlines(keepends=True) + suffix.splitlines(keepends=True)
        total = sum(self._lines_cost(lines))
        total += sum(self._count(c.text) + self._count(c.filename) + 2 for c in extra)
        return total > self._context_room

    def _lines_cost(self, lines: Sequence[str]) -> list[int]:
        return [self._count(line) for line in lines]

    def _fit_prefix(self, prefix: str) -> tuple[str, bool]:
        lines = prefix.splitlines(keepends=True)
        costs = self._lines_cost(lines)
        limit = self.budget.prefix
        if sum(costs) <= limit:
            return prefix, False
        n_header = header_lines(lines)
        header = "".join(lines[:n_header])
        header_cost = sum(costs[:n_header])
        if header_cost > limit // 4:  # a huge header would starve the code near the cursor
            header, header_cost, n_header = "", 0, 0
        available = limit - header_cost
        start, total = len(lines), 0
        while start > n_header and total + costs[start - 1] <= available:
            start -= 1
            total += costs[start]
        step = self.budget.anchor_step_lines
        # A step may drop at most half of the lines that fit: with long lines or a small budget
        # a full step would leave little but the cursor line. Halving keeps the step stable.
        while step > 1 and 2 * step > len(lines) - start:
            step //= 2
        anchored = min(len(lines) - 1, -(-start // step) * step) if start < len(lines) else start
        anchored = max(anchored, n_header)
        tail = "".join(lines[anchored:])
        if anchored >= len(lines):  # even the cursor line alone is over budget
            tail = self._tail_chars(lines[-1] if lines else prefix, available)
        return header + tail, True

    def _fit_suffix(self, suffix: str) -> tuple[str, bool]:
        lines = suffix.splitlines(keepends=True)
        kept: list[str] = []
        total = 0
        for line, cost in zip(lines, self._lines_cost(lines), strict=True):
            if total + cost > self.budget.suffix:
                if not kept:
                    kept.append(self._head_chars(line, self.budget.suffix))
                return "".join(kept), True
            kept.append(line)
            total += cost
        return suffix, False

    def _fit_extra(self, extra: Sequence[ExtraChunk]) -> tuple[list[tuple[str, str]], bool]:
        """Newest chunks win: llama.vscode appends to its ring buffer, so the oldest go first."""
        kept: list[tuple[str, str]] = []
        total = 0
        for chunk in reversed(extra):
            cost = self._count(chunk.text) + self._count(chunk.filename) + 2
            if total + cost > self.budget.extra:
                return list(reversed(kept)), True
            kept.append((chunk.filename, chunk.text))
            total += cost
        return list(reversed(kept)), False

    def _room_left(self, prefix: str, suffix: str, chunks: Sequence[tuple[str, str]]) -> int:
        """What the context still has after the client's own text (unbounded without a known
        context size)."""
        if self._context_room is None:
            return self.budget.context
        lines = prefix.splitlines(keepends=True) + suffix.splitlines(keepends=True)
        used = sum(self._lines_cost(lines))
        used += sum(self._count(text) + self._count(name) + 2 for name, text in chunks)
        return self._context_room - used

    def _fit_context(
        self, context: Sequence[ExtraChunk], room: int
    ) -> tuple[list[tuple[str, str]], tuple[tuple[str, int], ...]]:
        """In the given order, each chunk that still fits: the order is the prompt's, chosen
        to stay stable while the person types, so a chunk too big is skipped, not cut."""
        kept: list[tuple[str, str]] = []
        used: list[tuple[str, int]] = []
        total = 0
        cap = min(self.budget.context, room)
        for chunk in context:
            cost = self._count(chunk.text) + self._count(chunk.filename) + 2
            if total + cost <= cap:
                kept.append((chunk.filename, chunk.text))
                used.append((chunk.filename, cost))
                total += cost
        return kept, tuple(used)

    def _tail_chars(self, text: str, tokens: int) -> str:
        while text and self._count(text) > tokens:
            text = text[len(text) // 8 + 1 :]
        return text

    def _head_chars(self, text: str, tokens: int) -> str:
        while text and self._count(text) > tokens:
            text = text[: len(text) - len(text) // 8 - 1]
        return text
