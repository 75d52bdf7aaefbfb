"""The outline reader for Python.

Functions, classes and their methods (decorated or not), `type` statements, `TypeAlias`
annotations and UPPER_CASE constants are declarations; a definition's doc is its docstring, not a
comment above it. Imports include the ones under `if TYPE_CHECKING:` and `try:`/`except
ImportError:` guards, one Import per module of `import a, b`.
"""

from __future__ import annotations

from desktop_app.context.outline.common import UPPER_CASE, Collector, Node, field, header_end
from desktop_app.context.outline.model import DeclarationKind

_IMPORTS = frozenset({"import_statement", "import_from_statement", "future_import_statement"})
_CLAUSES = frozenset({"elif_clause", "else_clause", "except_clause", "finally_clause"})


def read(c: Collector, nodes: list[Node]) -> None:
    for i, node in enumerate(nodes):
        kind = node.type
        if kind in _IMPORTS:
            _import(c, node)
        elif kind in ("if_statement", "try_statement"):  # `if TYPE_CHECKING:`, `try: import x`
            _guarded_imports(c, node)
        elif kind in ("function_definition", "class_definition", "decorated_definition"):
            _definition(c, node, None)
        elif kind == "type_alias_statement":  # `type Pair[T] = tuple[T, T]`
            name = field(node, "left")
            while name is not None and name.type in ("type", "generic_type"):
                name = name.named_children[0] if name.named_children else None
            if name is not None:
                c.declare(c.text(name), DeclarationKind.TYPE, node, doc=c.doc(nodes, i))
        elif kind == "expression_statement" and node.named_children:
            assignment = node.named_children[0]
            target = field(assignment, "left")
            if assignment.type != "assignment" or target is None or target.type != "identifier":
                continue
            name = c.text(target)
            annotation = field(assignment, "type")
            if annotation is not None and c.text(annotation).endswith("TypeAlias"):
                c.declare(name, DeclarationKind.TYPE, assignment, doc=c.doc(nodes, i))
            elif UPPER_CASE.fullmatch(name):
                c.declare(name, DeclarationKind.CONSTANT, assignment, doc=c.doc(nodes, i))


def _guarded_imports(c: Collector, node: Node) -> None:
    for part in node.named_children:
        block = part
        if part.type in _CLAUSES:
            block = next((n for n in part.named_children if n.type == "block"), part)
        if block.type == "block":
            for statement in block.named_children:
                if statement.type in _IMPORTS:
                    _import(c, statement)


def _import(c: Collector, node: Node) -> None:
    names = node.children_by_field_name("name")
    if node.type == "import_statement":  # one Import per module: `import a.b as c, d`
        for name in names:
            if name.type == "aliased_import":
                alias = field(name, "alias")
                module = field(name, "name")
                if alias is not None and module is not None:
                    c.imported(c.text(module), (c.text(alias),), node)
            else:
                c.imported(c.text(name), (c.text(name).split(".")[0],), node)
        return
    bound = [c.text(field(n, "alias") or n) for n in names]
    if any(n.type == "wildcard_import" for n in node.named_children):
        bound.append("*")
    module = field(node, "module_name")
    c.imported("__future__" if module is None else c.text(module), bound, node)


def _definition(c: Collector, node: Node, owner: str | None) -> None:
    definition = field(node, "definition") if node.type == "decorated_definition" else node
    name = field(definition, "name")
    if definition is None or name is None:
        return
    is_class = definition.type == "class_definition"
    if is_class and owner is not None:
        return  # a class inside a class is not reachable the way its methods are
    kind = DeclarationKind.CLASS if is_class else DeclarationKind.FUNCTION
    if owner is not None:
        kind = DeclarationKind.METHOD
    qualified = c.text(name) if owner is None else f"{owner}.{c.text(name)}"
    body = field(definition, "body")
    c.declare(qualified, kind, definition, header_end(definition), _docstring(c, body))
    if is_class and body is not None:
        for member in body.named_children:
            if member.type in ("function_definition", "decorated_definition"):
                _definition(c, member, qualified)


def _docstring(c: Collector, body: Node | None) -> str:
    first = body.named_children[0] if body is not None and body.named_children else None
    if first is None or first.type != "expression_statement" or not first.named_children:
        return ""
    string = first.named_children[0]
    if string.type != "string":
        return ""
    content = "".join(c.text(n) for n in string.named_children if n.type == "string_content")
    return next((line.strip() for line in content.splitlines() if line.strip()), "")
