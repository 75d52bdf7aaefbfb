"""OpenAI's legacy completions dialect: `/v1/completions` with `suffix`, and `/v1/models`."""

from __future__ import annotations

import time
from typing import Any

from pydantic import Field

from desktop_app.core.delivery import Delivery
from desktop_app.engine.model import ModelInfo
from desktop_app.engine.types import CompletionRequest, GenerationParams, Origin, StopType
from desktop_app.server.extension import mezzo_fields
from desktop_app.server.framing import sse
from desktop_app.server.wire import (
    ApiError,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    WireModel,
    refuse_logit_bias,
    seed_value,
    stop_list,
)

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    503: "server_error",
}


class CompletionsBody(WireModel):
    model: StrictStr = ""
    prompt: StrictStr | list[StrictStr]
    suffix: StrictStr | None = None
    max_tokens: StrictInt = Field(16, ge=0)  # OpenAI's default
    temperature: StrictFloat = Field(1.0, ge=0.0, le=2.0)
    top_p: StrictFloat = Field(1.0, ge=0.0, le=1.0)
    stop: StrictStr | list[StrictStr] | None = None
    stream: StrictBool = False
    n: StrictInt = Field(1, ge=1, le=1)
    seed: StrictInt | None = None
    user: StrictStr = ""
    logit_bias: dict[str, Any] | None = None  # refused when not empty (see wire)
    # Mezzo's optional extensions
    repo: StrictStr = ""
    filepath: StrictStr = ""
    language: StrictStr = ""
    client_id: StrictStr = ""


def completions_request(
    body: CompletionsBody, client_id: str, max_n_predict: int
) -> CompletionRequest:
    prompt = body.prompt
    if isinstance(prompt, list):
        if len(prompt) != 1:
            raise ApiError(400, "Mezzo completes one prompt per request; send a single string.")
        prompt = prompt[0]
    refuse_logit_bias(body.logit_bias)
    if body.max_tokens > max_n_predict:
        raise ApiError(400, f"max_tokens must be at most {max_n_predict}.")
    params = GenerationParams(
        n_predict=body.max_tokens,
        temperature=body.temperature,
        top_p=body.top_p,
        seed=seed_value(body.seed),
        stop=stop_list(body.stop),
    )
    return CompletionRequest(
        origin=Origin.OPENAI,
        prefix=prompt,
        suffix=body.suffix or "",
        client_id=body.client_id or body.user or client_id,
        filename=body.filepath,
        repo_name=body.repo,
        language=body.language,
        raw=body.suffix is None,
        params=params,
    )


def finish_reason(delivery: Delivery) -> str:
    return "length" if delivery.result.stop_type is StopType.LIMIT else "stop"


def to_wire(delivery: Delivery, model: str) -> dict[str, Any]:
    result = delivery.result
    return {
        "id": delivery.completion_id,
        "object": "text_completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "text": delivery.text,
                "index": 0,
                "logprobs": None,
                "finish_reason": finish_reason(delivery),
            }
        ],
        "usage": {
            "prompt_tokens": result.prompt_tokens,
            "completion_tokens": result.tokens_predicted,
            "total_tokens": result.prompt_tokens + result.tokens_predicted,
        },
        "mezzo": mezzo_fields(delivery),
    }


def stream_piece(text: str, completion_id: str, model: str) -> bytes:
    return sse(_chunk(completion_id, model, text))


def stream_final(delivery: Delivery, model: str) -> bytes:
    """The last chunk has the finish reason and Mezzo's fields, as the other dialects' last
    frames do, so a throttled or superseded stream says why it is empty; then `[DONE]`."""
    last = _chunk(delivery.completion_id, model, "", finish_reason(delivery))
    return sse(last | {"mezzo": mezzo_fields(delivery)}) + sse("[DONE]")


def error_body(status: int, message: str) -> dict[str, Any]:
    kind = ERROR_TYPES.get(status, "server_error")
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def stream_error_frame(status: int, message: str) -> bytes:
    """The openai package raises from a `data:` event whose object is an `error`."""
    return sse(error_body(status, message)) + sse("[DONE]")


def _chunk(completion_id: str, model: str, text: str, finish: str | None = None) -> dict[str, Any]:
    return {
        "id": completion_id,
        "object": "text_completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"text": text, "index": 0, "logprobs": None, "finish_reason": finish}],
    }


def models_body(info: ModelInfo | None) -> dict[str, Any]:
    data = []
    if info is not None:
        data.append({"id": info.name, "object": "model", "created": 0, "owned_by": "mezzo"})
    return {"object": "list", "data": data}
