"""The BRACKETS clean-up rule: a completion's trailing closers that the suffix closes again
are dropped, and one that leaves open what nothing closes is cut back to a balanced line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.syntax.brackets import (
    CLOSERS,
    feed,
    line_comment_markers,
    scan_brackets,
    tree_brackets,
)
from desktop_app.syntax.code_window import encode
from desktop_app.syntax.parsed_window import ParsedWindow


def balance_brackets(code: ParsedWindow, middle: str) -> str:
    """Bracket tokens (from the parse with a grammar, from a quote-aware scan without),
    counted in one unit: bytes for tree-sitter, characters for the scan."""
    if code.grammar is not None:
        tokens = tree_brackets(code.grammar, code.tree_with(middle))
        base = tree_brackets(code.grammar, code.baseline)
        start = code.start
        encoded = encode(middle)
        newlines = [start + m.start() for m in re.finditer(b"\n", encoded)]
        end = start + len(encoded)

        def unit(index: int) -> int:
            return start + len(encode(middle[:index]))
    else:
        markers = line_comment_markers(None)
        tokens, _ = scan_brackets(code.before + middle + code.after, markers)
        base, _ = scan_brackets(code.before + code.after, markers)
        start = len(code.before)
        newlines = [start + m.start() for m in re.finditer("\n", middle)]
        end = start + len(middle)

        def unit(index: int) -> int:
            return start + index

    return _balance(middle, code.suffix, _Brackets(tokens, base, start, end, newlines), unit)


@dataclass(frozen=True, slots=True)
class _Brackets:
    tokens: list[tuple[int, str]]  # window with the completion
    base: list[tuple[int, str]]  # window without it
    start: int  # where the completion starts, in the tokens' unit
    end: int
    newlines: list[int]  # the completion's line ends, in the same unit


def _balance(middle: str, suffix: str, brackets: _Brackets, unit: Callable[[int], int]) -> str:
    """Drop the completion's trailing closers that the suffix closes again; cut back a
    multi-line completion that leaves open what nothing closes."""
    base_stack: list[str] = []
    base_unmatched = feed(base_stack, brackets.base)
    stack: list[str] = []
    unmatched = feed(stack, [t for t in brackets.tokens if t[0] < brackets.start])
    at_cursor = list(stack)
    inside = [t for t in brackets.tokens if brackets.start <= t[0] < brackets.end]
    balanced: list[int] = []  # the completion's line ends where the stack is the cursor's
    taken = 0
    line_ends = [m.start() for m in re.finditer("\n", middle)]
    for index, newline in zip(line_ends, brackets.newlines, strict=True):
        first = taken
        while taken < len(inside) and inside[taken][0] < newline:
            taken += 1
        unmatched += feed(stack, inside[first:taken])
        if stack == at_cursor:
            balanced.append(index)
    unmatched += feed(stack, inside[taken:])
    unmatched += feed(stack, [t for t in brackets.tokens if t[0] >= brackets.end])
    surplus = unmatched - base_unmatched
    if surplus > 0:
        closers = {offset for offset, bracket in inside if bracket in CLOSERS}
        trimmed = _drop_closers(middle, suffix, surplus, closers, unit)
        if trimmed is not None:
            return trimmed
    # Left open with nothing to close it: back to the last line end at the cursor's depth.
    # Only when the suffix closes all the prefix opened; in a suffix cut short (64 lines into
    # a long function) a closer may be the completion's or the prefix's, and counting cannot
    # tell which.
    if not base_stack and len(stack) > len(base_stack) and line_ends:
        for index in reversed(balanced):
            if cut := middle[:index].rstrip():
                return cut
    return middle


def _drop_closers(
    middle: str, suffix: str, surplus: int, closers: set[int], unit: Callable[[int], int]
) -> str | None:
    kept = middle
    dropped = 0
    while dropped < surplus:
        stripped = kept.rstrip()
        if not stripped or unit(len(stripped) - 1) not in closers:
            break
        kept = stripped[:-1]
        dropped += 1
    if not dropped:
        return None
    kept = kept.rstrip(" \t")
    # a closer alone on its line goes with its line when the suffix's closer is on the next
    return kept if suffix.split("\n", 1)[0].strip() else kept.rstrip()
