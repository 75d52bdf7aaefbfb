"""Stream framing: Server-Sent Events for llama-server and OpenAI, NDJSON lines for Ollama."""

from __future__ import annotations

import json
from typing import Any


def compact_json(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"))


def sse(data: dict[str, Any] | str) -> bytes:
    payload = data if isinstance(data, str) else compact_json(data)
    return f"data: {payload}\n\n".encode()


def ndjson(data: dict[str, Any]) -> bytes:
    return (compact_json(data) + "\n").encode()
