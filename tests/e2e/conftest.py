"""End-to-end fixtures: a real MezzoCore and HTTP server, with the battery and the clock in the
test's hands.

Built on `tests/server/live.py` (the same `LiveServer`, settings and timeouts); what differs is
that the core gets a `FakeBattery` the test plugs and unplugs, and a `FakeClock` that throttle
intervals and acceptance-inference timeouts are measured by, so nothing depends on how fast the
machine runs the tests. The clock only moves when a test moves it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import keyring.backends.null
import pytest

from desktop_app.base.battery import BatteryReading
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import Settings, SettingsStore
from desktop_app.core.service import MezzoCore
from desktop_app.server.app import build_app
from desktop_app.server.runner import ServerThread
from tests.fixtures.fakes import FakeBattery, FakeClock
from tests.server.live import HTTP_TIMEOUT, LiveServer, mezzo_settings

T0 = 1_000.0


def e2e_settings(**sections: dict[str, Any]) -> Settings:
    """`mezzo_settings` (gates off, free ports, no mains throttle) with the battery read on every
    request, and any section's fields overridden: `e2e_settings(power={...}, gating={...})`."""
    server, engine, gating = (sections.pop(k, None) for k in ("server", "engine", "gating"))
    settings = mezzo_settings(server=server, engine=engine, gating=gating)
    settings = replace(settings, power=replace(settings.power, battery_poll_s=0.0))
    for name, fields in sections.items():
        settings = replace(settings, **{name: replace(getattr(settings, name), **fields)})
    return settings


def launch_core(
    home: Path,
    model: Path | None,
    settings: Settings,
    *,
    battery: Callable[[], BatteryReading | None] = lambda: None,
    clock: Callable[[], float] = time.monotonic,
) -> LiveServer:
    paths = MezzoPaths(home)
    core = MezzoCore(
        paths,
        settings=SettingsStore(paths.settings_file, settings),
        battery=battery,
        secret_store=SecretStore(backend=keyring.backends.null.Keyring()),
        clock=clock,
    )
    try:
        thread = ServerThread(build_app(core), 0).start()
    except BaseException:
        core.close()
        raise
    live = LiveServer(core, thread)
    if model is not None:
        try:
            core.load_model(model).result(HTTP_TIMEOUT)
        except BaseException:
            live.close()
            raise
    return live


StartE2E = Callable[..., LiveServer]


@pytest.fixture
def start(mezzo_home: Path, clock: FakeClock, battery: FakeBattery) -> Iterator[StartE2E]:
    """Factory: `start(model, settings)` runs a server under this test's MEZZO_HOME, with the
    test's battery and clock."""
    started: list[LiveServer] = []

    def launch(model: Path | None, settings: Settings | None = None) -> LiveServer:
        live = launch_core(
            mezzo_home, model, settings or e2e_settings(), battery=battery, clock=clock
        )
        started.append(live)
        return live

    yield launch
    for live in reversed(started):
        live.close()


@pytest.fixture
def live(start: StartE2E, tiny_qwen_model: Path) -> LiveServer:
    """The tiny FIM model, gates off, under this test's MEZZO_HOME."""
    return start(tiny_qwen_model)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, tiny_qwen_model: Path) -> Iterator[LiveServer]:
    """Like `live`, shared by a module whose tests each look only at their own completions."""
    live = launch_core(tmp_path_factory.mktemp("mezzo-home"), tiny_qwen_model, e2e_settings())
    yield live
    live.close()


def telemetry_db(live: LiveServer) -> Path:
    """The database file, once everything the server has answered so far is written to it
    (recording runs on a writer thread after the answer has left)."""
    live.core.recorder.flush()
    return live.core.paths.telemetry_db


@contextlib.contextmanager
def read_db(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only look at the telemetry database, as `mezzo stats` takes one."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        yield db
    finally:
        db.close()


def completion_row(live: LiveServer, completion_id: str) -> sqlite3.Row:
    with read_db(telemetry_db(live)) as db:
        row = db.execute("SELECT * FROM completions WHERE id = ?", (completion_id,)).fetchone()
    assert row is not None, f"no row for {completion_id}"
    return row


def events_of(live: LiveServer, completion_id: str) -> list[tuple[Any, ...]]:
    """(type, select_kind, source, accepted_chars) of each event about a completion, in order."""
    with read_db(telemetry_db(live)) as db:
        rows = db.execute(
            "SELECT type, select_kind, source, accepted_chars FROM events"
            " WHERE completion_id = ? ORDER BY id",
            (completion_id,),
        ).fetchall()
    return [tuple(row) for row in rows]


def count_rows(live: LiveServer, table: str) -> int:
    path = telemetry_db(live)
    if not path.exists():
        return 0
    with read_db(path) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
