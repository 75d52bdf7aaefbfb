"""The machine's power source, read through an injectable reader.

psutil reports `None` on machines with no battery, and `power_plugged` may itself be `None`
when the OS cannot tell; both cases count as mains power. Tests and the GUI pass their own reader.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import NamedTuple

import psutil

logger = logging.getLogger(__name__)


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


def read_safely(reader: BatteryReader) -> BatteryReading | None:
    """`reader()`, or None (mains) where the platform fails instead of saying "no battery"."""
    try:
        return reader()
    # psutil raises when /sys/class/power_supply is missing or odd; that is not a battery.
    except (OSError, RuntimeError, AttributeError, NotImplementedError) as exc:
        logger.warning("battery unreadable (%s); assuming mains power", exc)
        return None


def on_mains_power(reading: BatteryReading | None) -> bool:
    return reading is None or reading.power_plugged is not False
