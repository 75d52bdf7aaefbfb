"""'Install the Studio plugin': one button that puts Mezzo's plugin into Roblox Studio's plugins
folder, and a sentence saying what happened and what to do next in Studio.

Installing is writing one small file, so it happens on the click, without a worker thread.
The system, environment, home folder and plugin sources default to this computer's and Mezzo's;
tests pass a fake Windows or macOS home instead.
"""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.studio_plugin import (
    StudioStatus,
    install_plugin,
    shipped_sources,
    studio_plugins_folder,
    studio_status,
)
from desktop_app.ui.messages import explain, studio_not_installed
from desktop_app.ui.theme import SPACING, styled_label

logger = logging.getLogger(__name__)


class StudioPluginInstaller(QWidget):
    """The install button, a sentence on how it went, and a warning when it cannot be done."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        system: str | None = None,
        environ: Mapping[str, str] | None = None,
        home: Path | None = None,
        sources: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._system = platform.system() if system is None else system
        self._environ = os.environ if environ is None else environ
        self._home = Path.home() if home is None else home
        self._sources = shipped_sources() if sources is None else sources
        self._folder = studio_plugins_folder(self._system, self._environ, self._home)
        self.button = QPushButton(self.tr("Install the Studio plugin"))
        self.button.clicked.connect(self.install)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problem = styled_label("", "warning")

        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        self._show_status(studio_status(self._system, self._environ, self._home))

    def said(self) -> str:
        """The sentence shown under the button."""
        return self.problem.text() if self.problem.isVisibleTo(self) else self.status.text()

    @Slot()
    def install(self) -> None:
        if self._folder is None:  # Studio does not run on this system; the button is disabled
            return
        try:
            path = install_plugin(self._folder, self._sources)
        except OSError as exc:  # the typed refusals, and a plugin file missing from Mezzo
            logger.warning("studio plugin not installed: %r", exc)
            self._say(explain(exc), problem=True)
            return
        logger.info("studio plugin installed: %s", path)
        self._say(
            self.tr(
                "Installed. Restart Roblox Studio, open a script, and allow the plugin to make "
                "HTTP requests when Studio asks."
            )
        )

    def _show_status(self, status: StudioStatus) -> None:
        self.button.setEnabled(status is not StudioStatus.UNSUPPORTED_SYSTEM)
        if status is StudioStatus.UNSUPPORTED_SYSTEM:
            self._say(
                self.tr(
                    "Roblox Studio runs on Windows and macOS. To use the plugin, run Mezzo on "
                    "the same computer as Studio."
                ),
                problem=True,
            )
        elif status is StudioStatus.NOT_INSTALLED:
            self._say(studio_not_installed(), problem=True)
        else:
            self._say(self.tr("Mezzo puts its plugin into Roblox Studio's plugins folder."))

    def _say(self, sentence: str, *, problem: bool = False) -> None:
        label, other = (self.problem, self.status) if problem else (self.status, self.problem)
        label.setText(sentence)
        label.setAccessibleName(sentence)
        label.show()
        other.hide()
