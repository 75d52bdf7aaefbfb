"""The first-run suggestion: the most capable model that fits this computer's memory and disk."""

from __future__ import annotations

import pytest

from desktop_app.bundles.catalog import Catalog
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
            (32, 500, "qwen2.5-coder-3b-q4km"),  # capped: bigger is slower than people wait for
            (16, 200, "qwen2.5-coder-3b-q4km"),  # the Luau fine-tuning recipe's own choice
            (8, 100, "qwen2.5-coder-1.5b-q4km"),  # Roblox Studio and the OS need the rest
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
        assert 1.5 * GB < recommendation.download_bytes < 2.5 * GB  # 3B at ~4.9 bits/weight

    def test_a_catalog_without_a_starter_recommends_nothing_on_a_tiny_machine(self) -> None:
        hub_only = [e for e in CATALOG if e.source == "hub"]
        assert recommend(hub_only, Machine(1 * GB, 100 * GB)).entry is None


class TestEstimates:
    def test_the_memory_budget_is_a_quarter_capped_at_three_gigabytes(self) -> None:
        assert ram_budget_mb(8 * GB) == 2048
        assert ram_budget_mb(64 * GB) == 3072

    def test_a_known_size_is_used_as_is(self) -> None:
        starter = next(e for e in CATALOG if e.source == "starter")
        assert estimated_download_bytes(starter) == starter.size

    def test_unknown_sizes_are_estimated_from_parameters_and_quantisation(self) -> None:
        q8 = next(e for e in CATALOG if e.id == "qwen2.5-coder-1.5b-q8")
        q4 = next(e for e in CATALOG if e.id == "qwen2.5-coder-1.5b-q4km")
        assert estimated_download_bytes(q4) < estimated_download_bytes(q8) < 2 * GB

    def test_headroom_is_kept_free_on_the_disk(self) -> None:
        q8 = next(e for e in CATALOG if e.id == "qwen2.5-coder-0.5b-q8")
        just_short = estimated_download_bytes(q8) + DISK_HEADROOM_BYTES - 1
        fits = recommend([q8], Machine(16 * GB, just_short))
        assert fits.entry is None
