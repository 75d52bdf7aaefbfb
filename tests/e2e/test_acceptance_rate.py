"""Done when: after a scripted session in which a person accepts 3 of 10 suggestions in an
editor that sends no events, `mezzo stats --json` reports 30 % for that client; and a whole
`mezzo bench session` played on the test's clock reports, per client, exactly what its people
did."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from desktop_app.bundles.catalog import resources_dir
from desktop_app.cli import main
from desktop_app.quality.editing_session import Shape, SimulatedEditor
from desktop_app.quality.session_report import SessionOptions, run_session
from tests.e2e.conftest import FakeClock, read_db, telemetry_db
from tests.server.live import LiveServer

CODE = "def load(path):\n    with open(path) as handle:\n        data = \n    return data\n"


@pytest.mark.parametrize("shape", list(Shape), ids=lambda s: s.value)
def test_accepting_3_of_10_suggestions_is_30_percent_for_that_client_in_mezzo_stats(
    live: LiveServer, clock: FakeClock, shape: Shape
) -> None:
    person = SimulatedEditor(live.url, "the-person", shape, pause=clock.advance, think_s=1.0,
                             n_predict=10)  # fmt: skip
    person.open("src/load.py", CODE, CODE.index("data = ") + len("data = "))
    person.ask()
    for i in range(10):
        assert person.shown is not None, "the tiny model's text is always worth showing"
        if i in (1, 4, 8):
            person.accept_all()
        else:
            person.reject()
    live.core.recorder.flush()
    result = CliRunner().invoke(main, ["stats", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    mine = stats["by_client"][live.core.telemetry.hash_client("the-person")]
    assert (mine["viewed"], mine["accepted"], mine["dismissed"]) == (10, 3, 7)
    assert mine["rate"] == pytest.approx(0.3)
    with read_db(telemetry_db(live)) as db:
        sources = {row[0] for row in db.execute("SELECT DISTINCT source FROM events")}
    assert sources == {"inferred"}  # the editor sent no events


def test_a_bench_session_reports_per_client_what_its_people_did(
    live: LiveServer, clock: FakeClock
) -> None:
    samples = sorted(p for p in (resources_dir() / "samples").iterdir() if p.is_file())
    names = {live.core.telemetry.hash_client(c): c for c in ("llama.vscode", "continue", "tabby")}
    options = SessionOptions(suggestions=12, n_predict=10, events=True)  # seed 0: all five acts
    report = run_session(live.url, samples, options, names.__getitem__, pause=clock.advance)
    person, mezzo = report["person"], report["mezzo"]["by_client"]
    assert set(person) == set(mezzo) == {"llama.vscode", "continue", "tabby"}
    for client, did in person.items():
        assert did["shown"] >= 12
        seen = mezzo[client]
        assert (seen["viewed"], seen["accepted"], seen["partial"]) == (
            did["shown"], did["accepted"], did["acts"].get("accept_line", 0)
        ), client  # fmt: skip
        assert seen["rate"] == pytest.approx(did["rate"], abs=1e-4)
    # Inferred clients also agree on how many characters were kept.
    for client in ("llama.vscode", "continue"):
        assert mezzo[client]["accepted_chars"] == person[client]["kept_chars"]
    assert sum(did["acts"].get("accept_line", 0) for did in person.values()) > 0


def test_mezzo_bench_session_plays_against_a_running_server_and_prints_json(
    live: LiveServer,
) -> None:
    args = ["bench", "session", "--url", live.url, "--suggestions", "1", "--settle-s", "0"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["person"]) == {"llama.vscode", "continue"}  # no --events: no Tabby client
    assert all(did["shown"] >= 1 for did in report["person"].values())
    assert report["mezzo"]["completions"] > 0
    assert set(report["mezzo"]["by_dialect"]) == {"llama-server", "ollama"}
