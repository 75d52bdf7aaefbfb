"""Runs one completion on the loaded model: prompt, cache reuse, prefill, sampling, stops.

Called only from the engine worker thread. Cancellation is cooperative: ggml polls `cancelled`
between graph nodes during prefill, and the sampling loop checks it between tokens. Either way
the KV cache keeps exactly the tokens whose evaluation finished, so the next request reuses them.
"""

from __future__ import annotations

import codecs
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.base.errors import CancelReason, InvalidRequestError, RequestCancelledError
from desktop_app.base.settings import EngineSettings
from desktop_app.engine.kv_reuse import plan_reuse
from desktop_app.engine.lora import AdapterSwitcher
from desktop_app.engine.model import LoadedModel
from desktop_app.engine.prompt import PromptBudgeter, TokenBudget, context_room
from desktop_app.engine.stops import (
    StopDetector,
    StopRules,
    clean_instruction_output,
)
from desktop_app.engine.templates import INSTRUCTION_STOPS, FimFamily, assemble
from desktop_app.engine.types import (
    CompletionRequest,
    CompletionResult,
    PromptProgress,
    StopType,
    TokenProbability,
)
from desktop_app.engine.types import Timings as ResultTimings

TextSink = Callable[[str], None]
ProgressSink = Callable[[PromptProgress], None]
Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class AssembledPrompt:
    tokens: list[int]
    truncated: bool = False  # the client's text was cut to fit the context
    context_used: tuple[tuple[str, int], ...] = ()  # repository chunks kept: (filename, tokens)


@dataclass(slots=True)
class _Clock:
    queued_at: float
    started: float = 0.0
    prompt_done: float = 0.0
    first_token: float = 0.0

    def ms(self, start: float, end: float) -> float:
        return max(0.0, (end - start) * 1000.0) if end else 0.0


class Decoder:
    def __init__(
        self,
        model: LoadedModel,
        settings: EngineSettings,
        budget: TokenBudget,
        *,
        clock: Clock = time.monotonic,  # the time caps read it; tests pass a clock they move
    ) -> None:
        self.model = model
        self.settings = settings
        self._clock = clock
        budget = budget.within(model.info.n_ctx)
        self.budgeter = PromptBudgeter(
            lambda text: len(model.tokenize(text)), budget, context_room(model.info.n_ctx)
        )
        self.adapters = AdapterSwitcher(model, settings.snapshot_cache_mb * 2**20)

    def prompt_tokens(self, request: CompletionRequest) -> AssembledPrompt:
        model = self.model
        if request.raw:
            # A raw prompt was templated by the client (Continue's llama.cpp provider sends FIM
            # markers as text), so special tokens are parsed, as llama-server's /completion does.
            if request.prompt_parts:
                tokens = model.tokenize_mixed(request.prompt_parts)
            else:
                tokens = model.tokenize_templated(request.prefix)
            if request.params.refuse_overflow:
                return AssembledPrompt(tokens)  # `run` refuses it if it does not fit
            # Generation stops when the context is full, so the prompt may keep at least half.
            n_ctx = model.info.n_ctx
            room = max(n_ctx // 2, n_ctx - max(request.params.n_predict, 1) - 1)
            if len(tokens) > room:
                return AssembledPrompt(tokens[-room:], truncated=True)
            return AssembledPrompt(tokens)
        fitted = self.budgeter.fit(
            request.prefix,
            request.suffix,
            request.extra,
            context=request.context,
            filename=request.context_path or request.filename,
            repo_name=request.repo_name,
            language=request.language,
        )
        tokens = assemble(model.template, fitted.parts, model)
        return AssembledPrompt(tokens, fitted.truncated, fitted.context_used)

    def run(
        self,
        request: CompletionRequest,
        *,
        queued_at: float,
        cancelled: Callable[[], CancelReason | None],
        on_text: TextSink | None = None,
        on_progress: ProgressSink | None = None,
    ) -> CompletionResult:
        clock = _Clock(queued_at=queued_at, started=self._clock())
        params = request.params
        self.adapters.apply(request.adapter)  # before reuse: the cache belongs to one adapter
        prompt = self.prompt_tokens(request)
        tokens, truncated = prompt.tokens, prompt.truncated
        if not tokens:  # continuation at the top of an empty file: nothing to go on
            return CompletionResult(
                "",
                StopType.EOS,
                template=self.model.template.family,
                adapter=self.adapters.active_name,
            )
        if len(tokens) >= self.model.info.n_ctx:
            raise InvalidRequestError(
                f"The prompt needs {len(tokens)} tokens but the model's context holds "
                f"{self.model.info.n_ctx}. Raise the context size or send less context.",
                "prompt",
            )
        reused = self._reuse_cache(tokens, params.cache_prompt)

        prompt_cap_ms = _cap(params.t_max_prompt_ms, self.settings.max_prompt_ms)
        prompt_deadline = clock.started + prompt_cap_ms / 1000.0
        timed_out = False

        def abort_prefill() -> bool:
            nonlocal timed_out
            if cancelled() is not None:
                return True
            # The time cap only stops a prefill that has kept a batch: an abort keeps the
            # finished batches, so the next keystroke continues from there. Stopping inside
            # the first batch would keep nothing, and on a slow machine, where one batch takes
            # longer than the cap, every request would start over forever.
            timed_out = self._clock() > prompt_deadline and self.model.n_cached > reused
            return timed_out

        try:
            self._prefill(tokens, reused, abort_prefill, on_progress)
        except RuntimeError as exc:  # llama_decode returned 2: aborted by our callback
            if (reason := cancelled()) is not None:
                raise RequestCancelledError(reason) from exc
            if not timed_out:
                raise
        clock.prompt_done = self._clock()
        evaluated = max(0, self.model.n_cached - reused)

        def result(text: str, stop: StopType, **extra: object) -> CompletionResult:
            return CompletionResult(
                text=text,
                stop_type=stop,
                prompt_tokens=len(tokens),
                tokens_cached=reused,
                tokens_evaluated=evaluated,
                truncated=truncated,
                template=self.model.template.family,
                adapter=self.adapters.active_name,
                context_used=prompt.context_used,
                timings=ResultTimings(
                    queue_ms=clock.ms(clock.queued_at, clock.started),
                    prompt_ms=clock.ms(clock.started, clock.prompt_done),
                    predict_ms=clock.ms(clock.prompt_done, self._clock()),
                    first_token_ms=clock.ms(clock.queued_at, clock.first_token),
                ),
                **extra,  # type: ignore[arg-type]
            )

        if timed_out:
            return result("", StopType.LIMIT)
        if params.n_predict == 0:
            return result("", StopType.NONE)
        return self._generate(request, clock, cancelled, on_text, result)

    def _prefill(
        self,
        tokens: list[int],
        start: int,
        abort: Callable[[], bool],
        on_progress: ProgressSink | None,
    ) -> None:
        """Evaluate the uncached tail one batch at a time, reporting progress after each."""
        n_batch = self.model.n_batch
        for begin in range(start, len(tokens), n_batch):
            end = min(begin + n_batch, len(tokens))
            self.model.evaluate(tokens[begin:end], abort)
            if on_progress is not None:
                on_progress(PromptProgress(total=len(tokens), cached=start, processed=end))

    def _reuse_cache(self, tokens: list[int], cache_prompt: bool) -> int:
        model = self.model
        if not cache_prompt:
            model.clear_cache()
            return 0
        min_chunk = self.settings.cache_reuse_min_chunk if model.can_shift() else 0
        plan = plan_reuse(model.cached_tokens, tokens, min_chunk)
        model.apply_reuse(plan)
        if plan.reused >= len(tokens):  # fully cached: re-evaluate the last token to get logits
            model.truncate_cache(len(tokens) - 1)
        return model.n_cached

    def _generate(
        self,
        request: CompletionRequest,
        clock: _Clock,
        cancelled: Callable[[], CancelReason | None],
        on_text: TextSink | None,
        result: Callable[..., CompletionResult],
    ) -> CompletionResult:
        model, params = self.model, request.params
        instruction = model.template.family is FimFamily.INSTRUCTION and not request.raw
        detector = StopDetector(
            StopRules(
                stop=params.stop + (INSTRUCTION_STOPS if instruction else ()),
                single_line=params.single_line,
                n_indent=params.n_indent,
                max_lines=params.max_lines or self.settings.max_lines,
            )
        )
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        stop_ids = model.template.stop_ids()
        sampler = model.sampler(params)
        predict_cap_s = _cap(params.t_max_predict_ms, self.settings.max_predict_ms) / 1000.0
        hard_cap_s = _cap(0, self.settings.max_predict_ms) / 1000.0
        logprobs: list[float] = []
        probabilities: list[TokenProbability] = []
        stop = StopType.LIMIT
        n_ctx = model.info.n_ctx
        for _ in range(params.n_predict):
            token = sampler.sample()
            if not clock.first_token:
                clock.first_token = self._clock()
            if model.is_end_of_generation(token) or token in stop_ids:
                stop = StopType.EOS
                break
            logprobs.append(model.token_logprob(token))
            if params.n_probs:
                probabilities.append(self._probability(token, logprobs[-1], params.n_probs))
            piece = decoder.decode(model.piece(token))
            safe = detector.feed(piece)
            if safe and on_text is not None:
                on_text(safe)
            if detector.verdict is not None:
                stop = detector.verdict.stop_type
                break
            elapsed = self._clock() - clock.prompt_done
            # llama-server's t_max_predict_ms: once time is up, stop upon a token that ends a
            # line, so the middle never ends halfway through one.
            if elapsed > hard_cap_s or (elapsed > predict_cap_s and "\n" in piece):
                break
            if (reason := cancelled()) is not None:
                raise RequestCancelledError(reason)
            if model.n_cached >= n_ctx:  # the context is full: llama-server stops here too
                break
            try:
                model.evaluate([token], lambda: cancelled() is not None)
            except RuntimeError as exc:  # aborted by our callback, or a real decode failure
                if (reason := cancelled()) is not None:
                    raise RequestCancelledError(reason) from exc
                raise
        tail = detector.feed(decoder.decode(b"", final=True)) + detector.flush()
        if tail and on_text is not None:
            on_text(tail)
        text = detector.text
        if instruction:
            text = clean_instruction_output(text, request.prefix)
        verdict = detector.verdict
        return result(
            text,
            stop,
            stopping_word=verdict.stopping_word if verdict else "",
            tokens_predicted=len(logprobs),
            mean_logprob=sum(logprobs) / len(logprobs) if logprobs else 0.0,
            min_logprob=min(logprobs, default=0.0),
            probabilities=tuple(probabilities),
        )

    def _probability(self, token: int, logprob: float, n_probs: int) -> TokenProbability:
        model = self.model
        top = tuple((t, model.piece(t), lp) for t, lp in model.top_logprobs(n_probs))
        return TokenProbability(token, model.piece(token), logprob, top)


def _cap(requested_ms: int, server_cap_ms: int) -> float:
    """The client may ask for less time than the server allows, never more; 0 is no cap."""
    caps = [ms for ms in (requested_ms, server_cap_ms) if ms > 0]
    return min(caps) if caps else math.inf
