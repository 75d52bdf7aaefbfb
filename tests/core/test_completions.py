"""The one entry point: `CompletionService.complete(request) -> Ticket`, on the real engine.

A tiny FIM model loads in milliseconds; the power policy reads a fake battery; telemetry is real
SQLite under the test's MEZZO_HOME. Every outcome is typed, and each is recorded as it happened.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import keyring.backends.null
import pytest

from desktop_app.base.errors import AdapterLoadError, CancelReason
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import (
    EngineSettings,
    GatingSettings,
    PowerSettings,
    Settings,
    SettingsStore,
)
from desktop_app.core.delivery import Outcome
from desktop_app.core.gating import SuppressReason
from desktop_app.core.power import ThrottleReason
from desktop_app.core.service import MezzoCore
from desktop_app.engine.types import AdapterChoice, CompletionRequest, GenerationParams
from tests.fixtures.fakes import FakeBattery

WAIT_S = 60.0  # a guard against a hang, never a measurement

SETTINGS = Settings(
    engine=EngineSettings(n_ctx=512, n_threads=1),
    gating=GatingSettings(enabled=False, min_chars=0, drop_repeats=False),
    power=PowerSettings(ac_min_interval_ms=0, battery_poll_s=0.0),
)

MakeCore = Callable[..., MezzoCore]


@pytest.fixture
def make_core(mezzo_home: Path, tiny_qwen_model: Path) -> Iterator[MakeCore]:
    made: list[MezzoCore] = []

    def make(settings: Settings = SETTINGS, battery: FakeBattery | None = None) -> MezzoCore:
        paths = MezzoPaths(mezzo_home)
        core = MezzoCore(
            paths,
            settings=SettingsStore(paths.settings_file, settings),
            battery=battery or FakeBattery(),
            secret_store=SecretStore(backend=keyring.backends.null.Keyring()),
        )
        made.append(core)
        core.load_model(tiny_qwen_model).result(WAIT_S)
        return core

    yield make
    for core in made:
        core.close()


def request(client: str = "editor", n_predict: int = 8) -> CompletionRequest:
    return CompletionRequest(
        prefix="def add(a, b):\n    return ",
        suffix="\n",
        client_id=client,
        params=GenerationParams(n_predict=n_predict),
    )


def recorded(core: MezzoCore) -> dict[str, object]:
    """The telemetry rows, by completion id, as `mezzo stats` reads them."""
    core.recorder.flush()
    return {o.id: o for o in core.telemetry.outcomes()}


@pytest.fixture
def blocked(make_core: MakeCore) -> Iterator[MezzoCore]:
    """A core whose engine thread is held busy until the test ends, so jobs wait queued."""
    core = make_core()
    release, started = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(WAIT_S)

    done = core.engine.call(hold)
    started.wait(WAIT_S)
    yield core
    release.set()
    done.result(WAIT_S)


class TestOneCall:
    def test_a_completion_comes_back_shown_under_the_id_the_ticket_carries(
        self, make_core: MakeCore
    ) -> None:
        core = make_core()
        ticket = core.completions.complete(request())
        delivery = ticket.future.result(WAIT_S)
        assert delivery.outcome is Outcome.SHOWN and delivery.reason is None
        assert delivery.completion_id == ticket.completion_id
        assert delivery.text == delivery.result.text
        assert delivery.result.prompt_tokens > 0
        assert recorded(core)[ticket.completion_id].finish_reason in {"stop", "length"}

    def test_each_request_gets_its_own_id(self, make_core: MakeCore) -> None:
        core = make_core()
        ids = {core.completions.complete(request()).future.result(WAIT_S).completion_id}
        ids.add(core.completions.complete(request()).future.result(WAIT_S).completion_id)
        assert len(ids) == 2

    def test_the_power_policy_is_read_once_per_request(self, make_core: MakeCore) -> None:
        battery = FakeBattery()
        core = make_core(battery=battery)
        before = battery.reads
        core.completions.complete(request()).future.result(WAIT_S)
        assert battery.reads - before == 1

    def test_the_cap_comes_from_the_same_reading_as_the_admission(
        self, make_core: MakeCore
    ) -> None:
        battery = FakeBattery()
        battery.unplug(60)  # on battery: admitted, and capped at battery_max_n_predict
        settings = replace(
            SETTINGS,
            power=replace(SETTINGS.power, battery_min_interval_ms=0, battery_max_n_predict=2),
        )
        core = make_core(settings, battery)
        delivery = core.completions.complete(request(n_predict=64)).future.result(WAIT_S)
        assert delivery.power is not None and delivery.power.n_predict_cap == 2
        assert delivery.result.tokens_predicted <= 2

    def test_an_engine_error_fails_the_future_and_records_nothing(
        self, make_core: MakeCore, tmp_path: Path
    ) -> None:
        core = make_core()
        missing = AdapterChoice("gone", str(tmp_path / "gone.gguf"))
        ticket = core.completions.complete(replace(request(), adapter=missing))
        with pytest.raises(AdapterLoadError) as caught:
            ticket.future.result(WAIT_S)
        assert caught.value.adapter == "gone"
        assert ticket.completion_id not in recorded(core)
        assert core.completions.complete(request()).future.result(WAIT_S).outcome is Outcome.SHOWN


class TestThrottled:
    def test_a_request_while_completions_are_off_is_answered_at_once_and_never_computed(
        self, make_core: MakeCore
    ) -> None:
        core = make_core(replace(SETTINGS, completions_enabled=False))
        ticket = core.completions.complete(request())
        assert ticket.future.done()
        delivery = ticket.future.result()
        assert delivery.outcome is Outcome.THROTTLED
        assert delivery.reason is ThrottleReason.COMPLETIONS_OFF
        assert delivery.text == "" and delivery.result.prompt_tokens == 0
        row = recorded(core)[ticket.completion_id]
        assert (row.suppressed, row.suppress_reason, row.finish_reason) == (
            True,
            "completions_off",
            "throttled",
        )

    def test_a_request_too_soon_waits_without_holding_up_other_clients(
        self, make_core: MakeCore
    ) -> None:
        core = make_core(replace(SETTINGS, power=PowerSettings(ac_min_interval_ms=60_000)))
        core.completions.complete(request()).future.result(WAIT_S)
        waiting = core.completions.complete(request())
        other = core.completions.complete(request(client="other")).future.result(WAIT_S)
        assert other.outcome is Outcome.SHOWN
        assert not waiting.future.done()  # its turn is a minute away
        newer = core.completions.complete(request())  # the editor asks again meanwhile
        replaced = waiting.future.result(WAIT_S)
        assert (replaced.outcome, replaced.reason) == (Outcome.SUPERSEDED, CancelReason.SUPERSEDED)
        assert not newer.future.done()  # it waits in the replaced one's place
        newer.cancel(CancelReason.DISCONNECTED)  # the editor hangs up
        assert newer.future.result(WAIT_S).outcome is Outcome.CANCELLED
        assert core.engine.queued() == 0


class TestGate:
    def test_a_suggestion_the_gate_holds_back_is_suppressed_with_its_reason(
        self, make_core: MakeCore
    ) -> None:
        core = make_core(replace(SETTINGS, gating=GatingSettings(min_chars=10_000)))
        ticket = core.completions.complete(request())
        delivery = ticket.future.result(WAIT_S)
        expected = SuppressReason.TRIVIAL if delivery.result.text.strip() else SuppressReason.EMPTY
        assert delivery.outcome is Outcome.SUPPRESSED
        assert delivery.reason is expected
        assert delivery.text == ""
        assert recorded(core)[ticket.completion_id].suppress_reason == expected.value

    def test_a_streamed_suggestion_is_never_hidden_after_the_fact(
        self, make_core: MakeCore
    ) -> None:
        core = make_core(replace(SETTINGS, gating=GatingSettings(min_chars=10_000)))
        pieces: list[str] = []
        delivery = core.completions.complete(request(), pieces.append).future.result(WAIT_S)
        assert delivery.outcome is Outcome.SHOWN
        assert "".join(pieces) == delivery.text


class TestCancelling:
    def test_a_newer_request_from_the_same_client_supersedes_a_queued_one(
        self, blocked: MezzoCore
    ) -> None:
        first = blocked.completions.complete(request("same"))
        blocked.completions.complete(request("same"))
        delivery = first.future.result(WAIT_S)  # while the engine is still held
        assert delivery.outcome is Outcome.SUPERSEDED
        assert delivery.reason is CancelReason.SUPERSEDED
        row = recorded(blocked)[first.completion_id]
        assert (row.superseded, row.finish_reason) == (True, "cancelled")

    def test_another_client_does_not_supersede(self, blocked: MezzoCore) -> None:
        first = blocked.completions.complete(request("one"))
        blocked.completions.complete(request("two"))
        assert not first.future.done()

    def test_cancelling_a_queued_ticket_resolves_it_at_once_and_records_nothing(
        self, blocked: MezzoCore
    ) -> None:
        ticket = blocked.completions.complete(request())
        ticket.cancel(CancelReason.DISCONNECTED)
        delivery = ticket.future.result(WAIT_S)  # while the engine is still held
        assert delivery.outcome is Outcome.CANCELLED
        assert delivery.reason is CancelReason.DISCONNECTED
        assert blocked.engine.queued() == 0
        assert ticket.completion_id not in recorded(blocked)

    def test_the_future_itself_cannot_be_cancelled(self, blocked: MezzoCore) -> None:
        ticket = blocked.completions.complete(request())
        assert not ticket.future.cancel()
        ticket.cancel(CancelReason.DISCONNECTED)
        assert ticket.future.result(WAIT_S).outcome is Outcome.CANCELLED

    def test_cancelling_a_finished_ticket_changes_nothing(self, make_core: MakeCore) -> None:
        core = make_core()
        ticket = core.completions.complete(request())
        delivery = ticket.future.result(WAIT_S)
        ticket.cancel(CancelReason.DISCONNECTED)
        assert ticket.future.result() is delivery
