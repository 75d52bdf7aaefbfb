"""From `Stats` to what the Telemetry page shows: headline numbers, chart series and bars.

The core computes the statistics; this module only decides how they read for a person who is
not technical: "23%" with "kept 12 of 52 shown", days as "15 Jun", the adapter "" as "No
adapter", confidence buckets named from "Very low" to "Highest" rather than in nats per token.
Kept apart from the widgets so the shaping is checked without painting anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from desktop_app.telemetry.stats import Acceptance, Stats
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
