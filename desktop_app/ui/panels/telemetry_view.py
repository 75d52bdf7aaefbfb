"""From `Stats` to what the Usage statistics page shows: headline numbers, chart series and bars.

The core computes the statistics; this module only decides how they read for a person who is
not technical: "23%" with "kept 12 of 52 shown", days as "15 Jun", the adapter "" as "No
adapter", confidence buckets named from "Very low" to "Highest" rather than in nats per token,
and each reason a suggestion was hidden in words ("Unsure (the model was guessing)") rather than
the `low_confidence` telemetry stores. Kept apart from the widgets so the shaping is checked
without painting anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from desktop_app.core.gating import SuppressReason
from desktop_app.core.power import ThrottleReason
from desktop_app.telemetry.stats import SUPERSEDED, Acceptance, Hidden, Stats
from desktop_app.ui.charts import Bar, Series
from desktop_app.ui.formatting import milliseconds, percent

MAX_BARS = 8  # beyond this a bar chart stops being readable at a glance

# In the order of `telemetry.stats.CONFIDENCE_EDGES` buckets, least confident first.
_CONFIDENCE_NAMES = (
    QT_TRANSLATE_NOOP("TelemetryView", "Very low"),
    QT_TRANSLATE_NOOP("TelemetryView", "Low"),
    QT_TRANSLATE_NOOP("TelemetryView", "Medium"),
    QT_TRANSLATE_NOOP("TelemetryView", "High"),
    QT_TRANSLATE_NOOP("TelemetryView", "Very high"),
    QT_TRANSLATE_NOOP("TelemetryView", "Highest"),
)

# Why a suggestion was hidden, in words; reasons a person would not tell apart share a line.
_UNSURE = QT_TRANSLATE_NOOP("TelemetryView", "Unsure (the model was guessing)")
_TOO_SHORT = QT_TRANSLATE_NOOP("TelemetryView", "Too short to be useful")
_PAUSED = QT_TRANSLATE_NOOP("TelemetryView", "Suggestions were paused or switched off")
_OTHER = QT_TRANSLATE_NOOP("TelemetryView", "Other reasons")
HIDE_REASONS: dict[str, str] = {
    SuppressReason.LOW_CONFIDENCE: _UNSURE,
    SuppressReason.LOW_TOKEN_CONFIDENCE: _UNSURE,
    SuppressReason.REPEATS_SUFFIX: QT_TRANSLATE_NOOP(
        "TelemetryView", "Repeated the code after the cursor"
    ),
    SuppressReason.REPEATS_NEXT_LINE: QT_TRANSLATE_NOOP("TelemetryView", "Repeated the next line"),
    SuppressReason.TRIVIAL: _TOO_SHORT,
    SuppressReason.EMPTY: _TOO_SHORT,
    ThrottleReason.BATTERY_LOW: QT_TRANSLATE_NOOP("TelemetryView", "Held back to save battery"),
    ThrottleReason.PAUSED: _PAUSED,
    ThrottleReason.COMPLETIONS_OFF: _PAUSED,
    SUPERSEDED: QT_TRANSLATE_NOOP("TelemetryView", "Replaced by a newer request as you typed"),
}


@dataclass(frozen=True, slots=True)
class Headline:
    acceptance: str  # "23%"
    acceptance_note: str  # "kept 12 of 52 shown"
    completions: str
    p50: str
    p95: str
    cache: str
    cache_value: float | None


@dataclass(frozen=True, slots=True)
class HiddenSummary:
    count: str  # "42"
    caption: str  # "suggestions hidden"
    note: str  # "out of 162 in this period (26%)"
    reasons: tuple[Bar, ...]  # most frequent first; each bar is its share of the hidden ones


@dataclass(frozen=True, slots=True)
class TelemetryView:
    empty: bool  # no completion in the period: the page shows its empty state instead
    headline: Headline
    days: tuple[str, ...]
    acceptance: tuple[Series, ...]
    latency: tuple[Series, ...]
    by_language: tuple[Bar, ...]
    by_model: tuple[Bar, ...]
    by_adapter: tuple[Bar, ...]
    by_confidence: tuple[Bar, ...]
    hidden: HiddenSummary


def kept_note(acceptance: Acceptance) -> str:
    return QCoreApplication.translate("TelemetryView", "{kept} of {shown} kept").format(
        kept=acceptance.accepted, shown=acceptance.viewed
    )


def view_of(stats: Stats, model_names: Mapping[str, str] | None = None) -> TelemetryView:
    """`model_names` maps a model as telemetry records it (`id@version`) to its display name."""
    latency = stats.latency.total
    headline = Headline(
        acceptance=percent(stats.acceptance.rate),
        acceptance_note=QCoreApplication.translate(
            "TelemetryView", "kept {kept} of {shown} suggestions shown"
        ).format(kept=stats.acceptance.accepted, shown=stats.acceptance.viewed),
        completions=QLocale().toString(stats.completions),
        p50=milliseconds(latency.p50_ms),
        p95=milliseconds(latency.p95_ms),
        cache=percent(stats.cache.hit_rate),
        cache_value=stats.cache.hit_rate,
    )
    days = tuple(_day_label(point.day) for point in stats.by_day)
    acceptance = (
        Series(
            QCoreApplication.translate("TelemetryView", "Kept"),
            tuple(point.acceptance.rate for point in stats.by_day),
        ),
    )
    latency_series = (
        Series(
            QCoreApplication.translate("TelemetryView", "Typical (p50)"),
            tuple(p.latency.total.p50_ms for p in stats.by_day),
        ),
        Series(
            QCoreApplication.translate("TelemetryView", "Slowest 5% (p95)"),
            tuple(p.latency.total.p95_ms for p in stats.by_day),
        ),
    )
    return TelemetryView(
        empty=stats.completions == 0,
        headline=headline,
        days=days,
        acceptance=acceptance,
        latency=latency_series,
        by_language=_bars(
            stats.by_language, {"unknown": QCoreApplication.translate("TelemetryView", "Other")}
        ),
        by_model=_bars(
            stats.by_model,
            {
                "": QCoreApplication.translate("TelemetryView", "Unknown model"),
                **(model_names or {}),
            },
        ),
        by_adapter=_bars(
            stats.by_adapter, {"": QCoreApplication.translate("TelemetryView", "No adapter")}
        ),
        by_confidence=_confidence_bars(stats),
        hidden=hidden_summary(stats.hidden),
    )


def hidden_summary(hidden: Hidden) -> HiddenSummary:
    """How many suggestions were hidden and why, with the reasons in words, largest first."""
    counts: dict[str, int] = {}
    for reason, count in hidden.by_reason.items():
        name = QCoreApplication.translate("TelemetryView", HIDE_REASONS.get(reason, _OTHER))
        counts[name] = counts.get(name, 0) + count
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    locale = QLocale()
    total = hidden.shown + hidden.hidden
    if hidden.hidden:
        note = QCoreApplication.translate(
            "TelemetryView", "out of {total} in this period ({share})"
        ).format(total=locale.toString(total), share=percent(hidden.hidden / total))
    else:
        note = QCoreApplication.translate("TelemetryView", "Every suggestion was shown.")
    caption = (
        QT_TRANSLATE_NOOP("TelemetryView", "suggestion hidden")
        if hidden.hidden == 1
        else QT_TRANSLATE_NOOP("TelemetryView", "suggestions hidden")
    )
    return HiddenSummary(
        count=locale.toString(hidden.hidden),
        caption=QCoreApplication.translate("TelemetryView", caption),
        note=note,
        reasons=tuple(
            Bar(name, count / hidden.hidden, locale.toString(count)) for name, count in ranked
        ),
    )


def _day_label(iso: str) -> str:
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(day, "d MMM") if day.isValid() else iso


def _bars(groups: Mapping[str, Acceptance], names: Mapping[str, str]) -> tuple[Bar, ...]:
    """The groups most often shown first; groups never shown carry no rate worth a bar."""
    shown = [(key, a) for key, a in groups.items() if a.viewed]
    shown.sort(key=lambda item: (-item[1].viewed, item[0]))
    return tuple(Bar(names.get(key, key), a.rate, kept_note(a)) for key, a in shown[:MAX_BARS])


def _confidence_bars(stats: Stats) -> tuple[Bar, ...]:
    bars = []
    for index, bucket in enumerate(stats.by_confidence):
        if not bucket.acceptance.viewed:
            continue
        if bucket.label == "unknown" or index >= len(_CONFIDENCE_NAMES):
            name = QCoreApplication.translate("TelemetryView", "Not measured")
        else:
            name = QCoreApplication.translate("TelemetryView", str(_CONFIDENCE_NAMES[index]))
        bars.append(Bar(name, bucket.acceptance.rate, kept_note(bucket.acceptance)))
    return tuple(bars)
