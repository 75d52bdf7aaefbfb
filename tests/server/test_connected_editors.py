"""'Is my editor connected?': `/mezzo/status` lists who asked lately, by name, and how it went.

Each request is shaped like the real plugin's (body and User-Agent: llama.vim posts with curl,
llama.vscode with axios, Continue through the OpenAI JS SDK, the Roblox Studio plugin with its
own client id), sent to a real server on the real engine.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import openai
import pytest

from tests.server.conftest import StartServer
from tests.server.live import HTTP_TIMEOUT, LiveServer, mezzo_settings
from tests.server.test_clients import LLAMA_VIM_INFILL, LLAMA_VSCODE_INFILL, ROBLOX_PLUGIN_BODY
from tests.server.test_streaming import in_background

VIM = {"User-Agent": "curl/8.5.0"}
VSCODE = {"User-Agent": "axios/1.16.0"}
CONTINUE = {"User-Agent": "OpenAI/JS 5.10.1"}
STUDIO = {"User-Agent": "RobloxStudio/WinInet"}
QUICK_INFILL = {**LLAMA_VIM_INFILL, "n_predict": 8, "response_fields": None}


def clients(server: LiveServer) -> dict[str, dict[str, Any]]:
    listed = server.get("/mezzo/status").json()["clients"]
    return {client["name"]: client for client in listed}


def said(text: str) -> str:
    return "shown" if text else "empty"


@pytest.fixture
def continue_client(server: LiveServer) -> Iterator[openai.OpenAI]:
    client = openai.OpenAI(
        base_url=f"{server.url}/v1",
        api_key="unused",
        max_retries=0,
        timeout=HTTP_TIMEOUT,
        default_headers=CONTINUE,
    )
    yield client
    client.close()


class TestEditorsAreNamed:
    def test_each_editor_is_listed_by_name_with_how_its_last_suggestion_went(
        self, server: LiveServer, continue_client: openai.OpenAI
    ) -> None:
        before = time.time()
        vim = server.post("/infill", {**LLAMA_VIM_INFILL, "n_predict": 8}, headers=VIM)
        vscode = server.post("/infill", {**LLAMA_VSCODE_INFILL, "n_predict": 8}, headers=VSCODE)
        completion = continue_client.completions.create(
            model="mezzo", prompt="def area(w, h):\n", suffix="\n", max_tokens=8
        )
        body = {**ROBLOX_PLUGIN_BODY, "client_id": "roblox-studio"}
        studio = server.post("/api/generate", body, headers=STUDIO)
        assert (vim.status_code, vscode.status_code, studio.status_code) == (200, 200, 200)

        listed = clients(server)
        assert set(listed) == {"llama.vim", "llama.vscode", "Continue", "Roblox Studio"}
        assert listed["llama.vim"]["dialect"] == listed["llama.vscode"]["dialect"] == "llama-server"
        assert listed["Continue"]["dialect"] == "openai"
        assert listed["Roblox Studio"]["dialect"] == "ollama"
        # What each was told matches what the app says of it; llama.vscode shows its first.
        assert listed["llama.vim"]["last_suggestion"] == said(vim.json()["content"])
        assert listed["llama.vscode"]["last_suggestion"] == said(vscode.json()[0]["content"])
        assert listed["Continue"]["last_suggestion"] == said(completion.choices[0].text) == "shown"
        assert listed["Roblox Studio"]["last_suggestion"] == said(studio.json()["response"])
        for client in listed.values():
            assert before <= client["asked_at"] <= time.time()
            assert client["seconds_ago"] >= 0

    def test_a_warm_up_counts_as_asking_but_leaves_the_last_suggestion(
        self, server: LiveServer
    ) -> None:
        headers = {"User-Agent": "axios/1.17.0", "X-Mezzo-Client": "llama.vscode"}
        shown = server.post("/infill", {**QUICK_INFILL, "input_prefix": "x = "}, headers=headers)
        first = clients(server)["llama.vscode"]
        warm_up = {"input_prefix": "", "input_extra": [{"text": "y = 2\n"}], "n_predict": 0}
        assert server.post("/infill", warm_up, headers=headers).status_code == 200
        after = clients(server)["llama.vscode"]
        assert after["last_suggestion"] == first["last_suggestion"]
        assert first["last_suggestion"] == said(shown.json()["content"])
        assert after["asked_at"] >= first["asked_at"]


class TestLastSuggestion:
    def test_a_suggestion_the_model_was_unsure_of_is_hidden_because_unsure(
        self, start_server: StartServer, tiny_qwen_model: Path
    ) -> None:
        strict = mezzo_settings(gating={"enabled": True, "min_mean_logprob": 0.0})
        live = start_server(tiny_qwen_model, strict)
        answer = live.post("/infill", QUICK_INFILL, headers=VIM).json()
        assert answer["mezzo"]["suppressed"] in ("low_confidence", "low_token_confidence")
        assert clients(live)["llama.vim"]["last_suggestion"] == "unsure"

    def test_a_request_while_completions_are_off_is_paused(
        self, start_server: StartServer, tiny_qwen_model: Path
    ) -> None:
        off = replace(mezzo_settings(), completions_enabled=False)
        live = start_server(tiny_qwen_model, off)
        body = {**ROBLOX_PLUGIN_BODY, "client_id": "roblox-studio"}
        assert live.post("/api/generate", body, headers=STUDIO).json()["response"] == ""
        assert clients(live)["Roblox Studio"]["last_suggestion"] == "paused"

    def test_a_request_mezzo_cannot_answer_is_an_error(self, start_server: StartServer) -> None:
        live = start_server(None, load=False)
        assert live.post("/infill", QUICK_INFILL, headers=VIM).status_code == 503
        assert clients(live)["llama.vim"]["last_suggestion"] == "error"

    def test_a_suggestion_replaced_by_the_next_keystroke_is_cancelled(
        self, server: LiveServer
    ) -> None:
        headers = {**VIM, "X-Mezzo-Client": "llama.vim"}
        with server.engine_blocked():
            older, older_answer = in_background(
                lambda: server.post("/infill", QUICK_INFILL, headers=headers)
            )
            server.wait_until(lambda: server.core.engine.queued() == 1, "the first is queued")
            newer, _ = in_background(lambda: server.post("/infill", QUICK_INFILL, headers=headers))
            older.join(HTTP_TIMEOUT)
            assert older_answer[0].json()["mezzo"]["outcome"] == "superseded"
            assert clients(server)["llama.vim"]["last_suggestion"] == "cancelled"
        newer.join(HTTP_TIMEOUT)
