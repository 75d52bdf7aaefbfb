"""The model downloads in flight, kept apart from the cards that draw them.

The Models page rebuilds its cards whenever the installed set changes, but a download must
outlive any one card: it keeps running, its `CancelToken` must still be reachable for Pause and
Cancel, and its last progress must be there when a new card is drawn. `QtDownloads` owns that
state per catalog ref and announces changes as signals; cards only read it and call
`start`/`pause`/`cancel`.

A paused download keeps its `.part`; `start` again resumes from it, because `BundleService.pull`
always continues a partial file. A download refused because the laptop runs on battery can be
started once more with `on_battery=True`, for that download alone: the setting stays as it is.
Cancelling a paused download runs `pull` once with an already-cancelled token, which is the
core's own path for deleting that `.part`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.base.errors import DownloadCancelledError, DownloadPausedError, PowerPolicyError
from desktop_app.bundles.progress import CancelToken, Progress
from desktop_app.bundles.service import BundleService
from desktop_app.ui.messages import explain
from desktop_app.ui.workers import ProgressFn, TaskRunner

logger = logging.getLogger(__name__)


class DownloadStatus(StrEnum):
    RUNNING = "running"
    PAUSING = "pausing"  # asked to pause; the current chunk is finishing
    PAUSED = "paused"
    CANCELLING = "cancelling"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class DownloadState:
    ref: str
    status: DownloadStatus
    progress: Progress | None = None
    message: str = ""  # for FAILED (and a power pause): what happened and what to do
    on_battery: bool = False  # FAILED because the computer runs on battery: it may go on anyway


class _DownloadJob(QObject):
    """Receives one pull's task signals and tells the owner which ref they belong to."""

    def __init__(self, owner: QtDownloads, ref: str, token: CancelToken) -> None:
        super().__init__(owner)
        self.ref = ref
        self.token = token
        self._owner = owner

    @Slot(object)
    def on_progress(self, progress: object) -> None:
        if isinstance(progress, Progress):
            self._owner._progressed(self, progress)

    @Slot(object)
    def on_finished(self, _manifest: object) -> None:
        self._owner._finished(self)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        self._owner._failed(self, error if isinstance(error, BaseException) else None)


class QtDownloads(QObject):
    """Starts, pauses and cancels bundle pulls in the task runner; one state per catalog ref."""

    changed = Signal(str)  # ref: its progress or status changed, or it ended
    installed = Signal(str)  # ref: the download finished and the bundle is installed

    def __init__(
        self,
        bundles: BundleService,
        runner: TaskRunner,
        set_downloading: Callable[[bool], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`set_downloading(True)` is called as each pull starts and `(False)` as it ends
        (`CoreBridge.set_downloading` counts them), so the tray can say a download runs."""
        super().__init__(parent)
        self._bundles = bundles
        self._runner = runner
        self._set_downloading = set_downloading
        self._states: dict[str, DownloadState] = {}
        self._jobs: dict[str, _DownloadJob] = {}

    # --- queries ------------------------------------------------------------------------------

    def state(self, ref: str) -> DownloadState | None:
        return self._states.get(ref)

    # --- actions ------------------------------------------------------------------------------

    def start(self, ref: str, *, repair: bool = False, on_battery: bool = False) -> None:
        """Download `ref`, or resume it from its `.part`; a running one is left alone.
        `on_battery` lets this download run on battery power whatever the settings say."""
        if ref in self._jobs:
            return
        previous = self._states.get(ref)
        self._states[ref] = DownloadState(
            ref, DownloadStatus.RUNNING, previous.progress if previous else None
        )
        self._launch(ref, CancelToken(), repair=repair, on_battery=on_battery)
        self.changed.emit(ref)

    def pause(self, ref: str) -> None:
        job = self._jobs.get(ref)
        if job is None or job.token.state != "running":
            return
        job.token.pause()
        self._set_status(ref, DownloadStatus.PAUSING)

    @Slot()
    def pause_all(self) -> None:
        """Mezzo is quitting: stop every pull but keep its `.part`, so the next start resumes."""
        for ref in list(self._jobs):
            self.pause(ref)

    def cancel(self, ref: str) -> None:
        """Stop and delete what was downloaded; the model goes back to "not installed"."""
        job = self._jobs.get(ref)
        if job is not None:
            job.token.cancel()
            self._set_status(ref, DownloadStatus.CANCELLING)
            return
        if ref in self._states:  # paused or failed: its `.part` may still be on disk
            token = CancelToken()
            token.cancel()
            self._set_status(ref, DownloadStatus.CANCELLING)
            self._launch(ref, token, repair=False, on_battery=False)

    # --- the work -----------------------------------------------------------------------------

    def _launch(self, ref: str, token: CancelToken, *, repair: bool, on_battery: bool) -> None:
        job = _DownloadJob(self, ref, token)
        self._jobs[ref] = job
        bundles = self._bundles
        allow = True if on_battery else None  # None: as the settings say

        def work(progress: ProgressFn) -> object:
            return bundles.pull(
                ref, progress=progress, cancel=token, repair=repair, allow_on_battery=allow
            )

        task = self._runner.run(work)
        task.progress.connect(job.on_progress)
        task.finished.connect(job.on_finished)
        task.failed.connect(job.on_failed)
        if self._set_downloading is not None:
            self._set_downloading(True)

    def _progressed(self, job: _DownloadJob, progress: Progress) -> None:
        state = self._states.get(job.ref)
        if state is None or self._jobs.get(job.ref) is not job:
            return
        if state.status is DownloadStatus.CANCELLING:
            return  # the discard run reports progress too; the row should not jump back
        self._states[job.ref] = replace(state, progress=progress)
        self.changed.emit(job.ref)

    def _finished(self, job: _DownloadJob) -> None:
        self._end(job)
        self._states.pop(job.ref, None)
        logger.info("download finished: %s", job.ref)
        self.changed.emit(job.ref)
        self.installed.emit(job.ref)

    def _failed(self, job: _DownloadJob, error: BaseException | None) -> None:
        self._end(job)
        state = self._states.get(job.ref) or DownloadState(job.ref, DownloadStatus.FAILED)
        if job.token.state == "cancelled":
            # Whatever the run ended with, the person asked for it to be gone.
            self._states.pop(job.ref, None)
        elif isinstance(error, DownloadPausedError) and job.token.state == "paused":
            self._states[job.ref] = replace(state, status=DownloadStatus.PAUSED, message="")
        elif isinstance(error, DownloadCancelledError):
            self._states.pop(job.ref, None)
        else:
            message = explain(error) if error is not None else ""
            self._states[job.ref] = replace(
                state,
                status=DownloadStatus.FAILED,
                message=message,
                on_battery=isinstance(error, PowerPolicyError),
            )
            logger.info("download of %s stopped: %r", job.ref, error)
        self.changed.emit(job.ref)

    def _end(self, job: _DownloadJob) -> None:
        if self._jobs.get(job.ref) is job:
            del self._jobs[job.ref]
        job.deleteLater()
        if self._set_downloading is not None:
            self._set_downloading(False)

    def _set_status(self, ref: str, status: DownloadStatus) -> None:
        state = self._states.get(ref) or DownloadState(ref, status)
        self._states[ref] = replace(state, status=status)
        self.changed.emit(ref)
