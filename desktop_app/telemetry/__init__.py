"""Telemetry: what Mezzo served and whether it was kept, on this machine only.

`store` writes completions and Tabby-style events to SQLite; `inference` guesses accept/reject for
editors that send no events; `stats` turns the database into acceptance, latency and cache
figures; `export` writes a CSV or an anonymized report. No code text and no file path is stored.
"""

from desktop_app.telemetry.inference import AcceptanceInference, InferredOutcome, Verdict
from desktop_app.telemetry.records import (
    CompletionRecord,
    EventSource,
    EventType,
    language_for,
    new_completion_id,
    text_shape,
)
from desktop_app.telemetry.stats import Stats, compute_stats
from desktop_app.telemetry.store import TelemetryStore

__all__ = [
    "AcceptanceInference",
    "CompletionRecord",
    "EventSource",
    "EventType",
    "InferredOutcome",
    "Stats",
    "TelemetryStore",
    "Verdict",
    "compute_stats",
    "language_for",
    "new_completion_id",
    "text_shape",
]
