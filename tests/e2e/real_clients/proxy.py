"""A recording HTTP proxy between an editor plugin and a Mezzo (or llama-server) upstream.

It runs uvicorn on 127.0.0.1 in a thread of its own and forwards every request to `upstream`
with httpx (both already in the project's environment), unchanged but for the hop-by-hop
headers; the answer goes back unchanged too. For each request it keeps an `Exchange`: when it
arrived, the exact body, the status, how long the whole answer took, the answer's `content` and
completion id, and, if the client closed the connection before the answer was complete, when:
the upstream request is then cancelled, so the server sees the hang-up as it would without
the proxy.

`session_lines()` renders the exchanges in the "mezzo-client-session" JSON-lines format that
the replay benchmark reads:

    {"format": "mezzo-client-session", "version": 1, "client": ..., "client_commit": ...,
     "recorded": ISO date, "note": ...}                                      (header, line 1)
    {"t_ms", "method", "path", "headers", "body", "hung_up_ms", "status", "latency_ms",
     "shown"}                                                      (one per request, send order)

`t_ms` counts from the first request, `headers` holds only `content-type` (auth headers are
never written), `body` is the JSON the client sent (null for a GET), `shown` is true when the
answer's `content` was non-empty. A request the client hung up on has `hung_up_ms` set and
`status` and `latency_ms` null, because no answer was ever completed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from desktop_app.server.runner import ServerThread

FORMAT = "mezzo-client-session"
VERSION = 1
# Not forwarded either way: they describe one connection, not the request.
HOP_BY_HOP = {
    "host", "content-length", "connection", "keep-alive", "transfer-encoding", "expect", "te",
    "upgrade", "proxy-connection", "date", "server",
}  # fmt: skip
UPSTREAM_TIMEOUT_S = 300.0


@dataclass(slots=True)
class Exchange:
    """One request as the client sent it, and what became of it."""

    index: int
    started: float  # wall clock, when the request reached the proxy
    started_mono: float
    method: str
    path: str
    content_type: str | None
    raw_body: bytes
    status: int | None = None
    latency_ms: float | None = None
    finished: float | None = None  # wall clock, when the whole answer had gone back
    hung_up_ms: float | None = None
    response: Any = None  # the decoded JSON answer, when it was JSON
    completion_id: str = ""  # X-Mezzo-Completion-Id
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def body(self) -> Any:
        if not self.raw_body:
            return None
        try:
            return json.loads(self.raw_body)
        except ValueError:
            return self.raw_body.decode(errors="replace")

    @property
    def content(self) -> str:
        response = self.response
        if isinstance(response, dict) and isinstance(response.get("content"), str):
            return response["content"]
        return ""

    @property
    def shown(self) -> bool:
        return bool(self.content)

    @property
    def is_warmup(self) -> bool:
        body = self.body
        return isinstance(body, dict) and body.get("n_predict") == 0

    @property
    def prefix(self) -> str:
        """llama-server's effective prefix for `/infill`: `input_prefix + prompt`."""
        body = self.body
        if not isinstance(body, dict):
            return ""
        return str(body.get("input_prefix", "")) + str(body.get("prompt", ""))

    def record(self, t0: float) -> dict[str, Any]:
        """This exchange as a line of the session format; `t0` is the first request's time."""
        headers = {"content-type": self.content_type} if self.content_type else {}
        return {
            "t_ms": round((self.started_mono - t0) * 1000),
            "method": self.method,
            "path": self.path,
            "headers": headers,
            "body": self.body,
            "hung_up_ms": None if self.hung_up_ms is None else round(self.hung_up_ms),
            "status": self.status,
            "latency_ms": None if self.latency_ms is None else round(self.latency_ms),
            "shown": self.shown,
        }


class RecordingProxy:
    """`with RecordingProxy(upstream) as proxy:` serves on `proxy.url`."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()
        self._client: httpx.AsyncClient | None = None
        self._server = ServerThread(self._app, 0)  # Mezzo's own loopback server thread
        self.port = self._server.ports.main

    @property
    def url(self) -> str:
        return self._server.url

    def __enter__(self) -> RecordingProxy:
        self._server.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.stop(10)

    def snapshot(self) -> list[Exchange]:
        with self._lock:
            return list(self.exchanges)

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Wait until every request so far has its answer (or its hang-up)."""
        deadline = time.monotonic() + timeout
        for exchange in self.snapshot():
            exchange.done.wait(max(0.0, deadline - time.monotonic()))

    # --- the ASGI app -------------------------------------------------------------------------

    async def _app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        started_mono, started = time.monotonic(), time.time()
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        body = b""
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        path = scope["path"] + (
            f"?{scope['query_string'].decode()}" if scope["query_string"] else ""
        )
        with self._lock:
            exchange = Exchange(
                index=len(self.exchanges),
                started=started,
                started_mono=started_mono,
                method=scope["method"],
                path=path,
                content_type=next((v for k, v in headers if k.lower() == "content-type"), None),
                raw_body=body,
            )
            self.exchanges.append(exchange)
        try:
            await self._forward(exchange, headers, receive, send)
        finally:
            exchange.done.set()

    async def _forward(
        self, exchange: Exchange, headers: list[tuple[str, str]], receive: Any, send: Any
    ) -> None:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=UPSTREAM_TIMEOUT_S)
        upstream = asyncio.ensure_future(
            self._client.request(
                exchange.method,
                self.upstream + exchange.path,
                headers=[(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP],
                content=exchange.raw_body,
            )
        )
        hangup = asyncio.ensure_future(_disconnected(receive))
        try:
            await asyncio.wait({upstream, hangup}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not hangup.done():
                hangup.cancel()
        if not upstream.done():
            exchange.hung_up_ms = (time.monotonic() - exchange.started_mono) * 1000
            upstream.cancel()  # closes the upstream connection: the server sees the hang-up
            with contextlib.suppress(BaseException):
                await upstream
            return
        try:
            answer = upstream.result()
        except httpx.HTTPError as exc:
            exchange.status = 502
            exchange.latency_ms = (time.monotonic() - exchange.started_mono) * 1000
            await _respond(send, 502, [], json.dumps({"error": str(exc)}).encode())
            return
        exchange.completion_id = answer.headers.get("x-mezzo-completion-id", "")
        with contextlib.suppress(ValueError):
            exchange.response = answer.json()
        out_headers = [(k, v) for k, v in answer.headers.items() if k.lower() not in HOP_BY_HOP]
        out_headers = [(k, v) for k, v in out_headers if k.lower() != "content-encoding"]
        await _respond(send, answer.status_code, out_headers, answer.content)
        exchange.status = answer.status_code
        exchange.latency_ms = (time.monotonic() - exchange.started_mono) * 1000
        exchange.finished = time.time()


async def _disconnected(receive: Any) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _respond(send: Any, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
    raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def session_lines(
    exchanges: list[Exchange], *, client: str, client_commit: str, note: str,
    recorded: datetime | None = None,
) -> list[str]:  # fmt: skip
    """The session file's lines (without newlines): the header, then one line per request in
    the order the client sent them."""
    ordered = sorted(exchanges, key=lambda e: (e.started_mono, e.index))
    header = {
        "format": FORMAT,
        "version": VERSION,
        "client": client,
        "client_commit": client_commit,
        "recorded": (recorded or datetime.now(UTC)).isoformat(timespec="seconds"),
        "note": note,
    }
    t0 = ordered[0].started_mono if ordered else 0.0
    lines = [json.dumps(header, ensure_ascii=False)]
    lines.extend(json.dumps(e.record(t0), ensure_ascii=False) for e in ordered)
    return lines
