"""What keeps the server private and upright: Host and Origin checks, the token, body limits,
malformed input and a full queue, each answered in the dialect's own error shape."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.conftest import StartServer
from tests.server.live import HTTP_TIMEOUT, LiveServer, mezzo_settings

INFILL = {"input_prefix": "def f(x):\n    return ", "input_suffix": "\n", "n_predict": 4}
GENERATE = {"prompt": "def f(x):\n    return ", "suffix": "\n", "options": {"num_predict": 4}}
COMPLETIONS = {"prompt": "def f(x):\n    return ", "suffix": "\n", "max_tokens": 4}


def raw_exchange(port: int, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes no well-behaved client library would send; return status, headers, body."""
    with socket.create_connection(("127.0.0.1", port), timeout=HTTP_TIMEOUT) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), headers, body


def assert_llama_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"code", "message", "type"}
    assert error["code"] == status
    assert error["message"]
    return error


def assert_ollama_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert isinstance(body["error"], str)
    assert body["error"]
    return body["error"]


def assert_openai_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert {"message", "type", "param", "code"} <= set(error)
    assert error["message"]
    return error


def assert_serves_normally(server: LiveServer) -> None:
    response = server.post("/infill", INFILL)
    assert response.status_code == 200
    assert isinstance(response.json()["content"], str)


class TestHostGuard:
    @pytest.mark.parametrize("host", ["evil.com", "evil.com:8012", "localhost.evil.com"])
    def test_a_foreign_host_name_is_refused(self, server: LiveServer, host: str) -> None:
        response = server.post("/infill", INFILL, headers={"Host": host})
        assert_llama_error(response, 403)

    def test_a_rebound_name_cannot_reach_ollama_or_openai_either(self, server: LiveServer) -> None:
        assert_ollama_error(
            server.post("/api/generate", GENERATE, headers={"Host": "evil.com"}), 403
        )
        response = server.post("/v1/completions", COMPLETIONS, headers={"Host": "evil.com"})
        assert_openai_error(response, 403)

    def test_even_health_is_refused_to_a_foreign_host(self, server: LiveServer) -> None:
        assert server.get("/health", headers={"Host": "evil.com"}).status_code == 403

    def test_an_empty_host_is_refused(self, server: LiveServer) -> None:
        status, _, body = raw_exchange(
            server.port,
            b"GET /health HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n",
        )
        assert status == 403
        assert b"loopback" in body

    def test_no_host_at_all_is_refused(self, server: LiveServer) -> None:
        status, _, _ = raw_exchange(server.port, b"GET /health HTTP/1.0\r\n\r\n")
        assert status == 403

    @pytest.mark.parametrize("host", ["localhost", "localhost:{port}", "127.0.0.1:{port}", "[::1]"])
    def test_loopback_names_are_served(self, server: LiveServer, host: str) -> None:
        response = server.post("/infill", INFILL, headers={"Host": host.format(port=server.port)})
        assert response.status_code == 200


class TestOriginGuard:
    def test_a_foreign_web_page_is_refused(self, server: LiveServer) -> None:
        response = server.post("/infill", INFILL, headers={"Origin": "https://evil.example"})
        error = assert_llama_error(response, 403)
        assert "evil.example" in error["message"]

    def test_a_foreign_web_page_cannot_preflight(self, server: LiveServer) -> None:
        response = server.http.options(
            "/infill",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert response.status_code == 403
        assert "access-control-allow-origin" not in response.headers

    def test_a_vscode_webview_is_served(self, server: LiveServer) -> None:
        response = server.post("/infill", INFILL, headers={"Origin": "vscode-webview://abc123"})
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == "vscode-webview://abc123"

    def test_a_preflight_from_an_allowed_origin_is_answered_with_cors_headers(
        self, server: LiveServer
    ) -> None:
        origin = "http://localhost:5173"
        response = server.http.options(
            "/v1/completions",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type, authorization",
            },
        )
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == origin
        assert "POST" in response.headers["access-control-allow-methods"]

    def test_the_completion_id_header_is_readable_by_allowed_pages(
        self, server: LiveServer
    ) -> None:
        response = server.post("/infill", INFILL, headers={"Origin": "http://localhost:5173"})
        assert "x-mezzo-completion-id" in response.headers["access-control-expose-headers"].lower()


class TestOriginsFromSettings:
    """The Origin guard's refusal says "Add it in Settings": that must work without a restart."""

    def test_an_origin_added_in_settings_is_served_with_cors_headers(
        self, start_server: StartServer, tiny_qwen_model: Path
    ) -> None:
        live = start_server(tiny_qwen_model)
        origin = "https://tool.example"
        assert live.post("/infill", INFILL, headers={"Origin": origin}).status_code == 403
        settings = live.core.settings
        allowed = (*settings.current.server.allowed_origins, origin)
        settings.update(server=replace(settings.current.server, allowed_origins=allowed))
        preflight = live.http.options(
            "/infill", headers={"Origin": origin, "Access-Control-Request-Method": "POST"}
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == origin
        response = live.post("/infill", INFILL, headers={"Origin": origin})
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == origin

    def test_an_origin_removed_from_settings_is_refused(
        self, start_server: StartServer, tiny_qwen_model: Path
    ) -> None:
        live = start_server(tiny_qwen_model)
        settings = live.core.settings
        kept = tuple(o for o in settings.current.server.allowed_origins if "vscode" not in o)
        settings.update(server=replace(settings.current.server, allowed_origins=kept))
        response = live.post("/infill", INFILL, headers={"Origin": "vscode-webview://abc"})
        assert response.status_code == 403


class TestToken:
    @pytest.fixture
    def guarded(self, start_server: StartServer, tiny_qwen_model: Path) -> LiveServer:
        return start_server(tiny_qwen_model, mezzo_settings(server={"require_token": True}))

    def test_no_token_is_refused(self, guarded: LiveServer) -> None:
        assert_llama_error(guarded.post("/infill", INFILL), 401)

    @pytest.mark.parametrize("authorization", ["Bearer wrong", "Bearer", "Basic abc", "wrong"])
    def test_a_wrong_token_is_refused(self, guarded: LiveServer, authorization: str) -> None:
        response = guarded.post("/infill", INFILL, headers={"Authorization": authorization})
        assert_llama_error(response, 401)

    def test_the_token_is_refused_in_each_dialects_shape(self, guarded: LiveServer) -> None:
        assert_ollama_error(guarded.post("/api/generate", GENERATE), 401)
        error = assert_openai_error(guarded.post("/v1/completions", COMPLETIONS), 401)
        assert error["type"] == "authentication_error"

    def test_the_core_token_is_accepted(self, guarded: LiveServer) -> None:
        token = guarded.core.api_token()
        assert token
        headers = {"Authorization": f"Bearer {token}"}
        assert guarded.post("/infill", INFILL, headers=headers).status_code == 200
        assert guarded.get("/props", headers=headers).status_code == 200

    def test_the_token_is_accepted_as_x_api_key_too(self, guarded: LiveServer) -> None:
        token = guarded.core.api_token()
        assert token
        ok = guarded.post("/infill", INFILL, headers={"X-Api-Key": token})
        assert ok.status_code == 200
        wrong = guarded.post("/infill", INFILL, headers={"X-Api-Key": token + "x"})
        assert_llama_error(wrong, 401)

    def test_health_needs_no_token(self, guarded: LiveServer) -> None:
        assert guarded.get("/health").json() == {"status": "ok"}

    def test_a_rotated_token_replaces_the_old_one(self, guarded: LiveServer) -> None:
        old = guarded.core.api_token()
        new = guarded.core.rotate_api_token()
        assert old != new
        response = guarded.post("/infill", INFILL, headers={"Authorization": f"Bearer {old}"})
        assert response.status_code == 401
        response = guarded.post("/infill", INFILL, headers={"Authorization": f"Bearer {new}"})
        assert response.status_code == 200

    def test_no_token_is_needed_unless_settings_ask_for_one(self, server: LiveServer) -> None:
        assert server.core.api_token() is None
        assert server.post("/infill", INFILL).status_code == 200


class TestBodyLimit:
    LIMIT = 4096

    @pytest.fixture
    def limited(self, start_server: StartServer, tiny_qwen_model: Path) -> LiveServer:
        return start_server(tiny_qwen_model, mezzo_settings(server={"max_body_bytes": self.LIMIT}))

    def test_a_declared_length_over_the_limit_is_refused(self, limited: LiveServer) -> None:
        body = {**INFILL, "input_prefix": "x" * (2 * self.LIMIT)}
        assert_llama_error(limited.post("/infill", body), 413)
        assert_serves_normally(limited)

    def test_a_chunked_body_that_outgrows_the_limit_is_refused(self, limited: LiveServer) -> None:
        chunk = b'{"input_prefix": "' + b"x" * 1000
        chunks = [chunk] + [b"x" * 1000] * 8 + [b'"}']
        encoded = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"
        status, _, body = raw_exchange(
            limited.port,
            b"POST /infill HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + encoded,
        )
        assert status == 413
        assert b"too large" in body
        assert_serves_normally(limited)

    def test_a_chunked_body_under_the_limit_is_served(self, limited: LiveServer) -> None:
        def body() -> Any:  # a generator makes httpx send it chunked
            yield b'{"input_prefix": "def f", '
            yield b'"n_predict": 2}'

        response = limited.http.post("/infill", content=body())
        assert response.status_code == 200


MALFORMED_LLAMA = [
    pytest.param(b'{"input_prefix": ', id="truncated-json"),
    pytest.param(b"[1, 2]", id="not-an-object"),
    pytest.param(b'{"input_prefix": "a\xff\xfe"}', id="invalid-utf8"),
    pytest.param(b'{"input_suffix": "x"}', id="missing-input-prefix"),
    pytest.param(b'{"input_prefix": 5}', id="prefix-not-a-string"),
    pytest.param(b'{"input_prefix": "a", "n_predict": "12"}', id="n_predict-string"),
    pytest.param(b'{"input_prefix": "a", "n_predict": 12.5}', id="n_predict-float"),
    pytest.param(b'{"input_prefix": "a", "temperature": "hot"}', id="temperature-string"),
    pytest.param(b'{"input_prefix": "a", "n_predict": -5}', id="n_predict-negative"),
    pytest.param(b'{"input_prefix": "a", "n_predict": 1000000000}', id="n_predict-absurd"),
    pytest.param(b'{"input_prefix": "a", "n_predict": 1e400}', id="n_predict-infinite"),
    pytest.param(b'{"input_prefix": "a", "top_p": 7}', id="top_p-7"),
    pytest.param(b'{"input_prefix": "a", "top_k": -3}', id="top_k-negative"),
    pytest.param(b'{"input_prefix": "a", "n_cmpl": 50}', id="n_cmpl-too-many"),
    pytest.param(b'{"input_prefix": "a", "input_extra": [{"filename": "a"}]}', id="extra-no-text"),
    pytest.param(b'{"input_prefix": "a", "stream": "yes"}', id="stream-string"),
    pytest.param(b'{"input_prefix": "a\\ud800"}', id="lone-surrogate"),
    pytest.param(b"[" * 100_000, id="nested-too-deeply"),
    pytest.param(b'{"input_prefix": "a", "x": ' + b"[" * 100_000 + b"}", id="deep-unknown-field"),
]
MALFORMED_COMPLETION = [
    pytest.param(b'{"prompt": ', id="truncated-json"),
    pytest.param(b'{"prompt": "a\xff"}', id="invalid-utf8"),
    pytest.param(b'{"prompt": "a", "n_predict": "12"}', id="n_predict-string"),
    pytest.param(b'{"prompt": "a", "n_predict": 1000000000}', id="n_predict-absurd"),
    pytest.param(b'{"prompt": "a", "top_p": 7}', id="top_p-7"),
]
MALFORMED_OLLAMA = [
    pytest.param(b'{"prompt": ', id="truncated-json"),
    pytest.param(b'{"prompt": "a\xff"}', id="invalid-utf8"),
    pytest.param(b'{"prompt": ["a"]}', id="prompt-list"),
    pytest.param(b'{"prompt": "a", "options": {"num_predict": "12"}}', id="num_predict-string"),
    pytest.param(b'{"prompt": "a", "options": {"temperature": "hot"}}', id="temperature-string"),
    pytest.param(b'{"prompt": "a", "options": {"num_predict": -5}}', id="num_predict-negative"),
    pytest.param(b'{"prompt": "a", "options": {"num_predict": 1000000000}}', id="absurd"),
    pytest.param(b'{"prompt": "a", "options": {"top_p": 7}}', id="top_p-7"),
    pytest.param(b'{"prompt": "a", "options": "fast"}', id="options-string"),
    pytest.param(b'{"prompt": "a", "suffix": "\\udfff"}', id="lone-surrogate"),
    pytest.param(b"[" * 100_000, id="nested-too-deeply"),
]
MALFORMED_OPENAI = [
    pytest.param(b'{"prompt": ', id="truncated-json"),
    pytest.param(b'{"prompt": "a\xff"}', id="invalid-utf8"),
    pytest.param(b'{"suffix": "a"}', id="missing-prompt"),
    pytest.param(b'{"prompt": "a", "max_tokens": "12"}', id="max_tokens-string"),
    pytest.param(b'{"prompt": "a", "temperature": "hot"}', id="temperature-string"),
    pytest.param(b'{"prompt": "a", "max_tokens": -5}', id="max_tokens-negative"),
    pytest.param(b'{"prompt": "a", "max_tokens": 1000000000}', id="max_tokens-absurd"),
    pytest.param(b'{"prompt": "a", "top_p": 7}', id="top_p-7"),
    pytest.param(b'{"prompt": "a", "n": 3}', id="n-3"),
    pytest.param(b'{"prompt": ["a", "b"]}', id="two-prompts"),
    pytest.param(b'{"prompt": "a\\ud800", "stream": true}', id="lone-surrogate-streamed"),
    pytest.param(b"[" * 100_000, id="nested-too-deeply"),
]


class TestMalformedInput:
    @pytest.mark.parametrize("raw", MALFORMED_LLAMA)
    def test_llama_infill_answers_400_in_its_error_shape(
        self, server: LiveServer, raw: bytes
    ) -> None:
        response = server.http.post("/infill", content=raw)
        error = assert_llama_error(response, 400)
        assert error["type"] == "invalid_request_error"
        assert_serves_normally(server)

    @pytest.mark.parametrize("raw", MALFORMED_COMPLETION)
    def test_llama_completion_answers_400_in_its_error_shape(
        self, server: LiveServer, raw: bytes
    ) -> None:
        assert_llama_error(server.http.post("/completion", content=raw), 400)
        assert_serves_normally(server)

    @pytest.mark.parametrize("raw", MALFORMED_OLLAMA)
    def test_ollama_answers_400_in_its_error_shape(self, server: LiveServer, raw: bytes) -> None:
        assert_ollama_error(server.http.post("/api/generate", content=raw), 400)
        assert_serves_normally(server)

    @pytest.mark.parametrize("raw", MALFORMED_OPENAI)
    def test_openai_answers_400_in_its_error_shape(self, server: LiveServer, raw: bytes) -> None:
        error = assert_openai_error(server.http.post("/v1/completions", content=raw), 400)
        assert error["type"] == "invalid_request_error"
        assert_serves_normally(server)

    def test_the_message_names_the_offending_field(self, server: LiveServer) -> None:
        response = server.post("/infill", {"input_prefix": "a", "temperature": "hot"})
        assert "temperature" in assert_llama_error(response, 400)["message"]

    def test_an_escaped_surrogate_pair_is_ordinary_text(self, server: LiveServer) -> None:
        raw = b'{"input_prefix": "# \\ud83d\\ude00 smile\\n", "n_predict": 2}'
        assert server.http.post("/infill", content=raw).status_code == 200

    def test_an_empty_body_is_a_400_not_a_crash(self, server: LiveServer) -> None:
        assert_llama_error(server.http.post("/infill", content=b""), 400)
        assert_ollama_error(server.http.post("/api/generate", content=b""), 400)


class TestQueueFull:
    """max_queued_jobs=1: one job running (here: the engine held busy), one waiting, the rest
    are told to come back later with a Retry-After."""

    @pytest.fixture
    def narrow(self, start_server: StartServer, tiny_qwen_model: Path) -> LiveServer:
        return start_server(tiny_qwen_model, mezzo_settings(server={"max_queued_jobs": 1}))

    def _queue_one(self, server: LiveServer, results: list[httpx.Response]) -> threading.Thread:
        def wait_in_line() -> None:
            results.append(server.post("/infill", INFILL, client="waiting"))

        waiting = threading.Thread(target=wait_in_line)
        waiting.start()
        server.wait_until(lambda: server.core.engine.queued() == 1, "a job is queued")
        return waiting

    @pytest.mark.parametrize(
        ("path", "body", "check"),
        [
            ("/infill", INFILL, assert_llama_error),
            ("/api/generate", {**GENERATE, "stream": False}, assert_ollama_error),
            ("/v1/completions", COMPLETIONS, assert_openai_error),
        ],
    )
    def test_a_further_client_gets_429_with_retry_after(
        self,
        narrow: LiveServer,
        path: str,
        body: dict[str, Any],
        check: Callable[[httpx.Response, int], Any],
    ) -> None:
        waited: list[httpx.Response] = []
        with narrow.engine_blocked():
            waiting = self._queue_one(narrow, waited)
            refused = narrow.post(path, body, client="third")
        waiting.join(HTTP_TIMEOUT)
        check(refused, 429)
        assert int(refused.headers["retry-after"]) >= 1
        assert [r.status_code for r in waited] == [200]
        assert narrow.post(path, body, client="third").status_code == 200

    @pytest.mark.parametrize(
        ("path", "body"),
        [
            ("/infill", {**INFILL, "stream": True}),
            ("/api/generate", GENERATE),  # Ollama streams unless told otherwise
            ("/v1/completions", {**COMPLETIONS, "stream": True}),
        ],
    )
    def test_a_streaming_request_also_gets_a_clean_429(
        self, narrow: LiveServer, path: str, body: dict[str, Any]
    ) -> None:
        waited: list[httpx.Response] = []
        with narrow.engine_blocked():
            waiting = self._queue_one(narrow, waited)
            refused = narrow.post(path, body, client="third")
        waiting.join(HTTP_TIMEOUT)
        assert refused.status_code == 429
        assert "error" in refused.json()
        assert refused.headers["retry-after"]

    def test_a_newer_request_from_the_waiting_client_takes_its_place(
        self, narrow: LiveServer
    ) -> None:
        """Supersede frees the slot first, so the same client is never told the queue is full."""
        waited: list[httpx.Response] = []
        with narrow.engine_blocked():
            waiting = self._queue_one(narrow, waited)
            newer: list[httpx.Response] = []
            replacing = threading.Thread(
                target=lambda: newer.append(narrow.post("/infill", INFILL, client="waiting"))
            )
            replacing.start()
            narrow.wait_until(lambda: bool(waited), "the older request was answered")
        replacing.join(HTTP_TIMEOUT)
        waiting.join(HTTP_TIMEOUT)
        assert waited[0].status_code == 200
        assert waited[0].json()["mezzo"]["outcome"] == "superseded"
        assert newer[0].status_code == 200
        assert newer[0].json()["mezzo"]["suppressed"] == ""
