"""A `concurrent.futures.Future` from the core, turned into Qt signals on the GUI thread.

`MezzoCore.load_model()` returns a Future that the engine thread completes. Waiting on it would
freeze the window for as long as the model takes to load, and a done-callback runs on the
engine thread, where widgets must not be touched. `FutureSignals` lives on the GUI thread and
emits from the callback; Qt then queues the emission to slots of GUI-thread objects, so they run
on the GUI thread like any other event.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future

from PySide6.QtCore import QObject, Signal, SignalInstance

logger = logging.getLogger(__name__)


class FutureSignals(QObject):
    """Emits `finished(result)` or `failed(exception)` once, when the future completes."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, future: Future[object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._future = future

    def watch(self) -> None:
        """Start watching; call after connecting, since an already-done future emits at once."""
        self._future.add_done_callback(self._done)

    def _done(self, future: Future[object]) -> None:
        try:
            result = future.result()
        except Exception as exc:  # the engine's error (or a cancel), delivered as a signal
            self._emit(self.failed, exc)
        else:
            self._emit(self.finished, result)

    def _emit(self, signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked has closed meanwhile: nobody to tell
            logger.debug("future finished after its receiver was deleted")
