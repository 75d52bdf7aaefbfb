"""The current project: the repository whose adapter editors that send no file path get.

llama.vscode and the Roblox Studio plugin never say which file a completion is for, so Mezzo
cannot find the repository from the request; `Settings.current_repo` stands in for it. The card
is shown large at the top of the Adapters page because, for most Roblox creators, it is the only
way their adapter is ever used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.adapters.resolver import Resolution
from desktop_app.core.service import MezzoCore

AskFolder = Callable[[str], str]  # (dialog title) -> folder, "" if cancelled
Which = Callable[[str], Resolution | None]  # where -> what it resolves to ("" = current repo)


class QtCurrentProject(QFrame):
    def __init__(
        self, core: MezzoCore, ask_folder: AskFolder, which: Which, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._ask_folder = ask_folder
        self._which = which
        self.setProperty("role", "card")
        heading = QLabel(self.tr("Current project"), self)
        heading.setProperty("role", "heading")
        note = QLabel(
            self.tr(
                "llama.vscode and the Roblox Studio plugin do not tell Mezzo which file you "
                "are in. Pick the project you are working on, and they get its adapter."
            ),
            self,
        )
        note.setProperty("role", "note")
        note.setWordWrap(True)
        self.path = QLabel(self)
        self.path.setWordWrap(True)
        self.path.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.path.setAccessibleName(self.tr("Current project"))
        self.use = QLabel(self)
        self.use.setWordWrap(True)
        self.use.setAccessibleName(self.tr("Adapter for the current project"))
        self.pick_button = QPushButton(self.tr("Choose project folder…"), self)
        self.pick_button.setAccessibleName(self.tr("Choose the current project folder"))
        self.pick_button.clicked.connect(self._on_pick)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the current project"))
        self.clear_button.clicked.connect(self._on_clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (heading, note, self.path, self.use):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        current = self._core.settings.current.current_repo
        self.clear_button.setEnabled(bool(current))
        if not current:
            self.path.setText(self.tr("No project picked"))
            self.use.setText(
                self.tr("Those editors get what “Every other project” is set to below.")
            )
            return
        self.path.setText(current)
        resolution = self._which("")
        if resolution is None:
            self.use.setText("")
        elif resolution.note:
            self.use.setText(
                self.tr("No adapter is used there: {why}.").format(why=resolution.note)
            )
        elif resolution.choice.name:
            self.use.setText(
                self.tr("Completions there use the adapter {adapter} at strength {scale}.").format(
                    adapter=resolution.wanted, scale=f"{resolution.choice.scale:g}"
                )
            )
        else:
            self.use.setText(self.tr("Completions there use the model alone, with no adapter."))

    @Slot()
    def _on_pick(self) -> None:
        folder = self._ask_folder(self.tr("Choose the project you are working on"))
        if folder:
            self._core.settings.update(current_repo=str(Path(folder)))
            self.refresh()

    @Slot()
    def _on_clear(self) -> None:
        self._core.settings.update(current_repo="")
        self.refresh()
