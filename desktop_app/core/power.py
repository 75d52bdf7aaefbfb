"""Battery-aware throttling: how often each editor may ask for a completion, and how big it may be.

Editors ask for a completion on nearly every keystroke. On mains power that is fine; on battery
every prompt evaluation costs charge, so the policy spaces completions out per client (300 ms
on battery, 1 s below 20 %; not at all on mains by default) and the engine works smaller (a
lower `n_predict` cap, fewer threads). The person can also pause completions outright (the tray's
"Pause for 1 hour", or the switch in settings); that is one more state with its reason.

`PowerPolicy` turns the settings (read live on every call, so a change needs no restart) and a
battery reading (polled through the injectable reader at most every `battery_poll_s`, because
asking the OS is not free) into a `PowerStatus`. `Throttle` says, per client, how long a request
waits before the engine starts it, or refuses it while completions are paused; the server
answers a refused one at once with a well-formed empty completion.

A request that comes too soon waits instead of being refused: llama.vim and llama.vscode cache
an empty answer as the suggestion for that place, so a refusal hid the suggestion there for
good, and llama.vim's request after a keystroke often follows its speculative one by 40 ms. A
waiting request is still replaced by the client's next one, so the engine starts at most one
completion per client per interval, the newest.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from desktop_app.base.battery import BatteryReader, BatteryReading, read_battery, read_safely
from desktop_app.base.settings import Settings

logger = logging.getLogger(__name__)

Clock = Callable[[], float]


class PowerState(StrEnum):
    AC = "ac"
    BATTERY = "battery"
    LOW_BATTERY = "low_battery"
    PAUSED = "paused"


class ThrottleReason(StrEnum):
    """Why a request got no completion at all; telemetry stores these values."""

    COMPLETIONS_OFF = "completions_off"  # the switch in the tray or Settings
    PAUSED = "paused"  # a timed pause ("Pause for 1 hour")
    BATTERY_LOW = "battery_low"  # paused below the low-battery level, as the person chose


@dataclass(frozen=True, slots=True)
class PowerStatus:
    """A snapshot for `/mezzo/status`, the tray and the engine; `to_dict()` is JSON-ready."""

    state: PowerState
    reason: str  # one sentence for the person, e.g. "on battery (54 %)"
    percent: float | None  # None: no battery
    plugged: bool | None  # None: no battery, or the OS cannot tell
    min_interval_ms: int  # per client, between the starts of its completions
    n_predict_cap: int | None  # None: no cap beyond the request's own
    threads: int | None  # None: the engine's default
    paused_until: float | None = None  # epoch seconds, for a timed pause
    pause_reason: ThrottleReason | None = None  # set exactly when the state is PAUSED

    @property
    def paused(self) -> bool:
        return self.state is PowerState.PAUSED

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state.value
        data["pause_reason"] = self.pause_reason.value if self.pause_reason else None
        return data


Listener = Callable[[PowerStatus], None]


class PowerPolicy:
    """Maps live settings and the (cached) battery reading to a `PowerStatus`."""

    def __init__(
        self,
        settings: Callable[[], Settings],
        reader: BatteryReader = read_battery,
        *,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> None:
        self._settings = settings
        self._reader = reader
        self._clock = clock
        self._wall_clock = wall_clock
        self._lock = threading.Lock()  # guards the cached reading, its time, and _last_state
        self._reading: BatteryReading | None = None
        self._read_at: float | None = None
        self._last_state: PowerState | None = None
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """`listener` runs on the thread whose `status()` call noticed the state change."""
        self._listeners.append(listener)

    def wall_time(self) -> float:
        """Epoch seconds from the injected wall clock (the one `paused_until` is measured by)."""
        return self._wall_clock()

    def refresh(self) -> None:
        """Forget the cached reading, e.g. when the OS announces a power change."""
        with self._lock:
            self._read_at = None

    def status(self) -> PowerStatus:
        settings = self._settings()
        reading = self._battery()
        status = _decide(settings, reading, self._wall_clock())
        with self._lock:
            changed = status.state is not self._last_state
            self._last_state = status.state
        if changed:
            logger.info("power state: %s (%s)", status.state.value, status.reason)
            for listener in list(self._listeners):
                listener(status)
        return status

    def _battery(self) -> BatteryReading | None:
        poll_s = self._settings().power.battery_poll_s
        now = self._clock()
        with self._lock:
            if self._read_at is not None and now - self._read_at < poll_s:
                return self._reading
            self._reading = read_safely(self._reader)
            self._read_at = now
            return self._reading


def _decide(settings: Settings, reading: BatteryReading | None, now: float) -> PowerStatus:
    power = settings.power
    percent = None if reading is None else float(reading.percent)
    plugged = None if reading is None else reading.power_plugged

    def status(
        state: PowerState,
        reason: str,
        interval: int,
        cap: int,
        threads: int,
        pause: ThrottleReason | None = None,
    ) -> PowerStatus:
        return PowerStatus(
            state=state,
            reason=reason,
            percent=percent,
            plugged=plugged,
            min_interval_ms=interval,
            n_predict_cap=cap or None,
            threads=threads or None,
            paused_until=settings.paused_until if settings.paused_until > now else None,
            pause_reason=pause,
        )

    if not settings.completions_enabled:
        return status(
            PowerState.PAUSED, "completions are turned off", 0, 0, 0, ThrottleReason.COMPLETIONS_OFF
        )
    if settings.paused_until > now:
        until = time.strftime("%H:%M", time.localtime(settings.paused_until))
        return status(PowerState.PAUSED, f"paused until {until}", 0, 0, 0, ThrottleReason.PAUSED)
    # No battery, or an OS that cannot tell whether it is plugged in, counts as mains power.
    if reading is None or reading.power_plugged is not False:
        return status(PowerState.AC, "on mains power", power.ac_min_interval_ms, 0, 0)
    if reading.percent < power.low_battery_percent:
        if power.pause_on_low_battery:
            return status(
                PowerState.PAUSED,
                f"battery low ({percent:.0f} %)",
                0,
                0,
                0,
                ThrottleReason.BATTERY_LOW,
            )
        return status(
            PowerState.LOW_BATTERY,
            f"battery low ({percent:.0f} %)",
            power.low_battery_min_interval_ms,
            power.low_battery_max_n_predict,
            power.low_battery_threads,
        )
    return status(
        PowerState.BATTERY,
        f"on battery ({percent:.0f} %)",
        power.battery_min_interval_ms,
        power.battery_max_n_predict,
        power.battery_threads,
    )


@dataclass(frozen=True, slots=True)
class Admission:
    """The throttle's answer, with the one power reading the whole request goes by."""

    admitted: bool
    reason: ThrottleReason | None  # why not; None when admitted
    retry_after_ms: int | None  # refused: None means no point retrying until the person acts
    status: PowerStatus
    delay_ms: int = 0  # admitted: how long it waits before the engine may start it


class Throttle:
    """Per-client spacing of completions, from the policy's current minimum interval.

    Each client has the start time of its latest admitted request. A request within the
    interval after it is admitted with a delay up to the interval's end; one that comes while an
    earlier one still waits takes that one's turn (the engine replaces the waiting one with it),
    so a burst costs one completion per interval, not one per request.
    """

    def __init__(
        self, policy: PowerPolicy, *, clock: Clock = time.monotonic, max_clients: int = 256
    ) -> None:
        self._policy = policy
        self._clock = clock
        self._max_clients = max_clients
        self._lock = threading.Lock()  # guards _starts
        self._starts: OrderedDict[str, float] = OrderedDict()  # per client, its latest start

    def admit(self, client_id: str, now: float | None = None) -> Admission:
        status = self._policy.status()
        if status.paused:
            retry = None
            if status.paused_until is not None:
                retry = max(0, round((status.paused_until - self._policy.wall_time()) * 1000))
            return Admission(False, status.pause_reason, retry, status)
        t = self._clock() if now is None else now
        interval_s = status.min_interval_ms / 1000.0
        with self._lock:
            last = self._starts.get(client_id)
            # (the epsilons keep float clock arithmetic from moving a request right on time)
            if last is not None and t < last - 1e-9:  # an earlier one still waits: its turn
                start = last
            elif last is not None and t - last < interval_s - 1e-9:
                start = last + interval_s
            else:
                start = t
            self._starts[client_id] = start
            self._starts.move_to_end(client_id)
            while len(self._starts) > self._max_clients:
                self._starts.popitem(last=False)
        return Admission(True, None, None, status, round((start - t) * 1000))
