"""One loaded GGUF model: the `llama_cpp.Llama`, its vocabulary facts and its FIM template.

This is the one module that touches llama-cpp-python, its private API and llama.cpp's C
functions (an import-linter contract holds it), so the next version pin changes one file: the
decoder, the adapter switcher and the log routing call the methods here.

Only the engine worker thread touches an instance. Loading turns llama.cpp's untyped failures
into typed errors a person can act on, and runs a warm-up so the first completion is not slow.
"""

from __future__ import annotations

import ctypes
import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import llama_cpp
import llama_cpp._ggml
import llama_cpp.llama_cpp
import numpy as np
import psutil
from gguf import GGUFReader
from llama_cpp._internals import LlamaSampler

from desktop_app.base.errors import (
    InvalidRequestError,
    ModelNotFoundError,
    NotAGGUFError,
    OutOfMemoryError,
    UnsupportedModelError,
)
from desktop_app.base.settings import EngineSettings
from desktop_app.engine.devices import CPU, device_for, gpu_backend_name, gpu_layers
from desktop_app.engine.kv_reuse import ReusePlan
from desktop_app.engine.native_log import expect_abort, log_native_line
from desktop_app.engine.templates import FimTemplate, FimTokens, VocabView, detect_template
from desktop_app.engine.types import GenerationParams

logger = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"
# Beyond the weights: KV cache, compute buffers and Python; a conservative floor.
MEMORY_HEADROOM_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ModelInfo:
    path: str
    name: str
    architecture: str
    n_ctx: int
    n_ctx_train: int
    n_vocab: int
    size_bytes: int
    template: str
    has_fim: bool
    device: str = CPU  # where the layers run: the CPU, or the GPU backend ("Apple GPU (Metal)")


def default_threads() -> int:
    """One core fewer than the machine has: the editor, the UI and the server need one, and
    ggml's per-node barriers stall badly when any of its threads is preempted (measured here:
    38 ms/token with 1 thread on a busy 2-core machine, 284 ms with 2)."""
    cores = psutil.cpu_count(logical=False) or psutil.cpu_count() or 1
    return max(1, cores - 1)


# ggml's CPU code built per instruction-set level: libggml-cpu-haswell.so, ggml-cpu-haswell.dll
CPU_VARIANT_PATTERN = "*ggml-cpu-*"


def backend_folders() -> list[Path]:
    """Where a portable llama.cpp's CPU variants lie: beside its libraries (how the packaged app
    carries them) or in the environment's `bin/` (where llama-cpp-python's wheel installs them)."""
    package = Path(llama_cpp.__file__).parent
    return [package / "lib", package.parent / "bin"]


def _ggml_of_llama() -> ctypes.CDLL:
    """The ggml library that llama.cpp itself uses. The wheel ships libggml.so and libggml.so.0
    as two files (wheels hold no symlinks), so `llama_cpp._ggml`'s handle may be a second ggml
    with a registry of its own; looked up through libllama's handle, a symbol resolves in the
    ggml libllama loaded. Windows has no such copy and libllama exports no ggml symbols there."""
    llama = llama_cpp.llama_cpp._lib
    try:
        llama.ggml_backend_reg_count  # noqa: B018 (the lookup is the test)
    except AttributeError:
        return llama_cpp._ggml.libggml
    return llama


@functools.cache
def load_cpu_backends() -> str:
    """Register a portable build's CPU backend, choosing the variant this CPU runs best.

    llama.cpp built with GGML_BACKEND_DL and GGML_CPU_ALL_VARIANTS (the packaged app's build, so
    that it runs on any x86-64 CPU) registers no backend until asked, and then cannot load a
    model. A build for one machine has its CPU backend compiled in and this does nothing.
    Returns the folder the variants came from, or "" when there was nothing to load."""
    route_native_logs()  # ggml says which variant it loaded
    ggml = _ggml_of_llama()
    ggml.ggml_backend_reg_count.restype = ctypes.c_size_t
    if ggml.ggml_backend_reg_count() > 0:
        return ""
    folder = next((f for f in backend_folders() if any(f.glob(CPU_VARIANT_PATTERN))), None)
    if folder is None:
        return ""
    load_all = ggml.ggml_backend_load_all_from_path
    load_all.argtypes = [ctypes.c_char_p]
    load_all.restype = None
    load_all(str(folder).encode())
    logger.info("llama.cpp CPU backend loaded from %s", folder)
    return str(folder)


def system_info() -> str:
    """llama.cpp's own summary of its backends and the CPU features it uses."""
    load_cpu_backends()
    return llama_cpp.llama_print_system_info().decode("utf-8", "replace")


def gpu_backend() -> str:
    """The GPU this llama.cpp build can offload to, in plain words; "" for a CPU-only build."""
    info = system_info()
    return gpu_backend_name(info, bool(llama_cpp.llama_supports_gpu_offload()))


def check_model_file(path: Path) -> int:
    """Fail before llama.cpp does, with a message that says what is wrong. Returns the size."""
    if not path.is_file():
        raise ModelNotFoundError(f"The model file {path} does not exist.", str(path))
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != GGUF_MAGIC:
        raise NotAGGUFError(
            f"{path.name} is not a GGUF model file. Mezzo runs llama.cpp models in GGUF format.",
            str(path),
        )
    size = path.stat().st_size
    available = psutil.virtual_memory().available
    needed = size + MEMORY_HEADROOM_BYTES
    if needed > available:
        raise OutOfMemoryError(
            f"{path.name} needs about {needed / 2**30:.1f} GiB of memory but only "
            f"{available / 2**30:.1f} GiB is free. Close other programs or pick a smaller model.",
            str(path),
            needed,
            available,
        )
    return size


@llama_cpp.llama_log_callback
def _native_log(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
    log_native_line(level, text)


def route_native_logs() -> None:
    """Send llama.cpp's log lines to Python logging; this module keeps the ctypes callback
    alive for llama.cpp, which holds a raw pointer to it."""
    llama_cpp.llama_log_set(_native_log, ctypes.c_void_p(0))


LoraHandle = ctypes.c_void_p  # an adapter loaded into llama.cpp, freed with `free_lora`


@dataclass(slots=True)
class SequenceState:
    """Sequence 0's KV state and its tokens, to put back later (adapter switches)."""

    tokens: list[int]
    state: ctypes.Array[ctypes.c_uint8]

    @property
    def size(self) -> int:
        return len(self.state)


class Sampler:
    """llama.cpp's sampler chain for one request's parameters."""

    def __init__(self, model: LoadedModel, params: GenerationParams) -> None:
        self._ctx = model._llm._ctx
        chain = self._chain = LlamaSampler()
        if params.infill_sampler or params.temperature > 0:
            chain.add_top_k(params.top_k)
            chain.add_top_p(params.top_p, 1)
        if params.infill_sampler:
            chain.add_infill(model._llm._model)
        if params.temperature > 0:
            chain.add_temp(params.temperature)
            chain.add_dist(params.seed)
        else:
            chain.add_greedy()

    def sample(self) -> int:
        """The next token, from the logits of the last evaluated position."""
        return self._chain.sample(self._ctx, -1)


class LoadedModel:
    def __init__(
        self,
        llm: llama_cpp.Llama,
        path: Path,
        size: int,
        template: FimTemplate,
        device: str = CPU,
    ) -> None:
        self._llm = llm
        self.path = path
        self.template = template
        self._vocab = llm._model.vocab
        self._n_vocab = llm.n_vocab()
        self._newline = self.tokenize("\n")
        self._eog_cache: dict[int, bool] = {}
        self._abort_check: Callable[[], bool] = lambda: False
        # Keep the ctypes callback alive as long as the context: llama.cpp holds a raw pointer.
        self._abort_callback = llama_cpp.ggml_abort_callback(self._should_abort)
        llama_cpp.llama_set_abort_callback(llm.ctx, self._abort_callback, None)
        metadata = llm.metadata
        self.info = ModelInfo(
            path=str(path),
            name=metadata.get("general.name", path.stem),
            architecture=metadata.get("general.architecture", "unknown"),
            # llama.cpp rounds the context up (to 256); llama-cpp-python's token buffer keeps the
            # size asked for, and decoding past it fails, so the smaller is what can be used.
            n_ctx=min(llm.n_ctx(), len(llm.input_ids)),
            n_ctx_train=llm._model.n_ctx_train(),
            n_vocab=self._n_vocab,
            size_bytes=size,
            template=template.family.value,
            has_fim=template.is_fim,
            device=device,
        )

    @classmethod
    def load(cls, path: Path, settings: EngineSettings, template_override: str = "") -> LoadedModel:
        size = check_model_file(path)
        threads = settings.n_threads or default_threads()
        route_native_logs()
        load_cpu_backends()
        try:
            llm = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=settings.n_ctx,
                n_batch=settings.n_batch,
                n_ubatch=settings.n_batch,
                n_threads=threads,
                n_threads_batch=threads,
                n_gpu_layers=gpu_layers(settings.use_gpu),
                logits_all=False,
                verbose=False,
            )
        except ValueError as exc:  # llama-cpp-python reports every load failure this way
            raise UnsupportedModelError(
                f"llama.cpp could not load {path.name} ({_architecture_of(path)}). The file may be "
                "for a newer llama.cpp, or damaged. Try another model or re-download it.",
                str(path),
            ) from exc
        try:
            template = detect_template(_vocab_view(llm), template_override)
            device = device_for(settings.use_gpu, gpu_backend())
            model = cls(llm, path, size, template, device)
            model.warm_up()
        except Exception:
            llm.close()
            raise
        logger.info(
            "model ready: %s (%s, template %s, on the %s)", path.name, size, template.family, device
        )
        return model

    # --- vocabulary -------------------------------------------------------------------------

    def tokenize(self, text: str) -> list[int]:
        """User text: control-token look-alikes in code stay text."""
        if not text:
            return []
        return self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)

    def tokenize_templated(self, text: str) -> list[int]:
        """A prompt the client templated itself (FIM markers as text), as llama-server's
        `/completion` reads it: a BOS first, special tokens parsed."""
        return self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)

    def tokenize_bare(self, text: str) -> list[int]:
        """Tokenize without the leading '▁' SPM vocabularies add, by anchoring on a newline."""
        if not text:
            return []
        anchored = self.tokenize("\n" + text)
        if anchored[: len(self._newline)] == self._newline:
            return anchored[len(self._newline) :]
        return self.tokenize(text)

    def tokenize_as_asked(self, text: str, *, add_special: bool, parse_special: bool) -> list[int]:
        """llama-server's `/tokenize`: BOS only when asked, control tokens parsed when asked."""
        if not text:
            return []
        return self._llm.tokenize(text.encode("utf-8"), add_bos=add_special, special=parse_special)

    def piece(self, token: int) -> bytes:
        return self._llm._model.detokenize([token], special=False)

    def detokenize(self, tokens: list[int]) -> str:
        """Token ids back to text (`/detokenize`); ids outside the vocabulary are an error."""
        self.check_tokens(tokens, "tokens")
        return self._llm._model.detokenize(tokens, special=True).decode("utf-8", "replace")

    def check_tokens(self, tokens: Sequence[int], field: str) -> None:
        """Refuse ids outside the vocabulary: llama.cpp would read past its tables."""
        bad = [t for t in tokens if not 0 <= t < self._n_vocab]
        if bad:
            raise InvalidRequestError(
                f"Token {bad[0]} is not in this model's vocabulary (0-{self._n_vocab - 1}).",
                field,
            )

    def tokenize_mixed(self, parts: Sequence[str | int]) -> list[int]:
        """llama-server's prompt as a JSON array of text and token ids: ids are taken as they
        are, text is tokenized with special tokens parsed, and a BOS comes first only when the
        array starts with text."""
        self.check_tokens([p for p in parts if isinstance(p, int)], "prompt")
        tokens: list[int] = []
        for index, part in enumerate(parts):
            if isinstance(part, int):
                tokens.append(part)
            elif part:
                tokens += self._llm.tokenize(part.encode("utf-8"), add_bos=index == 0, special=True)
        return tokens

    def is_end_of_generation(self, token: int) -> bool:
        cached = self._eog_cache.get(token)
        if cached is None:
            cached = self._eog_cache[token] = bool(llama_cpp.llama_vocab_is_eog(self._vocab, token))
        return cached

    def token_logprob(self, token: int) -> float:
        """Log-probability of `token` under the distribution it was just sampled from."""
        logits, log_norm = self._last_logits()
        return float(logits[token]) - log_norm

    def top_logprobs(self, n: int) -> list[tuple[int, float]]:
        """The `n` likeliest tokens of that distribution and their log-probabilities, best first
        (llama-server's `n_probs`, before sampling)."""
        logits, log_norm = self._last_logits()
        n = min(n, self._n_vocab)
        best = np.argpartition(logits, -n)[-n:]
        ranked = best[np.argsort(logits[best])[::-1]]
        return [(int(token), float(logits[token]) - log_norm) for token in ranked]

    def _last_logits(self) -> tuple[np.ndarray, float]:
        pointer = llama_cpp.llama_get_logits_ith(self._llm.ctx, -1)
        logits = np.ctypeslib.as_array(pointer, shape=(self._n_vocab,))
        peak = float(logits.max())
        return logits, peak + float(np.log(np.exp(logits - peak).sum()))

    # --- KV cache ---------------------------------------------------------------------------

    @property
    def n_cached(self) -> int:
        """Tokens whose keys and values the KV cache holds."""
        return self._llm.n_tokens

    @property
    def n_batch(self) -> int:
        return self._llm.n_batch

    def sampler(self, params: GenerationParams) -> Sampler:
        return Sampler(self, params)

    @property
    def cached_tokens(self) -> list[int]:
        return self._llm.input_ids[: self._llm.n_tokens].tolist()

    def can_shift(self) -> bool:
        memory = llama_cpp.llama_get_memory(self._llm.ctx)
        return bool(memory) and bool(llama_cpp.llama_memory_can_shift(memory))

    def apply_reuse(self, plan: ReusePlan) -> None:
        """Make the KV cache hold exactly the reused tokens at their new positions."""
        ctx = self._llm._ctx
        old = self._llm.input_ids
        for shift in plan.shifts:
            ctx.kv_cache_seq_rm(0, shift.dst, shift.src)
            ctx.kv_cache_seq_shift(0, shift.src, shift.src + shift.length, shift.dst - shift.src)
            old[shift.dst : shift.dst + shift.length] = old[shift.src : shift.src + shift.length]
        self._llm.n_tokens = plan.reused
        ctx.kv_cache_seq_rm(0, plan.reused, -1)

    def truncate_cache(self, n_tokens: int) -> None:
        self._llm.n_tokens = min(n_tokens, self._llm.n_tokens)
        self._llm._ctx.kv_cache_seq_rm(0, self._llm.n_tokens, -1)

    def clear_cache(self) -> None:
        self._llm.reset()
        self._llm._ctx.kv_cache_clear()

    def _should_abort(self, _data: ctypes.c_void_p) -> bool:
        stop = self._abort_check()
        if stop:
            expect_abort(True)
        return stop

    def evaluate(self, tokens: list[int], should_abort: Callable[[], bool]) -> None:
        """Decode `tokens` after the cached ones. `should_abort` is polled by ggml between graph
        nodes; on abort llama.cpp keeps every finished batch, and `RuntimeError` propagates."""
        self._abort_check = should_abort
        try:
            self._llm.eval(tokens)
        finally:
            self._abort_check = lambda: False
            expect_abort(False)

    def warm_up(self) -> None:
        """Touch the weights once (mmap loads lazily), then forget the warm-up tokens."""
        bos = self._llm.token_bos()
        self.evaluate([bos if bos >= 0 else 0], lambda: False)
        llama_cpp.llama_synchronize(self._llm.ctx)
        self.clear_cache()

    # --- LoRA adapters and sequence state --------------------------------------------------

    def load_lora(self, path: str) -> LoraHandle | None:
        """None when llama.cpp refuses the file (another architecture, shapes, not a LoRA)."""
        handle = llama_cpp.llama_adapter_lora_init(self._llm.model, path.encode("utf-8"))
        return handle or None

    def free_lora(self, handle: LoraHandle) -> None:
        llama_cpp.llama_adapter_lora_free(handle)

    def use_lora(self, handle: LoraHandle | None, scale: float = 1.0) -> bool:
        """Apply one adapter at `scale`, or none; False if llama.cpp refused."""
        if handle is None:
            return llama_cpp.llama_set_adapters_lora(self._llm.ctx, None, 0, None) == 0
        adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(handle)
        scales = (ctypes.c_float * 1)(scale)
        return llama_cpp.llama_set_adapters_lora(self._llm.ctx, adapters, 1, scales) == 0

    def save_sequence(self, max_bytes: int) -> SequenceState | None:
        """Sequence 0's KV state with its tokens; None when empty, larger than `max_bytes`, or
        llama.cpp could not copy it."""
        tokens = self.cached_tokens
        size = llama_cpp.llama_state_seq_get_size(self._llm.ctx, 0)
        if not tokens or size > max_bytes:
            return None
        state = (ctypes.c_uint8 * size)()
        if llama_cpp.llama_state_seq_get_data(self._llm.ctx, state, size, 0) != size:
            return None
        return SequenceState(tokens, state)

    def restore_sequence(self, saved: SequenceState) -> bool:
        """Replace the cache with `saved`; on failure the cache is left empty."""
        self.clear_cache()
        if llama_cpp.llama_state_seq_set_data(self._llm.ctx, saved.state, saved.size, 0) == 0:
            self.clear_cache()
            return False
        n = len(saved.tokens)
        self._llm.input_ids[:n] = saved.tokens
        self._llm.n_tokens = n
        return True

    def set_threads(self, threads: int) -> None:
        llama_cpp.llama_set_n_threads(self._llm.ctx, threads, threads)

    def close(self) -> None:
        llama_cpp.llama_set_abort_callback(
            self._llm.ctx, ctypes.cast(None, llama_cpp.ggml_abort_callback), None
        )
        self._llm.close()


def _vocab_view(llm: llama_cpp.Llama) -> VocabView:
    vocab = llm._model.vocab
    texts = {}

    def find_token(text: str) -> int:
        if not texts:
            for token in range(llm.n_vocab()):
                texts.setdefault(llm._model.token_get_text(token), token)
        return texts.get(text, -1)

    def fim(getter: Callable[[object], int]) -> int:
        return int(getter(vocab))

    ids = FimTokens(
        pre=fim(llama_cpp.llama_vocab_fim_pre),
        suf=fim(llama_cpp.llama_vocab_fim_suf),
        mid=fim(llama_cpp.llama_vocab_fim_mid),
        pad=fim(llama_cpp.llama_vocab_fim_pad),
        rep=fim(llama_cpp.llama_vocab_fim_rep),
        sep=fim(llama_cpp.llama_vocab_fim_sep),
    )
    return VocabView(
        model_name=llm.metadata.get("general.name", ""),
        fim_ids=ids,
        find_token=find_token,
        bos=llm.token_bos(),
        add_bos=llm._model.add_bos_token(),
    )


def _architecture_of(path: Path) -> str:
    try:
        field = GGUFReader(path).get_field("general.architecture")
        return f"architecture {field.contents()}" if field else "unknown architecture"
    except (ValueError, OSError, KeyError):
        return "unreadable header"
