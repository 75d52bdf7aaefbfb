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
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.autostart import Autostart, autostart_for_platform
from desktop_app.core.settings import Settings
from desktop_app.telemetry.stats import Stats
from desktop_app.ui.icons import icon_path
from desktop_app.ui.panels.settings_secrets import AccessTokenSection, HubTokenSection
from desktop_app.ui.theme import MARGIN, SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("Panels", "Settings")
FORM_LABEL_WIDTH = 240


def create_panel(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> QWidget:
    return SettingsPanel(core, bridge, runner)


def _spin(low: int, high: int, name: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)  # save when typing ends, not on every digit
    spin.setMinimumWidth(110)
    return spin


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
        tr = self.tr

        # Connection
        self.port = _spin(1024, 65535, tr("Port for editors"))
        self.port.valueChanged.connect(self._on_port)
        self.ollama_port = _spin(0, 65535, tr("Port for Ollama clients"))
        self.ollama_port.setSpecialValueText(tr("off"))
        self.ollama_port.valueChanged.connect(self._on_ollama_port)
        self.restart_note = styled_label(
            tr(
                "The new port is used once the server restarts. Editors then need the new "
                "address (see Home)."
            ),
            "warning",
        )
        self.restart_button = QPushButton(tr("Restart the server now"))
        self.restart_button.setAccessibleName(tr("Restart the server now"))
        self.restart_button.clicked.connect(self._on_restart)
        self.origins = QPlainTextEdit()
        self.origins.setAccessibleName(tr("Allowed origins, one per line"))
        self.origins.setFixedHeight(110)
        self.origins_button = QPushButton(tr("Save origins"))
        self.origins_button.setAccessibleName(tr("Save the allowed origins"))
        self.origins_button.clicked.connect(self._on_origins)

        # Battery
        self.low_percent = _spin(5, 90, tr("Low battery level"), " %")
        self.low_percent.valueChanged.connect(self._on_low_percent)
        self.pause_low = QCheckBox(tr("Pause completions when the battery is low"))
        self.pause_low.setAccessibleName(tr("Pause completions when the battery is low"))
        self.pause_low.toggled.connect(self._on_pause_low)
        self.battery_interval = _spin(0, 5000, tr("Time between completions on battery"), " ms")
        self.battery_interval.setSingleStep(50)
        self.battery_interval.valueChanged.connect(self._on_battery_interval)

        # Start at login
        self.login = QCheckBox(tr("Start Mezzo when I log in"))
        self.login.setAccessibleName(tr("Start Mezzo when I log in"))
        self.login.toggled.connect(self._on_login)
        self.login_problem = styled_label("", "warning")
        self.login_problem.hide()

        # Telemetry and quality
        self.telemetry = QCheckBox(tr("Keep statistics on this computer"))
        self.telemetry.setAccessibleName(tr("Keep statistics on this computer"))
        self.telemetry.toggled.connect(self._on_telemetry)
        self.retention = _spin(1, 3650, tr("Keep statistics for"), tr(" days"))
        self.retention.valueChanged.connect(self._on_retention)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(-5.0, 0.0)
        self.threshold.setDecimals(3)
        self.threshold.setSingleStep(0.01)
        self.threshold.setKeyboardTracking(False)
        self.threshold.setMinimumWidth(110)
        self.threshold.setAccessibleName(tr("Confidence threshold"))
        self.threshold.valueChanged.connect(self._on_threshold)
        self.suggest_button = QPushButton(tr("Use suggested threshold"))
        self.suggest_button.setAccessibleName(tr("Use the threshold suggested by your history"))
        self.suggest_button.clicked.connect(self._on_suggest)
        self.suggest_result = styled_label("", "note")
        self.suggest_result.hide()

        self.access = AccessTokenSection(core)
        self.hub = HubTokenSection(core)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(styled_label(tr("Settings"), "title"))
        self._add_connection(layout)
        layout.addWidget(styled_label(tr("Access token"), "heading"))
        layout.addWidget(self.access)
        self._add_battery(layout)
        layout.addWidget(styled_label(tr("Start at login"), "heading"))
        layout.addWidget(self.login)
        layout.addWidget(self.login_problem)
        self._add_quality(layout)
        layout.addWidget(styled_label(tr("Hugging Face account"), "heading"))
        layout.addWidget(self.hub)
        layout.addStretch(1)

        bridge.settings_changed.connect(self.load)
        bridge.server_changed.connect(self._on_server)
        self.load(core.settings.current)

    # --- layout ---------------------------------------------------------------------------

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return form

    def _row(
        self, form: QFormLayout, text: str, field: QWidget, row: QHBoxLayout | None = None
    ) -> None:
        """One label and field; every form's labels share a width, so the fields line up."""
        label = QLabel(text)
        label.setMinimumWidth(FORM_LABEL_WIDTH)
        label.setBuddy(field)
        form.addRow(label, row if row is not None else field)

    def _add_connection(self, layout: QVBoxLayout) -> None:
        tr = self.tr
        layout.addWidget(styled_label(tr("Connection"), "heading"))
        form = self._form()
        self._row(form, tr("Port for editors:"), self.port)
        self._row(form, tr("Port for Ollama clients:"), self.ollama_port)
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
                tr(
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
        tr = self.tr
        layout.addWidget(styled_label(tr("On battery"), "heading"))
        layout.addWidget(
            styled_label(
                tr(
                    "On battery Mezzo spaces suggestions out and keeps them shorter, "
                    "so your laptop lasts longer."
                ),
                "note",
            )
        )
        form = self._form()
        self._row(form, tr("Time between suggestions:"), self.battery_interval)
        self._row(form, tr("Battery counts as low below:"), self.low_percent)
        layout.addLayout(form)
        layout.addWidget(self.pause_low)

    def _add_quality(self, layout: QVBoxLayout) -> None:
        tr = self.tr
        layout.addWidget(styled_label(tr("Suggestions and statistics"), "heading"))
        layout.addWidget(
            styled_label(
                tr(
                    "Mezzo hides suggestions the model is unsure of. A threshold closer to 0 "
                    "shows fewer, surer suggestions; a lower one shows more."
                ),
                "note",
            )
        )
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.threshold)
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        form = self._form()
        self._row(form, tr("Confidence threshold:"), self.threshold, row)
        self._row(form, tr("Keep statistics for:"), self.retention)
        layout.addLayout(form)
        layout.addWidget(self.suggest_result)
        layout.addWidget(self.telemetry)

    # --- showing --------------------------------------------------------------------------

    @Slot(object)
    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back."""
        values = (
            (self.port, settings.server.port),
            (self.ollama_port, settings.server.ollama_port),
            (self.low_percent, round(settings.power.low_battery_percent)),
            (self.battery_interval, settings.power.battery_min_interval_ms),
            (self.retention, settings.telemetry.retention_days),
        )
        for spin, value in values:
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        checks = (
            (self.pause_low, settings.power.pause_on_low_battery),
            (self.telemetry, settings.telemetry.enabled),
            (self.login, self.autostart.is_enabled()),
        )
        for check, on in checks:
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)
        self.threshold.blockSignals(True)
        self.threshold.setValue(settings.gating.min_mean_logprob)
        self.threshold.blockSignals(False)
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

    def _update_telemetry(self, **changes: object) -> None:
        telemetry = self.core.settings.current.telemetry
        self.core.settings.update(telemetry=dataclasses.replace(telemetry, **changes))

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
    def _on_telemetry(self, checked: bool) -> None:
        self._update_telemetry(enabled=checked)

    @Slot(int)
    def _on_retention(self, value: int) -> None:
        self._update_telemetry(retention_days=value)

    @Slot(float)
    def _on_threshold(self, value: float) -> None:
        gating = self.core.settings.current.gating
        self.core.settings.update(gating=dataclasses.replace(gating, min_mean_logprob=value))

    @Slot(bool)
    def _on_login(self, checked: bool) -> None:
        try:
            self.autostart.set_enabled(checked)
        except OSError as exc:
            logger.warning("start at login could not be changed: %s", exc)
            self.login_problem.setText(
                self.tr(
                    "Mezzo could not change this ({error}). Check that your home folder "
                    "is writable, then try again."
                ).format(error=exc.strerror or exc)
            )
            self.login_problem.show()
            self.load(self.core.settings.current)
            return
        self.login_problem.hide()
        self.core.settings.update(start_at_login=checked)

    @Slot()
    def _on_suggest(self) -> None:
        self.suggest_button.setEnabled(False)
        self.suggest_result.setText(self.tr("Reading your statistics…"))
        self.suggest_result.show()
        task = self.runner.run(self._read_stats)
        task.finished.connect(self._on_stats)
        task.failed.connect(self._on_stats_failed)

    def _read_stats(self, _progress: object) -> Stats:
        return self.core.stats()  # runs in the thread pool: 90 days of events take a moment

    @Slot(object)
    def _on_stats(self, stats: Stats) -> None:
        self.suggest_button.setEnabled(True)
        suggestion = stats.threshold
        if suggestion.threshold is None:
            self.suggest_result.setText(
                self.tr("No suggestion yet: {reason}").format(reason=suggestion.reason)
            )
            return
        self.threshold.setValue(suggestion.threshold)  # saves through _on_threshold
        self.suggest_result.setText(
            self.tr("Set to {value:.3f}, fitted to your accepted and rejected suggestions.").format(
                value=suggestion.threshold
            )
        )

    @Slot(object)
    def _on_stats_failed(self, error: object) -> None:
        self.suggest_button.setEnabled(True)
        self.suggest_result.setText(
            self.tr("Your statistics could not be read ({error}). Try again later.").format(
                error=error
            )
        )
