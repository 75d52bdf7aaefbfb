"""Plain helpers shared by the engine tests: requests, source text, a clock tests move, and the
few probes that look at llama.cpp directly (the tests' own single door to llama-cpp-python)."""

from __future__ import annotations

import time
from dataclasses import replace

import llama_cpp

from desktop_app.base.settings import EngineSettings
from desktop_app.engine.decoder import Decoder
from desktop_app.engine.model import LoadedModel
from desktop_app.engine.types import CompletionRequest, CompletionResult, GenerationParams

# Small batches, so a prompt of a few hundred tokens takes several of them to evaluate. One
# thread and generous time caps: a busy machine must never change an outcome (the caps have
# their own tests, on a clock the test moves).
N_BATCH = 16
SETTINGS = EngineSettings(
    n_ctx=512, n_batch=N_BATCH, n_threads=1, max_prompt_ms=600_000, max_predict_ms=600_000
)


def python_source(n_functions: int, start: int = 0) -> str:
    """Distinct lines of ordinary code: about 13 tokens per function on the tiny vocabularies."""
    return "".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(start, start + n_functions))


def fim(
    prefix: str, suffix: str = "", *, client: str = "c1", **params: object
) -> CompletionRequest:
    n_predict = params.pop("n_predict", 8)
    return CompletionRequest(
        prefix=prefix,
        suffix=suffix,
        client_id=client,
        params=GenerationParams(n_predict=n_predict, **params),  # type: ignore[arg-type]
    )


def with_params(request: CompletionRequest, **params: object) -> CompletionRequest:
    return replace(request, params=replace(request.params, **params))


def complete(decoder: Decoder, request: CompletionRequest, **hooks: object) -> CompletionResult:
    """Run one request on the calling thread, never cancelled unless `cancelled` is given."""
    hooks.setdefault("cancelled", lambda: None)
    return decoder.run(request, queued_at=time.monotonic(), **hooks)  # type: ignore[arg-type]


def kv_positions(model: LoadedModel) -> tuple[int, int]:
    """The first and last positions sequence 0 holds in llama.cpp's KV cache."""
    memory = llama_cpp.llama_get_memory(model._llm.ctx)
    return (
        llama_cpp.llama_memory_seq_pos_min(memory, 0),
        llama_cpp.llama_memory_seq_pos_max(memory, 0),
    )


def tokenize_special(model: LoadedModel, text: str) -> list[int]:
    """`text` as llama.cpp tokenizes it with control tokens parsed and no BOS (a chat template)."""
    return model._llm.tokenize(text.encode(), add_bos=False, special=True)


class ManualClock:
    """A monotonic clock that moves only when a test moves it, so time caps fire on cue."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
