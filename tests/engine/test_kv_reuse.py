"""KV cache reuse: the plan (longest common prefix, then llama-server's chunk shifts) as a table,
and reuse between consecutive requests on a real tiny model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.engine.decoder import Decoder
from desktop_app.engine.kv_reuse import ReusePlan, Shift, common_prefix_length, plan_reuse
from tests.engine.support import SETTINGS, complete, fim, kv_positions, python_source

A = list(range(100, 110))  # ten tokens each
B = list(range(200, 210))
C = list(range(300, 310))
X = list(range(900, 905))


class TestReusePlan:
    @pytest.mark.parametrize(
        ("old", "new", "min_chunk", "plan"),
        [
            pytest.param([1, 2, 3], [1, 2, 3], 4, ReusePlan(3, ()), id="identical"),
            pytest.param([1, 2, 3], [1, 2, 3, 4], 4, ReusePlan(3, ()), id="extension"),
            pytest.param([1, 2, 3, 4], [1, 2, 9], 4, ReusePlan(2, ()), id="edit-at-the-end"),
            pytest.param([], [1, 2], 4, ReusePlan(0, ()), id="empty-cache"),
            pytest.param([0, *A, *B], [0, *B], 4, ReusePlan(1, (Shift(11, 1, 10),)),
                         id="deletion-recovered-by-a-shift"),
            pytest.param([0, *A, *B, *C], [0, *B, *C], 4, ReusePlan(1, (Shift(11, 1, 20),)),
                         id="window-slid-forward"),
            pytest.param([0, *A, *B, *X, *C], [0, *B, *C], 4,
                         ReusePlan(1, (Shift(11, 1, 10), Shift(26, 11, 10))),
                         id="two-deletions-recovered"),
            pytest.param([0, *A, *B, *C], [0, *B, 7, *C], 4, ReusePlan(1, (Shift(11, 1, 10),)),
                         id="inserted-token-ends-the-recovery"),
            pytest.param([0, *B], [0, *X, *B], 4, ReusePlan(1, ()),
                         id="insertion-not-recovered"),
            pytest.param([0, *A, 5, 6, 7], [0, 5, 6, 7], 4, ReusePlan(1, ()),
                         id="run-shorter-than-min-chunk-not-shifted"),
            pytest.param([0, *A, 5, 6, 7], [0, 5, 6, 7], 3, ReusePlan(1, (Shift(11, 1, 3),)),
                         id="run-of-exactly-min-chunk-shifted"),
            pytest.param([0, *A, *B], [0, *B], 0, ReusePlan(1, ()), id="zero-turns-shifts-off"),
        ],
    )  # fmt: skip
    def test_plan_reuse(
        self, old: list[int], new: list[int], min_chunk: int, plan: ReusePlan
    ) -> None:
        assert plan_reuse(old, new, min_chunk) == plan

    def test_shifted_chunks_land_back_to_back_after_the_common_prefix(self) -> None:
        plan = plan_reuse([0, *A, *B, *X, *C], [0, *B, *C, 1], 4)
        position = plan.common_prefix
        for shift in plan.shifts:
            assert shift.dst == position
            assert shift.dst < shift.src
            position += shift.length
        assert plan.reused == position == 21

    @pytest.mark.parametrize(
        ("old", "new", "length"),
        [([1, 2, 3], [1, 2, 4], 2), ([1], [1, 2], 1), ([], [1], 0), ([5], [6], 0)],
    )
    def test_common_prefix_length(self, old: list[int], new: list[int], length: int) -> None:
        assert common_prefix_length(old, new) == length


class TestReuseBetweenRequests:
    def test_typing_at_the_cursor_reuses_the_whole_earlier_prefix(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model)
        source = python_source(8) + "def g(y):\n    return y"
        first = complete(decoder, fim(source))
        second = complete(decoder, fim(source + " * 2"))
        # Only the re-tokenized last token, <|fim_suffix|> and <|fim_middle|> are new.
        assert second.tokens_cached >= first.prompt_tokens - 3
        assert second.tokens_evaluated == second.prompt_tokens - second.tokens_cached

    def test_suffix_first_layout_keeps_the_suffix_cached_while_typing(
        self, make_decoder: Callable[..., Decoder], make_tiny_model: Callable[..., Path]
    ) -> None:
        decoder = make_decoder(make_tiny_model("codestral"))
        suffix = "\n" + python_source(6, start=50)
        first = complete(decoder, fim(python_source(4) + "x = ", suffix))
        second = complete(decoder, fim(python_source(4) + "x = 1", suffix))
        assert second.tokens_cached >= first.prompt_tokens - 1

    def test_accepting_the_completion_extends_the_cached_prefix(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        # The KV cache also holds the generated tokens, so continuation prompts reuse them.
        decoder = make_decoder(tiny_qwen_model, template="continuation")
        first = complete(decoder, fim(python_source(6), n_predict=12))
        second = complete(decoder, fim(python_source(6) + first.text))
        assert second.tokens_cached > first.prompt_tokens

    def test_window_that_slid_forward_is_recovered_by_chunk_shifts(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        settings = replace(SETTINGS, cache_reuse_min_chunk=8)
        decoder = make_decoder(tiny_qwen_model, settings)
        complete(decoder, fim(python_source(10), "\nprint(f1(2))\n"))
        slid = fim(python_source(6, start=4), "\nprint(f1(2))\n")  # four functions deleted
        result = complete(decoder, slid)
        assert not result.truncated  # the deletion is the test's, not the budget's
        # The common prefix is <|fim_prefix|> alone; everything after it was shifted into place.
        assert result.tokens_cached >= result.prompt_tokens - 2
        assert result.tokens_evaluated <= 2

    def test_budget_window_jump_while_typing_is_recovered_by_chunk_shifts(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        # The file outgrows the prefix budget: the header stays, the cut after it jumps forward
        # by a whole anchor step, and the lines after the new cut are shifted into place.
        decoder = make_decoder(tiny_qwen_model, replace(SETTINGS, cache_reuse_min_chunk=8))
        header = "import os\nimport sys\n"
        lines = [f"v{i} = os.path.join(sys.prefix, 'x{i}')\n" for i in range(200)]

        def first_kept_line(n: int) -> str:
            fitted = decoder.budgeter.fit(header + "".join(lines[:n]), "")
            return fitted.parts.prefix.removeprefix(header).partition("\n")[0]

        n = next(n for n in range(20, 200) if first_kept_line(n) != first_kept_line(n - 1))
        complete(decoder, fim(header + "".join(lines[: n - 1])))
        result = complete(decoder, fim(header + "".join(lines[:n])))
        assert result.truncated
        new_line = len(decoder.model.tokenize(lines[n - 1]))
        assert result.tokens_cached >= result.prompt_tokens - new_line - 3

    def test_shifted_cache_matches_its_token_record(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        settings = replace(SETTINGS, cache_reuse_min_chunk=8)
        decoder = make_decoder(tiny_qwen_model, settings)
        complete(decoder, fim(python_source(10)))
        request = fim(python_source(6, start=4))
        result = complete(decoder, request)
        tokens = decoder.prompt_tokens(request).tokens
        assert decoder.model.cached_tokens[: result.prompt_tokens] == tokens
        assert kv_positions(decoder.model) == (0, decoder.model.n_cached - 1)

    def test_without_chunk_reuse_only_the_common_prefix_is_reused(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        settings = replace(SETTINGS, cache_reuse_min_chunk=0)
        decoder = make_decoder(tiny_qwen_model, settings)
        before, after = fim(python_source(10)), fim(python_source(6, start=4))
        assert not complete(decoder, before).truncated
        result = complete(decoder, after)
        common = common_prefix_length(
            decoder.prompt_tokens(before).tokens, decoder.prompt_tokens(after).tokens
        )
        assert result.tokens_cached == common
        assert common < 5  # "<|fim_prefix|>def f"

    def test_identical_request_re_evaluates_only_its_last_token(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model)
        request = fim(python_source(5))
        first = complete(decoder, request)
        again = complete(decoder, request)
        assert (again.tokens_cached, again.tokens_evaluated) == (again.prompt_tokens - 1, 1)
        assert again.text == first.text

    def test_cache_prompt_false_evaluates_everything(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model)
        request = fim(python_source(5))
        complete(decoder, request)
        result = complete(decoder, fim(python_source(5), cache_prompt=False))
        assert (result.tokens_cached, result.tokens_evaluated) == (0, result.prompt_tokens)
