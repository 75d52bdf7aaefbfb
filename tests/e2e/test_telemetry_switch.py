"""Telemetry switched off in Settings, at run time: completions go on in every dialect, events
are still answered, and nothing more reaches the database (which is never created when
telemetry was off from the start)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.e2e.conftest import FakeClock, StartE2E, count_rows, e2e_settings, telemetry_db
from tests.e2e.dialects import DIALECTS, PREFIX, complete
from tests.server.live import LiveServer


def set_telemetry(live: LiveServer, enabled: bool) -> None:
    settings = live.core.settings
    settings.update(telemetry=replace(settings.current.telemetry, enabled=enabled))


def serve_every_dialect(live: LiveServer, clock: FakeClock) -> list[str]:
    ids = []
    for dialect in DIALECTS:
        answer = complete(live, dialect, client="editor")
        assert answer.status == 200
        assert answer.text
        ids.append(answer.completion_id)
        clock.advance(1.0)
    return ids


class TestTelemetryOff:
    def test_off_from_the_start_serves_everything_and_creates_no_database(
        self, start: StartE2E, tiny_qwen_model: Path, clock: FakeClock
    ) -> None:
        live = start(tiny_qwen_model, e2e_settings(telemetry={"enabled": False}))
        ids = serve_every_dialect(live, clock)
        for kind in ("view", "select"):
            assert (
                live.post("/v1/events", {"type": kind, "completion_id": ids[0]}).status_code == 200
            )
        # the person accepts the last suggestion: inference has nothing to write either
        shown = complete(live, DIALECTS[0], filepath="a.py")
        clock.advance(1.0)
        complete(live, DIALECTS[0], prefix=PREFIX + shown.text + "\n", filepath="a.py")
        live.core.recorder.inference.flush()
        assert live.get("/mezzo/stats").json()["completions"] == 0
        assert not telemetry_db(live).exists()

    def test_switched_off_at_run_time_nothing_more_is_written(
        self, live: LiveServer, clock: FakeClock
    ) -> None:
        before = serve_every_dialect(live, clock)
        live.post("/v1/events", {"type": "view", "completion_id": before[0]})
        rows, events = count_rows(live, "completions"), count_rows(live, "events")
        assert rows == len(DIALECTS)
        assert events > 1  # the explicit view, and what inference made of replaced suggestions
        set_telemetry(live, False)
        during = serve_every_dialect(live, clock)
        assert (
            live.post("/v1/events", {"type": "select", "completion_id": before[0]}).status_code
            == 200
        )
        assert (
            live.post("/v1/events", {"type": "view", "completion_id": during[0]}).status_code == 200
        )
        live.core.recorder.inference.flush()
        assert (count_rows(live, "completions"), count_rows(live, "events")) == (rows, events)

    def test_switched_back_on_recording_resumes(self, live: LiveServer, clock: FakeClock) -> None:
        set_telemetry(live, False)
        serve_every_dialect(live, clock)
        assert count_rows(live, "completions") == 0
        set_telemetry(live, True)
        ids = serve_every_dialect(live, clock)
        assert count_rows(live, "completions") == len(ids)
        assert live.get("/mezzo/stats").json()["completions"] == len(ids)
