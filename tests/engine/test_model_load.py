"""Loading a model: typed errors a person can act on, and what a loaded model reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import gguf
import numpy as np
import pytest

from desktop_app.base.errors import (
    ModelLoadError,
    ModelNotFoundError,
    NotAGGUFError,
    OutOfMemoryError,
    UnsupportedModelError,
)
from desktop_app.engine import model as model_module
from desktop_app.engine.model import LoadedModel
from tests.engine.conftest import LoadModel
from tests.engine.support import SETTINGS


def write_unknown_architecture(path: Path) -> Path:
    writer = gguf.GGUFWriter(path, "nosucharch")
    writer.add_type(gguf.GGUFType.MODEL)
    writer.add_name("mystery")
    writer.add_tensor("token_embd.weight", np.zeros((8, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


class TestLoadErrors:
    def test_missing_file(self, tmp_path: Path) -> None:
        path = tmp_path / "gone.gguf"
        with pytest.raises(ModelNotFoundError) as caught:
            LoadedModel.load(path, SETTINGS)
        assert caught.value.path == str(path)

    def test_text_file_renamed_to_gguf(self, tmp_path: Path) -> None:
        path = tmp_path / "notes.gguf"
        path.write_text("just some notes, not a model\n")
        with pytest.raises(NotAGGUFError, match="not a GGUF model file"):
            LoadedModel.load(path, SETTINGS)

    def test_empty_file(self, tmp_path: Path) -> None:
        path = tmp_path / "empty.gguf"
        path.write_bytes(b"")
        with pytest.raises(NotAGGUFError):
            LoadedModel.load(path, SETTINGS)

    def test_unknown_architecture(self, tmp_path: Path) -> None:
        path = write_unknown_architecture(tmp_path / "mystery.gguf")
        with pytest.raises(UnsupportedModelError, match="nosucharch"):
            LoadedModel.load(path, SETTINGS)

    def test_file_cut_short(self, tmp_path: Path, tiny_qwen_model: Path) -> None:
        path = tmp_path / "half.gguf"
        data = tiny_qwen_model.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        with pytest.raises(UnsupportedModelError):
            LoadedModel.load(path, SETTINGS)

    def test_model_larger_than_free_memory(
        self, monkeypatch: pytest.MonkeyPatch, tiny_qwen_model: Path
    ) -> None:
        # The machine edge: psutil is asked how much memory is free.
        low = SimpleNamespace(available=64 * 1024 * 1024, total=1024 * 1024 * 1024)
        monkeypatch.setattr(model_module.psutil, "virtual_memory", lambda: low)
        with pytest.raises(OutOfMemoryError) as caught:
            LoadedModel.load(tiny_qwen_model, SETTINGS)
        assert caught.value.available_bytes == low.available
        assert caught.value.needed_bytes > tiny_qwen_model.stat().st_size
        assert "GiB" in str(caught.value)

    @pytest.mark.parametrize(
        ("error", "builtin"),
        [
            (ModelNotFoundError, FileNotFoundError),
            (NotAGGUFError, ValueError),
            (OutOfMemoryError, MemoryError),
            (UnsupportedModelError, RuntimeError),
        ],
    )
    def test_load_errors_are_also_the_matching_builtin(
        self, error: type[ModelLoadError], builtin: type[Exception]
    ) -> None:
        assert issubclass(error, ModelLoadError)
        assert issubclass(error, builtin)


class TestLoadedModel:
    def test_info_describes_the_model(self, load_model: LoadModel, tiny_qwen_model: Path) -> None:
        info = load_model(tiny_qwen_model).info
        assert (info.name, info.architecture, info.template, info.has_fim) == (
            "Qwen2.5-Coder-tiny",
            "llama",
            "qwen",
            True,
        )
        assert (info.n_ctx, info.n_ctx_train) == (SETTINGS.n_ctx, 2048)
        assert info.size_bytes == tiny_qwen_model.stat().st_size
        assert info.path == str(tiny_qwen_model)

    def test_model_without_fim_reports_it(
        self, load_model: LoadModel, tiny_nofim_model: Path
    ) -> None:
        info = load_model(tiny_nofim_model).info
        assert (info.template, info.has_fim) == ("continuation", False)

    def test_warm_up_leaves_the_cache_empty(
        self, load_model: LoadModel, tiny_qwen_model: Path
    ) -> None:
        assert load_model(tiny_qwen_model).cached_tokens == []

    def test_qwen2_architecture_loads(
        self, load_model: LoadModel, make_tiny_model: Callable[..., Path]
    ) -> None:
        info = load_model(make_tiny_model("qwen", arch="qwen2")).info
        assert (info.architecture, info.template) == ("qwen2", "qwen")

    def test_tiny_models_can_shift_their_cache(
        self, load_model: LoadModel, tiny_qwen_model: Path
    ) -> None:
        assert load_model(tiny_qwen_model).can_shift()

    def test_tokenize_bare_drops_only_the_spm_leading_space(
        self, load_model: LoadModel, tiny_codellama_model: Path
    ) -> None:
        model = load_model(tiny_codellama_model)
        assert b"".join(model.piece(t) for t in model.tokenize("x = 1")) == b" x = 1"
        assert b"".join(model.piece(t) for t in model.tokenize_bare("x = 1")) == b"x = 1"
        assert b"".join(model.piece(t) for t in model.tokenize_bare(" x")) == b" x"
