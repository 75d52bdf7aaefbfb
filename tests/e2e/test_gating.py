"""The confidence gate through the server: a completion less confident than the threshold is
answered empty, says why in `mezzo.suppressed`, and is recorded as suppressed with that reason;
turning the gate off or lowering the threshold in Settings shows the same completion at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.e2e.conftest import StartE2E, completion_row, e2e_settings
from tests.e2e.dialects import DIALECTS, GATED, Dialect, complete
from tests.server.live import LiveServer

# Above anything a sampled token sequence reaches: the tiny model's mean is around -0.8.
STRICT = {"enabled": True, "min_mean_logprob": -0.0001}


@pytest.fixture
def gated(start: StartE2E, tiny_qwen_model: Path) -> LiveServer:
    return start(tiny_qwen_model, e2e_settings(gating=STRICT))


def set_gating(live: LiveServer, **changes: object) -> None:
    settings = live.core.settings
    settings.update(gating=replace(settings.current.gating, **changes))


class TestLowConfidenceIsSuppressed:
    @pytest.mark.parametrize("dialect", GATED, ids=lambda d: d.id)
    def test_the_answer_is_empty_and_says_low_confidence(
        self, gated: LiveServer, dialect: Dialect
    ) -> None:
        answer = complete(gated, dialect)
        assert answer.status == 200
        assert answer.text == ""
        assert answer.mezzo is not None
        assert answer.mezzo["suppressed"] == "low_confidence"
        assert answer.mezzo["mean_logprob"] < STRICT["min_mean_logprob"]

    def test_the_row_says_suppressed_and_why_and_keeps_the_confidence(
        self, gated: LiveServer
    ) -> None:
        answer = complete(gated, DIALECTS[0])
        row = completion_row(gated, answer.completion_id)
        assert (row["suppressed"], row["suppress_reason"]) == (1, "low_confidence")
        assert row["completion_chars"] == 0  # nothing was shown
        assert row["mean_logprob"] == answer.mezzo["mean_logprob"]
        stats = gated.get("/mezzo/stats").json()
        assert stats["suppressed_by_reason"] == {"low_confidence": 1}
        assert stats["acceptance"]["viewed"] == 0

    def test_gate_off_in_settings_shows_the_same_request_without_a_restart(
        self, gated: LiveServer
    ) -> None:
        hidden = complete(gated, DIALECTS[0])
        set_gating(gated, enabled=False)
        shown = complete(gated, DIALECTS[0])
        assert hidden.text == ""
        assert shown.text
        assert shown.mezzo["suppressed"] == ""
        # the same completion (a cached prompt may move the last digits)
        assert shown.mezzo["mean_logprob"] == pytest.approx(hidden.mezzo["mean_logprob"], rel=1e-3)
        assert completion_row(gated, shown.completion_id)["suppressed"] == 0

    def test_a_threshold_below_the_models_confidence_shows_it(self, gated: LiveServer) -> None:
        set_gating(gated, min_mean_logprob=-5.0)
        answer = complete(gated, DIALECTS[0])
        assert answer.text
        assert answer.mezzo["suppressed"] == ""

    @pytest.mark.parametrize("dialect", [d for d in DIALECTS if d.stream], ids=lambda d: d.id)
    def test_a_streamed_completion_was_already_shown_so_it_is_never_suppressed(
        self, gated: LiveServer, dialect: Dialect
    ) -> None:
        answer = complete(gated, dialect)
        assert answer.text
        assert completion_row(gated, answer.completion_id)["suppressed"] == 0
