"""One installed version of a model: in use or not, whether its files are intact, and what to do.

Rows hold no state of their own: a click becomes a request (use, remove, repair) that the card
and the page carry out, so the page can rebuild its cards at any moment.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.bundles.service import InstalledBundle, VerifyResult
from desktop_app.ui.formatting import human_bytes
from desktop_app.ui.memory_fit import FIT_COLOURS, Fit

ERROR_COLOUR = "#d64545"


class QtVersionRow(QWidget):
    """One installed version: in use or not, its files' state, and Use / Remove."""

    use_requested = Signal(str)
    remove_requested = Signal(str)
    repair_requested = Signal(str)

    def __init__(
        self,
        bundle: InstalledBundle,
        check: VerifyResult | None,
        repairable: bool,
        show_quantization: bool,
        parent: QWidget | None = None,
    ) -> None:
        """`show_quantization`: the card offers several sizes, so say which one this is."""
        super().__init__(parent)
        manifest = bundle.manifest
        self.ref = manifest.ref
        self.active = bundle.active
        text = self.tr("Version {version} · {size}").format(
            version=manifest.version, size=human_bytes(manifest.size)
        )
        if show_quantization and manifest.quantization:
            text = f"{manifest.quantization} · {text}"
        self.label = QLabel(text, self)
        self.marker = QLabel(self)
        if bundle.active:
            self.marker.setText(self.tr("● In use"))
            self.marker.setStyleSheet(f"color: {FIT_COLOURS[Fit.GOOD]}; font-weight: 600;")
        self.marker.setAccessibleName(self.tr("In use"))
        self.check = QLabel(self)
        self.check.setAccessibleName(self.tr("File check"))
        if check is not None and check.ok:
            self.check.setText(self.tr("Files OK"))
        elif check is not None:
            self.check.setText(self.tr("Damaged") if repairable else self.tr("Damaged: remove it"))
            self.check.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
        self.repair_button = QPushButton(self.tr("Repair"), self)
        self.repair_button.setAccessibleName(
            self.tr("Download version {v} again to repair it").format(v=manifest.version)
        )
        self.repair_button.setVisible(check is not None and not check.ok and repairable)
        self.repair_button.clicked.connect(self._on_repair)
        self.use_button = QPushButton(self.tr("Use this one"), self)
        self.use_button.setAccessibleName(self.tr("Use version {v}").format(v=manifest.version))
        self.use_button.setVisible(not bundle.active)
        self.use_button.clicked.connect(self._on_use)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove version {v}").format(v=manifest.version)
        )
        self.remove_button.setEnabled(not bundle.active)
        if bundle.active:
            self.remove_button.setToolTip(
                self.tr("Switch to another model before removing this one.")
            )
        self.remove_button.clicked.connect(self._on_remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.marker, self.check):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.repair_button)
        layout.addWidget(self.use_button)
        layout.addWidget(self.remove_button)

    @Slot()
    def _on_repair(self) -> None:
        self.repair_requested.emit(self.ref)

    @Slot()
    def _on_use(self) -> None:
        self.use_requested.emit(self.ref)

    @Slot()
    def _on_remove(self) -> None:
        self.remove_requested.emit(self.ref)
