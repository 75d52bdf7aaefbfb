"""The confidence slider reads as "fewer, surer ↔ more" and saves the log-probability threshold;
the exact number under Advanced and "Use the model's default" show and save the same setting."""

from __future__ import annotations

import itertools

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.settings import Settings, SettingsStore
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels.settings import SettingsPanel
from desktop_app.ui.panels.settings_quality import (
    MOST,
    SLIDER_STEPS,
    SUREST,
    ConfidenceSection,
    logprob_at,
    position_of,
)
from desktop_app.ui.workers import TaskRunner
from tests.ui.conftest import WAIT_MS

POSITIONS = range(SLIDER_STEPS + 1)


@pytest.fixture
def confidence(
    qtbot: QtBot, shell_core: MezzoCore, shell_bridge: CoreBridge, shell_runner: TaskRunner
) -> ConfidenceSection:
    page = SettingsPanel(shell_core, shell_bridge, shell_runner, gpu="")
    qtbot.addWidget(page)
    return page.confidence


def saved(core: MezzoCore) -> float | None:
    return SettingsStore(core.paths.settings_file).current.gating.min_mean_logprob


class TestTheMapping:
    def test_the_left_end_is_the_surest_and_the_right_end_shows_the_most(self) -> None:
        assert (logprob_at(0), logprob_at(SLIDER_STEPS)) == (SUREST, MOST)

    def test_moving_right_always_lowers_the_threshold(self) -> None:
        values = [logprob_at(p) for p in POSITIONS]
        assert all(a > b for a, b in itertools.pairwise(values))

    @pytest.mark.parametrize("position", POSITIONS)
    def test_every_position_maps_to_a_threshold_and_back(self, position: int) -> None:
        assert position_of(logprob_at(position)) == position

    @pytest.mark.parametrize("threshold", [-0.035, -0.08, -0.121, -0.4, -1.2, -1.6])
    def test_a_threshold_lands_between_the_neighbours_of_its_position(
        self, threshold: float
    ) -> None:
        position = position_of(threshold)
        assert logprob_at(position - 1) > threshold > logprob_at(position + 1)

    @pytest.mark.parametrize(("threshold", "end"), [(-5.0, SLIDER_STEPS), (0.0, 0), (-0.001, 0)])
    def test_a_threshold_beyond_an_end_sits_at_that_end(self, threshold: float, end: int) -> None:
        assert position_of(threshold) == end


class TestTheSlider:
    def test_a_new_user_sees_the_models_default_on_the_slider_and_the_number(
        self, confidence: ConfidenceSection, shell_core: MezzoCore
    ) -> None:
        floor = shell_core.completions.gate_report().floor
        assert confidence.model_default.isChecked()
        assert confidence.threshold.value() == pytest.approx(floor)
        assert confidence.slider.value() == position_of(floor)

    def test_moving_the_slider_saves_its_threshold_as_the_persons_own(
        self, confidence: ConfidenceSection, shell_core: MezzoCore
    ) -> None:
        confidence.slider.setValue(20)
        assert saved(shell_core) == pytest.approx(logprob_at(20))
        assert not confidence.model_default.isChecked()
        assert confidence.threshold.value() == pytest.approx(logprob_at(20))
        assert shell_core.completions.gate_report().floor == pytest.approx(logprob_at(20))

    def test_the_exact_number_moves_the_slider(
        self, confidence: ConfidenceSection, shell_core: MezzoCore
    ) -> None:
        confidence.threshold.setValue(-0.25)
        assert saved(shell_core) == pytest.approx(-0.25)
        assert confidence.slider.value() == position_of(-0.25)
        assert not confidence.model_default.isChecked()

    def test_the_models_default_comes_back_when_ticked(
        self, confidence: ConfidenceSection, shell_core: MezzoCore
    ) -> None:
        default_position = confidence.slider.value()
        confidence.slider.setValue(5)
        confidence.model_default.setChecked(True)
        assert saved(shell_core) is None
        assert confidence.slider.value() == default_position

    def test_unticking_the_default_keeps_the_value_shown_as_the_persons(
        self, confidence: ConfidenceSection, shell_core: MezzoCore
    ) -> None:
        shown = confidence.threshold.value()
        confidence.model_default.setChecked(False)
        assert saved(shell_core) == pytest.approx(shown)

    def test_a_change_made_elsewhere_moves_the_slider(
        self,
        qtbot: QtBot,
        confidence: ConfidenceSection,
        shell_core: MezzoCore,
        shell_bridge: CoreBridge,
    ) -> None:
        gating = shell_core.settings.current.gating
        with qtbot.waitSignal(shell_bridge.settings_changed, timeout=WAIT_MS):
            shell_core.settings.update(gating=type(gating)(min_mean_logprob=-0.5))
        assert confidence.slider.value() == position_of(-0.5)
        assert not confidence.model_default.isChecked()


class TestSuggestedThreshold:
    def test_with_no_history_yet_the_page_says_why_and_keeps_the_value(
        self, qtbot: QtBot, confidence: ConfidenceSection, shell_core: MezzoCore
    ) -> None:
        before: Settings = shell_core.settings.current
        confidence.suggest_button.click()
        qtbot.waitUntil(confidence.suggest_button.isEnabled, timeout=WAIT_MS)
        assert confidence.suggest_result.text().startswith("No suggestion yet:")
        assert shell_core.settings.current.gating == before.gating
