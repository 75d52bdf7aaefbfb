"""Settings page section: what Mezzo does on battery power, suggestions and downloads alike.

The power policy reads these settings on every request, and the core hands the downloads switch
to the bundle service as it changes, so each applies at once. A download refused on battery
also offers "Download anyway" on its own row, for that one download; this switch is for people
who want it always.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.base.settings import Settings
from desktop_app.ui.panels.settings_form import add_row, check_box, form_layout, spin_box
from desktop_app.ui.theme import SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore


class BatterySection(QWidget):
    def __init__(self, core: MezzoCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.interval = spin_box(0, 5000, self.tr("Time between suggestions on battery"), " ms")
        self.interval.setSingleStep(50)
        self.interval.valueChanged.connect(
            lambda value: self._update(battery_min_interval_ms=value)
        )
        self.low_percent = spin_box(5, 90, self.tr("Low battery level"), " %")
        self.low_percent.valueChanged.connect(
            lambda value: self._update(low_battery_percent=float(value))
        )
        self.pause_low = check_box(self.tr("Pause suggestions when the battery is low"))
        self.pause_low.toggled.connect(lambda on: self._update(pause_on_low_battery=on))
        self.downloads = check_box(
            self.tr("Download models on battery power"),
            self.tr(
                "A model download keeps the network and the disk busy for minutes. Off, "
                "downloads wait until the computer is plugged in."
            ),
        )
        self.downloads.toggled.connect(lambda on: self._update(downloads_on_battery=on))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(
            styled_label(
                self.tr(
                    "On battery Mezzo spaces suggestions out and keeps them shorter, "
                    "so your laptop lasts longer."
                ),
                "note",
            )
        )
        form = form_layout()
        add_row(form, self.tr("Time between suggestions:"), self.interval)
        add_row(form, self.tr("Battery counts as low below:"), self.low_percent)
        layout.addLayout(form)
        layout.addWidget(self.pause_low)
        layout.addWidget(self.downloads)

    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back."""
        power = settings.power
        for spin, value in (
            (self.interval, power.battery_min_interval_ms),
            (self.low_percent, round(power.low_battery_percent)),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        for check, on in (
            (self.pause_low, power.pause_on_low_battery),
            (self.downloads, power.downloads_on_battery),
        ):
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)

    def _update(self, **changes: object) -> None:
        power = self.core.settings.current.power
        self.core.settings.update(power=dataclasses.replace(power, **changes))
