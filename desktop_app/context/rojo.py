"""Roblox's Rojo project files: which folder on disk each instance of a game's tree comes from.

Luau code names a module by where it sits in the game (`script.Parent.Util`,
`game:GetService("ReplicatedStorage").Shared.Util`), never by its file's path. Rojo's
`default.project.json` is the map between the two, so the import resolver reads it to turn an
instance path into a file and back. The file rules are Rojo 7's: `Util.luau` is the instance
`Util`, `Main.server.luau` and `Hud.client.luau` are scripts named `Main` and `Hud`, and a folder
holding an `init.luau` is itself that script.
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

PROJECT_FILE = "default.project.json"

# Rojo's script kinds (a ModuleScript, a server Script, a client LocalScript), newest syntax first.
_SCRIPT_SUFFIXES = tuple(
    kind + ext for kind in ("", ".server", ".client") for ext in (".luau", ".lua")
)
_INIT_NAMES = tuple(f"init{suffix}" for suffix in _SCRIPT_SUFFIXES)

# One step of an instance path after its head: `.Name`, `:WaitForChild("Name", 5)`,
# `:FindFirstChild("Name")`, `:GetService("Name")` or `["Name"]`.
_HEAD = re.compile(r"\s*([A-Za-z_]\w*)")
_STEP = re.compile(
    r"""\s*(?:
        \.\s*(?P<field>[A-Za-z_]\w*)
      | :\s*(?:GetService|WaitForChild|FindFirstChild)\s*\(\s*
            (?P<quote>["'])(?P<arg>[^"']+)(?P=quote)\s*(?:,[^)]*)?\)
      | \[\s*(?P<key_quote>["'])(?P<key>[^"']+)(?P=key_quote)\s*\]
    )""",
    re.VERBOSE,
)


def instance_segments(expression: str) -> tuple[str, ...] | None:
    """The names along a Luau instance expression, its head first:
    `game:GetService("ReplicatedStorage").Shared` -> ("game", "ReplicatedStorage", "Shared"),
    `script.Parent:WaitForChild("Util")` -> ("script", "Parent", "Util"). None for anything
    else (a call result, arithmetic), which no file could stand for."""
    head = _HEAD.match(expression)
    if head is None:
        return None
    segments = [head.group(1)]
    position = head.end()
    while position < len(expression):
        step = _STEP.match(expression, position)
        if step is None:
            if expression[position:].strip():
                return None
            break
        segments.append(step["field"] or step["arg"] or step["key"])
        position = step.end()
    if segments[0] == "workspace":  # the one service Roblox also exposes as a global
        segments[:1] = ["game", "Workspace"]
    return tuple(segments)


def script_name(file_name: str) -> str | None:
    """The instance a script file becomes (`Main.server.luau` -> "Main", `init.luau` -> "init");
    None for a file that is not a script."""
    for suffix in _SCRIPT_SUFFIXES[::-1]:  # ".server.luau" before ".luau"
        if file_name.endswith(suffix) and len(file_name) > len(suffix):
            return file_name[: -len(suffix)]
    return None


def script_candidates(base: str) -> tuple[str, ...]:
    """The files that can hold the script at `base` (a path without extension): `base.luau`,
    `base.server.luau`, …, then `base/init.luau`, …; only the init files for the root ("")."""
    inits = init_candidates(base)
    return inits if not base else tuple(base + suffix for suffix in _SCRIPT_SUFFIXES) + inits


def init_candidates(folder: str) -> tuple[str, ...]:
    """The files that make `folder` itself a script."""
    return tuple(posixpath.join(folder, name) for name in _INIT_NAMES)


def first_present(candidates: Sequence[str], files: Collection[str]) -> str | None:
    return next((path for path in candidates if path in files), None)


@dataclass(slots=True)
class _Node:
    """One instance the project names explicitly, and the file or folder it mounts, if any."""

    path: str | None = None
    children: dict[str, _Node] = field(default_factory=dict)


class RojoProject:
    """A parsed `default.project.json`: the explicit instance tree and the paths it mounts."""

    __slots__ = ("_mounts", "_prefix", "_tree", "name")

    def __init__(self, name: str, tree: Mapping[str, object]) -> None:
        self.name = name
        self._tree = _parse_node(tree)
        # A game's tree starts at the DataModel, whose children are the services; any other
        # project (a library) is an instance of its own, named after the project.
        self._prefix: tuple[str, ...] = () if tree.get("$className") == "DataModel" else (name,)
        mounts: list[tuple[str, tuple[str, ...]]] = []
        _collect_mounts(self._tree, self._prefix, mounts)
        # Longest first, so a path mounted inside another mount (a nested `$path`) wins.
        mounts.sort(key=lambda mount: len(mount[0]), reverse=True)
        self._mounts = tuple(mounts)

    @classmethod
    def load(cls, root: Path) -> RojoProject | None:
        """The project at `root`; None when there is none or it cannot be read (a warning says
        why: a broken project file must not stop the index)."""
        path = root / PROJECT_FILE
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as e:
            logger.warning("rojo project unreadable: %s (%s)", path, e)
            return None
        try:
            document = json.loads(raw)
        except ValueError as e:
            logger.warning("rojo project is not JSON: %s (%s)", path, e)
            return None
        tree = document.get("tree") if isinstance(document, dict) else None
        if not isinstance(tree, dict):
            logger.warning("rojo project has no tree: %s", path)
            return None
        name = document.get("name")
        return cls(name if isinstance(name, str) and name else root.name, tree)

    def file_for(self, instance: Sequence[str], files: Collection[str]) -> str | None:
        """The file among `files` (repo-relative posix paths) that becomes `instance`, such as
        ("ReplicatedStorage", "Shared", "Util") -> "src/shared/Util.luau"; None if none does."""
        names = tuple(instance)
        if names[: len(self._prefix)] != self._prefix:
            return None
        names = names[len(self._prefix) :]
        node = self._tree
        for depth, name in enumerate(names):
            child = node.children.get(name)
            if child is None:
                # Past the explicit tree, instances are the mounted folder's files and folders.
                if node.path is None:
                    return None
                return first_present(
                    script_candidates(posixpath.join(node.path, *names[depth:])), files
                )
            node = child
        if node.path is None:
            return None
        if node.path in files:  # a `$path` naming the script file itself
            return node.path
        return first_present(init_candidates(node.path), files)

    def instance_of(self, path: str) -> tuple[str, ...] | None:
        """The instance a repo-relative script file becomes: "src/shared/Util.luau" ->
        ("ReplicatedStorage", "Shared", "Util"); an init file is its folder's instance. None for
        a file outside every mounted path, or one that is not a script."""
        for mount, instance in self._mounts:
            if path == mount:
                return instance
            if mount and not path.startswith(mount + "/"):
                continue
            *folders, file_name = (path[len(mount) + 1 :] if mount else path).split("/")
            name = script_name(file_name)
            if name is None:
                return None
            return (*instance, *folders) if name == "init" else (*instance, *folders, name)
        return None


def _parse_node(raw: Mapping[str, object]) -> _Node:
    node = _Node(path=_mount_path(raw.get("$path")))
    for key, value in raw.items():
        if not key.startswith("$") and isinstance(value, dict):
            node.children[key] = _parse_node(value)
    return node


def _mount_path(raw: object) -> str | None:
    """A `$path` as a repo-relative posix path; Rojo 7.3 also allows `{"optional": path}`."""
    if isinstance(raw, dict):
        raw = raw.get("optional")
    if not isinstance(raw, str):
        return None
    path = posixpath.normpath(raw.replace("\\", "/"))
    if path == ".":
        return ""
    # Outside the repository, or another project file: nothing the index holds.
    if path.startswith(("../", "/")) or path == ".." or path.endswith(".project.json"):
        return None
    return path


def _collect_mounts(
    node: _Node, instance: tuple[str, ...], mounts: list[tuple[str, tuple[str, ...]]]
) -> None:
    if node.path is not None:
        mounts.append((node.path, instance))
    for name, child in node.children.items():
        _collect_mounts(child, (*instance, name), mounts)
