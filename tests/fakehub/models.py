"""Small but valid GGUF files, written with the `gguf` package, for the bundle tests.

The bundle code reads headers only (architecture, context length, FIM token ids), so a file is a
few hundred bytes of metadata plus one tensor whose size sets the file size: large enough, when
asked, for a throttled download to be interrupted halfway.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import gguf
import numpy as np

FIM_TOKENS = ("<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>")


def gguf_bytes(
    *,
    architecture: str = "qwen2",
    name: str = "tiny-coder",
    context_length: int = 4096,
    fim: bool = True,
    payload_bytes: int = 4096,
    seed: int = 0,
) -> bytes:
    """A GGUF model file; `seed` changes the tensor bytes so that two versions differ."""
    tokens = ["<unk>", "<|endoftext|>", "def", " return", *(FIM_TOKENS if fim else ())]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "model.gguf"
        writer = gguf.GGUFWriter(path, arch=architecture)
        writer.add_name(name)
        writer.add_context_length(context_length)
        writer.add_tokenizer_model("gpt2")
        writer.add_token_list(tokens)
        if fim:
            writer.add_uint32(gguf.Keys.Tokenizer.FIM_PRE_ID, tokens.index(FIM_TOKENS[0]))
            writer.add_uint32(gguf.Keys.Tokenizer.FIM_SUF_ID, tokens.index(FIM_TOKENS[1]))
            writer.add_uint32(gguf.Keys.Tokenizer.FIM_MID_ID, tokens.index(FIM_TOKENS[2]))
        weights = np.random.default_rng(seed).integers(0, 255, payload_bytes, dtype=np.uint8)
        writer.add_tensor(
            "blk.0.weight", weights.view(np.int8), raw_dtype=gguf.GGMLQuantizationType.I8
        )
        write_gguf(writer)
        return path.read_bytes()


def write_gguf(writer: gguf.GGUFWriter) -> None:
    """Write out what was added to `writer`, in the order the format needs, and close it."""
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
