"""What keeps the server private: Host and Origin checks, the optional token, and a body limit.

Binding to 127.0.0.1 keeps other machines out, but a web page in the person's browser can still
reach loopback. DNS rebinding is stopped by refusing any Host that is not a loopback name (as
Ollama does, and stricter: an empty Host is refused too), and cross-site requests by refusing
browser Origins outside an allow-list. Runs as plain ASGI middleware, before any routing.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import re
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop_app.server.errors import error_body

OPEN_PATHS = frozenset({"/", "/health", "/v1/health"})  # liveness probes need no token


def host_is_loopback(host_header: str, machine_names: Iterable[str]) -> bool:
    host = _strip_port(host_header.strip().lower())
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost") or host in machine_names:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _strip_port(host: str) -> str:
    if host.startswith("["):  # [::1]:8012
        return host[1 : host.find("]")] if "]" in host else ""
    if host.count(":") == 1:
        return host.split(":", 1)[0]
    return host


def origin_pattern(allowed: Iterable[str]) -> re.Pattern[str]:
    """One regex for the allow-list: `http://localhost` also admits any port on it, and `*`
    stands for any run of characters (`vscode-webview://*`); everything else is literal."""
    parts = []
    for raw_entry in allowed:
        entry = raw_entry.strip().rstrip("/")
        if not entry:
            continue
        # Our own translation, not fnmatch's: its output format changes between Python
        # versions, and `[`, `?` or `)` typed into Settings must not turn into regex syntax.
        translated = ".*".join(re.escape(literal) for literal in entry.split("*"))
        parts.append(f"(?:{translated}(?::\\d+)?)")
    return re.compile("^(?:" + "|".join(parts) + ")$" if parts else "(?!)", re.IGNORECASE)


class OriginAllowList:
    """The allow-list as a predicate, compiled again only when the setting changes."""

    def __init__(self) -> None:
        self._compiled: tuple[tuple[str, ...], re.Pattern[str]] | None = None

    def allows(self, origin: str, allowed: tuple[str, ...]) -> bool:
        compiled = self._compiled
        if compiled is None or compiled[0] != allowed:
            compiled = self._compiled = (allowed, origin_pattern(allowed))
        return bool(compiled[1].match(origin.rstrip("/")))


class LiveCORSMiddleware(CORSMiddleware):
    """Starlette's CORS answers, asking the live allow-list as the Origin guard does, so an
    origin added in Settings gets its preflight and CORS headers without a restart."""

    def __init__(self, app: ASGIApp, origins: Callable[[], tuple[str, ...]], **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self._origins = origins
        self._allow_list = OriginAllowList()

    def is_allowed_origin(self, origin: str) -> bool:
        return self._allow_list.allows(origin, self._origins())


@dataclass(frozen=True, slots=True)
class GuardConfig:
    allowed_origins: tuple[str, ...]
    max_body_bytes: int
    token: Callable[[], str | None]  # None: no token required


class GuardMiddleware:
    def __init__(self, app: ASGIApp, config: Callable[[], GuardConfig]) -> None:
        self.app = app
        self._config = config
        self._machine_names = frozenset(
            name.lower() for name in {socket.gethostname(), socket.getfqdn()} if name
        )
        self._allow_list = OriginAllowList()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        config = self._config()
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        path = scope["path"]
        if not host_is_loopback(headers.get("host", ""), self._machine_names):
            await _reject(send, path, 403, "Requests must address this machine by a loopback name.")
            return
        origin = headers.get("origin")
        if origin is not None and not self._allow_list.allows(origin, config.allowed_origins):
            await _reject(send, path, 403, f"Origin {origin!r} is not allowed. Add it in Settings.")
            return
        token = config.token()
        needs_token = token and scope["method"] != "OPTIONS" and path not in OPEN_PATHS
        if needs_token and not _offers(headers, token):
            await _reject(send, path, 401, "Invalid or missing API key.")
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > config.max_body_bytes:
            await _reject(send, path, 413, "The request body is too large.")
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, _limited(receive, config.max_body_bytes), tracking_send)
        except BodyTooLargeError:
            if not started:
                await _reject(send, path, 413, "The request body is too large.")


class BodyTooLargeError(Exception):
    """Raised while reading a chunked body that outgrows the limit."""


def _offers(headers: dict[str, str], token: str) -> bool:
    """`Authorization: Bearer …` or `X-Api-Key: …`, the two ways llama-server takes a key."""
    bearer = headers.get("authorization", "")
    offered = [bearer.removeprefix("Bearer ").strip() if bearer.startswith("Bearer ") else ""]
    offered.append(headers.get("x-api-key", "").strip())
    return any(key and hmac.compare_digest(key.encode(), token.encode()) for key in offered)


def _limited(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLargeError
        return message

    return wrapped


async def _reject(send: Send, path: str, status: int, message: str) -> None:
    body = json.dumps(error_body(path, status, message)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
