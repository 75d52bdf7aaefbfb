"""The outline reader for GDScript.

`class_name` names the file's class; functions (`_init` for a constructor), signals, enums,
constants and variables are declarations, and so are inner classes with their methods. Imports
are `extends "res://base.gd"` and constants or variables that `preload(…)` or `load(…)` a script,
binding its name.
"""

from __future__ import annotations

from desktop_app.context.outline.common import Collector, Node, field, header_end
from desktop_app.context.outline.model import DeclarationKind

_LOADERS = frozenset({"preload", "load"})


def read(c: Collector, nodes: list[Node], owner: str | None = None) -> None:
    for i, node in enumerate(nodes):
        kind = node.type
        name = field(node, "name")
        qualified = "" if name is None else c.text(name)
        if owner is not None:
            if kind in ("function_definition", "constructor_definition"):
                method = qualified or "_init"
                c.declare(
                    f"{owner}.{method}",
                    DeclarationKind.METHOD,
                    node,
                    header_end(node),
                    c.doc(nodes, i),
                )
            continue
        if kind == "extends_statement":
            base = next((n for n in node.named_children if n.type == "string"), None)
            if base is not None:  # `extends "res://base.gd"`
                c.imported(c.string(base), (), node)
        elif kind == "class_name_statement" and name is not None:
            c.declare(qualified, DeclarationKind.CLASS, node, doc=c.doc(nodes, i))
        elif kind in ("function_definition", "constructor_definition"):
            function = qualified or "_init"
            c.declare(function, DeclarationKind.FUNCTION, node, header_end(node), c.doc(nodes, i))
        elif kind == "signal_statement" and name is not None:
            c.declare(qualified, DeclarationKind.FUNCTION, node, doc=c.doc(nodes, i))
        elif kind == "enum_definition" and name is not None:
            c.declare(qualified, DeclarationKind.TYPE, node, doc=c.doc(nodes, i))
        elif kind == "class_definition" and name is not None:
            c.declare(qualified, DeclarationKind.CLASS, node, header_end(node), c.doc(nodes, i))
            body = field(node, "body")
            if body is not None:
                read(c, body.children, qualified)
        elif kind in ("const_statement", "variable_statement") and name is not None:
            module = _load(c, field(node, "value"))
            if module is not None:
                c.imported(module, (qualified,), node)
            else:
                constant = kind == "const_statement"
                declared = DeclarationKind.CONSTANT if constant else DeclarationKind.VARIABLE
                c.declare(qualified, declared, node, doc=c.doc(nodes, i))


def _load(c: Collector, value: Node | None) -> str | None:
    """The path of `preload("res://x.gd")` or `load(…)`."""
    if value is None or value.type != "call" or not value.named_children:
        return None
    function = value.named_children[0]
    arguments = field(value, "arguments")
    if c.text(function) not in _LOADERS or arguments is None:
        return None
    first = next(iter(arguments.named_children), None)
    return c.string(first) if first is not None and first.type == "string" else None
