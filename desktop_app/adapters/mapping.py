"""Which adapter each project gets: the person's choices, kept in one JSON file.

A project is named by its folder or by its git remote URL (see `projects.py` and `repos.py`), and
gets an adapter and a scale, or explicitly no adapter. A default applies where nothing matches.
The file lives under `MezzoPaths.home` and is replaced atomically, so the server, the GUI and a
`mezzo adapters map` in a terminal can all change it: `MappingStore.current()` notices another
process's change with one `stat` and reloads, which is what makes a change take effect on the
next completion rather than on the next restart.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop_app.adapters.projects import project_of
from desktop_app.adapters.repos import local_path, normalize_remote
from desktop_app.base.errors import NotARepositoryError
from desktop_app.base.files import atomic_write_text
from desktop_app.base.locks import exclusive
from desktop_app.base.paths import MezzoPaths

logger = logging.getLogger(__name__)

SCHEMA = 1
DEFAULT_LABEL = "default"


class RepoKind(StrEnum):
    ROOT = "root"  # a project folder; "root" is the name the mapping file has always used
    REMOTE = "remote"


@dataclass(frozen=True, slots=True, order=True)
class RepoKey:
    """A project as mappings know it: its folder, or a git remote in `host/path` form."""

    kind: RepoKind
    value: str

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: str) -> RepoKey:
        """A remote URL in any form, or a folder on this computer, mapped by its project: the
        git repository or Rojo/Godot project around it, else the folder itself."""
        if remote := normalize_remote(text):
            return cls(RepoKind.REMOTE, remote)
        path = local_path(os.path.abspath(os.path.expanduser(text.strip())))
        root = project_of(path) if path is not None else None
        if root is None:
            if path is not None and os.path.isfile(path):
                message = f"“{text}” is a file, not a folder. Map the project folder it is in."
            else:
                message = f"“{text}” is neither a folder on this computer nor a git remote URL."
            raise NotARepositoryError(message, text)
        return cls(RepoKind.ROOT, root)


@dataclass(frozen=True, slots=True)
class Target:
    """What a project gets: an adapter name ("" for none) and a scale (None: its own)."""

    adapter: str = ""
    scale: float | None = None


@dataclass(frozen=True, slots=True)
class MappingState:
    """One consistent snapshot; the resolver reads a fresh one on every call."""

    repos: Mapping[RepoKey, Target] = field(default_factory=lambda: MappingProxyType({}))
    default: Target = field(default_factory=Target)

    def get(self, key: RepoKey) -> Target | None:
        return self.repos.get(key)

    @property
    def folders(self) -> list[str]:
        """The project folders on this computer that are mapped (remote URLs aside)."""
        return [key.value for key in self.repos if key.kind is RepoKind.ROOT]

    def using(self, adapter: str) -> tuple[str, ...]:
        """The repositories (and "default") mapped to `adapter`."""
        found = sorted(str(key) for key, target in self.repos.items() if target.adapter == adapter)
        if self.default.adapter == adapter:
            found.append(DEFAULT_LABEL)
        return tuple(found)

    def to_json(self) -> str:
        repos = [
            {"kind": str(key.kind), "repo": key.value, "adapter": t.adapter, "scale": t.scale}
            for key, t in sorted(self.repos.items())
        ]
        doc = {"schema": SCHEMA, "default": _target_json(self.default), "repos": repos}
        return json.dumps(doc, indent=2)

    @classmethod
    def from_json(cls, text: str | bytes) -> MappingState:
        data: dict[str, Any] = json.loads(text)
        if data.get("schema") != SCHEMA:
            raise ValueError(f"unknown mapping schema {data.get('schema')!r}")
        repos = {
            RepoKey(RepoKind(item["kind"]), str(item["repo"])): _target(item)
            for item in data.get("repos", [])
        }
        return cls(MappingProxyType(repos), _target(data.get("default") or {}))


def _target(item: Mapping[str, Any]) -> Target:
    scale = item.get("scale")
    return Target(str(item.get("adapter") or ""), None if scale is None else float(scale))


def _target_json(target: Target) -> dict[str, Any]:
    return {"adapter": target.adapter, "scale": target.scale}


Listener = Callable[[MappingState], None]
_Stamp = tuple[int, int, int] | None


class MappingStore:
    def __init__(self, path: Path, lock_path: Path, lock_timeout_s: float = 10.0) -> None:
        self._path = path
        self._lock_path = lock_path
        self._lock_timeout_s = lock_timeout_s
        self._guard = threading.Lock()  # guards _state, _stamp and _listeners
        self._listeners: list[Listener] = []
        self._stamp: _Stamp = self._stat()
        self._state = self._read()

    @classmethod
    def for_paths(cls, paths: MezzoPaths, lock_timeout_s: float = 10.0) -> MappingStore:
        paths.run_dir.mkdir(parents=True, exist_ok=True)
        return cls(
            paths.home / "adapter-mappings.json",
            paths.run_dir / "adapter-mappings.lock",
            lock_timeout_s,
        )

    # --- reading ------------------------------------------------------------------------------

    def _stat(self) -> _Stamp:
        # Every save is a rename, so the inode changes even where mtimes are coarse.
        try:
            st = os.stat(self._path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _read(self) -> MappingState:
        try:
            return MappingState.from_json(self._path.read_bytes())
        except FileNotFoundError:
            return MappingState()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("adapter mappings %s unreadable (%s); using none", self._path, exc)
            return MappingState()

    def current(self) -> MappingState:
        """The mappings as they are now, reloaded if another process changed the file."""
        stamp = self._stat()
        with self._guard:
            if stamp == self._stamp:
                return self._state
        state = self._read()
        with self._guard:
            self._stamp, self._state = stamp, state
            listeners = list(self._listeners)
        logger.info("adapter mappings changed on disk; reloaded")
        for listener in listeners:
            listener(state)
        return state

    def subscribe(self, listener: Listener) -> None:
        """`listener(state)` runs after every change, on the thread that made or noticed it."""
        with self._guard:
            self._listeners.append(listener)

    # --- changing -----------------------------------------------------------------------------

    def _locked(self) -> contextlib.AbstractContextManager[None]:
        return exclusive(
            self._lock_path,
            self._lock_timeout_s,
            "Another Mezzo window is changing the adapter mappings. Try again in a moment.",
        )

    def _change(self, edit: Callable[[MappingState], MappingState]) -> MappingState:
        """Read-modify-write under the file lock, so two processes never lose each other's edit."""
        with self._locked():
            new = edit(self._read())
            atomic_write_text(self._path, new.to_json())
            stamp = self._stat()
        with self._guard:
            self._stamp, self._state = stamp, new
            listeners = list(self._listeners)
        for listener in listeners:
            listener(new)
        return new

    def map(self, key: RepoKey, target: Target) -> MappingState:
        def edit(state: MappingState) -> MappingState:
            return MappingState(MappingProxyType({**state.repos, key: target}), state.default)

        logger.info("adapter mapping: %s → %s", key, target.adapter or "no adapter")
        return self._change(edit)

    def unmap(self, key: RepoKey) -> bool:
        """Forget `key`'s mapping, so the default applies to it again; False if it had none."""
        removed = False

        def edit(state: MappingState) -> MappingState:
            nonlocal removed
            removed = key in state.repos
            repos = {k: t for k, t in state.repos.items() if k != key}
            return MappingState(MappingProxyType(repos), state.default)

        self._change(edit)
        return removed

    def set_default(self, target: Target) -> MappingState:
        logger.info("adapter default: %s", target.adapter or "no adapter")
        return self._change(lambda state: MappingState(state.repos, target))
