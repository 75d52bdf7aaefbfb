"""Inferred acceptance, for editors that never say whether a suggestion was kept.

llama.vscode, Continue and the Roblox plugin send no accept/reject events, but their next request
tells: its prefix either continues with the text Mezzo suggested (accepted, or typed through),
leaves it part-way (rejected, or one line kept), or sits somewhere else (dismissed). For each
(client, file) this keeps the last delivered suggestion in memory (its text and the tail of the
prefix it was served for; neither is ever stored) and judges it against each later request.

What counts as on screen follows what llama.vim and llama.vscode draw (both keep their own
cache of answers): an answer is drawn only if the cursor is still where it was asked for, or the
text typed since agrees with it, and never over a suggestion already on screen; once drawn, both
ask at once for the text a Tab would produce (a *speculative* request), and a Tab then shows that
answer from their cache without asking the server anything.

Rules, all on the *effective* prefix (for llama.vscode's `/infill`: `input_prefix + prompt`, the
lines above plus the current line up to the cursor):

- a delivered suggestion counts as viewed only if it was on screen long enough to read: a
  request that leaves it (typed over, cursor elsewhere) within `unseen_window_s` of the delivery
  means a flash nobody read, or an answer never drawn at all (the editor held the keystroke back
  while the answer was on its way); it is forgotten without an event. A request that waited for
  the client's previous one to be answered carries keys typed during that wait; the key that left
  the suggestion is then placed by spreading them evenly over it. For a client known to send
  speculative requests a request must also show it was drawn (typed into, asked for as if
  accepted, or gone beyond): such a client asks ahead for everything it draws;
- the new prefix runs through the whole suggestion and beyond: accepted (full);
- it stops exactly at the end, or at a line break after at least one whole line: accepted, but
  only provisionally when it looks like a speculative request: it jumps two or more characters
  at once, and either arrives within `speculative_window_s` of a delivery (no person reads and
  presses Tab that fast; the client is then known to speculate) or comes from a client known to
  speculate, whose Tab sends nothing. Such a request is ignored unless a later one confirms it;
  completions delivered for it are kept aside and shown only if the person does arrive there;
- it diverges from the suggestion: rejected, with the characters that matched; if at least one
  whole line matched first, that is a partial accept (Tabby's `select_kind=line`);
- it is not an extension of the served prefix (other file, cursor moved, text deleted): the
  suggestion is dismissed once `dismiss_after_s` passes without the person coming back, unless
  the document around the new cursor shows it in place (taken with a Tab, then moved on);
- a request that shows a Tab (the prefix runs beyond the suggestion, or the document holds it
  in place) also shows the answer the editor asked for ahead of that Tab was drawn, from the last
  request on; it is then judged like any other suggestion the person left or took;
- an answer delivered while the person types through the suggestion on screen is only cached by
  the editor, not drawn; it is kept aside, and shown if the person's typing leaves the first
  suggestion and agrees with it instead (llama.vim looks back through its cache that way);
- a new, different suggestion delivered for the same spot replaces the old one, which is judged
  on the evidence so far; a delivery that merely repeats the one on screen is not a new view.

Runs of spaces, tabs and carriage returns are ignored when comparing, because editors re-indent,
trim and convert line endings on their own. Outcomes become telemetry events (view, then select or
dismiss) with source="inferred"; a client that sends one explicit event is trusted from then on
and no longer inferred. Memory is bounded: LRU over clients and over files per client, and state
idle for `client_idle_s` is judged and dropped.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from desktop_app.base.errors import TelemetryError
from desktop_app.telemetry.matching import Kind, Match, agrees, match, squash, whole_lines
from desktop_app.telemetry.records import SELECT_KIND_LINE, EventSource, EventType

logger = logging.getLogger(__name__)

# On screen for less than this before the person typed over it or moved on: a flash nobody
# read, or (the keystroke was held back while the answer was on its way) never drawn at all.
UNSEEN_WINDOW_S = 0.3
HELD_BACK_S = 0.15  # a request this soon after the client's last answer was waiting for it
_KEY_TAIL = 256  # a prefix is known by its length and its last characters
_CACHED_PER_FILE = 8  # answers held aside per file, as an editor's own cache holds them
_PASSED = (Kind.DIVERGED, Kind.BEYOND)  # a cached answer the cursor has left behind


class EventSink(Protocol):
    def record_event(
        self,
        type: str,
        completion_id: str,
        choice_index: int = 0,
        select_kind: str | None = None,
        source: str = EventSource.EXPLICIT,
        accepted_chars: int | None = None,
    ) -> bool: ...


class Verdict(StrEnum):
    ACCEPTED = "accepted"  # the whole suggestion is in the text
    PARTIAL = "partial"  # at least one whole line of it, then something else
    REJECTED = "rejected"  # the person typed something else
    DISMISSED = "dismissed"  # the person went elsewhere, or another suggestion replaced it


@dataclass(frozen=True, slots=True)
class InferredOutcome:
    completion_id: str
    verdict: Verdict
    accepted_chars: int  # characters of the suggestion the person's text agrees with

    def events(self) -> list[tuple[EventType, str | None]]:
        """(type, select_kind) pairs, in Tabby's vocabulary."""
        if self.verdict is Verdict.ACCEPTED:
            return [(EventType.VIEW, None), (EventType.SELECT, None)]
        if self.verdict is Verdict.PARTIAL:
            return [(EventType.VIEW, None), (EventType.SELECT, SELECT_KIND_LINE)]
        return [(EventType.VIEW, None), (EventType.DISMISS, None)]


# --- state ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Anchor:
    """The tail of a served prefix: enough to find it again in a later prefix."""

    tail: str
    length: int
    whole: bool  # the tail is the entire prefix


@dataclass(slots=True)
class _Observation:
    kind: Kind
    covered: int
    at: float
    speculative: bool


@dataclass(slots=True)
class _Suggestion:
    completion_id: str
    anchor: _Anchor
    text: str
    delivered_at: float
    asked_at: float  # when the request it answers arrived
    latest: _Observation | None = None
    last_real: _Observation | None = None
    moved_at: float | None = None
    # How often the document held its text after its anchor line when it was asked: only a
    # document holding it more often shows it taken, not text that was there all along.
    copies_before: int = 0
    seen: bool = False  # a request showed the editor drew it
    in_place: bool = False  # a request from elsewhere in the file showed it in the document

    def last_seen(self) -> float:
        return max(self.delivered_at, self.latest.at if self.latest else -math.inf)


@dataclass(slots=True)
class _File:
    shown: _Suggestion | None = None
    # Answers the editor holds but does not draw (for speculative requests, or delivered while
    # the person types through the one on screen), keyed by prefix; shown if the person gets
    # there.
    cached: OrderedDict[tuple[int, str], _Suggestion] = field(default_factory=OrderedDict)
    last_delivery_at: float = -math.inf
    last_request: tuple[int, str] | None = None
    last_request_at: float = -math.inf
    last_request_speculative: bool = False
    last_real_request: tuple[int, str] | None = None  # the latest one not asked ahead
    # The latest answers' texts, drawn or not: llama.vim draws an answer that arrives after the
    # cursor moved on at the cursor, and asks ahead for it there.
    answered: deque[str] = field(default_factory=lambda: deque(maxlen=_CACHED_PER_FILE))


@dataclass(slots=True)
class _Client:
    last_activity: float
    files: OrderedDict[str, _File] = field(default_factory=OrderedDict)
    explicit: bool = False  # it reports events itself: nothing to infer
    speculates: bool = False  # it asks ahead for what a Tab would produce (llama.vim, .vscode)
    last_answer_at: float = -math.inf
    # Its latest request came just after an answer: it waited for that one to be answered, as
    # llama.vim's requests do (it retries every 100 ms), so it carries keys typed meanwhile.
    held_back: bool = False


class AcceptanceInference:
    """Feed it every request and every delivered completion; it emits inferred events.

    The server calls `on_request(client, file, prefix, suffix)` when a completion request
    arrives (throttled and suppressed ones too: the prefix is evidence either way) and
    `on_delivered(client, file, prefix, text, completion_id)` after sending a non-empty
    completion. `on_explicit_event(completion_id)` when the editor reports an event itself, and
    `tick()` now and then (every call also does it) so timeouts fire. Thread-safe.
    """

    def __init__(
        self,
        sink: EventSink | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        enabled: Callable[[], bool] = lambda: True,
        dismiss_after_s: float = 5.0,
        idle_after_s: float = 60.0,
        client_idle_s: float = 1800.0,
        speculative_window_s: float = 0.25,
        unseen_window_s: float = UNSEEN_WINDOW_S,
        max_clients: int = 64,
        max_files_per_client: int = 8,
        anchor_chars: int = 1024,
        max_text_chars: int = 16_384,
    ) -> None:
        self._sink = sink
        self._clock = clock
        self._enabled = enabled
        self.dismiss_after_s = dismiss_after_s
        self.idle_after_s = idle_after_s
        self.client_idle_s = client_idle_s
        self.speculative_window_s = speculative_window_s
        self.unseen_window_s = unseen_window_s
        self._max_clients = max_clients
        self._max_files = max_files_per_client
        self._anchor_chars = anchor_chars
        self._max_text = max_text_chars
        self._lock = threading.Lock()  # guards _clients and _owners
        self._clients: OrderedDict[str, _Client] = OrderedDict()
        self._owners: OrderedDict[str, str] = OrderedDict()  # completion id -> client, recent only

    # --- the server's calls -------------------------------------------------------------------

    def on_request(
        self, client: str, file: str, prefix: str, suffix: str = ""
    ) -> list[InferredOutcome]:
        if not self._enabled():
            return []
        out: list[InferredOutcome] = []
        with self._lock:
            now = self._clock()
            self._expire(now, out)
            state = self._client(client, now, out)
            state.held_back = now - state.last_answer_at < HELD_BACK_S
            if not state.explicit:
                for name, other in state.files.items():
                    if name != file and other.shown is not None and other.shown.moved_at is None:
                        other.shown.moved_at = now
                current = self._file(state, file, out)
                current.last_request_speculative = _ahead_of_a_late_answer(
                    current, prefix
                ) or self._observe(state, current, prefix, suffix, now, out)
                current.last_request = _key(prefix)
                current.last_request_at = now
                if not current.last_request_speculative:
                    current.last_real_request = current.last_request
        self._emit(out)
        return out

    def on_delivered(
        self, client: str, file: str, prefix: str, text: str, completion_id: str,
        suffix: str = "",
    ) -> list[InferredOutcome]:  # fmt: skip
        if not self._enabled() or not text.strip() or len(text) > self._max_text:
            return []
        out: list[InferredOutcome] = []
        with self._lock:
            now = self._clock()
            self._expire(now, out)
            state = self._client(client, now, out)
            if not state.explicit:
                self._owners[completion_id] = client
                while len(self._owners) > 4 * self._max_clients * self._max_files:
                    self._owners.popitem(last=False)
                f = self._file(state, file, out)
                self._deliver(state, f, prefix, suffix, text, completion_id, now, out)
        self._emit(out)
        return out

    def on_answered(self, client: str) -> None:
        """The client got an answer at the cursor, empty or not: a request it held back while
        this one was on its way comes next."""
        with self._lock:
            state = self._clients.get(client)
            if state is not None:
                state.last_answer_at = self._clock()

    def on_explicit_event(self, completion_id: str) -> None:
        """The editor reported on this completion itself: trust it, for this client from now on."""
        with self._lock:
            client = self._owners.get(completion_id)
            state = self._clients.get(client) if client is not None else None
            if state is not None:
                state.explicit = True
                state.files.clear()  # its own events cover everything still pending

    def tick(self) -> list[InferredOutcome]:
        out: list[InferredOutcome] = []
        with self._lock:
            self._expire(self._clock(), out)
        self._emit(out)
        return out

    def flush(self) -> list[InferredOutcome]:
        """Judge everything pending on the evidence so far, e.g. at shutdown."""
        out: list[InferredOutcome] = []
        with self._lock:
            for state in self._clients.values():
                self._drop_client(state, out)
            self._clients.clear()
        self._emit(out)
        return out

    def pending(self) -> int:
        with self._lock:
            return sum(
                f.shown is not None for c in self._clients.values() for f in c.files.values()
            )

    # --- internals (hold _lock) ---------------------------------------------------------------

    def _client(self, name: str, now: float, out: list[InferredOutcome]) -> _Client:
        state = self._clients.get(name)
        if state is None:
            state = self._clients[name] = _Client(last_activity=now)
            while len(self._clients) > self._max_clients:
                _, evicted = self._clients.popitem(last=False)
                self._drop_client(evicted, out)
        self._clients.move_to_end(name)
        state.last_activity = now
        return state

    def _file(self, state: _Client, name: str, out: list[InferredOutcome]) -> _File:
        current = state.files.get(name)
        if current is None:
            current = state.files[name] = _File()
            while len(state.files) > self._max_files:
                _, evicted = state.files.popitem(last=False)
                if evicted.shown is not None:
                    self._settle(state, evicted.shown, self._clock(), out)
        state.files.move_to_end(name)
        return current

    def _anchor(self, prefix: str) -> _Anchor:
        tail = prefix[-self._anchor_chars :]
        return _Anchor(tail, len(prefix), len(tail) == len(prefix))

    def _observe(
        self, state: _Client, f: _File, prefix: str, suffix: str, now: float,
        out: list[InferredOutcome],
    ) -> bool:  # fmt: skip
        """Judge the shown suggestion against a new request; True if it looks speculative."""
        s = f.shown
        if s is None:
            return False
        typed = _continuation(s.anchor, prefix)
        if typed is None:
            if not self._seen(state, s, now):
                f.shown = None  # typed ahead of the answer, or over it: nobody read it
                f.cached.clear()
                return False
            if s.moved_at is None:
                s.moved_at = now
            s.in_place = s.in_place or _copies(s, prefix + suffix) > s.copies_before
            drawn = self._drawn_after_tab(f, s) if s.in_place else None
            if drawn is not None:
                # Taken with a Tab, which drew the answer asked for ahead of it: that one is
                # the suggestion the person then left.
                out.append(_judge(s))
                f.shown = drawn
                f.cached.clear()
                return self._observe(state, f, prefix, suffix, now, out)
            return False
        s.moved_at = None
        m = match(typed, s.text)
        drawn = _drawn_through(typed, s.text)
        if m.kind is Kind.DIVERGED or (not drawn and typed and not self._seen(state, s, now)):
            # Typed over, or typed ahead of it differently (the editor compares exactly; only
            # verdicts are whitespace-blind), before it could be read: then it never was.
            held_keys = state.held_back and "\n" not in typed  # not a cursor gone elsewhere
            left_at = _typed_over_at(s, typed, m, now) if held_keys else now
            if m.kind is Kind.DIVERGED and self._seen(state, s, left_at):
                out.append(_verdict_at(s, m.covered, diverged=True))
            f.shown = self._promote(f, prefix, now)
            if f.shown is not None:
                return self._observe(state, f, prefix, suffix, now, out)
            return False
        if drawn:
            s.seen = True
        if m.kind is Kind.BEYOND:
            out.append(InferredOutcome(s.completion_id, Verdict.ACCEPTED, len(s.text)))
            # The editor now shows what it pre-fetched for the accepted text, if anything.
            f.shown = self._promote(f, prefix, now, taken=s)
            if f.shown is not None:
                # Its speculative request for it may be this very request: judge it so.
                return self._observe(state, f, prefix, suffix, now, out)
            return False
        base = s.last_real.covered if s.last_real else 0
        jump = m.kind in (Kind.AT_END, Kind.AT_LINE) and m.covered - base >= 2
        if jump and now - f.last_delivery_at < self.speculative_window_s:
            state.speculates = True
        speculative = jump and state.speculates
        s.latest = _Observation(m.kind, m.covered, now, speculative)
        if not speculative:
            s.last_real = s.latest
        return speculative

    def _promote(
        self, f: _File, prefix: str, now: float, taken: _Suggestion | None = None
    ) -> _Suggestion | None:
        """The answer the editor draws from its cache for `prefix` now, if it holds one: the
        newest whose text agrees with what was typed since it was asked for, and goes on; if
        none does and the person took `taken` with a Tab, the one that Tab drew."""
        for candidate in reversed(f.cached.values()):
            typed = _continuation(candidate.anchor, prefix)
            if typed is not None and match(typed, candidate.text).kind not in _PASSED:
                f.cached.clear()
                # It becomes visible now; a request that agrees with it will say it was drawn.
                candidate.delivered_at = f.last_delivery_at = now
                return candidate
        drawn = self._drawn_after_tab(f, taken) if taken is not None else None
        f.cached.clear()
        return drawn

    def _drawn_after_tab(self, f: _File, taken: _Suggestion) -> _Suggestion | None:
        """The answer the editor drew from its cache when the person took `taken` with a Tab:
        the one it asked for ahead at the end of it. The Tab sends nothing, so the request that
        tells of it may come from elsewhere, much later; the Tab came after the last request
        and after that answer arrived (before it, the editor would have asked again)."""
        drawn = f.cached.get(_key_after(taken))
        if drawn is not None:
            drawn.seen = True
            drawn.delivered_at = max(drawn.delivered_at, f.last_request_at)
        return drawn

    def _deliver(
        self, state: _Client, f: _File, prefix: str, suffix: str, text: str, cid: str,
        now: float, out: list[InferredOutcome],
    ) -> None:  # fmt: skip
        key = _key(prefix)
        f.answered.append(text)
        if f.last_request is None:
            # The server did not report the request: treat the delivery as its evidence too.
            f.last_request_speculative = self._observe(state, f, prefix, suffix, now, out)
            f.last_request = key
            f.last_request_at = now
        elif f.last_request != key:
            return  # stale: the person has typed on since this was asked for; it is not shown
        f.last_delivery_at = now
        new = _Suggestion(cid, self._anchor(prefix), text, now, asked_at=f.last_request_at)
        new.copies_before = _copies(new, prefix + suffix)
        s = f.shown
        typed = _continuation(s.anchor, prefix) if s is not None else None
        m = match(typed, s.text) if s is not None and typed is not None else None
        typing_through = (
            s is not None and typed is not None and _drawn_through(typed, s.text)
            and m is not None and m.kind in (Kind.PROGRESS, Kind.AT_LINE)
        )  # fmt: skip
        if f.last_request_speculative or typing_through:
            # Asked ahead, or the person is typing through the one on screen: the editor keeps
            # this answer in its cache and goes on showing what it shows.
            f.cached[key] = new
            f.cached.move_to_end(key)
            while len(f.cached) > _CACHED_PER_FILE:
                f.cached.popitem(last=False)
            return
        if s is not None:
            if m is not None and m.kind is Kind.PROGRESS and agrees(s.text[m.covered :], text):
                return  # the same suggestion, asked for again
            self._settle(state, s, now, out)
        f.shown = new
        f.cached.clear()

    def _expire(self, now: float, out: list[InferredOutcome]) -> None:
        for name in list(self._clients):
            state = self._clients[name]
            if now - state.last_activity >= self.client_idle_s:
                self._drop_client(state, out)
                del self._clients[name]
                continue
            for f in state.files.values():
                s = f.shown
                if s is None:
                    continue
                moved = s.moved_at is not None and now - s.moved_at >= self.dismiss_after_s
                if moved or now - s.last_seen() >= self.idle_after_s:
                    self._settle(state, s, now, out)
                    f.shown = None
                    f.cached.clear()

    def _drop_client(self, state: _Client, out: list[InferredOutcome]) -> None:
        if state.explicit:
            return
        now = self._clock()
        for f in state.files.values():
            if f.shown is not None:
                self._settle(state, f.shown, now, out)
        state.files.clear()

    def _seen(self, state: _Client, s: _Suggestion, now: float) -> bool:
        """Was it on screen long enough to read, if the person left it `now`? For a client that
        asks ahead a request must also say it was drawn; for others, whose drawing leaves no
        trace, the time is the evidence."""
        long_enough = now - s.delivered_at >= self.unseen_window_s
        return long_enough and (s.seen or not state.speculates)

    def _settle(
        self, state: _Client, s: _Suggestion, now: float, out: list[InferredOutcome]
    ) -> None:
        """Judge a suggestion no further request will settle, if it was ever on screen."""
        if self._seen(state, s, now):
            out.append(_judge(s))

    def _emit(self, outcomes: list[InferredOutcome]) -> None:
        if self._sink is None:
            return
        for outcome in outcomes:
            logger.debug("inferred %s for %s", outcome.verdict.value, outcome.completion_id)
            for kind, select_kind in outcome.events():
                chars = None if kind is EventType.VIEW else outcome.accepted_chars
                try:
                    self._sink.record_event(
                        kind.value, outcome.completion_id, 0, select_kind,
                        EventSource.INFERRED.value, chars,
                    )  # fmt: skip
                except TelemetryError as exc:
                    # e.g. telemetry was off when the completion was served: nothing to attach to
                    logger.debug("inferred event not recorded: %s", exc)
                    break


def _drawn_through(typed: str, text: str) -> bool:
    """Is what was typed since the suggestion was asked for exactly its start (or all of it,
    and more)? Editors keep drawing a suggestion only then: llama.vim compares the typed
    characters with the answer exactly, as VS Code does with its ghost text."""
    return bool(typed) and (text.startswith(typed) or typed.startswith(text))


def _typed_over_at(s: _Suggestion, typed: str, m: Match, now: float) -> float:
    """When the person typed the key that left `s`, for a request that was held back: its
    keys were typed while an earlier request was on its way, so they are taken as typed at an
    even pace since `s` was asked for."""
    share = min(1.0, (m.covered + 1) / max(1, len(typed)))
    return s.asked_at + (now - s.asked_at) * share


def _copies(s: _Suggestion, document: str) -> int:
    """How often `document` holds the suggestion right after where it was asked for (its last
    line before the cursor, then the whole suggestion), whitespace aside; 0 for a suggestion
    too short to tell apart."""
    line = s.anchor.tail.rpartition("\n")[2]
    if not line.strip():
        line = s.anchor.tail.rstrip(" \t").rpartition("\n")[0].rpartition("\n")[2] + line
    if len(squash(s.text)) < 2:
        return 0
    return squash(document).count(squash(line + s.text))


def _key(prefix: str, length: int | None = None) -> tuple[int, str]:
    """A prefix's identity for an editor's cache: its length, and its last characters (only
    those of `prefix` when `length` says it is the tail of a longer one)."""
    return len(prefix) if length is None else length, prefix[-_KEY_TAIL:]


def _key_after(s: _Suggestion) -> tuple[int, str]:
    """The key of the prefix a Tab on `s` leaves, as its speculative request sends it."""
    return _key(s.anchor.tail + s.text, length=s.anchor.length + len(s.text))


def _ahead_of_a_late_answer(f: _File, prefix: str) -> bool:
    """Is this llama.vim asking ahead for an answer it drew late: the last real request's
    prefix, then the whole text of an answer other than the one judged here? Such a request
    says nothing about the suggestion on screen, and a person who typed exactly that shows it
    with their next key anyway."""
    if f.last_real_request is None:
        return False
    length, tail = f.last_real_request
    key, shown = _key(prefix), f.shown.text if f.shown is not None else None
    return any(
        text != shown and key == (length + len(text), (tail + text)[-_KEY_TAIL:])
        for text in f.answered
    )


def _continuation(anchor: _Anchor, prefix: str) -> str | None:
    """What was typed after the served prefix, or None if `prefix` does not continue it."""
    start = anchor.length - len(anchor.tail)
    if len(prefix) >= anchor.length and prefix.startswith(anchor.tail, start):
        return prefix[anchor.length :]
    if anchor.whole:
        return None
    # llama.vscode sends the last n_prefix lines, so the window slides as lines are added above.
    pos = prefix.rfind(anchor.tail)
    return None if pos < 0 else prefix[pos + len(anchor.tail) :]


def _verdict_at(s: _Suggestion, covered: int, *, diverged: bool) -> InferredOutcome:
    if whole_lines(s.text, covered):
        return InferredOutcome(s.completion_id, Verdict.PARTIAL, covered)
    verdict = Verdict.REJECTED if diverged else Verdict.DISMISSED
    return InferredOutcome(s.completion_id, verdict, covered)


def _judge(s: _Suggestion) -> InferredOutcome:
    """The verdict on the evidence so far, when no further request will settle it."""
    if s.in_place:
        return InferredOutcome(s.completion_id, Verdict.ACCEPTED, len(s.text))
    obs = s.latest if s.latest is not None and not s.latest.speculative else s.last_real
    if obs is None:
        return InferredOutcome(s.completion_id, Verdict.DISMISSED, 0)
    if obs.kind is Kind.AT_END:
        return InferredOutcome(s.completion_id, Verdict.ACCEPTED, len(s.text))
    return _verdict_at(s, obs.covered, diverged=False)
