"""The tray state: one word for what Mezzo is doing, from the core's snapshot (no Qt needed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.gate_watch import GateReport
from desktop_app.core.power import PowerState, PowerStatus
from desktop_app.core.service import CoreStatus
from desktop_app.ui.app_state import AppState, Switch, app_status

QUIET_GATE = GateReport(judged=0, hidden=0, floor=-1.0, suggested_floor=None)


def power(state: PowerState, reason: str = "") -> PowerStatus:
    return PowerStatus(state, reason, None, None, 0, None, None)


def core_status(
    engine: str = "ready",
    power_state: PowerState = PowerState.AC,
    error: str = "",
    reason: str = "on mains power",
) -> CoreStatus:
    model = "" if engine in ("empty", "loading") else "Qwen2.5-Coder"
    return CoreStatus(engine, model, "qwen", error, power(power_state, reason), 0, QUIET_GATE)


# (id, engine, power, completions_enabled, downloading, server_error, expected)
TABLE = [
    ("ready on mains is on", "ready", PowerState.AC, True, False, "", AppState.ON),
    ("on battery is throttled", "ready", PowerState.BATTERY, True, False, "", AppState.THROTTLED),
    ("low battery is throttled", "ready", PowerState.LOW_BATTERY, True, False, "",
     AppState.THROTTLED),
    ("a timed pause is paused", "ready", PowerState.PAUSED, True, False, "", AppState.PAUSED),
    ("switched off is off", "ready", PowerState.PAUSED, False, False, "", AppState.OFF),
    ("switched off beats battery", "ready", PowerState.BATTERY, False, False, "", AppState.OFF),
    ("no model is off", "empty", PowerState.AC, True, False, "", AppState.OFF),
    ("loading beats everything but errors", "loading", PowerState.PAUSED, False, True, "",
     AppState.LOADING),
    ("downloading beats off and paused", "ready", PowerState.PAUSED, False, True, "",
     AppState.DOWNLOADING),
    ("downloading while on", "ready", PowerState.AC, True, True, "", AppState.DOWNLOADING),
    ("an engine error is an error", "error", PowerState.AC, True, False, "", AppState.ERROR),
    ("a server error beats a loading model", "loading", PowerState.AC, True, False,
     "Port 8012 is already in use.", AppState.ERROR),
    ("a server error beats a download", "ready", PowerState.AC, True, True, "Port in use.",
     AppState.ERROR),
]  # fmt: skip


class TestTrayStateMapping:
    @pytest.mark.parametrize(
        ("engine", "power_state", "enabled", "downloading", "server_error", "expected"),
        [row[1:] for row in TABLE],
        ids=[row[0] for row in TABLE],
    )
    def test_each_situation_maps_to_one_state(
        self,
        engine: str,
        power_state: PowerState,
        enabled: bool,
        downloading: bool,
        server_error: str,
        expected: AppState,
    ) -> None:
        status = app_status(
            core_status(engine, power_state),
            completions_enabled=enabled,
            downloading=downloading,
            server_error=server_error,
        )
        assert status.state is expected

    def test_an_error_carries_the_windows_sentence_not_the_cores_text(self) -> None:
        status = app_status(
            core_status("error", error="Model /home/someone/x.gguf: llama_model_load failed"),
            completions_enabled=True,
            engine_error="The model x.gguf could not be loaded. Pick another model in Models.",
        )
        assert (
            status.detail == "The model x.gguf could not be loaded. Pick another model in Models."
        )

    def test_the_server_error_wins_over_the_engine_error(self) -> None:
        status = app_status(
            core_status("error", error="engine"),
            completions_enabled=True,
            engine_error="engine",
            server_error="port",
        )
        assert status.detail == "port"

    def test_paused_and_throttled_carry_the_power_reason(self) -> None:
        paused = app_status(
            core_status(power_state=PowerState.PAUSED, reason="paused until 15:00"),
            completions_enabled=True,
        )
        battery = app_status(
            core_status(power_state=PowerState.BATTERY, reason="on battery (54 %)"),
            completions_enabled=True,
        )
        assert (paused.detail, battery.detail) == ("paused until 15:00", "on battery (54 %)")

    def test_the_model_name_is_passed_through(self) -> None:
        assert app_status(core_status(), completions_enabled=True).model == "Qwen2.5-Coder"

    def test_every_state_has_an_icon_file(self) -> None:
        from desktop_app.bundles.catalog import resources_dir  # noqa: PLC0415

        for state in AppState:
            assert (resources_dir() / "icons" / f"mezzo-{state.value}.svg").is_file(), state


class TestTheSwitchBesideTheState:
    """Off and paused are the person's choice; the state may show something more urgent."""

    def test_switched_off_is_off_even_while_a_model_loads(self) -> None:
        status = app_status(core_status("loading"), completions_enabled=False)
        assert (status.state, status.switch) == (AppState.LOADING, Switch.OFF)

    def test_a_timed_pause_is_paused_and_carries_its_end(self) -> None:
        timed = replace(core_status(power_state=PowerState.PAUSED).power, paused_until=1e9)
        status = app_status(
            replace(core_status(), power=timed), completions_enabled=True, downloading=True
        )
        assert (status.state, status.switch) == (AppState.DOWNLOADING, Switch.PAUSED)
        assert status.paused_until == 1e9

    def test_a_low_battery_pause_is_not_the_persons_pause(self) -> None:
        status = app_status(
            core_status(power_state=PowerState.PAUSED, reason="battery low (12 %)"),
            completions_enabled=True,
        )
        assert (status.state, status.switch) == (AppState.PAUSED, Switch.ON)
        assert status.paused_until is None
