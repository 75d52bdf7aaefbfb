"""How much to generate, decided before generating: finish the current line, or write a new
statement or block.

A model asked for a block where the person is halfway through an expression runs on past the
line; one asked for a line where a function body starts stops after one statement. The choice
reads the cursor's line first (text after the cursor, an unfinished string, a block opener
such as `then`, `:` or `{`), then the line above, and with a grammar the smallest node around
the cursor.
"""

from __future__ import annotations

import re
from enum import StrEnum

import tree_sitter

from desktop_app.syntax.block_openers import Family, family_of, opens_block
from desktop_app.syntax.brackets import (
    OPENERS,
    code_part,
    feed,
    line_comment_markers,
    scan_brackets,
)
from desktop_app.syntax.code_window import PARSE_FAILURES, code_window, encode, parse_window
from desktop_app.syntax.grammars import Grammar

_CONTINUES_EXPRESSION = re.compile(r"([,=+\-*/%<>&|^~!?.]|\b(and|or|not|in))$")


class Extent(StrEnum):
    LINE = "line"  # finish the current line: mid-expression, or text after the cursor on it
    BLOCK = "block"  # a new statement or block body: up to the line cap


class _Place(StrEnum):
    """What the parse says is around the cursor."""

    TEXT = "text"  # inside a string or a comment
    EXPRESSION = "expression"
    BLOCK = "block"


def completion_extent(prefix: str, suffix: str, grammar: Grammar | None) -> Extent:
    line = prefix[prefix.rfind("\n") + 1 :]
    rest = suffix.split("\n", 1)[0]
    if rest.strip(" \t\r)]}\"'`"):
        return Extent.LINE  # code after the cursor: the completion goes in the middle of it
    place = _place_in_tree(prefix, suffix, grammar) if grammar is not None else None
    if place is _Place.TEXT:
        return Extent.LINE  # inside a string or a comment: finish it
    if line.strip():
        _, ends_in = scan_brackets(line, line_comment_markers(grammar))
        if ends_in or not opens_block(line, grammar):
            return Extent.LINE
        return Extent.BLOCK if _opener_starts_block(line, rest, grammar, place) else Extent.LINE
    previous = _previous_code_line(prefix, grammar)
    if previous is not None and opens_block(previous, grammar):
        return Extent.BLOCK
    if previous is not None and _CONTINUES_EXPRESSION.search(code_part(previous, grammar).rstrip()):
        return Extent.LINE
    if place is not None:
        return Extent.LINE if place is _Place.EXPRESSION else Extent.BLOCK
    return Extent.LINE if _inside_expression(prefix, suffix, grammar) else Extent.BLOCK


def _opener_starts_block(
    line: str, rest: str, grammar: Grammar | None, place: _Place | None
) -> bool:
    """The line ends with an opener; does a block start after it? A bracket closed again on
    the same line holds an expression (`foo(|)`), except a brace language's `{` after `)`,
    `=>` or a keyword (`function f() {|}`). Python's `:` may end a dict key or a slice."""
    code = code_part(line, grammar).rstrip()
    last = code[-1]
    family = family_of(grammar)
    if last in OPENERS and rest.strip():
        if last != "{" or family in (Family.LUA, Family.PYTHON):
            return False
        if place is not None:
            return place is _Place.BLOCK
        before = code[:-1].rstrip()
        return before.endswith((")", "=>")) or bool(re.search(r"\b[A-Za-z_]\w*$", before))
    if last == ":" and place is not None:
        return place is _Place.BLOCK
    return True


def _previous_code_line(prefix: str, grammar: Grammar | None) -> str | None:
    lines = prefix.split("\n")
    for line in reversed(lines[-21:-1]):
        if code_part(line, grammar).strip():
            return line
    return None


def _inside_expression(prefix: str, suffix: str, grammar: Grammar | None) -> bool:
    """Plain text: a blank line continues an expression when the innermost open bracket is
    not a block's brace."""
    window = code_window(prefix, suffix)
    tokens, _ = scan_brackets(window.before, line_comment_markers(grammar))
    stack: list[str] = []
    feed(stack, tokens)
    if not stack:
        return False
    return stack[-1] != "{" or family_of(grammar) in (Family.LUA, Family.PYTHON)


_EXPRESSION_WORDS = (
    "argument", "parameter", "table", "dictionary", "list", "array", "object", "tuple", "set",
    "parenthesized", "subscript", "slice", "binary", "call", "expression", "pair", "field",
    "initializer", "literal", "index", "conditional", "lambda",
)  # fmt: skip
_BLOCK_WORDS = (
    "chunk", "module", "program", "source", "compilation_unit", "translation_unit",
    "declaration", "definition", "class", "function", "method", "clause", "case",
)  # fmt: skip


def _place_in_tree(prefix: str, suffix: str, grammar: Grammar) -> _Place | None:
    """By the smallest node around the cursor; None when the parse cannot tell (the code just
    before the cursor is an ERROR)."""
    window = code_window(prefix, suffix)
    before = encode(window.before)
    at = len(before)
    try:
        parser = tree_sitter.Parser(grammar.language)
        tree = parse_window(parser, before + encode(window.after))
    except PARSE_FAILURES:
        return None
    marker = encode(grammar.line_comment)
    node: tree_sitter.Node | None = tree.root_node.descendant_for_byte_range(at, at)
    while node is not None:
        comment = node.type in grammar.comments or "comment" in node.type
        if node.start_byte < at < node.end_byte and (comment or "string" in node.type):
            return _Place.TEXT
        if comment and node.end_byte == at and before.startswith(marker, node.start_byte):
            return _Place.TEXT  # the cursor at the end of a line comment
        node = node.parent
    last = len(before.rstrip())
    node = tree.root_node.descendant_for_byte_range(max(0, last - 1), last)
    while node is not None:
        if node.is_error:
            return None  # the code just before the cursor does not parse: the tree cannot tell
        node = node.parent
    node = tree.root_node.named_descendant_for_byte_range(at, at)
    while node is not None:
        inside = node.start_byte < at < node.end_byte or node.parent is None
        if inside and not node.is_error and (kind := _classify(node.type, grammar)) is not None:
            return kind
        node = node.parent
    return None


def _classify(kind: str, grammar: Grammar) -> _Place | None:
    if kind in grammar.statement_containers or kind in grammar.functions:
        return _Place.BLOCK
    if kind in grammar.argument_lists:
        return _Place.EXPRESSION
    if "block" in kind or "body" in kind or kind.endswith("statement"):
        return _Place.BLOCK
    if any(word in kind for word in _EXPRESSION_WORDS):
        return _Place.EXPRESSION
    if any(word in kind for word in _BLOCK_WORDS):
        return _Place.BLOCK
    return None
