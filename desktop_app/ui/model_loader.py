"""Load a model without freezing the window.

`core.load_model()` returns a Future, but before it does it may find the active bundle and, on
a first run, import the starter model into the store (hashing ~100 MB): too slow for the GUI
thread. So the whole call runs in the thread pool and the Future it returns is handed to the
bridge, which reports the outcome as a signal on the GUI thread.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from desktop_app.base.errors import MezzoError

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)


class ModelLoader(QObject):
    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
        self.runner = runner

    def load(self, path: Path | None = None) -> None:
        """Load `path`, or the active bundle (the starter when none); the bridge reports it."""
        core = self.core

        def start_loading(_progress: object) -> Future[object]:
            return core.load_model(path)

        task = self.runner.run(start_loading)
        task.finished.connect(self._on_started)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_started(self, future: Future[object]) -> None:
        self.bridge.track_load(future)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        """Finding the model failed before loading began (no starter, a damaged store)."""
        if not isinstance(error, MezzoError):
            logger.error("could not start loading the model: %r", error)
        failed: Future[object] = Future()
        failed.set_exception(error if isinstance(error, BaseException) else RuntimeError(error))
        self.bridge.track_load(failed)  # the bridge words it and shows the error state
