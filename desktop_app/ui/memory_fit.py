"""Will this model run well on this computer? A three-way answer from its RAM need.

People pick models by name; what decides whether completions feel instant or the laptop starts
swapping is memory. GPT4All and LM Studio both warn before a download rather than after a slow
first load, and so does the Models page. The editor, the browser and the OS keep roughly half of
a typical laptop's memory busy, so a model that needs up to half of the total fits, up to four
fifths is tight (close other programs), and more than that will swap.
"""

from __future__ import annotations

from enum import StrEnum

GOOD_SHARE = 0.5
TIGHT_SHARE = 0.8


class Fit(StrEnum):
    GOOD = "good"
    TIGHT = "tight"
    TOO_BIG = "too big"
    UNKNOWN = "unknown"  # the model's need is not known (a direct hub file, an import)


FIT_COLOURS = {  # mid-tones that read on light and dark backgrounds alike
    Fit.GOOD: "#3fa34d",
    Fit.TIGHT: "#d99a00",
    Fit.TOO_BIG: "#d64545",
    Fit.UNKNOWN: "#8a8a8a",
}


def memory_fit(ram_needed_mb: int, total_bytes: int) -> Fit:
    """How a model needing `ram_needed_mb` MiB fits a computer with `total_bytes` of memory."""
    if ram_needed_mb <= 0 or total_bytes <= 0:
        return Fit.UNKNOWN
    share = ram_needed_mb * 1024 * 1024 / total_bytes
    if share <= GOOD_SHARE:
        return Fit.GOOD
    if share <= TIGHT_SHARE:
        return Fit.TIGHT
    return Fit.TOO_BIG
