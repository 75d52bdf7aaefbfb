"""Confidence gating: which finished completions are not worth showing."""

from __future__ import annotations

import pytest

from desktop_app.base.settings import GatingSettings
from desktop_app.bundles.catalog import Catalog
from desktop_app.core.gating import (
    UNKNOWN_MODEL_FLOOR,
    GateDecision,
    SuppressReason,
    confidence_floor,
    gate,
)

DEFAULTS = GatingSettings()
CATALOG = Catalog.load()


class TestDefaults:
    def test_the_3b_coder_threshold_separates_the_field_study_accepted_from_rejected_means(
        self,
    ) -> None:
        accepted_mean, rejected_mean = -0.035, -0.121
        floor = CATALOG.find("qwen2.5-coder-3b-q4km").min_mean_logprob
        assert floor is not None and rejected_mean < floor < accepted_mean
        assert gate("return total", DEFAULTS, mean_logprob=accepted_mean, model_floor=floor).keep
        assert gate(
            "return total", DEFAULTS, mean_logprob=rejected_mean, model_floor=floor
        ) == GateDecision(False, SuppressReason.LOW_CONFIDENCE)

    def test_the_starter_shows_what_it_typically_produces(self) -> None:
        # Measured on SmolLM2-135M over llama.vscode-shaped requests: shown completions' mean
        # log-probability p10 / p50 / p90 = -0.81 / -0.56 / -0.37 nats per token.
        floor = CATALOG.find("smollm2-135m-starter").min_mean_logprob
        for typical in (-0.81, -0.56, -0.37):
            assert gate("return total", DEFAULTS, mean_logprob=typical, model_floor=floor).keep

    def test_smaller_models_get_more_lenient_thresholds(self) -> None:
        floors = [
            CATALOG.find(bundle_id).min_mean_logprob
            for bundle_id in (
                "smollm2-135m-starter",
                "qwen2.5-coder-0.5b-q8",
                "qwen2.5-coder-1.5b-q8",
                "qwen2.5-coder-3b-q8",
            )
        ]
        assert floors == sorted(floors) and len(set(floors)) == len(floors)

    def test_every_catalog_model_has_a_threshold(self) -> None:
        assert [e.id for e in CATALOG if e.min_mean_logprob is None] == []

    def test_the_persons_threshold_wins_over_the_models(self) -> None:
        mine = GatingSettings(min_mean_logprob=-0.05)
        assert confidence_floor(mine, -1.2) == -0.05
        assert gate("return total", mine, mean_logprob=-0.3, model_floor=-1.2).suppressed

    def test_a_model_the_catalog_does_not_know_gets_the_lenient_default(self) -> None:
        assert confidence_floor(DEFAULTS, None) == UNKNOWN_MODEL_FLOOR
        assert gate("return total", DEFAULTS, mean_logprob=UNKNOWN_MODEL_FLOOR + 0.1).keep
        assert gate("return total", DEFAULTS, mean_logprob=UNKNOWN_MODEL_FLOOR - 0.1).suppressed


class TestTrivial:
    @pytest.mark.parametrize("text", ["", " ", "\n\n", "\t  \n"])
    def test_empty_or_whitespace_is_suppressed_as_empty(self, text: str) -> None:
        assert gate(text, DEFAULTS).reason is SuppressReason.EMPTY

    @pytest.mark.parametrize("text", [")", " ;", "x\n"])
    def test_single_character_is_trivial(self, text: str) -> None:
        assert gate(text, DEFAULTS).reason is SuppressReason.TRIVIAL

    def test_two_characters_pass_the_default_minimum(self) -> None:
        assert gate("()", DEFAULTS).keep

    def test_minimum_length_is_a_setting(self) -> None:
        strict = GatingSettings(min_chars=4)
        assert gate("abc", strict).reason is SuppressReason.TRIVIAL
        assert gate("abcd", strict).keep


class TestRepeats:
    def test_text_equal_to_the_rest_of_the_line_is_suppressed(self) -> None:
        decision = gate("(a, b)", DEFAULTS, suffix="(a, b)\nprint(x)\n")
        assert decision.reason is SuppressReason.REPEATS_SUFFIX

    def test_text_already_after_the_cursor_ignoring_whitespace_is_suppressed(self) -> None:
        decision = gate("\n    return x", DEFAULTS, suffix="\n        return x\n")
        assert decision.reason is SuppressReason.REPEATS_SUFFIX

    def test_new_line_that_duplicates_the_next_non_empty_line_is_suppressed(self) -> None:
        # The next line is separated by a blank line, so the suffix does not start with the text.
        suffix = "\n\n    y = 2\n    return y\n"
        decision = gate("\n    y = 2\n", DEFAULTS, suffix="  # note" + suffix)
        assert decision.reason is SuppressReason.REPEATS_NEXT_LINE
        assert gate("\n    y = 3\n", DEFAULTS, suffix="  # note" + suffix).keep

    def test_completed_line_equal_to_the_next_line_is_suppressed(self) -> None:
        decision = gate(
            "items.append(x)", DEFAULTS, line_prefix="    ", suffix="\n    items.append(x)\n"
        )
        assert decision.reason is SuppressReason.REPEATS_SUFFIX  # it is right below the cursor
        decision = gate("x = 1", DEFAULTS, line_prefix="    ", next_line="    x = 1", suffix="\n")
        assert decision.reason is SuppressReason.REPEATS_NEXT_LINE

    def test_second_line_repeating_the_next_line_is_suppressed(self) -> None:
        decision = gate("foo()\n    bar()", DEFAULTS, next_line="    bar()")
        assert decision.reason is SuppressReason.REPEATS_NEXT_LINE

    def test_new_code_is_kept(self) -> None:
        decision = gate(
            "\n    total += x", DEFAULTS, suffix="\n    return total\n", mean_logprob=-0.01
        )
        assert decision == GateDecision(True, None)

    def test_repeat_checks_can_be_turned_off(self) -> None:
        settings = GatingSettings(drop_repeats=False)
        assert gate("(a, b)", settings, suffix="(a, b)\n").keep


class TestConfidence:
    def test_low_minimum_token_probability_is_suppressed(self) -> None:
        decision = gate("foo(bar)", DEFAULTS, mean_logprob=-0.01, min_logprob=-7.5)
        assert decision.reason is SuppressReason.LOW_TOKEN_CONFIDENCE

    def test_missing_confidence_skips_the_confidence_checks(self) -> None:
        assert gate("foo(bar)", DEFAULTS).keep

    def test_disabled_confidence_gating_keeps_unlikely_text(self) -> None:
        settings = GatingSettings(enabled=False)
        assert gate("foo(bar)", settings, mean_logprob=-3.0, min_logprob=-20.0).keep

    def test_content_reasons_win_over_confidence(self) -> None:
        assert gate("x", DEFAULTS, mean_logprob=-5.0).reason is SuppressReason.TRIVIAL

    def test_threshold_boundary_is_kept(self) -> None:
        assert gate("foo(bar)", DEFAULTS, mean_logprob=-0.5, model_floor=-0.5).keep
