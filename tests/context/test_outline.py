"""Outlines: the top-level declarations and the imports of a file, per language, parsed for real."""

from __future__ import annotations

import random

import pytest

from desktop_app.context.outline import (
    MAX_SIGNATURE_CHARS,
    Declaration,
    DeclarationKind,
    Import,
    Outline,
    outline,
)
from desktop_app.syntax.grammars import GRAMMARS, grammar_named

F = DeclarationKind.FUNCTION
M = DeclarationKind.METHOD
C = DeclarationKind.CLASS
T = DeclarationKind.TYPE
K = DeclarationKind.CONSTANT
V = DeclarationKind.VARIABLE
TABLE = DeclarationKind.MODULE_TABLE


def outlined(language: str, text: str) -> Outline:
    grammar = grammar_named(language)
    assert grammar is not None
    return outline(grammar, grammar.parse(text), text)


def rows(found: Outline) -> list[tuple[str, DeclarationKind, str, str, int]]:
    return [(d.name, d.kind, d.signature, d.doc, d.line) for d in found.declarations]


LUAU = """\
--!strict
local ReplicatedStorage = game:GetService("ReplicatedStorage")
local Shared = ReplicatedStorage:WaitForChild("Shared")
local Signal = require(script.Parent.Signal)
local Util = require(Shared.Util) :: any
local Shop = {}
Shop.__index = Shop
local cache = {}
local MAX_ITEMS = 40 -- the cart's cap
local DEFAULTS = { price = 1 }

--- Buys an item.
function Shop.buy(item: Item): boolean
\tlocal function validate() end
\treturn validate()
end

--[=[
\t@within Shop
\tSells an item back.
]=]
function Shop:sell(item: Item)
end

Shop.reset = function(self) end

local function helper(a, ...)
end

export type Item = { id: number, price: number }
type Pair<T> = { T }

return Shop
"""


class TestLuau:
    def test_declarations_are_the_module_table_its_functions_types_and_constants(self) -> None:
        assert rows(outlined("Luau", LUAU)) == [
            ("Shop", TABLE, "local Shop = {}", "", 5),
            ("MAX_ITEMS", K, "local MAX_ITEMS = 40", "", 8),
            ("DEFAULTS", K, "local DEFAULTS = { price = 1 }", "", 9),
            ("Shop.buy", F, "function Shop.buy(item: Item): boolean", "Buys an item.", 12),
            ("Shop:sell", M, "function Shop:sell(item: Item)", "Sells an item back.", 21),
            ("Shop.reset", F, "Shop.reset = function(self)", "", 24),
            ("helper", F, "local function helper(a, ...)", "", 26),
            ("Item", T, "export type Item = { id: number, price: number }", "", 29),
            ("Pair", T, "type Pair<T> = { T }", "", 30),
        ]

    def test_a_nested_local_function_is_not_a_top_level_declaration(self) -> None:
        names = [d.name for d in outlined("Luau", LUAU).declarations]
        assert "validate" not in names

    def test_a_lower_case_table_nothing_is_assigned_into_is_not_declared(self) -> None:
        assert "cache" not in [d.name for d in outlined("Luau", LUAU).declarations]

    def test_requires_are_imports_not_declarations(self) -> None:
        found = outlined("Luau", LUAU)
        assert found.imports == (
            Import("script.Parent.Signal", ("Signal",), 3),
            Import("Shared.Util", ("Util",), 4),
        )
        assert not {"Signal", "Util"} & {d.name for d in found.declarations}

    def test_services_and_instances_bound_to_locals_become_aliases(self) -> None:
        assert outlined("Luau", LUAU).service_aliases == (
            ("ReplicatedStorage", "ReplicatedStorage"),
            ("Shared", "ReplicatedStorage.Shared"),
        )

    def test_every_require_form_keeps_its_module_as_written(self) -> None:
        text = (
            'local A = require(game:GetService("ReplicatedStorage").Packages.Signal)\n'
            'local B = require(script.Parent:WaitForChild("B"))\n'
            'local C = require("./C")\n'
            "local D, E = require(script.D), require(script.E)\n"
            "require(script.Init)\n"
        )
        assert outlined("Luau", text).imports == (
            Import('game:GetService("ReplicatedStorage").Packages.Signal', ("A",), 0),
            Import('script.Parent:WaitForChild("B")', ("B",), 1),
            Import("./C", ("C",), 2),
            Import("script.D", ("D",), 3),
            Import("script.E", ("E",), 3),
            Import("script.Init", (), 4),
        )

    def test_a_script_alias_is_kept_rooted_at_the_script(self) -> None:
        found = outlined("Luau", "local Packages = script.Parent.Parent.Packages\n")
        assert found.service_aliases == (("Packages", "script.Parent.Parent.Packages"),)


class TestLua:
    def test_plain_lua_modules_and_string_requires(self) -> None:
        text = (
            'local json = require "lib.json"\n'
            "local M = {}\n"
            "-- Adds two numbers.\n"
            "function M.add(a, b) return a + b end\n"
            "return M\n"
        )
        found = outlined("Lua", text)
        assert rows(found) == [
            ("M", TABLE, "local M = {}", "", 1),
            ("M.add", F, "function M.add(a, b)", "Adds two numbers.", 3),
        ]
        assert found.imports == (Import("lib.json", ("json",), 0),)


PYTHON = '''\
"""The shop."""

from __future__ import annotations

import json.decoder
import shop.items as items, os
from . import cart
from ..pkg.mod import Item as Thing, price
from helpers import *

if TYPE_CHECKING:
    from shop.types import Config

# How many items a cart holds.
MAX_ITEMS: int = 40
lowercase = 3
Price: TypeAlias = int
type Pair[T] = tuple[T, T]


@dataclass
class Shop(Base):
    """Sells things.

    More detail."""

    def buy(self, item: Item) -> bool:
        def check() -> None:
            pass
        return True

    @property
    async def total(self) -> int: ...

    class Inner:
        pass


async def load(path: str, *, strict: bool = False) -> Config:  # loads it
    """
    Reads the config."""
'''


class TestPython:
    def test_declarations(self) -> None:
        assert rows(outlined("Python", PYTHON)) == [
            ("MAX_ITEMS", K, "MAX_ITEMS: int = 40", "How many items a cart holds.", 14),
            ("Price", T, "Price: TypeAlias = int", "", 16),
            ("Pair", T, "type Pair[T] = tuple[T, T]", "", 17),
            ("Shop", C, "class Shop(Base)", "Sells things.", 21),
            ("Shop.buy", M, "def buy(self, item: Item) -> bool", "", 26),
            ("Shop.total", M, "async def total(self) -> int", "", 32),
            (
                "load",
                F,
                "async def load(path: str, *, strict: bool = False) -> Config",
                "Reads the config.",
                38,
            ),
        ]

    def test_imports_bind_their_local_names(self) -> None:
        assert outlined("Python", PYTHON).imports == (
            Import("__future__", ("annotations",), 2),
            Import("json.decoder", ("json",), 4),
            Import("shop.items", ("items",), 5),
            Import("os", ("os",), 5),
            Import(".", ("cart",), 6),
            Import("..pkg.mod", ("Thing", "price"), 7),
            Import("helpers", ("*",), 8),
            Import("shop.types", ("Config",), 11),
        )


TYPESCRIPT = """\
import Default, { Item, price as cost } from "./shop";
import * as util from "../util";
import "./polyfill";
import fs = require("fs");
const path = require("path");
const { join, resolve: res } = require("./paths");
export { helper } from "./helper";

/** Buys an item. */
export function buy(item: Item): boolean {
  function inner() {}
  return true;
}

export default function main() {}

export const LIMIT = 4, fallback = 5;
const handler = async (event: Event) => {
  return event;
};
const MAX = 10;
let counter = 0;

/**
 * A shop.
 * @public
 */
export class Shop extends Base implements Seller {
  // Sells one.
  sell(item: Item): void {}
  static create(): Shop { return new Shop(); }
  private stock = 3;
}

interface Seller { sell(item: Item): void }
export type Id = string | number;
enum Color { Red, Green }
declare function ambient(): void;
"""


class TestTypeScript:
    def test_declarations(self) -> None:
        assert rows(outlined("TypeScript", TYPESCRIPT)) == [
            ("buy", F, "export function buy(item: Item): boolean", "Buys an item.", 9),
            ("main", F, "export default function main()", "", 14),
            ("LIMIT", K, "export const LIMIT = 4", "", 16),
            ("fallback", K, "export const fallback = 5", "", 16),
            ("handler", F, "const handler = async (event: Event) =>", "", 17),
            ("MAX", K, "const MAX = 10", "", 20),
            ("Shop", C, "export class Shop extends Base implements Seller", "A shop.", 27),
            ("Shop.sell", M, "sell(item: Item): void", "Sells one.", 29),
            ("Shop.create", M, "static create(): Shop", "", 30),
            ("Seller", T, "interface Seller { sell(item: Item): void }", "", 34),
            ("Id", T, "export type Id = string | number", "", 35),
            ("Color", T, "enum Color { Red, Green }", "", 36),
            ("ambient", F, "declare function ambient(): void", "", 37),
        ]

    def test_imports_requires_and_re_exports(self) -> None:
        assert outlined("TypeScript", TYPESCRIPT).imports == (
            Import("./shop", ("Default", "Item", "cost"), 0),
            Import("../util", ("util",), 1),
            Import("./polyfill", (), 2),
            Import("fs", ("fs",), 3),
            Import("path", ("path",), 4),
            Import("./paths", ("join", "res"), 5),
            Import("./helper", (), 6),
        )

    def test_javascript_and_tsx_share_the_reader(self) -> None:
        js = 'const x = require("./x").value;\nexport function* ids() {}\n'
        found = outlined("JavaScript", js)
        assert rows(found) == [("ids", F, "export function* ids()", "", 1)]
        assert found.imports == (Import("./x", ("x",), 0),)
        tsx = 'import React from "react";\nexport const Card = (p: Props) => <b>{p.title}</b>;\n'
        found = outlined("TSX", tsx)
        assert rows(found) == [("Card", F, "export const Card = (p: Props) =>", "", 1)]
        assert found.imports == (Import("react", ("React",), 0),)


GO = """\
package shop

import "fmt"
import (
\t"strings"
\tconv "strconv"
\t_ "embed"
\t"gopkg.in/yaml.v3"
)

// MaxItems caps a cart.
const MaxItems = 40

const (
\t// Red is the first colour.
\tRed = iota
\tGreen
)

var Registry = map[string]int{}

// Shop sells things.
type Shop struct {
\titems []Item
}

type ID = string

// Buy buys an item.
func (s *Shop) Buy(item Item) (bool, error) {
\treturn true, nil
}

func New[T any](x T) *Shop { return nil }
"""


class TestGo:
    def test_declarations(self) -> None:
        assert rows(outlined("Go", GO)) == [
            ("MaxItems", K, "const MaxItems = 40", "MaxItems caps a cart.", 11),
            ("Red", K, "const Red = iota", "Red is the first colour.", 15),
            ("Green", K, "const Green", "", 16),
            ("Registry", V, "var Registry = map[string]int{}", "", 19),
            ("Shop", T, "type Shop struct { items []Item }", "Shop sells things.", 22),
            ("ID", T, "type ID = string", "", 26),
            ("Shop.Buy", M, "func (s *Shop) Buy(item Item) (bool, error)", "Buy buys an item.", 29),
            ("New", F, "func New[T any](x T) *Shop", "", 33),
        ]

    def test_imports_bind_the_package_name(self) -> None:
        assert outlined("Go", GO).imports == (
            Import("fmt", ("fmt",), 2),
            Import("strings", ("strings",), 4),
            Import("strconv", ("conv",), 5),
            Import("embed", (), 6),
            Import("gopkg.in/yaml.v3", ("yaml",), 7),
        )


RUST = """\
use std::collections::{HashMap, HashSet as Set};
use crate::shop::Item;
use super::*;
mod cart;
mod tests { fn hidden() {} }

/// The most items a cart holds.
pub const MAX_ITEMS: usize = 40;
static mut COUNT: u32 = 0;

/// A shop.
#[derive(Debug)]
pub struct Shop { items: Vec<Item> }

pub enum Color { Red, Green }

pub trait Seller {
    fn sell(&self) -> bool;
}

type Id = u64;

impl<T: Clone> Seller for Shop<T> {
    /// Sells one.
    fn sell(&self) -> bool { true }
}

pub async fn open(path: &str) -> Result<Shop, Error> {
    fn nested() {}
    todo!()
}
"""


class TestRust:
    def test_declarations(self) -> None:
        assert rows(outlined("Rust", RUST)) == [
            ("MAX_ITEMS", K, "pub const MAX_ITEMS: usize = 40", "The most items a cart holds.", 7),
            ("COUNT", K, "static mut COUNT: u32 = 0", "", 8),
            ("Shop", T, "pub struct Shop { items: Vec<Item> }", "A shop.", 12),
            ("Color", T, "pub enum Color { Red, Green }", "", 14),
            ("Seller", T, "pub trait Seller", "", 16),
            ("Seller.sell", M, "fn sell(&self) -> bool", "", 17),
            ("Id", T, "type Id = u64", "", 20),
            ("Shop.sell", M, "fn sell(&self) -> bool", "Sells one.", 24),
            ("open", F, "pub async fn open(path: &str) -> Result<Shop, Error>", "", 27),
        ]

    def test_use_declarations_and_module_files_are_imports(self) -> None:
        assert outlined("Rust", RUST).imports == (
            Import("std::collections::{HashMap, HashSet as Set}", ("HashMap", "Set"), 0),
            Import("crate::shop::Item", ("Item",), 1),
            Import("super::*", ("*",), 2),
            Import("self::cart", ("cart",), 3),
        )


CSHARP = """\
using System;
using Col = System.Collections.Generic;

namespace Game.Shop
{
    using static System.Math;

    /// <summary>Sells things.</summary>
    [Serializable]
    public class Shop : Base, IShop
    {
        public const int Max = 4;

        /// <summary>
        /// Buys an item.
        /// </summary>
        [Obsolete]
        public bool Buy(Item item) { return true; }

        public Shop() { }

        class Inner { void Hidden() { } }
    }

    public interface IShop { bool Buy(Item item); }

    public enum Color { Red, Green }
}
"""


class TestCSharp:
    def test_declarations_inside_namespaces(self) -> None:
        assert rows(outlined("C#", CSHARP)) == [
            ("Shop", C, "public class Shop : Base, IShop", "Sells things.", 9),
            ("Shop.Buy", M, "public bool Buy(Item item)", "Buys an item.", 17),
            ("Shop.Shop", M, "public Shop()", "", 19),
            ("IShop", T, "public interface IShop", "", 24),
            ("IShop.Buy", M, "bool Buy(Item item)", "", 24),
            ("Color", T, "public enum Color { Red, Green }", "", 26),
        ]

    def test_using_directives_are_imports(self) -> None:
        assert outlined("C#", CSHARP).imports == (
            Import("System", ("*",), 0),
            Import("System.Collections.Generic", ("Col",), 1),
            Import("System.Math", ("*",), 5),
        )

    def test_a_file_scoped_namespace_is_transparent(self) -> None:
        text = "namespace Game;\n\npublic record Receipt(int Id);\n"
        assert rows(outlined("C#", text)) == [
            ("Receipt", C, "public record Receipt(int Id)", "", 2),
        ]


class TestShaders:
    def test_glsl(self) -> None:
        text = (
            "#version 330 core\n"
            '#include "common.glsl"\n'
            "#define PI 3.14159\n"
            "uniform sampler2D albedo;\n"
            "const float EPSILON = 0.001;\n"
            "in vec2 uv;\n"
            "struct Light { vec3 position; float power; };\n"
            "// Shades one fragment.\n"
            "vec4 shade(in Light light, vec2 p) {\n"
            "  return vec4(0.0);\n"
            "}\n"
            "float prototype();\n"
        )
        found = outlined("GLSL", text)
        assert rows(found) == [
            ("PI", K, "#define PI 3.14159", "", 2),
            ("albedo", K, "uniform sampler2D albedo", "", 3),
            ("EPSILON", K, "const float EPSILON = 0.001", "", 4),
            ("Light", T, "struct Light { vec3 position; float power; }", "", 6),
            ("shade", F, "vec4 shade(in Light light, vec2 p)", "Shades one fragment.", 8),
        ]
        assert found.imports == (Import("common.glsl", (), 1),)

    def test_hlsl_inside_an_include_guard(self) -> None:
        text = (
            "#ifndef LIGHTING_HLSLI\n"
            "#define LIGHTING_HLSLI\n"
            '#include "Common.hlsli"\n'
            "static const float PI = 3.14;\n"
            "struct VSOut { float4 pos : SV_Position; };\n"
            "/// The vertex stage.\n"
            "VSOut VSMain(float3 pos : POSITION) : SV_Position { VSOut o; return o; }\n"
            "#endif\n"
        )
        found = outlined("HLSL", text)
        assert rows(found) == [
            ("PI", K, "static const float PI = 3.14", "", 3),
            ("VSOut", T, "struct VSOut { float4 pos : SV_Position; }", "", 4),
            (
                "VSMain",
                F,
                "VSOut VSMain(float3 pos : POSITION) : SV_Position",
                "The vertex stage.",
                6,
            ),
        ]
        assert found.imports == (Import("Common.hlsli", (), 2),)


GDSCRIPT = """\
@tool
class_name Player
extends "res://actors/actor.gd"

## Emitted when hit.
signal hit(damage: int)
const Bullet = preload("res://scenes/bullet.tscn")
const Util := preload("res://scripts/util.gd")
const SPEED: float = 300.0
enum State { IDLE, RUN }
@export var health: int = 100

## Moves the player.
func move(delta: float) -> void:
\tvar step = delta
\tpass

class Hitbox extends Area2D:
\tfunc shrink():
\t\tpass
"""


class TestGDScript:
    def test_declarations(self) -> None:
        assert rows(outlined("GDScript", GDSCRIPT)) == [
            ("Player", C, "class_name Player", "", 1),
            ("hit", F, "signal hit(damage: int)", "Emitted when hit.", 5),
            ("SPEED", K, "const SPEED: float = 300.0", "", 8),
            ("State", T, "enum State { IDLE, RUN }", "", 9),
            ("health", V, "@export var health: int = 100", "", 10),
            ("move", F, "func move(delta: float) -> void", "Moves the player.", 13),
            ("Hitbox", C, "class Hitbox extends Area2D", "", 17),
            ("Hitbox.shrink", M, "func shrink()", "", 18),
        ]

    def test_preloads_and_a_script_base_are_imports(self) -> None:
        assert outlined("GDScript", GDSCRIPT).imports == (
            Import("res://actors/actor.gd", (), 2),
            Import("res://scenes/bullet.tscn", ("Bullet",), 6),
            Import("res://scripts/util.gd", ("Util",), 7),
        )


# One small valid file per grammar, for the checks every language must pass.
SAMPLES = {
    "Luau": LUAU,
    "Lua": "local M = {}\nfunction M.f() end\nreturn M\n",
    "Python": PYTHON,
    "JavaScript": 'import a from "./a";\nexport function f(x) { return x; }\n',
    "TypeScript": TYPESCRIPT,
    "TSX": "export function App(): JSX.Element { return <div />; }\n",
    "Go": GO,
    "Rust": RUST,
    "C#": CSHARP,
    "GLSL": "uniform float time;\nvoid main() { }\n",
    "HLSL": "float4 PSMain() : SV_Target { return 0; }\n",
    "GDScript": GDSCRIPT,
}


class TestEveryLanguage:
    def test_every_registered_grammar_has_a_reader(self) -> None:
        assert set(SAMPLES) == {grammar.name for grammar in GRAMMARS}
        for language, text in SAMPLES.items():
            assert outlined(language, text).declarations, language

    @pytest.mark.parametrize("language", sorted(SAMPLES))
    def test_every_prefix_of_a_file_outlines_without_raising(self, language: str) -> None:
        text = SAMPLES[language]
        for end in range(0, len(text), 3):
            found = outlined(language, text[:end])
            assert all(isinstance(d, Declaration) and d.name for d in found.declarations)

    @pytest.mark.parametrize("language", sorted(SAMPLES))
    def test_garbage_outlines_without_raising(self, language: str) -> None:
        chance = random.Random(language)
        alphabet = "abcXYZ_ (){}[]<>:;.,=+-*/\"'#@!\n\t\\|&^%$~`?"
        for _ in range(20):
            garbage = "".join(chance.choice(alphabet) for _ in range(300))
            assert isinstance(outlined(language, garbage), Outline)

    @pytest.mark.parametrize("language", sorted(SAMPLES))
    def test_deeply_nested_code_outlines_without_raising(self, language: str) -> None:
        nested = {
            "C#": "namespace A {\n" * 2000 + "class X {}" + "}" * 2000,
            "GLSL": "#if A\n" * 2000 + "void f() {}\n" + "#endif\n" * 2000,
            "HLSL": "#ifdef A\n" * 2000 + "#endif\n" * 2000,
            "Rust": "use a::{" * 2000 + "b" + "}" * 2000 + ";",
        }
        for text in (nested.get(language, ""), "(" * 5000, "{" * 5000, "[" * 5000):
            assert isinstance(outlined(language, text), Outline)

    @pytest.mark.parametrize("language", sorted(SAMPLES))
    def test_signatures_are_one_line_and_capped(self, language: str) -> None:
        for declaration in outlined(language, SAMPLES[language]).declarations:
            assert "\n" not in declaration.signature
            assert len(declaration.signature) <= MAX_SIGNATURE_CHARS


class TestSignatures:
    def test_a_parameter_list_split_over_lines_reads_as_one_line(self) -> None:
        text = "function M.new(\n\tname: string,\n\tcount: number\n): Shop\nend\n"
        (new,) = outlined("Luau", text).declarations
        assert new.signature == "function M.new(name: string, count: number): Shop"

    def test_a_long_type_alias_is_cut_to_the_cap(self) -> None:
        fields = ", ".join(f"field{i}: number" for i in range(60))
        text = f"export type Big = {{ {fields} }}\n"
        (big,) = outlined("Luau", text).declarations
        assert len(big.signature) == MAX_SIGNATURE_CHARS
        assert big.signature.startswith("export type Big = { field0: number")
        assert big.signature.endswith("…")


class TestBrokenCode:
    def test_an_unclosed_luau_function_keeps_what_came_before(self) -> None:
        text = "local M = {}\nfunction M.ok() end\nfunction M.broken(a\n  local x =\n"
        names = [d.name for d in outlined("Luau", text).declarations]
        assert names[:2] == ["M", "M.ok"]

    def test_an_unclosed_python_function_keeps_what_came_before(self) -> None:
        text = "def ok() -> int:\n    return 1\n\ndef broken(a:\n    x = [\n"
        assert [d.name for d in outlined("Python", text).declarations][:1] == ["ok"]

    def test_a_declaration_after_a_typescript_error_is_still_found(self) -> None:
        text = "export function ok(): void {}\nconst = ;\nexport function after(): void {}\n"
        names = [d.name for d in outlined("TypeScript", text).declarations]
        assert names == ["ok", "after"]
