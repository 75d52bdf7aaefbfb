"""The engine's value types: what callers ask for and what they get back.

Server dialects translate their wire formats to and from these, so the engine never sees JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class StopType(StrEnum):
    """Why generation ended; the values are llama-server's `stop_type` strings."""

    NONE = "none"  # n_predict 0: a cache warm-up
    EOS = "eos"  # the model ended the middle itself
    LIMIT = "limit"  # n_predict, a line cap, n_indent or a time cap
    WORD = "word"  # a stop string matched


class Origin(StrEnum):
    """Who asked: the wire dialect, or an in-process caller. Telemetry counts per origin."""

    LLAMA_SERVER = "llama-server"
    OLLAMA = "ollama"
    OPENAI = "openai"
    IN_PROCESS = "in-process"  # the benchmarks, the GUI, tests


@dataclass(frozen=True, slots=True)
class ExtraChunk:
    """A snippet from another file (llama.vscode's ring buffer, Continue's snippets, or what
    Mezzo chose from the repository index)."""

    filename: str
    text: str


@dataclass(frozen=True, slots=True)
class GenerationParams:
    n_predict: int = 128
    temperature: float = 0.0
    top_k: int = 40
    top_p: float = 0.95
    seed: int = 0xFFFFFFFF  # llama.cpp's LLAMA_DEFAULT_SEED: random
    stop: tuple[str, ...] = ()
    n_indent: int = 0
    single_line: bool = False
    max_lines: int = 0  # 0: the engine's default cap
    t_max_prompt_ms: int = 0  # 0: the engine's default cap
    t_max_predict_ms: int = 0
    infill_sampler: bool = False  # llama.cpp's `infill` sampler, as llama.vscode asks for
    cache_prompt: bool = True
    # A raw prompt longer than the context: refused (llama-server's /completion answers 400)
    # rather than cut to its tail (what Ollama does).
    refuse_overflow: bool = False
    n_probs: int = 0  # report the likeliest this many tokens at each step (llama-server's)


@dataclass(frozen=True, slots=True)
class AdapterChoice:
    """A LoRA adapter to apply for one request; `name` "" means the base model alone."""

    name: str = ""
    path: str = ""
    scale: float = 1.0


@dataclass(frozen=True, slots=True)
class CompletionRequest:
    """One completion. `prefix` is everything before the cursor, `suffix` everything after.

    `raw` requests (`/completion`, Ollama `raw`) send `prefix` to the model as the whole prompt.
    """

    prefix: str
    suffix: str = ""
    client_id: str = "default"
    extra: tuple[ExtraChunk, ...] = ()
    filename: str = ""
    repo_name: str = ""
    language: str = ""
    raw: bool = False
    origin: Origin = Origin.IN_PROCESS
    params: GenerationParams = field(default_factory=GenerationParams)
    adapter: AdapterChoice = field(default_factory=AdapterChoice)
    # A raw prompt sent as llama-server's JSON array of text and token ids; `prefix` is unused.
    prompt_parts: tuple[str | int, ...] = ()
    # Of `n_cmpl` alternatives, which: editors show the first, so only choice 0 tells
    # acceptance inference where the person is and what they saw.
    choice: int = 0
    # Repository context Mezzo chose from its index, in prompt order, before the client's own
    # `extra`; and this file's path in the repository, the name its `<|file_sep|>` block gets.
    context: tuple[ExtraChunk, ...] = ()
    context_path: str = ""
    # The client's User-Agent header, so the app can name the editor that asked (llama.vim
    # posts with curl, llama.vscode with axios); never recorded in telemetry.
    user_agent: str = ""

    @property
    def is_warm_up(self) -> bool:
        """Evaluate the prompt into the cache and generate nothing, as llama.vim and llama.vscode
        ask (`n_predict` 0) to have their extra context ready before the next keystroke."""
        return self.params.n_predict == 0


@dataclass(frozen=True, slots=True)
class TokenProbability:
    """One generated token, with the likeliest tokens of the distribution it was drawn from."""

    token: int
    piece: bytes
    logprob: float
    top: tuple[tuple[int, bytes, float], ...]  # (token, piece, logprob), best first


@dataclass(frozen=True, slots=True)
class PromptProgress:
    """How far prompt evaluation has got, after each batch (llama-server's `prompt_progress`)."""

    total: int  # tokens in the assembled prompt
    cached: int  # served from the KV cache, never evaluated
    processed: int  # cached plus evaluated so far


@dataclass(frozen=True, slots=True)
class Timings:
    queue_ms: float = 0.0
    prompt_ms: float = 0.0
    predict_ms: float = 0.0
    first_token_ms: float = 0.0  # from submission to the first generated token


@dataclass(frozen=True, slots=True)
class CompletionResult:
    text: str
    stop_type: StopType
    stopping_word: str = ""
    prompt_tokens: int = 0  # length of the assembled prompt
    tokens_cached: int = 0  # prompt tokens served from the KV cache (prefix match + shifted chunks)
    tokens_evaluated: int = 0  # prompt tokens computed for this request
    tokens_predicted: int = 0
    truncated: bool = False  # the context budget cut the prefix, suffix or extra chunks
    mean_logprob: float = 0.0
    min_logprob: float = 0.0
    timings: Timings = field(default_factory=Timings)
    template: str = ""
    adapter: str = ""
    probabilities: tuple[TokenProbability, ...] = ()  # with n_probs: one per generated token
    # The request's repository context chunks that fit the budget: (filename, tokens) each.
    context_used: tuple[tuple[str, int], ...] = ()
