"""Streams in each dialect's framing, newer requests superseding older ones from the same client,
and a client that hangs up taking its engine job with it."""

from __future__ import annotations

import gc
import json
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.server.live import CLIENT_HEADER, HTTP_TIMEOUT, ID_HEADER, LiveServer, long_prefix

PREFIX = "def area(width, height):\n"
SUFFIX = "\n\nprint(area(3, 4))\n"


def stream_lines(
    server: LiveServer, path: str, body: dict[str, Any]
) -> tuple[httpx.Response, list[str]]:
    with server.http.stream("POST", path, json=body) as response:
        lines = list(response.iter_lines())
    return response, lines


def sse_payloads(lines: list[str]) -> list[str]:
    """The `data:` payloads of an SSE stream, checking the framing on the way."""
    payloads = []
    for line in lines:
        if not line:
            continue  # the blank line that ends each event
        assert line.startswith("data: "), line
        payloads.append(line.removeprefix("data: "))
    return payloads


class TestStreamFraming:
    @pytest.mark.parametrize(
        ("path", "body"),
        [
            ("/infill", {"input_prefix": PREFIX, "input_suffix": SUFFIX, "n_predict": 8}),
            ("/completion", {"prompt": PREFIX, "n_predict": 8}),
        ],
    )
    def test_llama_streams_sse_chunks_ending_with_stop_true(
        self, server: LiveServer, path: str, body: dict[str, Any]
    ) -> None:
        response, lines = stream_lines(server, path, {**body, "stream": True})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        chunks = [json.loads(p) for p in sse_payloads(lines)]
        assert len(chunks) >= 2
        *pieces, final = chunks
        assert all(chunk["stop"] is False for chunk in pieces)
        assert "".join(chunk["content"] for chunk in pieces)
        assert final["stop"] is True
        assert final["stop_type"] in ("limit", "eos", "word")
        assert final["tokens_predicted"] > 0
        assert final["id"] == response.headers[ID_HEADER]

    def test_ollama_streams_ndjson_ending_with_done_true(self, server: LiveServer) -> None:
        body = {"prompt": PREFIX, "suffix": SUFFIX, "options": {"num_predict": 8}}
        response, lines = stream_lines(server, "/api/generate", body)  # streams by default
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/x-ndjson"
        parts = [json.loads(line) for line in lines if line]
        assert len(parts) >= 2
        *pieces, final = parts
        assert all(part["done"] is False for part in pieces)
        assert "".join(part["response"] for part in pieces)
        assert final["done"] is True
        assert final["done_reason"] in ("stop", "length")
        assert final["eval_count"] > 0
        assert final["id"] == response.headers[ID_HEADER]

    def test_openai_streams_sse_ending_with_done_marker(self, server: LiveServer) -> None:
        body = {"prompt": PREFIX, "suffix": SUFFIX, "max_tokens": 8, "stream": True}
        response, lines = stream_lines(server, "/v1/completions", body)
        assert response.status_code == 200
        *payloads, last = sse_payloads(lines)
        assert last == "[DONE]"
        chunks = [json.loads(p) for p in payloads]
        assert {chunk["id"] for chunk in chunks} == {response.headers[ID_HEADER]}
        assert all(chunk["object"] == "text_completion" for chunk in chunks)
        assert [c["choices"][0]["finish_reason"] for c in chunks[:-1]] == [None] * (len(chunks) - 1)
        assert chunks[-1]["choices"][0]["finish_reason"] in ("stop", "length")
        assert "".join(c["choices"][0]["text"] for c in chunks)


class TestRefusedByThePowerPolicy:
    """Completions switched off in the tray: every dialect still gets a well-formed, empty
    answer at once (not an error an editor would report), and a stream is one final frame."""

    @pytest.fixture
    def switched_off(self, server: LiveServer) -> Iterator[LiveServer]:
        settings = server.core.settings
        settings.update(completions_enabled=False)
        yield server
        settings.update(completions_enabled=True)

    @pytest.mark.parametrize(
        ("path", "body"),
        [
            ("/infill", {"input_prefix": PREFIX, "stream": True}),
            ("/api/generate", {"prompt": PREFIX, "suffix": SUFFIX}),
            ("/v1/completions", {"prompt": PREFIX, "suffix": SUFFIX, "stream": True}),
        ],
    )
    def test_a_stream_is_a_single_empty_final_frame(
        self, switched_off: LiveServer, path: str, body: dict[str, Any]
    ) -> None:
        response, lines = stream_lines(switched_off, path, body)
        assert response.status_code == 200
        frames = [line for line in lines if line]
        if path == "/v1/completions":
            assert frames[-1] == "data: [DONE]"
            [final] = [json.loads(frame.removeprefix("data: ")) for frame in frames[:-1]]
            assert final["choices"][0]["text"] == ""
        elif path == "/api/generate":
            [final] = [json.loads(frame) for frame in frames]
            assert (final["done"], final["response"]) == (True, "")
            assert final["mezzo"]["throttled"]
        else:
            [final] = [json.loads(frame.removeprefix("data: ")) for frame in frames]
            assert (final["stop"], final["content"]) == (True, "")
            assert final["mezzo"]["throttled"]
        assert final["id"] == response.headers[ID_HEADER]

    def test_a_whole_answer_is_empty_and_says_why(self, switched_off: LiveServer) -> None:
        body = switched_off.post("/infill", {"input_prefix": PREFIX}).json()
        assert body["content"] == ""
        assert body["mezzo"]["throttled"]
        assert switched_off.core.engine.queued() == 0


def answer_text(path: str, body: dict[str, Any]) -> str:
    if path == "/api/generate":
        return body["response"]
    if path == "/v1/completions":
        return body["choices"][0]["text"]
    return body["content"]


SUPERSEDE_CASES = [
    ("/infill", {"input_prefix": PREFIX, "input_suffix": SUFFIX, "n_predict": 8}),
    ("/api/generate", {"prompt": PREFIX, "suffix": SUFFIX, "stream": False}),
    ("/v1/completions", {"prompt": PREFIX, "suffix": SUFFIX, "max_tokens": 8}),
]


def in_background(
    call: Callable[[], httpx.Response],
) -> tuple[threading.Thread, list[httpx.Response]]:
    answers: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: answers.append(call()))
    thread.start()
    return thread, answers


class TestSupersede:
    @pytest.mark.parametrize(("path", "body"), SUPERSEDE_CASES)
    def test_a_newer_request_replaces_a_queued_one_from_the_same_client(
        self, server: LiveServer, path: str, body: dict[str, Any]
    ) -> None:
        with server.engine_blocked():
            older, older_answer = in_background(lambda: server.post(path, body, client="editor"))
            server.wait_until(lambda: server.core.engine.queued() == 1, "the first is queued")
            newer, newer_answer = in_background(lambda: server.post(path, body, client="editor"))
            older.join(HTTP_TIMEOUT)
        newer.join(HTTP_TIMEOUT)
        [first], [second] = older_answer, newer_answer
        assert (first.status_code, second.status_code) == (200, 200)
        assert answer_text(path, first.json()) == ""
        assert first.json()["mezzo"]["outcome"] == "superseded"
        assert first.json()["id"] == first.headers[ID_HEADER]
        assert answer_text(path, second.json())
        assert second.json()["mezzo"]["suppressed"] == ""

    def test_different_clients_do_not_supersede_each_other(self, server: LiveServer) -> None:
        path, body = SUPERSEDE_CASES[0]
        with server.engine_blocked():
            one, one_answer = in_background(lambda: server.post(path, body, client="vim"))
            server.wait_until(lambda: server.core.engine.queued() == 1, "the first is queued")
            two, two_answer = in_background(lambda: server.post(path, body, client="vscode"))
            server.wait_until(lambda: server.core.engine.queued() == 2, "both are queued")
        one.join(HTTP_TIMEOUT)
        two.join(HTTP_TIMEOUT)
        for [answer] in (one_answer, two_answer):
            assert answer.json()["mezzo"]["suppressed"] == ""
            assert answer.json()["content"]

    def test_llama_vims_warm_up_waits_behind_the_completion_instead_of_replacing_it(
        self, server: LiveServer
    ) -> None:
        path, body = SUPERSEDE_CASES[0]
        warm_up = {
            "input_prefix": "",
            "input_suffix": "",
            "prompt": "",
            "n_predict": 0,
            "input_extra": [{"filename": "a.py", "text": "x = 1\n"}],
            "t_max_prompt_ms": 1,
            "t_max_predict_ms": 1,
            "response_fields": [""],
        }
        with server.engine_blocked():
            real, real_answer = in_background(lambda: server.post(path, body, client="vim"))
            server.wait_until(lambda: server.core.engine.queued() == 1, "the completion is queued")
            ring, ring_answer = in_background(lambda: server.post(path, warm_up, client="vim"))
            server.wait_until(lambda: server.core.engine.queued() == 2, "both are queued")
        real.join(HTTP_TIMEOUT)
        ring.join(HTTP_TIMEOUT)
        [completion], [warmed] = real_answer, ring_answer
        assert completion.json()["mezzo"]["outcome"] == "shown"
        assert completion.json()["content"]
        assert warmed.status_code == 200

    def test_a_newer_request_stops_a_running_one_from_the_same_client(
        self, slow_server: LiveServer
    ) -> None:
        slow = {"input_prefix": long_prefix(), "n_predict": 1024}
        with slow_server.engine_blocked():
            older, older_answer = in_background(
                lambda: slow_server.post("/infill", slow, client="editor")
            )
            slow_server.wait_until(lambda: slow_server.core.engine.queued() == 1, "queued")
        # Unblocked, the worker takes the job off the queue at once: now it is running.
        slow_server.wait_until(lambda: slow_server.core.engine.queued() == 0, "running")
        quick = {"input_prefix": PREFIX, "n_predict": 4}
        newer = slow_server.post("/infill", quick, client="editor")
        older.join(HTTP_TIMEOUT)
        [first] = older_answer
        assert first.status_code == 200
        assert first.json()["content"] == ""
        assert first.json()["mezzo"]["outcome"] == "superseded"
        assert newer.status_code == 200
        assert newer.json()["content"]
        assert slow_server.core.engine.cancelled_jobs() == {"superseded": 1}

    def test_a_newer_request_ends_a_running_stream_with_a_superseded_frame(
        self, slow_server: LiveServer
    ) -> None:
        slow = {"input_prefix": long_prefix(), "n_predict": 1024, "stream": True}
        headers = {CLIENT_HEADER: "editor"}
        with slow_server.http.stream("POST", "/infill", json=slow, headers=headers) as response:
            lines = response.iter_lines()
            first = next(line for line in lines if line)  # generating now
            newer = slow_server.post(
                "/infill", {"input_prefix": PREFIX, "n_predict": 4}, client="editor"
            )
            rest = list(lines)
        *_, final = [json.loads(p) for p in sse_payloads([first, *rest])]
        assert final["stop"] is True
        assert final["mezzo"]["outcome"] == "superseded"
        assert final["id"] == response.headers[ID_HEADER]
        assert newer.json()["content"]


def send_raw_request(port: int, path: str, body: dict[str, Any], client: str) -> socket.socket:
    payload = json.dumps(body).encode()
    sock = socket.create_connection(("127.0.0.1", port), timeout=HTTP_TIMEOUT)
    sock.sendall(
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"{CLIENT_HEADER}: {client}\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
        + payload
    )
    return sock


class TestDisconnect:
    """A hung-up client cancels its job in the engine, not only on the HTTP side."""

    def cancelled(self, server: LiveServer) -> int:
        return server.core.engine.cancelled_jobs().get("disconnected", 0)

    def assert_next_client_is_served(self, server: LiveServer) -> None:
        response = server.post("/infill", {"input_prefix": PREFIX, "n_predict": 4}, client="next")
        assert response.status_code == 200
        assert response.json()["content"]
        assert response.json()["mezzo"]["suppressed"] == ""

    def test_closing_a_stream_cancels_its_job(self, slow_server: LiveServer) -> None:
        slow = {"prompt": long_prefix(), "suffix": "\n", "options": {"num_predict": 1024}}
        with slow_server.http.stream(
            "POST", "/api/generate", json=slow, headers={CLIENT_HEADER: "gone"}
        ) as response:
            lines = response.iter_lines()
            assert json.loads(next(line for line in lines if line))["done"] is False
        # Leaving the block closed the connection halfway through the stream.
        slow_server.wait_until(lambda: self.cancelled(slow_server) == 1, "the job is cancelled")
        self.assert_next_client_is_served(slow_server)

    @pytest.mark.parametrize("path", ["/infill", "/v1/completions"])
    def test_hanging_up_on_a_running_request_cancels_its_job(
        self, slow_server: LiveServer, path: str
    ) -> None:
        body = (
            {"input_prefix": long_prefix(), "n_predict": 1024}
            if path == "/infill"
            else {"prompt": long_prefix(), "suffix": "\n", "max_tokens": 1024}
        )
        with slow_server.engine_blocked():
            sock = send_raw_request(slow_server.port, path, body, "gone")
            slow_server.wait_until(lambda: slow_server.core.engine.queued() == 1, "queued")
        slow_server.wait_until(lambda: slow_server.core.engine.queued() == 0, "running")
        sock.close()
        slow_server.wait_until(lambda: self.cancelled(slow_server) == 1, "the job is cancelled")
        self.assert_next_client_is_served(slow_server)

    def test_a_hang_up_leaves_no_asyncio_error_in_the_log(
        self, slow_server: LiveServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        body = {"input_prefix": long_prefix(), "n_predict": 1024}
        with slow_server.engine_blocked():
            sock = send_raw_request(slow_server.port, "/infill", body, "gone")
            slow_server.wait_until(lambda: slow_server.core.engine.queued() == 1, "queued")
        slow_server.wait_until(lambda: slow_server.core.engine.queued() == 0, "running")
        sock.close()
        slow_server.wait_until(lambda: self.cancelled(slow_server) == 1, "the job is cancelled")
        self.assert_next_client_is_served(slow_server)
        gc.collect()  # an abandoned future with an unread exception complains when collected
        assert not [r for r in caplog.records if "never retrieved" in r.getMessage()]

    def test_hanging_up_while_queued_cancels_the_job(self, slow_server: LiveServer) -> None:
        body = {"input_prefix": long_prefix(), "n_predict": 1024}
        with slow_server.engine_blocked():
            sock = send_raw_request(slow_server.port, "/infill", body, "gone")
            slow_server.wait_until(lambda: slow_server.core.engine.queued() == 1, "queued")
            sock.close()
        # Dropped when the engine reaches it, or stopped at its first check if the hang-up is
        # noticed only after that: cancelled either way, and long before it could finish.
        slow_server.wait_until(lambda: self.cancelled(slow_server) == 1, "the job is cancelled")
        self.assert_next_client_is_served(slow_server)
