"""Statistics over the telemetry database: how often completions are kept, how fast they come.

Acceptance follows Tabby's definition (selects / views) counted per completion, so an editor that
reports the same view twice does not halve the rate: a completion is viewed if it has a view or a
select event, accepted if it has a select (a `select_kind=line` select is a partial accept), and
dismissed if it has a dismiss and no select. When a completion has explicit events (from the
editor) its inferred events (Mezzo's guesses) are ignored.

A completion is hidden when the person never saw it: the gate held it back, the power policy
turned it away, or a newer request replaced it. `Hidden` counts those per reason next to the
ones shown, so the statistics page can say why suggestions did not appear.

Latency percentiles leave out superseded completions, which were cut short on purpose. Everything
returned is a plain dataclass; `Stats.to_dict()` is JSON-ready for `GET /mezzo/stats` and the
GUI's charts, with a per-day series for acceptance and latency.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from desktop_app.telemetry.threshold import ThresholdSuggestion, suggest_threshold

_OUTCOME_QUERY = """
WITH per_source AS (
    SELECT completion_id, source,
           MAX(type = 'view') AS viewed,
           MAX(type = 'select') AS selected,
           MAX(type = 'select' AND select_kind IS NULL) AS selected_full,
           MAX(type = 'dismiss') AS dismissed,
           MAX(CASE WHEN type = 'select' THEN accepted_chars END) AS select_chars
    FROM events
    WHERE completion_id IN (SELECT id FROM completions WHERE time >= ? AND time < ?)
    GROUP BY completion_id, source
), chosen AS (
    SELECT * FROM per_source AS p
    WHERE p.source = 'explicit' OR NOT EXISTS (
        SELECT 1 FROM per_source AS e
        WHERE e.completion_id = p.completion_id AND e.source = 'explicit'
    )
)
SELECT c.id, c.time, c.client_hash, c.model_id, c.model_version, c.adapter, c.language,
       c.repo_hash, c.prompt_tokens, c.tokens_reused, c.queue_ms, c.prompt_ms, c.generation_ms,
       c.completion_chars, c.completion_lines, c.mean_logprob, c.min_logprob, c.finish_reason,
       c.suppressed, c.suppress_reason, c.superseded, c.dialect,
       ch.source, COALESCE(ch.viewed, 0), COALESCE(ch.selected, 0), COALESCE(ch.selected_full, 0),
       COALESCE(ch.dismissed, 0), ch.select_chars
FROM completions AS c LEFT JOIN chosen AS ch ON ch.completion_id = c.id
WHERE c.time >= ? AND c.time < ?
ORDER BY c.time, c.id
"""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One completion with its resolved accept/reject outcome (no code, no paths)."""

    id: str
    time: float
    client_hash: str
    model_id: str
    model_version: str
    adapter: str
    language: str
    repo_hash: str
    prompt_tokens: int
    tokens_reused: int
    queue_ms: float
    prompt_ms: float
    generation_ms: float
    completion_chars: int
    completion_lines: int
    mean_logprob: float | None
    min_logprob: float | None
    finish_reason: str
    suppressed: bool
    suppress_reason: str
    superseded: bool
    dialect: str
    event_source: str  # "explicit", "inferred", or "" when no event arrived
    viewed: bool
    accepted: bool
    partial: bool
    dismissed: bool
    accepted_chars: int

    @property
    def total_ms(self) -> float:
        return self.queue_ms + self.prompt_ms + self.generation_ms

    @property
    def model(self) -> str:
        return f"{self.model_id}@{self.model_version}" if self.model_version else self.model_id


def load_outcomes(
    db: sqlite3.Connection, since: float = 0.0, until: float = math.inf
) -> list[Outcome]:
    """Completions recorded in [since, until), oldest first, each with its resolved outcome."""
    until = min(until, 1e18)  # SQLite has no infinity literal for REAL parameters
    rows = db.execute(_OUTCOME_QUERY, (since, until, since, until)).fetchall()
    result = []
    for row in rows:
        (*base, source, viewed, selected, selected_full, dismissed, select_chars) = row
        record = dict(zip(_BASE_FIELDS, base, strict=True))
        record["suppressed"] = bool(record["suppressed"])
        record["superseded"] = bool(record["superseded"])
        accepted = bool(selected)
        if accepted:
            chars = select_chars if select_chars is not None else (
                record["completion_chars"] if selected_full else 0
            )  # fmt: skip
        else:
            chars = 0
        result.append(
            Outcome(
                **record,
                event_source=source or "",
                viewed=bool(viewed or selected),
                accepted=accepted,
                partial=accepted and not selected_full,
                dismissed=bool(dismissed) and not accepted,
                accepted_chars=int(chars),
            )
        )
    return result


_BASE_FIELDS = (
    "id", "time", "client_hash", "model_id", "model_version", "adapter", "language", "repo_hash",
    "prompt_tokens", "tokens_reused", "queue_ms", "prompt_ms", "generation_ms", "completion_chars",
    "completion_lines", "mean_logprob", "min_logprob", "finish_reason", "suppressed",
    "suppress_reason", "superseded", "dialect",
)  # fmt: skip


# --- result types -----------------------------------------------------------------------------


@dataclass(slots=True)
class Acceptance:
    completions: int = 0  # recorded in the group, suppressed ones included
    viewed: int = 0
    accepted: int = 0  # full and partial
    partial: int = 0
    dismissed: int = 0
    accepted_chars: int = 0
    rate: float | None = None  # accepted / viewed; None with nothing viewed

    def add(self, o: Outcome) -> None:
        self.completions += 1
        self.viewed += o.viewed
        self.accepted += o.accepted
        self.partial += o.partial
        self.dismissed += o.dismissed
        self.accepted_chars += o.accepted_chars
        self.rate = self.accepted / self.viewed if self.viewed else None


@dataclass(frozen=True, slots=True)
class Percentiles:
    count: int
    p50_ms: float | None
    p95_ms: float | None
    mean_ms: float | None


@dataclass(frozen=True, slots=True)
class Latency:
    total: Percentiles  # end to end: queue + prompt + generation
    queue: Percentiles
    prompt: Percentiles
    generation: Percentiles


@dataclass(frozen=True, slots=True)
class Cache:
    prompt_tokens: int
    tokens_reused: int
    hit_rate: float | None  # tokens reused / prompt tokens


@dataclass(frozen=True, slots=True)
class DayPoint:
    day: str  # ISO date in the requested time zone
    acceptance: Acceptance
    latency: Latency
    cache_hit_rate: float | None


@dataclass(frozen=True, slots=True)
class ConfidenceBucket:
    label: str
    low: float | None  # mean log-probability >= low (None: unbounded)
    high: float | None  # mean log-probability < high (None: unbounded)
    acceptance: Acceptance


SUPERSEDED = "superseded"  # the `Hidden.by_reason` key for completions a newer request replaced


@dataclass(frozen=True, slots=True)
class Hidden:
    """How many suggestions reached the editor, and how many were held back, by reason."""

    shown: int  # answered with text (warm-ups and empty answers are neither)
    hidden: int
    by_reason: dict[str, int]  # SuppressReason, ThrottleReason (core.gating, .power), SUPERSEDED


@dataclass(frozen=True, slots=True)
class Stats:
    since: float
    until: float
    completions: int
    suppressed: int
    suppressed_by_reason: dict[str, int]
    superseded: int
    hidden: Hidden
    acceptance: Acceptance
    latency: Latency
    cache: Cache
    by_day: list[DayPoint]
    by_model: dict[str, Acceptance]
    by_adapter: dict[str, Acceptance]  # "" is "no adapter"
    by_language: dict[str, Acceptance]
    by_client: dict[str, Acceptance]  # salted client hash
    by_dialect: dict[str, Acceptance]
    by_confidence: list[ConfidenceBucket]
    threshold: ThresholdSuggestion
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if math.isinf(data["until"]):
            data["until"] = None
        return data


# --- computation ------------------------------------------------------------------------------

# Bucket edges in nats per token. A published field study's means (-0.035 accepted, -0.121 rejected)
# fall in different buckets, and the edges are dense where the two overlap.
CONFIDENCE_EDGES: tuple[float, ...] = (-0.5, -0.2, -0.1, -0.05, -0.02)


def compute_stats(
    db: sqlite3.Connection,
    *,
    since: float = 0.0,
    until: float = math.inf,
    tz: tzinfo | None = None,
) -> Stats:
    """Statistics for completions recorded in [since, until); days are cut in `tz` (None: local)."""
    return stats_from_outcomes(load_outcomes(db, since, until), since=since, until=until, tz=tz)


def stats_from_outcomes(
    outcomes: Sequence[Outcome], *, since: float = 0.0, until: float = math.inf,
    tz: tzinfo | None = None,
) -> Stats:  # fmt: skip
    overall = Acceptance()
    groups: dict[str, dict[str, Acceptance]] = defaultdict(lambda: defaultdict(Acceptance))
    keys: dict[str, Callable[[Outcome], str]] = {
        "model": lambda o: o.model,
        "adapter": lambda o: o.adapter,
        "language": lambda o: o.language,
        "client": lambda o: o.client_hash,
        "dialect": lambda o: o.dialect,
    }
    by_day_outcomes: dict[date, list[Outcome]] = defaultdict(list)
    suppressed: Counter[str] = Counter()
    superseded = shown = 0
    for o in outcomes:
        overall.add(o)
        for name, key in keys.items():
            groups[name][key(o)].add(o)
        by_day_outcomes[datetime.fromtimestamp(o.time, tz).date()].append(o)
        if o.suppressed:
            suppressed[o.suppress_reason or "unspecified"] += 1
        elif o.superseded:
            superseded += 1
        elif o.completion_chars:
            shown += 1
    hidden = suppressed + Counter({SUPERSEDED: superseded})
    return Stats(
        since=since,
        until=until,
        completions=len(outcomes),
        suppressed=sum(suppressed.values()),
        suppressed_by_reason=dict(sorted(suppressed.items())),
        superseded=superseded,
        hidden=Hidden(shown, hidden.total(), dict(sorted(hidden.items()))),
        acceptance=overall,
        latency=latency_of(outcomes),
        cache=cache_of(outcomes),
        by_day=_day_series(by_day_outcomes),
        by_model=dict(sorted(groups["model"].items())),
        by_adapter=dict(sorted(groups["adapter"].items())),
        by_language=dict(sorted(groups["language"].items())),
        by_client=dict(sorted(groups["client"].items())),
        by_dialect=dict(sorted(groups["dialect"].items())),
        by_confidence=confidence_buckets(outcomes),
        threshold=suggest_threshold(
            (o.mean_logprob, o.accepted)
            for o in outcomes
            if o.viewed and o.mean_logprob is not None
        ),
    )


def _day_series(by_day: dict[date, list[Outcome]]) -> list[DayPoint]:
    """One point per day from the first to the last, empty days included, so charts have no gaps."""
    if not by_day:
        return []
    points = []
    day, last = min(by_day), max(by_day)
    while day <= last:
        todays = by_day.get(day, [])
        acceptance = Acceptance()
        for o in todays:
            acceptance.add(o)
        points.append(
            DayPoint(day.isoformat(), acceptance, latency_of(todays), cache_of(todays).hit_rate)
        )
        day += timedelta(days=1)
    return points


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default), q in [0, 100]."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _percentiles(values: Sequence[float]) -> Percentiles:
    mean = sum(values) / len(values) if values else None
    return Percentiles(len(values), percentile(values, 50), percentile(values, 95), mean)


def latency_of(outcomes: Iterable[Outcome]) -> Latency:
    done = [o for o in outcomes if not o.superseded]
    return Latency(
        total=_percentiles([o.total_ms for o in done]),
        queue=_percentiles([o.queue_ms for o in done]),
        prompt=_percentiles([o.prompt_ms for o in done]),
        generation=_percentiles([o.generation_ms for o in done]),
    )


def cache_of(outcomes: Iterable[Outcome]) -> Cache:
    done = [o for o in outcomes if not o.superseded]
    prompt = sum(o.prompt_tokens for o in done)
    reused = sum(o.tokens_reused for o in done)
    return Cache(prompt, reused, reused / prompt if prompt else None)


def confidence_buckets(outcomes: Iterable[Outcome]) -> list[ConfidenceBucket]:
    bounds = [None, *CONFIDENCE_EDGES, None]
    buckets = [Acceptance() for _ in range(len(bounds) - 1)]
    unknown = Acceptance()
    for o in outcomes:
        if o.suppressed:
            continue  # never shown, so never accepted: it would only dilute the bucket
        if o.mean_logprob is None:
            unknown.add(o)
            continue
        index = sum(o.mean_logprob >= edge for edge in CONFIDENCE_EDGES)
        buckets[index].add(o)
    result = []
    for i, acceptance in enumerate(buckets):
        low, high = bounds[i], bounds[i + 1]
        if low is None:
            label = f"< {high}"
        elif high is None:
            label = f">= {low}"
        else:
            label = f"{low} .. {high}"
        result.append(ConfidenceBucket(label, low, high, acceptance))
    result.append(ConfidenceBucket("unknown", None, None, unknown))
    return result
