"""Getting telemetry out: a CSV of every completion for the person's own spreadsheet, and an
anonymized report they may choose to send.

The report follows the usual rule for telemetry that leaves the machine: hash identifiers, strip
file paths, aggregate before sending. It holds only aggregates (per day at the finest), re-hashes
client and adapter names with a salt made for this report alone (so two reports cannot be joined,
and the install's own salt never leaves), drops completion ids and repository hashes entirely,
and reduces a model that is a local file to a hash of its name.
"""

from __future__ import annotations

import csv
import hashlib
import io
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.base.files import atomic_write_text
from desktop_app.telemetry.records import clean_label
from desktop_app.telemetry.stats import Acceptance, Outcome, Stats

REPORT_FORMAT = "mezzo-telemetry-report/1"

CSV_COLUMNS: tuple[str, ...] = (
    *(f.name for f in fields(Outcome)),
    "total_ms",
    "utc_time",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def outcomes_csv(outcomes: Iterable[Outcome]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for o in outcomes:
        row: list[Any] = [getattr(o, name) for name in CSV_COLUMNS[:-2]]
        row += [round(o.total_ms, 3), datetime.fromtimestamp(o.time, UTC).isoformat()]
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def write_csv(path: Path, outcomes: Iterable[Outcome]) -> None:
    atomic_write_text(path, outcomes_csv(outcomes))


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if value is None:
        return ""
    # A spreadsheet would run a label starting with "=" as a formula.
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def anonymized_report(stats: Stats, *, salt: bytes | None = None) -> dict[str, Any]:
    """Aggregates only, identifiers re-hashed with a one-off salt, no ids, paths or repositories."""
    salt = secrets.token_bytes(32) if salt is None else salt

    def hashed(kind: str, value: str) -> str:
        if not value:
            return "none"
        digest = hashlib.sha256(salt + kind.encode() + b"\0" + value.encode()).hexdigest()
        return f"{kind}-{digest[:12]}"

    def model_key(value: str) -> str:
        name, _, version = clean_label(value).rpartition("@")
        # A model given as a local file is named by the person; a catalog or hub id is public.
        local = (name or version).lower().endswith(".gguf")
        return hashed("local-model", value) if local else clean_label(value)

    days = [point.day for point in stats.by_day]
    return {
        "format": REPORT_FORMAT,
        "app_version": __version__,
        "period": {"first_day": days[0] if days else None, "last_day": days[-1] if days else None,
                   "days": len(days)},
        "completions": stats.completions,
        "suppressed": stats.suppressed,
        "suppressed_by_reason": dict(stats.suppressed_by_reason),
        "superseded": stats.superseded,
        "acceptance": asdict(stats.acceptance),
        "latency": asdict(stats.latency),
        "cache": asdict(stats.cache),
        "by_day": [asdict(point) for point in stats.by_day],
        "by_model": _rekey(stats.by_model, model_key),
        "by_adapter": _rekey(stats.by_adapter, lambda name: hashed("adapter", name)),
        "by_language": _rekey(stats.by_language, clean_label),
        "by_client": _rekey(stats.by_client, lambda name: hashed("client", name)),
        "by_dialect": _rekey(stats.by_dialect, clean_label),
        "by_confidence": [asdict(bucket) for bucket in stats.by_confidence],
        "threshold": asdict(stats.threshold),
    }  # fmt: skip


def _rekey(groups: Mapping[str, Acceptance], key: Any) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for name, acceptance in groups.items():
        new = key(name)
        if new in result:  # two names that clean to one: merge rather than overwrite
            merged = Acceptance(**result[new])
            for attr in (
                "completions",
                "viewed",
                "accepted",
                "partial",
                "dismissed",
                "accepted_chars",
            ):
                setattr(merged, attr, getattr(merged, attr) + getattr(acceptance, attr))
            merged.rate = merged.accepted / merged.viewed if merged.viewed else None
            result[new] = asdict(merged)
        else:
            result[new] = asdict(acceptance)
    return result
