"""One model on the Models page: what it is for, what its licence allows, which size to get.

A card answers the questions a non-technical person has before and after a download: what is
this model good for, may I use it for the games I sell, how big is it, will my laptop cope, is
it the one in use, are its files intact. A model that comes in several sizes (quantizations) has
one card with a size choice; the facts, the fit and the Download button follow the chosen size,
while every installed version of every size keeps its own row. Facts come from the catalog entry
(before a download) or the installed manifest (after one, or for an imported file); the card
draws them and turns clicks into requests the page carries out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bundles.service import VerifyResult
from desktop_app.ui.formatting import human_bytes, human_mebibytes
from desktop_app.ui.memory_fit import FIT_COLOURS, Fit, memory_fit
from desktop_app.ui.model_text import file_size, licence_sentence, size_choice, starter_note
from desktop_app.ui.panels.download_row import QtDownloadRow
from desktop_app.ui.panels.downloads import DownloadStatus, QtDownloads
from desktop_app.ui.panels.model_groups import ModelGroup, ModelSize
from desktop_app.ui.panels.model_suggestion import QtSuggestion
from desktop_app.ui.panels.version_row import QtVersionRow


class QtModelCard(QFrame):
    use_requested = Signal(str)
    remove_requested = Signal(str)
    size_chosen = Signal(str)  # bundle id: the person picked another size

    def __init__(
        self,
        group: ModelGroup,
        downloads: QtDownloads,
        checks: dict[str, VerifyResult],
        total_memory: int,
        chosen: str,
        *,
        recommended: str | None = None,
        suggestion: tuple[ModelGroup, ModelSize] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`chosen`: the bundle id of the size shown first; `recommended`: the bundle id
        suggested for this computer; `suggestion`: on the starter's card, that model."""
        super().__init__(parent)
        self.group = group
        self.chosen: ModelSize = group.size(chosen)
        self._downloads = downloads
        self._total_memory = total_memory
        self.setProperty("role", "card")
        self.setObjectName("modelCard")
        self.title = QLabel(group.name, self)
        self.title.setProperty("role", "heading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel(self._badge_text(recommended), self)
        self.badge.setAccessibleName(self.tr("Kind of model"))
        self.badge.setStyleSheet(
            "background: palette(highlight); color: palette(highlighted-text);"
            "border-radius: 8px; padding: 1px 8px; font-weight: 600;"
        )
        self.badge.setVisible(bool(self.badge.text()))
        self.download_button = QPushButton(self)
        self.download_button.clicked.connect(self._on_download)
        self.installed_label = QLabel(self.tr("Installed"), self)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.badge)
        header.addStretch(1)
        header.addWidget(self.installed_label)
        header.addWidget(self.download_button)

        text = starter_note() if group.is_starter else group.description
        self.description = QLabel(text, self)
        self.description.setProperty("role", "warning" if group.is_starter else "note")
        self.description.setWordWrap(True)
        self.licence = QLabel(licence_sentence(group.licence) if group.licence else "", self)
        self.licence.setWordWrap(True)
        self.licence.setAccessibleName(self.tr("What the licence allows"))
        self.licence.setVisible(bool(group.licence))
        self.suggestion: QtSuggestion | None = None
        if suggestion is not None:
            self.suggestion = QtSuggestion(*suggestion, downloads, self)
            self.suggestion.use_requested.connect(self.use_requested)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.description)
        if self.suggestion is not None:
            layout.addWidget(self.suggestion)
        layout.addWidget(self.licence)
        self.size_buttons: dict[str, QRadioButton] = {}
        if len(group.sizes) > 1:
            layout.addLayout(self._size_choice())
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.fit_label = QLabel(self)
        self.fit_label.setWordWrap(True)
        self.fit_label.setAccessibleName(self.tr("Fits this computer"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "warning")
        self.error.setAccessibleName(self.tr("Download problem"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)
        layout.addWidget(self.fit_label)
        # One row per size: a download keeps showing its progress when another size is chosen.
        self.download_rows: dict[str, QtDownloadRow] = {}
        for size in group.sizes:
            if size.entry is not None:
                row = QtDownloadRow(downloads, size.entry.ref, self)
                self.download_rows[size.entry.ref] = row
                layout.addWidget(row)
        layout.addWidget(self.error)
        self.versions: dict[str, QtVersionRow] = {}
        for size in group.sizes:
            for bundle in size.installed:
                ref = bundle.manifest.ref
                repairable = size.entry is not None and ref == size.entry.ref
                row = QtVersionRow(bundle, checks.get(ref), repairable, len(group.sizes) > 1, self)
                row.use_requested.connect(self.use_requested)
                row.remove_requested.connect(self.remove_requested)
                row.repair_requested.connect(self._on_repair)
                self.versions[row.ref] = row
                layout.addWidget(row)
        self._show_chosen()

    def _size_choice(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        self._size_group = QButtonGroup(self)
        count = len(self.group.sizes)
        for position, size in enumerate(self.group.sizes):
            text = size_choice(
                position, count, size.quantization, size.download_bytes, size.size_is_exact
            )
            if size.installed:
                text = self.tr("{size} · on this computer").format(size=text)
            button = QRadioButton(text, self)
            button.setAccessibleName(self.tr("Size: {choice}").format(choice=text))
            button.setChecked(size is self.chosen)
            button.toggled.connect(self._on_size_toggled)
            self._size_group.addButton(button)
            self.size_buttons[size.bundle_id] = button
            column.addWidget(button)
        return column

    @property
    def ref(self) -> str | None:
        """The catalog ref a download would fetch: the chosen size's newest version."""
        return self.chosen.entry.ref if self.chosen.entry is not None else None

    @property
    def download_row(self) -> QtDownloadRow | None:
        """The chosen size's download row."""
        return self.download_rows.get(self.ref) if self.ref is not None else None

    def shows(self, ref: str) -> bool:
        """Whether a download of `ref` changes anything on this card."""
        suggested = self.suggestion is not None and self.suggestion.ref == ref
        return ref in self.download_rows or suggested

    def _show_chosen(self) -> None:
        self.facts.setText(self._facts())
        self.fit = memory_fit(self.chosen.ram_mb, self._total_memory)
        self.fit_label.setText(self._fit_text())
        self.refresh_download()

    def refresh_download(self) -> None:
        """Redraw the download parts from `QtDownloads`: rows, button, problem text, suggestion."""
        problems = []
        for ref, row in self.download_rows.items():
            state = self._downloads.state(ref)
            row.setVisible(state is not None)
            if state is not None:
                row.show_state(state)
                if state.status is DownloadStatus.FAILED:
                    problems.append(state.message)
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        entry = self.chosen.entry
        state = self._downloads.state(entry.ref) if entry is not None else None
        offer = entry is not None and state is None and not self.chosen.newest_installed
        self.download_button.setVisible(offer)
        self.installed_label.setVisible(state is None and self.chosen.newest_installed)
        if entry is not None and offer:
            self.download_button.setText(self._download_text())
            self.download_button.setAccessibleName(
                self.tr("Download {name}").format(name=entry.name)
            )
        if self.suggestion is not None:
            self.suggestion.refresh()

    def _badge_text(self, recommended: str | None) -> str:
        if self.group.is_starter:
            return self.tr("Starter")
        if recommended in self.group.bundle_ids:
            return self.tr("Suggested for this computer")
        return ""

    def _download_text(self) -> str:
        entry = self.chosen.entry
        assert entry is not None
        if self.chosen.installed:
            return self.tr("Update to version {v}").format(v=entry.version)
        if entry.source == "starter":
            return self.tr("Install")
        size = file_size(self.chosen.download_bytes, self.chosen.size_is_exact)
        return self.tr("Download ({size})").format(size=size)

    def _facts(self) -> str:
        size = self.chosen
        manifest = size.installed[0].manifest if size.installed else None
        on_disk = manifest.size if manifest else (size.entry.size if size.entry else 0)
        params = size.entry.parameters if size.entry else (manifest.parameters if manifest else "")
        facts = []
        if on_disk:
            facts.append(self.tr("{size} on disk").format(size=human_bytes(on_disk)))
        if size.ram_mb:
            facts.append(self.tr("needs {ram} of memory").format(ram=human_mebibytes(size.ram_mb)))
        if params:
            facts.append(self.tr("{n} parameters").format(n=params))
        if size.quantization:
            facts.append(self.tr("quantization {q}").format(q=size.quantization))
        return " · ".join(facts)

    def _fit_text(self) -> str:
        dot = f'<span style="color: {FIT_COLOURS[self.fit]};">●</span> '
        if self.fit is Fit.GOOD:
            text = self.tr("Runs well on this computer.")
        elif self.fit is Fit.TIGHT:
            text = self.tr("Tight on this computer: close other programs while you code.")
        elif self.fit is Fit.TOO_BIG:
            text = self.tr(
                "Too big for this computer: it needs {need} of memory and this one has {total}."
            ).format(
                need=human_mebibytes(self.chosen.ram_mb), total=human_bytes(self._total_memory)
            )
        else:
            text = self.tr("How much memory it needs is not known.")
        return dot + _escape(text)

    @Slot(bool)
    def _on_size_toggled(self, checked: bool) -> None:
        if not checked:
            return
        chosen = next(i for i, b in self.size_buttons.items() if b.isChecked())
        if chosen != self.chosen.bundle_id:
            self.chosen = self.group.size(chosen)
            self._show_chosen()
            self.size_chosen.emit(chosen)

    @Slot(str)
    def _on_repair(self, ref: str) -> None:
        self._downloads.start(ref, repair=True)

    @Slot()
    def _on_download(self) -> None:
        if self.ref is not None:
            self._downloads.start(self.ref)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
