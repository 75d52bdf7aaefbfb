"""On the starter's card: the model suggested for this computer, one click away.

The starter exists so that Mezzo works offline at once; nobody should stay on it by accident.
Its card therefore names the better model that `bundles.recommend` picks for this computer and
offers its download (or, once it is here, a switch to it) right beside the starter's caveat.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.ui.model_text import file_size
from desktop_app.ui.panels.downloads import QtDownloads
from desktop_app.ui.panels.model_groups import ModelGroup, ModelSize


class QtSuggestion(QWidget):
    use_requested = Signal(str)

    def __init__(
        self,
        group: ModelGroup,
        size: ModelSize,
        downloads: QtDownloads,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.size = size
        self._downloads = downloads
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Suggested model"))
        self._name = group.name
        self.button = QPushButton(self)
        self.button.clicked.connect(self._on_click)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.refresh()

    @property
    def ref(self) -> str | None:
        return self.size.entry.ref if self.size.entry is not None else None

    def refresh(self) -> None:
        """Redraw from the download's state: offer it, say it is on its way, or offer a switch."""
        downloading = self.ref is not None and self._downloads.state(self.ref) is not None
        if self.size.installed:
            self.text.setText(
                self.tr("{name} suits this computer and is already here.").format(name=self._name)
            )
            self.button.setText(self.tr("Use it"))
            self.button.setAccessibleName(self.tr("Use {name}").format(name=self._name))
        elif downloading:
            self.text.setText(
                self.tr("{name} is downloading: see its card below.").format(name=self._name)
            )
        else:
            self.text.setText(
                self.tr("For real suggestions, get {name}: it suits this computer.").format(
                    name=self._name
                )
            )
            size = file_size(self.size.download_bytes, self.size.size_is_exact)
            self.button.setText(self.tr("Download it ({size})").format(size=size))
            self.button.setAccessibleName(self.tr("Download {name}").format(name=self._name))
        self.button.setVisible(not downloading)

    @Slot()
    def _on_click(self) -> None:
        if self.size.installed:
            self.use_requested.emit(self.size.installed[0].manifest.ref)
        elif self.ref is not None:
            self._downloads.start(self.ref)
