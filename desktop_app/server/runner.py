"""Runs the ASGI app with uvicorn in its own thread of the Mezzo process.

Sockets are bound here, to 127.0.0.1 only, before uvicorn starts, so the caller learns at once
whether the ports are free (and which port 0 became). The Ollama port is a convenience for
clients that hard-code 11434; when a real Ollama already holds it, Mezzo carries on without it.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass

import uvicorn
from starlette.types import ASGIApp

from desktop_app.base.errors import MezzoError

logger = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


class PortInUseError(MezzoError, OSError):
    def __init__(self, port: int) -> None:
        super().__init__(
            f"Port {port} is already in use. Quit the program using it (another llama-server?) "
            "or choose another port in Settings."
        )
        self.port = port


def bind_loopback(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it a response written as headers then body
    # waits for the client's delayed ACK (40 ms on Linux) on every keep-alive request.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((LOOPBACK, port))
    except OSError as exc:
        sock.close()
        raise PortInUseError(port) from exc
    sock.listen(128)
    sock.setblocking(False)
    return sock


@dataclass(frozen=True, slots=True)
class BoundPorts:
    main: int
    ollama: int | None


class ServerThread:
    def __init__(self, app: ASGIApp, port: int, ollama_port: int = 0) -> None:
        sockets = [bind_loopback(port)]
        ollama: int | None = None
        if ollama_port and ollama_port != port:
            try:
                sockets.append(bind_loopback(ollama_port))
                ollama = sockets[-1].getsockname()[1]
            except PortInUseError:
                logger.warning(
                    "port %d is taken (Ollama running?); serving on %d only", ollama_port, port
                )
        self.ports = BoundPorts(sockets[0].getsockname()[1], ollama)
        self._sockets = sockets
        config = uvicorn.Config(
            app,
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=3,
            interface="asgi3",  # said, not guessed: uvicorn takes a bound method for ASGI 2
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="mezzo-http", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.ports.main}"

    def _run(self) -> None:
        self._server.run(sockets=self._sockets)

    def start(self, timeout: float = 10.0) -> ServerThread:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the HTTP server did not start")
            time.sleep(0.01)
        logger.info("serving on %s (ollama port: %s)", self.url, self.ports.ollama or "off")
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        for sock in self._sockets:
            sock.close()
