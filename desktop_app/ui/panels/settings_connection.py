"""Settings page section: the ports editors connect to and the web origins allowed to call Mezzo.

Origins apply to the next request. A port is the exception on the page: the server must rebind,
so the section offers to restart it whenever the server runs on other ports than the settings
name (or failed to start).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.base.settings import Settings
from desktop_app.ui.panels.settings_form import add_row, form_layout, spin_box
from desktop_app.ui.theme import SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge


class ConnectionSection(QWidget):
    def __init__(self, core: MezzoCore, bridge: CoreBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
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
        bridge.server_changed.connect(self._on_server)

    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back; origins being edited are left alone."""
        for spin, value in (
            (self.port, settings.server.port),
            (self.ollama_port, settings.server.ollama_port),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        if not self.origins.hasFocus():
            self.origins.setPlainText("\n".join(settings.server.allowed_origins))
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
