"""Whether a line opens a block: Lua's `then` and `do`, Python's `:`, a brace.

The extent decision asks it of the cursor's line (is a body about to start?), and the block-end
clean-up asks it of the completion's first line (where does the statement it opens end?).
"""

from __future__ import annotations

import re
from enum import StrEnum

from desktop_app.syntax.brackets import OPENERS, code_part, line_comment_markers, scan_brackets
from desktop_app.syntax.grammars import Grammar

_LUA_OPENER = re.compile(r"\b(then|do|repeat|else)$")
_CASE_LABEL = re.compile(r"^\s*(case\b.*|default\s*):$")


class Family(StrEnum):
    """How a language opens its blocks, told apart by its grammar's line comment."""

    LUA = "lua"
    PYTHON = "python"  # indentation blocks opened by `:` (GDScript too)
    BRACE = "brace"


def family_of(grammar: Grammar | None) -> Family | None:
    if grammar is None:
        return None
    if grammar.line_comment == "--":
        return Family.LUA
    return Family.PYTHON if grammar.line_comment == "#" else Family.BRACE


def opens_block(line: str, grammar: Grammar | None) -> bool:
    """Whether a line ends with what opens a block or a multi-line bracket: Lua's `then`,
    `do`, `function(...)`, Python's `:`, a `{` / `(` / `[` at the end. Text only; without a
    grammar every language's openers count."""
    code = code_part(line, grammar).rstrip()
    if not code:
        return False
    if code[-1] in OPENERS:
        return True
    family = family_of(grammar)
    if family in (Family.LUA, None) and (_LUA_OPENER.search(code) or _function_header(code)):
        return True
    if family in (Family.PYTHON, None) and code[-1] == ":" and _net_depth(code, grammar) <= 0:
        return True
    return family in (Family.BRACE, None) and bool(_CASE_LABEL.match(code))


def _function_header(code: str) -> bool:
    """`function f(a, b)` or `function(a): T` with no `end` after it on the line."""
    starts = [m.end() for m in re.finditer(r"\bfunction\b", code)]
    if not starts:
        return False
    tail = code[starts[-1] :]
    if re.search(r"\bend\b", tail) or "(" not in tail:
        return False
    depth = 0
    for char in tail[tail.index("(") :]:
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return True
    return False


def _net_depth(code: str, grammar: Grammar | None) -> int:
    tokens, _ = scan_brackets(code, line_comment_markers(grammar))
    return sum(1 if b in OPENERS else -1 for _, b in tokens)
