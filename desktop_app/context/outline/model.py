"""The values an outline is made of: what a file declares and what it imports.

These are what the repository index stores per file and what prompt selection reads back, so they
are plain frozen values that know nothing of tree-sitter.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DeclarationKind(StrEnum):
    FUNCTION = "function"
    METHOD = "method"
    CLASS = "class"
    MODULE_TABLE = "module_table"  # a Luau/Lua table that functions are assigned into
    TYPE = "type"
    CONSTANT = "constant"
    VARIABLE = "variable"


@dataclass(frozen=True, slots=True)
class Declaration:
    name: str  # as code refers to it: "foo", "M.foo", "M:bar", "Shop.buy"
    kind: DeclarationKind
    signature: str  # the header on one line, without its body
    doc: str  # the first line of its doc comment or docstring; "" if none
    line: int  # 0-based, where the signature starts


@dataclass(frozen=True, slots=True)
class Import:
    module: str  # as written, without quotes: "json.decoder", "./shop", "script.Parent.Signal"
    names: tuple[str, ...]  # the local names it binds; ("*",) for a wildcard
    line: int


@dataclass(frozen=True, slots=True)
class Outline:
    declarations: tuple[Declaration, ...]
    imports: tuple[Import, ...]
    # Luau locals that stand for an instance, as a dotted instance path: `local RS =
    # game:GetService("ReplicatedStorage")` gives ("RS", "ReplicatedStorage"), and `local Shared
    # = RS.Shared` gives ("Shared", "ReplicatedStorage.Shared"). The resolver follows them.
    service_aliases: tuple[tuple[str, str], ...] = ()


EMPTY_OUTLINE = Outline((), ())
