"""Downloads wait for mains power unless the person allows them on battery.

A multi-GB download keeps the radio and the disk busy for minutes, which is what drains a laptop.
The check runs before a download starts and again every few seconds while it runs; losing power
mid-download pauses it (the `.part` is kept) rather than failing it. No battery means mains.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop_app.base.battery import BatteryReader, on_mains_power, read_battery, read_safely
from desktop_app.base.errors import PowerPolicyError

RECHECK_INTERVAL_S = 10.0


class PowerGate:
    def __init__(
        self,
        allow_on_battery: bool,
        reader: BatteryReader = read_battery,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._allow = allow_on_battery
        self._reader = reader
        self._clock = clock
        self._last_check = float("-inf")

    def check(self) -> None:
        """Raise PowerPolicyError when on battery and downloads on battery are not allowed."""
        self._last_check = self._clock()
        if self._allow or on_mains_power(read_safely(self._reader)):
            return
        raise PowerPolicyError(
            "Mezzo downloads models only while the computer is plugged in, to save the battery. "
            "Plug in and try again, turn on “Download models on battery power” in the app's "
            "Settings, or add `--on-battery` to `mezzo models pull`. Anything already "
            "downloaded is kept."
        )

    def checkpoint(self) -> None:
        """The per-chunk check: cheap, because it reads the battery only every few seconds."""
        if self._clock() - self._last_check >= RECHECK_INTERVAL_S:
            self.check()
