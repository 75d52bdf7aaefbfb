"""The rules a row must pass to teach or test anything.

A middle a model can copy from the lines above, or one made only of `end` and brackets, says
nothing about the model; neither does one too long for an editor to show. Each rule returns the
reason it refused a row, for the dataset summary.
"""

from __future__ import annotations

import re

from desktop_app.quality.rows import MAX_MIDDLE_LINES

MIN_MIDDLE_CHARS = 3  # not counting whitespace
# Words that close or continue a construct: a middle of nothing else is predictable from it.
STRUCTURAL_WORDS = frozenset(
    {
        "end", "pass", "break", "continue", "else", "then", "do", "return", "nil", "None",
        "null", "undefined", "true", "false", "True", "False", "self", "this",
    }
)  # fmt: skip
WORD = re.compile(r"\w+")


def rejection(prefix: str, middle: str) -> str | None:
    """Why the row is not worth keeping, or None when it is."""
    if middle.count("\n") + 1 > MAX_MIDDLE_LINES:
        return f"longer than {MAX_MIDDLE_LINES} lines"
    stripped = middle.strip()
    if len("".join(stripped.split())) < MIN_MIDDLE_CHARS:
        return "too short"
    words = WORD.findall(stripped)
    if not words:
        return "punctuation only"
    if all(word in STRUCTURAL_WORDS for word in words):
        return "structural keywords only"
    if "\n" in middle:
        if middle in prefix:
            return "copies code above it"
    elif stripped in {line.strip() for line in prefix.splitlines()}:
        return "copies a line above it"
    return None
