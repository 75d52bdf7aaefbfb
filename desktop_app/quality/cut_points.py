"""Where a cursor can sit in a file: syntax boundaries found with tree-sitter.

Each `Cut` is a byte span of the file, the middle a model should write; the bytes before it are
the prefix and the bytes after it the suffix. Cuts follow what a person types: a statement
from its start (or from partway through its line), a function's body after its signature, the
value after `=`, the arguments after `(`, and the code under a comment that says what it does.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from desktop_app.quality.rows import RowKind
from desktop_app.syntax.grammars import ASSIGNMENT_OPERATORS, Grammar, walk

# A comment that states intent reads as words; directives, banners and licences do not.
INTENT_WORDS = re.compile(r"[A-Za-z]{2,}")
NOT_INTENT = re.compile(
    r"^\s*(--!|#!|//!|///|# *type:|.*\b(noqa|eslint|pylint|nolint|prettier|copyright|license|"
    r"spdx|selene|stylua)\b)",
    re.IGNORECASE,
)
MIN_INTENT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Cut:
    kind: RowKind
    start: int  # byte offset of the cursor
    end: int  # byte offset where the middle ends


def cuts(grammar: Grammar, tree: tree_sitter.Tree, source: bytes, rng: random.Random) -> list[Cut]:
    """Every cut the file offers, in document order; `rng` picks where in a line a single-line
    statement's cursor sits, so the same seed gives the same cuts."""
    found: list[Cut] = []
    for node in walk(tree.root_node):
        if not node.is_named or node.is_missing:
            continue
        parent = node.parent
        if parent is not None and parent.type in grammar.statement_containers:
            found.extend(_statement(grammar, node, source, rng))
        if node.type in grammar.functions:
            found.extend(_function_body(grammar, node))
        if node.type in grammar.assignments:
            found.extend(_assignment_value(node))
        if node.type in grammar.argument_lists:
            found.extend(_call_arguments(node))
    return sorted(set(found), key=lambda cut: (cut.start, cut.end, cut.kind))


def _statement(
    grammar: Grammar, node: tree_sitter.Node, source: bytes, rng: random.Random
) -> Iterator[Cut]:
    if node.type in grammar.comments:
        yield from _after_comment(grammar, node, source)
        return
    if node.start_point.row != node.end_point.row:
        yield Cut(RowKind.STATEMENT, node.start_byte, node.end_byte)
        return
    # One line: the cursor partway through it, at the start of one of its later tokens.
    starts = sorted({leaf.start_byte for leaf in walk(node) if leaf.child_count == 0})
    later = [start for start in starts if start > node.start_byte]
    if later:
        yield Cut(RowKind.STATEMENT, rng.choice(later), node.end_byte)


def _after_comment(grammar: Grammar, comment: tree_sitter.Node, source: bytes) -> Iterator[Cut]:
    following = comment.next_named_sibling
    if following is None or following.type in grammar.comments:
        return
    if following.start_point.row != comment.end_point.row + 1:
        return
    line_start = source.rfind(b"\n", 0, comment.start_byte) + 1
    if source[line_start : comment.start_byte].strip():
        return  # a comment at the end of a line of code describes that line
    text = source[comment.start_byte : comment.end_byte].decode("utf-8", "replace")
    if NOT_INTENT.match(text) or len(INTENT_WORDS.findall(text)) < MIN_INTENT_WORDS:
        return
    yield Cut(RowKind.AFTER_COMMENT, following.start_byte, following.end_byte)


def _function_body(grammar: Grammar, function: tree_sitter.Node) -> Iterator[Cut]:
    body = function.child_by_field_name("body")
    if body is None:
        return
    delimited = body.type in grammar.statement_containers or body.type.endswith("block")
    if not delimited:  # an arrow function's expression body
        yield Cut(RowKind.FUNCTION_BODY, body.start_byte, body.end_byte)
        return
    inner = [child for child in body.named_children if child.type not in grammar.comments]
    if inner:
        yield Cut(RowKind.FUNCTION_BODY, inner[0].start_byte, inner[-1].end_byte)


def _assignment_value(assignment: tree_sitter.Node) -> Iterator[Cut]:
    children = assignment.children
    operator = next(
        (i for i, child in enumerate(children) if child.type in ASSIGNMENT_OPERATORS), None
    )
    if operator is None:
        return
    value = [child for child in children[operator + 1 :] if child.is_named]
    if value:
        yield Cut(RowKind.ASSIGNMENT_VALUE, value[0].start_byte, value[-1].end_byte)


def _call_arguments(arguments: tree_sitter.Node) -> Iterator[Cut]:
    children = arguments.children
    if len(children) < 3 or children[0].type != "(" or children[-1].type != ")":
        return
    inner = [child for child in children[1:-1] if child.is_named]
    if inner:
        yield Cut(RowKind.CALL_ARGUMENTS, inner[0].start_byte, inner[-1].end_byte)
