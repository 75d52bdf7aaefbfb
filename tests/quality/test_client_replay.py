"""`mezzo bench client-replay` sends a recorded session as its client did and reads the figures.

The server is a real Mezzo on a tiny model. What is checked is what reaches it, in which order,
what the replay makes of each answer and that a hang-up reaches the engine; never how fast
anything was, since the machine is shared.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from starlette.types import ASGIApp, Receive, Scope, Send

from desktop_app.quality.cli import bench_group
from desktop_app.quality.client_replay import (
    FIGURE_FIELDS,
    Kind,
    Outcome,
    Pacing,
    SessionFileError,
    TargetRun,
    answered,
    comparison,
    load_session,
    render_comparison,
    replay,
    run_target,
)
from desktop_app.quality.harness import throwaway_core
from desktop_app.server.app import build_app
from desktop_app.server.runner import ServerThread
from tests.server.live import LiveServer, mezzo_settings

SEQ_HEADER = "x-session-seq"  # the fixture's own header: which recorded line a request was
# llama.vim's completion request asks for these, and no cache_n (tests/e2e/real_clients/
# llama.vim/autoload/llama.vim, s:fim).
LLAMA_VIM_FIELDS = [
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
]
# llama.vim's ring-buffer warm-up (s:ring_update): extra context only, nothing predicted.
WARM_UP = {
    "id_slot": 0,
    "input_prefix": "",
    "input_suffix": "",
    "input_extra": [{"text": "x = 1\n", "filename": "other.py"}],
    "prompt": "",
    "n_predict": 0,
    "temperature": 0.0,
    "samplers": [],
    "stream": False,
    "cache_prompt": True,
    "t_max_prompt_ms": 1,
    "t_max_predict_ms": 1,
    "response_fields": [""],
}
HEADER = {
    "format": "mezzo-client-session",
    "version": 1,
    "client": "llama.vim",
    "client_commit": "0123abc",
    "recorded": "2025-01-01T10:00:00Z",
    "note": "test fixture",
}


def infill(n_predict: int, prefix: str = "def add(a, b):\n", **extra: Any) -> dict[str, Any]:
    return {
        "id_slot": 0,
        "input_prefix": prefix,
        "input_suffix": "\n",
        "input_extra": [],
        "prompt": "    return",
        "n_predict": n_predict,
        "top_k": 40,
        "top_p": 0.9,
        "samplers": ["top_k", "top_p", "infill"],
        "stream": False,
        "cache_prompt": True,
        "t_max_prompt_ms": 500,
        "t_max_predict_ms": 500,
        **extra,
    }


def line(
    seq: int, t_ms: int, body: Any, *, path: str = "/infill", hung_up_ms: int | None = None
) -> dict[str, Any]:
    return {
        "t_ms": t_ms,
        "method": "GET" if body is None else "POST",
        "path": path,
        "headers": {
            "Content-Type": "application/json",
            "User-Agent": "curl/8.5.0",
            SEQ_HEADER: str(seq),
            "Host": "127.0.0.1:8012",
        },
        "body": body,
        "hung_up_ms": hung_up_ms,
        "status": None if hung_up_ms is not None else 200,
        "latency_ms": 80.0,
        "shown": body is not None and body.get("n_predict") != 0,
    }


# A llama.vim session in small: the ring-buffer warm-up, completions as the person types (one
# with llama.vim's own response_fields), a /completion and a health check.
LINES = [
    line(0, 0, WARM_UP),
    line(1, 120, infill(8, response_fields=LLAMA_VIM_FIELDS)),
    line(2, 400, infill(8, prefix="def add(a, b):\n    ")),
    line(3, 900, {"prompt": "def mul(a, b):\n    return", "n_predict": 8}, path="/completion"),
    line(4, 1500, None, path="/health"),
]
KINDS = [Kind.WARM_UP, Kind.COMPLETION, Kind.COMPLETION, Kind.COMPLETION, Kind.OTHER]


def write_session(path: Path, lines: list[Any], header: Any = HEADER) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in [header, *lines]), "utf-8")
    return path


@dataclass
class Arrival:
    seq: str
    chunks: list[bytes] = field(default_factory=list)
    hung_up: bool = False  # the server heard the client close the connection

    @property
    def body(self) -> Any:
        raw = b"".join(self.chunks)
        return json.loads(raw) if raw else None


def noting_arrivals(app: ASGIApp, arrivals: list[Arrival]) -> ASGIApp:
    """The app, noting each request as it arrives, its body as the app reads it and the client's
    hang-up when the app hears of it (Mezzo listens for one while a job runs or waits)."""

    async def noted(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await app(scope, receive, send)
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        arrival = Arrival(headers.get(SEQ_HEADER, ""))
        arrivals.append(arrival)

        async def receiving() -> Any:
            message = await receive()
            arrival.chunks.append(message.get("body", b""))
            arrival.hung_up |= message["type"] == "http.disconnect"
            return message

        return await app(scope, receiving, send)

    return noted


@dataclass
class Served:
    live: LiveServer
    arrivals: list[Arrival]

    @property
    def url(self) -> str:
        return self.live.url


@pytest.fixture(scope="module")
def served_module(tiny_qwen_model: Path) -> Iterator[Served]:
    """The test servers' settings (confidence gate and throttle off), on an app that notes what
    arrives; `LiveServer` for its engine helpers."""
    arrivals: list[Arrival] = []
    with throwaway_core(mezzo_settings().engine) as core:
        live = LiveServer(core, ServerThread(noting_arrivals(build_app(core), arrivals), 0).start())
        try:
            core.load_model(tiny_qwen_model).result()
            yield Served(live, arrivals)
        finally:
            live.http.close()
            live.thread.stop()


@pytest.fixture
def served(served_module: Served) -> Served:
    served_module.arrivals.clear()
    return served_module


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    return write_session(tmp_path / "session.jsonl", LINES)


class TestReplay:
    def test_every_request_arrives_in_order_with_its_headers(
        self, served: Served, session_file: Path
    ) -> None:
        outcomes = replay(served.url, load_session(session_file), Pacing(as_fast_as_possible=True))
        assert [a.seq for a in served.arrivals] == [str(i) for i in range(len(LINES))]
        assert [o.status for o in outcomes] == [200] * len(LINES)
        sent = [a.body for a in served.arrivals]
        assert sent[2] == LINES[2]["body"]  # no response_fields: sent exactly as recorded
        assert sent[4] is None

    def test_at_the_recorded_pace_every_request_arrives(
        self, served: Served, session_file: Path
    ) -> None:
        pacing = Pacing(speed=20.0, one_at_a_time=False)
        outcomes = replay(served.url, load_session(session_file), pacing)
        assert sorted(a.seq for a in served.arrivals) == [str(i) for i in range(len(LINES))]
        assert all(o.status == 200 for o in outcomes)

    def test_response_fields_still_bring_the_figures(
        self, served: Served, session_file: Path
    ) -> None:
        outcomes = replay(served.url, load_session(session_file), Pacing(as_fast_as_possible=True))
        sent = [a.body for a in served.arrivals]
        assert sent[0]["response_fields"] == ["", *FIGURE_FIELDS]
        assert sent[1]["response_fields"] == [*LLAMA_VIM_FIELDS, "timings/cache_n", "mezzo/outcome"]
        for outcome in outcomes[:4]:
            assert isinstance(outcome.prompt_n, int)
            assert isinstance(outcome.cache_n, int)
        assert outcomes[1].shown  # its content was asked for by the client itself
        assert outcomes[1].mezzo_outcome == "shown"
        assert not outcomes[0].shown  # a warm-up predicts nothing
        assert outcomes[4].prompt_n is None  # /health has no timings

    def test_a_request_hung_up_on_is_closed(self, served: Served, tmp_path: Path) -> None:
        file = write_session(tmp_path / "s.jsonl", [line(0, 0, infill(8), hung_up_ms=50)])
        with served.live.engine_blocked():  # nothing is answered while the client waits
            (outcome,) = replay(served.url, load_session(file), Pacing(as_fast_as_possible=True))
            served.live.wait_until(lambda: served.arrivals[0].hung_up, "the server hears it")
        assert outcome.hung_up
        assert outcome.status is None

    def test_a_completion_waits_for_the_previous_answer_and_the_newest_one_goes(
        self, served: Served, tmp_path: Path
    ) -> None:
        """llama.vim's rule: completions 1 and 2 come due while 0 is unanswered; when it is
        answered only 2 is sent. The warm-up (3) is not held back."""
        lines = [line(0, 0, infill(8)), line(1, 10, infill(8)), line(2, 20, infill(8))]
        file = write_session(tmp_path / "s.jsonl", [*lines, line(3, 30, WARM_UP)])
        with ThreadPoolExecutor(1) as pool:
            with served.live.engine_blocked():  # 0 is not answered until 1 and 2 are due
                replaying = pool.submit(replay, served.url, load_session(file), Pacing())
                served.live.wait_until(
                    lambda: [a.seq for a in served.arrivals] == ["0", "3"], "0 and 3 are sent"
                )
            outcomes = replaying.result(timeout=60)
        assert [a.seq for a in served.arrivals] == ["0", "3", "2"]
        assert [o.skipped for o in outcomes] == [False, True, False, False]
        assert outcomes[2].status == 200

    def test_concurrent_sends_each_completion_at_its_time(
        self, served: Served, tmp_path: Path
    ) -> None:
        file = write_session(tmp_path / "s.jsonl", [line(0, 0, infill(8)), line(1, 10, infill(8))])
        pacing = Pacing(one_at_a_time=False)
        with ThreadPoolExecutor(1) as pool:
            with served.live.engine_blocked():
                replaying = pool.submit(replay, served.url, load_session(file), pacing)
                served.live.wait_until(lambda: len(served.arrivals) == 2, "1 goes before 0 ends")
            outcomes = replaying.result(timeout=60)
        assert [o.status for o in outcomes] == [200, 200]


class TestReport:
    def test_requests_are_classified_and_summed(self, served: Served, session_file: Path) -> None:
        session = load_session(session_file)
        assert [r.kind for r in session.requests] == KINDS
        run = run_target("test", served.url, session, Pacing(as_fast_as_possible=True))
        figures = comparison(session_file, session, Pacing(), [run])
        recorded, replayed = figures["targets"]
        assert [row["kind"] for row in replayed["requests"]] == [k.value for k in KINDS]
        summary = replayed["summary"]
        assert summary["requests"] == 5
        assert summary["completions"] == 3
        assert summary["warm_ups"] == 1
        assert summary["shown"] == sum(row["shown"] for row in replayed["requests"][1:4])
        assert summary["prompt_tokens_evaluated"] == sum(
            row["prompt_n"] for row in replayed["requests"][:4]
        )
        assert summary["hang_ups"] == 0
        assert summary["errors"] == {}
        assert sum(summary["mezzo_outcomes"].values()) == 4  # all but /health
        assert recorded["summary"]["shown"] == 3  # as the client recorded it
        assert recorded["summary"]["prompt_tokens_evaluated"] is None

    def test_hang_ups_and_errors_are_counted(self, tmp_path: Path) -> None:
        file = write_session(
            tmp_path / "s.jsonl",
            [line(0, 0, infill(8)), line(1, 10, infill(8), hung_up_ms=5), line(2, 20, infill(8))],
        )
        session = load_session(file)
        outcomes = [
            answered(200, 50.0, {"content": " a + b", "timings": {"prompt_n": 9, "cache_n": 2}}),
            Outcome(None, 5.0, hung_up=True),
            answered(503, 1.0, {"error": {"code": 503}}),
        ]
        summary = comparison(file, session, Pacing(), [TargetRun("t", outcomes)])["targets"][1][
            "summary"
        ]
        assert summary["hang_ups"] == 1
        assert summary["errors"] == {"503": 1}
        assert summary["shown"] == 1
        assert summary["prompt_tokens_evaluated"] == 9

    def test_a_recording_without_answers_still_renders(self, tmp_path: Path) -> None:
        unanswered = {**LINES[1], "status": None, "latency_ms": None}
        file = write_session(tmp_path / "s.jsonl", [unanswered])
        session = load_session(file)
        table = render_comparison(comparison(file, session, Pacing(), []))
        assert "completion |       -" in table


class TestAnswers:
    def test_literal_response_field_keys_are_read(self) -> None:
        outcome = answered(200, 1.0, {"content": "x", "timings/prompt_n": 4, "timings/cache_n": 3})
        assert (outcome.shown, outcome.prompt_n, outcome.cache_n) == (True, 4, 3)

    def test_tokens_cached_stands_in_only_without_cache_n(self) -> None:
        assert answered(200, 1.0, {"content": "", "tokens_cached": 7}).cache_n == 7
        nested = {"tokens_cached": 7, "timings": {"prompt_n": 1, "cache_n": 2}}
        assert answered(200, 1.0, nested).cache_n == 2

    def test_mezzo_says_why_nothing_was_shown(self) -> None:
        nested = answered(200, 1.0, {"content": "", "mezzo": {"outcome": "superseded"}})
        literal = answered(200, 1.0, {"content": "", "mezzo/outcome": "suppressed"})
        assert (nested.mezzo_outcome, literal.mezzo_outcome) == ("superseded", "suppressed")

    def test_whitespace_is_not_shown(self) -> None:
        assert not answered(200, 1.0, {"content": " \n"}).shown


class TestSessionFile:
    @pytest.mark.parametrize(
        ("header", "lines", "message"),
        [
            ({"format": "other", "version": 1}, LINES, "is not a client session"),
            ({**HEADER, "version": 2}, LINES, "is a version 2 mezzo-client-session"),
            (["not", "an", "object"], LINES, "line 1: expected a JSON object"),
            (HEADER, [], "has a header but no requests"),
            (HEADER, [{**LINES[0], "t_ms": -1}], "line 2: 't_ms' must be"),
            (HEADER, [{**LINES[0], "method": "PUT"}], "line 2: 'method' must be GET or POST"),
            (HEADER, [LINES[1], {**LINES[0], "t_ms": 5}], "line 3: t_ms goes back in time"),
            (HEADER, [{**LINES[0], "status": "200"}], "line 2: 'status' must be an integer"),
            (HEADER, [{**LINES[0], "latency_ms": -1}], "line 2: 'latency_ms' must be a number"),
        ],
    )
    def test_a_bad_file_is_refused_in_one_line(
        self, tmp_path: Path, header: Any, lines: list[Any], message: str
    ) -> None:
        with pytest.raises(SessionFileError, match=message) as refused:
            load_session(write_session(tmp_path / "bad.jsonl", lines, header))
        assert "\n" not in str(refused.value)

    def test_a_hang_up_may_have_no_status_or_latency(self, tmp_path: Path) -> None:
        hung_up = {**LINES[1], "hung_up_ms": 300, "status": None, "latency_ms": None}
        file = write_session(tmp_path / "s.jsonl", [LINES[0], hung_up])
        session = load_session(file)
        assert session.requests[1].recorded_ms == 300
        assert session.length_ms == LINES[1]["t_ms"] + 300

    def test_not_json_and_empty_files_are_refused(self, tmp_path: Path) -> None:
        text = tmp_path / "notes.txt"
        text.write_text("hello\n", "utf-8")
        with pytest.raises(SessionFileError, match="line 1: not JSON"):
            load_session(text)
        empty = tmp_path / "empty.jsonl"
        empty.write_text("\n", "utf-8")
        with pytest.raises(SessionFileError, match="is empty"):
            load_session(empty)


class TestCommand:
    def test_a_bad_file_is_refused_and_nothing_is_sent(
        self, served: Served, tmp_path: Path
    ) -> None:
        bad = write_session(tmp_path / "bad.jsonl", LINES, {**HEADER, "version": 9})
        result = CliRunner().invoke(bench_group, ["client-replay", str(bad), "--url", served.url])
        assert result.exit_code == 1
        assert "Error: " in result.output
        assert "is a version 9 mezzo-client-session" in result.output
        assert served.arrivals == []

    def test_the_default_target_is_an_in_process_mezzo(
        self, session_file: Path, tiny_qwen_model: Path
    ) -> None:
        args = ["client-replay", str(session_file), "--model", str(tiny_qwen_model)]
        result = CliRunner().invoke(bench_group, [*args, "--as-fast-as-possible", "--json"])
        assert result.exit_code == 0, result.output
        _recorded, mezzo = json.loads(result.output)["targets"]
        assert mezzo["name"] == "mezzo"
        assert [row["status"] for row in mezzo["requests"]] == [200] * len(LINES)
        assert mezzo["summary"]["warm_ups"] == 1

    def test_compare_url_replays_against_both_and_prints_them_side_by_side(
        self, served: Served, session_file: Path
    ) -> None:
        args = ["client-replay", str(session_file), "--url", served.url]
        result = CliRunner().invoke(
            bench_group, [*args, "--compare-url", served.url, "--as-fast-as-possible"]
        )
        assert result.exit_code == 0, result.output
        assert len(served.arrivals) == 2 * len(LINES)
        assert [a.seq for a in served.arrivals] == [str(i) for i in range(len(LINES))] * 2
        table = result.output.splitlines()
        assert table[2].count(served.url[:30]) == 2  # one column per target
        assert any(row.startswith("warm_ups") for row in table)
