"""A repository's index on disk: one SQLite file per repository under the Mezzo home.

One file per repository makes forgetting a repository one unlink, and keeps what Mezzo learnt
about a codebase in one obvious place on this computer. It holds paths, declarations' signatures
and line fingerprints (hashes), never whole files; it is not part of telemetry or any export.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.context.outline import Declaration, DeclarationKind, Import
from desktop_app.context.repo_index import IndexedFile

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    outline TEXT NOT NULL,
    lines BLOB NOT NULL
);
"""


def store_name(root: str) -> str:
    """The file name for a repository root: a hash, so no path ends up in a file name."""
    return hashlib.sha256(root.encode("utf-8")).hexdigest()[:20] + ".sqlite3"


@dataclass(frozen=True, slots=True)
class StoredIndex:
    root: str
    updated_at: float
    files: dict[str, IndexedFile]


@dataclass(frozen=True, slots=True)
class StoredSummary:
    """What the app shows about an index on disk, read without loading it."""

    root: str
    updated_at: float
    files: int
    declarations: int


class IndexStore:
    """Reads and writes one repository's index file; used from one thread at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10.0)
        try:
            connection.executescript(SCHEMA)
            with connection:
                yield connection
        finally:
            connection.close()

    def summary(self) -> StoredSummary | None:
        """None when the file is unreadable or from another version of Mezzo (then it is
        rebuilt)."""
        try:
            meta = self._meta()
            if meta.get("schema") != str(SCHEMA_VERSION) or "root" not in meta:
                return None
            return StoredSummary(
                meta["root"],
                float(meta.get("updated_at", 0.0)),
                int(meta.get("files", 0)),
                int(meta.get("declarations", 0)),
            )
        except (sqlite3.DatabaseError, ValueError):
            return None

    def _meta(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        with self._connect() as db:
            return dict(db.execute("SELECT key, value FROM meta").fetchall())

    def load(self) -> StoredIndex | None:
        """None when there is nothing usable: the caller scans from scratch."""
        try:
            meta = self._meta()
            if meta.get("schema") != str(SCHEMA_VERSION) or "root" not in meta:
                return None
            with self._connect() as db:
                rows = db.execute(
                    "SELECT path, language, sha256, size, mtime_ns, outline, lines FROM files"
                ).fetchall()
        except sqlite3.DatabaseError:
            return None
        files = {}
        for row in rows:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                files[row[0]] = _entry(*row)
        return StoredIndex(meta["root"], float(meta.get("updated_at", 0.0)), files)

    def save(
        self,
        root: str,
        files: Mapping[str, IndexedFile],
        previous: Mapping[str, IndexedFile],
        updated_at: float,
    ) -> None:
        """Write what differs from `previous` (what is on disk now), in one transaction."""
        with self._connect() as db:
            gone = [(path,) for path in previous if path not in files]
            db.executemany("DELETE FROM files WHERE path = ?", gone)
            changed = [entry for path, entry in files.items() if previous.get(path) != entry]
            db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                [_row(entry) for entry in changed],
            )
            meta = {
                "schema": str(SCHEMA_VERSION),
                "root": root,
                "updated_at": str(updated_at),
                "files": str(len(files)),
                "declarations": str(sum(len(entry.declarations) for entry in files.values())),
            }
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())

    def delete(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)


def _row(entry: IndexedFile) -> tuple[Any, ...]:
    outline = {
        "declarations": [
            [d.name, d.kind.value, d.signature, d.doc, d.line] for d in entry.declarations
        ],
        "imports": [[i.module, list(i.names), i.line] for i in entry.imports],
        "aliases": [list(pair) for pair in entry.service_aliases],
    }
    lines = b"".join(fp.to_bytes(8, "little", signed=True) for fp in entry.lines)
    return (
        entry.path,
        entry.language,
        entry.sha256,
        entry.size,
        entry.mtime_ns,
        json.dumps(outline, separators=(",", ":")),
        lines,
    )


def _entry(
    path: str, language: str, sha256: str, size: int, mtime_ns: int, outline: str, lines: bytes
) -> IndexedFile:
    data = json.loads(outline)
    return IndexedFile(
        path,
        language,
        sha256,
        size,
        mtime_ns,
        tuple(
            Declaration(name, DeclarationKind(kind), signature, doc, line)
            for name, kind, signature, doc, line in data["declarations"]
        ),
        tuple(Import(module, tuple(names), line) for module, names, line in data["imports"]),
        tuple((alias, service) for alias, service in data["aliases"]),
        tuple(
            int.from_bytes(lines[i : i + 8], "little", signed=True) for i in range(0, len(lines), 8)
        ),
    )
