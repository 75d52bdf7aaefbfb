"""The telemetry schema, grown by named migrations that are recorded once applied.

After simonw/llm's `migrations.py`: each migration is a function named `mNNN_what`, registered in
order by `@migration`; `migrate()` runs the ones missing from `_migrations` and records each in
the same transaction as its changes, so a crash half-way leaves either the old schema or the new.
Never edit a released migration; add the next one.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable

logger = logging.getLogger(__name__)

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


def applied(db: sqlite3.Connection) -> set[str]:
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at REAL)")
    return {row[0] for row in db.execute("SELECT name FROM _migrations")}


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply the missing migrations in order; returns their names. `db` must be in autocommit."""
    done = applied(db)
    ran: list[str] = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (fn.__name__, time.time()),
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        logger.info("telemetry migration applied: %s", fn.__name__)
        ran.append(fn.__name__)
    return ran


def is_current(db: sqlite3.Connection) -> bool:
    try:
        names = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    except sqlite3.OperationalError:
        return False
    return all(fn.__name__ in names for fn in MIGRATIONS)


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    # meta holds the per-install salt; it never leaves this file (exports re-hash with a new one).
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE completions (
            id TEXT PRIMARY KEY,
            time REAL NOT NULL,
            client_hash TEXT NOT NULL,
            model_id TEXT NOT NULL,
            model_version TEXT NOT NULL,
            adapter TEXT NOT NULL,
            language TEXT NOT NULL,
            repo_hash TEXT NOT NULL,
            prompt_tokens INTEGER NOT NULL,
            tokens_reused INTEGER NOT NULL,
            queue_ms REAL NOT NULL,
            prompt_ms REAL NOT NULL,
            generation_ms REAL NOT NULL,
            completion_chars INTEGER NOT NULL,
            completion_lines INTEGER NOT NULL,
            mean_logprob REAL,
            min_logprob REAL,
            finish_reason TEXT NOT NULL,
            suppressed INTEGER NOT NULL,
            suppress_reason TEXT NOT NULL,
            superseded INTEGER NOT NULL,
            dialect TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX completions_by_time ON completions (time)")
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            completion_id TEXT NOT NULL REFERENCES completions (id) ON DELETE CASCADE,
            time REAL NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('view', 'select', 'dismiss')),
            choice_index INTEGER NOT NULL,
            select_kind TEXT CHECK (select_kind IS NULL OR select_kind = 'line'),
            source TEXT NOT NULL CHECK (source IN ('explicit', 'inferred')),
            accepted_chars INTEGER
        )
        """
    )
    db.execute("CREATE INDEX events_by_completion ON events (completion_id, source)")
    db.execute("CREATE INDEX events_by_time ON events (time)")


@migration
def m002_typed_reasons(db: sqlite3.Connection) -> None:
    """Throttle reasons were sentences with the battery percentage in them ("throttled: on
    battery (54 %), 300 ms between requests"), so statistics grew one bucket per percent; they
    are the power policy's ThrottleReason values now ("too_soon", for a request refused within
    the battery interval, only in rows from versions that refused such requests; they now wait).
    Completions from in-process callers had no dialect; they are "in-process"."""
    db.execute(
        """
        UPDATE completions SET suppress_reason = CASE
            WHEN suppress_reason LIKE 'throttled%' THEN 'too_soon'
            WHEN suppress_reason = 'completions are turned off' THEN 'completions_off'
            WHEN suppress_reason LIKE 'paused until%' THEN 'paused'
            WHEN suppress_reason LIKE 'battery low%' THEN 'battery_low'
            ELSE suppress_reason
        END
        WHERE suppress_reason <> ''
        """
    )
    db.execute("UPDATE completions SET dialect = 'in-process' WHERE dialect = ''")
