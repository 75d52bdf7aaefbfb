"""Statistics on a seeded database, checked against numbers worked out by hand."""

from __future__ import annotations

import contextlib
import json
import math
from datetime import UTC
from pathlib import Path

import pytest

from desktop_app.telemetry.records import CompletionRecord
from desktop_app.telemetry.stats import Hidden, Stats, compute_stats, percentile
from desktop_app.telemetry.store import DAY_S, TelemetryStore
from desktop_app.telemetry.threshold import suggest_threshold

MIDNIGHT = 1_749_945_600.0  # 2025-06-15 00:00 UTC
D1, D2, D4 = MIDNIGHT + 3600, MIDNIGHT + DAY_S + 3600, MIDNIGHT + 3 * DAY_S + 60


def seed(store: TelemetryStore) -> dict[str, str]:
    """Seven completions over four days (the third is empty); see the expectations below."""
    a, b = store.hash_client("client-a"), store.hash_client("client-b")
    rows = {
        # id: (time, model version, adapter, language, client, mean lp, q, p, g, prompt, reused)
        "c1": (D1, "1", "", "python", a, -0.01, 10, 100, 50, 1000, 900),
        "c2": (D1, "1", "", "python", a, -0.03, 0, 200, 40, 1000, 0),
        "c3": (D1, "1", "luau-lora", "luau", b, -0.15, 5, 300, 100, 500, 250),
        "c4": (D1, "1", "", "python", a, -0.5, 0, 80, 20, 400, 400),
        "c5": (D2, "2", "", "python", b, -0.06, 0, 50, 30, 200, 100),
        "c6": (D2, "2", "luau-lora", "luau", b, None, 0, 20, 10, 100, 100),
        "c7": (D4, "2", "", "python", a, -0.02, 0, 60, 40, 300, 150),
    }
    ids = {}
    for name, (t, version, adapter, language, client, lp, q, p, g, prompt, reused) in rows.items():
        cid = f"cmpl-{name}"
        ids[name] = cid
        store.record_completion(
            CompletionRecord(
                id=cid, time=t, client_hash=client, model_id="m", model_version=version,
                adapter=adapter, language=language, prompt_tokens=prompt, tokens_reused=reused,
                queue_ms=q, prompt_ms=p, generation_ms=g, completion_chars=20,
                completion_lines=1, mean_logprob=lp, min_logprob=None if lp is None else lp * 10,
                suppressed=name == "c4", suppress_reason="low_confidence" if name == "c4" else "",
                superseded=name == "c6", dialect="llama" if client == a else "ollama",
            )
        )  # fmt: skip
    events = [
        ("c1", "view", None, "explicit", None),
        ("c1", "select", None, "explicit", None),  # full accept: counts its 20 characters
        ("c2", "view", None, "explicit", None),
        ("c2", "select", "line", "explicit", 7),
        ("c3", "view", None, "explicit", None),
        ("c3", "view", None, "explicit", None),  # a second view of the same completion
        ("c3", "dismiss", None, "explicit", None),
        ("c5", "view", None, "inferred", None),
        ("c5", "dismiss", None, "inferred", 0),
        ("c6", "view", None, "explicit", None),
        ("c7", "view", None, "inferred", None),
        ("c7", "select", None, "inferred", 20),
        ("c7", "view", None, "explicit", None),  # the editor's own word wins
        ("c7", "dismiss", None, "explicit", None),
    ]
    for name, kind, select_kind, source, chars in events:
        store.record_event(kind, ids[name], 0, select_kind, source, chars)
    return ids


@pytest.fixture
def store(tmp_path: Path) -> TelemetryStore:
    telemetry = TelemetryStore(tmp_path / "telemetry.sqlite3", clock=lambda: MIDNIGHT + 4 * DAY_S)
    yield telemetry
    telemetry.close()


@pytest.fixture
def stats(store: TelemetryStore) -> Stats:
    seed(store)
    with contextlib.closing(store.open_reader()) as db:
        return compute_stats(db, tz=UTC)


class TestSeededStatistics:
    def test_totals_and_suppressions(self, stats: Stats) -> None:
        assert stats.completions == 7
        assert stats.suppressed == 1
        assert stats.suppressed_by_reason == {"low_confidence": 1}
        assert stats.superseded == 1
        assert stats.hidden == Hidden(
            shown=5, hidden=2, by_reason={"low_confidence": 1, "superseded": 1}
        )

    def test_acceptance_counts_each_completion_once_and_prefers_explicit_events(
        self, stats: Stats
    ) -> None:
        a = stats.acceptance
        # viewed: c1 c2 c3 c5 c6 c7; accepted: c1, c2 (line); dismissed: c3, c5, c7 (explicit)
        assert (a.viewed, a.accepted, a.partial, a.dismissed) == (6, 2, 1, 3)
        assert a.accepted_chars == 20 + 7
        assert a.rate == pytest.approx(2 / 6)

    def test_latency_percentiles_leave_out_superseded_completions(self, stats: Stats) -> None:
        total = stats.latency.total
        # totals of c1..c5, c7: 160 240 405 100 80 100 -> sorted 80 100 100 160 240 405
        assert total.count == 6
        assert total.p50_ms == pytest.approx(130.0)
        assert total.p95_ms == pytest.approx(240 + 0.75 * (405 - 240))
        assert total.mean_ms == pytest.approx(1085 / 6)
        assert stats.latency.prompt.p50_ms == pytest.approx(90.0)  # 50 60 80 100 200 300
        assert stats.latency.queue.p95_ms == pytest.approx(5 + 0.75 * 5)  # 0 0 0 0 5 10

    def test_cache_hit_rate_is_reused_over_prompt_tokens(self, stats: Stats) -> None:
        assert stats.cache.prompt_tokens == 3400
        assert stats.cache.tokens_reused == 1800
        assert stats.cache.hit_rate == pytest.approx(1800 / 3400)

    def test_daily_series_has_every_day_including_empty_ones(self, stats: Stats) -> None:
        days = [point.day for point in stats.by_day]
        assert days == ["2025-06-15", "2025-06-16", "2025-06-17", "2025-06-18"]
        first, second, empty, last = stats.by_day
        assert first.acceptance.rate == pytest.approx(2 / 3)
        assert first.latency.total.p50_ms == pytest.approx(200.0)  # 100 160 240 405
        assert second.acceptance.rate == 0.0
        assert second.latency.total.count == 1  # c6 was superseded
        assert empty.acceptance.completions == 0 and empty.acceptance.rate is None
        assert empty.latency.total.p50_ms is None
        assert last.acceptance.viewed == 1 and last.acceptance.accepted == 0

    def test_acceptance_per_model_adapter_language_client_and_dialect(
        self, stats: Stats, store: TelemetryStore
    ) -> None:
        def rate(group: dict, key: str) -> tuple[int, int]:
            return group[key].viewed, group[key].accepted

        assert rate(stats.by_model, "m@1") == (3, 2)
        assert rate(stats.by_model, "m@2") == (3, 0)
        assert rate(stats.by_adapter, "") == (4, 2)
        assert rate(stats.by_adapter, "luau-lora") == (2, 0)
        assert rate(stats.by_language, "python") == (4, 2)
        assert rate(stats.by_language, "luau") == (2, 0)
        assert rate(stats.by_client, store.hash_client("client-a")) == (3, 2)
        assert rate(stats.by_client, store.hash_client("client-b")) == (3, 0)
        assert rate(stats.by_dialect, "llama") == (3, 2)
        assert stats.by_client[store.hash_client("client-a")].rate == pytest.approx(2 / 3)

    def test_acceptance_by_confidence_bucket(self, stats: Stats) -> None:
        buckets = {b.label: b.acceptance for b in stats.by_confidence}
        assert (buckets[">= -0.02"].viewed, buckets[">= -0.02"].accepted) == (2, 1)  # c1, c7
        assert buckets["-0.05 .. -0.02"].accepted == 1  # c2
        assert buckets["-0.1 .. -0.05"].dismissed == 1  # c5
        assert buckets["-0.2 .. -0.1"].dismissed == 1  # c3
        assert buckets["< -0.5"].completions == 0  # c4 was suppressed, never shown
        assert buckets["unknown"].viewed == 1  # c6

    def test_too_little_history_gives_no_threshold(self, stats: Stats) -> None:
        assert stats.threshold.threshold is None
        assert (stats.threshold.accepted, stats.threshold.rejected) == (2, 3)

    def test_window_selects_completions_by_time(self, store: TelemetryStore) -> None:
        seed(store)
        with contextlib.closing(store.open_reader()) as db:
            later = compute_stats(db, since=D2, until=D4, tz=UTC)
        assert later.completions == 2
        assert [p.day for p in later.by_day] == ["2025-06-16"]

    def test_result_is_json_serializable(self, stats: Stats) -> None:
        data = json.loads(json.dumps(stats.to_dict(), allow_nan=False))
        assert data["acceptance"]["viewed"] == 6
        assert data["until"] is None
        assert data["by_day"][0]["latency"]["total"]["p50_ms"] == pytest.approx(200.0)


class TestThresholdSuggestion:
    def test_threshold_maximises_youden_j_and_sits_between_data_points(self) -> None:
        accepted = [-0.01, -0.02, -0.03, -0.04, -0.09]
        rejected = [-0.05, -0.08, -0.10, -0.20, -0.30, -0.02]
        samples = [(v, True) for v in accepted] + [(v, False) for v in rejected]
        # t=-0.09: 5/5 - 3/6 = .5; t=-0.04: 4/5 - 1/6 = .633; t=-0.03: .433; -0.02: .233; -0.01: .2
        suggestion = suggest_threshold(samples)
        assert suggestion.threshold == pytest.approx(-0.045)  # between -0.04 and -0.05
        assert (suggestion.accepted_kept, suggestion.rejected_kept) == (4, 1)
        assert suggestion.youden_j == pytest.approx(0.8 - 1 / 6, abs=1e-4)

    def test_confidence_that_does_not_separate_gives_no_threshold(self) -> None:
        samples = [(-0.5 - i / 100, True) for i in range(5)]
        samples += [(-0.01 - i / 100, False) for i in range(5)]
        suggestion = suggest_threshold(samples)
        assert suggestion.threshold is None
        assert "does not separate" in suggestion.reason

    def test_a_rare_accept_rate_does_not_suppress_everything(self) -> None:
        # A published field study's 9 % acceptance: 6 accepted near -0.035, 63 rejected spread
        # around -0.121.
        samples = [(-0.035 + i / 1000, True) for i in range(-3, 3)]
        samples += [(-0.121 + (i % 9 - 4) * 0.02, False) for i in range(63)]
        suggestion = suggest_threshold(samples)
        assert suggestion.threshold is not None
        assert suggestion.accepted_kept == 6
        assert -0.121 < suggestion.threshold < -0.035


class TestPercentile:
    @pytest.mark.parametrize(
        ("values", "q", "expected"),
        [([], 50, None), ([7.0], 95, 7.0), ([1, 2, 3, 4], 50, 2.5), ([1, 2, 3, 4, 5], 95, 4.8)],
    )
    def test_linear_interpolation_between_ranks(
        self, values: list[float], q: float, expected: float | None
    ) -> None:
        result = percentile(values, q)
        assert result == expected or math.isclose(result, expected)  # type: ignore[arg-type]


class TestThresholdGuard:
    def test_a_threshold_that_barely_beats_showing_everything_is_not_suggested(self) -> None:
        accepted = [-0.01, -0.02, -0.03, -0.04, -0.09]
        rejected = [-0.05, -0.08, -0.10, -0.20, -0.30, -0.02]
        samples = [(v, True) for v in accepted] + [(v, False) for v in rejected]
        # The best cut has J = 0.633 (see TestThresholdSuggestion).
        assert suggest_threshold(samples, min_j=0.6).threshold == pytest.approx(-0.045)
        refused = suggest_threshold(samples, min_j=0.7)
        assert refused.threshold is None
        assert refused.youden_j == pytest.approx(0.6333, abs=1e-4)
