"""One completion request per dialect, whole or streamed, and how to read its text and id back.

Shared by the end-to-end tests that need "the same request in every dialect": recording,
throttling, privacy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tests.server.live import CLIENT_HEADER, ID_HEADER, LiveServer

PREFIX = "def area(width, height):\n    return "
SUFFIX = "\n\nprint(area(3, 4))\n"


@dataclass(frozen=True)
class Dialect:
    name: str  # what telemetry records as the dialect
    path: str
    stream: bool

    @property
    def id(self) -> str:
        return f"{self.path}{' (stream)' if self.stream else ''}"

    def body(self, prefix: str, suffix: str, n_predict: int, **extra: Any) -> dict[str, Any]:
        if self.path == "/infill":
            cut = prefix.rfind("\n") + 1  # llama.vscode: whole lines, then the cursor line
            body = {"input_prefix": prefix[:cut], "prompt": prefix[cut:], "input_suffix": suffix,
                    "n_predict": n_predict}  # fmt: skip
        elif self.path == "/completion":
            body = {"prompt": prefix, "n_predict": n_predict}
        elif self.path == "/api/generate":
            body = {"prompt": prefix, "suffix": suffix, "options": {"num_predict": n_predict}}
        else:
            body = {"prompt": prefix, "suffix": suffix, "max_tokens": n_predict}
        return {**body, "stream": self.stream, **extra}


DIALECTS = [
    Dialect(name, path, stream)
    for name, path in (
        ("llama-server", "/infill"),
        ("llama-server", "/completion"),
        ("ollama", "/api/generate"),
        ("openai", "/v1/completions"),
    )
    for stream in (False, True)
]
# Fill-in-the-middle, not streamed: the answers the confidence gate may hide.
GATED = [d for d in DIALECTS if not d.stream and d.path != "/completion"]


@dataclass(frozen=True)
class Answer:
    status: int
    completion_id: str
    text: str
    final: dict[str, Any]  # the whole body, or a stream's last frame
    mezzo: dict[str, Any] | None  # Mezzo's extension, where the dialect carries it


def complete(
    live: LiveServer, dialect: Dialect, prefix: str = PREFIX, suffix: str = SUFFIX,
    n_predict: int = 6, client: str = "editor", **extra: Any,
) -> Answer:  # fmt: skip
    body = dialect.body(prefix, suffix, n_predict, **extra)
    headers = {CLIENT_HEADER: client}
    with live.http.stream("POST", dialect.path, json=body, headers=headers) as response:
        lines = [line for line in response.iter_lines() if line]
    completion_id = response.headers.get(ID_HEADER, "")
    if not dialect.stream:
        final = json.loads("".join(lines))
        return Answer(response.status_code, completion_id, _text(dialect, final), final,
                      final.get("mezzo"))  # fmt: skip
    frames = [json.loads(line.removeprefix("data: ")) for line in lines if line != "data: [DONE]"]
    assert frames, lines
    if dialect.path == "/v1/completions":
        assert lines[-1] == "data: [DONE]"
    text = "".join(_text(dialect, frame) for frame in frames)
    return Answer(response.status_code, completion_id, text, frames[-1], frames[-1].get("mezzo"))


def _text(dialect: Dialect, body: dict[str, Any]) -> str:
    if dialect.path == "/api/generate":
        return body["response"]
    if dialect.path == "/v1/completions":
        return body["choices"][0]["text"]
    return body["content"]
