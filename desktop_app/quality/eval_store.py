"""Evaluation runs kept in SQLite, so that runs can be compared and the app can show the last.

Only figures and row positions are stored, never code: a row is named by its file path and
line, and its completion is scored and forgotten.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.quality.evaluation import EvalRun, RowResult, summarize

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    batch TEXT NOT NULL,
    started_at REAL NOT NULL,
    finished_at REAL NOT NULL,
    source TEXT NOT NULL,
    repo TEXT NOT NULL,
    model TEXT NOT NULL,
    adapter TEXT NOT NULL,
    rows_planned INTEGER NOT NULL,
    rows_done INTEGER NOT NULL,
    interrupted INTEGER NOT NULL,
    summary TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_by_repo ON runs (repo, started_at);
CREATE TABLE IF NOT EXISTS results (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    row_id TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    language TEXT NOT NULL,
    kind TEXT NOT NULL,
    exact INTEGER NOT NULL,
    edit_similarity REAL NOT NULL,
    parse_valid INTEGER,
    empty INTEGER NOT NULL,
    suppressed INTEGER NOT NULL,
    passed INTEGER,
    latency_ms REAL NOT NULL,
    tokens_predicted INTEGER NOT NULL,
    context_tokens INTEGER NOT NULL DEFAULT 0,
    cross_file_identifiers INTEGER NOT NULL DEFAULT 0,
    identifiers_in_context INTEGER NOT NULL DEFAULT 0
);
"""
# Columns added after the first release, for stores made before them.
ADDED_COLUMNS = (
    "context_tokens INTEGER NOT NULL DEFAULT 0",
    "cross_file_identifiers INTEGER NOT NULL DEFAULT 0",
    "identifiers_in_context INTEGER NOT NULL DEFAULT 0",
)


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What was measured: which rows, on which model, under which adapter ("" for none)."""

    batch: str  # runs started together (base and adapter side by side) share it
    source: str  # "repository", "rows", "humaneval", "probes:luau"
    repo: str  # the repository root, or the set's name
    model: str
    adapter: str = ""
    started_at: float = 0.0


@dataclass(frozen=True, slots=True)
class StoredRun:
    id: int
    info: RunInfo
    rows_planned: int
    rows_done: int
    interrupted: bool
    summary: dict[str, Any]


class EvalStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._schema_ready = False  # created once per store, not on every read

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if not self._schema_ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            if not self._schema_ready:
                db.executescript(SCHEMA)
                _add_missing_columns(db)
                self._schema_ready = True
            with db:
                yield db
        finally:
            db.close()

    def save(self, info: RunInfo, run: EvalRun) -> int:
        """One transaction: a run is stored whole, with its results, or not at all."""
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO runs (batch, started_at, finished_at, source, repo, model, adapter,"
                " rows_planned, rows_done, interrupted, summary)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    info.batch, info.started_at, time.time(), info.source, info.repo, info.model,
                    info.adapter, run.planned, len(run.results), run.interrupted,
                    json.dumps(run.summary),
                ),
            )  # fmt: skip
            run_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO results (run_id, row_id, path, line, language, kind, exact,"
                " edit_similarity, parse_valid, empty, suppressed, passed, latency_ms,"
                " tokens_predicted, context_tokens, cross_file_identifiers, identifiers_in_context)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        run_id, r.row_id, r.path, r.line, r.language, r.kind, r.exact,
                        r.edit_similarity, r.parse_valid, r.empty, r.suppressed, r.passed,
                        r.latency_ms, r.tokens_predicted, r.context_tokens,
                        r.cross_file_identifiers, r.identifiers_in_context,
                    )
                    for r in run.results
                ],
            )  # fmt: skip
        return run_id

    def runs(self, repo: str | None = None, limit: int = 20) -> list[StoredRun]:
        """The newest runs first, of one repository or set when `repo` is given."""
        where, args = ("WHERE repo = ?", (repo,)) if repo is not None else ("", ())
        with self._connect() as db:
            found = db.execute(
                "SELECT id, batch, started_at, source, repo, model, adapter, rows_planned,"
                f" rows_done, interrupted, summary FROM runs {where}"
                " ORDER BY started_at DESC, id DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        return [_stored(row) for row in found]

    def last_batch(self, repo: str) -> list[StoredRun]:
        """The runs of the newest batch on `repo`: base and adapter side by side, base first."""
        newest = self.runs(repo, limit=1)
        if not newest:
            return []
        batch = newest[0].info.batch
        with self._connect() as db:
            found = db.execute(
                "SELECT id, batch, started_at, source, repo, model, adapter, rows_planned,"
                " rows_done, interrupted, summary FROM runs WHERE repo = ? AND batch = ?"
                " ORDER BY adapter != '', id",
                (repo, batch),
            ).fetchall()
        return [_stored(row) for row in found]

    def row_results(self, run_id: int) -> list[RowResult]:
        with self._connect() as db:
            found = db.execute(
                "SELECT row_id, path, line, language, kind, exact, edit_similarity, parse_valid,"
                " empty, suppressed, passed, latency_ms, tokens_predicted, context_tokens,"
                " cross_file_identifiers, identifiers_in_context"
                " FROM results WHERE run_id = ? ORDER BY rowid",
                (run_id,),
            ).fetchall()
        return [_row_result(row) for row in found]

    def last_comparison(self, repo: str) -> list[StoredRun]:
        """`last_batch`, with both sides on the same rows: when the adapter's run was stopped
        part-way, the base run's figures are recomputed on the rows the adapter reached."""
        runs = self.last_batch(repo)
        if len(runs) == 2 and runs[1].rows_done < runs[0].rows_done:
            base, adapter = runs
            reached = {result.row_id for result in self.row_results(adapter.id)}
            shared = [r for r in self.row_results(base.id) if r.row_id in reached]
            runs = [
                dataclasses.replace(base, rows_done=len(shared), summary=summarize(shared)),
                adapter,
            ]
        return runs


def _row_result(row: tuple[Any, ...]) -> RowResult:
    """A stored result back as the evaluation made it (SQLite keeps its flags as integers)."""
    (row_id, path, line, language, kind, exact, similarity, parse_valid, empty, suppressed,
     passed, latency_ms, tokens, context_tokens, wanted, held) = row  # fmt: skip
    return RowResult(
        row_id=row_id, path=path, line=line, language=language, kind=kind, exact=bool(exact),
        edit_similarity=similarity, parse_valid=_flag(parse_valid), empty=bool(empty),
        suppressed=bool(suppressed), passed=_flag(passed), latency_ms=latency_ms,
        tokens_predicted=tokens, context_tokens=context_tokens, cross_file_identifiers=wanted,
        identifiers_in_context=held,
    )  # fmt: skip


def _add_missing_columns(db: sqlite3.Connection) -> None:
    have = {row[1] for row in db.execute("PRAGMA table_info(results)")}
    for column in ADDED_COLUMNS:
        if column.split()[0] not in have:
            db.execute(f"ALTER TABLE results ADD COLUMN {column}")


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _stored(row: tuple[Any, ...]) -> StoredRun:
    (run_id, batch, started, source, repo, model, adapter, planned, done, interrupted,
     summary) = row  # fmt: skip
    return StoredRun(
        id=run_id,
        info=RunInfo(batch, source, repo, model, adapter, started),
        rows_planned=planned,
        rows_done=done,
        interrupted=bool(interrupted),
        summary=json.loads(summary),
    )
