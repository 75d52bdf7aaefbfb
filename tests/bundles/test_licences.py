"""Licence names to plain sentences: what a person may do with a model."""

from __future__ import annotations

import pytest

from desktop_app.bundles.catalog import Catalog
from desktop_app.bundles.licences import LICENCES, UNKNOWN_SUMMARY, licence_of


class TestLicenceSentences:
    @pytest.mark.parametrize(
        ("name", "permissive", "says"),
        [
            ("Apache-2.0", True, "including commercial use"),
            ("apache 2.0", True, "including commercial use"),
            ("MIT", True, "including commercial use"),
            ("Qwen Research License", False, "Non-commercial use only"),
            ("qwen-research", False, "Non-commercial use only"),
            ("Some-Licence-1.0", False, "see the model's page"),
        ],
    )
    def test_a_licence_name_gives_one_plain_sentence(
        self, name: str, permissive: bool, says: str
    ) -> None:
        licence = licence_of(name)
        assert licence.name == name
        assert licence.permissive is permissive
        assert says in licence.summary

    def test_every_licence_in_the_shipped_catalog_is_known(self) -> None:
        unknown = {
            e.license for e in Catalog.load() if licence_of(e.license).summary == UNKNOWN_SUMMARY
        }
        assert unknown == set()

    def test_each_summary_is_one_sentence(self) -> None:
        for summary in {s for s, _ in LICENCES.values()} | {UNKNOWN_SUMMARY}:
            assert summary.endswith(".") and summary.count(". ") == 0
