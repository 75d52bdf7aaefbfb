"""Home: what Mezzo is doing right now, where editors reach it, and how to connect one.

The first page a person sees. It answers "is it working?" in one line (the same words and icon as
the tray), offers the two switches they need most (on/off, pause for an hour), names the model,
where it runs and the repository adapter, lists the editors that asked lately ("is my editor
connected?") and shows the copyable editor settings for the real port. When the confidence gate
has been hiding most suggestions it says so, with one button to show more: a person who is
shown nothing would otherwise think the editor is broken. "Open the log folder" is here because
error messages point at the log, and an app started at login has no console.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.errors import MezzoError
from desktop_app.base.settings import Settings
from desktop_app.engine.devices import CPU
from desktop_app.ui.app_state import AppStatus, Switch
from desktop_app.ui.connect_editors import ConnectedEditorsView, ConnectEditorsView
from desktop_app.ui.editor_setup import server_url
from desktop_app.ui.icons import state_icon
from desktop_app.ui.log_file import open_log_folder
from desktop_app.ui.state_text import explanation, pause_text, status_line, toggle_text
from desktop_app.ui.theme import MARGIN, SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import CoreStatus, MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

TITLE = QT_TRANSLATE_NOOP("Panels", "Home")
PAUSE_SECONDS = 3600
STATE_ICON_PX = 48


def create_panel(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> QWidget:
    return HomePanel(core, bridge)


class HomePanel(QWidget):
    def __init__(self, core: MezzoCore, bridge: CoreBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
        self.setAccessibleName(self.tr("Home"))

        self.state_icon = QLabel()
        self.state_icon.setFixedSize(STATE_ICON_PX, STATE_ICON_PX)
        self.headline = styled_label("", "title")
        self.detail = styled_label("", "note")
        self.toggle_button = QPushButton()
        self.toggle_button.setAccessibleName(self.tr("Turn completions on or off"))
        self.toggle_button.clicked.connect(self._on_toggle)
        self.pause_button = QPushButton()
        self.pause_button.setAccessibleName(self.tr("Pause or resume completions"))
        self.pause_button.clicked.connect(self._on_pause)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Start the server again"))
        self.retry_button.clicked.connect(self.bridge.request_server_restart)
        self.retry_button.hide()

        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(self.tr("Address editors connect to"))
        self.model = QLabel()
        self.model.setAccessibleName(self.tr("Model in use"))
        self.adapter = QLabel()
        self.adapter.setAccessibleName(self.tr("Adapter for the current repository"))
        self.device = styled_label("", "note")
        self.device.setAccessibleName(self.tr("Where the model runs"))
        self.log_button = QPushButton(self.tr("Open the log folder"))
        self.log_button.setAccessibleName(self.tr("Open the folder with Mezzo's log"))
        self.log_button.clicked.connect(self._on_open_log)
        self.editors = ConnectedEditorsView()
        self.connect_view = ConnectEditorsView()
        self.gate_text = styled_label("", "note")
        self.gate_text.setAccessibleName(self.tr("Suggestions hidden as unsure"))
        self.show_more_button = QPushButton(self.tr("Show more suggestions"))
        self.show_more_button.setAccessibleName(
            self.tr("Lower the confidence threshold so more suggestions are shown")
        )
        self.show_more_button.clicked.connect(self._on_show_more)
        self._suggested_floor: float | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(self._status_row())
        layout.addWidget(self._gate_card())
        layout.addWidget(self._facts_card())
        layout.addWidget(styled_label(self.tr("Connected editors"), "heading"))
        layout.addWidget(self.editors)
        layout.addWidget(styled_label(self.tr("Connect your editor"), "heading"))
        layout.addWidget(self.connect_view)
        layout.addStretch(1)

        bridge.status_changed.connect(self._on_status)
        bridge.settings_changed.connect(self._on_settings)
        bridge.server_changed.connect(self._on_server)
        bridge.core_status_changed.connect(self._on_core_status)
        self._on_status(bridge.status)
        self._on_core_status(core.status())
        self._on_settings(core.settings.current)
        self._on_server()

    def _status_row(self) -> QHBoxLayout:
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.pause_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _gate_card(self) -> QFrame:
        self.gate_card = QFrame()
        self.gate_card.setProperty("role", "card")
        row = QHBoxLayout(self.gate_card)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(SPACING)
        row.addWidget(self.gate_text, 1)
        row.addWidget(self.show_more_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.gate_card.hide()
        return self.gate_card

    def _facts_card(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(8)
        rows = (
            (self.tr("Editors connect to"), self.address),
            (self.tr("Model"), self.model),
            ("", self.device),
            (self.tr("Adapter"), self.adapter),
            (self.tr("Log"), self.log_button),
        )
        for row, (name, value) in enumerate(rows):
            grid.addWidget(styled_label(name, "note", wrap=False), row, 0)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        return card

    # --- commands ---------------------------------------------------------------------------

    @Slot()
    def _on_toggle(self) -> None:
        """As the tray's: off stays off until turned on, and turning on means on now."""
        enabled = self.core.settings.current.completions_enabled
        self.core.settings.update(completions_enabled=not enabled, paused_until=0.0)

    @Slot()
    def _on_pause(self) -> None:
        if self._paused(self.core.settings.current):
            self.core.settings.update(paused_until=0.0)
        else:
            self.core.settings.update(paused_until=self.core.wall_time() + PAUSE_SECONDS)

    @Slot()
    def _on_open_log(self) -> None:
        open_log_folder(self.core.paths)

    @Slot()
    def _on_show_more(self) -> None:
        """Lower the threshold to one that would have shown most of what was hidden."""
        if self._suggested_floor is not None:
            gating = replace(
                self.core.settings.current.gating, min_mean_logprob=self._suggested_floor
            )
            self.core.settings.update(gating=gating)

    def _paused(self, settings: Settings) -> bool:
        return settings.paused_until > self.core.wall_time()

    # --- keeping in step --------------------------------------------------------------------

    @Slot(object)
    def _on_status(self, status: AppStatus) -> None:
        self.state_icon.setPixmap(
            state_icon(status.state).pixmap(QSize(STATE_ICON_PX, STATE_ICON_PX))
        )
        self.headline.setText(status_line(status))
        self.headline.setAccessibleName(status_line(status))
        # Named after what they will do, as in the tray menu and the control window.
        self.toggle_button.setText(toggle_text(status.switch))
        self.pause_button.setText(pause_text(status.switch))
        self.pause_button.setEnabled(status.switch is not Switch.OFF)
        self.detail.setText(explanation(status))
        self.model.setText(status.model or self.tr("none loaded"))
        self._on_settings(self.core.settings.current)

    @Slot(object)
    def _on_core_status(self, status: CoreStatus) -> None:
        """Also every second while an editor is listed: its "asked 12 s ago" moves on."""
        self.editors.show_clients(status.clients)
        device = self._device_text(status.device)
        self.device.setText(device)
        self.device.setVisible(bool(device))
        gate = status.gate
        self._suggested_floor = gate.suggested_floor
        self.gate_card.setVisible(gate.hiding_most)
        if gate.hiding_most:
            self.gate_text.setText(
                self.tr(
                    "Mezzo hid {hidden} of the last {judged} suggestions because the model was "
                    "unsure of them."
                ).format(hidden=gate.hidden, judged=gate.judged)
            )
        self.show_more_button.setVisible(gate.suggested_floor is not None)

    @Slot(object)
    def _on_settings(self, settings: Settings) -> None:
        self.adapter.setText(self._adapter_text(settings))

    def _device_text(self, device: str) -> str:
        """`device` is the status's: "" while no model is loaded."""
        if not device:
            return ""
        if device == CPU:
            return self.tr("Running on the CPU")
        return self.tr("Running on the {device}").format(device=device)

    def _adapter_text(self, settings: Settings) -> str:
        try:
            name = self.core.adapters.which(settings.current_repo).choice.name
        except (MezzoError, OSError):
            name = ""
        return name or self.tr("none (the model alone)")

    @Slot()
    def _on_server(self) -> None:
        ports = self.bridge.server_ports
        if ports is None:
            self.address.setText(self.tr("not running"))
        elif ports.ollama:
            self.address.setText(
                self.tr("{url}  ·  Ollama clients: {ollama}").format(
                    url=server_url(ports.main), ollama=server_url(ports.ollama)
                )
            )
        else:
            self.address.setText(server_url(ports.main))
        self.retry_button.setVisible(bool(self.bridge.server_error))
        self.connect_view.set_ports(
            ports.main if ports else None,
            ports.ollama if ports else None,
            self.core.settings.current.server.ollama_port,
        )
