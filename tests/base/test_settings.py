"""Settings files: what is read back, and what a file from an older version means now."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.base.settings import Settings, SettingsStore


def load(tmp_path: Path, data: dict[str, object]) -> Settings:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data), "utf-8")
    return SettingsStore(path).current


class TestConfidenceThreshold:
    def test_by_default_the_models_own_threshold_applies(self) -> None:
        assert Settings().gating.min_mean_logprob is None

    def test_a_threshold_the_person_chose_is_kept(self, tmp_path: Path) -> None:
        settings = load(tmp_path, {"gating": {"min_mean_logprob": -0.3, "min_chars": 3}})
        assert (settings.gating.min_mean_logprob, settings.gating.min_chars) == (-0.3, 3)

    def test_the_old_one_size_default_saved_by_earlier_versions_means_the_models_own(
        self, tmp_path: Path
    ) -> None:
        settings = load(tmp_path, {"gating": {"min_mean_logprob": -0.08, "min_chars": 3}})
        assert settings.gating.min_mean_logprob is None
        assert settings.gating.min_chars == 3  # the rest of the section is still read

    def test_the_models_own_survives_a_save_and_load(self, tmp_path: Path) -> None:
        store = SettingsStore(tmp_path / "settings.json")
        store.update(completions_enabled=False)
        assert SettingsStore(tmp_path / "settings.json").current.gating.min_mean_logprob is None

    def test_the_old_spacing_on_mains_saved_by_earlier_versions_means_none(
        self, tmp_path: Path
    ) -> None:
        settings = load(tmp_path, {"power": {"ac_min_interval_ms": 50, "battery_threads": 1}})
        assert (settings.power.ac_min_interval_ms, settings.power.battery_threads) == (0, 1)
        chosen = load(tmp_path, {"power": {"ac_min_interval_ms": 120}})
        assert chosen.power.ac_min_interval_ms == 120

    def test_a_threshold_that_is_not_a_number_keeps_the_default(self, tmp_path: Path) -> None:
        assert (
            load(tmp_path, {"gating": {"min_mean_logprob": "low"}}).gating.min_mean_logprob is None
        )
