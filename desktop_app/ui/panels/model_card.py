"""One model on the Models page: what it is, whether it suits this computer, and its versions.

A card answers the questions a non-technical person has before and after a download: how big
is it, will my laptop cope, is it the one in use, are its files intact. Facts come from the
catalog entry (before a download) or the installed manifest (after one, or for an imported
file); the card draws them and turns clicks into requests the page carries out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bundles.catalog import CatalogEntry
from desktop_app.bundles.service import InstalledBundle, VerifyResult
from desktop_app.ui.formatting import human_bytes, human_mebibytes
from desktop_app.ui.memory_fit import Fit, memory_fit
from desktop_app.ui.panels.download_row import QtDownloadRow
from desktop_app.ui.panels.downloads import DownloadStatus, QtDownloads

FIT_COLOURS = {  # mid-tones that read on light and dark backgrounds alike
    Fit.GOOD: "#3fa34d",
    Fit.TIGHT: "#d99a00",
    Fit.TOO_BIG: "#d64545",
    Fit.UNKNOWN: "#8a8a8a",
}
ERROR_COLOUR = "#d64545"


@dataclass(frozen=True, slots=True)
class ModelGroup:
    """Everything the page knows about one bundle id: its newest catalog entry and installs."""

    bundle_id: str
    entry: CatalogEntry | None  # None: not in the catalog (an imported file, a direct hub pull)
    installed: tuple[InstalledBundle, ...]  # newest first

    @property
    def name(self) -> str:
        if self.entry is not None:
            return self.entry.name
        return self.installed[0].manifest.name if self.installed else self.bundle_id

    @property
    def ram_mb(self) -> int:
        if self.entry is not None:
            return self.entry.ram_mb
        return self.installed[0].manifest.ram_mb if self.installed else 0

    @property
    def newest_installed(self) -> bool:
        return self.entry is not None and any(
            b.manifest.version == self.entry.version for b in self.installed
        )


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        manifest = bundle.manifest
        self.ref = manifest.ref
        self.active = bundle.active
        self.label = QLabel(
            self.tr("Version {version} · {size}").format(
                version=manifest.version, size=human_bytes(manifest.size)
            ),
            self,
        )
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


class QtModelCard(QFrame):
    use_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(
        self,
        group: ModelGroup,
        downloads: QtDownloads,
        checks: dict[str, VerifyResult],
        total_memory: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.group = group
        self._downloads = downloads
        self.setProperty("role", "card")
        self.setObjectName("modelCard")
        entry = group.entry
        self.title = QLabel(group.name, self)
        self.title.setProperty("role", "heading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.download_button = QPushButton(self)
        self.download_button.clicked.connect(self._on_download)
        self.installed_label = QLabel(self.tr("Installed"), self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.installed_label)
        header.addWidget(self.download_button)

        description = entry.description if entry else _manifest_description(group)
        self.description = QLabel(description, self)
        self.description.setProperty("role", "note")
        self.description.setWordWrap(True)
        self.facts = QLabel(self._facts(), self)
        self.facts.setWordWrap(True)
        self.facts.setToolTip(
            self.tr(
                "Quantization is how much the model is compressed: Q4 files are smaller and "
                "faster, Q8 files slightly more accurate."
            )
        )
        self.fit = memory_fit(group.ram_mb, total_memory)
        self.fit_label = QLabel(self._fit_text(total_memory), self)
        self.fit_label.setWordWrap(True)
        self.fit_label.setAccessibleName(self.tr("Fits this computer"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "warning")
        self.error.setAccessibleName(self.tr("Download problem"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.description)
        layout.addWidget(self.facts)
        layout.addWidget(self.fit_label)
        self.download_row: QtDownloadRow | None = None
        if entry is not None:
            self.download_row = QtDownloadRow(downloads, entry.ref, self)
            layout.addWidget(self.download_row)
        layout.addWidget(self.error)
        self.versions: dict[str, QtVersionRow] = {}
        for bundle in group.installed:
            ref = bundle.manifest.ref
            row = QtVersionRow(bundle, checks.get(ref), ref == self.ref, self)
            row.use_requested.connect(self.use_requested)
            row.remove_requested.connect(self.remove_requested)
            row.repair_requested.connect(self._on_repair)
            self.versions[row.ref] = row
            layout.addWidget(row)
        self.refresh_download()

    @property
    def ref(self) -> str | None:
        """The catalog ref a download would fetch (the newest version), if there is one."""
        return self.group.entry.ref if self.group.entry is not None else None

    def refresh_download(self) -> None:
        """Redraw the download part from `QtDownloads`: button, row and problem text."""
        entry = self.group.entry
        state = self._downloads.state(entry.ref) if entry is not None else None
        if self.download_row is not None:
            self.download_row.setVisible(state is not None)
            if state is not None:
                self.download_row.show_state(state)
        failed = state is not None and state.status is DownloadStatus.FAILED
        self.error.setText(state.message if failed and state else "")
        self.error.setVisible(bool(self.error.text()))
        offer = entry is not None and state is None and not self.group.newest_installed
        self.download_button.setVisible(offer)
        self.installed_label.setVisible(state is None and self.group.newest_installed)
        if entry is not None and offer:
            self.download_button.setText(self._download_text(entry))
            self.download_button.setAccessibleName(
                self.tr("Download {name}").format(name=entry.name)
            )

    def _download_text(self, entry: CatalogEntry) -> str:
        if self.group.installed:
            return self.tr("Update to version {v}").format(v=entry.version)
        if entry.source == "starter":
            return self.tr("Install")
        if entry.size:
            return self.tr("Download ({size})").format(size=human_bytes(entry.size))
        return self.tr("Download")

    def _facts(self) -> str:
        entry = self.group.entry
        manifest = self.group.installed[0].manifest if self.group.installed else None
        size = entry.size if entry and entry.size else (manifest.size if manifest else 0)
        quant = entry.quantization if entry else (manifest.quantization if manifest else "")
        params = entry.parameters if entry else (manifest.parameters if manifest else "")
        licence = entry.license if entry else (manifest.license if manifest else "")
        facts = []
        if size:
            facts.append(self.tr("{size} on disk").format(size=human_bytes(size)))
        if self.group.ram_mb:
            facts.append(
                self.tr("needs {ram} of memory").format(ram=human_mebibytes(self.group.ram_mb))
            )
        if params:
            facts.append(self.tr("{n} parameters").format(n=params))
        if quant:
            facts.append(self.tr("quantization {q}").format(q=quant))
        if licence:
            facts.append(self.tr("licence {name}").format(name=licence))
        return " · ".join(facts)

    def _fit_text(self, total_memory: int) -> str:
        dot = f'<span style="color: {FIT_COLOURS[self.fit]};">●</span> '
        if self.fit is Fit.GOOD:
            text = self.tr("Runs well on this computer.")
        elif self.fit is Fit.TIGHT:
            text = self.tr("Tight on this computer: close other programs while you code.")
        elif self.fit is Fit.TOO_BIG:
            text = self.tr(
                "Too big for this computer: it needs {need} of memory and this one has {total}."
            ).format(need=human_mebibytes(self.group.ram_mb), total=human_bytes(total_memory))
        else:
            text = self.tr("How much memory it needs is not known.")
        return dot + _escape(text)

    @Slot(str)
    def _on_repair(self, ref: str) -> None:
        self._downloads.start(ref, repair=True)

    @Slot()
    def _on_download(self) -> None:
        if self.ref is not None:
            self._downloads.start(self.ref)


def _manifest_description(group: ModelGroup) -> str:
    return group.installed[0].manifest.description if group.installed else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
