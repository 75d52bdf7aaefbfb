"""OpenAI's legacy completions dialect: `/v1/completions` with `suffix`, and `/v1/models`."""

from __future__ import annotations

import time
from itertools import accumulate
from typing import Any

from pydantic import Field

from desktop_app.core.delivery import Delivery
from desktop_app.engine.model import ModelInfo
from desktop_app.engine.types import (
    CompletionRequest,
    GenerationParams,
    Origin,
    StopType,
    TokenProbability,
)
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


class StreamOptions(WireModel):
    include_usage: StrictBool = False


class CompletionsBody(WireModel):
    model: StrictStr = ""
    prompt: StrictStr | list[StrictStr]
    suffix: StrictStr | None = None
    max_tokens: StrictInt | None = Field(16, ge=0)  # OpenAI's default; null means the same
    temperature: StrictFloat = Field(1.0, ge=0.0, le=2.0)
    top_p: StrictFloat = Field(1.0, ge=0.0, le=1.0)
    stop: StrictStr | list[StrictStr] | None = None
    stream: StrictBool = False
    stream_options: StreamOptions | None = None
    n: StrictInt = Field(1, ge=1, le=1)
    best_of: StrictInt | None = Field(None, ge=1, le=1)
    logprobs: StrictInt | None = Field(None, ge=0, le=5)
    echo: StrictBool = False
    presence_penalty: StrictFloat = Field(0.0, ge=-2.0, le=2.0)
    frequency_penalty: StrictFloat = Field(0.0, ge=-2.0, le=2.0)
    seed: StrictInt | None = None
    user: StrictStr = ""
    logit_bias: dict[str, Any] | None = None  # refused when not empty (see wire)
    # Mezzo's optional extensions
    repo: StrictStr = ""
    filepath: StrictStr = ""
    language: StrictStr = ""
    client_id: StrictStr = ""

    @property
    def wants_usage(self) -> bool:
        return self.stream_options is not None and self.stream_options.include_usage


def completions_request(
    body: CompletionsBody, client_id: str, max_n_predict: int
) -> CompletionRequest:
    prompt = body.prompt
    if isinstance(prompt, list):
        if len(prompt) != 1:
            raise ApiError(400, "Mezzo completes one prompt per request; send a single string.")
        prompt = prompt[0]
    refuse_logit_bias(body.logit_bias)
    _refuse_what_mezzo_cannot_honour(body)
    max_tokens = 16 if body.max_tokens is None else body.max_tokens
    if max_tokens > max_n_predict:
        raise ApiError(400, f"max_tokens must be at most {max_n_predict}.")
    params = GenerationParams(
        n_predict=max_tokens,
        temperature=body.temperature,
        top_p=body.top_p,
        seed=seed_value(body.seed),
        stop=stop_list(body.stop),
        # OpenAI always reports the sampled token as well, so `logprobs: 0` still asks for one.
        n_probs=0 if body.logprobs is None else max(body.logprobs, 1),
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


def _refuse_what_mezzo_cannot_honour(body: CompletionsBody) -> None:
    """Fields whose silent omission would answer something else than the client asked for."""
    if body.echo:
        raise ApiError(400, "echo is not supported by Mezzo; the prompt is already the client's.")
    if body.presence_penalty or body.frequency_penalty:
        raise ApiError(
            400, "presence_penalty and frequency_penalty are not supported by Mezzo; send 0."
        )
    if body.logprobs is not None and body.stream:
        raise ApiError(400, "logprobs are returned with whole answers only; send stream: false.")


def finish_reason(delivery: Delivery) -> str:
    return "length" if delivery.result.stop_type is StopType.LIMIT else "stop"


def to_wire(delivery: Delivery, model: str, prompt_chars: int = 0) -> dict[str, Any]:
    """`prompt_chars` places the tokens' `text_offset`s after the prompt, as OpenAI counts them."""
    result = delivery.result
    logprobs = _logprobs(result.probabilities, prompt_chars) if result.probabilities else None
    return {
        "id": delivery.completion_id,
        "object": "text_completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "text": delivery.text,
                "index": 0,
                "logprobs": logprobs,
                "finish_reason": finish_reason(delivery),
            }
        ],
        "usage": _usage(delivery),
        "mezzo": mezzo_fields(delivery),
    }


def _usage(delivery: Delivery) -> dict[str, int]:
    result = delivery.result
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.tokens_predicted,
        "total_tokens": result.prompt_tokens + result.tokens_predicted,
    }


def _logprobs(steps: tuple[TokenProbability, ...], prompt_chars: int) -> dict[str, list[Any]]:
    """The legacy completions `logprobs` object: per generated token its text, log-probability,
    the likeliest alternatives and where it starts in prompt + completion."""
    tokens = [step.piece.decode("utf-8", "replace") for step in steps]
    offsets = list(accumulate((len(token) for token in tokens[:-1]), initial=prompt_chars))
    return {
        "tokens": tokens,
        "token_logprobs": [step.logprob for step in steps],
        "top_logprobs": [
            {piece.decode("utf-8", "replace"): logprob for _, piece, logprob in step.top}
            for step in steps
        ],
        "text_offset": offsets if tokens else [],
    }


def stream_piece(text: str, completion_id: str, model: str) -> bytes:
    return sse(_chunk(completion_id, model, text))


def stream_final(delivery: Delivery, model: str, include_usage: bool = False) -> bytes:
    """The last chunk has the finish reason and Mezzo's fields, as the other dialects' last
    frames do, so a throttled or superseded stream says why it is empty; then, when the client
    asked for `stream_options.include_usage`, OpenAI's usage chunk (no choices); then `[DONE]`."""
    last = _chunk(delivery.completion_id, model, "", finish_reason(delivery))
    frames = sse(last | {"mezzo": mezzo_fields(delivery)})
    if include_usage:
        usage_only = {"choices": [], "usage": _usage(delivery)}
        frames += sse(_chunk(delivery.completion_id, model, "") | usage_only)
    return frames + sse("[DONE]")


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
