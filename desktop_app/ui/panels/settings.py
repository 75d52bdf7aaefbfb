"""Settings: the choices a person may want to change, each saved the moment it changes.

The page opens on the everyday choices (suggestions on or off and how many, start at login,
battery, the GPU, usage statistics), then what Mezzo reads from the project; ports, origins,
tokens and exact numbers wait under a closed "Advanced" heading, for the few who connect other
programs. Every control writes through `core.settings.update(...)`, which saves the file and
tells the core, so changes apply live (the battery policy, the origin allow-list and the
confidence threshold are read on every request). The port and the GPU are the exceptions, and
their sections say so. Values shown are re-read whenever the settings change elsewhere (the
tray, the CLI's file), with the controls' signals blocked so that showing is not saving.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.base.settings import Settings
from desktop_app.engine.model import gpu_backend
from desktop_app.ui.autostart import Autostart, autostart_for_platform
from desktop_app.ui.icons import icon_path
from desktop_app.ui.messages import explain
from desktop_app.ui.panels.settings_code import CodeSection
from desktop_app.ui.panels.settings_connection import ConnectionSection
from desktop_app.ui.panels.settings_form import (
    Disclosure,
    add_row,
    check_box,
    form_layout,
    spin_box,
)
from desktop_app.ui.panels.settings_gpu import GpuSection
from desktop_app.ui.panels.settings_power import BatterySection
from desktop_app.ui.panels.settings_quality import ConfidenceSection
from desktop_app.ui.panels.settings_secrets import AccessTokenSection, HubTokenSection
from desktop_app.ui.theme import MARGIN, SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("Panels", "Settings")


def create_panel(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> QWidget:
    return SettingsPanel(core, bridge, runner)


def _heading(text: str) -> QLabel:
    return styled_label(text, "heading")


class SettingsPanel(QWidget):
    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        autostart: Autostart | None = None,
        gpu: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`autostart` and `gpu` (the GPU's name, "" for none) default to this computer's."""
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
        self.autostart = autostart or autostart_for_platform(icon=str(icon_path("mezzo")))
        self.setAccessibleName(self.tr("Settings"))

        self.completions = check_box(self.tr("Show suggestions in my editors"))
        self.completions.toggled.connect(self._on_completions)
        self.confidence = ConfidenceSection(core, runner)
        self.login = check_box(self.tr("Start Mezzo when I log in"))
        self.login.toggled.connect(self._on_login)
        self.login_problem = styled_label("", "warning")
        self.login_problem.hide()
        self.battery = BatterySection(core)
        self.gpu = GpuSection(core, bridge, runner, gpu_backend() if gpu is None else gpu)
        self.statistics = check_box(self.tr("Keep usage statistics on this computer"))
        self.statistics.toggled.connect(lambda on: self._update_telemetry(enabled=on))
        self.retention = spin_box(1, 3650, self.tr("Keep usage statistics for"), self.tr(" days"))
        self.retention.valueChanged.connect(
            lambda days: self._update_telemetry(retention_days=days)
        )
        self.code = CodeSection(core)
        self.connection = ConnectionSection(core, bridge)
        self.access = AccessTokenSection(core)
        self.hub = HubTokenSection(core)
        self.advanced = Disclosure(self.tr("Advanced"), self._advanced_body())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(styled_label(self.tr("Settings"), "title"))
        layout.addWidget(_heading(self.tr("Suggestions")))
        layout.addWidget(self.completions)
        layout.addWidget(self.confidence)
        layout.addWidget(_heading(self.tr("Start at login")))
        layout.addWidget(self.login)
        layout.addWidget(self.login_problem)
        layout.addWidget(_heading(self.tr("On battery")))
        layout.addWidget(self.battery)
        layout.addWidget(_heading(self.tr("GPU")))
        layout.addWidget(self.gpu)
        self._add_statistics(layout)
        layout.addWidget(_heading(self.tr("Code intelligence")))
        layout.addWidget(self.code)
        layout.addWidget(self.advanced)
        layout.addStretch(1)

        bridge.settings_changed.connect(self.load)
        self.load(core.settings.current)

    # --- layout ---------------------------------------------------------------------------

    def _add_statistics(self, layout: QVBoxLayout) -> None:
        layout.addWidget(_heading(self.tr("Usage statistics")))
        layout.addWidget(
            styled_label(
                self.tr(
                    "Mezzo counts the suggestions you keep and dismiss, to show how well it "
                    "helps you. The statistics stay on this computer."
                ),
                "note",
            )
        )
        layout.addWidget(self.statistics)
        form = form_layout()
        add_row(form, self.tr("Keep usage statistics for:"), self.retention)
        layout.addLayout(form)

    def _advanced_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(
            styled_label(
                self.tr("For connecting other programs to Mezzo, and for exact numbers."), "note"
            )
        )
        layout.addWidget(_heading(self.tr("Connection")))
        layout.addWidget(self.connection)
        layout.addWidget(_heading(self.tr("Confidence")))
        form = form_layout()
        add_row(form, self.tr("Confidence threshold:"), self.confidence.threshold)
        layout.addLayout(form)
        layout.addWidget(_heading(self.tr("Access token")))
        layout.addWidget(self.access)
        layout.addWidget(_heading(self.tr("Hugging Face account")))
        layout.addWidget(self.hub)
        return body

    # --- showing --------------------------------------------------------------------------

    @Slot(object)
    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back."""
        for check, on in (
            (self.completions, settings.completions_enabled),
            (self.login, self.autostart.is_enabled()),
            (self.statistics, settings.telemetry.enabled),
        ):
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)
        self.retention.blockSignals(True)
        self.retention.setValue(settings.telemetry.retention_days)
        self.retention.blockSignals(False)
        sections = (self.confidence, self.battery, self.gpu, self.code, self.connection)
        for section in (*sections, self.access):
            section.load(settings)

    # --- saving ---------------------------------------------------------------------------

    def _update_telemetry(self, **changes: object) -> None:
        telemetry = self.core.settings.current.telemetry
        self.core.settings.update(telemetry=dataclasses.replace(telemetry, **changes))

    @Slot(bool)
    def _on_completions(self, checked: bool) -> None:
        self.core.settings.update(completions_enabled=checked)

    @Slot(bool)
    def _on_login(self, checked: bool) -> None:
        try:
            self.autostart.set_enabled(checked)
        except OSError as exc:
            logger.warning("start at login could not be changed: %s", exc)
            self.login_problem.setText(explain(exc))
            self.login_problem.show()
            self.load(self.core.settings.current)
            return
        self.login_problem.hide()
        self.core.settings.update(start_at_login=checked)
