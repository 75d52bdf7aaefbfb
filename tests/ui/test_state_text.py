"""The words for what is in force: the first line of the tray menu and the control window."""

from __future__ import annotations

import time

import pytest

from desktop_app.ui.app_state import AppState, AppStatus, Switch
from desktop_app.ui.state_text import explanation, pause_text, status_line, toggle_text

UNTIL = time.mktime((2030, 5, 1, 15, 40, 30, 0, 0, -1))  # 15:40 local time

# (id, state, switch, paused_until, model, expected first line)
LINES = [
    ("on", AppState.ON, Switch.ON, None, "m", "Completions are on"),
    ("off", AppState.OFF, Switch.OFF, None, "m", "Completions are off"),
    ("paused says until when", AppState.PAUSED, Switch.PAUSED, UNTIL, "m",
     "Completions are paused until 15:40"),
    ("a pause is not hidden by a load", AppState.LOADING, Switch.PAUSED, UNTIL, "",
     "Completions are paused until 15:40"),
    ("off is not hidden by a download", AppState.DOWNLOADING, Switch.OFF, None, "m",
     "Completions are off"),
    ("an error still comes first", AppState.ERROR, Switch.OFF, None, "",
     "Mezzo needs your attention"),
    ("on without a model waits for one", AppState.OFF, Switch.ON, None, "",
     "Completions are waiting for a model"),
    ("a low-battery pause is the state's", AppState.PAUSED, Switch.ON, None, "m",
     "Completions are paused"),
]  # fmt: skip


class TestTheFirstLine:
    @pytest.mark.parametrize(
        ("state", "switch", "until", "model", "expected"),
        [row[1:] for row in LINES],
        ids=[row[0] for row in LINES],
    )
    def test_it_says_which_state_is_in_force(
        self, state: AppState, switch: Switch, until: float | None, model: str, expected: str
    ) -> None:
        assert status_line(AppStatus(state, "", model, switch, until)) == expected

    def test_a_timed_pause_says_when_suggestions_come_back(self) -> None:
        status = AppStatus(AppState.PAUSED, "paused until 15:40", "m", Switch.PAUSED, UNTIL)
        assert explanation(status) == "Suggestions come back by themselves at 15:40."

    def test_a_low_battery_pause_gives_its_reason(self) -> None:
        status = AppStatus(AppState.PAUSED, "battery low (12 %)", "m", Switch.ON, None)
        assert explanation(status) == "Battery low (12 %)"


class TestCommandsAreNamedAfterWhatTheyDo:
    @pytest.mark.parametrize(
        ("switch", "toggle", "pause"),
        [
            (Switch.ON, "Turn completions off", "Pause for 1 hour"),
            (Switch.PAUSED, "Turn completions off", "Resume now"),
            (Switch.OFF, "Turn completions on", "Pause for 1 hour"),
        ],
    )
    def test_each_state(self, switch: Switch, toggle: str, pause: str) -> None:
        assert (toggle_text(switch), pause_text(switch)) == (toggle, pause)
