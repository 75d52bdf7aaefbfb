"""`mezzo bench server`: what HTTP adds on top of the engine.

The same typing replay goes through the engine twice: in process, and as llama.vscode would send
it, over HTTP to `/infill` on a loopback server. Engine time on a busy machine varies far more
than the few milliseconds HTTP costs, so the overhead is measured per request where it happens:
the client's end-to-end time minus the engine's own queue, prompt and generation time that the
response reports. The two whole replays are reported beside it for context.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx2

from desktop_app.base.settings import EngineSettings
from desktop_app.quality.bench import (
    Measurement,
    core_completer,
    rounded_percentile,
    run_replay,
)
from desktop_app.quality.editing_session import in_process_server
from desktop_app.quality.harness import throwaway_core
from desktop_app.quality.typing_replay import ReplayOptions, ReplayStep, typing_session

RESPONSE_FIELDS = ["content", "tokens_cached", "timings/prompt_n", "timings/cache_n", "mezzo"]


def infill_payload(step: ReplayStep, n_predict: int) -> dict[str, Any]:
    """The request llama.vscode sends: lines before the cursor line, the cursor line so far."""
    head, _, cursor_line = step.prefix.rpartition("\n")
    return {
        "input_prefix": head + "\n" if step.prefix.count("\n") else "",
        "prompt": cursor_line,
        "input_suffix": step.suffix,
        "input_extra": [],
        "n_predict": n_predict,
        "samplers": ["top_k", "top_p", "infill"],
        "cache_prompt": True,
        "t_max_prompt_ms": 600_000,
        "t_max_predict_ms": 600_000,
        "response_fields": RESPONSE_FIELDS,
        "filepath": step.filename,
    }


class HttpReplay:
    """Sends steps over one keep-alive connection and keeps each request's HTTP overhead."""

    def __init__(self, url: str, n_predict: int) -> None:
        self._client = httpx2.Client(base_url=url, timeout=600.0)
        self._n_predict = n_predict
        self.overhead_ms: list[float] = []

    def __call__(self, step: ReplayStep) -> Measurement:
        response = self._client.post("/infill", json=infill_payload(step, self._n_predict))
        response.raise_for_status()
        elapsed_ms = response.elapsed.total_seconds() * 1000.0
        body = response.json()
        engine = body["mezzo"]["timings"]
        engine_ms = engine["queue_ms"] + engine["prompt_ms"] + engine["predict_ms"]
        self.overhead_ms.append(elapsed_ms - engine_ms)
        return Measurement(
            latency_ms=elapsed_ms,
            first_token_ms=0.0,
            prompt_tokens=body["timings/prompt_n"] + body["timings/cache_n"],
            tokens_reused=body["timings/cache_n"],
            tokens_evaluated=body["timings/prompt_n"],
        )

    def close(self) -> None:
        self._client.close()


def _latency(measured: list[Measurement]) -> dict[str, float]:
    values = [m.latency_ms for m in measured]
    return {
        "requests": len(values),
        "p50_ms": rounded_percentile(values, 50),
        "p95_ms": rounded_percentile(values, 95),
    }


def bench_server(
    file: Path,
    model: Path,
    *,
    settings: EngineSettings,
    options: ReplayOptions,
    n_predict: int = 16,
    max_requests: int | None = None,
) -> dict[str, Any]:
    source = file.read_text("utf-8")
    with throwaway_core(settings) as core:
        core.load_model(model).result()
        steps = typing_session(source, filename=file.name, options=options)
        in_process = run_replay(
            steps, core_completer(core.completions, n_predict=n_predict), max_requests=max_requests
        )
    with in_process_server(model, confidence_gate=False, engine=settings) as (url, _names):
        replay = HttpReplay(url, n_predict)
        try:
            steps = typing_session(source, filename=file.name, options=options)
            over_http = run_replay(steps, replay, max_requests=max_requests)
        finally:
            replay.close()
    overhead = replay.overhead_ms
    return {
        "file": str(file),
        "model": str(model),
        "http_overhead_ms": {
            "requests": len(overhead),
            "p50": rounded_percentile(overhead, 50, 2),
            "p95": rounded_percentile(overhead, 95, 2),
            "max": round(max(overhead, default=0.0), 2),
        },
        "in_process": _latency([s.measurement for s in in_process]),
        "over_http": _latency([s.measurement for s in over_http]),
    }
