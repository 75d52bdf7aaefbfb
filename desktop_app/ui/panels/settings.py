"""Settings: the few choices a person may want to change, each saved the moment it changes.

Every control writes through `core.settings.update(...)`, which saves the file and tells the
core, so changes apply live (the battery policy, the origin allow-list and the confidence
threshold are read on every request). The port is the exception: the server must rebind, so the
page offers to restart it. Values shown are re-read whenever the settings change elsewhere (the
tray, the CLI's file), with the controls' signals blocked so that showing is not saving.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.settings import Settings
from desktop_app.ui.autostart import Autostart, autostart_for_platform
from desktop_app.ui.icons import icon_path
from desktop_app.ui.messages import explain
from desktop_app.ui.panels.settings_code import CodeSection
from desktop_app.ui.panels.settings_form import add_row, form_layout, spin_box
from desktop_app.ui.panels.settings_quality import QualitySection
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


class SettingsPanel(QWidget):
    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        autostart: Autostart | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
        self.runner = runner
        self.autostart = autostart or autostart_for_platform(icon=str(icon_path("mezzo")))
        self.setAccessibleName(self.tr("Settings"))

        # Connection
        self.port = spin_box(1024, 65535, self.tr("Port for editors"))
        self.port.valueChanged.connect(self._on_port)
        self.ollama_port = spin_box(0, 65535, self.tr("Port for Ollama clients"))
        self.ollama_port.setSpecialValueText(self.tr("off"))
        self.ollama_port.valueChanged.connect(self._on_ollama_port)
        self.restart_note = styled_label(
            self.tr(
                "The new port is used once the server restarts. Editors then need the new "
                "address (see Home)."
            ),
            "warning",
        )
        self.restart_button = QPushButton(self.tr("Restart the server now"))
        self.restart_button.setAccessibleName(self.tr("Restart the server now"))
        self.restart_button.clicked.connect(self._on_restart)
        self.origins = QPlainTextEdit()
        self.origins.setAccessibleName(self.tr("Allowed origins, one per line"))
        self.origins.setFixedHeight(110)
        self.origins_button = QPushButton(self.tr("Save origins"))
        self.origins_button.setAccessibleName(self.tr("Save the allowed origins"))
        self.origins_button.clicked.connect(self._on_origins)

        # Battery
        self.low_percent = spin_box(5, 90, self.tr("Low battery level"), " %")
        self.low_percent.valueChanged.connect(self._on_low_percent)
        self.pause_low = QCheckBox(self.tr("Pause completions when the battery is low"))
        self.pause_low.setAccessibleName(self.tr("Pause completions when the battery is low"))
        self.pause_low.toggled.connect(self._on_pause_low)
        self.battery_interval = spin_box(
            0, 5000, self.tr("Time between completions on battery"), " ms"
        )
        self.battery_interval.setSingleStep(50)
        self.battery_interval.valueChanged.connect(self._on_battery_interval)

        # Start at login
        self.login = QCheckBox(self.tr("Start Mezzo when I log in"))
        self.login.setAccessibleName(self.tr("Start Mezzo when I log in"))
        self.login.toggled.connect(self._on_login)
        self.login_problem = styled_label("", "warning")
        self.login_problem.hide()

        self.quality = QualitySection(core, runner)
        self.code = CodeSection(core)
        self.access = AccessTokenSection(core)
        self.hub = HubTokenSection(core)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(styled_label(self.tr("Settings"), "title"))
        # The everyday choices first, the technical ones (ports, tokens) after.
        layout.addWidget(styled_label(self.tr("Start at login"), "heading"))
        layout.addWidget(self.login)
        layout.addWidget(self.login_problem)
        self._add_battery(layout)
        layout.addWidget(styled_label(self.tr("Suggestions and statistics"), "heading"))
        layout.addWidget(self.quality)
        layout.addWidget(styled_label(self.tr("Code intelligence"), "heading"))
        layout.addWidget(self.code)
        self._add_connection(layout)
        layout.addWidget(styled_label(self.tr("Access token"), "heading"))
        layout.addWidget(self.access)
        layout.addWidget(styled_label(self.tr("Hugging Face account"), "heading"))
        layout.addWidget(self.hub)
        layout.addStretch(1)

        bridge.settings_changed.connect(self.load)
        bridge.server_changed.connect(self._on_server)
        self.load(core.settings.current)

    # --- layout ---------------------------------------------------------------------------

    def _add_connection(self, layout: QVBoxLayout) -> None:
        layout.addWidget(styled_label(self.tr("Connection"), "heading"))
        form = form_layout()
        add_row(form, self.tr("Port for editors:"), self.port)
        add_row(form, self.tr("Port for Ollama clients:"), self.ollama_port)
        layout.addLayout(form)
        restart = QHBoxLayout()
        restart.addWidget(self.restart_note, 1)
        restart.addWidget(self.restart_button)
        self.restart_row = QWidget()
        self.restart_row.setLayout(restart)
        self.restart_row.hide()
        layout.addWidget(self.restart_row)
        layout.addWidget(
            styled_label(
                self.tr(
                    "Web pages and editor webviews allowed to call Mezzo, one per line. "
                    "A * matches any text, as in vscode-webview://*."
                ),
                "note",
            )
        )
        origins = QHBoxLayout()
        origins.setSpacing(SPACING)
        origins.addWidget(self.origins, 1)
        origins.addWidget(self.origins_button)
        layout.addLayout(origins)

    def _add_battery(self, layout: QVBoxLayout) -> None:
        layout.addWidget(styled_label(self.tr("On battery"), "heading"))
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
        add_row(form, self.tr("Time between suggestions:"), self.battery_interval)
        add_row(form, self.tr("Battery counts as low below:"), self.low_percent)
        layout.addLayout(form)
        layout.addWidget(self.pause_low)

    # --- showing --------------------------------------------------------------------------

    @Slot(object)
    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back."""
        values = (
            (self.port, settings.server.port),
            (self.ollama_port, settings.server.ollama_port),
            (self.low_percent, round(settings.power.low_battery_percent)),
            (self.battery_interval, settings.power.battery_min_interval_ms),
        )
        for spin, value in values:
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        checks = (
            (self.pause_low, settings.power.pause_on_low_battery),
            (self.login, self.autostart.is_enabled()),
        )
        for check, on in checks:
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)
        self.quality.load(settings)
        self.code.load(settings)
        if not self.origins.hasFocus():
            self.origins.setPlainText("\n".join(settings.server.allowed_origins))
        self.access.load(settings)
        self.restart_row.setVisible(self._needs_restart(settings))

    @Slot()
    def _on_server(self) -> None:
        self.restart_row.setVisible(self._needs_restart(self.core.settings.current))

    def _needs_restart(self, settings: Settings) -> bool:
        """The server failed, or runs on other ports than the settings now name."""
        if self.bridge.server_error:
            return True
        started = self.bridge.server_started_with
        if started is None:
            return False
        wanted = (settings.server.port, settings.server.ollama_port)
        return (started.port, started.ollama_port) != wanted

    # --- saving ---------------------------------------------------------------------------

    def _update_server(self, **changes: object) -> None:
        server = self.core.settings.current.server
        self.core.settings.update(server=dataclasses.replace(server, **changes))

    def _update_power(self, **changes: object) -> None:
        power = self.core.settings.current.power
        self.core.settings.update(power=dataclasses.replace(power, **changes))

    @Slot(int)
    def _on_port(self, value: int) -> None:
        self._update_server(port=value)

    @Slot(int)
    def _on_ollama_port(self, value: int) -> None:
        self._update_server(ollama_port=value)

    @Slot()
    def _on_restart(self) -> None:
        self.bridge.request_server_restart()

    @Slot()
    def _on_origins(self) -> None:
        lines = (line.strip() for line in self.origins.toPlainText().splitlines())
        self._update_server(allowed_origins=tuple(dict.fromkeys(o for o in lines if o)))

    @Slot(int)
    def _on_low_percent(self, value: int) -> None:
        self._update_power(low_battery_percent=float(value))

    @Slot(bool)
    def _on_pause_low(self, checked: bool) -> None:
        self._update_power(pause_on_low_battery=checked)

    @Slot(int)
    def _on_battery_interval(self, value: int) -> None:
        self._update_power(battery_min_interval_ms=value)

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
