"""FIM templates: each family's token layout, detection from the GGUF, overrides, and user text
that looks like a control token staying plain text.

Layouts are read back from the assembled token list (`Decoder.prompt_tokens`): control tokens by
their vocabulary text, everything between them decoded, so an SPM leading space shows up as " ".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import gguf
import pytest

from desktop_app.base.errors import TemplateError
from desktop_app.engine.decoder import Decoder
from desktop_app.engine.prompt import TokenBudget
from desktop_app.engine.templates import (
    INSTRUCTION_STOPS,
    INSTRUCTION_TEXT,
    FimFamily,
    FimTokens,
    VocabView,
    detect_template,
)
from desktop_app.engine.types import CompletionRequest, ExtraChunk
from tests.engine.support import tokenize_special
from tests.fixtures.tiny_models import fim_token_texts, tiny_vocab

PREFIX = "def f(x):\n    "
SUFFIX = "\nprint(f(1))\n"
REQUEST = CompletionRequest(prefix=PREFIX, suffix=SUFFIX)
REPO_REQUEST = CompletionRequest(
    prefix=PREFIX,
    suffix=SUFFIX,
    extra=(ExtraChunk("utils.py", "def helper():\n    pass\n"),),
    filename="main.py",
    repo_name="mezzo",
)


def layout(decoder: Decoder, family: str, request: CompletionRequest) -> list[str]:
    """The prompt as control-token texts and the decoded text between them."""
    vocab = tiny_vocab(family)
    tokens = decoder.prompt_tokens(request).tokens
    out: list[str] = []
    text = b""
    for token in tokens:
        if vocab.types[token] == gguf.TokenType.CONTROL:
            if text:
                out.append(text.decode())
                text = b""
            out.append(vocab.tokens[token])
        else:
            text += decoder.model.piece(token)
    if text:
        out.append(text.decode())
    return out


class TestFamilyLayouts:
    @pytest.mark.parametrize(
        ("family", "expected"),
        [
            pytest.param(
                "qwen",
                ["<|fim_prefix|>", PREFIX, "<|fim_suffix|>", SUFFIX, "<|fim_middle|>"],
                id="qwen-psm",
            ),
            pytest.param(
                "starcoder",
                ["<fim_prefix>", PREFIX, "<fim_suffix>", SUFFIX, "<fim_middle>"],
                id="starcoder-psm",
            ),
            pytest.param(
                "codellama",
                # The space before the prefix is the trained "<PRE> {prefix}"; the suffix has none.
                ["<s>", "▁<PRE>", " " + PREFIX, "▁<SUF>", SUFFIX, "▁<MID>"],
                id="codellama-bos-and-no-spm-space-before-suffix",
            ),
            pytest.param(
                "deepseek",
                [
                    "<｜begin▁of▁sentence｜>",
                    "<｜fim▁begin｜>",
                    PREFIX,
                    "<｜fim▁hole｜>",
                    SUFFIX,
                    "<｜fim▁end｜>",
                ],
                id="deepseek-bos-first",
            ),
            pytest.param(
                "codestral",
                ["<s>", "[SUFFIX]", SUFFIX, "[PREFIX]", " " + PREFIX],
                id="codestral-suffix-first-no-middle-marker",
            ),
        ],
    )
    def test_family_layout(
        self, make_decoder: Callable[..., Decoder], make_tiny_model, family, expected
    ) -> None:
        decoder = make_decoder(make_tiny_model(family))
        assert decoder.model.template.family == family
        assert layout(decoder, family, REQUEST) == expected

    def test_qwen_puts_repo_name_and_other_files_before_the_current_file(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        assert layout(make_decoder(tiny_qwen_model), "qwen", REPO_REQUEST) == [
            "<|repo_name|>",
            "mezzo\n",
            "<|file_sep|>",
            "utils.py\ndef helper():\n    pass\n",
            "<|file_sep|>",
            "main.py\n",
            "<|fim_prefix|>",
            PREFIX,
            "<|fim_suffix|>",
            SUFFIX,
            "<|fim_middle|>",
        ]

    def test_repository_context_comes_before_the_clients_chunks_as_files_of_the_repo(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        shop = ExtraChunk("src/shared/Shop.luau", "function Shop.buy(item: string)\n")
        request = dataclasses.replace(REPO_REQUEST, context=(shop,), context_path="src/Main.luau")
        prompt = make_decoder(tiny_qwen_model).prompt_tokens(request)
        parts = layout(make_decoder(tiny_qwen_model), "qwen", request)
        assert parts[:7] == [
            "<|repo_name|>",
            "mezzo\n",
            "<|file_sep|>",
            "src/shared/Shop.luau\nfunction Shop.buy(item: string)\n",
            "<|file_sep|>",
            "utils.py\ndef helper():\n    pass\n",
            "<|file_sep|>",
        ]
        assert parts[7] == "src/Main.luau\n"  # the file's own path in the repository
        assert [name for name, _tokens in prompt.context_used] == ["src/shared/Shop.luau"]
        assert prompt.context_used[0][1] > 0

    def test_repository_context_over_its_cap_is_skipped_whole_and_reported(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        big = ExtraChunk("big.luau", "local x = 1\n" * 400)
        small = ExtraChunk("small.luau", "function small()\n")
        request = dataclasses.replace(REQUEST, context=(big, small))
        decoder = make_decoder(tiny_qwen_model, budget=TokenBudget(context=64))
        prompt = decoder.prompt_tokens(request)
        assert [name for name, _ in prompt.context_used] == ["small.luau"]
        assert prompt.truncated is False  # the client's own text was all kept
        parts = layout(decoder, "qwen", request)
        assert "small.luau\nfunction small()\n" in parts
        assert not any("big.luau" in part for part in parts)

    def test_qwen_repo_header_names_a_default_project_when_none_is_given(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        request = CompletionRequest(prefix=PREFIX, suffix=SUFFIX, filename="main.py")
        assert layout(make_decoder(tiny_qwen_model), "qwen", request)[:4] == [
            "<|repo_name|>",
            "myproject\n",
            "<|file_sep|>",
            "main.py\n",
        ]

    def test_family_without_repo_tokens_gets_extra_chunks_as_text_before_the_markers(
        self, make_decoder: Callable[..., Decoder], tiny_codellama_model: Path
    ) -> None:
        parts = layout(make_decoder(tiny_codellama_model), "codellama", REPO_REQUEST)
        assert parts[:3] == ["<s>", "\n\n--- snippet ---\n\ndef helper():\n    pass\n", "▁<PRE>"]

    def test_fim_markers_and_end_of_text_end_generation(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        ids = tiny_vocab("qwen").ids
        stop_ids = make_decoder(tiny_qwen_model).model.template.stop_ids()
        assert {ids[role] for role in fim_token_texts("qwen")} <= stop_ids


class TestDetection:
    @pytest.mark.parametrize("family", ["qwen", "starcoder", "codellama", "deepseek"])
    def test_family_is_found_by_vocab_text_without_fim_metadata(
        self, make_decoder: Callable[..., Decoder], make_tiny_model, family: str
    ) -> None:
        decoder = make_decoder(make_tiny_model(family, fim_metadata=False))
        assert decoder.model.template.family == family
        assert layout(decoder, family, REQUEST)[-1] == fim_token_texts(family)["mid"]

    def test_codestral_is_found_by_vocab_text_alone(
        self, make_decoder: Callable[..., Decoder], make_tiny_model
    ) -> None:
        decoder = make_decoder(make_tiny_model("codestral"))
        assert decoder.model.template.family is FimFamily.CODESTRAL
        assert decoder.model.template.suffix_first

    def test_model_without_fim_tokens_continues_the_prefix(
        self, make_decoder: Callable[..., Decoder], tiny_nofim_model: Path
    ) -> None:
        # SmolLM2 measured: continuation gives code where the instruction prompt gives prose.
        decoder = make_decoder(tiny_nofim_model)
        assert decoder.model.template.family is FimFamily.CONTINUATION
        assert not decoder.model.info.has_fim
        assert layout(decoder, "none", REQUEST) == [PREFIX]

    def test_psm_ids_with_unknown_marker_texts_make_a_generic_template(self) -> None:
        vocab = VocabView("mystery", FimTokens(pre=5, suf=6, mid=7), lambda _text: -1, 1, False)
        template = detect_template(vocab)
        assert template.family is FimFamily.GENERIC
        assert (template.tokens.pre, template.tokens.suf, template.tokens.mid) == (5, 6, 7)

    def test_model_name_settles_a_vocab_with_two_families_markers(self) -> None:
        texts = {"<fim_prefix>": 1, "<fim_suffix>": 2, "[PREFIX]": 3, "[SUFFIX]": 4}
        vocab = VocabView("Codestral-22B", FimTokens(), lambda t: texts.get(t, -1), 0, True)
        assert detect_template(vocab).family is FimFamily.CODESTRAL


class TestOverrides:
    def test_continuation_override_sends_the_prefix_alone(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model, template="continuation")
        assert decoder.model.template.family is FimFamily.CONTINUATION
        assert layout(decoder, "qwen", REQUEST) == [PREFIX]

    def test_instruction_override_writes_seed_000_text_in_a_chatml_user_turn(
        self, make_decoder: Callable[..., Decoder], tiny_nofim_model: Path
    ) -> None:
        decoder = make_decoder(tiny_nofim_model, template="instruction")
        request = CompletionRequest(prefix="local x = ", suffix="\nprint(x)", language="Luau")
        text = INSTRUCTION_TEXT.format(language="Luau", prefix="local x = ", suffix="\nprint(x)")
        assert text.startswith("Complete the Luau code. Output only the middle")
        assert layout(decoder, "none", request) == [
            "<|im_start|>",
            "user\n" + text,
            "<|im_end|>",
            "\n",
            "<|im_start|>",
            "assistant\n",
        ]

    def test_instruction_prompt_tokenizes_as_the_chat_template_renders_it(
        self, make_decoder: Callable[..., Decoder], tiny_nofim_model: Path
    ) -> None:
        decoder = make_decoder(tiny_nofim_model, template="instruction")
        request = CompletionRequest(prefix="x = ", suffix="", language="Python")
        text = INSTRUCTION_TEXT.format(language="Python", prefix="x = ", suffix="")
        chat = f"<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n"
        expected = tokenize_special(decoder.model, chat)
        assert decoder.prompt_tokens(request).tokens == expected

    def test_instruction_without_a_language_reads_naturally(
        self, make_decoder: Callable[..., Decoder], tiny_nofim_model: Path
    ) -> None:
        decoder = make_decoder(tiny_nofim_model, template="instruction")
        user_turn = layout(decoder, "none", REQUEST)[1]
        assert user_turn.startswith("user\nComplete the code. Output only the middle")

    def test_instruction_on_a_model_without_chatml_is_plain_text(
        self, make_decoder: Callable[..., Decoder], make_tiny_model
    ) -> None:
        decoder = make_decoder(make_tiny_model("starcoder"), template="instruction")
        parts = layout(decoder, "starcoder", REQUEST)
        assert len(parts) == 1
        assert parts[0].startswith("Complete the code.")
        assert parts[0].endswith("\n\nMiddle:")

    def test_instruction_stops_before_a_synthetic_next_row(self) -> None:
        assert INSTRUCTION_STOPS == ("\n\nPrefix:", "\n\nSuffix:")

    def test_unknown_template_name_is_refused(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        with pytest.raises(TemplateError, match="fim-magic"):
            make_decoder(tiny_qwen_model, template="fim-magic")

    @pytest.mark.parametrize(
        ("fixture", "template"),
        [("tiny_qwen_model", "codellama"), ("tiny_nofim_model", "qwen")],
    )
    def test_family_whose_tokens_the_model_lacks_is_refused(
        self, make_decoder: Callable[..., Decoder], request, fixture: str, template: str
    ) -> None:
        with pytest.raises(TemplateError, match=template):
            make_decoder(request.getfixturevalue(fixture), template=template)


class TestSpecialTokenTextInUserCode:
    @pytest.mark.parametrize(
        ("family", "marker"),
        [("qwen", "<|fim_prefix|>"), ("codestral", "[PREFIX]"), ("starcoder", "<fim_middle>")],
    )
    def test_marker_text_in_user_code_adds_no_control_token(
        self, make_decoder: Callable[..., Decoder], make_tiny_model, family: str, marker: str
    ) -> None:
        decoder = make_decoder(make_tiny_model(family))
        marker_id = tiny_vocab(family).tokens.index(marker)
        plain = CompletionRequest(prefix="s = ''\n", suffix="# \n")
        tricky = CompletionRequest(prefix=f"s = '{marker}'\n", suffix=f"# {marker}\n")
        baseline = decoder.prompt_tokens(plain).tokens
        tokens = decoder.prompt_tokens(tricky).tokens
        assert tokens.count(marker_id) == baseline.count(marker_id)
        types = tiny_vocab(family).types
        text = b"".join(
            decoder.model.piece(t) for t in tokens if types[t] != gguf.TokenType.CONTROL
        )
        assert text.decode().count(marker) == 2

    def test_qwen_prefix_with_fim_prefix_text_has_exactly_one_control_token(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model)
        pre = tiny_vocab("qwen").ids["pre"]
        request = CompletionRequest(prefix="x = '<|fim_prefix|>'\n", suffix="")
        tokens = decoder.prompt_tokens(request).tokens
        assert tokens.count(pre) == 1
        assert tokens[0] == pre
        assert layout(decoder, "qwen", request)[1] == "x = '<|fim_prefix|>'\n"

    def test_extra_chunks_and_file_names_stay_plain_text_too(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        decoder = make_decoder(tiny_qwen_model)
        request = CompletionRequest(
            prefix="x",
            extra=(ExtraChunk("<|file_sep|>.py", "<|fim_middle|>"),),
            filename="<|repo_name|>",
        )
        tokens = decoder.prompt_tokens(request).tokens
        ids = tiny_vocab("qwen").ids
        assert tokens.count(ids["sep"]) == 2  # one per file, none from the texts
        assert tokens.count(ids["mid"]) == 1
        assert tokens.count(ids["rep"]) == 1

    def test_raw_prompt_parses_control_text_as_llama_server_completion_does(
        self, make_decoder: Callable[..., Decoder], tiny_qwen_model: Path
    ) -> None:
        # A raw prompt was templated by the client, markers included.
        decoder = make_decoder(tiny_qwen_model)
        ids = tiny_vocab("qwen").ids
        request = CompletionRequest(prefix="<|fim_prefix|>x<|fim_suffix|>y<|fim_middle|>", raw=True)
        prompt = decoder.prompt_tokens(request)
        tokens, truncated = prompt.tokens, prompt.truncated
        assert [t for t in tokens if t in (ids["pre"], ids["suf"], ids["mid"])] == [
            ids["pre"],
            ids["suf"],
            ids["mid"],
        ]
        assert not truncated
