"""`mezzo bench …`: benchmarks that print figures as JSON, for people and for CI logs alike."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from desktop_app.base.errors import MezzoError
from desktop_app.base.settings import EngineSettings
from desktop_app.bundles.catalog import resources_dir
from desktop_app.engine.types import AdapterChoice
from desktop_app.quality.adapter_bench import Repository, bench_adapter_switching
from desktop_app.quality.bench import CacheMode, bench_engine, default_model
from desktop_app.quality.cleanup_bench import cleanup_figures, cleanup_samples
from desktop_app.quality.client_replay import (
    Pacing,
    comparison,
    load_session,
    mezzo_server,
    render_comparison,
    run_target,
)
from desktop_app.quality.editing_session import HttpError, in_process_server
from desktop_app.quality.index_bench import bench_index
from desktop_app.quality.server_bench import bench_server
from desktop_app.quality.session_report import SessionOptions, run_session
from desktop_app.quality.typing_replay import ReplayOptions
from desktop_app.syntax.grammars import grammar_for_path


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
@click.option(
    "--threads",
    type=click.IntRange(min=0),
    default=0,
    help="0: the engine default (one fewer than the physical cores).",
)
@click.option(
    "--trace",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Also write one JSON line per request (action, tokens, timings) to this file.",
)
@click.option(
    "--repo-context/--no-repo-context",
    default=True,
    show_default=True,
    help="Index the repository FILE is in and add its context to each prompt, as by default.",
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
    repo_context: bool,
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
            repo_context=repo_context,
        )
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report, indent=2))


@bench_group.command("cleanup")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--every", default=7, show_default=True, type=click.IntRange(1), help="Cursor step.")
def cleanup(files: tuple[Path, ...], every: int) -> None:
    """Time the syntax clean-up and the line-or-block decision on cursors cut from FILES."""
    samples = [
        sample
        for file in files
        for sample in cleanup_samples(file.read_text("utf-8"), grammar_for_path(file), every)
    ]
    click.echo(json.dumps(cleanup_figures(samples), indent=2))


@bench_group.command("index")
@click.argument("repo", type=click.Path(exists=True, file_okay=False, path_type=Path))
def index(repo: Path) -> None:
    """Time and memory of indexing REPO (a copy of it), and of re-indexing after a change."""
    click.echo(json.dumps(bench_index(repo), indent=2))


@bench_group.command("session")
@click.argument("samples", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--url",
    help="A running Mezzo server, e.g. http://127.0.0.1:8012. Default: start one in-process on "
    "a free port, over a throw-away MEZZO_HOME.",
)
@click.option(
    "--model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="GGUF for the in-process server. Default: the active model, else the offline starter.",
)
@click.option("--suggestions", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--seed", default=0, show_default=True, help="Names the session.")
@click.option("--n-predict", default=16, show_default=True, type=click.IntRange(min=1))
@click.option("--events", is_flag=True, help="Add an editor that sends Tabby events itself.")
@click.option(
    "--settle-s",
    default=5.5,
    show_default=True,
    type=click.FloatRange(min=0),
    help="Wait at the end for the server to dismiss suggestions left behind (Mezzo: 5 s).",
)
@click.option(
    "--confidence-gate/--no-confidence-gate",
    default=False,
    show_default=True,
    help="In-process server: keep the confidence gate. The starter model's suggestions mostly "
    "fall under its threshold, so by default it is off and every suggestion is shown.",
)
def session(
    samples: tuple[Path, ...],
    url: str | None,
    model: Path | None,
    suggestions: int,
    seed: int,
    n_predict: int,
    events: bool,
    settle_s: float,
    confidence_gate: bool,
) -> None:
    """Play people at editors (llama.vscode and Ollama-shaped, sending no events) who accept,
    type through, reject or leave suggestions in SAMPLES, then print what they did beside the
    acceptance figures of /mezzo/stats."""
    files = list(samples) or sorted(
        p for p in (resources_dir() / "samples").iterdir() if p.is_file()
    )
    options = SessionOptions(
        suggestions=suggestions, seed=seed, n_predict=n_predict, settle_s=settle_s, events=events
    )
    try:
        if url:
            report = run_session(url.rstrip("/"), files, options)
        else:
            with in_process_server(model or default_model(), confidence_gate=confidence_gate) as (
                server_url,
                client_name,
            ):
                report = run_session(server_url, files, options, client_name)
    except (MezzoError, HttpError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report, indent=2))


@bench_group.command("server")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="GGUF to load. Default: the active model, else the offline starter.",
)
@click.option("--n-predict", default=16, show_default=True, type=click.IntRange(min=0))
@click.option("--max-requests", default=60, show_default=True, type=click.IntRange(min=1))
@click.option("--threads", type=click.IntRange(min=0), default=0, help="0: the engine default.")
def server(file: Path, model: Path | None, n_predict: int, max_requests: int, threads: int) -> None:
    """What HTTP adds: FILE's replay in process and over /infill, and the per-request overhead."""
    try:
        report = bench_server(
            file,
            model or default_model(),
            settings=dataclasses.replace(EngineSettings(), n_threads=threads),
            options=ReplayOptions(),
            n_predict=n_predict,
            max_requests=max_requests,
        )
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report, indent=2))


@bench_group.command("adapters")
@click.argument("file_a", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("file_b", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--adapter-a", required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--adapter-b", required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--snapshots/--no-snapshots", default=True, show_default=True)
@click.option(
    "--model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The base both adapters were made for. Default: the active model, else the starter.",
)
@click.option("--switch-every", default=4, show_default=True, type=click.IntRange(min=1))
@click.option("--n-predict", default=16, show_default=True, type=click.IntRange(min=0))
@click.option("--max-requests", default=80, show_default=True, type=click.IntRange(min=1))
@click.option("--threads", type=click.IntRange(min=0), default=0, help="0: the engine default.")
def adapters(
    file_a: Path,
    file_b: Path,
    adapter_a: Path,
    adapter_b: Path,
    snapshots: bool,
    model: Path | None,
    switch_every: int,
    n_predict: int,
    max_requests: int,
    threads: int,
) -> None:
    """Alternate between two repositories (FILE_A with ADAPTER_A, FILE_B with ADAPTER_B) and
    report latency and KV reuse, with per-adapter cache snapshots on or off."""
    defaults = EngineSettings()
    settings = dataclasses.replace(
        defaults,
        n_threads=threads,
        snapshot_cache_mb=defaults.snapshot_cache_mb if snapshots else 0,
    )
    repositories = (
        Repository(file_a, AdapterChoice("a", str(adapter_a), 1.0)),
        Repository(file_b, AdapterChoice("b", str(adapter_b), 1.0)),
    )
    try:
        report = bench_adapter_switching(
            repositories,
            model or default_model(),
            settings=settings,
            options=ReplayOptions(),
            n_predict=n_predict,
            switch_every=switch_every,
            max_requests=max_requests,
        )
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report, indent=2))


@bench_group.command("client-replay")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--url",
    help="Replay against this running server (Mezzo, llama-server, ...). Default: an in-process "
    "Mezzo with default gating, over a throw-away MEZZO_HOME.",
)
@click.option(
    "--compare-url",
    help="Then replay against this server too, after the first one is done, and print both.",
)
@click.option(
    "--model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="GGUF for the in-process server. Default: the active model, else the offline starter.",
)
@click.option(
    "--speed",
    default=1.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="2.0 replays twice as fast as recorded (offsets and hang-ups alike).",
)
@click.option(
    "--as-fast-as-possible",
    is_flag=True,
    help="Send each request once the previous one is answered or hung up on.",
)
@click.option(
    "--one-at-a-time/--concurrent",
    default=True,
    show_default=True,
    help="Hold a completion back while the previous one is unanswered, retrying every 100 ms, "
    "as llama.vim does; --concurrent sends each at its recorded time regardless.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def client_replay(
    file: Path,
    url: str | None,
    compare_url: str | None,
    model: Path | None,
    speed: float,
    as_fast_as_possible: bool,
    one_at_a_time: bool,
    as_json: bool,
) -> None:
    """Replay a recorded editor session (FILE, JSON lines) at its own pace and print, per request
    and per server, status, latency, whether a suggestion was shown and prompt tokens evaluated."""
    pacing = Pacing(speed, as_fast_as_possible, one_at_a_time)
    try:
        session = load_session(file)
        if url:
            runs = [run_target(url, url.rstrip("/"), session, pacing)]
        else:
            with mezzo_server(model or default_model(), pacing) as server_url:
                runs = [run_target("mezzo", server_url, session, pacing)]
        if compare_url:
            runs.append(run_target(compare_url, compare_url.rstrip("/"), session, pacing))
    except (MezzoError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    figures = comparison(file, session, pacing, runs)
    click.echo(json.dumps(figures, indent=2) if as_json else render_comparison(figures))
