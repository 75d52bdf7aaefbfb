"""The list of models: the ones on this computer first, then the ones to download.

One card per model (see model_groups.py), in the catalog's own order (smallest and most useful
first) inside each section. The list remembers which size a person picked on each card, so a
redraw after a download or a file check does not flip the choice back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.bundles.service import VerifyResult
from desktop_app.ui.panels.downloads import QtDownloads
from desktop_app.ui.panels.model_card import QtModelCard
from desktop_app.ui.panels.model_groups import ModelGroup, ModelSize


class QtModelList(QWidget):
    """Cards in two sections; rebuilt when the installed set changes."""

    use_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, downloads: QtDownloads, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._downloads = downloads
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(10)
        self.cards: dict[str, QtModelCard] = {}  # by bundle id: every size points at its card
        self._chosen: dict[str, str] = {}  # group key -> the bundle id the person picked
        downloads.changed.connect(self.refresh_download)

    def card(self, bundle_id: str) -> QtModelCard:
        return self.cards[bundle_id]

    def set_groups(
        self,
        groups: list[ModelGroup],
        checks: dict[str, VerifyResult],
        total_memory: int,
        recommended: str | None = None,
    ) -> None:
        """`recommended`: the bundle id suggested for this computer, if it is not the starter."""
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # at once: deleteLater waits for the event loop, and would flicker
                widget.deleteLater()
        self.cards = {}
        suggestion = _find(groups, recommended)
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
                suggested = (
                    suggestion if group.is_starter and _worth_suggesting(suggestion) else None
                )
                card = QtModelCard(
                    group,
                    self._downloads,
                    checks,
                    total_memory,
                    self._chosen_size(group, recommended),
                    recommended=recommended,
                    suggestion=suggested,
                    parent=self,
                )
                card.use_requested.connect(self.use_requested)
                card.remove_requested.connect(self.remove_requested)
                card.size_chosen.connect(self._on_size_chosen)
                for bundle_id in group.bundle_ids:
                    self.cards[bundle_id] = card
                self._layout.addWidget(card)
        self._layout.addStretch(1)

    def _chosen_size(self, group: ModelGroup, recommended: str | None) -> str:
        """The size a card shows first: the person's pick, else the one in use, downloading,
        suggested or installed, else the smallest."""
        picked = self._chosen.get(group.key)
        if picked in group.bundle_ids:
            return picked
        for wanted in (
            lambda s: s.active,
            lambda s: s.entry is not None and self._downloads.state(s.entry.ref) is not None,
            lambda s: s.bundle_id == recommended,
            lambda s: bool(s.installed),
        ):
            if (size := next((s for s in group.sizes if wanted(s)), None)) is not None:
                return size.bundle_id
        return group.sizes[0].bundle_id

    @Slot(str)
    def _on_size_chosen(self, bundle_id: str) -> None:
        card = self.cards.get(bundle_id)
        if card is not None:
            self._chosen[card.group.key] = bundle_id

    @Slot(str)
    def refresh_download(self, ref: str) -> None:
        for card in dict.fromkeys(self.cards.values()):
            if card.shows(ref):
                card.refresh_download()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "heading")
        return label


def _find(groups: list[ModelGroup], bundle_id: str | None) -> tuple[ModelGroup, ModelSize] | None:
    if bundle_id is None:
        return None
    return next(((g, g.size(bundle_id)) for g in groups if bundle_id in g.bundle_ids), None)


def _worth_suggesting(found: tuple[ModelGroup, ModelSize] | None) -> bool:
    """Not when the suggested model is already the one in use."""
    return found is not None and not found[1].active
