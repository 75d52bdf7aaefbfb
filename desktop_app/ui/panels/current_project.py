"""The current project: the folder whose adapter editors that send no file path get.

llama.vscode and the Roblox Studio plugin never say which file a completion is for, so Mezzo
cannot find the project from the request; `Settings.current_repo` stands in for it. Any folder
will do, git or not. The card is shown large at the top of the Adapters page because, for most
Roblox creators, it is the only way their adapter is ever used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.adapters.mapping import RepoKey, RepoKind
from desktop_app.adapters.projects import project_of
from desktop_app.adapters.repos import normalize_remote
from desktop_app.adapters.resolver import Resolution
from desktop_app.core.service import MezzoCore
from desktop_app.ui.panels.adapter_rows import project_text

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
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.name.setAccessibleName(self.tr("Current project"))
        self.path = QLabel(self)
        self.path.setProperty("role", "note")
        self.path.setWordWrap(True)
        self.path.setAccessibleName(self.tr("Project folder"))
        self.git = QLabel(self)
        self.git.setProperty("role", "note")
        self.git.setAccessibleName(self.tr("Git remote of the current project"))
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
        for widget in (heading, note, self.name, self.path, self.git, self.use):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        current = self._core.settings.current.current_repo
        self.clear_button.setEnabled(bool(current))
        shown = project_text(_key_of(current)) if current else None
        self.name.setText(shown.name if shown else self.tr("No project picked"))
        self.path.setText(shown.where if shown else "")
        self.git.setText(shown.git if shown else "")
        self.path.setVisible(bool(self.path.text()))
        self.git.setVisible(bool(self.git.text()))
        if not current:
            self.use.setText(
                self.tr("Those editors get what “Every other project” is set to below.")
            )
            return
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
            # A folder inside a git repository or a Rojo project stands for that whole project.
            project = project_of(str(Path(folder))) or str(Path(folder))
            self._core.settings.update(current_repo=project)
            self.refresh()

    @Slot()
    def _on_clear(self) -> None:
        self._core.settings.update(current_repo="")
        self.refresh()


def _key_of(current: str) -> RepoKey:
    """The current project as mappings name it; set in a terminal, it may be a git URL."""
    remote = normalize_remote(current)
    return RepoKey(RepoKind.REMOTE, remote) if remote else RepoKey(RepoKind.ROOT, current)
