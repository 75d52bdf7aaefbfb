"""`mezzo bench …`: benchmarks that print figures as JSON, for people and for CI logs alike."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from desktop_app.core.errors import MezzoError
from desktop_app.core.settings import EngineSettings
from desktop_app.quality.bench import CacheMode, bench_engine, default_model
from desktop_app.quality.typing_replay import ReplayOptions


@click.group("bench")
def bench_group() -> None:
    """Measure completion latency and KV-cache reuse on replayed editing sessions."""


@bench_group.command("replay")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--reuse/--no-reuse",
    default=True,
    show_default=True,
    help="--no-reuse turns off prefix caching and the chunk shift: a full recompute per request.",
)
@click.option(
    "--no-chunk-reuse",
    is_flag=True,
    help="Keep the common-prefix cache but turn off the KV chunk shift (cache_reuse_min_chunk 0).",
)
@click.option(
    "--model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="GGUF to load. Default: the active model, else the offline starter.",
)
@click.option("--template", default="", help="FIM template override, e.g. continuation.")
@click.option("--n-predict", default=16, show_default=True, type=click.IntRange(min=0))
@click.option("--max-requests", type=click.IntRange(min=1), help="Stop after this many requests.")
@click.option("--seed", default=0, show_default=True, help="Names the editing session.")
@click.option(
    "--from-scratch",
    is_flag=True,
    help="Write the whole file into an empty buffer, instead of the middle of an existing file.",
)
@click.option(
    "--prompt-cap-ms",
    type=click.IntRange(min=1),
    help="Server-side prompt-evaluation cap (engine default 3000). A capped request returns "
    "empty and the next one picks up the evaluated part.",
)
@click.option("--threads", type=click.IntRange(min=0), default=0, help="0: physical cores.")
@click.option(
    "--trace",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Also write one JSON line per request (action, tokens, timings) to this file.",
)
def replay(
    file: Path,
    reuse: bool,
    no_chunk_reuse: bool,
    model: Path | None,
    template: str,
    n_predict: int,
    max_requests: int | None,
    seed: int,
    from_scratch: bool,
    prompt_cap_ms: int | None,
    threads: int,
    trace: Path | None,
) -> None:
    """Replay a person writing FILE, one completion per pause, through the in-process engine."""
    mode = CacheMode(cache_prompt=reuse, chunk_reuse=reuse and not no_chunk_reuse)
    settings = EngineSettings()
    settings = dataclasses.replace(
        settings,
        cache_reuse_min_chunk=settings.cache_reuse_min_chunk if mode.chunk_reuse else 0,
        max_prompt_ms=prompt_cap_ms or settings.max_prompt_ms,
        n_threads=threads,
    )
    options = ReplayOptions(seed=seed)
    if from_scratch:
        options = dataclasses.replace(options, start=0.0, end=1.0)
    try:
        report = bench_engine(
            file,
            model or default_model(),
            mode=mode,
            settings=settings,
            options=options,
            n_predict=n_predict,
            max_requests=max_requests,
            template=template,
            trace=trace,
        )
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report, indent=2))
