"""Which indexed file an import refers to, so the index can follow a file's imports to the
declarations it uses.

Each language finds modules its own way: Luau by the instance tree (through the Rojo project
when there is one, else by the folders on disk), Python by packages under a few source roots,
JavaScript and TypeScript by relative paths with implied extensions, Go by package folders,
Rust by the crate's module files. What lies outside the repository (the standard library,
installed and vendored packages) resolves to None, as does anything unreadable. Every lookup is
a few dictionary probes on tables built once, because it runs for every import of every file.
"""

from __future__ import annotations

import logging
import posixpath
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from desktop_app.context.outline import Import
from desktop_app.context.rojo import (
    RojoProject,
    first_present,
    instance_segments,
    script_candidates,
    script_name,
)
from desktop_app.syntax.grammars import Grammar

logger = logging.getLogger(__name__)

_NO_ALIASES: Mapping[str, str] = MappingProxyType({})
_JS_EXTENSIONS = (".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs")
# TypeScript written for ES modules imports "./shop.js" meaning the source file shop.ts.
_JS_TO_TS = {".js": (".ts", ".tsx"), ".jsx": (".tsx",), ".mjs": (".mts",), ".cjs": (".cts",)}
_PYTHON_SOURCE_ROOTS = ("", "src")
_GO_MODULE = re.compile(r"^\s*module\s+(\S+)", re.MULTILINE)
_LUA_MODULE = re.compile(r"[\w.]+")

Resolve = Callable[[str, Import, Mapping[str, str]], str | None]


class ImportResolver:
    """Resolves the imports of the files of one repository, given every indexed path."""

    def __init__(self, root: Path, files: Collection[str]) -> None:
        self._files = frozenset(files)
        self._rojo = RojoProject.load(root)
        by_folder: defaultdict[str, list[str]] = defaultdict(list)
        for path in sorted(self._files):
            by_folder[posixpath.dirname(path)].append(path)
        self._by_folder = dict(by_folder)
        self._python_roots = _python_roots(self._files)
        self._go_modules = _go_modules(root)
        # Folders holding Go files, by each trailing run of two or more path elements, so an
        # import path is matched against the repository's folders without a module file.
        self._go_folders: dict[str, str] = {}
        for folder, paths in self._by_folder.items():
            if any(p.endswith(".go") for p in paths):
                parts = folder.split("/")
                for start in range(len(parts) - 1):
                    self._go_folders.setdefault("/".join(parts[start:]), folder)
        self._by_language: dict[str, Resolve] = {
            "Luau": self._luau,
            "Lua": self._lua,
            "Python": self._python,
            "JavaScript": self._js,
            "TypeScript": self._js,
            "TSX": self._js,
            "Go": self._go,
            "Rust": self._rust,
            "GLSL": self._include,
            "HLSL": self._include,
            "GDScript": self._gdscript,
        }

    def resolve(
        self,
        importer: str,
        grammar: Grammar,
        imported: Import,
        service_aliases: Mapping[str, str] = _NO_ALIASES,
    ) -> str | None:
        """The repo-relative path `imported` refers to from the file `importer`; None when it
        names nothing in the repository. `service_aliases` are the importer's Luau instance
        aliases (`dict(outline.service_aliases)`). C# namespaces map to no file: always None."""
        resolve = self._by_language.get(grammar.name)
        if resolve is None or not imported.module:
            return None
        found = resolve(importer, imported, service_aliases)
        return found if found != importer else None

    def _present(self, candidates: Sequence[str]) -> str | None:
        return first_present(candidates, self._files)

    # --- Luau and Lua ---------------------------------------------------------------------

    def _luau(self, importer: str, imported: Import, aliases: Mapping[str, str]) -> str | None:
        module = imported.module
        if module.startswith(("./", "../", "@self")):
            return self._luau_string(importer, module)
        if module.startswith("@"):
            return None  # a `.luaurc` alias such as "@pkg/Signal"; those files are not indexed
        segments = instance_segments(module)
        if segments is None:
            return None
        expanded = _expand_aliases(segments, aliases)
        if expanded is None:
            return None
        head, *rest = expanded
        if head == "game":
            return self._rojo.file_for(rest, self._files) if self._rojo is not None else None
        if head != "script":
            return None
        # A script the project does not mount is still found by its folders.
        if self._rojo is None or (instance := self._rojo.instance_of(importer)) is None:
            return self._script_on_disk(importer, rest)
        path = list(instance)
        for name in rest:
            if name == "Parent":
                if not path:
                    return None
                path.pop()
            else:
                path.append(name)
        return self._rojo.file_for(path, self._files)

    def _lua(self, importer: str, imported: Import, aliases: Mapping[str, str]) -> str | None:
        """Lua names modules by dotted path from the repository root (`require("net.http")`),
        but Roblox code in `.lua` files requires instances the way Luau does."""
        module = imported.module
        segments = instance_segments(module)
        if segments is not None and (segments[0] in ("script", "game") or segments[0] in aliases):
            return self._luau(importer, imported, aliases)
        if not _LUA_MODULE.fullmatch(module):
            return None
        base = module.replace(".", "/")
        return self._present((f"{base}.lua", f"{base}/init.lua", f"{base}.luau"))

    def _luau_string(self, importer: str, module: str) -> str | None:
        """Require-by-string: "./X" is a sibling (script.Parent.X), "../X" goes one further up,
        and "@self/X" is the script's own child, as Roblox and Luau's init.luau rule agree."""
        parts = [p for p in module.split("/") if p not in ("", ".")]
        steps: list[str] = []
        if module.startswith("@self"):
            parts = parts[1:]
        else:
            steps.append("Parent")
        for part in parts:
            steps.append("Parent" if part == ".." else _strip_script_extension(part))
        return self._script_on_disk(importer, steps)

    def _script_on_disk(self, importer: str, steps: Sequence[str]) -> str | None:
        """Walk instance steps by folders, as Rojo would map them: a script `Foo.luau` stands
        for the folder position `Foo`, and `init.luau` for its folder."""
        folder, file_name = posixpath.split(importer)
        name = script_name(file_name)
        if name is None:
            return None
        node = folder if name == "init" else posixpath.join(folder, name)
        for step in steps:
            if step == "Parent":
                if not node:
                    return None
                node = posixpath.dirname(node)
            else:
                node = posixpath.join(node, step)
        return self._present(script_candidates(node))

    # --- Python ---------------------------------------------------------------------------

    def _python(self, importer: str, imported: Import, aliases: Mapping[str, str]) -> str | None:
        module = imported.module
        # `import a.b` binds "a", which is no submodule; `from a import b` binds b, which may be.
        names = imported.names
        if names == (module.split(".")[0],) or names == ("*",):
            names = ()
        if module.startswith("."):
            dots = len(module) - len(module.lstrip("."))
            folder = posixpath.dirname(importer)
            for _ in range(dots - 1):
                if not folder:
                    return None
                folder = posixpath.dirname(folder)
            return self._python_module(folder, module[dots:], names)
        for root in self._python_search(importer):
            found = self._python_module(root, module, names)
            if found is not None:
                return found
        return None

    def _python_search(self, importer: str) -> list[str]:
        """The source roots, those holding the importer first; a script outside any package
        also sees its own folder, as `python script.py` puts it on sys.path."""
        folder = posixpath.dirname(importer)
        own = [r for r in self._python_roots if not r or importer.startswith(r + "/")]
        own.sort(key=len, reverse=True)
        roots = own + [r for r in self._python_roots if r not in own]
        if posixpath.join(folder, "__init__.py") not in self._files and folder not in roots:
            roots.insert(0, folder)
        return roots

    def _python_module(self, folder: str, dotted: str, names: Sequence[str]) -> str | None:
        base = posixpath.join(folder, *dotted.split(".")) if dotted else folder
        for name in names:  # `from pkg import shop` imports the submodule pkg/shop.py
            submodule = posixpath.join(base, name)
            found = self._present((f"{submodule}.py", f"{submodule}/__init__.py"))
            if found is not None:
                return found
        if not dotted:
            return self._present((posixpath.join(folder, "__init__.py"),))
        return self._present((f"{base}.py", f"{base}/__init__.py"))

    # --- JavaScript, TypeScript -----------------------------------------------------------

    def _js(self, importer: str, imported: Import, aliases: Mapping[str, str]) -> str | None:
        specifier = imported.module
        if not (specifier.startswith(("./", "../")) or specifier in (".", "..")):
            return None  # a package ("react") or a path alias ("@/x"): not a repository file
        base = _inside(posixpath.join(posixpath.dirname(importer), specifier))
        if base is None:
            return None
        stem, extension = posixpath.splitext(base)
        candidates = [base]
        candidates += [stem + ts for ts in _JS_TO_TS.get(extension, ())]
        candidates += [base + ext for ext in _JS_EXTENSIONS]
        candidates += [posixpath.join(base, "index" + ext) for ext in _JS_EXTENSIONS]
        return self._present(candidates)

    # --- Go -------------------------------------------------------------------------------

    def _go(self, importer: str, imported: Import, aliases: Mapping[str, str]) -> str | None:
        folder = self._go_folder(imported.module)
        sources = [p for p in self._by_folder.get(folder, ()) if p.endswith(".go")]
        # A package's own files before its tests, which may be another package (`shop_test`).
        own = [p for p in sources if not p.endswith("_test.go")]
        return (own or sources or [None])[0] if folder is not None else None

    def _go_folder(self, path: str) -> str | None:
        for module, folder in self._go_modules:
            if path == module or path.startswith(module + "/"):
                return posixpath.join(folder, path[len(module) + 1 :]).rstrip("/")
        parts = path.split("/")
        if "." not in parts[0]:
            return None  # the standard library: "fmt", "net/http"
        suffixes = ("/".join(parts[start:]) for start in range(len(parts) - 1))
        return next((self._go_folders[s] for s in suffixes if s in self._go_folders), None)

    # --- Rust -----------------------------------------------------------------------------

    def _rust(self, importer: str, imported: Import, aliases: Mapping[str, str]) -> str | None:
        path = imported.module.split("{", 1)[0].split(" as ", 1)[0].strip().rstrip(":")
        segments = [s.strip() for s in path.split("::") if s.strip() and s.strip() != "*"]
        if not segments:
            return None
        head = segments[0]
        if head == "crate":
            module_folder = self._rust_crate_root(importer)
            segments = segments[1:]
        elif head in ("self", "super"):
            module_folder = _rust_module_folder(importer)
            segments = segments[1:]
            if head == "super":
                module_folder = posixpath.dirname(module_folder)
            while segments and segments[0] == "super":
                module_folder = posixpath.dirname(module_folder)
                segments = segments[1:]
        else:
            return None  # another crate
        # The last segments may be items (a struct, a function) rather than modules.
        for length in range(len(segments), 0, -1):
            base = posixpath.join(module_folder, *segments[:length])
            found = self._present((f"{base}.rs", f"{base}/mod.rs"))
            if found is not None:
                return found
        return self._present(
            (
                f"{module_folder}.rs",
                f"{module_folder}/mod.rs",
                f"{module_folder}/lib.rs",
                f"{module_folder}/main.rs",
            )
        )

    def _rust_crate_root(self, importer: str) -> str:
        """The folder of the crate's lib.rs or main.rs nearest above the importer."""
        folder = posixpath.dirname(importer)
        while True:
            if self._present((f"{folder}/lib.rs", f"{folder}/main.rs") if folder else ()):
                return folder
            if not folder:
                return "src"
            folder = posixpath.dirname(folder)

    # --- GLSL, HLSL, GDScript -------------------------------------------------------------

    def _include(self, importer: str, imported: Import, aliases: Mapping[str, str]) -> str | None:
        """`#include "x"` is looked up beside the including file, then from the root."""
        beside = _inside(posixpath.join(posixpath.dirname(importer), imported.module))
        return self._present([p for p in (beside, _inside(imported.module)) if p is not None])

    def _gdscript(self, importer: str, imported: Import, aliases: Mapping[str, str]) -> str | None:
        """`res://` is the Godot project's root, taken to be the repository's."""
        path = imported.module
        if path.startswith("res://"):
            found = _inside(path.removeprefix("res://"))
        elif "://" in path:
            return None  # `user://`: written at run time
        else:
            found = _inside(posixpath.join(posixpath.dirname(importer), path))
        return self._present((found,)) if found is not None else None


def _expand_aliases(segments: Sequence[str], aliases: Mapping[str, str]) -> tuple[str, ...] | None:
    """Replace a leading alias by the instance path it stands for; an alias's value is rooted
    at a service ("ReplicatedStorage.Shared") or at the script ("script.Parent")."""
    head, *rest = segments
    if head in ("game", "script"):
        return tuple(segments)
    value = aliases.get(head)
    if value is None:
        return None  # a local this file did not bind to an instance: a parameter, a global
    root = value.split(".")
    return tuple((*root, *rest) if root[0] == "script" else ("game", *root, *rest))


def _strip_script_extension(name: str) -> str:
    stripped = script_name(name)
    return stripped if stripped is not None else name


def _inside(path: str) -> str | None:
    """`path` normalised, or None when it climbs out of the repository."""
    normal = posixpath.normpath(path)
    if normal == ".":
        return ""
    if normal == ".." or normal.startswith(("../", "/")):
        return None
    return normal


def _python_roots(files: frozenset[str]) -> tuple[str, ...]:
    """The repository root, `src/`, and every folder holding a top-level package (one whose
    folder has an `__init__.py` but whose parent has none)."""
    roots = dict.fromkeys(_PYTHON_SOURCE_ROOTS)
    for path in sorted(files):
        if posixpath.basename(path) != "__init__.py":
            continue
        package = posixpath.dirname(path)
        parent = posixpath.dirname(package)
        if package and posixpath.join(parent, "__init__.py") not in files:
            roots.setdefault(parent)
    return tuple(roots)


def _go_modules(root: Path) -> tuple[tuple[str, str], ...]:
    """The repository's Go module path from its go.mod, mapped to the root folder."""
    try:
        text = (root / "go.mod").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError) as e:
        logger.warning("go.mod unreadable: %s (%s)", root / "go.mod", e)
        return ()
    match = _GO_MODULE.search(text)
    return ((match.group(1), ""),) if match else ()


def _rust_module_folder(importer: str) -> str:
    """The folder of the module a file defines: its own folder for mod.rs, lib.rs and main.rs,
    else a folder named after it (`shop.rs` -> `shop/`), where its submodules live."""
    folder, file_name = posixpath.split(importer)
    stem = file_name.removesuffix(".rs")
    return folder if stem in ("mod", "lib", "main") else posixpath.join(folder, stem)
