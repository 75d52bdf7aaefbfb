"""`mezzo stats`: the usage statistics kept on this computer: acceptance, latency, cache, hiding."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import click

from desktop_app.base.files import atomic_write_text
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import SettingsStore
from desktop_app.telemetry.export import anonymized_report, write_csv
from desktop_app.telemetry.stats import (
    Acceptance,
    Percentiles,
    Stats,
    stats_from_outcomes,
)
from desktop_app.telemetry.store import DAY_S, TelemetryStore


@click.command("stats")
@click.option("--days", type=click.IntRange(min=1), help="Only the last N days.")
@click.option(
    "--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Write every completion (numbers only, no code) to this CSV file.",
)  # fmt: skip
@click.option(
    "--export-anonymized", "report_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Write an aggregated, anonymized JSON report you may choose to share.",
)  # fmt: skip
@click.option("--suggest-threshold", is_flag=True, help="Suggest a confidence threshold.")
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
def stats_command(
    days: int | None,
    csv_path: Path | None,
    report_path: Path | None,
    suggest_threshold: bool,
    as_json: bool,
) -> None:
    """Show usage statistics kept on this computer: how often suggestions are kept, how fast
    they come, and why some were hidden. They never leave this computer unless you export them."""
    paths = MezzoPaths.from_environment()
    settings = SettingsStore(paths.settings_file).current
    store = TelemetryStore(paths.telemetry_db, settings.telemetry)
    since = time.time() - days * DAY_S if days else 0.0
    outcomes = store.outcomes(since)
    stats = stats_from_outcomes(outcomes, since=since)

    if csv_path is not None:
        write_csv(csv_path, outcomes)
        click.echo(f"wrote {len(outcomes)} completions to {csv_path}", err=as_json)
    if report_path is not None:
        report = anonymized_report(stats)
        atomic_write_text(report_path, json.dumps(report, indent=2, sort_keys=True) + "\n")
        click.echo(f"wrote the anonymized report to {report_path}", err=as_json)
    if as_json:
        click.echo(json.dumps(stats.to_dict(), indent=2, sort_keys=True))
        return
    if not store.path.exists():
        state = "on" if settings.telemetry.enabled else "off"
        click.echo(
            f"No usage statistics recorded yet (usage statistics are {state}; "
            f"{paths.telemetry_db})."
        )
        return
    _print_summary(stats, store.path, settings.telemetry.enabled, settings.telemetry.retention_days)
    if suggest_threshold:
        _print_threshold(stats, settings.gating.min_mean_logprob)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %"


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} ms"


def _rate(a: Acceptance) -> str:
    return f"{_pct(a.rate)} ({a.accepted} of {a.viewed} shown, {a.partial} partly)"


def _lat(p: Percentiles) -> str:
    return f"p50 {_ms(p.p50_ms)}, p95 {_ms(p.p95_ms)}"


def _print_summary(stats: Stats, db: Path, enabled: bool, retention: int) -> None:
    echo = click.echo
    echo(f"Usage statistics: {db} ({'on' if enabled else 'off'}, kept {retention} days)")
    if stats.by_day:
        echo(f"Period: {stats.by_day[0].day} to {stats.by_day[-1].day}")
    echo(
        f"Completions: {stats.completions} (suppressed {stats.suppressed}, "
        f"superseded {stats.superseded})"
    )
    echo(f"Acceptance: {_rate(stats.acceptance)}")
    lat = stats.latency
    echo(f"Latency: {_lat(lat.total)}")
    echo(f"  queue {_lat(lat.queue)}; prompt {_lat(lat.prompt)}; generation {_lat(lat.generation)}")
    echo(
        f"Cache hit rate: {_pct(stats.cache.hit_rate)} of {stats.cache.prompt_tokens} prompt tokens"
    )
    groups = (
        ("language", stats.by_language),
        ("model", stats.by_model),
        ("adapter", stats.by_adapter),
        ("dialect", stats.by_dialect),
        ("client", {key[:10]: value for key, value in stats.by_client.items()}),
    )
    for title, group in groups:
        if group:
            echo(f"By {title}:")
            for name, acceptance in group.items():
                echo(f"  {name or '(none)'}: {_rate(acceptance)}")
    echo("By confidence (mean log-probability per token):")
    for bucket in stats.by_confidence:
        if bucket.acceptance.completions:
            echo(f"  {bucket.label}: {_rate(bucket.acceptance)}")
    if stats.suppressed_by_reason:
        reasons = ", ".join(f"{k} {v}" for k, v in stats.suppressed_by_reason.items())
        echo(f"Suppressed: {reasons}")
    hidden = stats.hidden
    echo(f"Shown: {hidden.shown}; hidden: {hidden.hidden}")
    if hidden.by_reason:
        echo("Hidden, by reason:")
        for reason, count in hidden.by_reason.items():
            echo(f"  {reason}: {count}")


def _print_threshold(stats: Stats, current: float | None) -> None:
    t = stats.threshold
    click.echo(f"Current confidence threshold: {'the model’s own' if current is None else current}")
    if t.threshold is None or math.isnan(t.threshold):
        click.echo(f"No suggestion: {t.reason}.")
        return
    click.echo(f"Suggested threshold: {t.threshold} ({t.reason}; Youden's J {t.youden_j}).")
