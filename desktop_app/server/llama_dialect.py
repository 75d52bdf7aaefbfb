"""llama-server's dialect: `/infill` and `/completion`, as llama.vscode, llama.vim and Continue
speak it (tools/server in llama.cpp). Field names, defaults and response keys follow upstream;
`response_fields` entries with a `/` come back at the top level under their literal path."""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated, Any

from pydantic import Field, model_validator

from desktop_app.core.delivery import Delivery
from desktop_app.engine.types import (
    CompletionRequest,
    ExtraChunk,
    GenerationParams,
    Origin,
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

# llama-server's error types (tools/server/utils.hpp, format_error_response).
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "unavailable_error",
    501: "not_supported_error",
    503: "unavailable_error",
}


class ExtraChunkBody(WireModel):
    text: StrictStr
    filename: StrictStr = ""


class CompletionBody(WireModel):
    """Fields shared by `/completion` and `/infill`."""

    # /completion also takes llama-server's array of text and token ids; /infill only text.
    prompt: StrictStr | list[StrictStr | Annotated[int, Field(strict=True, ge=0)]] = ""
    n_predict: StrictInt = Field(-1, ge=-1)
    n_indent: StrictInt = Field(0, ge=0, le=1000)
    t_max_prompt_ms: StrictInt = Field(-1, ge=-1)
    t_max_predict_ms: StrictInt = Field(-1, ge=-1)
    stop: StrictStr | list[StrictStr] | None = None
    samplers: list[StrictStr] | None = None
    top_k: StrictInt = Field(40, ge=0, le=100_000)
    top_p: StrictFloat = Field(0.95, ge=0.0, le=1.0)
    temperature: StrictFloat | None = Field(None, ge=0.0, le=5.0)
    seed: StrictInt = -1
    cache_prompt: StrictBool = True
    id_slot: StrictInt = -1
    response_fields: list[StrictStr] | None = None
    n_cmpl: StrictInt = Field(1, ge=1, le=4)
    n_probs: StrictInt = Field(0, ge=0, le=100)
    stream: StrictBool = False
    logit_bias: list[Any] | dict[str, Any] | None = None  # refused when not empty (see wire)
    # Mezzo's optional extensions: which file and repository (adapter choice), which client.
    repo: StrictStr = ""
    filepath: StrictStr = ""
    language: StrictStr = ""
    client_id: StrictStr = ""


class InfillBody(CompletionBody):
    prompt: StrictStr = ""
    input_prefix: StrictStr
    input_suffix: StrictStr = ""
    input_extra: tuple[ExtraChunkBody, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _prefix_required(cls, data: Any) -> Any:
        if isinstance(data, dict) and "input_prefix" not in data:
            raise ApiError(400, '"input_prefix" is required')
        return data


class TokenizeBody(WireModel):
    content: StrictStr
    add_special: StrictBool = False
    parse_special: StrictBool = True
    with_pieces: StrictBool = False


class DetokenizeBody(WireModel):
    tokens: list[Annotated[int, Field(strict=True, ge=0)]]


def tokenize_body(tokens: list[tuple[int, bytes]], with_pieces: bool) -> dict[str, Any]:
    """`{"tokens": [ids]}`, or with pieces `[{"id", "piece"}]`: the piece as text when it is
    whole UTF-8, else its bytes, as llama-server answers."""
    if not with_pieces:
        return {"tokens": [token for token, _piece in tokens]}
    return {"tokens": [{"id": token, "piece": _piece_value(piece)} for token, piece in tokens]}


def _piece_value(piece: bytes) -> str | list[int]:
    try:
        return piece.decode("utf-8")
    except UnicodeDecodeError:
        return list(piece)


def _params(body: CompletionBody, max_n_predict: int) -> GenerationParams:
    refuse_logit_bias(body.logit_bias)
    if body.n_predict > max_n_predict:
        raise ApiError(400, f'"n_predict" must be at most {max_n_predict}.')
    samplers = body.samplers
    # llama-server applies temperature only when it is in the sampler chain; without it (as
    # llama.vscode asks) the infill sampler's best candidate is taken.
    sampled = body.temperature is not None and (samplers is None or "temperature" in samplers)
    # t_max_prompt_ms is read and ignored, as llama-server does (a TODO upstream), so clients
    # send values that were never meant to bite: llama.vim sends 500 ms, and 1 ms with its
    # warm-up. Honouring them answered the first request at every new place in a file with
    # nothing, after doing the work; finishing the prompt and answering serves the person
    # better. The server's own cap (engine.max_prompt_ms) still bounds a runaway prompt.
    return GenerationParams(
        n_predict=max_n_predict if body.n_predict < 0 else body.n_predict,
        temperature=body.temperature if sampled and body.temperature else 0.0,
        top_k=body.top_k,
        top_p=body.top_p,
        seed=seed_value(body.seed),
        stop=stop_list(body.stop),
        n_indent=body.n_indent,
        t_max_predict_ms=max(0, body.t_max_predict_ms),
        n_probs=body.n_probs,
        infill_sampler=bool(samplers) and "infill" in samplers,
        cache_prompt=body.cache_prompt,
    )


def infill_request(body: InfillBody, client_id: str, max_n_predict: int) -> CompletionRequest:
    """llama-server puts `prompt` (the cursor line so far) right after the prefix."""
    return CompletionRequest(
        origin=Origin.LLAMA_SERVER,
        prefix=body.input_prefix + body.prompt,
        suffix=body.input_suffix,
        client_id=body.client_id or client_id,
        extra=tuple(ExtraChunk(c.filename, c.text) for c in body.input_extra),
        filename=body.filepath,
        repo_name=body.repo,
        language=body.language,
        params=_params(body, max_n_predict),
    )


def completion_request(
    body: CompletionBody, client_id: str, max_n_predict: int
) -> CompletionRequest:
    """`/completion` sends the prompt as it is; one longer than the context is a 400, as
    llama-server answers it, never silently cut."""
    params = dataclasses.replace(_params(body, max_n_predict), refuse_overflow=True)
    mixed = isinstance(body.prompt, list)
    return CompletionRequest(
        origin=Origin.LLAMA_SERVER,
        prefix="" if isinstance(body.prompt, list) else body.prompt,
        prompt_parts=tuple(body.prompt) if mixed else (),
        client_id=body.client_id or client_id,
        filename=body.filepath,
        repo_name=body.repo,
        language=body.language,
        raw=True,
        params=params,
    )


def result_body(delivery: Delivery, model_path: str, *, index: int = 0) -> dict[str, Any]:
    result = delivery.result
    timings = result.timings
    prompt_n = result.tokens_evaluated
    predicted_n = result.tokens_predicted
    probabilities = {"completion_probabilities": [_probability(p) for p in result.probabilities]}
    return {
        "index": index,
        "content": delivery.text,
        "id": delivery.completion_id,
        "tokens": [],
        "id_slot": 0,
        "stop": True,
        "model": model_path,
        "tokens_predicted": predicted_n,
        "tokens_evaluated": result.prompt_tokens,
        "has_new_line": "\n" in delivery.text,
        "truncated": result.truncated,
        "stop_type": result.stop_type.value,
        "stopping_word": result.stopping_word,
        "tokens_cached": result.prompt_tokens + predicted_n,
        "timings": {
            "cache_n": result.tokens_cached,
            "prompt_n": prompt_n,
            "prompt_ms": timings.prompt_ms,
            "prompt_per_token_ms": timings.prompt_ms / prompt_n if prompt_n else 0.0,
            "prompt_per_second": 1000.0 * prompt_n / timings.prompt_ms
            if timings.prompt_ms
            else 0.0,
            "predicted_n": predicted_n,
            "predicted_ms": timings.predict_ms,
            "predicted_per_token_ms": timings.predict_ms / predicted_n if predicted_n else 0.0,
            "predicted_per_second": (
                1000.0 * predicted_n / timings.predict_ms if timings.predict_ms else 0.0
            ),
        },
        "mezzo": mezzo_fields(delivery),
    } | (probabilities if result.probabilities else {})


def _probability(step: TokenProbability) -> dict[str, Any]:
    """llama-server's `completion_probabilities` entry (its `n_probs` without
    `post_sampling_probs`): log-probabilities of the token and of the likeliest ones."""
    return _token_logprob(step.token, step.piece, step.logprob) | {
        "top_logprobs": [_token_logprob(*candidate) for candidate in step.top]
    }


def _token_logprob(token: int, piece: bytes, logprob: float) -> dict[str, Any]:
    return {
        "id": token,
        "token": piece.decode("utf-8", "replace"),
        "bytes": list(piece),
        "logprob": logprob,
    }


def to_wire(
    deliveries: list[Delivery], model_path: str, body: CompletionBody
) -> dict[str, Any] | list[dict[str, Any]]:
    """The whole answer: one body, or a list of `n_cmpl` bodies, each cut to `response_fields`."""
    answers = [
        select_fields(result_body(delivery, model_path, index=i), body.response_fields)
        for i, delivery in enumerate(deliveries)
    ]
    return answers if len(answers) > 1 else answers[0]


def select_fields(body: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    """`response_fields`, as llama-server reads it: no list or an empty one is the whole body;
    otherwise only the named fields that exist (the completion id stays in the
    `X-Mezzo-Completion-Id` header). `a/b` is read from nested `a` but returned under the
    literal key "a/b", which is what llama.vscode and llama.vim read."""
    if not fields:
        return body
    selected: dict[str, Any] = {}
    for path in fields:
        node: Any = body
        for part in path.split("/"):
            if not isinstance(node, dict) or part not in node:
                break
            node = node[part]
        else:
            if path:
                selected[path] = node
    return selected


def stream_piece(text: str) -> bytes:
    return sse({"index": 0, "content": text, "tokens": [], "stop": False, "id_slot": 0})


def stream_final(delivery: Delivery, model_path: str) -> bytes:
    """The last event carries the whole result body (timings, stop type), with no new text."""
    return sse(result_body(delivery, model_path) | {"content": ""})


def error_body(status: int, message: str) -> dict[str, Any]:
    kind = ERROR_TYPES.get(status, "server_error")
    return {"error": {"code": status, "message": message, "type": kind}}


def stream_error_frame(status: int, message: str) -> bytes:
    """llama-server sends an SSE `error:` event, which llama.vscode and llama.vim raise from."""
    return f"error: {json.dumps(error_body(status, message)['error'])}\n\n".encode()
