"""SIGTERM and Ctrl+C end Mezzo cleanly even while Qt's event loop is running.

Python runs its signal handlers only between bytecodes, and while `QApplication.exec()` blocks
in C++ no bytecode runs, so a plain handler would wait for the next mouse move. Instead the C
level handler writes the signal number to a socket (`signal.set_wakeup_fd`), a QSocketNotifier
wakes the event loop, and `requested` is emitted there, so the app quits through its one
shutdown path (server stopped, engine closed) instead of being killed mid-write.
"""

from __future__ import annotations

import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

logger = logging.getLogger(__name__)

HANDLED = (signal.SIGTERM, signal.SIGINT)


def _note_signal(signum: int, _frame: FrameType | None) -> None:
    """Python-level handler: the work happens in `TerminationWatcher`; this replaces the
    default action (die at once), and logs for the record."""
    logger.info("signal %d received: quitting", signum)


class TerminationWatcher(QObject):
    requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {signum: signal.signal(signum, _note_signal) for signum in HANDLED}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)

    @Slot()
    def _on_wakeup(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        if any(byte in {int(s) for s in HANDLED} for byte in data):
            self.requested.emit()

    def close(self) -> None:
        """Give the signals back to their previous handlers."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for signum, handler in self._previous.items():
            if handler is not None:  # None: installed outside Python, cannot be restored
                signal.signal(signum, handler)
        self._reader.close()
        self._writer.close()
