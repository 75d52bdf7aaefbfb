"""The list of models: the ones on this computer first, then the ones to download.

Grouping is by bundle id, so a model appears once however many versions are installed or on
offer; the catalog's own order (smallest and most useful first) is kept inside each section.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.bundles.catalog import Catalog, CatalogEntry, version_key
from desktop_app.bundles.service import InstalledBundle, VerifyResult
from desktop_app.ui.panels.downloads import QtDownloads
from desktop_app.ui.panels.model_card import ModelGroup, QtModelCard


def group_models(catalog: Catalog, installed: Iterable[InstalledBundle]) -> list[ModelGroup]:
    """One group per bundle id: catalog order, then installed ids the catalog does not know."""
    newest: dict[str, CatalogEntry] = {}
    for entry in catalog:
        known = newest.get(entry.id)
        if known is None or version_key(entry.version) > version_key(known.version):
            newest[entry.id] = entry
    by_id: dict[str, list[InstalledBundle]] = {}
    for bundle in installed:
        by_id.setdefault(bundle.manifest.id, []).append(bundle)
    order = dict.fromkeys([*(e.id for e in catalog), *by_id])
    groups = []
    for bundle_id in order:
        versions = sorted(
            by_id.get(bundle_id, []),
            key=lambda b: (version_key(b.manifest.version), b.manifest.installed_at),
            reverse=True,
        )
        groups.append(ModelGroup(bundle_id, newest.get(bundle_id), tuple(versions)))
    return groups


class QtModelList(QWidget):
    """Cards in two sections; rebuilt when the installed set changes."""

    use_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, downloads: QtDownloads, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._downloads = downloads
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(10)
        self.cards: dict[str, QtModelCard] = {}
        downloads.changed.connect(self.refresh_download)

    def card(self, bundle_id: str) -> QtModelCard:
        return self.cards[bundle_id]

    def set_groups(
        self, groups: list[ModelGroup], checks: dict[str, VerifyResult], total_memory: int
    ) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # at once: deleteLater waits for the event loop, and would flicker
                widget.deleteLater()
        self.cards = {}
        here = [g for g in groups if g.installed]
        offered = [g for g in groups if not g.installed]
        for title, section in (
            (self.tr("On this computer"), here),
            (self.tr("Available to download"), offered),
        ):
            if not section:
                continue
            self._layout.addWidget(self._heading(title))
            for group in section:
                card = QtModelCard(group, self._downloads, checks, total_memory, self)
                card.use_requested.connect(self.use_requested)
                card.remove_requested.connect(self.remove_requested)
                self.cards[group.bundle_id] = card
                self._layout.addWidget(card)
        self._layout.addStretch(1)

    def refresh_download(self, ref: str) -> None:
        for card in self.cards.values():
            if card.ref == ref:
                card.refresh_download()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "heading")
        return label
