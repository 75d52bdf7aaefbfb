"""Battery-aware throttling through the server, with a fake battery the test plugs and unplugs.

On battery the engine starts at most one completion per client per interval: a request that
comes sooner waits for its turn and is answered, in every dialect, and a newer one from the same
client replaces it while it waits (so a burst costs one completion, the newest). Other clients
do not wait, `n_predict` is capped, a pause answers at once, empty and well formed, with the
reason in `mezzo.throttled` and without touching the engine (the tests hold the engine busy to
prove it), and every change (battery or Settings) applies to the next request without a
restart.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import FakeBattery, FakeClock, StartE2E, completion_row, e2e_settings
from tests.e2e.dialects import DIALECTS, Dialect, complete
from tests.server.live import HTTP_TIMEOUT, LiveServer

POWER = {
    "battery_min_interval_ms": 300,
    "low_battery_min_interval_ms": 1000,
    "low_battery_percent": 20.0,
    "battery_max_n_predict": 4,
    "low_battery_max_n_predict": 2,
}
WHOLE = [d for d in DIALECTS if not d.stream]


@pytest.fixture
def live(start: StartE2E, tiny_qwen_model: Path) -> LiveServer:
    return start(tiny_qwen_model, e2e_settings(power=POWER))


def power(live: LiveServer) -> dict[str, Any]:
    response = live.get("/mezzo/status")
    assert response.status_code == 200
    return response.json()["power"]


def set_power(live: LiveServer, **changes: Any) -> None:
    settings = live.core.settings
    settings.update(power=replace(settings.current.power, **changes))


def predicted(dialect: Dialect, final: dict[str, Any]) -> int | None:
    """Tokens generated, as the dialect reports them; None where it does not (OpenAI streams)."""
    if dialect.path == "/api/generate":
        return final["eval_count"]
    if dialect.path == "/v1/completions":
        return final["usage"]["completion_tokens"] if "usage" in final else None
    return final["tokens_predicted"]


def assert_refused(answer: Any, reason: str, message: str) -> None:
    assert answer.status == 200
    assert answer.text == ""
    assert answer.completion_id
    if answer.mezzo is not None:
        assert answer.mezzo["outcome"] == "throttled"
        assert answer.mezzo["throttled"] == reason
        assert answer.mezzo["message"] == message


class TestPowerStatus:
    def test_status_follows_mains_battery_low_battery_and_mains_again(
        self, live: LiveServer, battery: FakeBattery
    ) -> None:
        seen = []
        for change in (
            lambda: None,
            lambda: battery.unplug(54),
            lambda: battery.unplug(12),
            lambda: battery.plug_in(13),
        ):
            change()
            status = power(live)
            seen.append((status["state"], status["reason"], status["n_predict_cap"],
                         status["min_interval_ms"]))  # fmt: skip
        assert seen == [
            ("ac", "on mains power", None, 0),
            ("battery", "on battery (54 %)", 4, 300),
            ("low_battery", "battery low (12 %)", 2, 1000),
            ("ac", "on mains power", None, 0),
        ]

    def test_pause_on_low_battery_shows_as_paused(
        self, live: LiveServer, battery: FakeBattery
    ) -> None:
        set_power(live, pause_on_low_battery=True)
        battery.unplug(10)
        assert (power(live)["state"], power(live)["reason"]) == ("paused", "battery low (10 %)")
        battery.unplug(30)
        assert power(live)["state"] == "battery"


# A request's wait for its turn is part of its queue time, which starts when it is queued: a
# lower bound that a busy machine can only make larger.
WAITED_MS = POWER["battery_min_interval_ms"] - 1


def queue_ms(answer: Any) -> float:
    assert answer.mezzo is not None
    return answer.mezzo["timings"]["queue_ms"]


class TestSpacingOnBattery:
    @pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.id)
    def test_a_request_too_soon_waits_its_turn_and_is_answered(
        self, live: LiveServer, battery: FakeBattery, dialect: Dialect
    ) -> None:
        battery.unplug(54)
        first = complete(live, dialect, client="burst")
        second = complete(live, dialect, client="burst")  # the test's clock has not moved
        for answer in (first, second):
            assert answer.status == 200
            assert answer.text
        if second.mezzo is not None:
            assert (second.mezzo["outcome"], second.mezzo["throttled"]) == ("shown", "")
            assert queue_ms(second) >= WAITED_MS
        assert first.completion_id != second.completion_id

    def test_a_burst_costs_one_completion_the_newest(
        self, live: LiveServer, battery: FakeBattery
    ) -> None:
        battery.unplug(54)
        complete(live, DIALECTS[0], client="burst")
        answers: list[Any] = []
        with ThreadPoolExecutor(3) as pool, live.engine_blocked():
            for _ in range(3):
                answers.append(pool.submit(complete, live, DIALECTS[0], client="burst"))
                live.wait_until(lambda: live.core.engine.queued() == 1, "the request waits")
                if len(answers) > 1:
                    answers[-2].result(HTTP_TIMEOUT)  # replaced by the newer one: answered
        older, old, newest = (answer.result(HTTP_TIMEOUT) for answer in answers)
        for replaced in (older, old):
            assert replaced.text == ""
            assert replaced.mezzo is not None
            assert replaced.mezzo["outcome"] == "superseded"
        assert newest.text
        assert newest.mezzo is not None
        assert newest.mezzo["outcome"] == "shown"
        assert live.core.engine.cancelled_jobs() == {"superseded": 2}

    def test_on_mains_the_same_burst_is_served_without_waiting_its_turn(
        self, live: LiveServer
    ) -> None:
        answers = [complete(live, DIALECTS[0], client="burst") for _ in range(3)]
        assert all(answer.text for answer in answers)
        assert all(answer.mezzo and answer.mezzo["outcome"] == "shown" for answer in answers)

    def test_a_waiting_request_is_recorded_as_shown_with_its_wait(
        self, live: LiveServer, battery: FakeBattery
    ) -> None:
        battery.unplug(54)
        complete(live, DIALECTS[0], client="burst")
        waited = complete(live, DIALECTS[0], client="burst")
        row = completion_row(live, waited.completion_id)
        assert (row["suppressed"], row["suppress_reason"]) == (0, "")
        assert row["queue_ms"] >= WAITED_MS
        assert live.get("/mezzo/stats").json()["suppressed"] == 0


class TestNPredictCap:
    @pytest.mark.parametrize("dialect", WHOLE, ids=lambda d: d.id)
    def test_battery_and_low_battery_cap_the_tokens_predicted(
        self, live: LiveServer, battery: FakeBattery, clock: FakeClock, dialect: Dialect
    ) -> None:
        counts = []
        for change in (lambda: None, lambda: battery.unplug(54), lambda: battery.unplug(12)):
            change()
            clock.advance(10.0)  # past any throttle interval
            answer = complete(live, dialect, n_predict=16, client="capped")
            assert answer.text
            counts.append(predicted(dialect, answer.final))
        on_mains, on_battery, low = counts
        assert on_mains > 4
        assert (on_battery, low) == (4, 2)  # the tiny model always runs to its limit

    def test_a_new_cap_in_settings_applies_to_the_next_request(
        self, live: LiveServer, battery: FakeBattery
    ) -> None:
        battery.unplug(54)
        set_power(live, battery_max_n_predict=3, battery_min_interval_ms=0)
        answer = complete(live, DIALECTS[0], n_predict=16)
        assert answer.final["tokens_predicted"] == 3

    def test_a_longer_interval_in_settings_applies_to_the_next_request(
        self, live: LiveServer, battery: FakeBattery
    ) -> None:
        battery.unplug(54)
        set_power(live, battery_min_interval_ms=700)
        complete(live, DIALECTS[0], client="burst")
        assert queue_ms(complete(live, DIALECTS[0], client="burst")) >= 699


class TestPauseOnLowBattery:
    @pytest.fixture
    def paused(self, live: LiveServer, battery: FakeBattery) -> LiveServer:
        set_power(live, pause_on_low_battery=True)
        battery.unplug(10)
        return live

    @pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.id)
    def test_every_request_is_answered_empty_with_the_paused_reason(
        self, paused: LiveServer, dialect: Dialect
    ) -> None:
        with paused.engine_blocked():
            answers = [complete(paused, dialect, client=client) for client in ("a", "a", "b")]
        for answer in answers:
            assert_refused(answer, "battery_low", "battery low (10 %)")
        assert completion_row(paused, answers[0].completion_id)["suppress_reason"] == "battery_low"

    def test_turning_the_setting_off_serves_the_next_request(self, paused: LiveServer) -> None:
        assert complete(paused, DIALECTS[0]).text == ""
        set_power(paused, pause_on_low_battery=False)
        assert power(paused)["state"] == "low_battery"
        answer = complete(paused, DIALECTS[0], n_predict=16)
        assert answer.text
        assert answer.final["tokens_predicted"] == 2

    def test_plugging_in_serves_the_next_request(
        self, paused: LiveServer, battery: FakeBattery
    ) -> None:
        assert complete(paused, DIALECTS[0]).text == ""
        battery.plug_in(11)
        assert complete(paused, DIALECTS[0]).text
