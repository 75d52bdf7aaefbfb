"""`GET /mezzo/stats` after a session through the real server: acceptance per day, model,
adapter and language, latency percentiles, cache hits and acceptance by confidence; the CSV
export holds no code; and `mezzo stats --json` over the same MEZZO_HOME says the same."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from desktop_app.cli import main
from desktop_app.telemetry.export import CSV_COLUMNS
from desktop_app.telemetry.stats import CONFIDENCE_EDGES, percentile
from tests.e2e.conftest import read_db, telemetry_db
from tests.e2e.dialects import DIALECTS, Dialect, complete
from tests.server.live import LiveServer

INFILL, GENERATE = DIALECTS[0], next(d for d in DIALECTS if d.path == "/api/generate")
PY_PREFIX = "def total(prices):\n    unique_marker_py = "
LUAU_PREFIX = "local function total(prices)\n    local unique_marker_luau = "


def event(live: LiveServer, kind: str, completion_id: str, query: str = "") -> None:
    response = live.post(f"/v1/events{query}", {"type": kind, "completion_id": completion_id})
    assert response.status_code == 200


def served(live: LiveServer, dialect: Dialect, prefix: str, **extra: Any) -> str:
    answer = complete(live, dialect, prefix=prefix, client="editor", **extra)
    assert answer.text
    return answer.completion_id


@pytest.fixture
def session(live: LiveServer) -> LiveServer:
    """Python: one accepted, one dismissed, one never shown; Luau: one line of one accepted."""
    kept = served(live, INFILL, PY_PREFIX, filepath="src/cart.py")
    dropped = served(live, INFILL, PY_PREFIX + "sum(", filepath="src/cart.py")
    served(live, INFILL, PY_PREFIX + "len(", filepath="src/cart.py")
    line = served(live, GENERATE, LUAU_PREFIX, language="luau")
    for completion_id in (kept, dropped, line):
        event(live, "view", completion_id)
    event(live, "select", kept)
    event(live, "dismiss", dropped)
    event(live, "select", line, "?select_kind=line")
    return live


def rows(live: LiveServer) -> list[dict[str, Any]]:
    with read_db(telemetry_db(live)) as db:
        return [dict(row) for row in db.execute("SELECT * FROM completions ORDER BY time")]


def counts(acceptance: dict[str, Any]) -> tuple[int, ...]:
    keys = ("completions", "viewed", "accepted", "partial", "dismissed")
    return tuple(acceptance[key] for key in keys)


class TestStatsEndpoint:
    def test_acceptance_overall_per_day_model_adapter_and_language(
        self, session: LiveServer, tiny_qwen_model: Path
    ) -> None:
        stats = session.get("/mezzo/stats").json()
        assert stats["completions"] == 4
        assert counts(stats["acceptance"]) == (4, 3, 2, 1, 1)
        assert stats["acceptance"]["rate"] == pytest.approx(2 / 3)
        [today] = stats["by_day"]
        assert today["day"] == date.today().isoformat()
        assert counts(today["acceptance"]) == (4, 3, 2, 1, 1)
        assert {k: counts(v) for k, v in stats["by_model"].items()} == {
            tiny_qwen_model.stem: (4, 3, 2, 1, 1)
        }
        assert {k: counts(v) for k, v in stats["by_adapter"].items()} == {"": (4, 3, 2, 1, 1)}
        assert {k: counts(v) for k, v in stats["by_language"].items()} == {
            "python": (3, 2, 1, 0, 1),
            "luau": (1, 1, 1, 1, 0),
        }
        assert {k: counts(v) for k, v in stats["by_dialect"].items()} == {
            "llama-server": (3, 2, 1, 0, 1),
            "ollama": (1, 1, 1, 1, 0),
        }

    def test_latency_percentiles_and_cache_hits_come_from_the_recorded_rows(
        self, session: LiveServer
    ) -> None:
        stats = session.get("/mezzo/stats").json()
        recorded = rows(session)
        totals = [r["queue_ms"] + r["prompt_ms"] + r["generation_ms"] for r in recorded]
        latency = stats["latency"]["total"]
        assert latency["count"] == 4
        assert latency["p50_ms"] == pytest.approx(percentile(totals, 50))
        assert latency["p95_ms"] == pytest.approx(percentile(totals, 95))
        assert latency["p50_ms"] <= latency["p95_ms"]
        prompt = sum(r["prompt_tokens"] for r in recorded)
        reused = sum(r["tokens_reused"] for r in recorded)
        assert reused > 0  # the second and third Python requests share the first one's prefix
        assert stats["cache"] == {
            "prompt_tokens": prompt,
            "tokens_reused": reused,
            "hit_rate": pytest.approx(reused / prompt),
        }

    def test_acceptance_by_confidence_puts_each_completion_in_its_bucket(
        self, session: LiveServer
    ) -> None:
        buckets = session.get("/mezzo/stats").json()["by_confidence"]
        expected = [0] * (len(CONFIDENCE_EDGES) + 1)
        for row in rows(session):
            expected[sum(row["mean_logprob"] >= edge for edge in CONFIDENCE_EDGES)] += 1
        assert [b["acceptance"]["completions"] for b in buckets] == [*expected, 0]
        assert sum(b["acceptance"]["accepted"] for b in buckets) == 2
        assert buckets[-1]["label"] == "unknown"

    def test_days_limits_the_period_and_must_be_a_positive_whole_number(
        self, session: LiveServer
    ) -> None:
        assert session.get("/mezzo/stats?days=1").json()["completions"] == 4
        for bad in ("0", "-1", "two", "1.5"):
            response = session.get(f"/mezzo/stats?days={bad}")
            assert response.status_code == 400
            assert "days" in response.json()["error"]["message"]

    def test_before_anything_was_served_the_figures_are_empty_not_an_error(
        self, live: LiveServer
    ) -> None:
        stats = live.get("/mezzo/stats").json()
        assert (stats["completions"], stats["acceptance"]["rate"], stats["by_day"]) == (0, None, [])


class TestCsvExport:
    def test_one_row_per_completion_with_its_outcome_and_no_code(self, session: LiveServer) -> None:
        response = session.get("/mezzo/stats?format=csv")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        table = list(csv.DictReader(io.StringIO(response.text)))
        assert tuple(table[0]) == CSV_COLUMNS
        assert sorted(r["id"] for r in table) == sorted(r["id"] for r in rows(session))
        assert sorted((r["language"], r["accepted"], r["partial"]) for r in table) == [
            ("luau", "1", "1"), ("python", "0", "0"), ("python", "0", "0"), ("python", "1", "0"),
        ]  # fmt: skip
        for code in ("unique_marker", "def total", "prices", "src/cart.py"):
            assert code not in response.text


class TestStatsCommand:
    def test_mezzo_stats_json_agrees_with_the_endpoint(self, session: LiveServer) -> None:
        served_stats = session.get("/mezzo/stats").json()  # the endpoint flushes the writer
        result = CliRunner().invoke(main, ["stats", "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert json.loads(result.output) == served_stats

    def test_mezzo_stats_prints_the_same_acceptance(self, session: LiveServer) -> None:
        session.core.recorder.flush()
        result = CliRunner().invoke(main, ["stats"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert "Acceptance: 66.7 % (2 of 3 shown, 1 partly)" in result.output
        assert "python: 50.0 % (1 of 2 shown, 0 partly)" in result.output
        assert "luau: 100.0 % (1 of 1 shown, 1 partly)" in result.output
