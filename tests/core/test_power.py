"""Battery-aware throttling, driven by a fake battery and fake clocks."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import pytest

from desktop_app.base.battery import BatteryReading
from desktop_app.base.settings import PowerSettings, Settings, SettingsStore
from desktop_app.core.power import (
    PowerPolicy,
    PowerState,
    PowerStatus,
    Throttle,
    ThrottleReason,
)
from tests.fixtures.fakes import FakeBattery, FakeClock

WALL_NOW = 1_700_000_000.0


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.json", Settings())


@pytest.fixture
def policy(store: SettingsStore, battery: FakeBattery, clock: FakeClock) -> PowerPolicy:
    return PowerPolicy(lambda: store.current, battery, clock=clock, wall_clock=lambda: WALL_NOW)


def _next_poll(clock: FakeClock, store: SettingsStore) -> None:
    clock.advance(store.current.power.battery_poll_s)


class TestPowerStates:
    def test_no_battery_counts_as_mains_power(self, policy: PowerPolicy) -> None:
        status = policy.status()
        assert status.state is PowerState.AC
        assert (status.percent, status.plugged) == (None, None)
        assert status.min_interval_ms == 0  # a newer request already stops the older one
        assert status.n_predict_cap is None and status.threads is None

    def test_unknown_plug_state_counts_as_mains_power(
        self, policy: PowerPolicy, battery: FakeBattery
    ) -> None:
        battery.reading = BatteryReading(12.0, 100, None)
        assert policy.status().state is PowerState.AC

    def test_transitions_ac_battery_low_and_back_to_ac(
        self, policy: PowerPolicy, battery: FakeBattery, clock: FakeClock, store: SettingsStore
    ) -> None:
        seen: list[PowerState] = []
        policy.subscribe(lambda status: seen.append(status.state))
        battery.plug_in(90)
        assert policy.status().state is PowerState.AC

        battery.unplug(54)
        _next_poll(clock, store)
        on_battery = policy.status()
        assert on_battery.state is PowerState.BATTERY
        assert on_battery.min_interval_ms == 300
        assert on_battery.n_predict_cap == 64
        assert on_battery.threads == 2
        assert on_battery.percent == 54 and on_battery.plugged is False
        assert "54" in on_battery.reason

        battery.unplug(19)
        _next_poll(clock, store)
        low = policy.status()
        assert low.state is PowerState.LOW_BATTERY
        assert (low.min_interval_ms, low.n_predict_cap, low.threads) == (1000, 32, 1)

        battery.plug_in(19)
        _next_poll(clock, store)
        assert policy.status().state is PowerState.AC
        assert seen == [PowerState.AC, PowerState.BATTERY, PowerState.LOW_BATTERY, PowerState.AC]

    def test_battery_is_read_at_most_once_per_poll_interval(
        self, policy: PowerPolicy, battery: FakeBattery, clock: FakeClock
    ) -> None:
        battery.plug_in()
        for _ in range(10):
            policy.status()
            clock.advance(0.1)
        assert battery.reads == 1
        battery.unplug(50)
        assert policy.status().state is PowerState.AC  # still the cached reading
        clock.advance(5.0)
        assert policy.status().state is PowerState.BATTERY
        assert battery.reads == 2

    def test_refresh_forgets_the_cached_reading(
        self, policy: PowerPolicy, battery: FakeBattery
    ) -> None:
        battery.plug_in()
        policy.status()
        battery.unplug(50)
        policy.refresh()
        assert policy.status().state is PowerState.BATTERY

    def test_unreadable_battery_counts_as_mains_power(self, store: SettingsStore) -> None:
        def broken() -> BatteryReading | None:
            raise OSError("no sysfs")

        assert PowerPolicy(lambda: store.current, broken).status().state is PowerState.AC

    def test_settings_changes_apply_without_restart(
        self, policy: PowerPolicy, battery: FakeBattery, store: SettingsStore
    ) -> None:
        battery.unplug(50)
        assert policy.status().min_interval_ms == 300
        store.update(power=dataclasses.replace(store.current.power, battery_min_interval_ms=700))
        assert policy.status().min_interval_ms == 700

    def test_status_is_json_ready(self, policy: PowerPolicy, battery: FakeBattery) -> None:
        battery.unplug(42)
        data = json.loads(json.dumps(policy.status().to_dict()))
        assert data["state"] == "battery"
        assert set(data) == {f.name for f in dataclasses.fields(PowerStatus)}


class TestPaused:
    def test_completions_turned_off_is_paused_with_a_reason(
        self, policy: PowerPolicy, store: SettingsStore
    ) -> None:
        store.update(completions_enabled=False)
        status = policy.status()
        assert status.state is PowerState.PAUSED
        assert "turned off" in status.reason

    def test_timed_pause_lasts_until_its_end(
        self, store: SettingsStore, battery: FakeBattery, clock: FakeClock
    ) -> None:
        wall = FakeClock(WALL_NOW)
        policy = PowerPolicy(lambda: store.current, battery, clock=clock, wall_clock=wall)
        store.update(paused_until=WALL_NOW + 3600)
        status = policy.status()
        assert status.state is PowerState.PAUSED
        assert status.paused_until == WALL_NOW + 3600
        assert "paused until" in status.reason
        wall.advance(3600)
        assert policy.status().state is PowerState.AC

    def test_low_battery_pauses_when_the_person_chose_that(
        self, policy: PowerPolicy, battery: FakeBattery, store: SettingsStore
    ) -> None:
        store.update(power=PowerSettings(pause_on_low_battery=True))
        battery.unplug(10)
        status = policy.status()
        assert status.state is PowerState.PAUSED
        assert status.pause_reason is ThrottleReason.BATTERY_LOW
        assert "battery low" in status.reason

    def test_paused_throttle_rejects_every_request(
        self, store: SettingsStore, battery: FakeBattery, clock: FakeClock
    ) -> None:
        wall = FakeClock(WALL_NOW)
        policy = PowerPolicy(lambda: store.current, battery, clock=clock, wall_clock=wall)
        throttle = Throttle(policy, clock=clock)
        store.update(paused_until=WALL_NOW + 60)
        admission = throttle.admit("vscode")
        assert not admission.admitted
        assert admission.reason is ThrottleReason.PAUSED
        assert admission.retry_after_ms == 60_000
        assert admission.status.paused
        store.update(paused_until=0.0, completions_enabled=False)
        admission = throttle.admit("vscode")
        assert not admission.admitted and admission.retry_after_ms is None
        assert admission.reason is ThrottleReason.COMPLETIONS_OFF


class TestThrottle:
    @pytest.mark.parametrize(
        ("reading", "interval_ms"),
        [
            (BatteryReading(60.0, 3600, False), 300),
            (BatteryReading(15.0, 600, False), 1000),
        ],
    )
    def test_burst_from_one_client_is_spaced_by_the_state_interval(
        self,
        store: SettingsStore,
        clock: FakeClock,
        reading: BatteryReading | None,
        interval_ms: int,
    ) -> None:
        policy = PowerPolicy(lambda: store.current, FakeBattery(reading), clock=clock)
        throttle = Throttle(policy, clock=clock)
        # One request every 10 ms for two seconds, as a fast typist with no debounce.
        starts = set()
        for step in range(200):
            admission = throttle.admit("vscode")
            assert admission.admitted and admission.reason is None
            starts.add(step * 10 + admission.delay_ms)
            clock.advance(0.010)
        ordered = sorted(starts)
        assert {b - a for a, b in itertools.pairwise(ordered)} == {interval_ms}
        assert ordered[0] == 0
        assert ordered[-1] == (1990 // interval_ms + 1) * interval_ms  # the turn after the last

    def test_a_request_too_soon_waits_for_the_rest_of_the_interval(
        self, store: SettingsStore, clock: FakeClock
    ) -> None:
        battery = FakeBattery(BatteryReading(60.0, 3600, False))
        throttle = Throttle(PowerPolicy(lambda: store.current, battery, clock=clock), clock=clock)
        assert throttle.admit("vscode").delay_ms == 0
        clock.advance(0.1)
        admission = throttle.admit("vscode")
        assert (admission.admitted, admission.reason, admission.delay_ms) == (True, None, 200)
        assert admission.status.min_interval_ms == 300

    def test_another_client_is_unaffected(self, store: SettingsStore, clock: FakeClock) -> None:
        battery = FakeBattery(BatteryReading(60.0, 3600, False))
        throttle = Throttle(PowerPolicy(lambda: store.current, battery, clock=clock), clock=clock)
        assert throttle.admit("vscode").delay_ms == 0
        clock.advance(0.01)
        assert throttle.admit("vscode").delay_ms == 290
        assert throttle.admit("roblox").delay_ms == 0
        clock.advance(0.01)
        assert throttle.admit("roblox").delay_ms == 290
        assert throttle.admit("vscode").delay_ms == 280

    def test_requests_while_one_waits_take_its_turn_not_a_later_one(
        self, store: SettingsStore, clock: FakeClock
    ) -> None:
        battery = FakeBattery(BatteryReading(60.0, 3600, False))
        throttle = Throttle(PowerPolicy(lambda: store.current, battery, clock=clock), clock=clock)
        assert throttle.admit("vscode").delay_ms == 0
        for step in range(1, 30):
            clock.advance(0.01)
            assert throttle.admit("vscode").delay_ms == 300 - 10 * step  # all start at 300 ms
        clock.advance(0.01)
        assert throttle.admit("vscode").delay_ms == 300  # 300 ms: that turn has begun
        clock.advance(0.4)
        assert throttle.admit("vscode").delay_ms == 200  # 700 ms: the next turn is at 900 ms
        clock.advance(1.0)
        assert throttle.admit("vscode").delay_ms == 0  # a pause longer than the interval

    def test_on_mains_nothing_waits(self, store: SettingsStore, clock: FakeClock) -> None:
        throttle = Throttle(
            PowerPolicy(lambda: store.current, FakeBattery(), clock=clock), clock=clock
        )
        assert [throttle.admit("vscode").delay_ms for _ in range(5)] == [0] * 5

    def test_interval_follows_the_battery_without_restart(
        self, store: SettingsStore, clock: FakeClock
    ) -> None:
        battery = FakeBattery()
        battery.plug_in()
        throttle = Throttle(PowerPolicy(lambda: store.current, battery, clock=clock), clock=clock)
        assert throttle.admit("vscode").delay_ms == 0
        clock.advance(0.06)
        assert throttle.admit("vscode").delay_ms == 0
        battery.unplug(70)
        clock.advance(5.0)  # the next poll sees the battery
        assert throttle.admit("vscode").delay_ms == 0
        clock.advance(0.06)
        admission = throttle.admit("vscode")
        assert admission.delay_ms == 240 and admission.status.state is PowerState.BATTERY
