"""Hidden suggestions counted per reason, from rows the real recorder writes to real SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.base.errors import CancelReason
from desktop_app.core.delivery import EMPTY_RESULT, Delivery, Outcome, Reason
from desktop_app.core.gating import SuppressReason
from desktop_app.core.power import ThrottleReason
from desktop_app.core.recording import CompletionRecorder, ModelIdentity
from desktop_app.engine.types import CompletionRequest, CompletionResult, GenerationParams, StopType
from desktop_app.telemetry.records import new_completion_id
from desktop_app.telemetry.stats import SUPERSEDED, Hidden, Stats, stats_from_outcomes
from desktop_app.telemetry.store import TelemetryStore

MODEL = ModelIdentity("tiny-qwen", "1", "")
GENERATED = CompletionResult(
    text="return a + b", stop_type=StopType.EOS, tokens_predicted=4, mean_logprob=-0.4
)


@pytest.fixture
def recorder(tmp_path: Path) -> Iterator[CompletionRecorder]:
    recording = CompletionRecorder(
        TelemetryStore(tmp_path / "telemetry.sqlite3"), infer=lambda: False
    )
    yield recording
    recording.close()


def answer(
    recorder: CompletionRecorder,
    outcome: Outcome,
    reason: Reason | None = None,
    *,
    n_predict: int = 16,
    times: int = 1,
) -> None:
    request = CompletionRequest(
        prefix="def add(a, b):\n    ", params=GenerationParams(n_predict=n_predict)
    )
    result = EMPTY_RESULT if outcome is Outcome.THROTTLED or n_predict == 0 else GENERATED
    for _ in range(times):
        recorder.answered(request, Delivery(new_completion_id(), outcome, result, reason), MODEL)


def stats_of(recorder: CompletionRecorder, since: float = 0.0) -> Stats:
    """What `mezzo stats` computes, once everything handed to the recorder is in the database."""
    recorder.flush()
    return stats_from_outcomes(recorder.store.outcomes(since), since=since)


def hidden_of(recorder: CompletionRecorder) -> Hidden:
    return stats_of(recorder).hidden


class TestHiddenSuggestions:
    def test_each_reason_is_counted_apart_from_the_suggestions_shown(
        self, recorder: CompletionRecorder
    ) -> None:
        answer(recorder, Outcome.SHOWN, times=3)
        answer(recorder, Outcome.SUPPRESSED, SuppressReason.LOW_CONFIDENCE, times=2)
        answer(recorder, Outcome.SUPPRESSED, SuppressReason.REPEATS_NEXT_LINE)
        answer(recorder, Outcome.SUPPRESSED, SuppressReason.TRIVIAL)
        answer(recorder, Outcome.THROTTLED, ThrottleReason.BATTERY_LOW, times=2)
        answer(recorder, Outcome.SUPERSEDED, CancelReason.SUPERSEDED, times=4)
        hidden = hidden_of(recorder)
        assert hidden.shown == 3
        assert hidden.hidden == 10
        assert hidden.by_reason == {
            "battery_low": 2,
            "low_confidence": 2,
            "repeats_next_line": 1,
            SUPERSEDED: 4,
            "trivial": 1,
        }

    def test_a_warm_up_is_neither_shown_nor_hidden(self, recorder: CompletionRecorder) -> None:
        answer(recorder, Outcome.SHOWN, n_predict=0)
        assert hidden_of(recorder) == Hidden(shown=0, hidden=0, by_reason={})

    def test_a_request_the_editor_gave_up_on_is_not_counted(
        self, recorder: CompletionRecorder
    ) -> None:
        answer(recorder, Outcome.CANCELLED, CancelReason.DISCONNECTED)
        answer(recorder, Outcome.SHOWN)
        assert hidden_of(recorder) == Hidden(shown=1, hidden=0, by_reason={})

    def test_the_counts_are_for_the_chosen_period_only(self, recorder: CompletionRecorder) -> None:
        answer(recorder, Outcome.SUPPRESSED, SuppressReason.LOW_CONFIDENCE)
        recorder.flush()
        (row,) = recorder.store.outcomes()
        assert stats_of(recorder, since=row.time - 1).hidden.hidden == 1
        assert stats_of(recorder, since=row.time + 1).hidden.hidden == 0

    def test_the_json_document_carries_the_hidden_counts(
        self, recorder: CompletionRecorder
    ) -> None:
        answer(recorder, Outcome.SUPERSEDED, CancelReason.SUPERSEDED)
        document = stats_of(recorder).to_dict()
        assert document["hidden"] == {"shown": 0, "hidden": 1, "by_reason": {"superseded": 1}}
