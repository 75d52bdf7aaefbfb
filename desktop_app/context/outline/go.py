"""The outline reader for Go.

Functions, methods (named after their receiver's type: `Shop.Buy`), and each spec of a `type`,
`const` or `var` declaration, grouped or not, are declarations; a struct or interface keeps its
whole body as its signature, since its fields are its shape. An import binds its alias, or else
the package's last path element past a `/v2` major version; `_` binds nothing and `.` binds all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.context.outline.common import Collector, Node, field, header_end
from desktop_app.context.outline.model import DeclarationKind

_VERSION = re.compile(r"v\d+")


def _package_name(path: str) -> str:
    """The name an import binds by default: its last element, past a `/v2` major version."""
    parts = path.split("/")
    last = parts[-1]
    if _VERSION.fullmatch(last) and len(parts) > 1:
        last = parts[-2]
    return re.sub(r"\.v\d+$", "", last)


def read(c: Collector, nodes: list[Node]) -> None:
    for i, node in enumerate(nodes):
        kind = node.type
        if kind == "import_declaration":
            for spec in _specs(node, "import_spec", "import_spec_list"):
                _import(c, spec)
        elif kind == "function_declaration" and (name := field(node, "name")) is not None:
            c.declare(
                c.text(name), DeclarationKind.FUNCTION, node, header_end(node), c.doc(nodes, i)
            )
        elif kind == "method_declaration" and (name := field(node, "name")) is not None:
            receiver = field(node, "receiver")
            owner = next(
                (c.text(n) for n in _descendants(receiver) if n.type == "type_identifier"), ""
            )
            qualified = f"{owner}.{c.text(name)}" if owner else c.text(name)
            c.declare(qualified, DeclarationKind.METHOD, node, header_end(node), c.doc(nodes, i))
        elif kind in ("type_declaration", "const_declaration", "var_declaration"):
            _declare_specs(c, node, c.doc(nodes, i))


def _descendants(node: Node | None) -> Iterable[Node]:
    stack = [] if node is None else [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def _specs(node: Node, spec: str, group: str) -> list[Node]:
    specs: list[Node] = []
    for child in node.named_children:
        if child.type == group:
            specs.extend(n for n in child.named_children if n.type == spec)
        elif child.type == spec:
            specs.append(child)
    return specs


def _import(c: Collector, spec: Node) -> None:
    path = field(spec, "path")
    if path is None:
        return
    module = c.string(path)
    alias = field(spec, "name")
    if alias is None:
        names: tuple[str, ...] = (_package_name(module),)
    elif alias.type == "blank_identifier":
        names = ()
    elif alias.type == "dot":
        names = ("*",)
    else:
        names = (c.text(alias),)
    c.imported(module, names, spec)


_SPEC_DECLARATIONS = {
    "type_declaration": ("type", DeclarationKind.TYPE),
    "const_declaration": ("const", DeclarationKind.CONSTANT),
    "var_declaration": ("var", DeclarationKind.VARIABLE),
}


def _declare_specs(c: Collector, node: Node, doc: str) -> None:
    keyword, kind = _SPEC_DECLARATIONS[node.type]
    container = next((n for n in node.named_children if n.type.endswith("_spec_list")), node)
    siblings = container.children
    first = True
    for j, spec in enumerate(siblings):
        if spec.type not in ("type_spec", "type_alias", "const_spec", "var_spec"):
            continue
        # Inside `const ( … )` each spec has its own comment; the first also has the statement's.
        spec_doc = c.doc(siblings, j) or (doc if first else "")
        first = False
        signature = f"{keyword} {c.text(spec)}"  # a struct's fields are its shape: kept whole
        for name in spec.children_by_field_name("name"):
            c.declare(c.text(name), kind, spec, doc=spec_doc, signature=signature)
