"""Which editors asked for suggestions lately, and how each one's last suggestion went.

A person who installed a plugin wants to see "is my editor connected?" answered, not guessed
from "Completions are on". Every request through `CompletionService` tells this registry who
asked (a display name from the request's client id, its User-Agent and its dialect) and, when
it is answered, what became of it, as a typed `Suggestion`. Names, times and outcomes only: no
code text, no file names. Clients not heard from for `FORGET_AFTER_S` are dropped.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop_app.core.delivery import Delivery, Outcome
from desktop_app.core.gating import SuppressReason
from desktop_app.engine.types import CompletionRequest, Origin

FORGET_AFTER_S = 600.0
MAX_CHOSEN_NAME = 40  # an id a client chose is shown as its name, cut to a line's width

# Client ids that editors send themselves (`client_id` or the X-Mezzo-Client header).
KNOWN_IDS: dict[str, str] = {
    "roblox-studio": "Roblox Studio",
    "llama.vim": "llama.vim",
    "llama.vscode": "llama.vscode",
    "continue": "Continue",
}

# (dialect or None for any, User-Agent prefix, name). Found in the plugins' sources: llama.vim
# posts with curl, llama.vscode with axios; Continue's OpenAI provider uses the OpenAI JS SDK,
# its Ollama provider node-fetch; Roblox's HttpService says RobloxStudio.
AGENTS: tuple[tuple[Origin | None, str, str], ...] = (
    (None, "robloxstudio", "Roblox Studio"),
    (None, "roblox", "Roblox Studio"),
    (Origin.LLAMA_SERVER, "curl/", "llama.vim"),
    (Origin.LLAMA_SERVER, "axios/", "llama.vscode"),
    (Origin.OPENAI, "openai/js", "Continue"),
    (Origin.OLLAMA, "node-fetch", "Continue"),
)

# `server.app.client_id` joins the host and the User-Agent with this when a client names itself
# nowhere; such an id is no name to show.
ANONYMOUS_SEPARATOR = "|"


class Suggestion(StrEnum):
    """How a client's last suggestion went, in the terms Home explains in words."""

    SHOWN = "shown"
    UNSURE = "unsure"  # hidden: the model was unsure of it
    HIDDEN = "hidden"  # hidden: too short, or it repeated the text around the cursor
    EMPTY = "empty"  # the model had nothing to suggest
    PAUSED = "paused"  # never made: completions are off, paused or slowed down
    CANCELLED = "cancelled"  # the editor moved on (typed on, or hung up) before it was ready
    ERROR = "error"  # Mezzo could not answer (no model ready, queue full, an engine error)


UNSURE_REASONS = (SuppressReason.LOW_CONFIDENCE, SuppressReason.LOW_TOKEN_CONFIDENCE)


def suggestion_of(delivery: Delivery) -> Suggestion:
    outcome = delivery.outcome
    if outcome is Outcome.SHOWN:
        return Suggestion.SHOWN if delivery.text else Suggestion.EMPTY
    if outcome is Outcome.THROTTLED:
        return Suggestion.PAUSED
    if outcome in (Outcome.SUPERSEDED, Outcome.CANCELLED):
        return Suggestion.CANCELLED
    if delivery.reason is SuppressReason.EMPTY:
        return Suggestion.EMPTY
    return Suggestion.UNSURE if delivery.reason in UNSURE_REASONS else Suggestion.HIDDEN


def client_name(origin: Origin, client_id: str, user_agent: str) -> str:
    """The name people know the client by, or "" when nothing in the request says it."""
    known = KNOWN_IDS.get(client_id.strip().lower())
    if known:
        return known
    agent = user_agent.strip().lower()
    for dialect, prefix, name in AGENTS:
        if (dialect is None or dialect is origin) and agent.startswith(prefix):
            return name
    if client_id and ANONYMOUS_SEPARATOR not in client_id:
        return client_id.strip()[:MAX_CHOSEN_NAME]
    return ""


@dataclass(frozen=True, slots=True)
class ConnectedClient:
    """One client as Home lists it."""

    name: str  # "llama.vim", "Roblox Studio"; "" when the client does not say
    dialect: Origin
    asked_at: float  # epoch seconds of its last request
    seconds_ago: int  # since that request, on the monotonic clock
    last: Suggestion | None  # its last suggestion; None while the first is on its way

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "dialect": self.dialect.value,
            "asked_at": self.asked_at,
            "seconds_ago": self.seconds_ago,
            "last_suggestion": self.last.value if self.last is not None else "",
        }


class _Seen:
    __slots__ = ("asked_at", "asked_mono", "dialect", "last", "name")

    def __init__(self, name: str, dialect: Origin, asked_at: float, asked_mono: float) -> None:
        self.name = name
        self.dialect = dialect
        self.asked_at = asked_at
        self.asked_mono = asked_mono
        self.last: Suggestion | None = None


class ConnectedClients:
    """Thread-safe: requests arrive on the HTTP thread, answers on the engine thread, and the
    GUI reads `recent()` on its own."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._clock = clock
        self._wall = wall
        self._lock = threading.Lock()  # protects _seen
        self._seen: dict[str, _Seen] = {}

    def asked(self, request: CompletionRequest) -> None:
        """A request arrived; in-process callers (benchmarks, tests) are no editor."""
        if request.origin is Origin.IN_PROCESS:
            return
        name = client_name(request.origin, request.client_id, request.user_agent)
        now = self._clock()
        with self._lock:
            self._forget_before(now - FORGET_AFTER_S)
            seen = self._seen.get(request.client_id)
            if seen is None:
                self._seen[request.client_id] = _Seen(name, request.origin, self._wall(), now)
            else:
                seen.name, seen.dialect = name or seen.name, request.origin
                seen.asked_at, seen.asked_mono = self._wall(), now

    def answered(self, request: CompletionRequest, delivery: Delivery) -> None:
        """A warm-up shows nothing and an alternative is not what the editor shows first: only
        the request's own answer says how its suggestion went."""
        if not (request.is_warm_up or request.choice):
            self._note(request, suggestion_of(delivery))

    def failed(self, request: CompletionRequest) -> None:
        if not request.choice:
            self._note(request, Suggestion.ERROR)

    def _note(self, request: CompletionRequest, suggestion: Suggestion) -> None:
        with self._lock:
            seen = self._seen.get(request.client_id)
            if seen is not None:
                seen.last = suggestion

    def recent(self) -> tuple[ConnectedClient, ...]:
        """The clients heard from in the last `FORGET_AFTER_S`, the latest first; one per name
        and dialect, so an editor that changed how it identifies itself is not listed twice."""
        now = self._clock()
        with self._lock:
            self._forget_before(now - FORGET_AFTER_S)
            latest: dict[tuple[str, Origin], _Seen] = {}
            for seen in sorted(self._seen.values(), key=lambda s: s.asked_mono, reverse=True):
                latest.setdefault((seen.name, seen.dialect), seen)
            return tuple(
                ConnectedClient(
                    s.name, s.dialect, s.asked_at, max(0, int(now - s.asked_mono)), s.last
                )
                for s in latest.values()
            )

    def _forget_before(self, cutoff: float) -> None:
        """Under the lock."""
        for key in [key for key, seen in self._seen.items() if seen.asked_mono < cutoff]:
            del self._seen[key]
