"""Brackets in code: found by a quote-aware scan of plain text, or taken from a parse.

Both the extent decision and the bracket clean-up count brackets. With a grammar the parse
knows which are tokens; without one the scan skips strings and comments as well as plain text
allows.
"""

from __future__ import annotations

import functools
import re

import tree_sitter

from desktop_app.syntax.grammars import Grammar

CLOSERS = {")": "(", "]": "[", "}": "{"}
OPENERS = frozenset("([{")
_SCAN = re.compile(r"\\.|[\"'`\n()\[\]{}]|/\*|\*/|//|--|#")


def line_comment_markers(grammar: Grammar | None) -> tuple[str, ...]:
    return (grammar.line_comment,) if grammar is not None else ("//", "#", "--")


def scan_brackets(text: str, markers: tuple[str, ...]) -> tuple[list[tuple[int, str]], str]:
    """The brackets of plain text outside strings and comments, as (offset, bracket), and
    where the text ends: "" in code, "string" or "comment".

    Quote-aware for ", ' (to the end of the line) and ` (across lines), with `/* */` and the
    given line comments. Without a grammar `#` and `--` only count before a space, so `#fff`
    and `i--` stay code.
    """
    found: list[tuple[int, str]] = []
    quote = ""
    comment = ""  # "line" or "block"
    for match in _SCAN.finditer(text):
        token = match.group()
        start = match.start()
        if comment == "line":
            if token == "\n":
                comment = ""
        elif comment == "block":
            if token == "*/":
                comment = ""
        elif quote:
            if token == quote or (token == "\n" and quote != "`"):
                quote = ""
        elif token in OPENERS or token in CLOSERS:
            found.append((start, token))
        elif token in "\"'`":
            quote = token
        else:
            comment = _comment_opened(text, start, token, markers)
    return found, "string" if quote else ("comment" if comment else "")


def _comment_opened(text: str, start: int, token: str, markers: tuple[str, ...]) -> str:
    if token == "/*" and "//" in markers:
        return "block"
    if token in markers and (len(markers) == 1 or token == "//" or _loose_comment(text, start)):
        return "line"
    return ""


def _loose_comment(text: str, start: int) -> bool:
    before = text[start - 1] if start else "\n"
    after = text[start + 2 : start + 3] if text.startswith("--", start) else text[start + 1 :][:1]
    return before in " \t\n" and after in ("", " ", "\t", "\n", "\r", "-", "#")


def code_part(line: str, grammar: Grammar | None) -> str:
    """The line without its trailing comment."""
    markers = line_comment_markers(grammar)
    quote = ""
    for match in _SCAN.finditer(line):
        token = match.group()
        if quote:
            if token == quote:
                quote = ""
        elif token in "\"'`":
            quote = token
        elif _comment_opened(line, match.start(), token, markers):
            return line[: match.start()]
    return line


def feed(stack: list[str], tokens: list[tuple[int, str]]) -> int:
    """Push openers and pop closers on `stack`; return how many closers had no opener."""
    unmatched = 0
    for _, bracket in tokens:
        if bracket in OPENERS:
            stack.append(bracket)
        elif stack and stack[-1] == CLOSERS[bracket]:
            stack.pop()
        else:
            unmatched += 1
    return unmatched


@functools.cache
def _bracket_query(grammar: Grammar) -> tree_sitter.Query:
    language = grammar.language
    kinds = [k for k in ("(", ")", "[", "]", "{", "}", "${") if language.id_for_node_kind(k, False)]
    return tree_sitter.Query(language, "[" + " ".join(f'"{k}"' for k in kinds) + "] @bracket")


def tree_brackets(grammar: Grammar, tree: tree_sitter.Tree) -> list[tuple[int, str]]:
    """The bracket tokens of a parse, as (byte offset, bracket); a template's `${` opens `{`.
    Brackets in strings and comments are not tokens, so they never show up."""
    captures = tree_sitter.QueryCursor(_bracket_query(grammar)).captures(tree.root_node)
    nodes = [n for n in captures.get("bracket", ()) if not n.is_missing]
    return sorted((n.start_byte, "{" if n.type == "${" else n.type) for n in nodes)
