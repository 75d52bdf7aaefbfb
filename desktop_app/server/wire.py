"""Shared pieces of request parsing: strict JSON bodies and field types every dialect uses.

Upstream servers answer malformed JSON with 500 (llama-server) or crash a handler; Mezzo answers
400 with a message that names the field, in the dialect's own error shape.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class ApiError(Exception):
    """An HTTP error a route decides itself (a malformed body, a missing query parameter);
    errors from the core go through the error table in `server.errors` instead."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


StrictInt = Annotated[int, Field(strict=True)]
StrictFloat = Annotated[float, Field(strict=True)]
StrictStr = Annotated[str, Field(strict=True)]
StrictBool = Annotated[bool, Field(strict=True)]

SEED_MAX = 0xFFFFFFFF


class WireModel(BaseModel):
    """Unknown fields are ignored, as upstream servers do; known fields must have the right type."""

    model_config = ConfigDict(extra="ignore", frozen=True)


M = TypeVar("M", bound=WireModel)


# A `\uD800`-`\uDFFF` escape: JSON allows a lone one, but such a string cannot be encoded for
# the tokenizer, so it must be refused here rather than fail in the engine thread.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def parse_body(raw: bytes, model: type[M]) -> M:
    try:
        data = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise ApiError(400, "The request body is not valid UTF-8.") from exc
    except ValueError as exc:
        raise ApiError(400, f"The request body is not valid JSON: {exc}") from exc
    except RecursionError as exc:  # "[[[[…" a hundred thousand deep fits in the body limit
        raise ApiError(400, "The request body is nested too deeply.") from exc
    if not isinstance(data, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    if _SURROGATE_ESCAPE.search(raw) and not _encodable(data):
        raise ApiError(400, "The request body contains a lone UTF-16 surrogate (\\uD800-\\uDFFF).")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ApiError(400, describe_validation_error(exc)) from exc


def _encodable(data: Any) -> bool:
    """Whether every string in `data` is valid Unicode (escaped surrogate pairs are fine)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def describe_validation_error(exc: ValidationError) -> str:
    first: dict[str, Any] = exc.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
    return f'Invalid field "{where}": {first["msg"]}{more}'


def stop_list(stop: str | list[str] | None) -> tuple[str, ...]:
    if stop is None:
        return ()
    return (stop,) if isinstance(stop, str) else tuple(stop)


def seed_value(seed: int | None) -> int:
    """Upstream servers take -1 (or nothing) for a random seed."""
    return SEED_MAX if seed is None or seed < 0 else seed & SEED_MAX


def refuse_logit_bias(logit_bias: object) -> None:
    """Mezzo's sampling loop has no logit bias; ignoring one silently would answer something
    else than the client asked for, so a non-empty one is a 400."""
    if logit_bias:
        raise ApiError(400, "logit_bias is not supported by Mezzo; send the request without it.")
