"""Editor clients as they really talk: the `openai` and `ollama` Python packages, llama.vscode and
llama.vim payloads copied from their sources, and the Roblox Studio plugin's request."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import ollama
import openai
import pytest

from tests.server.conftest import StartServer
from tests.server.live import HTTP_TIMEOUT, ID_HEADER, LiveServer, long_prefix, mezzo_settings

PREFIX = "def area(width, height):\n"
SUFFIX = "\n\nprint(area(3, 4))\n"

# llama.vim's `llama#fim` request (anchors_servers.md §2), filled in for a Python buffer.
LLAMA_VIM_INFILL: dict[str, Any] = {
    "id_slot": 0,
    "input_prefix": "import math\n\n" + PREFIX,
    "input_suffix": "\n" + SUFFIX,
    "input_extra": [
        {"text": "def perimeter(w, h):\n    return 2 * (w + h)\n", "time": 1712, "filename": "a.py"}
    ],
    "prompt": "    return ",
    "n_predict": 128,
    "stop": [],
    "n_indent": 4,
    "top_k": 40,
    "top_p": 0.90,
    "samplers": ["top_k", "top_p", "infill"],
    "stream": False,
    "cache_prompt": True,
    "t_max_prompt_ms": 500,
    "t_max_predict_ms": 1000,
    "response_fields": [
        "content",
        "timings/prompt_n",
        "timings/prompt_ms",
        "timings/prompt_per_token_ms",
        "timings/prompt_per_second",
        "timings/predicted_n",
        "timings/predicted_ms",
        "timings/predicted_per_token_ms",
        "timings/predicted_per_second",
        "truncated",
        "tokens_cached",
    ],
}
# llama.vscode differs: top_p 0.99, three alternatives, a LoRA slot and a model name.
LLAMA_VSCODE_INFILL: dict[str, Any] = {
    **LLAMA_VIM_INFILL,
    "top_p": 0.99,
    "n_cmpl": 3,
    "lora": [{"id": 0, "scale": 0.5}],
    "model": "qwen2.5-coder-1.5b",
    "t_max_predict_ms": 500,
}
# llama.vscode's idle warm-up: new extra context into the KV cache, nothing generated.
LLAMA_WARMUP: dict[str, Any] = {
    "input_prefix": "",
    "input_suffix": "",
    "input_extra": [{"text": "class Shape:\n    pass\n", "time": 1713, "filename": "shape.py"}],
    "prompt": "",
    "n_predict": 0,
    "samplers": [],
    "t_max_prompt_ms": 1,
    "t_max_predict_ms": 1,
    "response_fields": [""],
}

# The Roblox Studio plugin, LuauCompletePlugin.lua: the prompt its `complete(prefix, suffix)`
# builds.
LUAU_PREFIX = (
    'local Players = game:GetService("Players")\n\nlocal function isAlive(humanoid)\n    return '
)
LUAU_SUFFIX = "\nend\n"
ROBLOX_PLUGIN_BODY: dict[str, Any] = {
    "model": "roblox-luau-completer",
    "prompt": (
        "Complete the Luau code. Output only the middle, between the prefix and suffix.\n\n"
        f"Prefix:\n{LUAU_PREFIX}\n\nSuffix:\n{LUAU_SUFFIX}\n\nMiddle:"
    ),
    "stream": False,
    "options": {
        "temperature": 0.1,
        "top_p": 0.95,
        "num_predict": 120,
        "stop": ["\n\nPrefix:", "\n\nSuffix:"],
    },
}


@pytest.fixture(scope="module")
def openai_client(server: LiveServer) -> Iterator[openai.OpenAI]:
    client = openai.OpenAI(
        base_url=f"{server.url}/v1", api_key="unused", max_retries=0, timeout=HTTP_TIMEOUT
    )
    yield client
    client.close()


@pytest.fixture(scope="module")
def ollama_client(server: LiveServer) -> ollama.Client:
    return ollama.Client(host=server.url, timeout=HTTP_TIMEOUT)


class TestOpenAIClient:
    def test_completion_with_a_suffix(self, openai_client: openai.OpenAI) -> None:
        raw = openai_client.completions.with_raw_response.create(
            model="mezzo", prompt=PREFIX, suffix=SUFFIX, max_tokens=8, temperature=0.0
        )
        completion = raw.parse()
        assert completion.object == "text_completion"
        assert completion.id.startswith("cmpl-")
        assert raw.headers[ID_HEADER] == completion.id
        [choice] = completion.choices
        assert isinstance(choice.text, str)
        assert choice.text
        assert choice.finish_reason in ("stop", "length")
        assert completion.usage is not None
        assert completion.usage.completion_tokens > 0

    def test_streamed_completion_with_a_suffix(self, openai_client: openai.OpenAI) -> None:
        chunks = list(
            openai_client.completions.create(
                model="mezzo", prompt=PREFIX, suffix=SUFFIX, max_tokens=8, stream=True
            )
        )
        assert len(chunks) >= 2
        assert len({chunk.id for chunk in chunks}) == 1
        assert chunks[0].id.startswith("cmpl-")
        text = "".join(chunk.choices[0].text for chunk in chunks)
        assert text
        assert [c.choices[0].finish_reason for c in chunks[:-1]] == [None] * (len(chunks) - 1)
        assert chunks[-1].choices[0].finish_reason in ("stop", "length")

    def test_fill_in_the_middle_uses_the_models_template(self, server: LiveServer) -> None:
        body = server.post(
            "/v1/completions", {"prompt": PREFIX, "suffix": SUFFIX, "max_tokens": 4}
        ).json()
        assert body["mezzo"]["template"] == "qwen"

    def test_models_lists_the_loaded_model(self, openai_client: openai.OpenAI) -> None:
        [model] = openai_client.models.list().data
        assert model.id == "Qwen2.5-Coder-tiny"

    def test_logprobs_describe_each_generated_token(self, openai_client: openai.OpenAI) -> None:
        completion = openai_client.completions.create(
            model="mezzo", prompt=PREFIX, suffix=SUFFIX, max_tokens=6, temperature=0.0, logprobs=2
        )
        [choice] = completion.choices
        logprobs = choice.logprobs
        assert logprobs is not None
        assert logprobs.tokens and logprobs.token_logprobs and logprobs.top_logprobs
        assert len(logprobs.tokens) == completion.usage.completion_tokens  # type: ignore[union-attr]
        assert len(logprobs.token_logprobs) == len(logprobs.tokens) == len(logprobs.top_logprobs)
        assert all(lp <= 0.0 for lp in logprobs.token_logprobs)
        assert all(1 <= len(top) <= 2 for top in logprobs.top_logprobs)
        # Greedy: each token is the likeliest of its step.
        assert [max(top, key=top.__getitem__) for top in logprobs.top_logprobs] == logprobs.tokens
        offsets = logprobs.text_offset
        assert offsets is not None
        assert offsets[0] == len(PREFIX)  # OpenAI counts from the start of the prompt
        assert offsets == [
            len(PREFIX) + len("".join(logprobs.tokens[:i])) for i in range(len(offsets))
        ]
        assert "".join(logprobs.tokens).startswith(choice.text)

    def test_without_logprobs_there_are_none(self, openai_client: openai.OpenAI) -> None:
        completion = openai_client.completions.create(
            model="mezzo", prompt=PREFIX, suffix=SUFFIX, max_tokens=4, temperature=0.0
        )
        assert completion.choices[0].logprobs is None

    def test_a_stream_reports_usage_when_asked(self, openai_client: openai.OpenAI) -> None:
        chunks = list(
            openai_client.completions.create(
                model="mezzo",
                prompt=PREFIX,
                suffix=SUFFIX,
                max_tokens=6,
                stream=True,
                stream_options={"include_usage": True},
            )
        )
        *text_chunks, usage_chunk = chunks
        assert usage_chunk.choices == []
        assert usage_chunk.usage is not None
        assert usage_chunk.usage.completion_tokens > 0
        assert usage_chunk.usage.total_tokens == (
            usage_chunk.usage.prompt_tokens + usage_chunk.usage.completion_tokens
        )
        assert all(chunk.usage is None for chunk in text_chunks)
        assert text_chunks[-1].choices[0].finish_reason in ("stop", "length")

    def test_a_null_max_tokens_means_openais_default(self, server: LiveServer) -> None:
        response = server.post("/v1/completions", {"prompt": PREFIX, "max_tokens": None})
        assert response.status_code == 200
        assert 0 < response.json()["usage"]["completion_tokens"] <= 16

    @pytest.mark.parametrize(
        ("fields", "named"),
        [
            ({"echo": True}, "echo"),
            ({"presence_penalty": 0.5}, "presence_penalty"),
            ({"frequency_penalty": -1.0}, "frequency_penalty"),
            ({"logprobs": 1, "stream": True}, "logprobs"),
            ({"best_of": 3}, "best_of"),
            ({"logprobs": 6}, "logprobs"),
        ],
    )
    def test_what_mezzo_cannot_honour_is_refused_by_name(
        self, openai_client: openai.OpenAI, fields: dict[str, Any], named: str
    ) -> None:
        with pytest.raises(openai.BadRequestError) as refused:
            openai_client.completions.create(model="mezzo", prompt=PREFIX, max_tokens=4, **fields)
        assert named in refused.value.message
        again = openai_client.completions.create(model="mezzo", prompt=PREFIX, max_tokens=4)
        assert again.choices[0].finish_reason in ("stop", "length")


class TestOllamaClient:
    def test_generate_with_a_suffix(self, ollama_client: ollama.Client) -> None:
        response = ollama_client.generate(
            model="qwen2.5-coder-tiny:latest",
            prompt=PREFIX,
            suffix=SUFFIX,
            options={"num_predict": 8, "temperature": 0},
        )
        assert response.done
        assert response.done_reason in ("stop", "length")
        assert isinstance(response.response, str)
        assert response.response
        assert response.eval_count and response.eval_count > 0

    def test_streamed_generate_with_a_suffix(self, ollama_client: ollama.Client) -> None:
        parts = list(
            ollama_client.generate(
                model="qwen2.5-coder-tiny:latest",
                prompt=PREFIX,
                suffix=SUFFIX,
                stream=True,
                options={"num_predict": 8},
            )
        )
        assert len(parts) >= 2
        assert [part.done for part in parts] == [False] * (len(parts) - 1) + [True]
        assert "".join(part.response for part in parts)
        assert parts[-1].done_reason in ("stop", "length")

    @pytest.mark.parametrize(
        ("fields", "named"),
        [
            ({"format": "json"}, "format"),
            ({"format": {"type": "object"}}, "format"),
            ({"images": ["aGVsbG8="]}, "images"),
        ],
    )
    def test_what_mezzo_cannot_honour_is_refused_by_name(
        self, ollama_client: ollama.Client, fields: dict[str, Any], named: str
    ) -> None:
        with pytest.raises(ollama.ResponseError) as refused:
            ollama_client.generate(
                model="qwen2.5-coder-tiny:latest",
                prompt=PREFIX,
                options={"num_predict": 4},
                **fields,
            )
        assert refused.value.status_code == 400
        assert named in refused.value.error
        again = ollama_client.generate(
            model="qwen2.5-coder-tiny:latest", prompt=PREFIX, options={"num_predict": 4}
        )
        assert again.done

    def test_an_empty_prompt_loads_the_model(self, ollama_client: ollama.Client) -> None:
        response = ollama_client.generate(model="qwen2.5-coder-tiny:latest")
        assert (response.done, response.done_reason, response.response) == (True, "load", "")

    def test_list_shows_the_loaded_model(self, ollama_client: ollama.Client) -> None:
        [model] = ollama_client.list().models
        assert model.model == "qwen2.5-coder-tiny:latest"
        assert model.size and model.size > 0
        assert model.details is not None
        assert model.details.format == "gguf"

    def test_show_advertises_fill_in_the_middle(self, ollama_client: ollama.Client) -> None:
        shown = ollama_client.show("qwen2.5-coder-tiny:latest")
        assert shown.template is not None
        assert ".Suffix" in shown.template  # what Continue checks before sending a suffix
        assert shown.capabilities is not None
        assert "insert" in shown.capabilities

    def test_version_and_root_answer_like_ollama(self, server: LiveServer) -> None:
        assert server.get("/").text == "Ollama is running"
        assert server.get("/api/version").json()["version"]


class TestLlamaEditorPayloads:
    def test_llama_vim_infill_returns_the_requested_fields_under_literal_keys(
        self, server: LiveServer
    ) -> None:
        response = server.post("/infill", LLAMA_VIM_INFILL)
        assert response.status_code == 200
        body = response.json()
        assert isinstance(body["content"], str)
        assert isinstance(body["timings/prompt_n"], int)
        assert body["timings/prompt_n"] >= 0
        assert isinstance(body["timings/predicted_per_second"], float)
        assert isinstance(body["truncated"], bool)
        assert isinstance(body["tokens_cached"], int)
        assert "timings" not in body  # only what was asked for, as llama-server answers
        assert set(body) == set(LLAMA_VIM_INFILL["response_fields"])
        assert response.headers[ID_HEADER].startswith("cmpl-")

    def test_llama_vscode_infill_with_n_cmpl_answers_an_array(self, server: LiveServer) -> None:
        response = server.post("/infill", LLAMA_VSCODE_INFILL)
        assert response.status_code == 200
        answers = response.json()
        assert isinstance(answers, list)
        assert len(answers) == 3
        for answer in answers:
            assert isinstance(answer["content"], str)
            assert "timings/prompt_n" in answer
            assert "id" not in answer  # not asked for; the header carries it

    def test_n_cmpl_answers_are_separate_completions_that_reuse_the_first_prompt(
        self, server: LiveServer
    ) -> None:
        body = {**LLAMA_VSCODE_INFILL, "response_fields": [], "n_predict": 8}
        answers = server.post("/infill", body, client="n-cmpl").json()
        assert [a["index"] for a in answers] == [0, 1, 2]
        assert len({a["id"] for a in answers}) == 3  # three completions, not one copied
        first, *alternatives = answers
        for alternative in alternatives:  # the prompt was evaluated once, for the first
            assert alternative["timings"]["cache_n"] >= first["tokens_evaluated"] - 1
            assert alternative["timings"]["prompt_n"] <= 1

    def test_warm_up_generates_nothing_and_is_not_an_error(self, server: LiveServer) -> None:
        response = server.post("/infill", LLAMA_WARMUP)
        assert response.status_code == 200
        assert response.json() == {}  # it asked for no field, as llama-server answers it
        assert response.headers[ID_HEADER].startswith("cmpl-")

    def test_warm_up_without_response_fields_reports_empty_content(
        self, server: LiveServer
    ) -> None:
        body = server.post("/infill", {**LLAMA_WARMUP, "response_fields": None}).json()
        assert body["content"] == ""
        assert body["stop_type"] == "none"
        assert body["tokens_predicted"] == 0
        assert body["mezzo"]["suppressed"] == ""

    def test_llama_vims_prompt_budget_does_not_empty_the_first_answer_at_a_new_place(
        self, server: LiveServer
    ) -> None:
        """llama.vim sends t_max_prompt_ms 500; a prompt that takes longer (a laptop CPU, a
        new place in a big file) still gets its completion, as llama-server gives it."""
        request = {
            **LLAMA_VIM_INFILL,
            "input_prefix": long_prefix(60),
            "t_max_prompt_ms": 1,
            "response_fields": None,
        }
        answer = server.post("/infill", request, client="new-place").json()
        assert answer["tokens_predicted"] > 0
        assert (
            answer["timings"]["prompt_n"] + answer["timings"]["cache_n"]
            == answer["tokens_evaluated"]
        )

    def test_warm_up_fills_the_cache_despite_its_one_millisecond_prompt_budget(
        self, start_server: StartServer, tiny_qwen_model: Path
    ) -> None:
        """llama-server never enforced t_max_prompt_ms, and llama.vim's warm-up sends 1 ms."""
        fresh = start_server(tiny_qwen_model)
        helpers = "".join(f"def helper_{i}(x):\n    return x * {i}\n" for i in range(30))
        extra = [{"text": helpers, "filename": "helpers.py"}]
        warm = fresh.post(
            "/infill", {**LLAMA_WARMUP, "input_extra": extra, "response_fields": None}
        )
        assert warm.json()["timings"]["prompt_n"] > 0
        assert warm.json()["stop_type"] == "none"
        request = {"input_prefix": "", "input_extra": extra, "n_predict": 2}
        after = fresh.post("/infill", request).json()
        assert after["timings"]["cache_n"] >= warm.json()["timings"]["prompt_n"] - 1

    def test_a_full_infill_answer_has_llama_servers_fields(self, server: LiveServer) -> None:
        body = server.post("/infill", {**LLAMA_VIM_INFILL, "response_fields": None}).json()
        assert {
            "content",
            "stop",
            "stop_type",
            "tokens_cached",
            "truncated",
            "timings",
            "tokens_predicted",
        } <= set(body)
        assert body["stop"] is True
        assert {"prompt_n", "prompt_ms", "predicted_n", "predicted_ms", "cache_n"} <= set(
            body["timings"]
        )
        assert body["mezzo"]["template"] == "qwen"

    def test_completion_with_a_client_templated_prompt(self, server: LiveServer) -> None:
        """Continue's llama.cpp provider sends FIM markers as text to `/completion`."""
        prompt = f"<|fim_prefix|>{PREFIX}<|fim_suffix|>{SUFFIX}<|fim_middle|>"
        response = server.post("/completion", {"prompt": prompt, "n_predict": 8})
        assert response.status_code == 200
        assert response.json()["content"]


class TestRobloxStudioPlugin:
    @pytest.fixture
    def plugin_server(self, start_server: StartServer, tiny_qwen_model: Path) -> LiveServer:
        """Listening on a second, Ollama-style port too, as the plugin expects."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            free = probe.getsockname()[1]
        return start_server(tiny_qwen_model, mezzo_settings(server={"ollama_port": free}))

    def test_the_plugins_request_is_answered_as_it_expects(self, plugin_server: LiveServer) -> None:
        port = plugin_server.thread.ports.ollama
        assert port is not None
        # HttpService:PostAsync(url, JSONEncode(body), ApplicationJson)
        response = httpx.post(
            f"http://localhost:{port}/api/generate",
            json=ROBLOX_PLUGIN_BODY,
            headers={"Content-Type": "application/json"},
            timeout=HTTP_TIMEOUT,
        )
        assert response.status_code == 200
        data = response.json()  # HttpService:JSONDecode(response)
        assert isinstance(data["response"], str)  # `return data.response`
        assert data["done"] is True
        assert data["model"] == "roblox-luau-completer"
        assert data["id"] == response.headers[ID_HEADER]

    def test_a_fim_model_answers_it_as_fill_in_the_middle(self, server: LiveServer) -> None:
        data = server.post("/api/generate", ROBLOX_PLUGIN_BODY).json()
        assert data["mezzo"]["template"] == "qwen"  # not the instruction template: real FIM
        assert "Middle:" not in data["response"]
        assert "Prefix:" not in data["response"]

    def test_a_model_without_fim_tokens_still_answers_it(
        self, start_server: StartServer, tiny_nofim_model: Path
    ) -> None:
        live = start_server(tiny_nofim_model)
        response = live.post("/api/generate", ROBLOX_PLUGIN_BODY)
        assert response.status_code == 200
        data = response.json()
        assert isinstance(data["response"], str)
        assert data["done"] is True
        # no FIM tokens: prefix continuation with suffix-aware stopping
        assert data["mezzo"]["template"] == "continuation"

    def test_the_num_predict_option_caps_the_answer(self, server: LiveServer) -> None:
        data = server.post("/api/generate", ROBLOX_PLUGIN_BODY).json()
        assert 0 < data["eval_count"] <= 120


class TestCompletionIds:
    """Every completion answer names itself, so events can refer to it later."""

    @pytest.mark.parametrize(
        ("path", "body"),
        [
            ("/infill", {"input_prefix": PREFIX, "n_predict": 4}),
            ("/completion", {"prompt": PREFIX, "n_predict": 4}),
            ("/completions", {"prompt": PREFIX, "n_predict": 4}),
            ("/api/generate", {"prompt": PREFIX, "suffix": SUFFIX, "stream": False}),
            ("/api/generate", {"prompt": PREFIX, "stream": False}),
            ("/v1/completions", {"prompt": PREFIX, "suffix": SUFFIX}),
        ],
    )
    def test_the_body_and_the_header_carry_the_same_id(
        self, server: LiveServer, path: str, body: dict[str, Any]
    ) -> None:
        response = server.post(path, body)
        assert response.status_code == 200
        completion_id = response.json()["id"]
        assert completion_id.startswith("cmpl-")
        assert response.headers[ID_HEADER] == completion_id
        assert response.json()["mezzo"]["completion_id"] == completion_id

    def test_each_answer_gets_a_new_id(self, server: LiveServer) -> None:
        ids = {
            server.post("/infill", {"input_prefix": PREFIX, "n_predict": 2}).json()["id"]
            for _ in range(3)
        }
        assert len(ids) == 3
