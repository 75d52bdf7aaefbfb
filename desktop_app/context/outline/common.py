"""What every language reader shares: the collector it records into, and the text helpers.

A signature is cut from the source and squeezed onto one line; a doc comment is reduced to its
first line worth showing, whichever comment syntax the language uses. Keeping these here means
the per-language readers only know their grammar's node names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import tree_sitter

from desktop_app.context.outline.model import Declaration, DeclarationKind, Import, Outline
from desktop_app.syntax.grammars import Grammar

Node = tree_sitter.Node

MAX_SIGNATURE_CHARS = 200  # a signature is a hint in a prompt; a whole table literal is not
# How deep namespaces, `#if` blocks and `use` trees are followed: real code nests a few levels,
# and recursing as deep as garbage nests would hit Python's recursion limit.
MAX_NESTING = 32

UPPER_CASE = re.compile(r"[A-Z][A-Z0-9_]*")
WHITESPACE = re.compile(r"\s+")
_BRACKET_SPACE = re.compile(r"([(\[]) | ([)\]])")
_OPENER = re.compile(r"\s*[{:;]$")  # a block opener or terminator left before the body
_STRING = re.compile(r"""^[A-Za-z]*(["'`])(.*)\1$|^\[(=*)\[(.*)\]\3\]$""", re.DOTALL)
# Comment markers at a line's start: Lua's `--[==[`, `---`; C's `/**`, ` * `, `///`, `//!`; `##`.
_COMMENT_START = re.compile(r"^\s*(?:--\[=*\[|-{2,}|/\*+!?|/{2,}!?|#+|\*+(?!/))")
_COMMENT_END = re.compile(r"(?:\]=*\]|\*+/)\s*$")
_XML_TAG = re.compile(r"</?\w+[^>]*>")
_DIRECTIVE = re.compile(r"^\s*(?:--!|#!)")
_SKIPPED_ABOVE = frozenset({"attribute_item", "decorator", "annotation", "annotations"})


def statements(nodes: Iterable[Node]) -> list[Node]:
    """Top-level nodes, with each ERROR node replaced by its children: after a syntax error
    tree-sitter often keeps the declarations that follow inside the ERROR node."""
    result: list[Node] = []
    pending = list(nodes)[::-1]  # a stack, not recursion: garbage can nest ERRORs deeply
    while pending:
        node = pending.pop()
        if node.type == "ERROR":
            pending.extend(node.children[::-1])
        else:
            result.append(node)
    return result


def _unquote(literal: str) -> str:
    match = _STRING.match(literal.strip())
    if match is None:
        return literal.strip()
    return match.group(2) if match.group(1) else match.group(4)


def _one_line(source: str) -> str:
    """Whitespace collapsed, and none left inside brackets that a parameter list per line
    leaves behind (`f( a: number, b: string )`)."""
    line = _BRACKET_SPACE.sub(r"\1\2", WHITESPACE.sub(" ", source).strip())
    line = _OPENER.sub("", line)
    if len(line) > MAX_SIGNATURE_CHARS:
        line = line[: MAX_SIGNATURE_CHARS - 1].rstrip() + "…"
    return line


def _doc_line(comment: str, xml: bool) -> str:
    """The first line of a comment worth showing: not blank, not a tag line (`@param`, a
    Moonwave `@within`), not a code fence, not a directive (Luau's `--!strict`, `#!`)."""
    for raw in comment.splitlines():
        if _DIRECTIVE.match(raw):
            continue
        line = _COMMENT_END.sub("", _COMMENT_START.sub("", raw, count=1)).strip()
        if xml:  # C#'s `/// <summary>Buys.</summary>`
            line = _XML_TAG.sub("", line).strip()
        if line and not line.startswith(("@", "```")):
            return line
    return ""


def field(node: Node | None, name: str) -> Node | None:
    return None if node is None else node.child_by_field_name(name)


def header_end(node: Node) -> int:
    """Where a declaration's header ends: before its body, or, for one without a body (an
    empty Lua function, a trait method), before its closing `end`/`;`."""
    body = node.child_by_field_name("body")
    end = node.start_byte
    for child in node.children:
        if body is not None and child.start_byte >= body.start_byte:
            break
        if child.type in ("comment", "line_comment", "block_comment"):
            continue
        if body is None and not child.is_named and child.type in ("end", ";", "}"):
            break
        end = child.end_byte
    return end


class Collector:
    """What the readers found so far, and the source they slice signatures from."""

    __slots__ = ("aliases", "comments", "declarations", "imports", "source", "xml_docs")

    def __init__(self, source: bytes, grammar: Grammar) -> None:
        self.source = source
        self.comments = grammar.comments
        self.xml_docs = grammar.name == "C#"
        self.declarations: list[Declaration | None] = []
        self.imports: list[Import] = []
        self.aliases: dict[str, str] = {}

    def result(self) -> Outline:
        return Outline(
            tuple(d for d in self.declarations if d is not None),
            tuple(self.imports),
            tuple(self.aliases.items()),
        )

    def text(self, node: Node) -> str:
        return self.source[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def span(self, start: int, end: int) -> str:
        return self.source[start:end].decode("utf-8", "replace")

    def string(self, node: Node) -> str:
        return _unquote(self.text(node))

    def declare(
        self,
        name: str,
        kind: DeclarationKind,
        start: Node,
        end: int | None = None,
        doc: str = "",
        signature: str | None = None,
    ) -> int:
        """Record a declaration whose signature is the source from `start` to `end` (the
        whole node when None); returns its index, for readers that revise it later."""
        if signature is None:
            signature = self.span(start.start_byte, start.end_byte if end is None else end)
        self.declarations.append(
            Declaration(name, kind, _one_line(signature), doc, start.start_point[0])
        )
        return len(self.declarations) - 1

    def imported(self, module: str, names: Sequence[str], node: Node) -> None:
        if module:
            self.imports.append(Import(module, tuple(names), node.start_point[0]))

    def doc(self, siblings: Sequence[Node], index: int) -> str:
        """The first line of the comments directly above `siblings[index]`, looking past
        attributes and decorators, and not taking a comment that trails code on its line."""
        row = siblings[index].start_point[0]
        block: list[Node] = []
        at = index - 1
        while at >= 0:
            node = siblings[at]
            if node.type in _SKIPPED_ABOVE:
                row = node.start_point[0]
            elif node.type in self.comments and node.end_point[0] >= row - 1:
                block.append(node)
                row = node.start_point[0]
            else:
                break
            at -= 1
        if block and at >= 0 and siblings[at].end_point[0] == block[-1].start_point[0]:
            block.pop()  # `x = 1 -- why` belongs to the line above
        comment = "\n".join(self.text(node) for node in reversed(block))
        return _doc_line(comment, self.xml_docs) if comment else ""


# What each language module's `read` is: it records what `nodes`, a file's top level, declare.
Reader = Callable[[Collector, list[Node]], None]
