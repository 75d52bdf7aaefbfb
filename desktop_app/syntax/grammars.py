"""The languages Mezzo parses, each with its tree-sitter grammar: one registry for file names
and for the `language` values editors send.

Grammars come from their PyPI wheels (compiled, offline), never fetched at run time. For each
language the table names the node types the cut points and the completion clean-up look for;
grammars disagree on names (`argument_list` in Python, `arguments` in Lua), so the knowledge
lives here, once. A language with no grammar gets None from every lookup, and its callers fall
back to the plain-text rules.
"""

from __future__ import annotations

import ctypes
import functools
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath

import tree_sitter

# The tokens after which the right-hand side of an assignment starts.
ASSIGNMENT_OPERATORS = frozenset(
    {"=", ":=", "+=", "-=", "*=", "/=", "//=", "%=", "..=", "^=", "|=", "&=", "<<=", ">>=", "??="}
)


_CAPSULE_NAME = b"tree_sitter.Language"


@functools.cache
def _language(module: str, entry: str) -> tree_sitter.Language:
    """Loaded once per process: a grammar wheel's language pointer never changes."""
    pointer = getattr(importlib.import_module(module), entry)()
    if isinstance(pointer, int):  # older wheels (GLSL, HLSL) return a bare address
        pointer = _capsule(pointer)
    return tree_sitter.Language(pointer)


def _capsule(address: int) -> object:
    """Wrap a grammar's address the way current wheels do; py-tree-sitter is retiring ints."""
    new_capsule = ctypes.pythonapi.PyCapsule_New
    new_capsule.restype = ctypes.py_object
    new_capsule.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p)
    return new_capsule(address, _CAPSULE_NAME, None)


@dataclass(frozen=True, slots=True)
class Grammar:
    name: str  # as a person writes it: "Luau", "C#"
    module: str  # the PyPI wheel's module
    entry: str  # its function returning the language pointer
    extensions: tuple[str, ...]
    statement_containers: frozenset[str]  # nodes whose named children are statements
    functions: frozenset[str]  # nodes with a `body` field
    assignments: frozenset[str]  # nodes with an assignment operator before the value
    argument_lists: frozenset[str]  # parenthesised call arguments
    comments: frozenset[str] = frozenset({"comment"})
    line_comment: str = "//"
    # The `language` values editors send for it: VS Code's language ids, lower-case names.
    language_ids: tuple[str, ...] = ()

    @property
    def language(self) -> tree_sitter.Language:
        return _language(self.module, self.entry)

    def parse(self, text: str) -> tree_sitter.Tree:
        return tree_sitter.Parser(self.language).parse(text.encode("utf-8"))


_LUA_FAMILY = {
    "statement_containers": frozenset({"chunk", "block"}),
    "functions": frozenset({"function_declaration", "function_definition"}),
    "assignments": frozenset({"assignment_statement", "update_statement"}),
    "argument_lists": frozenset({"arguments"}),
    "line_comment": "--",
}
_JS_FAMILY = {
    "statement_containers": frozenset({"program", "statement_block", "class_body"}),
    "functions": frozenset(
        {
            "function_declaration",
            "function_expression",
            "generator_function_declaration",
            "arrow_function",
            "method_definition",
        }
    ),
    "assignments": frozenset(
        {"variable_declarator", "assignment_expression", "augmented_assignment_expression"}
    ),
    "argument_lists": frozenset({"arguments"}),
}

_C_FAMILY = {  # the shading languages' grammars extend tree-sitter-c's
    "statement_containers": frozenset({"translation_unit", "compound_statement"}),
    "functions": frozenset({"function_definition"}),
    "assignments": frozenset({"init_declarator", "assignment_expression"}),
    "argument_lists": frozenset({"argument_list"}),
}

GRAMMARS: tuple[Grammar, ...] = (
    Grammar(
        "Luau",
        "tree_sitter_luau",
        "language",
        (".luau",),
        language_ids=("luau", "roblox"),
        **_LUA_FAMILY,
    ),
    Grammar("Lua", "tree_sitter_lua", "language", (".lua",), language_ids=("lua",), **_LUA_FAMILY),
    Grammar(
        "Python",
        "tree_sitter_python",
        "language",
        (".py",),
        statement_containers=frozenset({"module", "block"}),
        functions=frozenset({"function_definition"}),
        assignments=frozenset({"assignment", "augmented_assignment"}),
        argument_lists=frozenset({"argument_list"}),
        line_comment="#",
        language_ids=("python", "py"),
    ),
    Grammar(
        "JavaScript",
        "tree_sitter_javascript",
        "language",
        (".js", ".mjs", ".cjs", ".jsx"),
        language_ids=("javascript", "javascriptreact", "js", "jsx"),
        **_JS_FAMILY,
    ),
    Grammar(
        "TypeScript",
        "tree_sitter_typescript",
        "language_typescript",
        (".ts", ".mts", ".cts"),
        language_ids=("typescript", "ts"),
        **_JS_FAMILY,
    ),
    Grammar(
        "TSX",
        "tree_sitter_typescript",
        "language_tsx",
        (".tsx",),
        language_ids=("typescriptreact", "tsx"),
        **_JS_FAMILY,
    ),
    Grammar(
        "Go",
        "tree_sitter_go",
        "language",
        (".go",),
        statement_containers=frozenset({"source_file", "statement_list"}),
        functions=frozenset({"function_declaration", "method_declaration", "func_literal"}),
        assignments=frozenset(
            {"short_var_declaration", "assignment_statement", "var_spec", "const_spec"}
        ),
        argument_lists=frozenset({"argument_list"}),
        language_ids=("go", "golang"),
    ),
    Grammar(
        "Rust",
        "tree_sitter_rust",
        "language",
        (".rs",),
        statement_containers=frozenset({"source_file", "block", "declaration_list"}),
        functions=frozenset({"function_item", "closure_expression"}),
        assignments=frozenset(
            {"let_declaration", "assignment_expression", "compound_assignment_expr"}
        ),
        argument_lists=frozenset({"arguments"}),
        comments=frozenset({"line_comment", "block_comment"}),
        language_ids=("rust", "rs"),
    ),
    Grammar(
        "C#",
        "tree_sitter_c_sharp",
        "language",
        (".cs",),
        statement_containers=frozenset({"compilation_unit", "block", "declaration_list"}),
        functions=frozenset(
            {
                "method_declaration",
                "constructor_declaration",
                "local_function_statement",
                "lambda_expression",
            }
        ),
        assignments=frozenset({"variable_declarator", "assignment_expression"}),
        argument_lists=frozenset({"argument_list"}),
        language_ids=("csharp", "c#", "cs"),
    ),
    Grammar(
        "GLSL",
        "tree_sitter_glsl",
        "language",
        (".glsl", ".vert", ".frag", ".geom", ".comp", ".tesc", ".tese"),
        language_ids=("glsl", "shaderlab"),
        **_C_FAMILY,
    ),
    Grammar(
        "HLSL",
        "tree_sitter_hlsl",
        "language",
        (".hlsl", ".hlsli", ".fx", ".fxh"),
        language_ids=("hlsl",),
        **_C_FAMILY,
    ),
    Grammar(
        "GDScript",
        "tree_sitter_gdscript",
        "language",
        (".gd",),
        statement_containers=frozenset({"source", "body", "class_body"}),
        functions=frozenset({"function_definition", "constructor_definition", "lambda"}),
        assignments=frozenset(
            {"variable_statement", "const_statement", "assignment", "augmented_assignment"}
        ),
        argument_lists=frozenset({"arguments"}),
        line_comment="#",
        language_ids=("gdscript", "gd"),
    ),
)

_BY_EXTENSION = {ext: grammar for grammar in GRAMMARS for ext in grammar.extensions}
_BY_NAME = {grammar.name.casefold(): grammar for grammar in GRAMMARS}
_BY_LANGUAGE_ID = {
    key: grammar for grammar in GRAMMARS for key in (grammar.name.casefold(), *grammar.language_ids)
}


def grammar_for_path(path: str | PurePath) -> Grammar | None:
    """The grammar for a file by its extension; None for a language Mezzo does not cut."""
    return _BY_EXTENSION.get(PurePath(path).suffix.lower())


def grammar_named(name: str) -> Grammar | None:
    """By the name rows carry ("Luau", "c#"), case-insensitively."""
    return _BY_NAME.get(name.casefold())


def grammar_for_request(filename: str = "", language: str = "") -> Grammar | None:
    """For a completion request: its file's extension first, then the `language` it names
    (a VS Code language id such as "typescriptreact", or a name such as "Luau")."""
    if filename and (grammar := grammar_for_path(filename)) is not None:
        return grammar
    return _BY_LANGUAGE_ID.get(language.strip().casefold()) if language else None


def walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """Every node below `node`, in document order, without recursion (files can nest deep)."""
    cursor = node.walk()
    while True:
        yield cursor.node  # type: ignore[misc]
        if cursor.goto_first_child() or cursor.goto_next_sibling():
            continue
        while True:
            if not cursor.goto_parent():
                return
            if cursor.goto_next_sibling():
                break


def parses_cleanly(grammar: Grammar, text: str) -> bool:
    """No ERROR or MISSING node anywhere: the text is valid as far as the grammar knows."""
    return not grammar.parse(text).root_node.has_error
