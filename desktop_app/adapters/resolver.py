"""From one completion request to the adapter it should run under.

Requests say where they come from in different ways: Tabby sends `git_url` and a `filepath`
relative to the repository, Mezzo's own dialect may send `repo` (a folder or a URL) and an
absolute `filepath`, and llama.vscode and the Roblox plugin send nothing at all, so for them the
"current project" picked in Mezzo stands in. The order, most specific first:

1. the longest mapped folder that holds the file (or `repo` when it is a path);
2. a remote: `git_url`, `repo` when it is a URL, then the remotes in the file's git config;
3. only when the request names no project at all, the current project, by folder or remote;
4. the default.

A folder needs no git to be mapped; git only adds the remote. A mapping does not reach into a
git repository inside its folder: an unmapped submodule is another codebase and gets what its
own remote or the default gives it (`projects.enclosing_folders`). The adapter is used only if
it was checked against the base model that is loaded; otherwise the answer is "no adapter" and
the reason is logged once.

This runs on every keystroke, so the folders above a file and the remotes are cached (LRU) and
the caches are dropped whenever the mappings change; mappings themselves are re-read (one
`stat`) per call.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.adapters.mapping import MappingStore, RepoKey, RepoKind, Target
from desktop_app.adapters.projects import enclosing_folders
from desktop_app.adapters.registry import AdapterRegistry
from desktop_app.adapters.repos import find_repo_root, local_path, normalize_remote, read_remotes
from desktop_app.engine.types import AdapterChoice

logger = logging.getLogger(__name__)


class MatchKind(StrEnum):
    ROOT = "root"
    REMOTE = "remote"
    CURRENT_REPO = "current repo"
    DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class Resolution:
    """An `AdapterChoice` and why: what `mezzo adapters which` shows."""

    choice: AdapterChoice
    kind: MatchKind
    repo: str = ""  # the mapped repository that matched; "" for the default
    wanted: str = ""  # the adapter that mapping names; "" means no adapter
    note: str = ""  # why `wanted` is not the one used, when it is not

    @property
    def why(self) -> str:
        if self.kind is MatchKind.DEFAULT:
            return "default (no mapping matches)"
        return f"mapping by {self.kind} {self.repo}"


@dataclass(frozen=True, slots=True)
class _Identity:
    folders: tuple[str, ...] = ()  # innermost first: the first one mapped wins
    remotes: tuple[str, ...] = ()


class AdapterResolver:
    def __init__(
        self,
        registry: AdapterRegistry,
        mappings: MappingStore,
        current_repo: Callable[[], str] = lambda: "",
        *,
        cache_size: int = 4096,
    ) -> None:
        """`current_repo()` returns Settings.current_repo as it is now (a path or a URL)."""
        self._registry = registry
        self._mappings = mappings
        self._current_repo = current_repo
        self._folders_of = functools.lru_cache(maxsize=cache_size)(enclosing_folders)
        self._root_of = functools.lru_cache(maxsize=cache_size)(find_repo_root)
        self._remotes_of = functools.lru_cache(maxsize=256)(read_remotes)
        self._warned_lock = threading.Lock()  # guards _warned
        self._warned: set[tuple[str, str]] = set()
        mappings.subscribe(lambda _state: self.invalidate())
        registry.subscribe(self.invalidate)

    def invalidate(self) -> None:
        """Forget cached folders and remotes (a `git init` or a new remote since they were
        read)."""
        self._folders_of.cache_clear()
        self._root_of.cache_clear()
        self._remotes_of.cache_clear()
        with self._warned_lock:
            self._warned.clear()

    def resolve(
        self, filepath: str = "", repo: str = "", git_url: str = "", *, base_sha256: str
    ) -> AdapterChoice:
        """The adapter for a request; `base_sha256` is the loaded base model's sha256."""
        return self.explain(filepath, repo, git_url, base_sha256=base_sha256).choice

    def explain(
        self, filepath: str = "", repo: str = "", git_url: str = "", *, base_sha256: str
    ) -> Resolution:
        state = self._mappings.current()
        identity = self._identify(filepath, repo, git_url)
        from_current = not (identity.folders or identity.remotes)
        if from_current and (current := self._current_repo()):
            identity = self._identify("", current, "")
        for kind, values in (
            (RepoKind.ROOT, identity.folders),
            (RepoKind.REMOTE, identity.remotes),
        ):
            for value in values:
                target = state.get(RepoKey(kind, value))
                if target is not None:
                    match = MatchKind.CURRENT_REPO if from_current else MatchKind(kind)
                    return self._decide(target, match, value, base_sha256)
        return self._decide(state.default, MatchKind.DEFAULT, "", base_sha256)

    def _identify(self, filepath: str, repo: str, git_url: str) -> _Identity:
        folders: list[str] = []
        remotes: list[str] = []
        if filepath and (path := local_path(filepath)):
            folders.append(os.path.dirname(path))  # cached per folder, not per file
        if repo:
            if url := normalize_remote(repo):
                remotes.append(url)
            elif path := local_path(repo):
                folders.append(path)
        if git_url and (url := normalize_remote(git_url)):
            remotes.append(url)
        for folder in folders:
            if (root := self._root_of(folder)) is not None:
                remotes.extend(self._remotes_of(root))
        above = [above for folder in folders for above in self._folders_of(folder)]
        return _Identity(tuple(dict.fromkeys(above)), tuple(dict.fromkeys(remotes)))

    def _decide(self, target: Target, kind: MatchKind, repo: str, base_sha256: str) -> Resolution:
        if not target.adapter:
            return Resolution(AdapterChoice(), kind, repo)
        manifest = self._registry.for_base(target.adapter, base_sha256) if base_sha256 else None
        if manifest is not None and self._registry.has_blob(manifest):
            scale = manifest.scale if target.scale is None else target.scale
            path = str(self._registry.path_of(manifest))
            return Resolution(AdapterChoice(manifest.ref, path, scale), kind, repo, target.adapter)
        note = self._why_not(target.adapter, base_sha256, manifest is not None)
        with self._warned_lock:
            first = (target.adapter, base_sha256) not in self._warned
            self._warned.add((target.adapter, base_sha256))
        if first:
            logger.warning("no adapter for %s (%s): %s", repo or "default", kind, note)
        return Resolution(AdapterChoice(), kind, repo, target.adapter, note)

    def _why_not(self, adapter: str, base_sha256: str, blob_missing: bool) -> str:
        if blob_missing:
            return f"the file of adapter “{adapter}” is missing; add it again"
        versions = self._registry.versions(adapter)
        if not versions:
            return f"adapter “{adapter}” is not installed"
        if not base_sha256:
            return "no base model is loaded"
        bases = ", ".join(sorted({m.base_name for m in versions}))
        return (
            f"adapter “{adapter}” was checked for {bases}, not for the loaded model "
            f"(sha256 {base_sha256[:12]})"
        )
