"""One completion on a real tiny model: aborted prefills, time caps, context limits, confidence,
streaming and prompt progress. Time never passes by itself here: caps fire on a clock the test
moves, so a busy machine cannot change an outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.base.errors import CancelReason, InvalidRequestError, RequestCancelledError
from desktop_app.engine.decoder import Decoder
from desktop_app.engine.types import CompletionResult, PromptProgress, StopType
from tests.engine.support import (
    N_BATCH,
    SETTINGS,
    ManualClock,
    complete,
    fim,
    kv_positions,
    python_source,
    with_params,
)

LONG = fim(python_source(12))  # about 150 tokens: ten batches of 16


class PollCounter:
    """A `cancelled` check that counts how often ggml polls it and says "superseded" after
    `limit` polls."""

    def __init__(self, limit: int | None = None) -> None:
        self.polls = 0
        self.limit = limit

    def __call__(self) -> CancelReason | None:
        self.polls += 1
        if self.limit is not None and self.polls > self.limit:
            return CancelReason.SUPERSEDED
        return None


@pytest.fixture
def aborted(make_decoder: Callable[..., Decoder], tiny_qwen_model: Path) -> Decoder:
    """A decoder whose model had LONG's prefill aborted halfway through, inside a batch."""
    counter = PollCounter()
    complete(make_decoder(tiny_qwen_model), with_params(LONG, n_predict=0), cancelled=counter)
    decoder = make_decoder(tiny_qwen_model)
    with pytest.raises(RequestCancelledError):
        complete(decoder, LONG, cancelled=PollCounter(limit=counter.polls // 2))
    return decoder


class TestAbortedPrefill:
    def test_abort_keeps_exactly_the_finished_batches(self, aborted: Decoder) -> None:
        kept = aborted.model.n_cached
        assert 0 < kept < len(aborted.prompt_tokens(LONG).tokens)
        assert kept % N_BATCH == 0
        assert kv_positions(aborted.model) == (0, kept - 1)

    def test_next_request_matches_a_freshly_loaded_model(
        self,
        aborted: Decoder,
        tiny_qwen_model: Path,
        fresh_result: Callable[..., CompletionResult],
    ) -> None:
        kept = aborted.model.n_cached
        result = complete(aborted, LONG)
        assert result.text == fresh_result(tiny_qwen_model, LONG).text
        assert result.tokens_cached == kept

    def test_next_keystroke_reuses_the_finished_batches(
        self,
        aborted: Decoder,
        tiny_qwen_model: Path,
        fresh_result: Callable[..., CompletionResult],
    ) -> None:
        kept = aborted.model.n_cached
        keystroke = fim(LONG.prefix + "def g(")
        result = complete(aborted, keystroke)
        assert result.tokens_cached == kept
        assert result.text == fresh_result(tiny_qwen_model, keystroke).text

    @pytest.mark.parametrize("reason", list(CancelReason))
    def test_a_cancelled_prefill_reports_the_reason_it_was_given(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path, reason: CancelReason
    ) -> None:
        with pytest.raises(RequestCancelledError) as caught:
            complete(make_decoder(tiny_qwen_model), LONG, cancelled=lambda: reason)
        assert caught.value.reason is reason


class TestCancelWhileStreaming:
    @pytest.mark.parametrize("reason", list(CancelReason))
    def test_a_cancel_between_tokens_reports_the_reason_it_was_given(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path, reason: CancelReason
    ) -> None:
        streamed: list[str] = []
        with pytest.raises(RequestCancelledError) as caught:
            complete(
                make_decoder(tiny_qwen_model),
                with_params(LONG, n_predict=64),
                on_text=streamed.append,
                cancelled=lambda: reason if streamed else None,
            )
        assert streamed  # it stopped in the sampling loop, after text had gone out
        assert caught.value.reason is reason


class TestPromptTimeCap:
    @pytest.mark.parametrize(
        ("client_ms", "server_ms"),
        [(50, 600_000), (0, 50), (10_000, 50)],
        ids=["client-cap", "server-cap-when-client-sets-none", "server-cap-wins"],
    )
    def test_prefill_over_its_cap_returns_empty_text_and_limit(
        self,
        make_decoder: Callable[..., Decoder],
        tiny_qwen_model: Path,
        client_ms: int,
        server_ms: int,
    ) -> None:
        clock = ManualClock()
        settings = replace(SETTINGS, max_prompt_ms=server_ms)
        decoder = make_decoder(tiny_qwen_model, settings, clock=clock)
        result = complete(
            decoder,
            with_params(LONG, t_max_prompt_ms=client_ms),
            on_progress=lambda _progress: clock.advance(1.0),  # each batch "takes" a second
        )
        assert (result.text, result.stop_type) == ("", StopType.LIMIT)
        assert (result.tokens_evaluated, result.tokens_predicted) == (N_BATCH, 0)

    def test_with_no_cap_a_slow_prompt_is_finished_and_answered(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        """The default: a busy laptop's first request at a new place still gets its answer."""
        clock = ManualClock()
        decoder = make_decoder(tiny_qwen_model, replace(SETTINGS, max_prompt_ms=0), clock=clock)
        result = complete(decoder, LONG, on_progress=lambda _progress: clock.advance(60.0))
        assert result.tokens_evaluated == result.prompt_tokens > N_BATCH
        assert result.tokens_predicted > 0 and result.stop_type is not StopType.NONE

    def test_a_cap_already_passed_before_the_first_batch_still_keeps_one_batch(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        """On a machine where one batch takes longer than the cap, each keystroke must still
        make progress, or the prompt would be started over forever."""
        clock = ManualClock()
        decoder = make_decoder(tiny_qwen_model, clock=clock)
        capped = with_params(LONG, t_max_prompt_ms=50)

        def slow_machine() -> None:  # polled by ggml inside every batch: time flies
            clock.advance(10.0)

        first = complete(decoder, capped, cancelled=slow_machine)
        second = complete(decoder, capped, cancelled=slow_machine)
        assert first.tokens_evaluated == N_BATCH
        assert second.tokens_cached == N_BATCH
        assert second.tokens_evaluated == N_BATCH

    def test_cache_stays_usable_after_a_prompt_time_out(
        self,
        make_decoder: Callable[..., Decoder],
        tiny_qwen_model: Path,
        fresh_result: Callable[..., CompletionResult],
    ) -> None:
        clock = ManualClock()
        decoder = make_decoder(tiny_qwen_model, clock=clock)
        capped = with_params(LONG, t_max_prompt_ms=50)
        complete(decoder, capped, on_progress=lambda _progress: clock.advance(1.0))
        result = complete(decoder, LONG)
        assert result.tokens_cached == N_BATCH
        assert result.text == fresh_result(tiny_qwen_model, LONG).text


class TestPredictTimeCap:
    def test_once_time_is_up_generation_stops_at_the_end_of_a_line(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        request = fim(python_source(12), n_predict=48)
        uncapped = complete(make_decoder(tiny_qwen_model), request).text
        clock = ManualClock()
        decoder = make_decoder(tiny_qwen_model, clock=clock)
        shown: list[str] = []

        def on_text(piece: str) -> None:
            shown.append(piece)
            second_line = "".join(shown).partition("\n")[2]
            if second_line.strip() and clock.now == ManualClock().now:
                clock.advance(1.0)  # time runs out halfway through the second line

        result = complete(decoder, with_params(request, t_max_predict_ms=100), on_text=on_text)
        assert result.stop_type is StopType.LIMIT
        assert uncapped.startswith(result.text)
        assert len(result.text) < len(uncapped)
        assert result.text.count("\n") >= 2
        assert result.text.rpartition("\n")[2].strip() == ""  # no half line

    def test_server_cap_stops_even_without_a_newline(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        clock = ManualClock()
        settings = replace(SETTINGS, max_predict_ms=100)
        decoder = make_decoder(tiny_qwen_model, settings, clock=clock)
        result = complete(
            decoder, fim("x = ", n_predict=48), on_text=lambda _piece: clock.advance(1.0)
        )
        assert (result.stop_type, result.tokens_predicted) == (StopType.LIMIT, 1)


class TestContextLimits:
    SMALL = replace(SETTINGS, n_ctx=256, max_lines=10_000)

    def test_generation_stops_when_the_context_is_full(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model, self.SMALL)
        result = complete(decoder, fim(python_source(3), n_predict=1000))
        assert result.stop_type is StopType.LIMIT
        # Every generated token but the last was evaluated into the context.
        assert result.prompt_tokens + result.tokens_predicted - 1 == 256

    def test_request_after_a_full_context_still_completes(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model, self.SMALL)
        complete(decoder, fim(python_source(3), n_predict=1000))
        result = complete(decoder, fim(python_source(3) + "x", n_predict=8))
        assert result.tokens_predicted == 8
        assert result.tokens_cached > 0

    def test_prefix_far_larger_than_the_context_is_cut_to_fit(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model, self.SMALL)
        result = complete(decoder, fim(python_source(300), "\n" + python_source(300)))
        assert result.truncated
        assert result.prompt_tokens <= 256 * 3 // 4
        assert result.tokens_predicted == 8

    def test_context_llama_cpp_rounds_up_is_used_only_as_far_as_asked(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        # llama.cpp makes a context of 300 hold 512 cells; the token buffer still holds 300.
        settings = replace(self.SMALL, n_ctx=300)
        decoder = make_decoder(tiny_qwen_model, settings)
        assert decoder.model.info.n_ctx == 300
        result = complete(decoder, fim(python_source(3), n_predict=1000))
        assert result.prompt_tokens + result.tokens_predicted - 1 == 300

    def test_prompt_that_cannot_fit_the_context_is_refused_clearly(
        self, make_decoder: Callable[..., Decoder], tiny_nofim_model: Path
    ) -> None:
        # The instruction template's own text is longer than this whole context.
        settings = replace(SETTINGS, n_ctx=64)
        decoder = make_decoder(tiny_nofim_model, settings, template="instruction")
        with pytest.raises(InvalidRequestError, match="context holds 64") as caught:
            complete(decoder, fim("x = 1"))
        assert caught.value.field == "prompt"

    def test_raw_prompt_longer_than_the_context_keeps_its_end(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model, self.SMALL)
        request = replace(fim(python_source(100) + "END", n_predict=8), raw=True)
        prompt = decoder.prompt_tokens(request)
        tokens, truncated = prompt.tokens, prompt.truncated
        assert truncated
        assert len(tokens) <= 256 - 8 - 1
        assert b"".join(map(decoder.model.piece, tokens[-3:])).decode().endswith("END")


class TestEmptyPrompt:
    @pytest.mark.parametrize("raw", [False, True], ids=["continuation", "raw"])
    def test_empty_file_gets_an_empty_completion_and_the_cache_stays_sound(
        self,
        make_decoder: Callable[..., Decoder],
        tiny_nofim_model: Path,
        fresh_result: Callable[..., CompletionResult],
        raw: bool,
    ) -> None:
        decoder = make_decoder(tiny_nofim_model)
        complete(decoder, fim("x = 1"))
        empty = complete(decoder, replace(fim(""), raw=raw))
        assert (empty.text, empty.stop_type, empty.prompt_tokens) == ("", StopType.EOS, 0)
        after = complete(decoder, fim("x = 1"))
        assert after.text == fresh_result(tiny_nofim_model, fim("x = 1")).text
        assert after.tokens_predicted == 8


class TestConfidence:
    def test_logprobs_are_negative_and_the_minimum_is_below_the_mean(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        result = complete(make_decoder(tiny_qwen_model), fim(python_source(3), n_predict=16))
        assert result.tokens_predicted == 16
        assert result.min_logprob <= result.mean_logprob < 0

    def test_sharper_model_is_more_confident_about_the_same_completion(
        self, make_decoder: Callable[..., Decoder], make_tiny_model: Callable[..., Path]
    ) -> None:
        # Scaling the output layer keeps every greedy choice and sharpens each distribution.
        request = fim(python_source(3), n_predict=16)
        soft = complete(make_decoder(make_tiny_model("qwen", logit_scale=2.0)), request)
        sharp = complete(make_decoder(make_tiny_model("qwen", logit_scale=8.0)), request)
        assert sharp.text == soft.text
        assert sharp.mean_logprob > soft.mean_logprob
        assert sharp.min_logprob > soft.min_logprob

    def test_no_generated_tokens_means_no_confidence_figures(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        result = complete(make_decoder(tiny_qwen_model), fim("x", n_predict=0))
        assert (result.text, result.stop_type) == ("", StopType.NONE)
        assert (result.tokens_predicted, result.mean_logprob, result.min_logprob) == (0, 0, 0)


class TestSampling:
    def test_sampling_with_a_seed_is_reproducible(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model)
        request = fim(python_source(3), n_predict=16, temperature=0.8)
        first = complete(decoder, with_params(request, seed=1)).text
        assert complete(decoder, with_params(request, seed=1)).text == first
        assert complete(decoder, with_params(request, seed=2)).text != first

    def test_infill_sampler_may_end_the_middle_early(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        # llama.cpp's infill sampler picks end-of-text when no continuation is convincing, as
        # on this random model, whose greedy output never ends by itself.
        decoder = make_decoder(tiny_qwen_model)
        result = complete(decoder, fim(python_source(3), n_predict=16, infill_sampler=True))
        assert result.stop_type is StopType.EOS
        assert result.tokens_predicted < 16


class TestStreamingAndProgress:
    def test_streamed_pieces_add_up_to_the_final_text(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        shown: list[str] = []
        result = complete(
            make_decoder(tiny_qwen_model), fim(python_source(3), n_predict=24), on_text=shown.append
        )
        assert len(shown) > 1
        assert "".join(shown) == result.text

    def test_stop_string_cuts_the_completion(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        request = fim(python_source(3), n_predict=24)
        full = complete(make_decoder(tiny_qwen_model), request).text
        stop = full[6:9]
        result = complete(make_decoder(tiny_qwen_model), with_params(request, stop=(stop,)))
        assert result.text == full[: full.index(stop)]
        assert (result.stop_type, result.stopping_word) == (StopType.WORD, stop)

    def test_progress_is_reported_after_every_batch(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        reports: list[PromptProgress] = []
        result = complete(make_decoder(tiny_qwen_model), LONG, on_progress=reports.append)
        processed = [report.processed for report in reports]
        assert processed == [*range(N_BATCH, result.prompt_tokens, N_BATCH), result.prompt_tokens]
        assert {(r.total, r.cached) for r in reports} == {(result.prompt_tokens, 0)}

    def test_progress_of_a_keystroke_starts_from_the_cache(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model)
        complete(decoder, LONG)
        reports: list[PromptProgress] = []
        result = complete(decoder, fim(LONG.prefix + "x"), on_progress=reports.append)
        assert reports[0].cached == result.tokens_cached > 0
        assert reports[-1].processed == result.prompt_tokens

    def test_warm_up_request_fills_the_cache_for_the_next_one(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model)
        complete(decoder, with_params(LONG, n_predict=0))
        result = complete(decoder, LONG)
        assert result.tokens_cached == result.prompt_tokens - 1
