"""One Mezzo per person: a second launch asks the first to show its window, then exits.

Two copies would fight over port 8012 and the model's memory. People often double-click an app
icon again when they cannot see the window (it lives in the tray), so the second launch should
bring the first one's window forward rather than fail.

A `QLockFile` decides who is first (a crashed owner's lock is stale, so it is taken over), and
the first instance listens on a `QLocalServer`; the second connects with `QLocalSocket` and sends
one line, "show". The names include the user and a hash of MEZZO_HOME, so test instances (and two
people on one machine) never see each other.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

SHOW = "show"
CONNECT_TIMEOUT_MS = 1000


def instance_name(home: Path) -> str:
    """A per-user, per-MEZZO_HOME name that is short enough for a Unix socket path."""
    digest = hashlib.sha256(str(home.resolve()).encode("utf-8")).hexdigest()[:16]
    user = "".join(c for c in getpass.getuser() if c.isalnum())[:16] or "user"
    return f"mezzo-{user}-{digest}"


class SingleInstance(QObject):
    """`claim()` once at start: True means this is the first instance, now listening."""

    message_received = Signal(str)

    def __init__(self, name: str, lock_dir: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        folder = lock_dir or Path(QDir.tempPath())
        self._lock = QLockFile(str(folder / f"{name}.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never a slow one
        self._server: QLocalServer | None = None

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    def claim(self) -> bool:
        """Become the running instance, unless another one holds the lock."""
        if not self._lock.tryLock(100):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a crashed owner's socket file
        if not server.listen(self.name):
            logger.warning("single-instance server failed: %s", server.errorString())
            self._lock.unlock()
            return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def send(self, message: str = SHOW) -> bool:
        """From a second launch: deliver `message` to the running instance."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            logger.warning("the running Mezzo did not answer: %s", socket.errorString())
            return False
        socket.write(QByteArray((message + "\n").encode("utf-8")))
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
            self._lock.unlock()

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            if line:
                self.message_received.emit(line)
