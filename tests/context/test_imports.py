"""Import resolution: from what a file imports to the repository file it means, on small real
projects written into tmp_path and parsed with the real grammars."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop_app.context.imports import ImportResolver
from desktop_app.context.outline import Import, outline
from desktop_app.context.rojo import RojoProject
from desktop_app.syntax.grammars import grammar_for_path, grammar_named


def write(root: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def resolved(root: Path, files: dict[str, str], importer: str) -> dict[str, str | None]:
    """Every import of `importer`, by module as written, mapped to what it resolves to; only
    source files are indexed (as the index does), never the project's own config files."""
    write(root, files)
    indexed = [path for path in files if grammar_for_path(path) is not None]
    resolver = ImportResolver(root, indexed)
    grammar = grammar_for_path(importer)
    assert grammar is not None
    text = files[importer]
    found = outline(grammar, grammar.parse(text), text)
    aliases = dict(found.service_aliases)
    return {imp.module: resolver.resolve(importer, grammar, imp, aliases) for imp in found.imports}


GAME_PROJECT = {
    "name": "Game",
    "tree": {
        "$className": "DataModel",
        "ReplicatedStorage": {
            "Shared": {"$path": "src/shared"},
            "Packages": {"$path": "Packages"},
        },
        "ServerScriptService": {"Server": {"$path": "src/server"}},
        "StarterPlayer": {
            "StarterPlayerScripts": {"Client": {"$path": "src/client"}},
        },
    },
}

GAME_FILES = {
    "src/shared/Util.luau": "return {}\n",
    "src/shared/Net/init.luau": (
        "local Util = require(script.Parent.Util)\n"
        "local Remote = require(script.Remote)\n"
        'local Helper = require(script:FindFirstChild("Helper"))\n'
        "return {}\n"
    ),
    "src/shared/Net/Remote.luau": "return {}\n",
    "src/shared/Net/Helper.lua": "return {}\n",
    "src/server/Sibling.luau": "return {}\n",
    "src/server/Main.server.luau": (
        'local ReplicatedStorage = game:GetService("ReplicatedStorage")\n'
        "local Shared = ReplicatedStorage.Shared\n"
        "local Sibling = require(script.Parent.Sibling)\n"
        'local Util = require(game:GetService("ReplicatedStorage").Shared.Util)\n'
        "local Net = require(ReplicatedStorage.Shared.Net)\n"
        'local Remote = require(Shared.Net:WaitForChild("Remote"))\n'
        "local Direct = require(game.ReplicatedStorage.Shared.Util)\n"
        "local Signal = require(ReplicatedStorage.Packages.Signal)\n"
        "local Missing = require(script.Parent.Missing)\n"
        "local Unknown = require(SomeGlobal.Thing)\n"
    ),
    "src/client/Hud.client.luau": 'local Util = require("../Util")\n',
}


class TestRojoProject:
    def test_instance_paths_map_to_files_and_back(self, tmp_path: Path) -> None:
        write(tmp_path, {"default.project.json": json.dumps(GAME_PROJECT)})
        project = RojoProject.load(tmp_path)
        assert project is not None
        files = set(GAME_FILES)
        util = ("ReplicatedStorage", "Shared", "Util")
        assert project.file_for(util, files) == "src/shared/Util.luau"
        assert project.instance_of("src/shared/Util.luau") == util
        net = ("ReplicatedStorage", "Shared", "Net")
        assert project.file_for(net, files) == "src/shared/Net/init.luau"
        assert project.instance_of("src/shared/Net/init.luau") == net
        main = ("ServerScriptService", "Server", "Main")
        assert project.file_for(main, files) == "src/server/Main.server.luau"
        assert project.instance_of("src/server/Main.server.luau") == main
        hud = ("StarterPlayer", "StarterPlayerScripts", "Client", "Hud")
        assert project.instance_of("src/client/Hud.client.luau") == hud

    def test_what_no_file_becomes_is_none(self, tmp_path: Path) -> None:
        write(tmp_path, {"default.project.json": json.dumps(GAME_PROJECT)})
        project = RojoProject.load(tmp_path)
        assert project is not None
        files = set(GAME_FILES)
        assert project.file_for(("ReplicatedStorage", "Packages", "Signal"), files) is None
        assert project.file_for(("Workspace", "Map"), files) is None
        assert project.instance_of("tools/build.luau") is None
        assert project.instance_of("src/shared/README.md") is None

    def test_a_library_project_is_rooted_at_its_name(self, tmp_path: Path) -> None:
        write(tmp_path, {"default.project.json": '{"name": "Signal", "tree": {"$path": "src"}}'})
        project = RojoProject.load(tmp_path)
        assert project is not None
        files = {"src/init.luau", "src/Connection.luau"}
        assert project.instance_of("src/init.luau") == ("Signal",)
        assert project.instance_of("src/Connection.luau") == ("Signal", "Connection")
        assert project.file_for(("Signal",), files) == "src/init.luau"
        assert project.file_for(("Signal", "Connection"), files) == "src/Connection.luau"

    def test_a_path_mounted_inside_another_belongs_to_the_inner_instance(
        self, tmp_path: Path
    ) -> None:
        tree = {
            "$className": "DataModel",
            "ReplicatedStorage": {
                "Lib": {"$path": "lib", "Vendor": {"$path": {"optional": "lib/vendor"}}},
                "Config": {"$path": "config/Settings.luau"},
            },
        }
        write(tmp_path, {"default.project.json": json.dumps({"name": "G", "tree": tree})})
        project = RojoProject.load(tmp_path)
        assert project is not None
        files = {"lib/vendor/Thing.luau", "config/Settings.luau"}
        assert project.instance_of("lib/vendor/Thing.luau") == (
            "ReplicatedStorage",
            "Lib",
            "Vendor",
            "Thing",
        )
        assert project.file_for(("ReplicatedStorage", "Config"), files) == "config/Settings.luau"

    def test_no_project_file_is_no_project(self, tmp_path: Path) -> None:
        assert RojoProject.load(tmp_path) is None

    @pytest.mark.parametrize("broken", ["{not json", "[]", '{"name": "x"}', '{"tree": 3}'])
    def test_a_malformed_project_file_is_no_project_and_a_warning(
        self, tmp_path: Path, broken: str, caplog: pytest.LogCaptureFixture
    ) -> None:
        write(tmp_path, {"default.project.json": broken})
        with caplog.at_level(logging.WARNING, logger="desktop_app.context.rojo"):
            assert RojoProject.load(tmp_path) is None
        assert "rojo project" in caplog.text


class TestLuauWithARojoProject:
    @pytest.fixture
    def files(self) -> dict[str, str]:
        return {"default.project.json": json.dumps(GAME_PROJECT), **GAME_FILES}

    def test_a_server_script_reaches_shared_modules_every_way(
        self, tmp_path: Path, files: dict[str, str]
    ) -> None:
        assert resolved(tmp_path, files, "src/server/Main.server.luau") == {
            "script.Parent.Sibling": "src/server/Sibling.luau",
            'game:GetService("ReplicatedStorage").Shared.Util': "src/shared/Util.luau",
            "ReplicatedStorage.Shared.Net": "src/shared/Net/init.luau",
            'Shared.Net:WaitForChild("Remote")': "src/shared/Net/Remote.luau",
            "game.ReplicatedStorage.Shared.Util": "src/shared/Util.luau",
            "ReplicatedStorage.Packages.Signal": None,  # Wally's folder is not indexed
            "script.Parent.Missing": None,
            "SomeGlobal.Thing": None,
        }

    def test_an_init_script_is_its_folder(self, tmp_path: Path, files: dict[str, str]) -> None:
        assert resolved(tmp_path, files, "src/shared/Net/init.luau") == {
            "script.Parent.Util": "src/shared/Util.luau",
            "script.Remote": "src/shared/Net/Remote.luau",
            'script:FindFirstChild("Helper")': "src/shared/Net/Helper.lua",
        }

    def test_a_string_require_is_relative_to_the_script(
        self, tmp_path: Path, files: dict[str, str]
    ) -> None:
        files["src/client/Util.luau"] = "return {}\n"
        assert resolved(tmp_path, files, "src/client/Hud.client.luau") == {"../Util": None}
        files["src/client/Hud.client.luau"] = 'local Util = require("./Util")\n'
        assert resolved(tmp_path, files, "src/client/Hud.client.luau") == {
            "./Util": "src/client/Util.luau"
        }


class TestLuauWithoutAProject:
    def test_script_paths_follow_the_folders(self, tmp_path: Path) -> None:
        files = dict(GAME_FILES)
        assert resolved(tmp_path, files, "src/shared/Net/init.luau") == {
            "script.Parent.Util": "src/shared/Util.luau",
            "script.Remote": "src/shared/Net/Remote.luau",
            'script:FindFirstChild("Helper")': "src/shared/Net/Helper.lua",
        }
        main = resolved(tmp_path, files, "src/server/Main.server.luau")
        assert main["script.Parent.Sibling"] == "src/server/Sibling.luau"
        # Without a project nothing says which folder is ReplicatedStorage.
        assert main['game:GetService("ReplicatedStorage").Shared.Util'] is None
        assert main["ReplicatedStorage.Shared.Net"] is None

    def test_string_requires(self, tmp_path: Path) -> None:
        files = {
            "lib/Shop/init.luau": (
                'local Cart = require("@self/Cart")\n'
                'local Util = require("./Util")\n'
                'local Log = require("../tools/Log.luau")\n'
                'local Pkg = require("@pkg/Signal")\n'
            ),
            "lib/Shop/Cart.luau": "return {}\n",
            "lib/Util.luau": "return {}\n",
            "tools/Log.luau": "return {}\n",
        }
        assert resolved(tmp_path, files, "lib/Shop/init.luau") == {
            "@self/Cart": "lib/Shop/Cart.luau",
            "./Util": "lib/Util.luau",
            "../tools/Log.luau": "tools/Log.luau",
            "@pkg/Signal": None,
        }

    def test_lua_dotted_module_names_start_at_the_root(self, tmp_path: Path) -> None:
        files = {
            "main.lua": 'local http = require("net.http")\nlocal json = require("cjson")\n',
            "net/http/init.lua": "return {}\n",
        }
        assert resolved(tmp_path, files, "main.lua") == {
            "net.http": "net/http/init.lua",
            "cjson": None,
        }


PYTHON_FILES = {
    "src/shop/__init__.py": "",
    "src/shop/cart.py": (
        "import json\n"
        "import requests\n"
        "import shop.items.sword\n"
        "from shop import prices\n"
        "from shop.items import Sword\n"
        "from . import prices as p\n"
        "from .items import sword\n"
        "from .items.sword import Sword\n"
        "from .. import outside\n"
    ),
    "src/shop/prices.py": "",
    "src/shop/items/__init__.py": "",
    "src/shop/items/sword.py": "from ..cart import Cart\nfrom ...top import x\n",
    "scripts/run.py": "import helper\nfrom shop.cart import Cart\n",
    "scripts/helper.py": "",
}


class TestPython:
    def test_absolute_and_relative_imports(self, tmp_path: Path) -> None:
        assert resolved(tmp_path, PYTHON_FILES, "src/shop/cart.py") == {
            "json": None,
            "requests": None,
            "shop.items.sword": "src/shop/items/sword.py",
            "shop": "src/shop/prices.py",  # `from shop import prices`: the submodule
            "shop.items": "src/shop/items/__init__.py",  # Sword is a name in the package
            ".": "src/shop/__init__.py",  # `prices as p`: the alias hides the submodule
            ".items": "src/shop/items/sword.py",
            ".items.sword": "src/shop/items/sword.py",
            "..": None,  # above the top-level package's source root
        }

    def test_relative_imports_climb_packages(self, tmp_path: Path) -> None:
        assert resolved(tmp_path, PYTHON_FILES, "src/shop/items/sword.py") == {
            "..cart": "src/shop/cart.py",
            "...top": None,
        }

    def test_a_script_sees_its_own_folder_and_the_source_roots(self, tmp_path: Path) -> None:
        assert resolved(tmp_path, PYTHON_FILES, "scripts/run.py") == {
            "helper": "scripts/helper.py",
            "shop.cart": "src/shop/cart.py",
        }


class TestTypeScript:
    def test_relative_specifiers_with_implied_extensions_and_index_files(
        self, tmp_path: Path
    ) -> None:
        files = {
            "src/app.ts": (
                'import { x } from "./x";\n'
                'import y from "../lib/y";\n'
                'import Card from "./card";\n'
                'import { esm } from "./esm.js";\n'
                'import React from "react";\n'
                'import { far } from "../../outside";\n'
                'const cjs = require("./legacy");\n'
            ),
            "src/x.ts": "export const x = 1;\n",
            "src/card.tsx": "export default function Card() { return null; }\n",
            "src/esm.ts": "export const esm = 1;\n",
            "src/legacy.js": "module.exports = 1;\n",
            "lib/y/index.ts": "export default 1;\n",
        }
        assert resolved(tmp_path, files, "src/app.ts") == {
            "./x": "src/x.ts",
            "../lib/y": "lib/y/index.ts",
            "./card": "src/card.tsx",
            "./esm.js": "src/esm.ts",
            "react": None,
            "../../outside": None,
            "./legacy": "src/legacy.js",
        }


class TestOtherLanguages:
    def test_go_packages_by_module_path(self, tmp_path: Path) -> None:
        files = {
            "go.mod": "module github.com/acme/game\n\ngo 1.22\n",
            "cmd/server/main.go": (
                'package main\n\nimport (\n\t"fmt"\n\t"github.com/acme/game/internal/shop"\n'
                '\t"github.com/other/lib"\n)\n'
            ),
            "internal/shop/shop_test.go": "package shop\n",
            "internal/shop/shop.go": "package shop\n",
            "internal/shop/items.go": "package shop\n",
        }
        assert resolved(tmp_path, files, "cmd/server/main.go") == {
            "fmt": None,
            "github.com/acme/game/internal/shop": "internal/shop/items.go",
            "github.com/other/lib": None,
        }

    def test_go_packages_by_folder_without_a_module_file(self, tmp_path: Path) -> None:
        files = {
            "main.go": 'package main\n\nimport "github.com/acme/game/internal/shop"\n',
            "internal/shop/shop.go": "package shop\n",
        }
        assert resolved(tmp_path, files, "main.go") == {
            "github.com/acme/game/internal/shop": "internal/shop/shop.go"
        }

    def test_rust_modules_from_the_crate_root(self, tmp_path: Path) -> None:
        files = {
            "src/lib.rs": "mod shop;\nuse crate::shop::cart::Cart;\nuse serde::Serialize;\n",
            "src/shop.rs": "pub mod cart;\npub struct Item;\n",
            "src/shop/cart.rs": "use super::Item;\nuse crate::shop;\n",
        }
        assert resolved(tmp_path, files, "src/lib.rs") == {
            "self::shop": "src/shop.rs",
            "crate::shop::cart::Cart": "src/shop/cart.rs",
            "serde::Serialize": None,
        }
        assert resolved(tmp_path, files, "src/shop/cart.rs") == {
            "super::Item": "src/shop.rs",
            "crate::shop": "src/shop.rs",
        }

    def test_shader_includes_beside_the_file_then_from_the_root(self, tmp_path: Path) -> None:
        files = {
            "shaders/lit.frag": '#include "common.glsl"\n#include "lib/noise.glsl"\n',
            "shaders/common.glsl": "float f() { return 1.0; }\n",
            "lib/noise.glsl": "float noise() { return 0.0; }\n",
        }
        assert resolved(tmp_path, files, "shaders/lit.frag") == {
            "common.glsl": "shaders/common.glsl",
            "lib/noise.glsl": "lib/noise.glsl",
        }

    def test_gdscript_res_paths_are_repository_paths(self, tmp_path: Path) -> None:
        files = {
            "project.godot": "",
            "actors/player.gd": (
                'extends "res://actors/actor.gd"\n'
                'const Util = preload("res://scripts/util.gd")\n'
                'const Scene = preload("res://scenes/level.tscn")\n'
                'var Near = load("near.gd")\n'
            ),
            "actors/actor.gd": "extends Node\n",
            "actors/near.gd": "extends Node\n",
            "scripts/util.gd": "extends Node\n",
        }
        assert resolved(tmp_path, files, "actors/player.gd") == {
            "res://actors/actor.gd": "actors/actor.gd",
            "res://scripts/util.gd": "scripts/util.gd",
            "res://scenes/level.tscn": None,
            "near.gd": "actors/near.gd",
        }

    def test_csharp_namespaces_map_to_no_file(self, tmp_path: Path) -> None:
        files = {"Game/Shop.cs": "using Game.Items;\nnamespace Game;\n", "Game/Items.cs": ""}
        assert resolved(tmp_path, files, "Game/Shop.cs") == {"Game.Items": None}

    def test_an_empty_module_is_none_and_a_plain_import_is_the_module_itself(
        self, tmp_path: Path
    ) -> None:
        resolver = ImportResolver(tmp_path, ["a.py"])
        python = grammar_named("Python")
        assert python is not None
        assert resolver.resolve("b.py", python, Import("", ("x",), 0)) is None
        assert resolver.resolve("b.py", python, Import("a", ("a",), 0)) == "a.py"
