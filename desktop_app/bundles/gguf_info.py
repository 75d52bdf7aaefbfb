"""What a GGUF file says about itself, read with the `gguf` package's layout, not llama.cpp.

A download that has the right bytes can still be the wrong model for the job (an instruct model
with no FIM tokens, a different architecture), and a file someone imports may not be a model at
all. Reading the header here catches both before anything is installed, without loading weights
(the parsing itself is in gguf_header.py).
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.base.errors import BundleInvalidError, NotAGGUFError
from desktop_app.bundles.gguf_header import read_header

logger = logging.getLogger(__name__)

GGUF_MAGIC_BYTES = b"GGUF"

# Newer converters write fim_*; older ones wrote prefix/suffix/middle (CodeLlama era).
_FIM_KEYS: dict[str, tuple[str, ...]] = {
    "prefix": ("tokenizer.ggml.fim_pre_token_id", "tokenizer.ggml.prefix_token_id"),
    "suffix": ("tokenizer.ggml.fim_suf_token_id", "tokenizer.ggml.suffix_token_id"),
    "middle": ("tokenizer.ggml.fim_mid_token_id", "tokenizer.ggml.middle_token_id"),
}
# When the ids are missing, llama.cpp itself finds FIM markers by their text; so do we.
_FIM_TEXTS: dict[str, tuple[str, ...]] = {
    "prefix": ("<|fim_prefix|>", "<fim-prefix>", "<fim_prefix>", "<PRE>", "<｜fim▁begin｜>"),
    "suffix": ("<|fim_suffix|>", "<fim-suffix>", "<fim_suffix>", "<SUF>", "<｜fim▁hole｜>"),
    "middle": ("<|fim_middle|>", "<fim-middle>", "<fim_middle>", "<MID>", "<｜fim▁end｜>"),
}


@dataclass(frozen=True, slots=True)
class GGUFInfo:
    version: int
    architecture: str
    name: str | None
    context_length: int | None
    file_type: int | None
    tensor_count: int
    fim_tokens: dict[str, int] = field(default_factory=dict)

    @property
    def has_fim(self) -> bool:
        return all(role in self.fim_tokens for role in _FIM_KEYS)


def _fim_tokens(path: Path, metadata: dict[str, Any]) -> dict[str, int]:
    tokens: dict[str, int] = {}
    for role, keys in _FIM_KEYS.items():
        found = next((metadata[k] for k in keys if isinstance(metadata.get(k), int)), None)
        if found is not None and found >= 0:
            tokens[role] = found
    if len(tokens) == len(_FIM_KEYS):
        return tokens
    vocab = read_header(path, keep_arrays={"tokenizer.ggml.tokens"}).metadata.get(
        "tokenizer.ggml.tokens", []
    )
    index = {text: i for i, text in enumerate(vocab)}
    for role, texts in _FIM_TEXTS.items():
        if role not in tokens:
            hit = next((index[t] for t in texts if t in index), None)
            if hit is not None:
                tokens[role] = hit
    return tokens


def read_gguf_info(path: Path) -> GGUFInfo:
    """Parse the header and metadata; raise NotAGGUFError for anything that is not a GGUF model."""
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != GGUF_MAGIC_BYTES:
        raise NotAGGUFError(f"“{path.name}” is not a GGUF model file.", str(path))
    try:
        header = read_header(path)
        meta = header.metadata
        architecture = meta.get("general.architecture")
        if not isinstance(architecture, str):
            raise ValueError("general.architecture is missing")
        context = meta.get(f"{architecture}.context_length")
        return GGUFInfo(
            version=header.version,
            architecture=architecture,
            name=meta.get("general.name"),
            context_length=int(context) if isinstance(context, int) else None,
            file_type=meta.get("general.file_type"),
            tensor_count=header.tensor_count,
            fim_tokens=_fim_tokens(path, meta),
        )
    # A garbled header shows up as any of these, from struct, the enums or the decoder.
    except (ValueError, KeyError, struct.error, UnicodeDecodeError, OverflowError) as exc:
        raise NotAGGUFError(
            f"“{path.name}” starts like a GGUF model but its header is damaged or incomplete.",
            str(path),
        ) from exc


def check_expected(info: GGUFInfo, architecture: str | None, needs_fim: bool) -> None:
    """Raise BundleInvalidError when the file is not the kind of model its bundle promises."""
    if architecture and info.architecture != architecture:
        raise BundleInvalidError(
            f"This file is a “{info.architecture}” model, but the catalog promised "
            f"“{architecture}”. It was not installed.",
            "architecture",
            architecture,
            info.architecture,
        )
    if needs_fim and not info.has_fim:
        raise BundleInvalidError(
            "This model has no fill-in-the-middle tokens, so it cannot complete code between "
            "lines as the catalog promised. It was not installed.",
            "fim_tokens",
            "prefix, suffix, middle",
            ", ".join(sorted(info.fim_tokens)) or "none",
        )
