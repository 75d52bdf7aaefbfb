"""OpenAI's legacy completions dialect: `/v1/completions` with `suffix`, and `/v1/models`."""

from __future__ import annotations

import time
from typing import Any

from pydantic import Field

from desktop_app.core.completions import Delivery
from desktop_app.engine.model import ModelInfo
from desktop_app.engine.types import CompletionRequest, GenerationParams, StopType
from desktop_app.server.errors import ApiError
from desktop_app.server.llama_dialect import mezzo_extension
from desktop_app.server.wire import (
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    WireModel,
    seed_value,
    stop_list,
)

DIALECT = "openai"


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
        origin=DIALECT,
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


def completion_body(delivery: Delivery, model: str) -> dict[str, Any]:
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
        "mezzo": mezzo_extension(delivery),
    }


def stream_chunk(
    completion_id: str, model: str, text: str, finish: str | None = None
) -> dict[str, Any]:
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
