"""Repository context: which projects Mezzo has read, and a switch, Re-index and Forget for each.

Mezzo keeps an index of each project's code (the functions and types it declares, what each file
requires) and adds a little of it to every prompt, so suggestions can call the person's own
functions. The card makes that visible: people should know their code is read, that it stays on
this computer, and how to stop it for one project or throw its index away.

The indexer works on its own thread and its state is a cheap in-memory read, so the card polls
`core.context_states()` on a timer while it is on screen rather than listening to the indexer;
rows are updated in place so a poll never rebuilds a checkbox under the pointer. Re-index hands
the indexer's Future to `FutureSignals`, so the window never waits on a scan.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future
from pathlib import PurePath
from typing import cast

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context.indexer import IndexStatus, RepoState
from desktop_app.core.service import MezzoCore
from desktop_app.ui.dialogs import Confirm, ask_yes_no
from desktop_app.ui.futures import FutureSignals
from desktop_app.ui.panels.adapter_rows import PROBLEM_COLOUR

logger = logging.getLogger(__name__)

POLL_MS = 2000  # often enough that "Indexing…" turns into a count while the person watches


def _tr(text: str) -> str:
    return QCoreApplication.translate("RepoContext", text)


def updated_text(updated_at: float, now: float) -> str:
    """ "just now", "2 minutes ago", "3 hours ago", "5 days ago": how long since the last scan."""
    seconds = max(now - updated_at, 0.0)
    if seconds < 60:
        return _tr("just now")
    for size, one, many in (
        (86_400, "1 day ago", "{n} days ago"),
        (3_600, "1 hour ago", "{n} hours ago"),
        (60, "1 minute ago", "{n} minutes ago"),
    ):
        count = int(seconds // size)
        if count >= 1:
            return _tr(one) if count == 1 else _tr(many).format(n=count)
    raise AssertionError("unreachable")


def state_text(state: RepoState, now: float) -> str:
    """The row's state line in plain words."""
    if state.status is IndexStatus.INDEXING:
        return _tr("Indexing…")
    if state.status is IndexStatus.FAILED:
        return _tr("Could not index: {error}").format(error=state.error or _tr("unknown problem"))
    if state.status is IndexStatus.NOT_INDEXED:
        return _tr("Not indexed yet")
    files = (
        _tr("1 file indexed")
        if state.files == 1
        else _tr("{n} files indexed").format(n=f"{state.files:,}")
    )
    if not state.updated_at:
        return files
    return _tr("{files}, updated {when}").format(
        files=files, when=updated_text(state.updated_at, now)
    )


class QtRepoContextRow(QWidget):
    """One repository: its name, what the index holds, its switch and its two buttons."""

    context_toggled = Signal(str, bool)  # (root, use repository context)
    reindex_requested = Signal(str)
    forget_requested = Signal(str)

    def __init__(self, root: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        name = PurePath(root).name or root
        self.name = QLabel(name, self)
        self.name.setStyleSheet("font-weight: 600;")
        self.name.setToolTip(root)
        self.name.setAccessibleName(self.tr("Repository {name}").format(name=name))
        self.name.setAccessibleDescription(root)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Index of {name}").format(name=name))
        self.use = QCheckBox(self.tr("Use repository context"), self)
        self.use.setAccessibleName(self.tr("Use repository context for {name}").format(name=name))
        self.use.setToolTip(
            self.tr("Off: suggestions in this project use only the file you are in.")
        )
        self.use.toggled.connect(self._on_toggled)
        self.reindex_button = QPushButton(self.tr("Re-index"), self)
        self.reindex_button.setAccessibleName(self.tr("Re-index {name}").format(name=name))
        self.reindex_button.setToolTip(self.tr("Read every file of this project again."))
        self.reindex_button.clicked.connect(self._on_reindex)
        self.forget_button = QPushButton(self.tr("Forget"), self)
        self.forget_button.setAccessibleName(
            self.tr("Forget the index of {name}").format(name=name)
        )
        self.forget_button.setToolTip(
            self.tr("Delete what Mezzo stored about this project. Your files are not touched.")
        )
        self.forget_button.clicked.connect(self._on_forget)
        text = QVBoxLayout()
        text.setSpacing(2)
        for widget in (self.name, self.state, self.use):
            text.addWidget(widget)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(text, 1)
        layout.addWidget(self.reindex_button)
        layout.addWidget(self.forget_button)

    def show_state(self, state: RepoState, on: bool, now: float) -> None:
        """Draw `state` without emitting: showing the switch is not switching it."""
        self.state.setText(state_text(state, now))
        failed = state.status is IndexStatus.FAILED
        self.state.setStyleSheet(f"color: {PROBLEM_COLOUR};" if failed else "")
        self.state.setToolTip(
            self.tr("{n} functions, types and values found").format(n=f"{state.declarations:,}")
            if state.status is IndexStatus.READY
            else ""
        )
        indexing = state.status is IndexStatus.INDEXING
        self.reindex_button.setEnabled(not indexing)
        self.forget_button.setEnabled(state.status is not IndexStatus.NOT_INDEXED)
        self.use.blockSignals(True)
        self.use.setChecked(on)
        self.use.blockSignals(False)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        self.context_toggled.emit(self.root, checked)

    @Slot()
    def _on_reindex(self) -> None:
        self.reindex_requested.emit(self.root)

    @Slot()
    def _on_forget(self) -> None:
        self.forget_requested.emit(self.root)


class QtRepoContext(QFrame):
    """The Adapters page's card listing every repository Mezzo keeps an index for."""

    def __init__(self, core: MezzoCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self.confirm: Confirm = ask_yes_no
        self.rows: dict[str, QtRepoContextRow] = {}
        self._scans: set[FutureSignals] = set()  # kept alive until their scan ends
        self.setProperty("role", "card")
        heading = QLabel(self.tr("Repository context"), self)
        heading.setProperty("role", "heading")
        note = QLabel(
            self.tr(
                "Mezzo reads your project’s code on this computer so that suggestions can use "
                "your own functions; nothing leaves this computer."
            ),
            self,
        )
        note.setProperty("role", "note")
        note.setWordWrap(True)
        self.off_notice = QLabel(
            self.tr(
                "Repository context is turned off for every project in Settings, under "
                "“Code intelligence”, so suggestions do not use it now."
            ),
            self,
        )
        self.off_notice.setProperty("role", "warning")
        self.off_notice.setWordWrap(True)
        self.off_notice.setAccessibleName(self.tr("Repository context is off"))
        self.empty = QLabel(
            self.tr(
                "No projects yet. Pick a current project above, or map a project folder below, "
                "and Mezzo reads its code."
            ),
            self,
        )
        self.empty.setProperty("role", "note")
        self.empty.setWordWrap(True)
        self.row_layout = QVBoxLayout()
        self.row_layout.setSpacing(0)
        layout = QVBoxLayout(self)
        for widget in (heading, note, self.off_notice, self.empty):
            layout.addWidget(widget)
        layout.addLayout(self.row_layout)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    # --- drawing ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Re-read the repositories' states (in memory, cheap) and redraw the rows in place."""
        states = self._core.context_states()
        settings = self._core.settings.current.context
        roots = [state.root for state in states]
        if roots != list(self.rows):
            self._rebuild_rows(roots)
        now = time.time()
        for state in states:
            self.rows[state.root].show_state(state, state.root not in settings.off_for, now)
        self.empty.setVisible(not states)
        self.off_notice.setVisible(not settings.enabled)

    def _rebuild_rows(self, roots: list[str]) -> None:
        for row in self.rows.values():
            row.hide()  # at once: deleteLater waits for the event loop, and would flicker
            row.deleteLater()
        self.rows = {}
        for root in roots:
            row = QtRepoContextRow(root, self)
            row.context_toggled.connect(self._on_toggled)
            row.reindex_requested.connect(self._on_reindex)
            row.forget_requested.connect(self._on_forget)
            self.row_layout.addWidget(row)
            self.rows[root] = row

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.timer.stop()  # a card nobody sees needs no polling

    # --- the rows' requests -------------------------------------------------------------------

    @Slot(str, bool)
    def _on_toggled(self, root: str, on: bool) -> None:
        self._core.set_repo_context(root, on)
        self.refresh()

    @Slot(str)
    def _on_reindex(self, root: str) -> None:
        scan = FutureSignals(cast("Future[object]", self._core.indexer.rebuild(root)), self)
        scan.finished.connect(self._on_scan_ended)
        scan.failed.connect(self._on_scan_ended)
        self._scans.add(scan)
        scan.watch()
        self.refresh()  # the row says "Indexing…" at once, before the first poll

    @Slot(object)
    def _on_scan_ended(self, result: object) -> None:
        if isinstance(result, BaseException):
            logger.info("re-indexing ended without an index: %r", result)
        scan = self.sender()
        if isinstance(scan, FutureSignals):
            self._scans.discard(scan)
            scan.deleteLater()
        self.refresh()

    @Slot(str)
    def _on_forget(self, root: str) -> None:
        name = PurePath(root).name or root
        question = self.tr(
            "Forget what Mezzo stored about {name}? Your files are not touched, and Mezzo reads "
            "the project again the next time you work in it."
        ).format(name=name)
        if not self.confirm(self, self.tr("Forget repository"), question):
            return
        self._core.forget_repo(root)  # deletes one small index file: quick enough to do here
        self.refresh()
