"""The outline reader for GLSL and HLSL, read with C-like grammars.

`#include`s are the imports, and `#if`/`#ifdef` blocks are looked into. Functions, function-like
macros, structs and typedefs are declarations; valued `#define`s and `uniform` or `const` globals
are constants, what a shader's callers set or read.
"""

from __future__ import annotations

from desktop_app.context.outline.common import (
    MAX_NESTING,
    Collector,
    Node,
    field,
    header_end,
    statements,
)
from desktop_app.context.outline.model import DeclarationKind

# Preprocessor conditionals (include guards above all) wrap a header's whole body.
_CONDITIONALS = frozenset({"preproc_ifdef", "preproc_if", "preproc_else", "preproc_elif"})


def read(c: Collector, nodes: list[Node], depth: int = 0) -> None:
    for i, node in enumerate(nodes):
        kind = node.type
        name = field(node, "name")
        if kind == "preproc_include" and (path := field(node, "path")) is not None:
            c.imported(c.text(path).strip("<>\"' "), (), node)
        elif kind in _CONDITIONALS:
            if depth < MAX_NESTING:
                read(c, statements(n for n in node.children if n.is_named), depth + 1)
        elif kind == "preproc_def" and name is not None and field(node, "value") is not None:
            c.declare(c.text(name), DeclarationKind.CONSTANT, node, doc=c.doc(nodes, i))
        elif kind == "preproc_function_def" and name is not None:
            c.declare(c.text(name), DeclarationKind.FUNCTION, node, doc=c.doc(nodes, i))
        elif kind == "function_definition":
            declarator = field(node, "declarator")
            while declarator is not None and declarator.type != "function_declarator":
                declarator = field(declarator, "declarator")
            function = field(declarator, "declarator")
            if function is not None:
                c.declare(
                    c.text(function),
                    DeclarationKind.FUNCTION,
                    node,
                    header_end(node),
                    c.doc(nodes, i),
                )
        elif kind == "struct_specifier" and name is not None:
            c.declare(c.text(name), DeclarationKind.TYPE, node, doc=c.doc(nodes, i))
        elif kind == "type_definition":
            for declarator in node.children_by_field_name("declarator"):
                c.declare(c.text(declarator), DeclarationKind.TYPE, node, doc=c.doc(nodes, i))
        elif kind == "declaration":
            _declaration(c, node, c.doc(nodes, i))


def _declaration(c: Collector, node: Node, doc: str) -> None:
    shape = field(node, "type")
    if shape is None:
        return
    if shape.type == "struct_specifier" and (name := field(shape, "name")) is not None:
        c.declare(c.text(name), DeclarationKind.TYPE, node, doc=doc)  # `struct Light {…} light;`
    qualifiers = c.span(node.start_byte, shape.start_byte).split()
    if "uniform" not in qualifiers and "const" not in qualifiers:
        return
    for declarator in node.children_by_field_name("declarator"):
        name: Node | None = declarator
        while name is not None and name.type in ("init_declarator", "array_declarator"):
            name = field(name, "declarator")
        if name is not None and name.type == "identifier":
            c.declare(c.text(name), DeclarationKind.CONSTANT, node, doc=doc)
