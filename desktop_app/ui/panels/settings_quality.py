"""Settings page section: how sure a suggestion must be, and the statistics Mezzo keeps.

The confidence threshold is the one number that changes what people see most (a published field
study of a local completion extension: accepted completions averaged -0.035 nats per token, rejected
ones -0.121). Until the person sets one, the model's own applies: a small model is never as sure as
a large one, so one number for all would hide everything on the starter. "Use suggested
threshold" reads the person's own history in the thread pool (90 days of events take a moment) and
applies the threshold the core fits to it, or says why there is none yet.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.settings import Settings
from desktop_app.telemetry.stats import Stats
from desktop_app.ui.panels.settings_form import add_row, form_layout, spin_box
from desktop_app.ui.theme import SPACING, styled_label

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.workers import TaskRunner


class QualitySection(QWidget):
    def __init__(self, core: MezzoCore, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.core = core
        self.runner = runner
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(-5.0, 0.0)
        self.threshold.setDecimals(3)
        self.threshold.setSingleStep(0.01)
        self.threshold.setKeyboardTracking(False)
        self.threshold.setFixedWidth(120)
        self.threshold.setAccessibleName(self.tr("Confidence threshold"))
        self.threshold.valueChanged.connect(self._on_threshold)
        self.model_default = QCheckBox(self.tr("The model’s own"))
        self.model_default.setAccessibleName(self.tr("Use the model’s own confidence threshold"))
        self.model_default.toggled.connect(self._on_model_default)
        self.suggest_button = QPushButton(self.tr("Use suggested threshold"))
        self.suggest_button.setAccessibleName(
            self.tr("Use the threshold suggested by your history")
        )
        self.suggest_button.clicked.connect(self._on_suggest)
        self.suggest_result = styled_label("", "note")
        self.suggest_result.hide()
        self.retention = spin_box(1, 3650, self.tr("Keep statistics for"), self.tr(" days"))
        self.retention.valueChanged.connect(self._on_retention)
        self.telemetry = QCheckBox(self.tr("Keep statistics on this computer"))
        self.telemetry.setAccessibleName(self.tr("Keep statistics on this computer"))
        self.telemetry.toggled.connect(self._on_telemetry)

        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.threshold)
        row.addWidget(self.model_default)
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        form = form_layout()
        add_row(form, self.tr("Confidence threshold:"), self.threshold, row)
        add_row(form, self.tr("Keep statistics for:"), self.retention)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(
            styled_label(
                self.tr(
                    "Mezzo hides suggestions the model is unsure of. A threshold closer to 0 "
                    "shows fewer, surer suggestions; a lower one shows more."
                ),
                "note",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.suggest_result)
        layout.addWidget(self.telemetry)

    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back."""
        own = settings.gating.min_mean_logprob
        floor = own if own is not None else self.core.completions.gate_report().floor
        self.threshold.setEnabled(own is not None)
        for widget, value in (
            (self.threshold, floor),
            (self.model_default, own is None),
            (self.retention, settings.telemetry.retention_days),
            (self.telemetry, settings.telemetry.enabled),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setValue(value)  # type: ignore[attr-defined]
            widget.blockSignals(False)

    # --- saving ---------------------------------------------------------------------------

    def _update_telemetry(self, **changes: object) -> None:
        telemetry = self.core.settings.current.telemetry
        self.core.settings.update(telemetry=dataclasses.replace(telemetry, **changes))

    @Slot(bool)
    def _on_telemetry(self, checked: bool) -> None:
        self._update_telemetry(enabled=checked)

    @Slot(int)
    def _on_retention(self, value: int) -> None:
        self._update_telemetry(retention_days=value)

    @Slot(float)
    def _on_threshold(self, value: float) -> None:
        self._set_threshold(value)

    @Slot(bool)
    def _on_model_default(self, checked: bool) -> None:
        """Checked: the model's own threshold; unchecked: the one shown becomes the person's."""
        self.threshold.setEnabled(not checked)
        self._set_threshold(None if checked else self.threshold.value())

    def _set_threshold(self, value: float | None) -> None:
        gating = self.core.settings.current.gating
        self.core.settings.update(gating=dataclasses.replace(gating, min_mean_logprob=value))

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
        self.model_default.setChecked(False)
        self.threshold.setValue(suggestion.threshold)  # saves through _on_threshold
        self.suggest_result.setText(
            self.tr("Set to {value:.3f}, fitted to the suggestions you kept and dismissed.").format(
                value=suggestion.threshold
            )
        )

    @Slot(object)
    def _on_stats_failed(self, error: object) -> None:
        self.suggest_button.setEnabled(True)
        logger.warning("statistics could not be read: %r", error)
        self.suggest_result.setText(self.tr("Your statistics could not be read. Try again later."))
