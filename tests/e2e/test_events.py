"""Tabby's event API through the real server: `POST /v1/events` about completions `/infill`
served, answered in OpenAI's error shape when the event is wrong, and stored as explicit events."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from tests.e2e.conftest import completion_row, count_rows, events_of
from tests.server.live import ID_HEADER, LiveServer

INFILL = {
    "input_prefix": "def area(width, height):\n    return ",
    "input_suffix": "\n",
    "n_predict": 6,
}


def served_id(live: LiveServer, **extra: Any) -> str:
    answer = live.post("/infill", {**INFILL, **extra}, client="tabby")
    assert answer.status_code == 200
    assert answer.json()["content"]
    return answer.json()["id"]


def post_event(live: LiveServer, body: Any, query: str = "") -> Any:
    return live.post(f"/v1/events{query}", body)


def assert_openai_400(response: Any) -> str:
    assert response.status_code == 400
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error"
    assert error["message"]
    return error["message"]


class TestEventsAboutServedCompletions:
    def test_view_select_and_dismiss_are_stored_as_explicit_events(self, live: LiveServer) -> None:
        accepted, dismissed = served_id(live), served_id(live)
        for body in (
            {"type": "view", "completion_id": accepted, "choice_index": 0},
            {"type": "select", "completion_id": accepted, "choice_index": 0, "elapsed": 900},
            {"type": "view", "completion_id": dismissed, "choice_index": 0, "view_id": "v1"},
            {"type": "dismiss", "completion_id": dismissed, "choice_index": 0},
        ):
            assert post_event(live, body).status_code == 200
        assert events_of(live, accepted) == [
            ("view", None, "explicit", None),
            ("select", None, "explicit", None),
        ]
        assert events_of(live, dismissed) == [
            ("view", None, "explicit", None),
            ("dismiss", None, "explicit", None),
        ]

    def test_events_are_written_by_the_telemetry_writer_not_the_event_loop(
        self, live: LiveServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        store = live.core.telemetry
        writers: list[str] = []
        original = store.record_event

        def noting_the_thread(*args: Any, **kwargs: Any) -> bool:
            writers.append(threading.current_thread().name)
            return original(*args, **kwargs)

        monkeypatch.setattr(store, "record_event", noting_the_thread)
        completion = served_id(live)
        assert post_event(live, {"type": "view", "completion_id": completion}).status_code == 200
        assert writers == ["mezzo-telemetry"]

    def test_the_id_in_the_header_of_a_streamed_answer_can_be_referred_to(
        self, live: LiveServer
    ) -> None:
        with live.http.stream("POST", "/infill", json={**INFILL, "stream": True}) as response:
            assert response.status_code == 200
            response.read()
        completion_id = response.headers[ID_HEADER]
        assert completion_row(live, completion_id)["dialect"] == "llama-server"
        assert (
            post_event(live, {"type": "select", "completion_id": completion_id}).status_code == 200
        )
        assert events_of(live, completion_id) == [("select", None, "explicit", None)]

    def test_select_kind_line_is_a_partial_accept(self, live: LiveServer) -> None:
        completion_id = served_id(live)
        post_event(live, {"type": "view", "completion_id": completion_id})
        selected = post_event(
            live, {"type": "select", "completion_id": completion_id}, "?select_kind=line"
        )
        assert selected.status_code == 200
        assert events_of(live, completion_id)[-1] == ("select", "line", "explicit", None)
        acceptance = live.get("/mezzo/stats").json()["acceptance"]
        assert (acceptance["viewed"], acceptance["accepted"], acceptance["partial"]) == (1, 1, 1)


class TestWrongEvents:
    """Each test refers only to completions it was served, so they share one server."""

    @pytest.fixture
    def live(self, shared: LiveServer) -> LiveServer:
        return shared

    @pytest.mark.parametrize("kind", ["accept", "reject", "VIEW", ""])
    def test_any_other_type_is_a_400_in_openais_error_shape(
        self, live: LiveServer, kind: str
    ) -> None:
        completion_id = served_id(live)
        message = assert_openai_400(
            post_event(live, {"type": kind, "completion_id": completion_id})
        )
        assert "view, select or dismiss" in message
        assert events_of(live, completion_id) == []

    @pytest.mark.parametrize(
        "completion_id", ["cmpl-0123456789abcdef0123456789abcdef", "../../etc/passwd", "x" * 200]
    )
    def test_an_id_that_was_never_served_is_a_400(
        self, live: LiveServer, completion_id: str
    ) -> None:
        served_id(live)  # the database exists and holds other completions
        before = count_rows(live, "events")
        assert_openai_400(post_event(live, {"type": "view", "completion_id": completion_id}))
        assert count_rows(live, "events") == before

    def test_an_unknown_select_kind_is_a_400(self, live: LiveServer) -> None:
        completion_id = served_id(live)
        response = post_event(
            live, {"type": "select", "completion_id": completion_id}, "?select_kind=word"
        )
        assert_openai_400(response)
        assert events_of(live, completion_id) == []

    @pytest.mark.parametrize(
        "raw",
        [
            b"{not json",
            b"[]",
            b'{"type": "view"}',
            b'{"completion_id": "cmpl-x"}',
            b'{"type": "view", "completion_id": 7}',
            b'{"type": "view", "completion_id": "cmpl-x", "choice_index": "0"}',
            b'{"type": "view", "completion_id": "cmpl-x", "choice_index": -1}',
            b"\xff\xfe",
            b"",
        ],
    )
    def test_a_malformed_body_is_a_400_and_the_next_request_still_works(
        self, live: LiveServer, raw: bytes
    ) -> None:
        response = live.http.post(
            "/v1/events", content=raw, headers={"Content-Type": "application/json"}
        )
        assert_openai_400(response)
        completion_id = served_id(live)
        assert post_event(live, {"type": "view", "completion_id": completion_id}).status_code == 200
        assert events_of(live, completion_id) == [("view", None, "explicit", None)]
