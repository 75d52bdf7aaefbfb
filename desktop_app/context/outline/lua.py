"""The outline reader for Luau and Lua.

A Lua module is usually a table that functions are assigned into and that the file returns, so
`M.foo = function` and `function M:bar()` are declarations, and a local table counts as a module
table only if something is assigned into it or it is returned (an unfilled UPPER_CASE table is a
constant instead). `require(…)` calls are the imports, and Luau locals that name an instance
(`game:GetService("ReplicatedStorage")`, `RS.Shared`, `script.Parent`) are kept as service
aliases for the resolver to follow.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.context.outline.common import (
    UPPER_CASE,
    WHITESPACE,
    Collector,
    Node,
    field,
    header_end,
    statements,
)
from desktop_app.context.outline.model import DeclarationKind
from desktop_app.context.rojo import instance_segments


def _unwrap(value: Node) -> Node:
    """`(require(x))` and `require(x) :: any` are the call inside."""
    while value.type in ("parenthesized_expression", "cast_expression") and value.named_children:
        value = value.named_children[0]
    return value


def _call_argument(c: Collector, call: Node, function: str) -> Node | None:
    """The first argument of a call to the global `function`, or None if `call` is not one."""
    if call.type != "function_call":
        return None
    name = call.child_by_field_name("name")
    arguments = call.child_by_field_name("arguments")
    if name is None or arguments is None or name.type != "identifier" or c.text(name) != function:
        return None
    return next((a for a in arguments.named_children if a.type != "comment"), None)


def _require(c: Collector, value: Node) -> str | None:
    argument = _call_argument(c, value, "require")
    if argument is None:
        return None
    return (
        c.string(argument) if argument.type == "string" else WHITESPACE.sub(" ", c.text(argument))
    )


def _is_table(c: Collector, value: Node) -> bool:
    if value.type == "table_constructor":
        return True
    argument = _call_argument(c, value, "setmetatable")  # `local Class = setmetatable({}, Base)`
    return argument is not None and argument.type == "table_constructor"


def _alias(c: Collector, value: Node) -> str | None:
    """The instance path a value names, if it is one (`game:GetService("Players")`,
    `RS.Shared`, `script.Parent`), as dotted text."""
    if value.type not in ("dot_index_expression", "function_call", "bracket_index_expression"):
        return None
    segments = instance_segments(c.text(value))
    if not segments or len(segments) < 2:
        return None
    head, rest = segments[0], list(segments[1:])
    if head == "game":
        path = rest
    elif head == "script":
        path = [head, *rest]
    elif head in c.aliases:
        path = [*c.aliases[head].split("."), *rest]
    else:
        return None
    return ".".join(path)


def read(c: Collector, nodes: list[Node]) -> None:
    tables: dict[str, int] = {}  # candidate module tables, by name
    filled: set[str] = set()  # tables something is assigned into, or that the file returns
    for i, node in enumerate(nodes):
        kind = node.type
        if kind == "function_declaration":
            name = node.child_by_field_name("name")
            if name is None:
                continue
            if name.type in ("dot_index_expression", "method_index_expression"):
                filled.add(c.text(field(name, "table") or name))
            method = name.type == "method_index_expression"
            declared = DeclarationKind.METHOD if method else DeclarationKind.FUNCTION
            c.declare(c.text(name), declared, node, header_end(node), c.doc(nodes, i))
        elif kind in ("variable_declaration", "assignment_statement"):
            assignment = node
            if kind == "variable_declaration":
                assignment = next(
                    (n for n in node.named_children if n.type == "assignment_statement"), None
                )
            if assignment is not None:
                _assignment(c, node, assignment, c.doc(nodes, i), tables, filled)
        elif kind == "type_definition":
            name = node.child_by_field_name("name")
            if name is not None and name.type == "generic_type":
                name = next((n for n in name.named_children if n.type == "identifier"), None)
            if name is not None:
                c.declare(c.text(name), DeclarationKind.TYPE, node, doc=c.doc(nodes, i))
        elif kind == "function_call":
            module = _require(c, node)
            if module:
                c.imported(module, (), node)
        elif kind == "return_statement":
            for returned in statements(node.named_children):
                filled.update(c.text(n) for n in returned.named_children if n.type == "identifier")
    for name, index in tables.items():
        declaration = c.declarations[index]
        if name in filled or declaration is None:
            continue
        upper = UPPER_CASE.fullmatch(name)
        kept = replace(declaration, kind=DeclarationKind.CONSTANT) if upper else None
        c.declarations[index] = kept


def _assignment(
    c: Collector,
    statement: Node,
    assignment: Node,
    doc: str,
    tables: dict[str, int],
    filled: set[str],
) -> None:
    variables = next((n for n in assignment.named_children if n.type == "variable_list"), None)
    expressions = next((n for n in assignment.named_children if n.type == "expression_list"), None)
    if variables is None or expressions is None:
        return
    targets = variables.children_by_field_name("name")
    values = expressions.children_by_field_name("value")
    for target, raw_value in zip(targets, values, strict=False):
        value = _unwrap(raw_value)
        name = c.text(target)
        if target.type in ("dot_index_expression", "method_index_expression"):
            filled.add(c.text(field(target, "table") or target))
            if value.type == "function_definition":  # `M.foo = function(...)`
                c.declare(name, DeclarationKind.FUNCTION, statement, header_end(value), doc)
        elif target.type != "identifier":
            continue
        elif value.type == "function_definition":
            c.declare(name, DeclarationKind.FUNCTION, statement, header_end(value), doc)
        elif (module := _require(c, value)) is not None:
            c.imported(module, (name,), statement)
        elif _is_table(c, value):
            tables[name] = c.declare(name, DeclarationKind.MODULE_TABLE, statement, doc=doc)
        elif (alias := _alias(c, value)) is not None:
            c.aliases[name] = alias
        elif UPPER_CASE.fullmatch(name):
            c.declare(name, DeclarationKind.CONSTANT, statement, doc=doc)
