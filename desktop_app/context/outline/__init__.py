"""What a source file declares and what it imports, read from its tree-sitter parse.

The repository index keeps an outline per file so a completion prompt can show the model the
names a file can call (a neighbouring module's functions, a class's methods, a type's shape)
without pasting whole files. Only the file's top level counts, plus the methods of its
top-level classes and the functions assigned into a Luau module table: what other files can
reach. Node names differ per grammar, so each language has a small reader; all of them walk the
root's children once, and none raises on broken code (ERROR nodes are looked into, and what
cannot be read is skipped). This module picks the reader for a grammar.
"""

from __future__ import annotations

import tree_sitter

from desktop_app.context.outline import (
    csharp,
    gdscript,
    go,
    javascript,
    lua,
    python,
    rust,
    shaders,
)
from desktop_app.context.outline.common import (
    MAX_NESTING,
    MAX_SIGNATURE_CHARS,
    Collector,
    Reader,
    statements,
)
from desktop_app.context.outline.model import (
    EMPTY_OUTLINE,
    Declaration,
    DeclarationKind,
    Import,
    Outline,
)
from desktop_app.syntax.grammars import Grammar

__all__ = [
    "EMPTY_OUTLINE",
    "MAX_NESTING",
    "MAX_SIGNATURE_CHARS",
    "Declaration",
    "DeclarationKind",
    "Import",
    "Outline",
    "outline",
]

_READERS: dict[str, Reader] = {
    "Luau": lua.read,
    "Lua": lua.read,
    "Python": python.read,
    "JavaScript": javascript.read,
    "TypeScript": javascript.read,
    "TSX": javascript.read,
    "Go": go.read,
    "Rust": rust.read,
    "C#": csharp.read,
    "GLSL": shaders.read,
    "HLSL": shaders.read,
    "GDScript": gdscript.read,
}


def outline(grammar: Grammar, tree: tree_sitter.Tree, text: str) -> Outline:
    """The outline of `text`, parsed as `tree` with `grammar`; empty for a grammar without a
    reader."""
    read = _READERS.get(grammar.name)
    if read is None:
        return EMPTY_OUTLINE
    collector = Collector(text.encode("utf-8"), grammar)
    read(collector, statements(tree.root_node.children))
    return collector.result()
