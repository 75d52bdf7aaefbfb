"""`mezzo stats` against a database under MEZZO_HOME."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import TelemetrySettings
from desktop_app.telemetry.cli import stats_command
from desktop_app.telemetry.store import TelemetryStore
from tests.telemetry.test_stats import seed


@pytest.fixture
def seeded(mezzo_home: Path) -> TelemetryStore:
    # retention 0 (keep everything) holds on to the seeded June 2025 rows whatever today is
    store = TelemetryStore(
        MezzoPaths.from_environment().telemetry_db, TelemetrySettings(retention_days=0)
    )
    seed(store)
    store.close()
    return store


def run(*args: str) -> str:
    # The command itself, not `mezzo stats`: the top-level group imports every room.
    result = CliRunner().invoke(stats_command, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


class TestStatsCommand:
    def test_empty_home_says_nothing_was_recorded_and_creates_nothing(
        self, mezzo_home: Path
    ) -> None:
        assert "No usage statistics recorded yet" in run()
        assert not MezzoPaths.from_environment().telemetry_db.exists()

    def test_summary_shows_acceptance_latency_and_cache(self, seeded: TelemetryStore) -> None:
        out = run()
        assert "Acceptance: 33.3 % (2 of 6 shown, 1 partly)" in out
        assert "Latency: p50 130 ms, p95 364 ms" in out
        assert "Cache hit rate: 52.9 %" in out
        assert "python: 50.0 %" in out
        assert "Suppressed: low_confidence 1" in out

    def test_summary_counts_the_hidden_suggestions_by_reason(self, seeded: TelemetryStore) -> None:
        out = run()
        assert "Shown: 5; hidden: 2" in out
        assert "Hidden, by reason:\n  low_confidence: 1\n  superseded: 1\n" in out

    def test_help_names_the_usage_statistics_kept_on_this_computer(self) -> None:
        assert "usage statistics kept on this computer" in run("--help")

    def test_json_output_is_the_stats_document(self, seeded: TelemetryStore) -> None:
        data = json.loads(run("--json"))
        assert data["acceptance"]["accepted"] == 2
        assert len(data["by_day"]) == 4

    def test_csv_export_writes_one_row_per_completion(
        self, seeded: TelemetryStore, tmp_path: Path
    ) -> None:
        target = tmp_path / "out.csv"
        run("--csv", str(target))
        with target.open(newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [row["id"] for row in rows] == [f"cmpl-c{i}" for i in range(1, 8)]
        assert rows[0]["accepted"] == "1" and rows[2]["dismissed"] == "1"

    def test_anonymized_export_writes_a_report(
        self, seeded: TelemetryStore, tmp_path: Path
    ) -> None:
        target = tmp_path / "report.json"
        run("--export-anonymized", str(target))
        report = json.loads(target.read_text())
        assert report["format"] == "mezzo-telemetry-report/1"
        assert "cmpl-c1" not in target.read_text()

    def test_suggest_threshold_explains_when_history_is_too_short(
        self, seeded: TelemetryStore
    ) -> None:
        out = run("--suggest-threshold")
        assert "Current confidence threshold: the model’s own" in out
        assert "No suggestion: needs at least 5 accepted" in out
