"""Comparing what a person typed with what Mezzo suggested, the way an editor changes text.

Editors re-indent new lines, trim trailing spaces and convert line endings, and llama.vscode
strips the leading spaces of a suggestion on a blank line; none of that means the person typed
something else. So runs of spaces, tabs and carriage returns are skipped on both sides, while
newlines and every other character must agree. `inference` builds its verdicts on this.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

_SKIP = " \t\r"


class Kind(StrEnum):
    PROGRESS = "progress"  # agrees so far, stops mid-line
    AT_LINE = "at_line"  # agrees so far, stops at the start of a line after a whole line
    AT_END = "at_end"  # agrees and stops at the end
    BEYOND = "beyond"  # agrees all the way and the person typed on
    DIVERGED = "diverged"  # contradicts the suggestion


@dataclass(frozen=True, slots=True)
class Match:
    kind: Kind
    covered: int  # characters of the suggestion accounted for by the typed text


def match(typed: str, text: str) -> Match:
    """Compare what was typed since the served prefix with the suggestion, whitespace-blind."""
    i = j = matched = 0  # matched: just past the last character of `text` that was matched
    n, m = len(typed), len(text)
    while True:
        while i < n and typed[i] in _SKIP:
            i += 1
        while j < m and text[j] in _SKIP:
            j += 1
        if i == n or j == m:
            break
        if typed[i] != text[j]:
            if not text[j:].strip():  # only trailing newlines left: the suggestion is all there
                return Match(Kind.BEYOND, m)
            return Match(Kind.DIVERGED, matched)
        i += 1
        j += 1
        matched = j
    if not text[j:].strip():
        return Match(Kind.AT_END if i == n else Kind.BEYOND, m)
    if whole_lines(text, matched) and text[matched - 1] == "\n":
        return Match(Kind.AT_LINE, matched)
    return Match(Kind.PROGRESS, matched)


def whole_lines(text: str, covered: int) -> bool:
    """Does text[:covered] hold at least one complete line with something on it?"""
    done, _, _ = text[:covered].rpartition("\n")
    return bool(done.strip())


def squash(text: str) -> str:
    """The text without any whitespace, for comparisons that only care about the code."""
    return "".join(text.split())


def agrees(rest: str, new_text: str) -> bool:
    a, b = squash(rest), squash(new_text)
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))
