"""Each request's repository context: which repository and file it is in, and what to add.

The repository comes from the request's file path when the client sends one, else from its
`repo` field, else from the current repository chosen in the app. The file is found by its path,
or, for clients that send none (llama.vscode, the Roblox Studio plugin), by matching the lines
around the cursor against the index. Nothing here waits for the indexer: a repository still
being indexed simply gets no context yet.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from desktop_app.adapters.mapping import MappingState
from desktop_app.adapters.projects import project_of, project_root
from desktop_app.adapters.repos import local_path, normalize_remote, read_remotes
from desktop_app.base.settings import ContextSettings, SettingsStore
from desktop_app.context.file_match import locate_file
from desktop_app.context.indexer import ContextIndexer
from desktop_app.context.recent_edits import RecentEdits
from desktop_app.context.selection import (
    IDENTIFIER,
    ContextKind,
    ContextPiece,
    ContextSources,
    choose_context,
)
from desktop_app.engine.types import CompletionRequest, ExtraChunk

MAX_CLIENTS = 64  # editors whose last context is remembered


@dataclass(frozen=True, slots=True)
class ContextUse:
    """One piece of context that went into the prompt; what the response reports."""

    path: str
    kind: ContextKind
    tokens: int
    # In-process only, for measuring recall; never reported, recorded or logged.
    text: str = field(default="", repr=False)

    @property
    def identifiers(self) -> frozenset[str]:
        """The names its text holds: read only by `mezzo eval`, so not worked out per request."""
        return frozenset(IDENTIFIER.findall(self.text))

    def to_dict(self) -> dict[str, object]:
        return {"file": self.path, "kind": self.kind.value, "tokens": self.tokens}


def known_repos(mappings: MappingState, current_repo: str, indexed: Collection[str]) -> list[str]:
    """Local repositories Mezzo keeps an index for: the mapped ones, the current one, and those
    with an index already (seen in requests, or built with `mezzo context rebuild`)."""
    roots = mappings.folders
    if (current := project_of(current_repo)) is not None:
        roots.append(current)
    return sorted({*roots, *indexed})


@dataclass(frozen=True, slots=True)
class _Chosen:
    """What a client got last: kept while it still covers what a fresh choice would give."""

    root: str
    path: str
    generation: int
    pieces: tuple[ContextPiece, ...]


def _covers(kept: tuple[ContextPiece, ...], fresh: tuple[ContextPiece, ...]) -> bool:
    held = {(p.path, line) for p in kept for line in p.text.splitlines()}
    return all((p.path, line) in held for p in fresh for line in p.text.splitlines())


class RepoContext:
    def __init__(
        self,
        indexer: ContextIndexer,
        settings: SettingsStore,
        mapped_folders: Callable[[], Collection[str]] = tuple,
    ) -> None:
        """`mapped_folders` gives the project folders adapters are mapped to (plain folders
        among them), which count as projects for the files inside them."""
        self.indexer = indexer
        self._settings = settings
        self._mapped_folders = mapped_folders
        self.recent_edits = RecentEdits()
        self._lock = threading.Lock()  # guards _last
        self._last: dict[str, _Chosen] = {}  # per client

    def root_of(self, request: CompletionRequest) -> str | None:
        """The local repository a request is in, or None. The current project and the folders
        adapters are mapped to count as projects even when they are plain folders: many Roblox
        creators have no git. The innermost one holding the file wins."""
        if request.filename and (path := local_path(request.filename)):
            root = project_root(os.path.dirname(path))
            if root is not None:
                return root
            folders = [*self._mapped_folders(), self._current_project() or ""]
            holding = [folder for folder in folders if folder and _inside(path, folder)]
            return max(holding, key=len, default=None)
        if request.repo_name and (path := local_path(request.repo_name)):
            return project_root(path)
        if request.repo_name and (remote := normalize_remote(request.repo_name)):
            return self._root_with_remote(remote) or self._current_project()
        return self._current_project()

    def _root_with_remote(self, remote: str) -> str | None:
        """A repository on this computer, indexed already, whose git remote is `remote`."""
        return next((r for r in self.indexer.loaded_roots() if remote in _remotes_of(r)), None)

    def _current_project(self) -> str | None:
        path = local_path(self._settings.current.current_repo)
        return project_of(path) if path else None

    def prepared(
        self, request: CompletionRequest
    ) -> tuple[CompletionRequest, tuple[ContextPiece, ...]]:
        """The request with its repository context, and the pieces chosen (in prompt order)."""
        settings = self._settings.current.context
        if not settings.enabled or request.raw:
            return request, ()
        root = self.root_of(request)
        if root is None or root in settings.off_for:
            return request, ()
        index = self.indexer.index_of(root)
        if index is None:
            return request, ()
        path = self._path_in(root, request, index.files.keys())
        if not path:
            path = locate_file(index, request.prefix, request.suffix) or ""
        sites = self.recent_edits.visit(request.client_id, path, request.prefix, request.suffix)
        pieces = choose_context(
            index,
            path,
            request.prefix,
            request.suffix,
            sites=sites,
            budget_tokens=settings.budget_tokens,
            sources=sources_of(settings),
            already_sent=[(chunk.filename, chunk.text) for chunk in request.extra],
        )
        pieces = self._steady(request.client_id, _Chosen(root, path, index.generation, pieces))
        # Each block ends its last line, as a file does, before the next `<|file_sep|>`.
        chunks = tuple(ExtraChunk(piece.path, piece.text + "\n") for piece in pieces)
        return dataclasses.replace(request, context=chunks, context_path=path), pieces

    def _steady(self, client: str, fresh: _Chosen) -> tuple[ContextPiece, ...]:
        """The client's last context while it still holds everything the fresh choice does.

        The context sits before the file in the prompt, so any change to it costs evaluating
        the whole file again; a definition that has scrolled out of the cursor's neighbourhood
        does no harm, so it stays until something new is needed.
        """
        with self._lock:
            last = self._last.get(client)
            same_place = last is not None and (last.root, last.path, last.generation) == (
                fresh.root,
                fresh.path,
                fresh.generation,
            )
            if last is not None and same_place and _covers(last.pieces, fresh.pieces):
                return last.pieces
            self._last[client] = fresh
            if len(self._last) > MAX_CLIENTS:
                self._last.pop(next(iter(self._last)))
            return fresh.pieces

    @staticmethod
    def _path_in(root: str, request: CompletionRequest, indexed: Collection[str]) -> str:
        """The request's file relative to `root`, when it names one."""
        if not request.filename:
            return ""
        absolute = local_path(request.filename)
        if absolute is None:  # Tabby and the evaluation send paths relative to the repository
            relative = request.filename.replace("\\", "/").lstrip("/")
            return relative if relative in indexed else ""
        relative = os.path.relpath(os.path.realpath(absolute), root)
        return "" if relative.startswith("..") else relative.replace(os.sep, "/")


@functools.lru_cache(maxsize=256)
def _remotes_of(root: str) -> tuple[str, ...]:
    return read_remotes(root)


def _inside(path: str, folder: str) -> bool:
    return os.path.realpath(path).startswith(folder.rstrip(os.sep) + os.sep)


def sources_of(settings: ContextSettings) -> ContextSources:
    return ContextSources(settings.imports, settings.definitions, settings.recent_edits)


def context_uses(
    pieces: tuple[ContextPiece, ...], used: tuple[tuple[str, int], ...]
) -> tuple[ContextUse, ...]:
    """Match the engine's report (the chunks that fit, in order) to the pieces sent."""
    uses = []
    remaining = list(used)
    for piece in pieces:
        if remaining and remaining[0][0] == piece.path:
            uses.append(ContextUse(piece.path, piece.kind, remaining.pop(0)[1], piece.text))
    return tuple(uses)
