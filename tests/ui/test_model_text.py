"""The words both model screens use: licences in a sentence, sizes as plain outcomes."""

from __future__ import annotations

from desktop_app.bundles.licences import LICENCES, UNKNOWN_SUMMARY
from desktop_app.ui.model_text import LICENCE_SENTENCES, licence_sentence, size_choice


class TestLicenceWords:
    def test_every_licence_sentence_is_listed_for_translation(self) -> None:
        summaries = {summary for summary, _ in LICENCES.values()} | {UNKNOWN_SUMMARY}
        assert summaries == set(LICENCE_SENTENCES)

    def test_the_sentence_names_the_licence_and_what_it_allows(self) -> None:
        assert licence_sentence("Qwen Research License") == (
            "Licence: Qwen Research License. "
            "Non-commercial use only: research and personal projects."
        )


class TestSizeWords:
    def test_two_sizes_read_as_smaller_and_faster_or_closer_to_the_original(self) -> None:
        assert size_choice(0, 2, "Q4_K_M", 1_000_000_000, True) == (
            "Smaller and faster (Q4_K_M, 1.0 GB)"
        )
        assert size_choice(1, 2, "Q8_0", 1_600_000_000, False) == (
            "Closer to the original (Q8_0, about 1.6 GB)"
        )

    def test_a_middle_size_is_in_between(self) -> None:
        assert size_choice(1, 3, "Q5_K_M", 1_300_000_000, True).startswith("In between")
