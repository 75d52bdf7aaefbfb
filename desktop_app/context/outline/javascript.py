"""The outline reader for JavaScript, TypeScript and TSX, which share their node names.

Functions, classes with their methods, interfaces, type aliases and enums are declarations,
exported or not, as are `declare` ambient ones; a variable counts if it holds a function, or is
exported, or is an UPPER_CASE `const`. Imports are ES `import`s, re-exports (`export … from`),
TypeScript's `import x = require(…)` and CommonJS `require(…)` bindings, destructured or not.
"""

from __future__ import annotations

from desktop_app.context.outline.common import UPPER_CASE, Collector, Node, field, header_end
from desktop_app.context.outline.model import DeclarationKind

_FUNCTIONS = frozenset(
    {"function_declaration", "generator_function_declaration", "function_signature"}
)
_FUNCTION_VALUES = frozenset(
    {"arrow_function", "function_expression", "function", "generator_function"}
)
_CLASSES = frozenset({"class_declaration", "abstract_class_declaration"})
_METHODS = frozenset({"method_definition", "method_signature", "abstract_method_signature"})


def read(c: Collector, nodes: list[Node]) -> None:
    for i, node in enumerate(nodes):
        if node.type == "import_statement":
            _import(c, node)
            continue
        declaration = node
        exported = node.type == "export_statement"
        if exported:
            source = field(node, "source")
            if source is not None:  # a re-export binds nothing here
                c.imported(c.string(source), (), node)
            declaration = field(node, "declaration") or field(node, "value")
        if declaration is not None and declaration.type == "ambient_declaration":
            declaration = next(iter(declaration.named_children), None)  # `declare function`
        if declaration is not None:
            _declaration(c, node, declaration, exported, c.doc(nodes, i))


def _import(c: Collector, node: Node) -> None:
    source = field(node, "source")
    names: list[str] = []
    for clause in node.named_children:
        if clause.type == "import_require_clause":  # TypeScript's `import fs = require("fs")`
            source = field(clause, "source")
            names.extend(c.text(n) for n in clause.named_children if n.type == "identifier")
        elif clause.type == "import_clause":
            for part in clause.named_children:
                if part.type == "identifier":
                    names.append(c.text(part))
                elif part.type == "namespace_import":
                    names.extend(c.text(n) for n in part.named_children if n.type == "identifier")
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        bound = field(spec, "alias") or field(spec, "name")
                        if spec.type == "import_specifier" and bound is not None:
                            names.append(c.text(bound))
    if source is not None:
        c.imported(c.string(source), names, node)


def _require(c: Collector, value: Node | None) -> str | None:
    """The module of `require("x")` or `require("x").member`."""
    if value is not None and value.type == "member_expression":
        value = field(value, "object")
    if value is None or value.type != "call_expression":
        return None
    function = field(value, "function")
    arguments = field(value, "arguments")
    if function is None or arguments is None or c.text(function) != "require":
        return None
    first = next(iter(arguments.named_children), None)
    return c.string(first) if first is not None and first.type == "string" else None


def _bound_names(c: Collector, pattern: Node) -> list[str]:
    if pattern.type == "identifier":
        return [c.text(pattern)]
    names: list[str] = []
    for part in pattern.named_children:  # `const { a, b: c } = require("x")`
        if part.type == "shorthand_property_identifier_pattern":
            names.append(c.text(part))
        elif part.type == "pair_pattern" and (value := field(part, "value")) is not None:
            names.extend(_bound_names(c, value))
    return names


def _declaration(c: Collector, statement: Node, node: Node, exported: bool, doc: str) -> None:
    kind = node.type
    name = field(node, "name")
    if kind in _FUNCTIONS or (kind in _FUNCTION_VALUES and name is not None):
        if name is not None:
            c.declare(c.text(name), DeclarationKind.FUNCTION, statement, header_end(node), doc)
    elif kind in _CLASSES and name is not None:
        owner = c.text(name)
        c.declare(owner, DeclarationKind.CLASS, statement, header_end(node), doc)
        body = field(node, "body")
        members = body.children if body is not None else []
        for j, member in enumerate(members):
            method = field(member, "name")
            if member.type in _METHODS and method is not None:
                qualified = f"{owner}.{c.text(method)}"
                end = header_end(member)
                c.declare(qualified, DeclarationKind.METHOD, member, end, c.doc(members, j))
    elif kind in ("interface_declaration", "type_alias_declaration", "enum_declaration"):
        if name is not None:
            c.declare(c.text(name), DeclarationKind.TYPE, statement, doc=doc)
    elif kind in ("lexical_declaration", "variable_declaration"):
        _variables(c, statement, node, exported, doc)


def _variables(c: Collector, statement: Node, node: Node, exported: bool, doc: str) -> None:
    declarators = [n for n in node.named_children if n.type == "variable_declarator"]
    if not declarators:
        return
    constant = c.text(node).startswith("const")
    prefix = c.span(statement.start_byte, declarators[0].start_byte)  # "export const "
    for declarator in declarators:
        target = field(declarator, "name")
        value = field(declarator, "value")
        if target is None:
            continue
        if (module := _require(c, value)) is not None:
            c.imported(module, _bound_names(c, target), statement)
            continue
        if target.type != "identifier":
            continue
        name = c.text(target)
        if value is not None and value.type in _FUNCTION_VALUES:
            end = header_end(value)
            kind = DeclarationKind.FUNCTION
        elif constant and (exported or UPPER_CASE.fullmatch(name)):
            end, kind = declarator.end_byte, DeclarationKind.CONSTANT
        elif exported:
            end, kind = declarator.end_byte, DeclarationKind.VARIABLE
        else:
            continue
        signature = prefix + c.span(declarator.start_byte, end)
        c.declare(name, kind, statement, doc=doc, signature=signature)
