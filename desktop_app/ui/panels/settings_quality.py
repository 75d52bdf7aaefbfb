"""Settings page section: how sure a suggestion must be before Mezzo shows it.

The confidence threshold is the one number that changes what people see most (a published field
study of a local completion extension: accepted completions averaged -0.035 nats per token, rejected
ones -0.121). People meet it as a slider from "fewer, surer" to "more"; the number itself, a mean
log-probability per token, waits under Advanced for those who want it exact. Until the person
moves either, the model's own applies: a small model is never as sure as a large one, so one
number for all would hide everything on the starter. "Suggest from my history" reads the person's
own history in the thread pool (90 days of events take a moment) and applies the threshold the
core fits to it, or says why there is none yet.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.settings import Settings
from desktop_app.telemetry.stats import Stats
from desktop_app.ui.panels.settings_form import check_box
from desktop_app.ui.theme import SPACING, styled_label

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.workers import TaskRunner

# The slider's ends, as mean log-probabilities: from stricter than a 3B coder's accepted
# suggestions (-0.035) to laxer than anything the 135M starter shows (-0.4 to -1.6).
SUREST = -0.03
MOST = -3.0
SLIDER_STEPS = 100
SLIDER_WIDTH = 560  # px: a page-wide slider reads as a progress bar, and its end labels drift
# The useful values span two orders of magnitude, so the steps are even on a log scale: an even
# linear scale would squeeze every large model's threshold into the slider's first few steps.
_SPAN = math.log(MOST / SUREST)


def logprob_at(position: int) -> float:
    """The threshold a slider position stands for; 0 is the surest end. Rounded to the three
    decimals the exact field shows, so both show the same number."""
    fraction = min(max(position, 0), SLIDER_STEPS) / SLIDER_STEPS
    return round(SUREST * math.exp(fraction * _SPAN), 3)


def position_of(logprob: float) -> int:
    """The slider position nearest to `logprob`; a threshold beyond either end sits at that end."""
    clamped = min(max(logprob, MOST), SUREST)
    return round(SLIDER_STEPS * math.log(clamped / SUREST) / _SPAN)


class ConfidenceSection(QWidget):
    """The slider and its choices. `threshold`, the exact number, is placed by the page
    (under Advanced) but shows and saves the same setting."""

    def __init__(self, core: MezzoCore, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.core = core
        self.runner = runner
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setPageStep(SLIDER_STEPS // 10)
        self.slider.setTracking(False)  # save where the person lets go, not at every pixel
        self.slider.setAccessibleName(self.tr("How many suggestions to show"))
        self.slider.setAccessibleDescription(
            self.tr("Left shows fewer, surer suggestions; right shows more suggestions.")
        )
        self.slider.valueChanged.connect(self._on_slider)
        self.model_default = check_box(self.tr("Use the model’s default"))
        self.model_default.toggled.connect(self._on_model_default)
        self.suggest_button = QPushButton(self.tr("Suggest from my history"))
        self.suggest_button.setAccessibleName(
            self.tr("Set the slider from the suggestions you kept and dismissed")
        )
        self.suggest_button.clicked.connect(self._on_suggest)
        self.suggest_result = styled_label("", "note")
        self.suggest_result.hide()
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(-5.0, 0.0)
        self.threshold.setDecimals(3)
        self.threshold.setSingleStep(0.01)
        self.threshold.setKeyboardTracking(False)
        self.threshold.setFixedWidth(120)
        self.threshold.setAccessibleName(self.tr("Confidence threshold"))
        self.threshold.setToolTip(
            self.tr(
                "The average log-probability per token a suggestion must reach. 0 means "
                "certain; closer to 0 shows fewer suggestions."
            )
        )
        self.threshold.valueChanged.connect(self._on_threshold)

        scale = QWidget()
        scale.setMaximumWidth(SLIDER_WIDTH)
        column = QVBoxLayout(scale)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.slider)
        ends = QHBoxLayout()
        ends.addWidget(styled_label(self.tr("Show fewer, surer suggestions"), "note", wrap=False))
        ends.addStretch(1)
        ends.addWidget(styled_label(self.tr("Show more suggestions"), "note", wrap=False))
        column.addLayout(ends)
        choices = QHBoxLayout()
        choices.setSpacing(SPACING)
        choices.addWidget(self.model_default)
        choices.addWidget(self.suggest_button)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(
            styled_label(
                self.tr(
                    "Mezzo hides suggestions the model is unsure of. Choose how sure it must be."
                ),
                "note",
            )
        )
        layout.addWidget(scale)
        layout.addLayout(choices)
        layout.addWidget(self.suggest_result)

    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back."""
        own = settings.gating.min_mean_logprob
        floor = own if own is not None else self.core.completions.gate_report().floor
        for widget in (self.slider, self.threshold, self.model_default):
            widget.blockSignals(True)
        self.slider.setValue(position_of(floor))
        self.threshold.setValue(floor)
        self.model_default.setChecked(own is None)
        for widget in (self.slider, self.threshold, self.model_default):
            widget.blockSignals(False)

    # --- saving ---------------------------------------------------------------------------

    @Slot(int)
    def _on_slider(self, position: int) -> None:
        self._set_threshold(logprob_at(position))

    @Slot(float)
    def _on_threshold(self, value: float) -> None:
        self._set_threshold(value)

    @Slot(bool)
    def _on_model_default(self, checked: bool) -> None:
        """Checked: the model's own threshold; unchecked: the one shown becomes the person's."""
        self._set_threshold(None if checked else self.threshold.value())

    def _set_threshold(self, value: float | None) -> None:
        gating = self.core.settings.current.gating
        self.core.settings.update(gating=dataclasses.replace(gating, min_mean_logprob=value))
        self.load(self.core.settings.current)  # the other two controls follow at once

    # --- the suggestion -------------------------------------------------------------------

    @Slot()
    def _on_suggest(self) -> None:
        self.suggest_button.setEnabled(False)
        self.suggest_result.setText(self.tr("Reading your statistics…"))
        self.suggest_result.show()
        core = self.core

        def read_stats(_progress: object) -> Stats:
            return core.stats()

        task = self.runner.run(read_stats)
        task.finished.connect(self._on_stats)
        task.failed.connect(self._on_stats_failed)

    @Slot(object)
    def _on_stats(self, stats: Stats) -> None:
        self.suggest_button.setEnabled(True)
        suggestion = stats.threshold
        if suggestion.threshold is None:
            self.suggest_result.setText(
                self.tr("No suggestion yet: {reason}").format(reason=suggestion.reason)
            )
            return
        self._set_threshold(suggestion.threshold)
        self.suggest_result.setText(self.tr("Set to suit the suggestions you kept and dismissed."))

    @Slot(object)
    def _on_stats_failed(self, error: object) -> None:
        self.suggest_button.setEnabled(True)
        logger.warning("statistics could not be read: %r", error)
        self.suggest_result.setText(self.tr("Your statistics could not be read. Try again later."))
