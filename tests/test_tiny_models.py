"""The tiny-model fixtures behave like real code models under the real llama.cpp.

Engine tests lean on these fixtures for FIM token lookup, tokenizer round trips, deterministic
greedy output and LoRA validation; if a fixture stops modelling one of those, this file says so
before an engine test fails for a confusing reason.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Callable
from pathlib import Path

import llama_cpp
import numpy as np
import pytest

from tests.fixtures.tiny_models import (
    FAMILIES,
    FIM_ROLES,
    fim_token_texts,
    tiny_vocab,
    write_tiny_lora,
    write_tiny_model,
)

FIM_FAMILIES = ("qwen", "starcoder", "codellama", "deepseek")
_FIM_GETTERS = {
    "pre": llama_cpp.llama_vocab_fim_pre,
    "suf": llama_cpp.llama_vocab_fim_suf,
    "mid": llama_cpp.llama_vocab_fim_mid,
    "pad": llama_cpp.llama_vocab_fim_pad,
    "rep": llama_cpp.llama_vocab_fim_rep,
    "sep": llama_cpp.llama_vocab_fim_sep,
}
GENERAL_NAMES = {
    "qwen": "Qwen2.5-Coder-tiny",
    "starcoder": "starcoder2-tiny",
    "codellama": "CodeLlama-tiny",
    "deepseek": "deepseek-coder-tiny",
    "codestral": "Codestral-tiny",
    "none": "SmolLM2-tiny",
}
TEXTS = (
    "def add(x, y):\n    return x + y\n",
    "  naïve café — 日本語 ✓ 🙂\t\r\n",
    "<|fim_prefix|>",
    "if (a <PRE> b) { [SUFFIX] }",
)
PROMPT = b"def main():\n    "


@pytest.fixture(scope="session")
def models_by_family(tiny_models_dir: Path) -> dict[str, Path]:
    return {f: write_tiny_model(tiny_models_dir / f"family-{f}.gguf", f) for f in FAMILIES}


def load(path: Path, n_ctx: int = 512) -> llama_cpp.Llama:
    return llama_cpp.Llama(model_path=str(path), n_ctx=n_ctx, verbose=False)


def tokenize_text(llm: llama_cpp.Llama, family: str, text: str) -> list[int]:
    """Tokenize user text so that detokenize gives it back exactly.

    SPM vocabs get BOS, whose presence makes llama-cpp-python strip the "▁" SPM puts in front;
    BPE vocabs get none, because that same strip would eat a real leading space.
    """
    add_bos = tiny_vocab(family).tokenizer == "llama"
    return llm.tokenize(text.encode(), add_bos=add_bos, special=False)


def greedy(llm: llama_cpp.Llama, prompt: bytes = PROMPT, n: int = 16) -> list[int]:
    llm.reset()  # the KV cache does not know about adapter switches; start clean
    stream = llm.generate(llm.tokenize(prompt, add_bos=True), temp=0.0)
    try:
        return list(itertools.islice(stream, n))
    finally:
        stream.close()


def last_logits(llm: llama_cpp.Llama, prompt: bytes = PROMPT) -> np.ndarray:
    llm.reset()
    llm.eval(llm.tokenize(prompt, add_bos=True))
    ptr = llama_cpp.llama_get_logits_ith(llm._ctx.ctx, -1)
    return np.ctypeslib.as_array(ptr, shape=(llm.n_vocab(),)).copy()


def init_adapter(llm: llama_cpp.Llama, path: Path) -> object:
    # NULL comes back as a falsy LP_c_void_p, not None: test truthiness, never `is None`.
    return llama_cpp.llama_adapter_lora_init(llm._model.model, str(path).encode())


def attach(llm: llama_cpp.Llama, adapter: object) -> None:
    adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
    scales = (ctypes.c_float * 1)(1.0)
    assert llama_cpp.llama_set_adapters_lora(llm._ctx.ctx, adapters, 1, scales) == 0


def detach(llm: llama_cpp.Llama) -> None:
    assert llama_cpp.llama_set_adapters_lora(llm._ctx.ctx, None, 0, None) == 0


class TestEveryFamilyLoads:
    @pytest.mark.parametrize("family", FAMILIES)
    def test_family_loads_under_its_model_name(
        self, family: str, models_by_family: dict[str, Path]
    ) -> None:
        llm = load(models_by_family[family])
        assert llm.metadata["general.name"] == GENERAL_NAMES[family]
        assert llm.n_vocab() == len(tiny_vocab(family).tokens)

    def test_context_length_allows_n_ctx_2048(self, tiny_qwen_model: Path) -> None:
        llm = load(tiny_qwen_model, n_ctx=2048)
        assert llm.n_ctx() == 2048
        assert llm._model.n_ctx_train() == 2048

    def test_model_file_stays_well_under_a_megabyte(
        self, models_by_family: dict[str, Path]
    ) -> None:
        assert all(p.stat().st_size < 1_000_000 for p in models_by_family.values())

    def test_qwen2_architecture_loads(self, make_tiny_model: Callable[..., Path]) -> None:
        llm = load(make_tiny_model("qwen", arch="qwen2"))
        assert llm.metadata["general.architecture"] == "qwen2"
        assert len(set(greedy(llm))) > 3


class TestFimMarkers:
    @pytest.mark.parametrize("family", FIM_FAMILIES)
    def test_llama_cpp_reports_the_fim_ids_the_fixture_wrote(
        self, family: str, models_by_family: dict[str, Path]
    ) -> None:
        vocab = load(models_by_family[family])._model.vocab
        ids = tiny_vocab(family).ids
        for role, getter in _FIM_GETTERS.items():
            assert getter(vocab) == ids.get(role, -1), role
        assert llama_cpp.llama_vocab_eot(vocab) == ids["eot"]

    @pytest.mark.parametrize("family", ["codestral", "none"])
    def test_family_without_fim_metadata_reports_no_markers(
        self, family: str, models_by_family: dict[str, Path]
    ) -> None:
        vocab = load(models_by_family[family])._model.vocab
        assert [getter(vocab) for getter in _FIM_GETTERS.values()] == [-1] * len(_FIM_GETTERS)

    def test_codestral_markers_exist_only_as_vocab_text(
        self, models_by_family: dict[str, Path]
    ) -> None:
        llm = load(models_by_family["codestral"])
        ids = tiny_vocab("codestral").ids
        for role in ("pre", "suf", "mid"):
            text = fim_token_texts("codestral")[role].encode()
            assert llm.tokenize(text, add_bos=False, special=True) == [ids[role]]

    def test_markers_are_found_by_text_when_metadata_is_left_out(
        self, make_tiny_model: Callable[..., Path]
    ) -> None:
        vocab = load(make_tiny_model("qwen", fim_metadata=False))._model.vocab
        ids = tiny_vocab("qwen").ids
        assert [g(vocab) for g in _FIM_GETTERS.values()] == [ids[r] for r in _FIM_GETTERS]

    @pytest.mark.parametrize("family", FAMILIES)
    def test_fim_token_texts_name_control_tokens_in_the_vocab(
        self, family: str, models_by_family: dict[str, Path]
    ) -> None:
        llm = load(models_by_family[family])
        ids = tiny_vocab(family).ids
        for role, text in fim_token_texts(family).items():
            assert role in FIM_ROLES
            assert llm._model.token_get_text(ids[role]) == text
            assert llama_cpp.llama_vocab_is_control(llm._model.vocab, ids[role])


class TestTokenizer:
    @pytest.mark.parametrize("text", TEXTS)
    @pytest.mark.parametrize("family", FAMILIES)
    def test_any_text_round_trips_through_detokenize(
        self, family: str, text: str, models_by_family: dict[str, Path]
    ) -> None:
        llm = load(models_by_family[family])
        assert llm.detokenize(tokenize_text(llm, family, text)).decode() == text

    @pytest.mark.parametrize("family", [*FIM_FAMILIES, "codestral"])
    def test_literal_control_text_in_user_code_stays_text(
        self, family: str, models_by_family: dict[str, Path]
    ) -> None:
        llm = load(models_by_family[family])
        code = f"s = '{fim_token_texts(family)['pre']}'"
        tokens = tokenize_text(llm, family, code)
        assert tiny_vocab(family).ids["pre"] not in tokens
        assert not any(llama_cpp.llama_vocab_is_control(llm._model.vocab, t) for t in tokens[1:])
        # SentencePiece reads a literal "▁" as a space, as real CodeLlama does.
        if tiny_vocab(family).tokenizer == "llama":
            code = code.replace("▁", " ")
        assert llm.detokenize(tokens).decode() == code

    @pytest.mark.parametrize("family", FIM_FAMILIES)
    def test_control_text_becomes_the_control_token_when_special_is_parsed(
        self, family: str, models_by_family: dict[str, Path]
    ) -> None:
        llm = load(models_by_family[family])
        code = f"s = '{fim_token_texts(family)['pre']}'".encode()
        assert tiny_vocab(family).ids["pre"] in llm.tokenize(code, add_bos=False, special=True)

    def test_common_code_costs_fewer_tokens_than_bytes(
        self, models_by_family: dict[str, Path]
    ) -> None:
        code = TEXTS[0].encode()
        for family, path in models_by_family.items():
            assert len(load(path).tokenize(code, add_bos=False)) < 0.6 * len(code), family

    def test_spm_vocab_prefixes_a_space_when_no_bos_strips_it(
        self, tiny_codellama_model: Path
    ) -> None:
        # Mirrors real CodeLlama: each separately tokenized segment gains a leading "▁".
        llm = load(tiny_codellama_model)
        assert llm.detokenize(llm.tokenize(b"x", add_bos=False)) == b" x"
        assert llm.detokenize(llm.tokenize(b"x", add_bos=True)) == b"x"

    def test_python_detokenize_drops_a_leading_space_after_bos(
        self, models_by_family: dict[str, Path]
    ) -> None:
        # llama-cpp-python strips one leading space after BOS (meant for SPM); a BPE vocab that
        # adds BOS (DeepSeek-Coder) loses a real space. Detokenize completions, not prompts.
        llm = load(models_by_family["deepseek"])
        assert llm.detokenize(llm.tokenize(b" x", add_bos=True)) == b"x"
        assert llm.detokenize(llm.tokenize(b" x", add_bos=False)) == b" x"


class TestGreedyGeneration:
    @pytest.mark.parametrize("family", FAMILIES)
    def test_greedy_output_is_varied_and_never_ends_early(
        self, family: str, models_by_family: dict[str, Path]
    ) -> None:
        llm = load(models_by_family[family])
        tokens = greedy(llm, n=24)
        assert len(set(tokens)) > 3
        assert not any(llama_cpp.llama_vocab_is_eog(llm._model.vocab, t) for t in tokens)
        assert not any(llama_cpp.llama_vocab_is_control(llm._model.vocab, t) for t in tokens)

    @pytest.mark.parametrize("family", FAMILIES)
    def test_greedy_text_is_printable_ascii(
        self, family: str, models_by_family: dict[str, Path]
    ) -> None:
        llm = load(models_by_family[family])
        text = llm.detokenize(greedy(llm, n=24)).decode("ascii")
        assert all(c == "\n" or c.isprintable() for c in text)

    def test_greedy_output_is_deterministic_across_runs(self, tiny_qwen_model: Path) -> None:
        first = load(tiny_qwen_model)
        assert greedy(first) == greedy(first) == greedy(load(tiny_qwen_model))

    def test_greedy_output_depends_on_the_prompt(self, tiny_qwen_model: Path) -> None:
        llm = load(tiny_qwen_model)
        assert greedy(llm, b"def main():\n    ") != greedy(llm, b"class Point:\n")

    def test_seed_changes_the_weights(self, make_tiny_model: Callable[..., Path]) -> None:
        a, b = load(make_tiny_model("qwen", seed=1)), load(make_tiny_model("qwen", seed=2))
        assert greedy(a) != greedy(b)


class TestLora:
    def test_matching_adapter_loads(self, tiny_qwen_model: Path, tiny_lora: Path) -> None:
        llm = load(tiny_qwen_model)
        assert init_adapter(llm, tiny_lora)

    def test_attached_adapter_changes_greedy_output_and_detaching_restores_it(
        self, tiny_qwen_model: Path, tiny_lora: Path
    ) -> None:
        llm = load(tiny_qwen_model)
        base_tokens, base_logits = greedy(llm), last_logits(llm)
        adapter = init_adapter(llm, tiny_lora)
        attach(llm, adapter)
        assert greedy(llm) != base_tokens
        detach(llm)
        assert greedy(llm) == base_tokens
        np.testing.assert_array_equal(last_logits(llm), base_logits)

    def test_adapter_for_another_architecture_is_refused(
        self, tiny_qwen_model: Path, wrong_base_lora: Path
    ) -> None:
        llm = load(tiny_qwen_model)
        assert not init_adapter(llm, wrong_base_lora)

    def test_adapter_with_wrong_embedding_size_is_refused(
        self, tiny_qwen_model: Path, tmp_path: Path
    ) -> None:
        lora = write_tiny_lora(tmp_path / "wide.gguf", tiny_qwen_model, n_embd=96)
        llm = load(tiny_qwen_model)
        assert not init_adapter(llm, lora)

    def test_qwen2_model_accepts_its_own_adapter(
        self, make_tiny_model: Callable[..., Path], tmp_path: Path
    ) -> None:
        model = make_tiny_model("qwen", arch="qwen2")
        lora = write_tiny_lora(tmp_path / "qwen2-lora.gguf", model)
        llm = load(model)
        assert init_adapter(llm, lora)
