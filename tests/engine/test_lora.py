"""LoRA adapters in the engine: applied per request, detached exactly, refused when they do
not fit, and switched without recomputing each repository's prompt thanks to KV snapshots."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.base.errors import AdapterLoadError
from desktop_app.engine.decoder import Decoder
from desktop_app.engine.model import LoadedModel
from desktop_app.engine.prompt import TokenBudget
from desktop_app.engine.types import AdapterChoice, CompletionRequest
from tests.engine.support import SETTINGS, complete, fim, python_source
from tests.fixtures.tiny_models import write_tiny_lora

PROMPT = python_source(8)


@pytest.fixture
def model(tiny_qwen_model: Path):
    loaded = LoadedModel.load(tiny_qwen_model, SETTINGS)
    yield loaded
    loaded.close()


def decoder_for(model: LoadedModel, snapshot_mb: int = 64) -> Decoder:
    return Decoder(model, replace(SETTINGS, snapshot_cache_mb=snapshot_mb), TokenBudget())


def with_adapter(request: CompletionRequest, name: str, path: Path | str, scale: float = 1.0):
    return replace(request, adapter=AdapterChoice(name, str(path), scale))


class TestAdapterOutput:
    def test_an_adapter_changes_the_output_and_detaching_restores_it_exactly(
        self, model: LoadedModel, tiny_lora: Path
    ) -> None:
        decoder = decoder_for(model)
        base = complete(decoder, fim(PROMPT))
        adapted = complete(decoder, with_adapter(fim(PROMPT), "luau", tiny_lora))
        again = complete(decoder, fim(PROMPT))
        assert adapted.text != base.text
        assert adapted.adapter == "luau"
        assert again.text == base.text
        assert again.adapter == ""

    def test_scale_zero_point_five_differs_from_full_scale(
        self, model: LoadedModel, tiny_lora: Path
    ) -> None:
        decoder = decoder_for(model)
        full = complete(decoder, with_adapter(fim(PROMPT), "luau", tiny_lora, 1.0))
        half = complete(decoder, with_adapter(fim(PROMPT), "luau", tiny_lora, 0.5))
        assert full.text != half.text


class TestAdapterRefusal:
    def test_an_adapter_for_another_architecture_is_a_typed_error(
        self, model: LoadedModel, wrong_base_lora: Path
    ) -> None:
        decoder = decoder_for(model)
        with pytest.raises(AdapterLoadError, match="does not fit"):
            complete(decoder, with_adapter(fim(PROMPT), "other", wrong_base_lora))

    def test_after_a_refusal_the_base_model_still_answers_as_before(
        self, model: LoadedModel, wrong_base_lora: Path
    ) -> None:
        decoder = decoder_for(model)
        before = complete(decoder, fim(PROMPT))
        with pytest.raises(AdapterLoadError):
            complete(decoder, with_adapter(fim(PROMPT), "other", wrong_base_lora))
        assert complete(decoder, fim(PROMPT)).text == before.text

    def test_a_missing_adapter_file_is_a_typed_error(self, model: LoadedModel, tmp_path: Path):
        decoder = decoder_for(model)
        with pytest.raises(AdapterLoadError, match="missing"):
            complete(decoder, with_adapter(fim(PROMPT), "gone", tmp_path / "gone.gguf"))


class TestSnapshotsAcrossRepositories:
    def test_alternating_repositories_reuse_each_adapters_cached_prompt(
        self, model: LoadedModel, tiny_lora: Path, tmp_path: Path, tiny_qwen_model: Path
    ) -> None:
        other = write_tiny_lora(tmp_path / "other.gguf", tiny_qwen_model, seed=9)
        decoder = decoder_for(model)
        repo_a = with_adapter(fim(python_source(6)), "a", tiny_lora)
        repo_b = with_adapter(fim(python_source(6, start=50)), "b", other)
        complete(decoder, repo_a)
        complete(decoder, repo_b)
        back_to_a = complete(decoder, repo_a)
        back_to_b = complete(decoder, repo_b)
        assert back_to_a.tokens_cached >= back_to_a.prompt_tokens - 1
        assert back_to_b.tokens_cached >= back_to_b.prompt_tokens - 1

    def test_without_snapshots_a_switch_recomputes_the_whole_prompt(
        self, model: LoadedModel, tiny_lora: Path
    ) -> None:
        decoder = decoder_for(model, snapshot_mb=0)
        complete(decoder, with_adapter(fim(PROMPT), "a", tiny_lora))
        complete(decoder, fim(PROMPT))
        back = complete(decoder, with_adapter(fim(PROMPT), "a", tiny_lora))
        assert back.tokens_cached == 0

    def test_a_restored_snapshot_gives_the_same_text_as_a_fresh_computation(
        self, model: LoadedModel, tiny_lora: Path, tiny_qwen_model: Path
    ) -> None:
        decoder = decoder_for(model)
        request = with_adapter(fim(PROMPT), "a", tiny_lora)
        complete(decoder, request)
        complete(decoder, fim(python_source(3, start=70)))
        restored = complete(decoder, request)
        fresh_model = LoadedModel.load(tiny_qwen_model, SETTINGS)
        try:
            fresh = complete(decoder_for(fresh_model), request)
        finally:
            fresh_model.close()
        assert restored.tokens_cached > 0
        assert restored.text == fresh.text

    def test_the_cache_computed_under_one_adapter_never_serves_another(
        self, model: LoadedModel, tiny_lora: Path
    ) -> None:
        decoder = decoder_for(model)
        complete(decoder, fim(PROMPT))
        switched = complete(decoder, with_adapter(fim(PROMPT), "a", tiny_lora))
        assert switched.tokens_cached == 0
