"""HTTP errors, and which dialect's error body a path answers with.

Each dialect owns the shape of its error body; this module only routes an `ApiError` to the
right shape, so a malformed Ollama request gets `{"error": "..."}` and a malformed OpenAI request
gets `{"error": {"message": ..., "type": ...}}`, each as its own clients parse it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from starlette.responses import JSONResponse


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


def dialect_for_path(path: str) -> Dialect:
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
