"""The background indexer: keeps every repository Mezzo knows indexed, off the request path.

A request asks `index_of(root)` and gets whatever snapshot exists now (or None), never waiting;
asking also tells the indexer the repository is in use, and when its last scan is older than
the refresh interval a new scan is queued. A scan of an unchanged repository is a walk and one
`stat` per file, so keeping a repository fresh costs little. Scans run one at a time on one
thread at a lower CPU priority than completions.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from desktop_app.context.index_store import IndexStore, StoredSummary, store_name
from desktop_app.context.repo_index import RepoIndex, ScanCounts, scan

logger = logging.getLogger(__name__)

INDEXER_NICENESS = 10  # completions come first: the indexer yields the CPU to llama.cpp


class IndexStatus(StrEnum):
    NOT_INDEXED = "not indexed"
    INDEXING = "indexing"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class RepoState:
    """What the app and `mezzo context status` show for one repository."""

    root: str
    status: IndexStatus
    files: int = 0
    declarations: int = 0
    updated_at: float = 0.0  # epoch seconds of the last finished scan; 0: never
    error: str = ""


@dataclass(frozen=True, slots=True)
class ScanReport:
    index: RepoIndex
    counts: ScanCounts
    seconds: float


def _in_words(error: Exception) -> str:
    """What went wrong, for a person rather than a programmer."""
    if isinstance(error, FileNotFoundError):
        return "the folder is not there any more (moved, renamed or on a drive not connected)"
    if isinstance(error, PermissionError):
        return "Mezzo is not allowed to read some of its files"
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return "the disk is full"
    return str(error)


def _lower_priority() -> None:
    """Linux and macOS give each thread its own niceness; elsewhere this is a no-op."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), INDEXER_NICENESS)


class ContextIndexer:
    def __init__(
        self,
        folder: Path,
        *,
        refresh_interval_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`folder` holds one index file per repository (`MezzoPaths.context_dir`)."""
        self._folder = folder
        self._refresh_interval_s = refresh_interval_s
        self._clock = clock
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="mezzo-index", initializer=_lower_priority
        )
        self._lock = threading.Lock()  # guards the dicts below
        self._indexes: dict[str, RepoIndex] = {}
        self._scanned_at: dict[str, float] = {}  # monotonic time each root's last scan started
        self._pending: dict[str, Future[ScanReport]] = {}
        self._errors: dict[str, str] = {}
        self._closed = False

    # --- the request path (never blocks) ----------------------------------------------------

    def index_of(self, root: str) -> RepoIndex | None:
        """The snapshot for `root` as it is now; queues a scan when it is missing or stale."""
        with self._lock:
            index = self._indexes.get(root)
            last = self._scanned_at.get(root)
            stale = last is None or self._clock() - last >= self._refresh_interval_s
        if stale:
            self._queue(root, rebuild=False)
        return index

    # --- control ----------------------------------------------------------------------------

    def refresh(self, root: str) -> Future[ScanReport]:
        """Scan `root` now, re-reading only files that changed."""
        return self._queue(root, rebuild=False)

    def rebuild(self, root: str) -> Future[ScanReport]:
        """Throw the index away and scan every file again."""
        return self._queue(root, rebuild=True)

    def forget(self, root: str) -> bool:
        """Delete the index of `root`, in memory and on disk; True when there was one."""
        with self._lock:
            had = self._indexes.pop(root, None) is not None
            self._scanned_at.pop(root, None)
            self._errors.pop(root, None)
            pending = self._pending.pop(root, None)
        if pending is not None:
            pending.cancel()
        store = self._store(root)
        had = had or store.path.exists()
        store.delete()
        return had

    def loaded_roots(self) -> list[str]:
        """The repositories whose index is in memory now; no disk access."""
        with self._lock:
            return sorted(self._indexes)

    def indexed_roots(self) -> list[str]:
        """Every repository with an index, in memory or on disk."""
        with self._lock:
            loaded = set(self._indexes)
        return sorted(loaded | self._on_disk().keys())

    def _on_disk(self) -> dict[str, StoredSummary]:
        summaries = (IndexStore(path).summary() for path in self._folder.glob("*.sqlite3"))
        return {summary.root: summary for summary in summaries if summary is not None}

    def states(self, roots: list[str] | None = None) -> list[RepoState]:
        """The repositories given, or every one with an index in memory or on disk."""
        with self._lock:
            known = dict(self._indexes)
            pending = set(self._pending)
            errors = dict(self._errors)
        on_disk = self._on_disk()  # one read of each index file's summary
        if roots is None:
            roots = sorted(set(known) | on_disk.keys())
        return [
            self._state(root, known.get(root), on_disk.get(root), root in pending, errors)
            for root in roots
        ]

    def _state(
        self,
        root: str,
        index: RepoIndex | None,
        stored: StoredSummary | None,
        pending: bool,
        errors: dict[str, str],
    ) -> RepoState:
        if index is None and stored is not None and not pending and root not in errors:
            return RepoState(
                root, IndexStatus.READY, stored.files, stored.declarations, stored.updated_at
            )
        status = (
            IndexStatus.INDEXING
            if pending
            else IndexStatus.FAILED
            if root in errors
            else IndexStatus.READY
            if index is not None
            else IndexStatus.NOT_INDEXED
        )
        if index is None:
            return RepoState(root, status, error=errors.get(root, ""))
        return RepoState(
            root,
            status,
            len(index.files),
            index.declaration_count,
            index.updated_at,
            errors.get(root, ""),
        )

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pending = list(self._pending.values())
        for future in pending:
            future.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)

    # --- the indexer thread -----------------------------------------------------------------

    def _store(self, root: str) -> IndexStore:
        return IndexStore(self._folder / store_name(root))

    def _queue(self, root: str, *, rebuild: bool) -> Future[ScanReport]:
        with self._lock:
            pending = self._pending.get(root)
            if pending is not None and not rebuild:
                return pending
            if self._closed:
                failed: Future[ScanReport] = Future()
                failed.set_exception(RuntimeError("Mezzo is shutting down."))
                return failed
            self._scanned_at[root] = self._clock()
            future = self._executor.submit(self._scan, root, rebuild)
            self._pending[root] = future
        future.add_done_callback(lambda done: self._finished(root, done))
        return future

    def _finished(self, root: str, future: Future[ScanReport]) -> None:
        with self._lock:
            if self._pending.get(root) is future:
                del self._pending[root]

    def _scan(self, root: str, rebuild: bool) -> ScanReport:
        started = time.perf_counter()
        folder = Path(root)
        try:
            if not folder.is_dir():
                raise FileNotFoundError(errno.ENOENT, "not a folder on this computer", root)
            store = self._store(root)
            with self._lock:
                current = self._indexes.get(root)
            if rebuild:
                previous, generation = {}, 0
            elif current is not None:
                previous, generation = dict(current.files), current.generation
            else:
                stored = store.load()
                previous = stored.files if stored is not None and stored.root == root else {}
                generation = 0
            on_disk = {} if rebuild else previous
            files, counts = scan(folder, previous)
            if current is not None and not counts.changed and not rebuild:
                # Same content: the lookups stand, only the stat stamps and the time are new.
                index = dataclasses.replace(
                    current, files=MappingProxyType(files), updated_at=time.time()
                )
            else:
                index = RepoIndex.build(folder, files, time.time(), generation + 1)
            if rebuild:
                store.delete()
            store.save(root, files, on_disk, index.updated_at)
        except (OSError, ValueError) as exc:
            with self._lock:
                self._errors[root] = _in_words(exc)
            logger.warning("could not index %s: %s", root, exc)
            raise
        with self._lock:
            self._errors.pop(root, None)
            if not self._closed:
                self._indexes[root] = index
        return ScanReport(index, counts, time.perf_counter() - started)
