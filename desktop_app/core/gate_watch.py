"""How much the confidence gate has hidden lately, so the app can say so.

A person who is shown nothing cannot accept anything, so a threshold that hides most suggestions
never gets the history that would correct it. The watch keeps the mean log-probability of the
last completions the gate judged on confidence (shown, or hidden as unsure; repeats and empty
answers say nothing about the threshold) and reports when unsure ones are most of them, with the
threshold that would have shown most of what it hid.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

from desktop_app.telemetry.stats import percentile

WINDOW = 20  # the last this many confidence-judged completions
MIN_JUDGED = 10  # fewer than this says nothing yet
HIDING_MOST = 0.5  # the share of unsure ones from which the app speaks up
SHOW_SHARE = 0.8  # "show more" picks the threshold that would have shown this share


@dataclass(frozen=True, slots=True)
class GateReport:
    judged: int  # completions in the window
    hidden: int  # of them hidden as unsure
    floor: float  # the mean log-probability threshold in force
    suggested_floor: float | None  # would have shown SHOW_SHARE of the window; None: no advice

    @property
    def hiding_most(self) -> bool:
        return self.judged >= MIN_JUDGED and self.hidden / self.judged >= HIDING_MOST

    def to_dict(self) -> dict[str, Any]:
        return {
            "judged": self.judged,
            "hidden_unsure": self.hidden,
            "min_mean_logprob": self.floor,
            "hiding_most": self.hiding_most,
            "suggested_min_mean_logprob": self.suggested_floor,
        }


class GateWatch:
    """Thread-safe: judged on the engine thread, read by the GUI's poll and the server."""

    def __init__(self, window: int = WINDOW) -> None:
        self._lock = threading.Lock()
        self._recent: deque[tuple[float, bool]] = deque(maxlen=window)

    def judged(self, mean_logprob: float, hidden: bool) -> None:
        with self._lock:
            self._recent.append((mean_logprob, hidden))

    def forget(self) -> None:
        """A new model or threshold starts a new record: the old one says nothing about it."""
        with self._lock:
            self._recent.clear()

    def report(self, floor: float) -> GateReport:
        with self._lock:
            recent = list(self._recent)
        hidden = sum(1 for _, was_hidden in recent if was_hidden)
        suggested = None
        if recent and hidden:
            # Rounded down to 0.05 so the suggestion reads as a setting, not a measurement.
            share = percentile([mean for mean, _ in recent], 100 * (1 - SHOW_SHARE))
            assert share is not None  # recent is not empty
            suggested = min(floor, _round_down(share))
        return GateReport(len(recent), hidden, floor, suggested)


def _round_down(value: float, step: float = 0.05) -> float:
    return round(math.floor(value / step + 1e-9) * step, 2)
