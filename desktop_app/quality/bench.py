"""Replays a typing session against a completer and sums up what a person would feel.

The runner needs only `complete(step) -> Measurement`, so one session generator and one summary
serve the core's own entry point (here, the one every editor's request goes through), an HTTP
client (`mezzo bench server`) and sessions from two repositories interleaved. Figures are
printed, never asserted: the machine decides the numbers, and the point is to compare modes
(prefix cache, chunk shift, neither) on the same keystrokes.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import psutil

from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import ContextSettings, EngineSettings
from desktop_app.bundles import resolve_active_model
from desktop_app.core.completions import CompletionService
from desktop_app.core.repo_context import project_root
from desktop_app.engine.model import default_threads
from desktop_app.engine.types import CompletionRequest, GenerationParams
from desktop_app.quality.harness import throwaway_core
from desktop_app.quality.typing_replay import (
    Action,
    ReplayOptions,
    ReplayStep,
    split_lines,
    typed_region,
    typing_session,
)
from desktop_app.telemetry.stats import percentile


@dataclass(frozen=True, slots=True)
class Measurement:
    """What one completion cost, in the terms llama-server reports (`timings/prompt_n`, ...)."""

    latency_ms: float  # end to end, as the client saw it
    first_token_ms: float  # from submission to the first generated token; 0.0 if none came
    prompt_tokens: int
    tokens_reused: int  # served from the KV cache: common prefix plus shifted chunks
    tokens_evaluated: int  # computed for this request
    tokens_predicted: int = 0
    context_tokens: int = 0  # repository context in the prompt

    @property
    def prompt_cut_short(self) -> bool:
        """The prompt time cap stopped prefill; the next request picks up the evaluated part."""
        return self.tokens_reused + self.tokens_evaluated < self.prompt_tokens


Complete = Callable[[ReplayStep], Measurement]


@dataclass(frozen=True, slots=True)
class Sample:
    step: ReplayStep
    measurement: Measurement


@dataclass(frozen=True, slots=True)
class CacheMode:
    """Which KV-cache reuse the engine may use; the three modes the benchmark compares."""

    cache_prompt: bool = True  # reuse the longest common prefix with the previous prompt
    chunk_reuse: bool = True  # also shift matching runs after it (llama-server --cache-reuse)

    @property
    def name(self) -> str:
        if not self.cache_prompt:
            return "none"
        return "prefix+chunk" if self.chunk_reuse else "prefix"

    @property
    def meaning(self) -> str:
        return {
            "none": "full recompute: every prompt token is evaluated on every request",
            "prefix": "common-prefix reuse only: a change early in the prompt recomputes the rest",
            "prefix+chunk": "common prefix plus KV chunk shift after deletions (the default)",
        }[self.name]


def run_replay(
    steps: Iterable[ReplayStep], complete: Complete, *, max_requests: int | None = None
) -> list[Sample]:
    """Send each step in order and wait for it, as one person's editor would, one at a time."""
    return [Sample(step, complete(step)) for step in islice(steps, max_requests)]


def trace_rows(samples: Sequence[Sample]) -> Iterator[dict[str, Any]]:
    """One flat row per request, for finding which edits cost what (`--trace`)."""
    for sample in samples:
        step, m = sample.step, sample.measurement
        yield {
            "index": step.index,
            "action": step.action.value,
            "line": step.line,
            "column": step.column,
            "prompt_tokens": m.prompt_tokens,
            "tokens_reused": m.tokens_reused,
            "tokens_evaluated": m.tokens_evaluated,
            "tokens_predicted": m.tokens_predicted,
            "latency_ms": round(m.latency_ms, 1),
            "first_token_ms": round(m.first_token_ms, 1),
        }


def rounded_percentile(values: Sequence[float], pct: float, digits: int = 1) -> float:
    """A latency percentile as the reports print it: computed as telemetry computes its own,
    so `mezzo bench` and `mezzo stats` agree on the same data; 0.0 for no values."""
    return round(percentile(values, pct) or 0.0, digits)


def summarize(samples: Sequence[Sample]) -> dict[str, Any]:
    measured = [s.measurement for s in samples]
    by_action: dict[str, list[Measurement]] = defaultdict(list)
    for sample in samples:
        by_action[sample.step.action.value].append(sample.measurement)
    # The first fill of an empty cache can take several capped requests; after it, the figures
    # say what typing costs. Both are reported: the cold start is real too (a file opened).
    cold = next((i + 1 for i, m in enumerate(measured) if not m.prompt_cut_short), len(measured))
    warm = measured[cold:]
    warm_prompt = sum(m.prompt_tokens for m in warm)
    return {
        **_figures(measured),
        "cold_start_requests": cold,
        "cache_hit_pct_warm": (
            round(100.0 * sum(m.tokens_reused for m in warm) / warm_prompt, 1)
            if warm_prompt
            else 0.0
        ),
        "latency_p50_ms_warm": rounded_percentile([m.latency_ms for m in warm], 50),
        "by_action": {
            action.value: _figures(by_action[action.value], brief=True)
            for action in Action
            if by_action[action.value]
        },
    }


def _figures(measured: Sequence[Measurement], brief: bool = False) -> dict[str, Any]:
    latencies = [m.latency_ms for m in measured]
    prompt = sum(m.prompt_tokens for m in measured)
    reused = sum(m.tokens_reused for m in measured)
    evaluated = sum(m.tokens_evaluated for m in measured)
    figures: dict[str, Any] = {
        "requests": len(measured),
        "latency_p50_ms": rounded_percentile(latencies, 50),
        "cache_hit_pct": round(100.0 * reused / prompt, 1) if prompt else 0.0,
        "tokens_evaluated_mean": round(evaluated / len(measured), 1) if measured else 0.0,
    }
    if brief:
        return figures
    first_tokens = [m.first_token_ms for m in measured if m.first_token_ms > 0]
    figures.update(
        latency_p95_ms=rounded_percentile(latencies, 95),
        latency_mean_ms=round(sum(latencies) / len(latencies), 1) if latencies else 0.0,
        first_token_p50_ms=rounded_percentile(first_tokens, 50),
        prompt_tokens=prompt,
        tokens_reused=reused,
        tokens_evaluated=evaluated,
        prompt_tokens_mean=round(prompt / len(measured), 1) if measured else 0.0,
        prompt_cut_short=sum(m.prompt_cut_short for m in measured),
        context_tokens_mean=(
            round(sum(m.context_tokens for m in measured) / len(measured), 1) if measured else 0.0
        ),
    )
    return figures


def peak_rss_mb() -> float:
    """This process's peak resident set size so far."""
    try:
        import resource  # noqa: PLC0415 - POSIX only; Windows takes the psutil branch
    except ImportError:
        info = psutil.Process().memory_info()
        return round(getattr(info, "peak_wset", info.rss) / 2**20, 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux KiB
    return round(peak * scale / 2**20, 1)


def measure(completions: CompletionService, request: CompletionRequest) -> Measurement:
    """One request through the core's entry point, timed as its caller waits for it."""
    started = time.perf_counter()
    result = completions.complete(request).future.result().result
    return Measurement(
        latency_ms=(time.perf_counter() - started) * 1000.0,
        first_token_ms=result.timings.first_token_ms if result.tokens_predicted else 0.0,
        prompt_tokens=result.prompt_tokens,
        tokens_reused=result.tokens_cached,
        tokens_evaluated=result.tokens_evaluated,
        tokens_predicted=result.tokens_predicted,
        context_tokens=sum(tokens for _name, tokens in result.context_used),
    )


def core_completer(
    completions: CompletionService,
    *,
    n_predict: int,
    cache_prompt: bool = True,
    client_id: str = "bench",
) -> Complete:
    """A completer over the core; one client id, so the engine keeps one cache."""
    params = GenerationParams(n_predict=n_predict, cache_prompt=cache_prompt)

    def complete(step: ReplayStep) -> Measurement:
        request = CompletionRequest(
            prefix=step.prefix,
            suffix=step.suffix,
            client_id=client_id,
            filename=step.filename,
            repo_name=step.repo,
            language=step.language,
            params=params,
        )
        return measure(completions, request)

    return complete


def default_model() -> Path:
    """The active bundle, else the offline starter (imported as a bundle on first use)."""
    return resolve_active_model(MezzoPaths.from_environment())


def bench_engine(
    file: Path,
    model: Path,
    *,
    mode: CacheMode,
    settings: EngineSettings,
    options: ReplayOptions,
    n_predict: int = 16,
    max_requests: int | None = None,
    template: str = "",
    trace: Path | None = None,
    repo_context: bool = True,
) -> dict[str, Any]:
    """Replay `file` through a fresh in-process core and return the report; with `trace`,
    also write one JSON line per request there. With `repo_context`, the repository `file` is
    in is indexed first and is the current repository, as a person would have chosen it."""
    source = file.read_text("utf-8")
    load_before = psutil.getloadavg()[0]
    root = project_root(str(file.resolve().parent)) if repo_context else None
    with throwaway_core(
        settings, context=ContextSettings(enabled=root is not None), current_repo=root or ""
    ) as core:
        if root is not None:
            core.indexer.rebuild(root).result()
        info = core.load_model(model, template).result()
        complete = core_completer(
            core.completions, n_predict=n_predict, cache_prompt=mode.cache_prompt
        )
        session = typing_session(source, filename=file.name, options=options)
        started = time.perf_counter()
        samples = run_replay(session, complete, max_requests=max_requests)
        wall_s = time.perf_counter() - started
    if trace is not None:
        trace.write_text("".join(json.dumps(row) + "\n" for row in trace_rows(samples)), "utf-8")
    first, last = typed_region(split_lines(source), options.start, options.end)
    return {
        "file": str(file),
        "model": str(model),
        "template": getattr(info, "template", ""),
        "mode": mode.name,
        "mode_meaning": mode.meaning,
        "settings": {
            "cache_prompt": mode.cache_prompt,
            "cache_reuse_min_chunk": settings.cache_reuse_min_chunk,
            "max_prompt_ms": settings.max_prompt_ms,
            "n_predict": n_predict,
            "n_threads": settings.n_threads or default_threads(),
            "seed": options.seed,
            "typed_lines": [first, last],
            "repo_context": root or "off",
        },
        **summarize(samples),
        "wall_s": round(wall_s, 1),
        "peak_rss_mb": peak_rss_mb(),
        # Timings only compare across runs on a quiet machine: this says how quiet it was.
        "load_avg_1m": [round(load_before, 2), round(psutil.getloadavg()[0], 2)],
        "cpu_count": psutil.cpu_count(),
    }
