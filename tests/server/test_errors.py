"""One table turns every error into its HTTP status, headers and body; dialects shape the body.

A request that can never succeed is the client's fault (4xx); a failure on Mezzo's side is a
5xx, whatever builtin its error also derives from.
"""

from __future__ import annotations

import pytest

from desktop_app.base.errors import (
    AdapterIncompatibleError,
    AdapterInUseError,
    AdapterInvalidError,
    AdapterLoadError,
    AdapterNotFoundError,
    DiskFullError,
    EngineClosedError,
    EngineNotReadyError,
    InvalidRequestError,
    ModelNotFoundError,
    OfflineError,
    QueueFullError,
    StoreBusyError,
    TelemetryError,
)
from desktop_app.server.errors import problem_for
from desktop_app.server.wire import ApiError
from tests.server.live import LiveServer


class TestTheTable:
    @pytest.mark.parametrize(
        ("error", "status"),
        [
            (InvalidRequestError("prompt too long", "prompt"), 400),
            (TelemetryError("no such completion"), 400),
            (AdapterInvalidError("not an adapter", "/x.gguf", "not adapter"), 400),
            (AdapterIncompatibleError("other base", "luau", "qwen"), 400),
            (AdapterNotFoundError("no such adapter", "luau"), 404),
            (AdapterInUseError("still mapped", "luau", ("/repo",)), 409),
            (QueueFullError("busy", 0.25), 429),
            (EngineNotReadyError("loading"), 503),
            (EngineClosedError("quitting"), 503),
            (StoreBusyError("another install"), 503),
            (OfflineError("hub unreachable"), 502),
            (DiskFullError("full", 10, 1), 507),
            # Server-side failures, although these errors are also ValueError / FileNotFoundError:
            (AdapterLoadError("llama.cpp refused it", "luau"), 500),
            (ModelNotFoundError("gone", "/m.gguf"), 500),
        ],
        ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
    )
    def test_each_error_type_has_one_status(self, error: Exception, status: int) -> None:
        assert problem_for(error).status == status
        assert problem_for(error).message == str(error)

    def test_a_full_queue_says_when_to_retry_in_whole_seconds(self) -> None:
        assert problem_for(QueueFullError("busy", 0.25)).headers == {"Retry-After": "1"}
        assert problem_for(QueueFullError("busy", 2.6)).headers == {"Retry-After": "3"}

    def test_a_route_decided_error_keeps_its_own_status_and_headers(self) -> None:
        problem = problem_for(ApiError(413, "too big", headers={"Connection": "close"}))
        assert (problem.status, problem.message, problem.headers) == (
            413,
            "too big",
            {"Connection": "close"},
        )

    def test_an_unexpected_error_is_a_500_that_does_not_leak_its_text(self) -> None:
        problem = problem_for(KeyError("/home/someone/secret.lua"))
        assert problem.status == 500
        assert "secret" not in problem.message


class TestUnknownRoutes:
    @pytest.mark.parametrize(
        ("path", "shape"),
        [
            ("/nope", lambda body: body["error"]["type"] == "not_found_error"),
            ("/v1/nope", lambda body: body["error"]["type"] == "not_found_error"),
            ("/api/nope", lambda body: isinstance(body["error"], str)),
        ],
    )
    def test_an_unknown_path_is_a_json_404_in_the_paths_dialect(
        self, server: LiveServer, path: str, shape
    ) -> None:
        response = server.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/json")
        assert shape(response.json())

    def test_a_wrong_method_is_a_json_405_that_names_the_allowed_one(
        self, server: LiveServer
    ) -> None:
        response = server.get("/infill")
        assert response.status_code == 405
        assert response.headers["allow"] == "POST"
        assert response.json()["error"]["code"] == 405


class TestPromptsLongerThanTheContext:
    def test_completion_refuses_one_with_a_400_as_llama_server_does(
        self, server: LiveServer
    ) -> None:
        n_ctx = server.core.model_info().n_ctx  # type: ignore[union-attr]
        response = server.post("/completion", {"prompt": "x = 1\n" * n_ctx, "n_predict": 4})
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["code"] == 400 and "context holds" in error["message"]
        fine = server.post("/completion", {"prompt": "x = 1\n", "n_predict": 4})
        assert fine.status_code == 200

    def test_ollama_raw_keeps_the_tail_as_ollama_does(self, server: LiveServer) -> None:
        n_ctx = server.core.model_info().n_ctx  # type: ignore[union-attr]
        body = {"prompt": "x = 1\n" * n_ctx, "raw": True, "stream": False}
        response = server.post("/api/generate", {**body, "options": {"num_predict": 4}})
        assert response.status_code == 200
        assert response.json()["prompt_eval_count"] < n_ctx
