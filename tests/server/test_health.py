"""Health and props: what editors poll before sending completions, while a model loads and after."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.base.errors import MezzoError
from desktop_app.engine.model import gpu_backend
from tests.server.conftest import StartServer
from tests.server.live import HTTP_TIMEOUT, LiveServer

LOADING_BODY = {"error": {"code": 503, "message": "Loading model", "type": "unavailable_error"}}


@pytest.fixture
def loading(start_server: StartServer, tiny_qwen_model: Path) -> Iterator[LiveServer]:
    """A server whose model is loading: the load waits behind a blocked engine until the test
    ends, then finishes."""
    live = start_server(tiny_qwen_model, load=False)
    with live.engine_blocked():
        live.core.load_model(tiny_qwen_model)
        yield live


class TestWhileLoading:
    @pytest.mark.parametrize("path", ["/health", "/v1/health"])
    def test_health_answers_llama_servers_503(self, loading: LiveServer, path: str) -> None:
        response = loading.get(path)
        assert response.status_code == 503
        assert response.json() == LOADING_BODY

    def test_ollamas_load_request_is_refused_with_503(self, loading: LiveServer) -> None:
        response = loading.post("/api/generate", {"model": "qwen"})
        assert response.status_code == 503
        assert response.headers["retry-after"] == "1"
        assert isinstance(response.json()["error"], str)

    def test_health_turns_ok_once_loaded(
        self, start_server: StartServer, tiny_qwen_model: Path
    ) -> None:
        live = start_server(tiny_qwen_model, load=False)
        with live.engine_blocked():
            loaded = live.core.load_model(tiny_qwen_model)
            assert live.get("/health").status_code == 503
        loaded.result(HTTP_TIMEOUT)
        response = live.get("/health")
        assert response.status_code == 200
        assert response.json() == {"status": "ok"}
        assert live.post("/infill", {"input_prefix": "x", "n_predict": 2}).status_code == 200


WAITING_REQUESTS = [
    ("/infill", {"input_prefix": "x", "n_predict": 4}),
    ("/infill", {"input_prefix": "x", "n_predict": 4, "stream": True}),
    ("/api/generate", {"prompt": "x", "suffix": "", "options": {"num_predict": 4}}),
    ("/v1/completions", {"prompt": "x", "max_tokens": 4, "stream": True}),
]


def send_while_loading(
    live: LiveServer, model: Path, requests: list[tuple[str, dict[str, Any]]]
) -> list[tuple[int, str]]:
    """Send `requests` while `model` loads behind a blocked engine; return status and body."""
    answers: dict[int, tuple[int, str]] = {}

    def send(index: int, path: str, body: dict[str, Any]) -> None:
        response = live.post(path, body, client=f"client-{index}")
        answers[index] = (response.status_code, response.text)

    threads = [
        threading.Thread(target=send, args=(index, path, body))
        for index, (path, body) in enumerate(requests)
    ]
    with live.engine_blocked():
        loaded = live.core.load_model(model)
        for thread in threads:
            thread.start()
        live.wait_until(lambda: live.core.engine.queued() == len(requests), "all are queued")
    for thread in threads:
        thread.join(HTTP_TIMEOUT)
    with contextlib.suppress(MezzoError):
        loaded.result(HTTP_TIMEOUT)
    return [answers[index] for index in range(len(requests))]


class TestRequestsDuringALoad:
    """Requests that arrive while a model loads wait for it, as when switching models."""

    def test_they_are_served_by_the_model_once_it_is_ready(
        self, start_server: StartServer, tiny_qwen_model: Path
    ) -> None:
        live = start_server(None, load=False)
        answers = send_while_loading(live, tiny_qwen_model, WAITING_REQUESTS)
        assert [status for status, _ in answers] == [200] * len(WAITING_REQUESTS)
        assert json.loads(answers[0][1])["content"]

    def test_they_get_an_error_in_their_dialect_if_the_load_fails(
        self, start_server: StartServer, tmp_path: Path
    ) -> None:
        live = start_server(None, load=False)
        answers = send_while_loading(live, tmp_path / "missing.gguf", WAITING_REQUESTS)
        (plain_status, plain), (_, llama_stream), (_, ollama_stream), (_, openai_stream) = answers
        assert plain_status == 503
        assert "missing.gguf" in json.loads(plain)["error"]["message"]
        # Streams have sent their 200 already: the error is the stream's last event.
        event, _, data = llama_stream.strip().rpartition("\n")[2].partition(": ")
        assert event == "error"
        assert json.loads(data)["code"] == 503
        assert "missing.gguf" in json.loads(ollama_stream.strip().splitlines()[-1])["error"]
        *_, error_event, done = [line for line in openai_stream.splitlines() if line]
        assert done == "data: [DONE]"
        assert json.loads(error_event.removeprefix("data: "))["error"]["type"] == "server_error"


class TestWithoutAModel:
    def test_health_is_503_before_any_model_is_asked_for(self, start_server: StartServer) -> None:
        live = start_server(None, load=False)
        response = live.get("/health")
        assert response.status_code == 503
        assert response.json()["error"]["type"] == "unavailable_error"

    def test_a_failed_load_is_explained_by_health(
        self, start_server: StartServer, tmp_path: Path
    ) -> None:
        live = start_server(None, load=False)
        missing = tmp_path / "missing.gguf"
        with pytest.raises(FileNotFoundError):
            live.core.load_model(missing).result(HTTP_TIMEOUT)
        response = live.get("/health")
        assert response.status_code == 503
        assert "missing.gguf" in response.json()["error"]["message"]
        assert live.post("/infill", {"input_prefix": "x"}).status_code == 503

    def test_discovery_endpoints_answer_with_no_model(self, start_server: StartServer) -> None:
        live = start_server(None, load=False)
        assert live.get("/api/tags").json() == {"models": []}
        assert live.get("/v1/models").json()["data"] == []
        assert live.post("/api/show", {"model": "x"}).status_code == 404


class TestWhenReady:
    def test_health_is_ok(self, server: LiveServer) -> None:
        assert server.get("/health").json() == {"status": "ok"}
        assert server.get("/v1/health").json() == {"status": "ok"}

    def test_props_describe_the_loaded_model(
        self, server: LiveServer, tiny_qwen_model: Path
    ) -> None:
        props = server.get("/props").json()
        assert props["default_generation_settings"]["n_ctx"] == 2048
        assert props["total_slots"] == 1
        assert props["model_path"] == str(tiny_qwen_model)
        assert props["build_info"].startswith("mezzo ")

    def test_mezzo_status_reports_the_engine(self, server: LiveServer) -> None:
        status = server.get("/mezzo/status").json()
        assert status["engine"] == "ready"
        assert status["template"] == "qwen"
        assert status["queued"] == 0
        # This machine's llama.cpp is built for the CPU only, and the status must not claim more.
        assert status["device"] == (gpu_backend() or "CPU")
