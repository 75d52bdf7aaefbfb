"""Does an adapter help a repository? Base and adapter on the same held-out rows, compared.

Exact match moves in steps of one row, so a small set can swing by chance: a verdict needs
enough rows and agreement between exact match and edit similarity.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

MIN_ROWS = 20
MIN_POINTS = 2.0  # percentage points of exact match


class Verdict(StrEnum):
    BETTER = "better"
    WORSE = "worse"
    SAME = "no clear difference"
    TOO_FEW_ROWS = "too few rows to tell"


def verdict(base: Mapping[str, Any], adapter: Mapping[str, Any]) -> Verdict:
    """Compares two runs' summaries (`evaluation.summarize`) made on the same rows."""
    if min(base.get("rows", 0), adapter.get("rows", 0)) < MIN_ROWS:
        return Verdict.TOO_FEW_ROWS
    exact = (adapter["exact_match_pct"] or 0.0) - (base["exact_match_pct"] or 0.0)
    similar = (adapter["edit_similarity_pct"] or 0.0) - (base["edit_similarity_pct"] or 0.0)
    if exact <= -MIN_POINTS and similar < 0:
        return Verdict.WORSE
    if exact >= MIN_POINTS and similar > 0:
        return Verdict.BETTER
    return Verdict.SAME
