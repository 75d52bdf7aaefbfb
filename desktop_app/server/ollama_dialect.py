"""Ollama's dialect: `/api/generate` and the discovery endpoints that clients probe first.

Continue and Roblox Studio plugins speak it. A request with a `suffix` (even an empty one) is
fill-in-the-middle, as Mezzo's own Studio plugin sends it. A plugin built on the published Luau
fine-tuning recipe sends no suffix: it embeds prefix and suffix in that recipe's instruction
prompt, which is recognised and turned back into a real FIM request, so a FIM-trained model
answers it with its own template.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from pydantic import Field

from desktop_app.core.delivery import Delivery
from desktop_app.engine.model import ModelInfo
from desktop_app.engine.types import CompletionRequest, GenerationParams, Origin, StopType
from desktop_app.server.extension import mezzo_fields
from desktop_app.server.framing import ndjson
from desktop_app.server.wire import (
    ApiError,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    WireModel,
    seed_value,
    stop_list,
)

OLLAMA_VERSION = "0.12.6"  # what `/api/version` reports; clients only check it is recent
DEFAULT_NUM_PREDICT = 128
# Mezzo builds FIM prompts from the GGUF's own tokens; this template only tells clients that
# `suffix` is understood (Continue looks for `.Suffix`).
FIM_TEMPLATE = (
    "{{- if .Suffix }}<FIM_PREFIX>{{ .Prompt }}<FIM_SUFFIX>{{ .Suffix }}<FIM_MIDDLE>"
    "{{- else }}{{ .Prompt }}{{- end }}"
)

INSTRUCTION_PROMPT = re.compile(
    r"^Complete the (?P<language>.*?) ?code\. Output only the middle, between the prefix and "
    r"suffix\.\n\nPrefix:\n(?P<prefix>.*)\n\nSuffix:\n(?P<suffix>.*)\n\nMiddle:\s*$",
    re.DOTALL,
)


class OllamaOptions(WireModel):
    temperature: StrictFloat | None = Field(None, ge=0.0, le=5.0)
    top_p: StrictFloat | None = Field(None, ge=0.0, le=1.0)
    top_k: StrictInt | None = Field(None, ge=0, le=100_000)
    num_predict: StrictInt | None = Field(None, ge=-2)
    stop: StrictStr | list[StrictStr] | None = None
    num_ctx: StrictInt | None = Field(None, ge=0, le=1_048_576)
    seed: StrictInt | None = None


class GenerateBody(WireModel):
    model: StrictStr = ""
    prompt: StrictStr = ""
    suffix: StrictStr | None = None
    system: StrictStr | None = None
    raw: StrictBool = False
    stream: StrictBool = True
    keep_alive: StrictStr | StrictInt | StrictFloat | None = None
    options: OllamaOptions = OllamaOptions()
    format: StrictStr | dict[str, Any] | None = None  # "json" or a JSON schema: refused
    images: list[StrictStr] | None = None  # refused: Mezzo's models read no images
    # Mezzo's optional extensions
    repo: StrictStr = ""
    filepath: StrictStr = ""
    language: StrictStr = ""
    client_id: StrictStr = ""


def is_load_request(body: GenerateBody) -> bool:
    """An empty prompt asks Ollama to load the model (or unload it, with keep_alive 0)."""
    return not body.prompt and not body.suffix


def generate_request(body: GenerateBody, client_id: str, max_n_predict: int) -> CompletionRequest:
    if body.format:
        raise ApiError(400, "format (structured output) is not supported by Mezzo; omit it.")
    if body.images:
        raise ApiError(400, "images are not supported: Mezzo's code models read text only.")
    options = body.options
    n_predict = options.num_predict
    if n_predict is None:
        n_predict = DEFAULT_NUM_PREDICT
    elif n_predict < 0:  # -1: until done, -2: fill the context; both mean "the server's cap"
        n_predict = max_n_predict
    if n_predict > max_n_predict:
        raise ApiError(400, f"options.num_predict must be at most {max_n_predict}.")
    params = GenerationParams(
        n_predict=n_predict,
        temperature=options.temperature if options.temperature is not None else 0.0,
        top_k=options.top_k if options.top_k is not None else 40,
        top_p=options.top_p if options.top_p is not None else 0.9,
        seed=seed_value(options.seed),
        stop=stop_list(options.stop),
    )
    common = {
        "origin": Origin.OLLAMA,
        "client_id": body.client_id or client_id,
        "filename": body.filepath,
        "repo_name": body.repo,
        "params": params,
    }
    if body.suffix is not None:
        return CompletionRequest(body.prompt, body.suffix, language=body.language, **common)
    embedded = INSTRUCTION_PROMPT.match(body.prompt) if not body.raw else None
    if embedded:
        return CompletionRequest(
            embedded["prefix"],
            embedded["suffix"],
            language=body.language or embedded["language"],
            **common,
        )
    return CompletionRequest(body.prompt, raw=True, language=body.language, **common)


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def done_reason(delivery: Delivery) -> str:
    return "length" if delivery.result.stop_type is StopType.LIMIT else "stop"


def to_wire(delivery: Delivery, model: str) -> dict[str, Any]:
    result = delivery.result
    t = result.timings
    ns = 1_000_000
    return {
        "model": model,
        "created_at": _now(),
        "response": delivery.text,
        "done": True,
        "done_reason": done_reason(delivery),
        "total_duration": int((t.queue_ms + t.prompt_ms + t.predict_ms) * ns),
        "load_duration": 0,
        "prompt_eval_count": result.tokens_evaluated,
        "prompt_eval_duration": int(t.prompt_ms * ns),
        "eval_count": result.tokens_predicted,
        "eval_duration": int(t.predict_ms * ns),
        "id": delivery.completion_id,
        "mezzo": mezzo_fields(delivery),
    }


def load_body(model: str, unload: bool) -> dict[str, Any]:
    return {
        "model": model,
        "created_at": _now(),
        "response": "",
        "done": True,
        "done_reason": "unload" if unload else "load",
    }


def stream_piece(text: str, model: str) -> bytes:
    return ndjson({"model": model, "created_at": _now(), "response": text, "done": False})


def stream_final(delivery: Delivery, model: str) -> bytes:
    """The `done: true` line carries the counts and durations, with no new text."""
    return ndjson(to_wire(delivery, model) | {"response": ""})


def error_body(_status: int, message: str) -> dict[str, Any]:
    return {"error": message}


def stream_error_frame(status: int, message: str) -> bytes:
    """Ollama's clients raise from an `{"error": …}` line inside the stream."""
    return ndjson(error_body(status, message))


def model_name(info: ModelInfo | None) -> str:
    return f"{info.name.lower().replace(' ', '-')}:latest" if info else "mezzo:latest"


def _details(info: ModelInfo) -> dict[str, Any]:
    return {
        "parent_model": "",
        "format": "gguf",
        "family": info.architecture,
        "families": [info.architecture],
        "parameter_size": "",
        "quantization_level": "",
    }


def tags_body(info: ModelInfo | None, modified_at: str) -> dict[str, Any]:
    if info is None:
        return {"models": []}
    name = model_name(info)
    return {
        "models": [
            {
                "name": name,
                "model": name,
                "modified_at": modified_at,
                "size": info.size_bytes,
                "digest": "",
                "details": _details(info),
            }
        ]
    }


def show_body(info: ModelInfo, modified_at: str) -> dict[str, Any]:
    """`.Suffix` in the template and `insert` in capabilities are what FIM clients check for."""
    return {
        "modelfile": f"FROM {info.path}\n",
        "parameters": "",
        "template": FIM_TEMPLATE,
        "details": _details(info),
        "model_info": {
            "general.architecture": info.architecture,
            f"{info.architecture}.context_length": info.n_ctx_train,
        },
        "capabilities": ["completion", "insert"],
        "modified_at": modified_at,
    }


def version_body() -> dict[str, Any]:
    return {"version": OLLAMA_VERSION}
