"""What telemetry stores about a served completion, and the vocabulary of events about it.

A record describes a completion by its numbers only: who asked (a salted hash), with which model,
how long each stage took, how long the answer was and how confident the model was. It never holds
the code, the prompt or a file path; the language is derived from the file name and the file name
is dropped. `clean_label` is the last guard against a path slipping into a free-text field.
"""

from __future__ import annotations

import hashlib
import math
import ntpath
import os
import posixpath
import re
import time
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from desktop_app.base.errors import TelemetryError


class EventType(StrEnum):
    """Tabby's `/v1/events` types; anything else is a 400 there and a TelemetryError here."""

    VIEW = "view"
    SELECT = "select"
    DISMISS = "dismiss"


class EventSource(StrEnum):
    EXPLICIT = "explicit"  # the editor said so (Tabby's /v1/events)
    INFERRED = "inferred"  # Mezzo guessed from the next request's prefix


class FinishReason(StrEnum):
    """How a recorded completion ended."""

    STOP = "stop"  # the model ended it, or a stop string did
    LENGTH = "length"  # n_predict, a line cap or a time cap
    WARMUP = "warmup"  # n_predict 0: the client only filled the cache
    CANCELLED = "cancelled"  # superseded by a newer request from the same client
    THROTTLED = "throttled"  # the power policy turned it away before any work


SELECT_KIND_LINE: Final = "line"  # Tabby's `?select_kind=line`: one line of the suggestion kept

_ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
_HASH_RE = re.compile(r"^(|[0-9a-f]{64})$")
_LANGUAGE_RE = re.compile(r"^[a-z0-9+#._-]{1,32}$")


def new_completion_id() -> str:
    """The id every completion answer carries, in Tabby's `cmpl-…` form."""
    return f"cmpl-{uuid.uuid4().hex}"


def valid_completion_id(value: str) -> bool:
    return bool(_ID_RE.match(value))


@dataclass(frozen=True, slots=True, kw_only=True)
class CompletionRecord:
    """One served completion. Hash fields come from `TelemetryStore.hash_client/hash_repo`."""

    id: str
    time: float = field(default_factory=time.time)  # epoch seconds when the answer was sent
    client_hash: str = ""
    model_id: str = ""
    model_version: str = ""
    adapter: str = ""  # "" when no LoRA adapter was applied
    language: str = "unknown"  # see language_for()
    repo_hash: str = ""
    prompt_tokens: int = 0
    tokens_reused: int = 0  # prompt tokens served from the KV cache
    queue_ms: float = 0.0
    prompt_ms: float = 0.0
    generation_ms: float = 0.0
    completion_chars: int = 0
    completion_lines: int = 0
    mean_logprob: float | None = None  # natural log per generated token
    min_logprob: float | None = None
    finish_reason: str = ""  # a FinishReason value
    suppressed: bool = False  # answered empty: gated, or throttled
    suppress_reason: str = ""  # a SuppressReason or ThrottleReason value (core.gating, core.power)
    superseded: bool = False  # newer work from the same client replaced it
    dialect: str = ""  # the request's Origin value: "llama-server", "ollama", "openai", ...

    @property
    def total_ms(self) -> float:
        return self.queue_ms + self.prompt_ms + self.generation_ms

    def validated(self) -> CompletionRecord:
        """Raise TelemetryError for ids or hashes of the wrong shape; clean free-text labels."""
        if not valid_completion_id(self.id):
            raise TelemetryError(f"completion id {self.id!r} is not a valid id")
        for name in ("client_hash", "repo_hash"):
            if not _HASH_RE.match(getattr(self, name)):
                raise TelemetryError(
                    f"{name} must be a hash from the telemetry store, not raw text"
                )
        counts = (
            self.prompt_tokens,
            self.tokens_reused,
            self.completion_chars,
            self.completion_lines,
        )
        if min(counts) < 0:
            raise TelemetryError("token and character counts cannot be negative")
        return CompletionRecord(
            id=self.id,
            time=float(self.time),
            client_hash=self.client_hash,
            model_id=clean_label(self.model_id),
            model_version=clean_label(self.model_version),
            adapter=clean_label(self.adapter),
            language=clean_language(self.language),
            repo_hash=self.repo_hash,
            prompt_tokens=self.prompt_tokens,
            tokens_reused=min(self.tokens_reused, self.prompt_tokens),
            queue_ms=max(0.0, float(self.queue_ms)),
            prompt_ms=max(0.0, float(self.prompt_ms)),
            generation_ms=max(0.0, float(self.generation_ms)),
            completion_chars=self.completion_chars,
            completion_lines=self.completion_lines,
            mean_logprob=_finite(self.mean_logprob),
            min_logprob=_finite(self.min_logprob),
            finish_reason=clean_label(self.finish_reason),
            suppressed=bool(self.suppressed),
            suppress_reason=clean_label(self.suppress_reason),
            superseded=bool(self.superseded),
            dialect=clean_label(self.dialect),
        )


def text_shape(text: str) -> tuple[int, int]:
    """(characters, lines) of a completion: what a record keeps instead of the text."""
    if not text:
        return 0, 0
    return len(text), text.count("\n") + 1


def _finite(value: float | None) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def looks_like_path(value: str) -> bool:
    return (
        value.startswith(("/", "~", "\\", "./", "../", "file:"))
        or "\\" in value
        or bool(re.match(r"^[A-Za-z]:[\\/]", value))
        or value.count("/") > 1
    )


def clean_label(value: str, limit: int = 96) -> str:
    """A short free-text label with any file-system path reduced to its last part.

    Hub ids like `Qwen/Qwen2.5-Coder-0.5B` keep their single slash; anything that looks like a
    path (absolute, home-relative, Windows, or with several separators) keeps only its base name.
    """
    value = " ".join(str(value).split())
    if looks_like_path(value):
        value = ntpath.basename(posixpath.basename(value.rstrip("/\\"))) or ""
    return value[:limit]


# File extensions to language ids, named as VS Code's languageId names them.
_EXTENSIONS: Final[dict[str, str]] = {
    ".py": "python", ".pyi": "python", ".luau": "luau", ".lua": "lua",
    ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascriptreact",
    ".ts": "typescript", ".mts": "typescript", ".cts": "typescript", ".tsx": "typescriptreact",
    ".rs": "rust", ".go": "go", ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".cxx": "cpp",
    ".hpp": "cpp", ".hh": "cpp", ".cs": "csharp", ".java": "java", ".kt": "kotlin",
    ".kts": "kotlin",
    ".swift": "swift", ".rb": "ruby", ".php": "php", ".scala": "scala", ".sh": "shellscript",
    ".bash": "shellscript", ".zsh": "shellscript", ".ps1": "powershell", ".sql": "sql",
    ".html": "html", ".htm": "html", ".css": "css", ".scss": "scss", ".vue": "vue",
    ".svelte": "svelte", ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml",
    ".md": "markdown", ".r": "r", ".jl": "julia", ".dart": "dart", ".ex": "elixir",
    ".exs": "elixir", ".erl": "erlang", ".hs": "haskell", ".ml": "ocaml", ".zig": "zig",
    ".nim": "nim", ".gd": "gdscript", ".glsl": "glsl", ".hlsl": "hlsl", ".sol": "solidity",
    ".m": "objective-c", ".mm": "objective-cpp", ".pl": "perl", ".vim": "vim", ".el": "elisp",
    ".clj": "clojure", ".fs": "fsharp", ".tf": "terraform", ".proto": "proto",
}  # fmt: skip
_ALIASES: Final[dict[str, str]] = {
    "py": "python", "python3": "python", "js": "javascript", "ts": "typescript",
    "tsx": "typescriptreact", "jsx": "javascriptreact", "c++": "cpp", "c#": "csharp",
    "golang": "go", "sh": "shellscript", "bash": "shellscript", "shell": "shellscript",
    "rs": "rust", "roblox": "luau", "rb": "ruby",
}  # fmt: skip


def clean_language(value: str) -> str:
    value = value.strip().lower()
    value = _ALIASES.get(value, value)
    if not value:
        return "unknown"
    return value if _LANGUAGE_RE.match(value) else "other"


def language_for(filename: str | None, declared: str | None = None) -> str:
    """The language of a request: the client's own field if it sent one, else the file extension.

    Only the language leaves this function; the file name itself is never stored.
    """
    if declared and declared.strip():
        return clean_language(declared)
    if not filename:
        return "unknown"
    base = ntpath.basename(posixpath.basename(filename))
    _, ext = os.path.splitext(base.lower())
    return _EXTENSIONS.get(ext, "other" if ext else "unknown")


def salted_hash(salt: bytes, kind: str, value: str) -> str:
    """sha256 over salt, a domain tag and the value: equal inputs give equal hashes per install."""
    digest = hashlib.sha256()
    digest.update(salt)
    digest.update(b"\0" + kind.encode() + b"\0")
    digest.update(value.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def normalise_repo_root(path: str | os.PathLike[str]) -> str:
    """The same repository spelled two ways (trailing slash, `..`) hashes the same."""
    text = os.fspath(path).strip()
    if not text:
        return ""
    return os.path.normcase(os.path.normpath(text))
