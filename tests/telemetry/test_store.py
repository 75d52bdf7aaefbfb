"""The telemetry database: records, Tabby-style events, retention, the off switch, durability."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.base.errors import TelemetryError
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import Settings, SettingsStore, TelemetrySettings
from desktop_app.telemetry.migrations import MIGRATIONS
from desktop_app.telemetry.records import (
    CompletionRecord,
    clean_label,
    language_for,
    new_completion_id,
    text_shape,
)
from desktop_app.telemetry.store import DAY_S, TelemetryStore
from tests.fixtures.fakes import FakeClock

REPO_ROOT = Path(__file__).resolve().parents[2]
T0 = 1_750_000_000.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def db_path(mezzo_home: Path) -> Path:
    return MezzoPaths.from_environment().telemetry_db


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> TelemetryStore:
    telemetry = TelemetryStore(db_path, TelemetrySettings(), clock=clock)
    yield telemetry
    telemetry.close()


def record(cid: str | None = None, **fields: object) -> CompletionRecord:
    return CompletionRecord(id=cid or new_completion_id(), time=fields.pop("time", T0), **fields)


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


class TestRecordCompletion:
    def test_recorded_completion_reads_back_with_every_field(self, store: TelemetryStore) -> None:
        chars, lines = text_shape("total = 0\nfor x in xs:")
        rec = record(
            "cmpl-" + "a" * 32,
            client_hash=store.hash_client("vscode"),
            model_id="qwen2.5-coder-0.5b",
            model_version="1.2.0",
            adapter="luau-lora",
            language=language_for("game/init.luau"),
            repo_hash=store.hash_repo("/src/game"),
            prompt_tokens=900,
            tokens_reused=850,
            queue_ms=3.0,
            prompt_ms=40.0,
            generation_ms=60.0,
            completion_chars=chars,
            completion_lines=lines,
            mean_logprob=-0.04,
            min_logprob=-1.5,
            finish_reason="stop",
            dialect="llama",
        )
        assert store.record_completion(rec)
        [row] = rows(store.path, "SELECT * FROM completions")
        assert row[0] == rec.id
        assert row[6] == "luau"
        assert (chars, lines) == (22, 2)
        assert row[8:15] == (900, 850, 3.0, 40.0, 60.0, 22, 2)

    def test_recording_the_same_id_again_updates_it_and_keeps_its_events(
        self, store: TelemetryStore
    ) -> None:
        rec = record(prompt_tokens=10)
        store.record_completion(rec)
        store.record_event("view", rec.id)
        store.record_completion(replace(rec, superseded=True))
        assert rows(store.path, "SELECT superseded FROM completions") == [(1,)]
        assert rows(store.path, "SELECT type FROM events") == [("view",)]

    @pytest.mark.parametrize("field", ["client_hash", "repo_hash"])
    def test_raw_identifiers_in_hash_fields_are_refused(
        self, store: TelemetryStore, field: str
    ) -> None:
        with pytest.raises(TelemetryError):
            store.record_completion(record(**{field: "/home/alice/work/secret"}))
        assert not store.path.exists()

    def test_paths_in_label_fields_are_reduced_to_their_last_part(
        self, store: TelemetryStore
    ) -> None:
        store.record_completion(
            record(model_id="/home/alice/models/qwen-0.5b.gguf", adapter="C:\\Users\\bob\\lora")
        )
        assert rows(store.path, "SELECT model_id, adapter FROM completions") == [
            ("qwen-0.5b.gguf", "lora")
        ]
        assert clean_label("Qwen/Qwen2.5-Coder-0.5B") == "Qwen/Qwen2.5-Coder-0.5B"

    def test_ids_mezzo_does_not_issue_are_refused(self, store: TelemetryStore) -> None:
        with pytest.raises(TelemetryError):
            store.record_completion(record("not an id; DROP TABLE"))


class TestEvents:
    @pytest.mark.parametrize("kind", ["view", "select", "dismiss"])
    def test_tabby_event_types_are_stored(self, store: TelemetryStore, kind: str) -> None:
        rec = record()
        store.record_completion(rec)
        assert store.record_event(kind, rec.id, 0)
        assert rows(store.path, "SELECT type, source, select_kind FROM events") == [
            (kind, "explicit", None)
        ]

    def test_select_kind_line_marks_a_partial_accept(self, store: TelemetryStore) -> None:
        rec = record()
        store.record_completion(rec)
        store.record_event("select", rec.id, 1, select_kind="line", accepted_chars=12)
        assert rows(store.path, "SELECT choice_index, select_kind, accepted_chars FROM events") == [
            (1, "line", 12)
        ]

    @pytest.mark.parametrize("kind", ["accept", "VIEW", "", "reject", 3])
    def test_unknown_event_types_raise(self, store: TelemetryStore, kind: object) -> None:
        rec = record()
        store.record_completion(rec)
        with pytest.raises(TelemetryError):
            store.record_event(kind, rec.id)  # type: ignore[arg-type]
        assert rows(store.path, "SELECT count(*) FROM events") == [(0,)]

    def test_unknown_completion_id_raises(self, store: TelemetryStore) -> None:
        store.record_completion(record())
        with pytest.raises(TelemetryError, match="no completion"):
            store.record_event("view", new_completion_id())

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"select_kind": "word"},
            {"choice_index": -1},
            {"choice_index": True},
            {"accepted_chars": -5},
            {"source": "guessed"},
        ],
    )
    def test_malformed_event_fields_raise(self, store: TelemetryStore, kwargs: dict) -> None:
        rec = record()
        store.record_completion(rec)
        with pytest.raises(TelemetryError):
            store.record_event("select", rec.id, **kwargs)

    def test_inferred_events_are_not_stored_once_the_editor_reported_explicitly(
        self, store: TelemetryStore
    ) -> None:
        rec = record()
        store.record_completion(rec)
        assert store.record_event("view", rec.id, source="inferred")
        assert store.record_event("dismiss", rec.id)
        assert not store.record_event("select", rec.id, source="inferred", accepted_chars=3)
        assert rows(store.path, "SELECT type, source FROM events ORDER BY id") == [
            ("view", "inferred"),
            ("dismiss", "explicit"),
        ]


class TestTelemetryOff:
    def test_nothing_is_written_and_the_file_is_not_created(self, db_path: Path) -> None:
        store = TelemetryStore(db_path, TelemetrySettings(enabled=False))
        assert store.hash_client("vscode") == ""
        assert not store.record_completion(record(client_hash=store.hash_client("vscode")))
        assert not store.record_event("view", new_completion_id())
        assert not db_path.exists()
        assert list(db_path.parent.glob("telemetry*")) == []

    def test_bad_event_types_still_raise_while_off(self, db_path: Path) -> None:
        store = TelemetryStore(db_path, TelemetrySettings(enabled=False))
        with pytest.raises(TelemetryError):
            store.record_event("accept", new_completion_id())

    def test_a_live_settings_change_takes_effect_on_the_next_write(
        self, db_path: Path, tmp_path: Path
    ) -> None:
        settings = SettingsStore(tmp_path / "settings.json", Settings())
        store = TelemetryStore.for_settings(db_path, settings)
        first, second, third = record(), record(), record()
        assert store.record_completion(first)
        settings.update(telemetry=TelemetrySettings(enabled=False))
        assert not store.record_completion(second)
        assert not store.record_event("view", first.id)
        settings.update(telemetry=TelemetrySettings(enabled=True))
        assert store.record_completion(third)
        ids = {row[0] for row in rows(db_path, "SELECT id FROM completions")}
        assert ids == {first.id, third.id}
        assert rows(db_path, "SELECT count(*) FROM events") == [(0,)]
        store.close()


class TestRetention:
    def test_events_older_than_retention_are_deleted_on_open(
        self, db_path: Path, clock: FakeClock
    ) -> None:
        first = TelemetryStore(db_path, TelemetrySettings(retention_days=90), clock=clock)
        old, recent = record(time=T0 - 91 * DAY_S), record(time=T0 - 89 * DAY_S)
        first.record_completion(recent)
        first.record_completion(old)  # written late, e.g. after the clock was set back
        first.record_event("view", old.id)
        first.record_event("view", recent.id)
        first.close()
        reopened = TelemetryStore(db_path, TelemetrySettings(retention_days=90), clock=clock)
        reopened.hash_client("x")  # any use opens the database, and opening purges
        assert rows(db_path, "SELECT id FROM completions") == [(recent.id,)]
        assert rows(db_path, "SELECT completion_id FROM events") == [(recent.id,)]
        reopened.close()

    def test_events_older_than_retention_are_deleted_periodically(
        self, db_path: Path, clock: FakeClock
    ) -> None:
        store = TelemetryStore(
            db_path, TelemetrySettings(retention_days=1), clock=clock, purge_interval_s=3600
        )
        early = record(time=T0)
        store.record_completion(early)
        store.record_event("view", early.id)
        clock.now += DAY_S + 1800  # older than a day, but the last purge was 30 h ago
        store.record_completion(record(time=clock.now))
        assert early.id not in {row[0] for row in rows(db_path, "SELECT id FROM completions")}
        assert rows(db_path, "SELECT count(*) FROM events") == [(0,)]
        store.close()

    def test_retention_follows_live_settings(self, db_path: Path, clock: FakeClock) -> None:
        current = {"days": 90}
        store = TelemetryStore(
            db_path, lambda: TelemetrySettings(retention_days=current["days"]), clock=clock
        )
        store.record_completion(record(time=T0 - 10 * DAY_S))
        assert store.purge() == 0
        current["days"] = 7
        assert store.purge() == 1
        store.close()


class TestSchema:
    def test_database_uses_wal_and_full_sync_and_records_migrations(
        self, store: TelemetryStore
    ) -> None:
        store.record_completion(record())
        assert rows(store.path, "PRAGMA journal_mode") == [("wal",)]
        assert rows(store.path, "SELECT name FROM _migrations") == [
            (fn.__name__,) for fn in MIGRATIONS
        ]
        db = store._connect()  # the writer's own connection carries the durability setting
        assert db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL

    def test_reopening_applies_no_migration_twice(self, db_path: Path) -> None:
        for _ in range(2):
            store = TelemetryStore(db_path)
            store.record_completion(record())
            store.close()
        assert rows(db_path, "SELECT count(*) FROM _migrations") == [(len(MIGRATIONS),)]

    def test_free_text_reasons_of_an_older_database_become_typed_values(
        self, db_path: Path
    ) -> None:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        old = sqlite3.connect(db_path, isolation_level=None)
        old.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at REAL)")
        MIGRATIONS[0](old)  # the schema as the first release wrote it
        old.execute("INSERT INTO _migrations VALUES (?, 0)", (MIGRATIONS[0].__name__,))
        written_then = {
            "a": ("throttled: on battery (54 %), 300 ms between requests", "ollama"),
            "b": ("throttled: on battery (53 %), 300 ms between requests", "ollama"),
            "c": ("completions are turned off", "openai"),
            "d": ("paused until 14:05", "llama-server"),
            "e": ("battery low (12 %)", "llama-server"),
            "f": ("low_confidence", "llama-server"),
            "g": ("", ""),
        }
        for cid, (reason, dialect) in written_then.items():
            old.execute(
                "INSERT INTO completions VALUES (?, ?, '', '', '', '', 'lua', '', 0, 0, 0, 0, 0,"
                " 0, 0, NULL, NULL, 'throttled', ?, ?, 0, ?)",
                (f"cmpl-{cid}", time.time(), int(bool(reason)), reason, dialect),
            )
        old.close()
        store = TelemetryStore(db_path)
        store.record_completion(record())  # opening the writer migrates
        store.close()
        typed = rows(db_path, "SELECT id, suppress_reason FROM completions WHERE length(id) = 6")
        assert dict(typed) == {
            "cmpl-a": "too_soon",
            "cmpl-b": "too_soon",
            "cmpl-c": "completions_off",
            "cmpl-d": "paused",
            "cmpl-e": "battery_low",
            "cmpl-f": "low_confidence",
            "cmpl-g": "",
        }
        assert rows(db_path, "SELECT dialect FROM completions WHERE id = 'cmpl-g'") == [
            ("in-process",)
        ]

    def test_reader_is_none_before_anything_was_recorded(self, store: TelemetryStore) -> None:
        assert store.open_reader() is None

    def test_closed_store_refuses_writes(self, store: TelemetryStore) -> None:
        store.close()
        store.close()
        assert not store.record_completion(record())


class TestIdentifiers:
    def test_hashes_are_stable_within_an_install_and_differ_between_installs(
        self, tmp_path: Path
    ) -> None:
        a = TelemetryStore(tmp_path / "a.sqlite3")
        b = TelemetryStore(tmp_path / "b.sqlite3")
        assert a.hash_client("vscode") == a.hash_client("vscode")
        assert a.hash_client("vscode") != b.hash_client("vscode")
        assert a.hash_repo("/src/game/") == a.hash_repo("/src/game")
        assert a.hash_repo("/src/game") != a.hash_client("/src/game")
        assert len(a.hash_repo("/src/game")) == 64
        assert a.hash_repo(None) == "" and a.hash_repo("") == ""
        a.close()
        reopened = TelemetryStore(tmp_path / "a.sqlite3")
        assert reopened.hash_client("vscode") == TelemetryStore(tmp_path / "a.sqlite3").hash_client(
            "vscode"
        )

    @pytest.mark.parametrize(
        ("filename", "declared", "language"),
        [
            ("/home/a/game/init.luau", None, "luau"),
            ("C:\\work\\app\\main.PY", None, "python"),
            ("src/view.tsx", None, "typescriptreact"),
            ("Makefile", None, "unknown"),
            ("notes.xyz", None, "other"),
            (None, None, "unknown"),
            ("a.py", "TypeScript", "typescript"),
            ("a.py", "/etc/passwd", "other"),
            (None, "roblox", "luau"),
        ],
    )
    def test_language_comes_from_the_declared_field_or_the_extension(
        self, filename: str | None, declared: str | None, language: str
    ) -> None:
        assert language_for(filename, declared) == language


_CRASHING_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop_app.telemetry.records import CompletionRecord
    from desktop_app.telemetry.store import TelemetryStore

    store = TelemetryStore(Path(sys.argv[1]))
    i = 0
    while True:
        cid = f"cmpl-{i:032x}"
        store.record_completion(CompletionRecord(id=cid, prompt_tokens=i))
        store.record_event("view", cid)
        print(cid, flush=True)  # acknowledged: both writes returned
        i += 1
    """
)


class TestDurability:
    def test_a_killed_writer_loses_nothing_it_acknowledged(self, db_path: Path) -> None:
        child = subprocess.Popen(
            [sys.executable, "-c", _CRASHING_WRITER, str(db_path)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
        assert child.stdout is not None
        acknowledged = [child.stdout.readline().strip() for _ in range(40)]
        os.kill(child.pid, signal.SIGKILL)  # mid-stream: it was writing the next row
        acknowledged += [line.strip() for line in child.stdout if line.strip()]
        child.wait()
        assert child.returncode == -signal.SIGKILL
        with sqlite3.connect(db_path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in db.execute("SELECT id FROM completions")}
            viewed = {row[0] for row in db.execute("SELECT completion_id FROM events")}
        assert len(acknowledged) >= 40
        assert set(acknowledged) <= stored
        assert set(acknowledged) <= viewed
