"""One download as a person watches it: a bar, what is happening, speed and time left, and the
buttons they need (Pause or Resume, Cancel, and Download anyway when it waits for mains power).

The row draws a `DownloadState` from `QtDownloads` and sends clicks back to it; it holds no state
of its own, so a card can be rebuilt at any moment without losing a download.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bundles.progress import Progress
from desktop_app.ui.formatting import human_bytes, human_eta, human_rate, percent
from desktop_app.ui.panels.downloads import DownloadState, DownloadStatus, QtDownloads

BAR_STEPS = 1000  # QProgressBar takes ints; a permille keeps a multi-GB bar moving smoothly


class QtDownloadRow(QWidget):
    def __init__(self, downloads: QtDownloads, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._downloads = downloads
        self.ref = ref
        self.bar = QProgressBar(self)
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Download status"))
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.setAccessibleName(self.tr("Pause download"))
        self.pause_button.clicked.connect(self._on_pause)
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.setAccessibleName(self.tr("Resume download"))
        self.resume_button.clicked.connect(self._on_resume)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel download and delete it"))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.anyway_button = QPushButton(self.tr("Download anyway"), self)
        self.anyway_button.setAccessibleName(self.tr("Download anyway, on battery power"))
        self.anyway_button.setToolTip(
            self.tr("Downloads this model now, on battery. Your settings stay as they are.")
        )
        self.anyway_button.clicked.connect(self._on_anyway)

        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.bar)
        column.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(column, 1)
        buttons = (self.pause_button, self.resume_button, self.anyway_button, self.cancel_button)
        for button in buttons:
            layout.addWidget(button)

    def show_state(self, state: DownloadState) -> None:
        progress = state.progress
        running = state.status is DownloadStatus.RUNNING
        self.pause_button.setVisible(running or state.status is DownloadStatus.PAUSING)
        self.pause_button.setEnabled(running)
        self.resume_button.setVisible(
            state.status in (DownloadStatus.PAUSED, DownloadStatus.FAILED)
        )
        self.resume_button.setText(
            self.tr("Try again") if state.status is DownloadStatus.FAILED else self.tr("Resume")
        )
        self.anyway_button.setVisible(state.status is DownloadStatus.FAILED and state.on_battery)
        self.cancel_button.setEnabled(state.status is not DownloadStatus.CANCELLING)
        if progress is None or progress.total_bytes <= 0:
            self.bar.setRange(0, 0 if running else BAR_STEPS)  # busy indicator until sizes come
        else:
            self.bar.setRange(0, BAR_STEPS)
            self.bar.setValue(round(progress.fraction * BAR_STEPS))
        self.status.setText(self._describe(state))

    def _describe(self, state: DownloadState) -> str:
        progress = state.progress
        if state.status is DownloadStatus.PAUSING:
            return self.tr("Pausing…")
        if state.status is DownloadStatus.CANCELLING:
            return self.tr("Cancelling…")
        if state.status in (DownloadStatus.PAUSED, DownloadStatus.FAILED):
            return self._stopped_at(state.status is DownloadStatus.PAUSED, progress)
        if progress is None:
            return self.tr("Starting…")
        if progress.phase == "verify":
            return self.tr("Checking the download… {pct}").format(pct=percent(progress.fraction))
        if progress.phase == "install":
            return self.tr("Installing… {pct}").format(pct=percent(progress.fraction))
        parts = [
            self.tr("{done} of {total}").format(**_sizes(progress)),
            human_rate(progress.rate_bps),
        ]
        if eta := human_eta(progress.eta_s):
            parts.append(eta)
        return " · ".join(parts)

    def _stopped_at(self, paused: bool, progress: Progress | None) -> str:
        if progress is None or progress.total_bytes <= 0:
            return self.tr("Paused") if paused else self.tr("Stopped")
        if paused:
            return self.tr("Paused at {done} of {total}").format(**_sizes(progress))
        return self.tr("Stopped at {done} of {total}").format(**_sizes(progress))

    @Slot()
    def _on_pause(self) -> None:
        self._downloads.pause(self.ref)

    @Slot()
    def _on_resume(self) -> None:
        self._downloads.start(self.ref)

    @Slot()
    def _on_anyway(self) -> None:
        self._downloads.start(self.ref, on_battery=True)

    @Slot()
    def _on_cancel(self) -> None:
        self._downloads.cancel(self.ref)


def _sizes(progress: Progress) -> dict[str, str]:
    return {"done": human_bytes(progress.done_bytes), "total": human_bytes(progress.total_bytes)}
