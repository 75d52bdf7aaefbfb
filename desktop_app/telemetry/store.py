"""The telemetry database: one SQLite file in WAL mode, one writer, durable acknowledgements.

Writes are rare (one row per served completion, a few per accept/reject) and each is one
autocommit statement, so a lock around a single connection is the whole writer: no queue, and a
method that returns has committed. Readers (`mezzo stats`, the GUI) open their own read-only
connections, which WAL lets run beside the writer.

Durability: `synchronous=FULL`. In WAL mode NORMAL already survives a crash of this process, but
not a power cut, which on a laptop is exactly when the battery runs out. FULL costs one fsync of
the WAL per completion, which is small next to the prompt evaluation that produced the row, and
means a write that returned is on disk.

Settings are read live through a callable on every write: switching telemetry off stops writes at
once, and while it is off the database file is not even created.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import astuple, fields
from pathlib import Path

from desktop_app.base.errors import TelemetryError
from desktop_app.base.settings import SettingsStore, TelemetrySettings
from desktop_app.telemetry.migrations import is_current, migrate
from desktop_app.telemetry.records import (
    SELECT_KIND_LINE,
    CompletionRecord,
    EventSource,
    EventType,
    normalise_repo_root,
    salted_hash,
    valid_completion_id,
)
from desktop_app.telemetry.stats import Outcome, load_outcomes

logger = logging.getLogger(__name__)

DAY_S = 86_400.0
DEFAULT_SETTINGS = TelemetrySettings()
_COLUMNS = tuple(f.name for f in fields(CompletionRecord))
_INSERT_COMPLETION = (
    f"INSERT INTO completions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
    f"ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in _COLUMNS if name != "id")
)


class TelemetryStore:
    """Records completions and events; owns the only writing connection to the database."""

    def __init__(
        self,
        path: Path,
        settings: TelemetrySettings | Callable[[], TelemetrySettings] = DEFAULT_SETTINGS,
        *,
        clock: Callable[[], float] = time.time,
        purge_interval_s: float = 3600.0,
    ) -> None:
        self.path = Path(path)
        self._settings = settings if callable(settings) else (lambda: settings)
        self._clock = clock
        self._purge_interval_s = purge_interval_s
        # guards _conn, _salt and _last_purge: every write goes through this one connection
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._salt: bytes | None = None
        self._last_purge = float("-inf")
        self._closed = False

    @classmethod
    def for_settings(cls, path: Path, store: SettingsStore, **kwargs: object) -> TelemetryStore:
        """A store that follows `store`'s telemetry settings as they change."""
        return cls(path, lambda: store.current.telemetry, **kwargs)  # type: ignore[arg-type]

    @property
    def settings(self) -> TelemetrySettings:
        return self._settings()

    @property
    def enabled(self) -> bool:
        return self._settings().enabled and not self._closed

    # --- identifiers --------------------------------------------------------------------------

    def hash_client(self, client_id: str) -> str:
        """Salted hash of a client id; "" while telemetry is off (nothing will be written)."""
        salt = self._install_salt()
        return "" if salt is None or not client_id else salted_hash(salt, "client", client_id)

    def hash_repo(self, repo_root: str | os.PathLike[str] | None) -> str:
        """Salted hash of a repository root: equal per install, useless anywhere else."""
        salt = self._install_salt()
        root = normalise_repo_root(repo_root) if repo_root else ""
        return "" if salt is None or not root else salted_hash(salt, "repo", root)

    def _install_salt(self) -> bytes | None:
        if not self.enabled:
            return None
        with self._lock:
            self._connect()
            return self._salt

    # --- writes -------------------------------------------------------------------------------

    def record_completion(self, record: CompletionRecord) -> bool:
        """Store one served completion; True once it is committed, False when telemetry is off."""
        clean = record.validated()
        if not self.enabled:
            return False
        with self._lock:
            db = self._connect()
            db.execute(_INSERT_COMPLETION, astuple(clean))
            if self._clock() - self._last_purge >= self._purge_interval_s:
                self._purge_locked(db)
        return True

    def record_event(
        self,
        type: str,
        completion_id: str,
        choice_index: int = 0,
        select_kind: str | None = None,
        source: str = EventSource.EXPLICIT,
        accepted_chars: int | None = None,
    ) -> bool:
        """Store a Tabby-style event about a completion Mezzo served.

        Raises TelemetryError for an unknown type, source or select kind, a bad index, or (while
        telemetry is on) a completion id that was never recorded. Returns False when nothing was
        written: telemetry is off, or an inferred event arrives for a completion the editor has
        already reported on itself (explicit events win).
        """
        kind, origin, select_kind = _parse_event(type, source, select_kind)
        if isinstance(choice_index, bool) or not isinstance(choice_index, int) or choice_index < 0:
            raise TelemetryError(
                f"choice_index must be a non-negative integer, not {choice_index!r}"
            )
        if accepted_chars is not None and (
            isinstance(accepted_chars, bool)
            or not isinstance(accepted_chars, int)
            or accepted_chars < 0
        ):
            raise TelemetryError("accepted_chars must be a non-negative integer or absent")
        if not isinstance(completion_id, str) or not valid_completion_id(completion_id):
            raise TelemetryError(f"{completion_id!r} is not a completion id Mezzo issues")
        if not self.enabled:
            return False
        with self._lock:
            db = self._connect()
            if (
                db.execute("SELECT 1 FROM completions WHERE id = ?", (completion_id,)).fetchone()
                is None
            ):
                raise TelemetryError(f"no completion with id {completion_id!r} was served")
            if (
                origin is EventSource.INFERRED
                and db.execute(
                    "SELECT 1 FROM events WHERE completion_id = ? AND source = 'explicit' LIMIT 1",
                    (completion_id,),
                ).fetchone()
            ):
                return False
            db.execute(
                "INSERT INTO events (completion_id, time, type, choice_index, select_kind, source,"
                " accepted_chars) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (completion_id, self._clock(), kind.value, choice_index, select_kind,
                 origin.value, accepted_chars),
            )  # fmt: skip
        return True

    # --- retention ----------------------------------------------------------------------------

    def purge(self) -> int:
        """Delete completions (and their events) older than `retention_days`; returns the count."""
        if not self.path.exists():
            return 0
        with self._lock:
            return self._purge_locked(self._connect())

    def _purge_locked(self, db: sqlite3.Connection) -> int:
        self._last_purge = self._clock()
        days = self._settings().retention_days
        if days <= 0:  # 0 or less: keep everything
            return 0
        cutoff = self._clock() - days * DAY_S
        deleted = db.execute("DELETE FROM completions WHERE time < ?", (cutoff,)).rowcount
        # Events cascade with their completion; this also catches any stragglers.
        db.execute("DELETE FROM events WHERE time < ?", (cutoff,))
        if deleted:
            logger.info(
                "telemetry retention: deleted %d completions older than %d days", deleted, days
            )
        return deleted

    # --- connections --------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        """The writer connection, opened (and migrated, and purged) on first use. Hold _lock."""
        if self._closed:
            raise TelemetryError("the telemetry store is closed")
        if self._conn is not None:
            return self._conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
        row = db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        if row is None:
            salt_hex = secrets.token_hex(32)
            db.execute("INSERT INTO meta (key, value) VALUES ('salt', ?)", (salt_hex,))
        else:
            salt_hex = row[0]
        self._salt = bytes.fromhex(salt_hex)
        self._conn = db
        self._purge_locked(db)
        logger.info("telemetry database open: %s", self.path)
        return db

    def open_reader(self) -> sqlite3.Connection | None:
        """A new read-only connection for statistics, or None when nothing was ever recorded.

        Brings an older file up to the current schema first. The caller closes the connection.
        """
        if not self.path.exists():
            return None
        reader = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        if not is_current(reader):
            reader.close()
            with self._lock:
                self._connect()
            reader = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=10
            )
        return reader

    def outcomes(self, since: float = 0.0) -> list[Outcome]:
        """Every completion recorded since `since` with what became of it; [] before the first."""
        reader = self.open_reader()
        if reader is None:
            return []
        with contextlib.closing(reader):
            return load_outcomes(reader, since)

    def close(self) -> None:
        """Idempotent; later writes raise TelemetryError, as they would after shutdown."""
        with self._lock:
            self._closed = True
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _parse_event(
    type: str, source: str, select_kind: str | None
) -> tuple[EventType, EventSource, str | None]:
    try:
        kind = EventType(type)
    except ValueError as exc:
        raise TelemetryError(f"unknown event type {type!r}: use view, select or dismiss") from exc
    try:
        origin = EventSource(source)
    except ValueError as exc:
        raise TelemetryError(f"unknown event source {source!r}") from exc
    if select_kind in ("", None):
        return kind, origin, None
    if select_kind != SELECT_KIND_LINE:
        raise TelemetryError(f"unknown select_kind {select_kind!r}: only 'line' is defined")
    # Tabby sends select_kind only with select; on other types it means nothing, so drop it.
    return kind, origin, select_kind if kind is EventType.SELECT else None
