"""The outline reader for Rust.

Functions, structs, enums, unions, type aliases, traits, consts and statics are declarations,
and so are the functions of a trait or an `impl` block, named after the type (`Shop.buy`, with
generics and paths dropped). Imports are `use` trees (with the names they bind), `extern crate`,
and `mod shop;`, which stands for another file.
"""

from __future__ import annotations

import re

from desktop_app.context.outline.common import (
    MAX_NESTING,
    WHITESPACE,
    Collector,
    Node,
    field,
    header_end,
)
from desktop_app.context.outline.model import DeclarationKind

_TYPES = frozenset({"struct_item", "enum_item", "union_item", "type_item"})


def read(c: Collector, nodes: list[Node]) -> None:
    for i, node in enumerate(nodes):
        kind = node.type
        name = field(node, "name")
        if kind == "use_declaration" and (argument := field(node, "argument")) is not None:
            module = WHITESPACE.sub(" ", c.text(argument))
            c.imported(module, _use_names(c, argument, ""), node)
        elif kind == "extern_crate_declaration" and name is not None:
            c.imported(c.text(name), (c.text(field(node, "alias") or name),), node)
        elif kind == "mod_item" and name is not None and field(node, "body") is None:
            c.imported(f"self::{c.text(name)}", (c.text(name),), node)  # `mod shop;` is shop.rs
        elif name is None:
            if kind == "impl_item":
                _members(c, node, _type_name(c, field(node, "type")))
        elif kind in ("function_item", "function_signature_item"):
            c.declare(
                c.text(name), DeclarationKind.FUNCTION, node, header_end(node), c.doc(nodes, i)
            )
        elif kind in _TYPES:
            c.declare(c.text(name), DeclarationKind.TYPE, node, doc=c.doc(nodes, i))
        elif kind == "trait_item":
            c.declare(c.text(name), DeclarationKind.TYPE, node, header_end(node), c.doc(nodes, i))
            _members(c, node, c.text(name))
        elif kind in ("const_item", "static_item"):
            c.declare(c.text(name), DeclarationKind.CONSTANT, node, doc=c.doc(nodes, i))


def _type_name(c: Collector, node: Node | None) -> str:
    """`Shop<T>` and `crate::shop::Shop` are both "Shop"."""
    if node is None:
        return ""
    return re.split(r"[<\s]", c.text(node), maxsplit=1)[0].rsplit("::", 1)[-1]


def _members(c: Collector, node: Node, owner: str) -> None:
    body = field(node, "body")
    if body is None or not owner:
        return
    members = body.children
    for j, member in enumerate(members):
        name = field(member, "name")
        if member.type in ("function_item", "function_signature_item") and name is not None:
            qualified = f"{owner}.{c.text(name)}"
            c.declare(
                qualified, DeclarationKind.METHOD, member, header_end(member), c.doc(members, j)
            )


def _use_names(c: Collector, node: Node, parent: str, depth: int = 0) -> list[str]:
    """The names a `use` tree binds: `a::{B, C as D, self}` binds B, D and a."""
    kind = node.type
    if depth > MAX_NESTING:
        return []
    if kind in ("identifier", "scoped_identifier", "crate", "super"):
        return [c.text(field(node, "name") or node)]
    if kind == "self":
        return [parent] if parent else []
    if kind == "use_as_clause":
        alias = field(node, "alias")
        return [c.text(alias)] if alias is not None else []
    if kind == "use_wildcard":
        return ["*"]
    if kind == "scoped_use_list":
        path = field(node, "path")
        inner = field(node, "list")
        last = c.text(field(path, "name") or path) if path is not None else parent
        return _use_names(c, inner, last, depth + 1) if inner is not None else []
    if kind == "use_list":
        return [
            name
            for child in node.named_children
            for name in _use_names(c, child, parent, depth + 1)
        ]
    return []
