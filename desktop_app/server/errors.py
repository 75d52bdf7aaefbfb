"""HTTP errors, and which dialect's error body a path answers with.

Each dialect owns the shape of its error body; this module only routes an `ApiError` to the
right shape, so a malformed Ollama request gets `{"error": "..."}` and a malformed OpenAI request
gets `{"error": {"message": ..., "type": ...}}`, each as its own clients parse it.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from starlette.responses import JSONResponse

from desktop_app.core.errors import InvalidRequestError, MezzoError


class Dialect(StrEnum):
    LLAMA = "llama-server"
    OLLAMA = "ollama"
    OPENAI = "openai"
    MEZZO = "mezzo"


class ApiError(Exception):
    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


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


# llama-server's error types (tools/server/utils.hpp, format_error_response).
LLAMA_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "unavailable_error",
    501: "not_supported_error",
    503: "unavailable_error",
}
OPENAI_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    503: "server_error",
}


def error_body(dialect: Dialect, status: int, message: str) -> dict[str, Any]:
    if dialect is Dialect.OLLAMA:
        return {"error": message}
    if dialect is Dialect.OPENAI:
        kind = OPENAI_ERROR_TYPES.get(status, "server_error")
        return {"error": {"message": message, "type": kind, "param": None, "code": None}}
    kind = LLAMA_ERROR_TYPES.get(status, "server_error")
    return {"error": {"code": status, "message": message, "type": kind}}


def error_response(path: str, error: ApiError) -> JSONResponse:
    body = error_body(dialect_for_path(path), error.status, error.message)
    return JSONResponse(body, status_code=error.status, headers=error.headers)


def status_for(exc: MezzoError) -> int:
    """A request that can never succeed is the client's fault; anything else is ours, for now."""
    return 400 if isinstance(exc, InvalidRequestError | ValueError) else 503


def stream_error_frame(dialect: Dialect, status: int, message: str) -> bytes:
    """An error that happens after a stream's 200 has gone out, in the stream's own framing:
    llama-server sends an SSE `error:` event, Ollama an NDJSON line, OpenAI a `data:` event;
    each is what that dialect's clients raise from."""
    body = error_body(dialect, status, message)
    if dialect is Dialect.OLLAMA:
        return (json.dumps(body) + "\n").encode()
    if dialect is Dialect.LLAMA:
        return f"error: {json.dumps(body['error'])}\n\n".encode()
    return f"data: {json.dumps(body)}\n\ndata: [DONE]\n\n".encode()
