"""The dialects and guards as pure functions: wire body in, engine request (or verdict) out.

No server and no engine here; each table row is one thing an editor plugin actually sends.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.base.settings import DEFAULT_ORIGINS
from desktop_app.engine.types import CompletionRequest, ExtraChunk
from desktop_app.server import llama_dialect as llama
from desktop_app.server import ollama_dialect as ollama
from desktop_app.server import openai_dialect as openai
from desktop_app.server.guards import host_is_loopback, origin_pattern
from desktop_app.server.wire import ApiError

CAP = 1024  # ServerSettings.max_n_predict
SEED_000_PROMPT = (
    "Complete the Luau code. Output only the middle, between the prefix and suffix.\n\n"
    "Prefix:\nlocal function isAlive(humanoid)\n    return \n\n"
    "Suffix:\nend\n\nMiddle:"
)


def infill(**body: Any) -> CompletionRequest:
    return llama.infill_request(llama.InfillBody.model_validate(body), "editor", CAP)


def generate(**body: Any) -> CompletionRequest:
    return ollama.generate_request(ollama.GenerateBody.model_validate(body), "editor", CAP)


def completions(**body: Any) -> CompletionRequest:
    return openai.completions_request(openai.CompletionsBody.model_validate(body), "editor", CAP)


class TestLlamaInfillRequest:
    def test_prompt_is_the_cursor_line_and_follows_the_prefix(self) -> None:
        request = infill(input_prefix="def f(x):\n", prompt="    return ", input_suffix="\n")
        assert request.prefix == "def f(x):\n    return "
        assert request.suffix == "\n"
        assert not request.raw

    def test_input_extra_becomes_extra_chunks_in_order(self) -> None:
        request = infill(
            input_prefix="",
            input_extra=[
                {"text": "import os\n", "time": 1, "filename": "a.py"},
                {"text": "x = 1\n"},
            ],
        )
        assert request.extra == (ExtraChunk("a.py", "import os\n"), ExtraChunk("", "x = 1\n"))

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ({}, {"n_predict": CAP, "temperature": 0.0, "infill_sampler": False}),
            ({"n_predict": -1}, {"n_predict": CAP}),
            ({"n_predict": 0}, {"n_predict": 0}),
            ({"n_predict": 128, "n_indent": 4}, {"n_predict": 128, "n_indent": 4}),
            (
                {"samplers": ["top_k", "top_p", "infill"], "top_k": 40, "top_p": 0.99},
                {"infill_sampler": True, "top_k": 40, "top_p": 0.99, "temperature": 0.0},
            ),
            # llama-server applies temperature only when the sampler chain names it
            ({"samplers": ["top_k", "infill"], "temperature": 0.7}, {"temperature": 0.0}),
            ({"samplers": ["temperature"], "temperature": 0.7}, {"temperature": 0.7}),
            ({"temperature": 0.7}, {"temperature": 0.7}),
            ({"samplers": []}, {"infill_sampler": False}),
            # llama-server ignores t_max_prompt_ms; llama.vim's 500 ms (and its warm-up's 1 ms)
            # would answer the first request at a new place with nothing
            (
                {"t_max_prompt_ms": 500, "t_max_predict_ms": 250},
                {"t_max_prompt_ms": 0, "t_max_predict_ms": 250},
            ),
            ({"t_max_prompt_ms": -1, "t_max_predict_ms": -1}, {"t_max_prompt_ms": 0}),
            ({"n_predict": 0, "t_max_prompt_ms": 1}, {"n_predict": 0, "t_max_prompt_ms": 0}),
            ({"stop": "\n\n"}, {"stop": ("\n\n",)}),
            ({"stop": []}, {"stop": ()}),
            ({"cache_prompt": False}, {"cache_prompt": False}),
            ({"seed": 42}, {"seed": 42}),
        ],
    )
    def test_params_follow_llama_server(
        self, body: dict[str, Any], expected: dict[str, Any]
    ) -> None:
        params = infill(input_prefix="x", **body).params
        assert {name: getattr(params, name) for name in expected} == expected

    def test_n_predict_above_the_server_cap_is_refused(self) -> None:
        with pytest.raises(ApiError) as caught:
            infill(input_prefix="x", n_predict=CAP + 1)
        assert caught.value.status == 400

    def test_missing_input_prefix_is_llama_servers_400(self) -> None:
        with pytest.raises(ApiError) as caught:
            llama.InfillBody.model_validate({"input_suffix": "x"})
        assert (caught.value.status, caught.value.message) == (400, '"input_prefix" is required')

    def test_a_client_id_field_names_the_client(self) -> None:
        assert infill(input_prefix="x").client_id == "editor"
        assert infill(input_prefix="x", client_id="vim-1").client_id == "vim-1"

    def test_completion_sends_the_prompt_raw(self) -> None:
        body = llama.CompletionBody.model_validate({"prompt": "<|fim_prefix|>a", "n_predict": 8})
        request = llama.completion_request(body, "editor", CAP)
        assert (request.prefix, request.suffix, request.raw) == ("<|fim_prefix|>a", "", True)


class TestSelectFields:
    BODY: dict[str, Any] = {  # noqa: RUF012 (read-only table)
        "id": "cmpl-1",
        "content": "x = 1",
        "truncated": False,
        "tokens_cached": 12,
        "timings": {"prompt_n": 99, "predicted_n": 3},
    }

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            (
                ["content", "timings/prompt_n", "truncated"],
                {"content": "x = 1", "timings/prompt_n": 99, "truncated": False},
            ),
            (["timings"], {"timings": {"prompt_n": 99, "predicted_n": 3}}),
            (["id", "content"], {"id": "cmpl-1", "content": "x = 1"}),
            (["timings/missing", "nope", "content/deeper"], {}),
            ([""], {}),  # llama.vim's warm-up asks for nothing
        ],
    )
    def test_nested_paths_come_back_under_their_literal_key(
        self, fields: list[str], expected: dict[str, Any]
    ) -> None:
        assert llama.select_fields(self.BODY, fields) == expected

    @pytest.mark.parametrize("fields", [None, []])
    def test_no_list_or_an_empty_one_means_the_whole_body(self, fields: list[str] | None) -> None:
        assert llama.select_fields(self.BODY, fields) is self.BODY


class TestOllamaGenerateRequest:
    def test_a_suffix_makes_it_fill_in_the_middle(self) -> None:
        request = generate(prompt="def f(", suffix="):\n    pass\n")
        assert (request.prefix, request.suffix, request.raw) == ("def f(", "):\n    pass\n", False)

    def test_an_empty_suffix_is_still_fill_in_the_middle(self) -> None:
        # Ollama falls back to chat on an empty suffix (ollama#6932); Mezzo does not.
        request = generate(prompt="def f(", suffix="")
        assert (request.prefix, request.suffix, request.raw) == ("def f(", "", False)

    def test_no_suffix_and_a_plain_prompt_is_raw_continuation(self) -> None:
        request = generate(prompt="def f(")
        assert (request.prefix, request.raw) == ("def f(", True)

    def test_seed_000_instruction_prompt_is_parsed_back_into_prefix_and_suffix(self) -> None:
        request = generate(model="roblox-luau-completer", prompt=SEED_000_PROMPT, stream=False)
        assert request.prefix == "local function isAlive(humanoid)\n    return "
        assert request.suffix == "end"
        assert request.language == "Luau"
        assert not request.raw

    def test_instruction_prompt_with_an_empty_suffix_is_parsed(self) -> None:
        prompt = SEED_000_PROMPT.replace("Suffix:\nend\n", "Suffix:\n\n")
        request = generate(prompt=prompt)
        assert (request.suffix, request.raw) == ("", False)
        assert request.prefix.startswith("local function isAlive")

    def test_raw_keeps_the_instruction_prompt_as_written(self) -> None:
        request = generate(prompt=SEED_000_PROMPT, raw=True)
        assert (request.prefix, request.raw) == (SEED_000_PROMPT, True)

    @pytest.mark.parametrize(
        ("options", "expected"),
        [
            ({}, {"n_predict": 128, "temperature": 0.0, "top_p": 0.9, "top_k": 40}),
            (
                {"temperature": 0.1, "top_p": 0.95, "num_predict": 120},
                {"n_predict": 120, "temperature": 0.1, "top_p": 0.95},
            ),
            ({"num_predict": -1}, {"n_predict": CAP}),
            ({"num_predict": -2}, {"n_predict": CAP}),
            ({"stop": ["\n\nPrefix:", "\n\nSuffix:"]}, {"stop": ("\n\nPrefix:", "\n\nSuffix:")}),
            ({"top_k": 10, "seed": 7}, {"top_k": 10, "seed": 7}),
        ],
    )
    def test_options_map_to_generation_params(
        self, options: dict[str, Any], expected: dict[str, Any]
    ) -> None:
        params = generate(prompt="x", suffix="", options=options).params
        assert {name: getattr(params, name) for name in expected} == expected

    def test_num_predict_above_the_server_cap_is_refused(self) -> None:
        with pytest.raises(ApiError) as caught:
            generate(prompt="x", options={"num_predict": CAP + 1})
        assert caught.value.status == 400

    @pytest.mark.parametrize(
        ("body", "is_load"),
        [({}, True), ({"keep_alive": 0}, True), ({"prompt": "x"}, False), ({"suffix": "x"}, False)],
    )
    def test_an_empty_prompt_asks_to_load_the_model(
        self, body: dict[str, Any], is_load: bool
    ) -> None:
        assert ollama.is_load_request(ollama.GenerateBody.model_validate(body)) is is_load


class TestOpenAICompletionsRequest:
    def test_suffix_makes_it_fill_in_the_middle(self) -> None:
        request = completions(prompt="def f(", suffix="):\n", max_tokens=32)
        assert (request.prefix, request.suffix, request.raw) == ("def f(", "):\n", False)
        assert request.params.n_predict == 32

    def test_no_suffix_is_raw_continuation(self) -> None:
        request = completions(prompt="def f(")
        assert request.raw
        assert request.params.n_predict == 16  # OpenAI's default max_tokens

    def test_a_one_element_prompt_list_is_accepted(self) -> None:
        assert completions(prompt=["def f("], suffix="").prefix == "def f("

    def test_several_prompts_are_refused(self) -> None:
        with pytest.raises(ApiError) as caught:
            completions(prompt=["a", "b"])
        assert caught.value.status == 400

    def test_max_tokens_above_the_server_cap_is_refused(self) -> None:
        with pytest.raises(ApiError) as caught:
            completions(prompt="a", max_tokens=CAP + 1)
        assert caught.value.status == 400

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            ({"temperature": 0.2, "top_p": 0.5}, {"temperature": 0.2, "top_p": 0.5}),
            ({"stop": "\n"}, {"stop": ("\n",)}),
            ({"seed": 3}, {"seed": 3}),
        ],
    )
    def test_sampling_fields_map_to_generation_params(
        self, body: dict[str, Any], expected: dict[str, Any]
    ) -> None:
        params = completions(prompt="a", **body).params
        assert {name: getattr(params, name) for name in expected} == expected

    def test_user_names_the_client_unless_client_id_does(self) -> None:
        assert completions(prompt="a").client_id == "editor"
        assert completions(prompt="a", user="u1").client_id == "u1"
        assert completions(prompt="a", user="u1", client_id="c1").client_id == "c1"


class TestHostIsLoopback:
    @pytest.mark.parametrize(
        "host",
        [
            "localhost",
            "localhost:8012",
            "LOCALHOST:8012",
            "127.0.0.1",
            "127.0.0.1:8012",
            "127.8.9.10",
            "[::1]",
            "[::1]:8012",
            "::1",
            "app.localhost:3000",
            "mybox",
            "MyBox:8012",
        ],
    )
    def test_loopback_names_are_allowed(self, host: str) -> None:
        assert host_is_loopback(host, {"mybox"})

    @pytest.mark.parametrize(
        "host",
        [
            "",
            "   ",
            ":8012",
            "evil.com",
            "evil.com:8012",
            "localhost.evil.com",
            "127.0.0.1.nip.io",
            "10.0.0.5",
            "192.168.1.2:8012",
            "0.0.0.0",
            "[::1",
            "[2001:db8::1]:8012",
        ],
    )
    def test_anything_else_is_refused(self, host: str) -> None:
        assert not host_is_loopback(host, {"mybox"})


class TestOriginPattern:
    @pytest.mark.parametrize(
        ("origin", "allowed"),
        [
            ("http://localhost", True),
            ("http://localhost:3000", True),
            ("HTTP://LOCALHOST:3000", True),
            ("https://127.0.0.1:8443", True),
            ("vscode-webview://1a2b3c", True),
            ("vscode-file://vscode-app", True),
            ("app://obsidian.md", True),
            ("https://evil.example", False),
            ("http://localhost.evil.example", False),
            ("http://localhost:80.evil.example", False),
            ("http://127.0.0.1.evil.example", False),
            ("null", False),
            ("", False),
        ],
    )
    def test_default_allow_list(self, origin: str, allowed: bool) -> None:
        assert bool(origin_pattern(DEFAULT_ORIGINS).match(origin)) is allowed

    def test_a_star_matches_any_run_of_characters(self) -> None:
        pattern = origin_pattern(["https://*.example.com"])
        assert pattern.match("https://app.example.com")
        assert not pattern.match("https://example.com")

    @pytest.mark.parametrize("entry", ["app://(x)", "https://a[1].test", "http://what?.test"])
    def test_regex_characters_in_an_entry_are_literal(self, entry: str) -> None:
        pattern = origin_pattern([entry])
        assert pattern.match(entry)
        assert not pattern.match(entry.replace(".", "x").replace("(", "").replace("?", ""))

    def test_trailing_slashes_and_blank_entries_are_ignored(self) -> None:
        pattern = origin_pattern(["http://tool.test/", "  ", ""])
        assert pattern.match("http://tool.test")

    def test_an_empty_allow_list_matches_nothing(self) -> None:
        assert not origin_pattern([]).match("http://localhost")


class TestLogitBias:
    """Mezzo cannot bias logits; a request that asks is refused, never answered as if not."""

    @pytest.mark.parametrize("bias", [[[15043, 1.0]], {"15043": -100}])
    def test_llama_servers_logit_bias_is_refused(self, bias: Any) -> None:
        with pytest.raises(ApiError) as caught:
            infill(input_prefix="x = ", logit_bias=bias)
        assert caught.value.status == 400 and "logit_bias" in caught.value.message

    def test_openais_logit_bias_is_refused(self) -> None:
        with pytest.raises(ApiError) as caught:
            completions(prompt="x = ", logit_bias={"50256": -100})
        assert caught.value.status == 400

    @pytest.mark.parametrize("empty", [[], {}, None])
    def test_an_empty_one_asks_for_nothing_and_is_fine(self, empty: Any) -> None:
        assert infill(input_prefix="x = ", logit_bias=empty).prefix == "x = "
        assert completions(prompt="x = ", logit_bias=empty or None).prefix == "x = "
