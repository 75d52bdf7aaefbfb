"""Telemetry stores no code, no prompt, no completion and no path: after a session whose prompts,
files, repositories and client names carry unique markers, no marker and no delivered text is
anywhere in the database, read column by column or byte by byte (main file and WAL), nor in any
other file Mezzo wrote under MEZZO_HOME."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.conftest import FakeClock, StartE2E, read_db, telemetry_db
from tests.e2e.dialects import DIALECTS, complete
from tests.server.live import LiveServer

_HEX = re.compile(r"^[0-9a-f\s]*$")


@dataclass
class Secrets:
    """Everything the session said that must not be kept, and what the model answered."""

    markers: list[str]
    texts: list[str]

    def needles(self) -> list[str]:
        # A completion that is all hex digits could occur inside a salted hash by chance.
        long = [t.strip() for t in self.texts if len(t.strip()) >= 8 and not _HEX.match(t)]
        return self.markers + long


def play_session(live: LiveServer, clock: FakeClock) -> Secrets:
    tag = uuid.uuid4().hex[:12]
    code, after, folder, module = (f"{name}_{tag}" for name in ("code", "after", "dir", "mod"))
    repo = f"/home/someone/{folder}/shop_{tag}"
    filepath = f"{repo}/src/{module}.py"
    client, extra = f"editor_{tag}", f"snippet_{tag}"
    prefix = f'import os\n\nTOKEN = "{code}"\n\ndef load_{code}(path):\n    return '
    suffix = f"\n\nprint(load_{after}('/etc/{after}'))\n"
    secrets = Secrets([code, after, folder, module, repo, filepath, client, extra], [])
    for dialect in DIALECTS:
        extras = {"filepath": filepath, "repo": repo}
        if dialect.path == "/infill":
            extras["input_extra"] = [{"text": f"def {extra}():\n    pass\n", "filename": filepath}]
        answer = complete(live, dialect, prefix, suffix, 10, client, **extras)
        assert answer.status == 200
        secrets.texts.append(answer.text)
        clock.advance(1.0)
    # A person typing through the last suggestion (inferred events) and a Tabby client's events.
    shown = complete(live, DIALECTS[0], prefix, suffix, 10, client, filepath=filepath)
    clock.advance(1.0)
    later = complete(live, DIALECTS[0], prefix + shown.text + "\n", suffix, 10, client,
                     filepath=filepath)  # fmt: skip
    secrets.texts += [shown.text, later.text]
    for kind in ("view", "select"):
        live.post("/v1/events", {"type": kind, "completion_id": later.completion_id})
    return secrets


def text_cells(db_file: Path) -> list[str]:
    """Every text or blob value of every table, as text."""
    cells: list[str] = []
    with read_db(db_file) as db:
        db.row_factory = None
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        cells.append(value.decode("utf-8", "replace"))
                    elif isinstance(value, str):
                        cells.append(value)
    return cells


def files_under(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in home.rglob("*") if p.is_file()}


def assert_nothing_kept(blobs: dict[str, bytes], needles: list[str]) -> None:
    for name, data in blobs.items():
        for needle in needles:
            assert needle.encode() not in data, f"{needle!r} found in {name}"


@pytest.fixture
def session(start: StartE2E, tiny_qwen_model: Path, clock: FakeClock) -> tuple[LiveServer, Secrets]:
    live = start(tiny_qwen_model)
    return live, play_session(live, clock)


class TestNothingOfTheCodeIsStored:
    def test_the_session_was_recorded(self, session: tuple[LiveServer, Secrets]) -> None:
        live, _ = session
        with read_db(telemetry_db(live)) as db:
            completions = db.execute("SELECT COUNT(*) FROM completions").fetchone()[0]
            sources = {r[0] for r in db.execute("SELECT DISTINCT source FROM events")}
        assert completions == len(DIALECTS) + 2
        assert sources == {"explicit", "inferred"}

    def test_no_column_of_any_table_holds_a_marker_a_path_or_a_completion(
        self, session: tuple[LiveServer, Secrets]
    ) -> None:
        live, secrets = session
        cells = text_cells(telemetry_db(live))
        assert cells
        for needle in secrets.needles():
            assert not [cell for cell in cells if needle in cell], needle
        assert not [cell for cell in cells if "/home/" in cell or ".py" in cell]

    def test_the_database_and_its_wal_hold_none_of_them_byte_for_byte(
        self, session: tuple[LiveServer, Secrets]
    ) -> None:
        live, secrets = session
        db_file = telemetry_db(live)
        blobs = {p.name: p.read_bytes() for p in db_file.parent.glob(db_file.name + "*")}
        assert {db_file.name, db_file.name + "-wal"} <= set(blobs)
        assert_nothing_kept(blobs, secrets.needles())

    def test_after_shutdown_no_file_under_mezzo_home_holds_them(
        self, session: tuple[LiveServer, Secrets], mezzo_home: Path
    ) -> None:
        live, secrets = session
        live.close()  # flushes pending inference and checkpoints the WAL into the database
        blobs = files_under(mezzo_home)
        assert "telemetry.sqlite3" in blobs
        assert_nothing_kept(blobs, secrets.needles())
