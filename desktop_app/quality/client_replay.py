"""`mezzo bench client-replay`: a recorded editor session, sent again to one server or two.

A session file (JSON lines) is what a real client sent: a header line
`{"format": "mezzo-client-session", "version": 1, "client": ..., ...}`, then one line per HTTP
request in send order, with its offset from the first (`t_ms`), method, path, headers and body,
and what the client saw then (`status`, `latency_ms`, `shown`, and `hung_up_ms` when it gave up).

The replay keeps the client's timing: each request leaves at its offset (divided by the speed
factor), concurrently with whatever is still running, and a request the client hung up on is hung
up on at the same time after sending, which closes its connection. Completions follow llama.vim's
own rule, one unanswered at a time: one whose offset comes while the previous is still running
waits for it, retrying every 100 ms, and is skipped if a newer one comes first; warm-ups and other
requests are not held back. Each request has a connection of its own, as each of llama.vim's curl
processes has. With `as_fast_as_possible` each request waits for the previous one instead.

The figures are llama-server's own: `timings.prompt_n` (prompt tokens evaluated) and
`timings.cache_n` (taken from the KV cache), which Mezzo returns too. A client's
`response_fields` list would cut them from the answer, so a non-empty list gets `content`,
`timings/prompt_n`, `timings/cache_n` and `mezzo/outcome` added (a server without a field
skips it); only the answer's size changes. `tokens_cached` stands in for `cache_n` only from a
server that reports no `cache_n`. Mezzo's outcome says why it showed nothing (superseded by the
client's next request, suppressed by the gate, throttled); other servers send none.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import Counter
from collections.abc import Coroutine, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import httpx2

from desktop_app.base.errors import MezzoError
from desktop_app.base.settings import PowerSettings
from desktop_app.quality.bench import rounded_percentile
from desktop_app.quality.editing_session import in_process_server
from desktop_app.quality.harness import UNSPACED

FORMAT = "mezzo-client-session"
VERSION = 1
METHODS = ("GET", "POST")
# Where editors ask for completions, in the dialects Mezzo speaks.
COMPLETION_PATHS = frozenset(
    {"/infill", "/completion", "/completions", "/v1/completions", "/api/generate"}
)
# What the replayer adds to a client's non-empty `response_fields`, so the answer keeps them.
FIGURE_FIELDS = ("content", "timings/prompt_n", "timings/cache_n", "mezzo/outcome")
# The connection and body framing are the replayer's own, not the recorded client's.
NOT_REPLAYED_HEADERS = frozenset(
    {"host", "content-length", "connection", "keep-alive", "transfer-encoding", "expect"}
)
REQUEST_TIMEOUT_S = 300.0


class SessionFileError(MezzoError, ValueError):
    """The file is not a client session this version can replay."""


class Kind(StrEnum):
    COMPLETION = "completion"
    WARM_UP = "warm-up"  # n_predict 0: fills the server's cache, shows nothing
    OTHER = "other"  # not a completion request (/health, /tokenize, ...)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    t_ms: int
    method: str
    path: str
    headers: Mapping[str, str]
    body: Any
    hung_up_ms: float | None
    status: int | None  # None: the client got no answer (it hung up first)
    latency_ms: float | None
    shown: bool

    @property
    def kind(self) -> Kind:
        if self.path.partition("?")[0] not in COMPLETION_PATHS:
            return Kind.OTHER
        warm_up = isinstance(self.body, dict) and self.body.get("n_predict") == 0
        return Kind.WARM_UP if warm_up else Kind.COMPLETION

    @property
    def recorded_ms(self) -> float:
        """How long the client waited: until the answer, or until it hung up."""
        return self.hung_up_ms if self.hung_up_ms is not None else self.latency_ms or 0.0

    def replayed_headers(self) -> dict[str, str]:
        return {
            name: value
            for name, value in self.headers.items()
            if name.lower() not in NOT_REPLAYED_HEADERS
        }

    def replayed_body(self) -> Any:
        """The body as sent: a non-empty `response_fields` also asks for the figures."""
        fields = self.body.get("response_fields") if isinstance(self.body, dict) else None
        if not isinstance(fields, list) or not fields:
            return self.body
        missing = [name for name in FIGURE_FIELDS if name not in fields]
        return self.body | {"response_fields": [*fields, *missing]} if missing else self.body


@dataclass(frozen=True, slots=True)
class Session:
    header: Mapping[str, Any]
    requests: tuple[RecordedRequest, ...]

    @property
    def length_ms(self) -> float:
        """From the first request to the last answer or hang-up the client recorded."""
        return max(r.t_ms + r.recorded_ms for r in self.requests)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one request got from a server (or, for the recording, what the client saw)."""

    status: int | None  # None: no answer (hung up, or the connection failed)
    latency_ms: float  # until the answer was read, or until the hang-up
    shown: bool = False
    prompt_n: int | None = None  # prompt tokens evaluated
    cache_n: int | None = None  # prompt tokens taken from the KV cache
    hung_up: bool = False
    skipped: bool = False  # never sent: a newer completion replaced it while it waited
    error: str = ""  # the transport's failure, when the connection failed
    mezzo_outcome: str = ""  # Mezzo's `mezzo.outcome`: shown, suppressed, superseded, ...


@dataclass(frozen=True, slots=True)
class Pacing:
    speed: float = 1.0  # 2.0: twice as fast as recorded; hang-ups come sooner by as much
    as_fast_as_possible: bool = False  # each request once the previous one is done
    # A completion whose time comes while the previous one is unanswered waits for it, as
    # llama.vim's do (`_OneInFlight`); without this a server slower than the recorded one gets
    # requests the client would never have sent, and one the client would have sent later.
    one_at_a_time: bool = True


# --- the file ---------------------------------------------------------------------------------


def load_session(path: Path) -> Session:
    """Read and check the whole file before anything is sent; refuse it with one line."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SessionFileError(f"{path}: cannot read it as UTF-8 text ({exc}).") from exc
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    if not numbered:
        raise SessionFileError(f"{path} is empty; expected a {FORMAT} header line.")
    header = _json_object(path, *numbered[0])
    if header.get("format") != FORMAT:
        raise SessionFileError(
            f'{path} is not a client session: line 1 has no "format": "{FORMAT}".'
        )
    if header.get("version") != VERSION:
        raise SessionFileError(
            f"{path} is a version {header.get('version')!r} {FORMAT}; "
            f"this Mezzo replays version {VERSION}."
        )
    requests = tuple(_request(path, n, _json_object(path, n, line)) for n, line in numbered[1:])
    if not requests:
        raise SessionFileError(f"{path} has a header but no requests.")
    for (n, _line), before, after in zip(numbered[2:], requests, requests[1:], strict=False):
        if after.t_ms < before.t_ms:
            raise SessionFileError(
                f"{path}, line {n}: t_ms goes back in time; lines must be in send order."
            )
    return Session(header, requests)


def _json_object(path: Path, n: int, line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SessionFileError(f"{path}, line {n}: not JSON ({exc.msg}).") from exc
    if not isinstance(value, dict):
        raise SessionFileError(f"{path}, line {n}: expected a JSON object.")
    return value


def _request(path: Path, n: int, line: dict[str, Any]) -> RecordedRequest:
    def bad(field: str, expected: str) -> SessionFileError:
        return SessionFileError(f"{path}, line {n}: {field!r} must be {expected}.")

    def number(field: str) -> float | None:
        value = line.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise bad(field, "a number of 0 or more, or null")
        return value

    t_ms, status = line.get("t_ms"), line.get("status")
    if not isinstance(t_ms, int) or isinstance(t_ms, bool) or t_ms < 0:
        raise bad("t_ms", "an integer of 0 or more")
    if line.get("method") not in METHODS:
        raise bad("method", " or ".join(METHODS))
    if not isinstance(line.get("path"), str) or not line["path"].startswith("/"):
        raise bad("path", 'a path starting with "/"')
    headers = line.get("headers", {})
    if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
        raise bad("headers", "an object of strings")
    if status is not None and (not isinstance(status, int) or isinstance(status, bool)):
        raise bad("status", "an integer, or null")
    if not isinstance(line.get("shown"), bool):
        raise bad("shown", "true or false")
    return RecordedRequest(
        t_ms=t_ms,
        method=line["method"],
        path=line["path"],
        headers=headers,
        body=line.get("body"),
        hung_up_ms=number("hung_up_ms"),
        status=status,
        latency_ms=number("latency_ms"),
        shown=line["shown"],
    )


# --- the replay -------------------------------------------------------------------------------


def replay(url: str, session: Session, pacing: Pacing) -> list[Outcome]:
    """Send the session to the server at `url`; one outcome per request, in session order."""
    return asyncio.run(_replay(url, session, pacing))


async def _replay(url: str, session: Session, pacing: Pacing) -> list[Outcome]:
    limits = httpx2.Limits(max_keepalive_connections=0)  # a connection per request, as curl
    async with httpx2.AsyncClient(base_url=url, timeout=REQUEST_TIMEOUT_S, limits=limits) as client:
        if pacing.as_fast_as_possible:
            return [await _send(client, request, pacing.speed) for request in session.requests]
        gate = _OneInFlight(pacing.speed) if pacing.one_at_a_time else None
        started = asyncio.get_running_loop().time()
        sent = [
            asyncio.create_task(_send_at(client, started, index, request, pacing.speed, gate))
            for index, request in enumerate(session.requests)
        ]
        return list(await asyncio.gather(*sent))


class _OneInFlight:
    """llama.vim's rule for completions: while one is unanswered, a new attempt retries every
    100 ms, and a newer attempt stops the older one's retries (autoload/llama.vim, llama#fim)."""

    RETRY_S = 0.1

    def __init__(self, speed: float) -> None:
        self.retry_s = self.RETRY_S / speed
        self.answered = asyncio.Event()
        self.answered.set()
        self.latest = -1  # the newest completion attempt

    async def send(self, index: int, sending: Coroutine[Any, Any, Outcome]) -> Outcome:
        self.latest = index
        while not self.answered.is_set():
            await asyncio.sleep(self.retry_s)
            if self.latest != index:
                sending.close()
                return Outcome(None, 0.0, skipped=True)
        self.answered.clear()
        try:
            return await sending
        finally:
            self.answered.set()


async def _send_at(
    client: httpx2.AsyncClient,
    started: float,
    index: int,
    request: RecordedRequest,
    speed: float,
    gate: _OneInFlight | None,
) -> Outcome:
    loop = asyncio.get_running_loop()
    await asyncio.sleep(started + request.t_ms / 1000.0 / speed - loop.time())
    sending = _send(client, request, speed)
    if gate is None or request.kind is not Kind.COMPLETION:
        return await sending
    return await gate.send(index, sending)


async def _send(client: httpx2.AsyncClient, request: RecordedRequest, speed: float) -> Outcome:
    """One request, hung up on at its recorded `hung_up_ms`."""
    body = request.replayed_body()
    text = body.encode() if isinstance(body, str) else None  # a body that was not JSON
    call = client.request(
        request.method,
        request.path,
        headers=request.replayed_headers(),
        content=text,
        json=None if text is not None else body,
    )
    started = time.perf_counter()
    try:
        if request.hung_up_ms is None:
            response = await call
        else:
            # Cancelling the request mid-flight closes its connection: the server sees a hang-up.
            response = await asyncio.wait_for(call, request.hung_up_ms / 1000.0 / speed)
    except TimeoutError:
        return Outcome(None, _ms_since(started), hung_up=True)
    except httpx2.HTTPError as exc:
        return Outcome(None, _ms_since(started), error=type(exc).__name__)
    latency_ms = _ms_since(started)
    try:
        answer = response.json()
    except ValueError:
        answer = None
    return answered(response.status_code, latency_ms, answer)


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0


def answered(status: int, latency_ms: float, answer: Any) -> Outcome:
    """An answer's figures: llama-server's nested `timings`, or the literal `timings/...` keys
    that `response_fields` produces; shown when `content` has more than whitespace."""
    if isinstance(answer, list) and answer:
        answer = answer[0]  # n_cmpl > 1: the client shows the first
    if not isinstance(answer, dict):
        return Outcome(status, latency_ms)
    nested = answer.get("timings")
    timings = nested if isinstance(nested, dict) else {}

    def figure(name: str) -> int | None:
        value = timings.get(name, answer.get(f"timings/{name}"))
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    cache_n = figure("cache_n")
    if cache_n is None and isinstance(answer.get("tokens_cached"), int):
        cache_n = answer["tokens_cached"]
    content = answer.get("content")
    shown = status == 200 and isinstance(content, str) and bool(content.strip())
    extension = answer.get("mezzo")
    outcome = extension.get("outcome") if isinstance(extension, dict) else None
    outcome = answer.get("mezzo/outcome", outcome)
    mezzo_outcome = outcome if isinstance(outcome, str) else ""
    return Outcome(
        status, latency_ms, shown, figure("prompt_n"), cache_n, mezzo_outcome=mezzo_outcome
    )


def recorded_outcomes(session: Session) -> list[Outcome]:
    """What the client saw when it recorded the session, in the replay's terms."""
    return [
        Outcome(
            None if r.hung_up_ms is not None else r.status,
            r.recorded_ms,
            r.shown,
            hung_up=r.hung_up_ms is not None,
        )
        for r in session.requests
    ]


@contextlib.contextmanager
def mezzo_server(model: Path, pacing: Pacing) -> Iterator[str]:
    """An in-process Mezzo on `model` over a throw-away MEZZO_HOME, gated as a person's is.
    At the client's pace requests are spaced per client as on mains power; as fast as possible
    they are not, or the spacing would hold back every request that follows a quick one."""
    power = UNSPACED if pacing.as_fast_as_possible else PowerSettings()
    with in_process_server(model, confidence_gate=True, power=power) as (url, _client_names):
        yield url


# --- the report -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TargetRun:
    name: str
    outcomes: Sequence[Outcome]
    wall_s: float | None = None  # None for the recording


def run_target(name: str, url: str, session: Session, pacing: Pacing) -> TargetRun:
    started = time.perf_counter()
    outcomes = replay(url, session, pacing)
    return TargetRun(name, outcomes, round(time.perf_counter() - started, 1))


def summarize(session: Session, outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Per target: what it did with the session's requests. Latency is over the completions
    answered 200; a hang-up is no latency figure, it is counted as a hang-up."""
    kinds = [r.kind for r in session.requests]
    completions = [o for o, kind in zip(outcomes, kinds, strict=True) if kind is Kind.COMPLETION]
    latencies = [o.latency_ms for o in completions if o.status == 200]
    shown = sum(o.shown for o in completions)
    evaluated = [o.prompt_n for o in outcomes if o.prompt_n is not None]
    errors = Counter(
        o.error or str(o.status)
        for o in outcomes
        if o.error or (o.status is not None and not 200 <= o.status < 300)
    )
    mezzo_outcomes = Counter(o.mezzo_outcome for o in outcomes if o.mezzo_outcome)
    return {
        "requests": len(outcomes),
        "completions": len(completions),
        "warm_ups": kinds.count(Kind.WARM_UP),
        "shown": shown,
        "shown_per_minute": round(shown / (session.length_ms / 60_000), 2)
        if session.length_ms
        else 0.0,
        "latency_p50_ms": rounded_percentile(latencies, 50),
        "latency_p95_ms": rounded_percentile(latencies, 95),
        "prompt_tokens_evaluated": sum(evaluated) if evaluated else None,
        "hang_ups": sum(o.hung_up for o in outcomes),
        "skipped": sum(o.skipped for o in outcomes),
        "mezzo_outcomes": dict(sorted(mezzo_outcomes.items())) if mezzo_outcomes else None,
        "errors": dict(sorted(errors.items())),
    }


def comparison(
    file: Path, session: Session, pacing: Pacing, runs: Sequence[TargetRun]
) -> dict[str, Any]:
    """The whole comparison, JSON-ready: the recording first, then each target."""
    targets = [TargetRun("recorded", recorded_outcomes(session)), *runs]
    return {
        "session": {
            "file": str(file),
            **{key: session.header.get(key) for key in ("client", "client_commit", "recorded")},
            "note": session.header.get("note", ""),
            "requests": len(session.requests),
            "length_s": round(session.length_ms / 1000.0, 1),
        },
        "pacing": asdict(pacing),
        "targets": [
            {
                "name": run.name,
                "wall_s": run.wall_s,
                "summary": summarize(session, run.outcomes),
                "requests": [
                    {"index": i, "t_ms": r.t_ms, "path": r.path, "kind": r.kind.value} | _row(o)
                    for i, (r, o) in enumerate(zip(session.requests, run.outcomes, strict=True))
                ],
            }
            for run in targets
        ],
    }


def _row(outcome: Outcome) -> dict[str, Any]:
    row = asdict(outcome)
    row["latency_ms"] = round(outcome.latency_ms, 1)
    return row


# --- as text ----------------------------------------------------------------------------------

_CELL = "{:>7} {:>7} {:>10} {:>5} {:>6}"


def render_comparison(figures: Mapping[str, Any]) -> str:
    """Per request, the targets side by side; then the summaries, one column per target."""
    session, targets = figures["session"], figures["targets"]
    width = len(_CELL.format(*"x" * 5))
    lines = [
        f"{session['file']}: {session['client']} {session['client_commit'] or ''}, recorded "
        f"{session['recorded']}, {session['requests']} requests over {session['length_s']} s"
        + (f" ({session['note']})" if session["note"] else ""),
        "",
        f"{'':>4} {'':>8} {'':<12} {'':<10}"
        + "".join(f" | {t['name'][:width]:^{width}}" for t in targets),
        f"{'#':>4} {'t_ms':>8} {'path':<12} {'kind':<10}"
        + f" | {_CELL.format('status', 'ms', 'shown', 'eval', 'cached')}" * len(targets),
    ]
    for rows in zip(*(t["requests"] for t in targets), strict=True):
        first = rows[0]
        lines.append(
            f"{first['index']:>4} {first['t_ms']:>8} {first['path']:<12} {first['kind']:<10}"
            + "".join(f" | {_cell(row)}" for row in rows)
        )
    rows = {key: [_value(t["summary"][key]) for t in targets] for key in targets[0]["summary"]}
    rows["wall_s"] = [_value(t["wall_s"]) for t in targets]
    table = {"": [t["name"] for t in targets], **rows}
    widths = [max(len(v) for v in column) for column in zip(*table.values(), strict=True)]
    lines.append("")
    for key, values in table.items():
        cells = (f"{v:>{w}}" for v, w in zip(values, widths, strict=True))
        lines.append(f"{key:<24}  " + "  ".join(cells))
    return "\n".join(lines)


def _cell(row: Mapping[str, Any]) -> str:
    flags = {"hung_up": "hung up", "skipped": "skipped", "error": "error"}
    status = next((label for key, label in flags.items() if row[key]), row["status"] or "-")
    tokens = ("-" if row[key] is None else row[key] for key in ("prompt_n", "cache_n"))
    reason = row["mezzo_outcome"] if row["mezzo_outcome"] not in ("", "shown") else "-"
    return _CELL.format(status, row["latency_ms"], "yes" if row["shown"] else reason, *tokens)


def _value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "none"
    return str(value)
