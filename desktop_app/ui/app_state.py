"""What Mezzo is doing, in one word: the state the tray icon and the Home panel show.

The person should see at a glance whether completions are coming, and if not, why. The state is
computed from the core's own snapshot (`CoreStatus`) plus the two facts the core does not hold:
whether a download is running (the GUI starts those) and whether the HTTP server could start
(the app owns it). It is a pure function so that every row of the mapping is a table test and
`mezzo serve` could report the same word.

Priority, highest first, because one icon can show one thing:

    error > loading > downloading > off > paused > no model > throttled > on

An error needs the person's action; a model being loaded or downloaded explains why completions
are not there yet; "off" and "paused" are the person's own choice; "throttled" means completions
still come, just spaced out to save battery.

Beside the state, `AppStatus.switch` carries the person's own choice, because "paused" and "off"
are different promises (a pause ends by itself, off stays off) and a model loading or a download
must not hide which one is in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_app.core.power import PowerState

if TYPE_CHECKING:  # the service module pulls in llama.cpp; the mapping only reads a snapshot
    from desktop_app.core.service import CoreStatus


class AppState(StrEnum):
    ON = "on"  # serving completions at full speed
    OFF = "off"  # completions switched off, or no model to serve them
    PAUSED = "paused"  # a timed pause, or paused because the battery is low
    THROTTLED = "throttled"  # on battery: completions come, spaced out and shorter
    LOADING = "loading"  # a model is being loaded into memory
    DOWNLOADING = "downloading"  # a model or adapter is being downloaded
    ERROR = "error"  # the server or the model failed; `detail` says what to do


class Switch(StrEnum):
    """The person's own choice, whatever else Mezzo is doing."""

    ON = "on"
    PAUSED = "paused"  # a timed pause: completions come back by themselves at `paused_until`
    OFF = "off"  # switched off: they stay off until the person turns them on


@dataclass(frozen=True, slots=True)
class AppStatus:
    state: AppState
    detail: str  # the core's own sentence (an error, or the power reason); may be empty
    model: str  # the loaded model's name, "" when none
    switch: Switch = Switch.ON
    paused_until: float | None = None  # epoch seconds, while a timed pause is in force


def app_status(
    status: CoreStatus,
    *,
    completions_enabled: bool,
    downloading: bool = False,
    engine_error: str = "",
    server_error: str = "",
    model_label: str = "",
) -> AppStatus:
    """Map a core snapshot to the one state worth showing (see the module docstring).

    `model_label` names the model as the person knows it (its catalog name) when the caller
    knows better than the GGUF's own `general.name`; `engine_error` and `server_error` are the
    window's sentences for what went wrong (`ui.messages.explain`).
    """
    model = (model_label or status.model) if status.model else ""
    paused_until = status.power.paused_until
    if not completions_enabled:
        switch = Switch.OFF
    elif paused_until is not None:
        switch = Switch.PAUSED
    else:
        switch = Switch.ON

    def result(state: AppState, detail: str = "") -> AppStatus:
        return AppStatus(state, detail, model, switch, paused_until)

    if server_error:
        return result(AppState.ERROR, server_error)
    if status.engine == "error":
        return result(AppState.ERROR, engine_error)
    if status.engine == "loading":
        return result(AppState.LOADING)
    if downloading:
        return result(AppState.DOWNLOADING)
    if not completions_enabled:
        return result(AppState.OFF, status.power.reason)
    if status.power.state is PowerState.PAUSED:
        return result(AppState.PAUSED, status.power.reason)
    if status.engine != "ready":
        return result(AppState.OFF)
    if status.power.state in (PowerState.BATTERY, PowerState.LOW_BATTERY):
        return result(AppState.THROTTLED, status.power.reason)
    return result(AppState.ON, status.power.reason)
