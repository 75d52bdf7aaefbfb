"""The outline reader for C#.

Namespaces, block or file-scoped, are looked through; classes, records, structs, interfaces,
enums and delegates are declarations, with the methods and constructors of each type. Signatures
start after `[Attributes]`, and docs come from `///` XML comments with their tags stripped.
`using` directives are the imports, an alias binding its name and a plain one binding all.
"""

from __future__ import annotations

from desktop_app.context.outline.common import (
    MAX_NESTING,
    WHITESPACE,
    Collector,
    Node,
    field,
    header_end,
    statements,
)
from desktop_app.context.outline.model import DeclarationKind

_TYPES = {
    "class_declaration": DeclarationKind.CLASS,
    "record_declaration": DeclarationKind.CLASS,
    "record_struct_declaration": DeclarationKind.CLASS,
    "struct_declaration": DeclarationKind.CLASS,
    "interface_declaration": DeclarationKind.TYPE,
    "enum_declaration": DeclarationKind.TYPE,
    "delegate_declaration": DeclarationKind.TYPE,
}
_MEMBERS = frozenset({"method_declaration", "constructor_declaration"})


def read(c: Collector, nodes: list[Node], depth: int = 0) -> None:
    for i, node in enumerate(nodes):
        kind = node.type
        if kind == "using_directive":
            alias = field(node, "name")
            target = [n for n in node.named_children if n != alias]
            if target:
                names = (c.text(alias),) if alias is not None else ("*",)
                c.imported(WHITESPACE.sub(" ", c.text(target[-1])), names, node)
        elif kind in ("namespace_declaration", "file_scoped_namespace_declaration"):
            if depth >= MAX_NESTING:
                continue
            # Namespaces do not change what a file declares; look inside them.
            body = field(node, "body")
            inner = body.children if body is not None else node.children
            read(c, statements(inner), depth + 1)
        elif kind in _TYPES and (name := field(node, "name")) is not None:
            owner = c.text(name)
            enum = kind == "enum_declaration"  # an enum's members are its shape: kept whole
            end = node.end_byte if enum else header_end(node)
            _declare(c, owner, _TYPES[kind], node, end, c.doc(nodes, i))
            body = field(node, "body")
            members = body.children if body is not None and not enum else []
            for j, member in enumerate(members):
                method = field(member, "name")
                if member.type in _MEMBERS and method is not None:
                    qualified = f"{owner}.{c.text(method)}"
                    end = header_end(member)
                    _declare(c, qualified, DeclarationKind.METHOD, member, end, c.doc(members, j))


def _declare(
    c: Collector, name: str, kind: DeclarationKind, node: Node, end: int, doc: str
) -> None:
    """A declaration's signature starts after its `[Attributes]`."""
    start = next((n for n in node.children if n.type != "attribute_list"), node)
    signature = c.span(start.start_byte, end)
    c.declare(name, kind, start, doc=doc, signature=signature)
