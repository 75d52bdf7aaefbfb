"""Starting, restarting and stopping the HTTP server thread for the desktop app.

`mezzo serve` owns its `ServerThread` directly; the GUI needs a little more: a port that is
taken must become a sentence on the Home page (with what to do next) rather than a traceback, a
port changed in Settings needs a restart that does not freeze the window, and Quit must free
the port before the app ends.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from desktop_app.server.app import build_app
from desktop_app.server.runner import PortInUseError, ServerThread
from desktop_app.ui.messages import explain

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)


class ServerControl(QObject):
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
        self.thread: ServerThread | None = None
        self.port_override: int | None = None  # MEZZO_PORT: wins over the settings' port
        self._restarting = False

    @property
    def running(self) -> bool:
        return self.thread is not None

    def start(self) -> bool:
        """Bind the ports and serve; on failure the bridge carries the reason. True if serving."""
        settings = self.core.settings.current.server
        port = self.port_override if self.port_override is not None else settings.port
        try:
            thread = ServerThread(build_app(self.core), port, settings.ollama_port).start()
        except PortInUseError as exc:
            logger.warning("server not started: %s", exc)
            self.bridge.set_server(None, explain(exc), settings)
            return False
        except (OSError, RuntimeError) as exc:
            logger.error("server not started: %s", exc)
            message = self.tr(
                "Mezzo could not start its server. Quit Mezzo and start it again; if this keeps "
                "happening, restart your computer."
            )
            self.bridge.set_server(None, message, settings)
            return False
        self.thread = thread
        self.bridge.set_server(thread.ports, "", settings)
        return True

    def stop(self) -> None:
        """Stop serving; the ports are free when this returns. Idempotent."""
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.stop()
            self.bridge.set_server(None, "", None)
            logger.info("server stopped")

    @Slot()
    def restart(self) -> None:
        """Stop (off the GUI thread: open streams get a few seconds to end), then start."""
        if self._restarting:
            return
        self._restarting = True
        thread, self.thread = self.thread, None

        def stop_old(_progress: object) -> None:
            if thread is not None:
                thread.stop()

        task = self.runner.run(stop_old)
        task.finished.connect(self._start_again)
        task.failed.connect(self._start_again)

    @Slot(object)
    def _start_again(self, _result: object) -> None:
        self._restarting = False
        self.port_override = None  # the person chose a port in Settings: that one now
        self.start()
