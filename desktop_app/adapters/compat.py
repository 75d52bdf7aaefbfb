"""Does this LoRA adapter fit that base model? Answered from GGUF headers, before any install.

llama.cpp answers the same question only when the engine tries to attach the adapter
(`llama_adapter_lora_init` returns NULL), which is too late: the person has already mapped it
and gets base-model completions with a log line nobody reads. So we read both headers with the
`gguf` package (no weights are loaded) and apply llama.cpp's own rules
(`llama-adapter.cpp`): `general.type` is `adapter`, `adapter.type` is `lora`, the architecture
is the base's, and every `blk.N.X.weight.lora_a`/`lora_b` pair matches the base's
`blk.N.X.weight`. In numpy order (reversed ggml `ne`) a base weight is `(n_out, n_in)`,
`lora_a` is `(rank, n_in)` and `lora_b` is `(n_out, rank)`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gguf import GGUFReader

from desktop_app.base.errors import AdapterIncompatibleError, AdapterInvalidError

logger = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"
_A, _B = ".lora_a", ".lora_b"

# gguf raises whatever numpy raises on a short or garbled file: all mean "not readable".
_READ_ERRORS = (ValueError, IndexError, KeyError, TypeError, OverflowError, UnicodeDecodeError)


@dataclass(frozen=True, slots=True)
class LoraPair:
    a: tuple[int, ...]  # numpy order: (rank, n_in)
    b: tuple[int, ...]  # numpy order: (n_out, rank)


@dataclass(frozen=True, slots=True)
class LoraInfo:
    """What the adapter file says about itself."""

    architecture: str
    name: str | None
    alpha: float | None
    rank: int
    pairs: dict[str, LoraPair]  # base tensor name ("blk.0.attn_q.weight") → its two factors


@dataclass(frozen=True, slots=True)
class BaseModel:
    """A base model an adapter can be checked against: an installed bundle."""

    sha256: str
    name: str  # the bundle ref, e.g. "qwen2.5-coder-1.5b-q8@1"
    path: Path


def _field(reader: Any, key: str) -> Any:
    found = reader.get_field(key)
    return None if found is None else found.contents()


def _numpy_shape(tensor: Any) -> tuple[int, ...]:
    # `tensor.shape` is ggml's ne (innermost first) and is logical even for quantized types,
    # whereas `tensor.data.shape` of a quantized tensor counts bytes.
    return tuple(int(n) for n in reversed(tensor.shape))


def _reader(path: Path, what: str) -> Any:
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != GGUF_MAGIC:
        raise AdapterInvalidError(
            f"“{path.name}” is not a GGUF file, so it cannot be a LoRA adapter. Convert a PEFT "
            "adapter with llama.cpp's convert_lora_to_gguf.py first.",
            str(path),
            "not gguf",
        )
    try:
        return GGUFReader(path, "r")
    except _READ_ERRORS as exc:
        raise AdapterInvalidError(
            f"“{path.name}” starts like a GGUF {what} but its header is damaged or incomplete.",
            str(path),
            "damaged",
        ) from exc


def read_lora(path: Path) -> LoraInfo:
    """Parse an adapter's header; AdapterInvalidError for anything that is not a LoRA GGUF."""
    reader = _reader(path, "adapter")
    try:
        kind = _field(reader, "general.type")
        adapter_type = _field(reader, "adapter.type")
        architecture = _field(reader, "general.architecture")
        alpha = _field(reader, "adapter.lora.alpha")
        name = _field(reader, "general.name")
        shapes = {t.name: _numpy_shape(t) for t in reader.tensors}
    except _READ_ERRORS as exc:
        raise AdapterInvalidError(
            f"“{path.name}” is a GGUF file but its metadata cannot be read.", str(path), "damaged"
        ) from exc
    if kind != "adapter":
        raise AdapterInvalidError(
            f"“{path.name}” is a whole model (general.type={kind or 'unset'}), not a LoRA "
            "adapter. Install models with `mezzo models import`.",
            str(path),
            "not adapter",
        )
    if adapter_type != "lora" or not isinstance(architecture, str):
        raise AdapterInvalidError(
            f"“{path.name}” is a “{adapter_type or 'unknown'}” adapter; Mezzo applies LoRA "
            "adapters only.",
            str(path),
            "not lora",
        )
    pairs: dict[str, LoraPair] = {}
    for tensor_name, shape in shapes.items():
        if tensor_name.endswith(_A):
            base_name = tensor_name[: -len(_A)]
            b = shapes.get(base_name + _B)
            if b is None or len(shape) != 2 or len(b) != 2 or shape[0] != b[1]:
                raise AdapterInvalidError(
                    f"“{path.name}” has a damaged LoRA pair for {base_name}.",
                    str(path),
                    "damaged",
                )
            pairs[base_name] = LoraPair(shape, b)
        elif tensor_name.endswith(_B) and tensor_name[: -len(_B)] + _A not in shapes:
            raise AdapterInvalidError(
                f"“{path.name}” has {tensor_name} without its lora_a half.", str(path), "damaged"
            )
    if not pairs:
        raise AdapterInvalidError(
            f"“{path.name}” says it is a LoRA adapter but holds no LoRA tensors.",
            str(path),
            "no tensors",
        )
    ranks = {pair.a[0] for pair in pairs.values()}
    return LoraInfo(
        architecture=architecture,
        name=name if isinstance(name, str) else None,
        alpha=float(alpha) if isinstance(alpha, int | float) else None,
        rank=max(ranks),
        pairs=pairs,
    )


def read_base_shapes(base: BaseModel) -> tuple[str, dict[str, tuple[int, ...]]]:
    """The base's architecture and tensor shapes; only the header of a multi-GB file is read."""
    reader = _reader(base.path, "model")
    try:
        architecture = _field(reader, "general.architecture")
        shapes = {t.name: _numpy_shape(t) for t in reader.tensors}
    except _READ_ERRORS as exc:
        raise AdapterInvalidError(
            f"The base model “{base.name}” has a damaged header.", str(base.path), "damaged"
        ) from exc
    return str(architecture), shapes


def check_fits(lora: LoraInfo, adapter: str, base: BaseModel) -> None:
    """Raise AdapterIncompatibleError, naming both models, unless llama.cpp would load it."""
    architecture, shapes = read_base_shapes(base)

    def refuse(why: str) -> AdapterIncompatibleError:
        return AdapterIncompatibleError(
            f"The adapter “{adapter}” does not fit the model “{base.name}” "
            f"(sha256 {base.sha256[:12]}): {why}. It was not installed. Pass --base with the "
            "model it was trained on.",
            adapter=adapter,
            base=base.name,
            why=why,
        )

    if lora.architecture != architecture:
        raise refuse(f"it was made for a “{lora.architecture}” model, this is “{architecture}”")
    for name, pair in sorted(lora.pairs.items()):
        weight = shapes.get(name)
        if weight is None:
            raise refuse(f"the model has no tensor {name}")
        if len(weight) != 2 or pair.a[1] != weight[1] or pair.b[0] != weight[0]:
            shown = "×".join(str(n) for n in weight)
            raise refuse(
                f"{name} is {shown} in the model, the adapter expects {pair.b[0]}×{pair.a[1]}"
            )
