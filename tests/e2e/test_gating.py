"""The confidence gate through the server: a completion less confident than the threshold is
answered empty, says why in `mezzo.suppressed`, and is recorded as suppressed with that reason;
turning the gate off or lowering the threshold in Settings shows the same completion at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.base.settings import GatingSettings
from desktop_app.bundles.catalog import Catalog
from tests.e2e.conftest import StartE2E, completion_row, e2e_settings, launch_core
from tests.e2e.dialects import DIALECTS, GATED, Dialect, complete
from tests.server.live import HTTP_TIMEOUT, LiveServer

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


SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
# Places in the samples where a person stops typing: (file, line number, characters typed).
FIRST_DAY_PLACES = [
    ("inventory.luau", 40, 10),
    ("inventory.luau", 75, 6),
    ("config_loader.py", 30, 8),
    ("config_loader.py", 60, 12),
]


@pytest.fixture(scope="module")
def first_day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The real starter with a new user's gate (on, at the model's own threshold)."""
    settings = replace(e2e_settings(), gating=GatingSettings())
    live = launch_core(tmp_path_factory.mktemp("mezzo-home"), None, settings)
    try:
        live.core.load_model().result(HTTP_TIMEOUT)  # the starter, imported as a bundle
        yield live
    finally:
        live.close()


class TestFirstDayOnTheStarter:
    """The gate must let the starter's typical suggestions through, or the person never sees
    one and so never accepts one."""

    def test_the_threshold_in_force_is_the_starters_catalog_value(
        self, first_day: LiveServer
    ) -> None:
        starter = first_day.core.current_bundle()
        assert starter is not None and starter.id == "smollm2-135m-starter"
        floor = Catalog.load().find(starter.id).min_mean_logprob
        gate = first_day.get("/mezzo/status").json()["gate"]
        assert gate["min_mean_logprob"] == floor != GatingSettings().min_mean_logprob

    @pytest.mark.parametrize(("name", "line", "typed"), FIRST_DAY_PLACES)
    def test_a_suggestion_is_shown_at_each_place(
        self, first_day: LiveServer, name: str, line: int, typed: int
    ) -> None:
        lines = (SAMPLES / name).read_text("utf-8").split("\n")
        cursor_line = lines[line][:typed]
        body = {
            "input_prefix": "\n".join(lines[:line]) + "\n",
            "prompt": cursor_line,
            "input_suffix": lines[line][typed:] + "\n" + "\n".join(lines[line + 1 :]),
            "input_extra": [],
            "n_predict": 32,
            "t_max_prompt_ms": 500,  # llama.vim's, which llama-server ignores
            "t_max_predict_ms": 1000,
        }
        answer = first_day.post("/infill", body).json()
        assert answer["mezzo"]["suppressed"] == "", answer["mezzo"]
        assert answer["content"].strip()
