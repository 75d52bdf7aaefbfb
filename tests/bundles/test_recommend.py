"""The first-run suggestion: the most capable model that fits this computer's memory and disk,
preferring one whose licence allows commercial use."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.bundles.catalog import Catalog, CatalogEntry
from desktop_app.bundles.recommend import (
    DISK_HEADROOM_BYTES,
    Machine,
    estimated_download_bytes,
    ram_budget_mb,
    recommend,
)

GB = 1024**3
CATALOG = Catalog.load()  # the shipped catalog: what a person really chooses from


def suggested(ram_gb: float, disk_gb: float) -> str:
    recommendation = recommend(CATALOG, Machine(int(ram_gb * GB), int(disk_gb * GB)))
    assert recommendation.entry is not None
    return recommendation.entry.id


class TestRecommendationByMachine:
    @pytest.mark.parametrize(
        ("ram_gb", "disk_gb", "expected"),
        [
            (32, 500, "qwen2.5-coder-1.5b-q8"),  # the 3B models fit, but are non-commercial
            (16, 200, "qwen2.5-coder-1.5b-q8"),
            (8, 100, "qwen2.5-coder-0.5b-q8"),  # Roblox Studio and the OS need the rest
            (6, 100, "qwen2.5-coder-0.5b-q8"),
            (4, 100, "qwen2.5-coder-0.5b-q8"),
            (3, 100, "smollm2-135m-starter"),  # nothing from the hub fits in 768 MB
            (16, 1.2, "qwen2.5-coder-0.5b-q8"),  # a nearly full disk shrinks the choice
            (16, 0.5, "smollm2-135m-starter"),  # no room to download anything
        ],
        ids=[
            "32GB-roomy", "16GB-laptop", "8GB-laptop", "6GB", "4GB", "3GB",
            "16GB-full-disk", "16GB-no-disk",
        ],
    )  # fmt: skip
    def test_the_suggestion_fits_memory_and_disk(
        self, ram_gb: float, disk_gb: float, expected: str
    ) -> None:
        assert suggested(ram_gb, disk_gb) == expected

    def test_the_starter_needs_no_download(self) -> None:
        recommendation = recommend(CATALOG, Machine(2 * GB, 100 * GB))
        assert recommendation.is_starter and not recommendation.needs_download
        assert recommendation.download_bytes == 0

    def test_a_hub_model_reports_its_download_size(self) -> None:
        recommendation = recommend(CATALOG, Machine(16 * GB, 100 * GB))
        assert recommendation.needs_download
        assert 1.5 * GB < recommendation.download_bytes < 2.5 * GB  # 1.5B at ~8.5 bits/weight

    def test_a_catalog_without_a_starter_recommends_nothing_on_a_tiny_machine(self) -> None:
        hub_only = [e for e in CATALOG if e.source == "hub"]
        assert recommend(hub_only, Machine(1 * GB, 100 * GB)).entry is None


def hub_model(bundle_id: str, ram_mb: int, licence: str) -> CatalogEntry:
    """A made-up FIM model on the hub; only its memory need and licence matter here."""
    return CatalogEntry.from_dict({
        "id": bundle_id, "version": "1", "name": bundle_id, "description": "", "source": "hub",
        "repo_id": f"acme/{bundle_id}", "revision": "main", "filename": f"{bundle_id}.gguf",
        "sha256": None, "size": 100 * 1024 * 1024, "quantization": "Q4_K_M", "parameters": "1B",
        "context_length": 4096, "architecture": "qwen2", "fim_template": "qwen",
        "ram_mb": ram_mb, "license": licence,
    })  # fmt: skip


SMALL_OPEN = hub_model("small-open", 900, "Apache-2.0")
MIDDLE_OPEN = hub_model("middle-open", 1500, "MIT")
BIG_RESTRICTED = hub_model("big-restricted", 2800, "Qwen Research License")
ROOMY = Machine(16 * GB, 100 * GB)  # a 3 GB budget: all three fit


class TestLicencePreference:
    def test_a_permissive_model_wins_over_a_more_capable_restricted_one_that_also_fits(
        self,
    ) -> None:
        recommendation = recommend([SMALL_OPEN, MIDDLE_OPEN, BIG_RESTRICTED], ROOMY)
        assert recommendation.entry == MIDDLE_OPEN
        assert recommendation.passed_over == BIG_RESTRICTED

    def test_nothing_is_passed_over_when_the_restricted_model_does_not_fit(self) -> None:
        recommendation = recommend([SMALL_OPEN, BIG_RESTRICTED], Machine(8 * GB, 100 * GB))
        assert recommendation.entry == SMALL_OPEN
        assert recommendation.passed_over is None

    def test_nothing_is_passed_over_when_the_best_fit_is_permissive(self) -> None:
        weaker_restricted = hub_model("weak-restricted", 600, "Qwen Research License")
        recommendation = recommend([weaker_restricted, MIDDLE_OPEN], ROOMY)
        assert recommendation.entry == MIDDLE_OPEN
        assert recommendation.passed_over is None

    def test_a_restricted_model_is_suggested_when_no_permissive_one_fits(self) -> None:
        recommendation = recommend([BIG_RESTRICTED], ROOMY)
        assert recommendation.entry == BIG_RESTRICTED
        assert recommendation.passed_over is None

    def test_a_licence_mezzo_does_not_know_counts_as_restricted(self) -> None:
        odd = hub_model("odd-licence", 2800, "Odd-1.0")
        recommendation = recommend([SMALL_OPEN, odd], ROOMY)
        assert recommendation.entry == SMALL_OPEN
        assert recommendation.passed_over == odd

    def test_the_shipped_catalog_never_suggests_a_non_commercial_model_where_another_fits(
        self,
    ) -> None:
        for ram_gb in (4, 8, 16, 32, 64):
            entry = recommend(CATALOG, Machine(ram_gb * GB, 100 * GB)).entry
            assert entry is not None and entry.license != "Qwen Research License", ram_gb


class TestEstimates:
    def test_the_memory_budget_is_a_quarter_capped_at_three_gigabytes(self) -> None:
        assert ram_budget_mb(8 * GB) == 2048
        assert ram_budget_mb(64 * GB) == 3072

    def test_a_known_size_is_used_as_is(self) -> None:
        starter = next(e for e in CATALOG if e.source == "starter")
        assert estimated_download_bytes(starter) == starter.size

    def test_unknown_sizes_are_estimated_from_parameters_and_quantisation(self) -> None:
        q8 = replace(CATALOG.find("qwen2.5-coder-1.5b-q8"), size=None)
        q4 = replace(CATALOG.find("qwen2.5-coder-0.5b-q4km"), size=None)
        assert estimated_download_bytes(q4) < estimated_download_bytes(q8) < 2 * GB

    def test_headroom_is_kept_free_on_the_disk(self) -> None:
        q8 = next(e for e in CATALOG if e.id == "qwen2.5-coder-0.5b-q8")
        just_short = estimated_download_bytes(q8) + DISK_HEADROOM_BYTES - 1
        fits = recommend([q8], Machine(16 * GB, just_short))
        assert fits.entry is None
