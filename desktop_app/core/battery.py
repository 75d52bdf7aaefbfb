"""The machine's power source, read through an injectable reader.

psutil reports `None` on machines with no battery, and `power_plugged` may itself be `None`
when the OS cannot tell; both cases count as mains power. Tests and the GUI pass their own reader.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import psutil


class BatteryReading(NamedTuple):
    """Shaped like `psutil.sensors_battery()`, so psutil's result can be passed straight in."""

    percent: float
    secsleft: float | int
    power_plugged: bool | None


BatteryReader = Callable[[], BatteryReading | None]


def read_battery() -> BatteryReading | None:
    reading = psutil.sensors_battery()
    if reading is None:
        return None
    return BatteryReading(reading.percent, reading.secsleft, reading.power_plugged)


def on_mains_power(reading: BatteryReading | None) -> bool:
    return reading is None or reading.power_plugged is not False
