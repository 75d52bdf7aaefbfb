"""The one table from error types to HTTP answers, and which dialect shapes the body.

Every error that reaches the HTTP edge comes through `problem_for`: its status, its headers
(`Retry-After` where waiting helps) and its message. Each dialect only shapes the body, so a
malformed Ollama request gets `{"error": "..."}` and a malformed OpenAI request gets
`{"error": {"message": ..., "type": ...}}`, each as its own clients parse it. A request that can
never succeed as written is a 4xx; a failure on Mezzo's side (an adapter llama.cpp refuses to
load, a model that failed to load) is a 5xx, whatever builtin the error also derives from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse

from desktop_app.base.errors import (
    AdapterBaseUnknownError,
    AdapterError,
    AdapterInUseError,
    AdapterNotFoundError,
    AuthRequiredError,
    BundleCorruptError,
    BundleNotFoundError,
    DiskFullError,
    EngineClosedError,
    EngineNotReadyError,
    InvalidRequestError,
    MezzoError,
    OfflineError,
    QueueFullError,
    RevisionNotFoundError,
    StoreBusyError,
    TelemetryError,
)
from desktop_app.server import llama_dialect, ollama_dialect, openai_dialect
from desktop_app.server.wire import ApiError

logger = logging.getLogger(__name__)


class Dialect(StrEnum):
    LLAMA = "llama-server"
    OLLAMA = "ollama"
    OPENAI = "openai"
    MEZZO = "mezzo"


@dataclass(frozen=True, slots=True)
class Problem:
    status: int
    message: str
    headers: dict[str, str] = field(default_factory=dict)


def status(code: int, *, retry_soon: bool = False) -> Callable[[Exception], Problem]:
    """A row for errors whose message is already written for the client."""
    return lambda e: Problem(code, str(e), {"Retry-After": "1"} if retry_soon else {})


# Most specific first: the first matching row decides.
ERROR_TABLE: tuple[tuple[type[Exception], Callable[[Any], Problem]], ...] = (
    (ApiError, lambda e: Problem(e.status, e.message, dict(e.headers))),
    (HTTPException, lambda e: Problem(e.status_code, str(e.detail), dict(e.headers or {}))),
    (
        QueueFullError,
        lambda e: Problem(429, str(e), {"Retry-After": str(max(1, round(e.retry_after_s)))}),
    ),
    (EngineNotReadyError, status(503, retry_soon=True)),
    (EngineClosedError, status(503, retry_soon=True)),
    (StoreBusyError, status(503, retry_soon=True)),
    (InvalidRequestError, status(400)),
    (TelemetryError, status(400)),
    (AdapterNotFoundError, status(404)),
    (AdapterBaseUnknownError, status(404)),
    (BundleNotFoundError, status(404)),
    (RevisionNotFoundError, status(404)),
    (AdapterInUseError, status(409)),
    # The client asked to install a file that is not a usable adapter for this base.
    (AdapterError, status(400)),
    # The model hub, reached on the client's behalf, failed.
    (AuthRequiredError, status(502)),
    (OfflineError, status(502)),
    (BundleCorruptError, status(502)),
    (DiskFullError, status(507)),
    (MezzoError, status(500)),
)


def problem_for(exc: Exception) -> Problem:
    for error_type, problem in ERROR_TABLE:
        if isinstance(exc, error_type):
            return problem(exc)
    logger.error("unexpected error answering a request", exc_info=exc)
    return Problem(500, "Mezzo failed to answer this request; its log has the details.")


# llama-server answers its health probe on both paths; OpenAI has no such endpoint.
LLAMA_PATHS_UNDER_V1 = frozenset({"/v1/health"})


def dialect_for_path(path: str) -> Dialect:
    if path in LLAMA_PATHS_UNDER_V1:
        return Dialect.LLAMA
    if path.startswith("/api/"):
        return Dialect.OLLAMA
    if path.startswith("/v1/"):
        return Dialect.OPENAI
    if path.startswith("/mezzo/"):
        return Dialect.MEZZO
    return Dialect.LLAMA


ERROR_BODIES: dict[Dialect, Callable[[int, str], dict[str, Any]]] = {
    Dialect.LLAMA: llama_dialect.error_body,
    Dialect.MEZZO: llama_dialect.error_body,
    Dialect.OLLAMA: ollama_dialect.error_body,
    Dialect.OPENAI: openai_dialect.error_body,
}
STREAM_ERROR_FRAMES: dict[Dialect, Callable[[int, str], bytes]] = {
    Dialect.LLAMA: llama_dialect.stream_error_frame,
    Dialect.OLLAMA: ollama_dialect.stream_error_frame,
    Dialect.OPENAI: openai_dialect.stream_error_frame,
}


def error_body(path: str, status: int, message: str) -> dict[str, Any]:
    """The body for an error on `path`, in that path's dialect."""
    return ERROR_BODIES[dialect_for_path(path)](status, message)


def error_response(path: str, exc: Exception) -> JSONResponse:
    problem = problem_for(exc)
    body = error_body(path, problem.status, problem.message)
    return JSONResponse(body, status_code=problem.status, headers=problem.headers)


def stream_error_frame(dialect: Dialect, exc: Exception) -> bytes:
    """An error that happens after a stream's 200 has gone out, in the stream's own framing."""
    problem = problem_for(exc)
    return STREAM_ERROR_FRAMES[dialect](problem.status, problem.message)
