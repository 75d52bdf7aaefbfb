"""`mezzo bench adapters`: two repositories, two LoRA adapters, one engine.

A person who works in two repositories switches the adapter with every switch of window. The
KV cache computed under one adapter cannot serve the other, so without snapshots each switch
recomputes the whole prompt; with them (EngineSettings.snapshot_cache_mb) the engine restores
the repository's cache as it was. This replays two typing sessions interleaved, a few requests
in each before switching, and reports latency and reuse.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from desktop_app.base.settings import EngineSettings
from desktop_app.engine.types import AdapterChoice, CompletionRequest, GenerationParams
from desktop_app.quality.bench import (
    Measurement,
    Sample,
    measure,
    peak_rss_mb,
    rounded_percentile,
    summarize,
)
from desktop_app.quality.harness import throwaway_core
from desktop_app.quality.typing_replay import ReplayOptions, ReplayStep, typing_session


@dataclass(frozen=True, slots=True)
class Repository:
    """One side of the alternation: the file typed in it and the adapter mapped to it."""

    file: Path
    adapter: AdapterChoice


def interleave(
    first: Iterator[ReplayStep], second: Iterator[ReplayStep], switch_every: int
) -> Iterator[tuple[int, ReplayStep]]:
    """`switch_every` steps from one session, then from the other, until both run out."""
    sessions: list[Iterator[ReplayStep] | None] = [first, second]
    active = 0
    while sessions[0] is not None or sessions[1] is not None:
        source = sessions[active]
        if source is not None:
            chunk = list(islice(source, switch_every))
            if not chunk:
                sessions[active] = None
            for step in chunk:
                yield active, step
        active = 1 - active


def bench_adapter_switching(
    repositories: tuple[Repository, Repository],
    model: Path,
    *,
    settings: EngineSettings,
    options: ReplayOptions,
    n_predict: int = 16,
    switch_every: int = 4,
    max_requests: int | None = None,
) -> dict[str, Any]:
    sessions = [
        typing_session(repo.file.read_text("utf-8"), filename=repo.file.name,
                       repo=f"repo-{index}", options=options)
        for index, repo in enumerate(repositories)
    ]  # fmt: skip
    params = GenerationParams(n_predict=n_predict)
    samples: list[Sample] = []
    after_switch: list[Measurement] = []
    with throwaway_core(settings) as core:
        core.load_model(model).result()
        previous = -1
        for side, step in islice(interleave(sessions[0], sessions[1], switch_every), max_requests):
            request = CompletionRequest(
                prefix=step.prefix, suffix=step.suffix, client_id="bench",
                filename=step.filename, repo_name=step.repo,
                adapter=repositories[side].adapter, params=params,
            )  # fmt: skip
            measurement = measure(core.completions, request)
            samples.append(Sample(step, measurement))
            if previous not in (side, -1):
                after_switch.append(measurement)
            previous = side
    switched_prompt = sum(m.prompt_tokens for m in after_switch)
    return {
        "model": str(model),
        "adapters": [repo.adapter.name for repo in repositories],
        "snapshots": settings.snapshot_cache_mb > 0,
        "switch_every": switch_every,
        **summarize(samples),
        "switches": len(after_switch),
        "after_switch_cache_hit_pct": (
            round(100.0 * sum(m.tokens_reused for m in after_switch) / switched_prompt, 1)
            if switched_prompt
            else 0.0
        ),
        "after_switch_latency_p50_ms": rounded_percentile([m.latency_ms for m in after_switch], 50),
        "peak_rss_mb": peak_rss_mb(),
    }
