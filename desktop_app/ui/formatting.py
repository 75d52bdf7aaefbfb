"""Numbers as people read them: sizes, speeds, time left, percentages and milliseconds.

The panels show the same kinds of numbers in many places (a download's rate, a model's RAM
need, a latency percentile); writing them one way everywhere keeps "1.6 GB" from turning into
"1600 MB" on the next line. Units are decimal (1 GB = 1000³ bytes), as file managers and the
hub show them, so a size here matches what the person sees elsewhere.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

_UNITS = ("bytes", "KB", "MB", "GB", "TB")


def human_bytes(count: float) -> str:
    """`1_600_000_000` → "1.6 GB"; whole bytes below a kilobyte."""
    value = float(max(count, 0))
    for unit in _UNITS:
        if value < 1000 or unit == _UNITS[-1]:
            if unit == "bytes":
                return QCoreApplication.translate("Formatting", "{n} bytes").format(n=int(value))
            digits = 1 if value < 10 else 0  # "1.6 GB", "16 GB": the precision people use
            return f"{value:.{digits}f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def human_mebibytes(mb: int) -> str:
    """A catalog's `ram_mb` (MiB) in the same decimal units as every other size."""
    return human_bytes(mb * 1024 * 1024)


def human_rate(bytes_per_s: float) -> str:
    """A download speed; "—" before the first bytes have arrived."""
    if not math.isfinite(bytes_per_s) or bytes_per_s <= 0:
        return "—"
    return QCoreApplication.translate("Formatting", "{size}/s").format(
        size=human_bytes(bytes_per_s)
    )


def human_eta(seconds: float | None) -> str:
    """Time left, rounded the way a person would say it; "" while it cannot be known."""
    if seconds is None or not math.isfinite(seconds):
        return ""
    if seconds < 60:
        return QCoreApplication.translate("Formatting", "less than a minute left")
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "about {m} min left").format(m=minutes)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Formatting", "about {h} h {m} min left").format(
        h=hours, m=minutes
    )


def percent(fraction: float | None) -> str:
    """`0.234` → "23%"; "—" when there is nothing to divide by."""
    if fraction is None or not math.isfinite(fraction):
        return "—"
    return f"{round(fraction * 100)}%"


def milliseconds(ms: float | None) -> str:
    """Latency: "85 ms" below two seconds, "2.1 s" above, where ms stop being readable."""
    if ms is None or not math.isfinite(ms):
        return "—"
    if ms < 2000:
        return QCoreApplication.translate("Formatting", "{n} ms").format(n=round(ms))
    return QCoreApplication.translate("Formatting", "{n} s").format(n=f"{ms / 1000:.1f}")
