"""Sustained load against the real starter model: 50 editor clients for 30 seconds.

Every dialect, streamed and whole, and some clients that overtype themselves. The only refusals
allowed are the documented ones (429 queue full, 503 not ready); every stream must end with its
dialect's final frame; and afterwards the server must answer as if nothing had happened. At the
deadline the clients hang up mid-request, which also puts disconnect cancellation under load.
The figures are printed, never asserted: CI machines differ.
"""

from __future__ import annotations

import asyncio
import collections
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.base.settings import EngineSettings, ServerSettings, Settings
from tests.server.conftest import StartServer
from tests.server.live import CLIENT_HEADER, HTTP_TIMEOUT

CLIENTS = 50
SECONDS = 30.0
MAX_REQUESTS_PER_CLIENT = 400  # a bound on the loop, should the machine be very fast
DOCUMENTED_REFUSALS = {429, 503}

LUAU = (
    'local Players = game:GetService("Players")\n\n'
    "local function onPlayerAdded(player: Player)\n    "
)
PYTHON = "import json\n\n\ndef load(path):\n    with open(path) as handle:\n        return "


@dataclass
class Tally:
    outcomes: collections.Counter[str] = field(default_factory=collections.Counter)
    errors: list[str] = field(default_factory=list)


Check = Callable[[httpx.Response], Awaitable[None]]


def request_mix(client: int, turn: int) -> tuple[str, dict[str, Any], bool]:
    """(path, body, streamed) for this client's turn: every dialect, in rotation."""
    typed = f"value_{client}_{turn}"
    prefix = f"{PYTHON}{typed}"
    kinds = [
        ("/infill", {"input_prefix": prefix, "input_suffix": "\n", "n_predict": 16}, False),
        (
            "/infill",
            {"input_prefix": prefix, "n_predict": 16, "stream": True, "t_max_predict_ms": 500},
            True,
        ),
        (
            "/api/generate",
            {
                "model": "roblox-luau-completer",
                "prompt": "Complete the Luau code. Output only the middle, between the prefix "
                f"and suffix.\n\nPrefix:\n{LUAU}{typed}\n\nSuffix:\nend\n\nMiddle:",
                "stream": False,
                "options": {"temperature": 0.1, "top_p": 0.95, "num_predict": 16},
            },
            False,
        ),
        ("/api/generate", {"prompt": prefix, "suffix": "\n", "options": {"num_predict": 16}}, True),
        ("/v1/completions", {"prompt": prefix, "suffix": "\n", "max_tokens": 16}, False),
        ("/v1/completions", {"prompt": prefix, "max_tokens": 16, "stream": True}, True),
    ]
    return kinds[(client + turn) % len(kinds)]


def check_whole(path: str, body: Any) -> None:
    answers = body if isinstance(body, list) else [body]
    for answer in answers:
        assert answer["id"].startswith("cmpl-"), answer
        text = answer.get("content", answer.get("response"))
        if path == "/v1/completions":
            text = answer["choices"][0]["text"]
        assert isinstance(text, str), answer


def check_stream(path: str, lines: list[str]) -> None:
    """The stream must have ended properly: a cut-off stream is exactly the bug to catch."""
    lines = [line for line in lines if line]
    assert lines, "an empty stream"
    if path == "/api/generate":
        assert json.loads(lines[-1])["done"] is True, lines[-1]
    elif path == "/v1/completions":
        assert lines[-1] == "data: [DONE]", lines[-1]
    else:
        assert json.loads(lines[-1].removeprefix("data: "))["stop"] is True, lines[-1]


async def one_request(
    http: httpx.AsyncClient, client: str, path: str, body: dict[str, Any], streamed: bool
) -> str:
    headers = {CLIENT_HEADER: client}
    if streamed:
        async with http.stream("POST", path, json=body, headers=headers) as response:
            if response.status_code != 200:
                await response.aread()
                return _refusal(response)
            lines = [line async for line in response.aiter_lines()]
        check_stream(path, lines)
        return "ok"
    response = await http.post(path, json=body, headers=headers)
    if response.status_code != 200:
        return _refusal(response)
    check_whole(path, response.json())
    suppressed = response.json().get("mezzo", {}) if isinstance(response.json(), dict) else {}
    return "ok (empty)" if suppressed.get("suppressed") or suppressed.get("throttled") else "ok"


def _refusal(response: httpx.Response) -> str:
    assert response.status_code in DOCUMENTED_REFUSALS, (response.status_code, response.text)
    assert "error" in response.json()
    if response.status_code == 429:
        assert int(response.headers["retry-after"]) >= 1
    return str(response.status_code)


async def editor(http: httpx.AsyncClient, index: int, deadline: float, tally: Tally) -> None:
    """One editor: a request at a time; every fifth overtypes itself with two at once."""
    client = f"editor-{index}"
    for turn in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() > deadline:
            return
        requests = [request_mix(index, turn)]
        if index % 5 == 0:
            requests.append(request_mix(index, turn + 1))
        results = await asyncio.gather(
            *(one_request(http, client, *request) for request in requests),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, BaseException):
                if isinstance(result, asyncio.CancelledError):
                    raise result
                tally.outcomes["error"] += 1
                tally.errors.append(f"{type(result).__name__}: {result}")
            else:
                tally.outcomes[result] += 1
        if any(result == "429" for result in results):
            await asyncio.sleep(1.0)  # as told by Retry-After


async def hammer(url: str, clients: int, seconds: float) -> Tally:
    tally = Tally()
    limits = httpx.Limits(max_connections=2 * clients, max_keepalive_connections=2 * clients)
    async with httpx.AsyncClient(base_url=url, timeout=HTTP_TIMEOUT, limits=limits) as http:
        deadline = time.monotonic() + seconds
        tasks = [asyncio.create_task(editor(http, i, deadline, tally)) for i in range(clients)]
        done, pending = await asyncio.wait(tasks, timeout=seconds)
        for task in pending:  # hang up on whatever is still in flight
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        tally.outcomes["in flight at the deadline, hung up"] += len(pending)
        for task in done:
            if task.exception() is not None:
                tally.errors.append(repr(task.exception()))
    return tally


@pytest.mark.load
def test_fifty_clients_for_thirty_seconds_get_only_documented_refusals(
    start_server: StartServer, starter: Path
) -> None:
    # The shipped defaults (gating, throttle, caps, queue) on free ports, and one engine thread:
    # the fifty clients share the machine's two CI cores, and llama.cpp's threads spin-wait
    # badly when oversubscribed (measured here: 38 ms a token with one thread, 284 with two).
    settings = Settings(
        server=ServerSettings(port=0, ollama_port=0), engine=EngineSettings(n_threads=1)
    )
    live = start_server(starter, settings)

    tally = asyncio.run(hammer(live.url, CLIENTS, SECONDS))

    print(f"\nload: {dict(tally.outcomes)}")
    assert tally.errors == []
    assert tally.outcomes["ok"] > 0
    live.wait_until(lambda: live.core.engine.queued() == 0, "the queue drains")
    assert live.get("/health").json() == {"status": "ok"}
    after = live.post("/infill", {"input_prefix": PYTHON, "n_predict": 8}, client="afterwards")
    assert after.status_code == 200
    assert isinstance(after.json()["content"], str)
