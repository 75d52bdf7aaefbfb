"""The real llama.vim, in a real Vim under tmux, against a real Mezzo on the starter model.

One session per module, as a person would have it on their first day: Mezzo with default
settings (the confidence gate on, at the starter's own threshold), the plugin with its defaults
but the endpoint. In a Luau file and then a Python file the person goes to a place, opens a
line, types part of it at an unhurried pace and waits for a suggestion; at one place they take
it with Tab, at the next they look at it and press Esc. Then they save and quit Vim, and quit
Mezzo; Mezzo's statistics, read from a fresh start over the same data folder, must count what
happened.

What the person sees is read from llama.vim's own state (see `vim_driver`), and what Mezzo
sent from a recording proxy between the two (`proxy`), which is how every suggestion on screen
is tied to its completion id (`displays`). Waits are generous, for a slow shared machine, and
nothing is timed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app.base.settings import ServerSettings, Settings
from desktop_app.telemetry.inference import UNSEEN_WINDOW_S
from tests.e2e.real_clients.displays import Display, displays, llama_prefix
from tests.e2e.real_clients.proxy import Exchange, RecordingProxy, session_lines
from tests.e2e.real_clients.record_session import completion_reasons
from tests.e2e.real_clients.vim_driver import (
    DEFAULT_WAIT_S,
    UPSTREAM_COMMIT,
    Hint,
    VimSession,
    VimState,
    tools_missing,
)
from tests.server.live import HTTP_TIMEOUT, launch

MISSING = tools_missing()
pytestmark = [
    pytest.mark.real_client,
    pytest.mark.e2e,
    pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)} on PATH"),
    pytest.mark.timeout(900),
]

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"


@dataclass(frozen=True, slots=True)
class Place:
    """Where the person works: next to the line that reads `anchor`, open a line (`o` below,
    `O` above) and type `typed`; if nothing is suggested, type on through `more`, one
    character at a time. Then press `key`: Tab takes the suggestion, Escape leaves it."""

    name: str
    file: str
    anchor: str
    open_key: str
    typed: str
    more: str
    key: str


PLACES = [
    Place(
        "lua-accept", "inventory.luau", "Inventory.ItemRemoved = Signal.new()", "o",
        "Inventory.ItemMoved = Sig", "nal.new()", "Tab",
    ),
    Place(
        "lua-dismiss", "inventory.luau",
        "function Inventory.count(player: Player, itemId: string): number", "O",
        "function Inventory.has(player: Player", ", itemId: string): boolean", "Escape",
    ),
    Place(
        "python-accept", "config_loader.py", "    echo: bool = False", "o",
        "max_overflow: int = ", "10", "Tab",
    ),
    Place(
        "python-dismiss", "config_loader.py", "    workers: int = 1", "o",
        "keepalive_s: fl", "oat = 5.0", "Escape",
    ),
]  # fmt: skip


@dataclass
class Outcome:
    place: Place
    shown: VimState  # the state when the key was pressed, the suggestion on screen
    saved: list[str]  # the file as Vim wrote it afterwards
    display: Display  # that suggestion, tied to Mezzo's answer


@dataclass
class Session:
    outcomes: dict[str, Outcome]
    states: list[VimState]
    displays: list[Display]
    exchanges: list[Exchange]
    stats: dict[str, Any]
    events: dict[str, list[tuple[str, str | None, int | None]]]
    log: Path  # the requests, in the session format, with each answer's id and content


def first_day_settings() -> Settings:
    """Every default, gating included; only the ports are the OS's choice, so tests can run
    side by side (and the Ollama port stays free for anything else on the machine)."""
    return Settings(server=ServerSettings(port=0, ollama_port=0))


def wait_for_offer(
    vim: VimSession, proxy: RecordingProxy, *, timeout: float = DEFAULT_WAIT_S
) -> VimState | None:
    """The state with a suggestion on screen at the cursor, or None once llama.vim has had its
    answer for this position (from Mezzo or its own cache) and shows nothing."""
    deadline = time.monotonic() + timeout
    start = vim.latest()
    settled_at: float | None = None
    while time.monotonic() < deadline:
        now = vim.latest()
        if now.insert_mode and now.suggestion is not None:
            return now
        here = _cursor_prefix(now)
        answered = [
            e for e in proxy.snapshot()
            if e.path == "/infill" and not e.is_warmup and e.prefix == here and e.done.is_set()
        ]  # fmt: skip
        busy = any(not e.done.is_set() for e in proxy.snapshot() if not e.is_warmup)
        if answered and not busy:
            settled_at = settled_at or time.monotonic()
            # llama.vim renders within its callback; allow it a moment on a loaded machine.
            if time.monotonic() - settled_at > 2.0:
                return None
        else:
            settled_at = None
        time.sleep(0.05)
    raise TimeoutError(f"no answer for the cursor's position since state {start.seq}")


def _cursor_prefix(state: VimState) -> str:
    hint = Hint(state.col - 1, state.lnum, state.line, ("",), can_accept=False)
    return llama_prefix(state.lines, hint)


def work_at(vim: VimSession, proxy: RecordingProxy, place: Place) -> VimState:
    """Go to the place, open a line, type, and wait until a suggestion is on screen."""
    lines = vim.latest().lines
    assert place.anchor in lines, f"{place.name}: no line {place.anchor!r} in {place.file}"
    vim.ex(str(lines.index(place.anchor) + 1))
    vim.key(place.open_key)
    vim.type(place.typed)
    more = list(place.more)
    while True:
        offered = wait_for_offer(vim, proxy)
        if offered is not None:
            return offered
        if not more:
            raise AssertionError(
                f"{place.name}: no suggestion appeared after typing {place.typed + place.more!r};"
                f" the screen:\n{vim.screen()}"
            )
        vim.type(more.pop(0))


# After a Tab a person looks at what went in before leaving Insert mode. Mezzo cannot see Esc
# (llama.vim hides its hint and sends nothing), so an answer to the request llama.vim sends
# after the Tab, drawn a few milliseconds before a robot's Esc, would count as viewed.
LOOK_AFTER_TAB_S = 0.6


def take_or_leave(
    vim: VimSession, proxy: RecordingProxy, place: Place
) -> tuple[VimState, list[str]]:
    """Press the place's key with the suggestion on screen, leave Insert mode, save, and read
    the file back; returns the state the key was pressed in, and the file."""
    shown = vim.latest()
    assert shown.suggestion is not None, f"{place.name}: the suggestion went away"
    vim.key(place.key)
    if place.key == "Tab":
        vim.wait_for(lambda s: s.tick != shown.tick, "Tab changes the buffer", after_seq=shown.seq)
        vim.idle(LOOK_AFTER_TAB_S)
        proxy.wait_idle()
        vim.idle(LOOK_AFTER_TAB_S)
        vim.key("Escape")
    vim.wait_for(lambda s: s.mode == "n", "Vim is back in Normal mode", after_seq=shown.seq)
    vim.write()
    assert vim.cwd is not None
    return shown, (vim.cwd / place.file).read_text("utf-8").split("\n")[:-1]


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    root = tmp_path_factory.mktemp("llama-vim")
    home = root / "mezzo-home"
    for name in {p.file for p in PLACES}:
        shutil.copy(SAMPLES / name, root / name)
    settings = first_day_settings()
    live = launch(home, None, settings, load=False)
    closed = False
    try:
        live.core.load_model().result(HTTP_TIMEOUT)  # the starter, as `mezzo` loads it
        done: list[tuple[Place, VimState, list[str]]] = []
        with (
            RecordingProxy(live.url) as proxy,
            VimSession(f"{proxy.url}/infill", root / "vim", cwd=root) as vim,
        ):
            vim.start(Path(PLACES[0].file))
            for place in PLACES:
                if vim.latest().file != place.file:
                    vim.ex(f"edit {place.file}")
                    vim.wait_for(lambda s, f=place.file: s.file == f, f"{place.file} is open")
                work_at(vim, proxy, place)
                done.append((place, *take_or_leave(vim, proxy, place)))
            vim.ex("qall")
            proxy.wait_idle()
            vim.idle(0.5)
            states = vim.states
            exchanges = proxy.snapshot()
            keys = [k for k in vim.keystrokes if k[1] in ("Tab", "Escape")]
        found = displays(states, exchanges)
        outcomes = {
            place.name: Outcome(place, shown, saved, _display_at(found, shown))
            for place, shown, saved in done
        }
        live.close()  # Mezzo quits: what it has not judged yet it judges on the evidence so far
        closed = True
        later = launch(home, None, settings, load=False)
        try:
            stats = later.get("/mezzo/stats").json()
            events = _events(later.core.paths.telemetry_db)
            reasons = completion_reasons(later.core.paths.telemetry_db)
        finally:
            later.close()
        log = root / "session.jsonl"
        _write_log(log, exchanges, found, keys, events, reasons)
        yield Session(outcomes, states, found, exchanges, stats, events, log)
    finally:
        if not closed:
            live.close()


def _display_at(found: list[Display], shown: VimState) -> Display:
    """The display that was on screen in `shown` (the last one to come up before it)."""
    candidates = [d for d in found if d.state.seq <= shown.seq and d.hint == shown.suggestion]
    assert candidates, f"no display matches the suggestion on screen at state {shown.seq}"
    return candidates[-1]


def _write_log(
    path: Path,
    exchanges: list[Exchange],
    found: list[Display],
    keys: list[tuple[float, str]],
    events: dict[str, list[tuple[str, str | None, int | None]]],
    reasons: dict[str, str],
) -> None:
    """For whoever reads a failure: every request in the session format, with the answer's
    completion id, content, Mezzo's outcome and the events it recorded for it added; every
    display; every Tab and Esc. `wall` is the wall clock, shared by Vim and the proxy."""
    lines = session_lines(exchanges, client="llama.vim", client_commit=UPSTREAM_COMMIT, note="")
    t0 = min((e.started_mono for e in exchanges), default=0.0)
    out = [lines[0]]
    for e in sorted(exchanges, key=lambda e: (e.started_mono, e.index)):
        extra = {"id": e.completion_id, "content": e.content, "wall": e.started}
        extra |= {"mezzo": reasons.get(e.completion_id), "events": events.get(e.completion_id)}
        out.append(json.dumps(e.record(t0) | extra))
    for d in found:
        shown = {"display": d.state.seq, "wall": d.state.t, "id": d.completion_id}
        out.append(json.dumps(shown | {"text": d.hint.text, "fresh": d.fresh, "wait_s": d.wait_s}))
    out.extend(json.dumps({"key": name, "wall": t}) for t, name in keys)
    path.write_text("\n".join(out) + "\n")


def _events(db_path: Path) -> dict[str, list[tuple[str, str | None, int | None]]]:
    db = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT completion_id, type, select_kind, accepted_chars FROM events ORDER BY id"
        ).fetchall()
    finally:
        db.close()
    events: dict[str, list[tuple[str, str | None, int | None]]] = {}
    for completion_id, kind, select_kind, chars in rows:
        events.setdefault(completion_id, []).append((kind, select_kind, chars))
    return events


# --- what the person sees -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [p.name for p in PLACES])
def test_a_suggestion_appears_where_the_person_types(session: Session, name: str) -> None:
    outcome = session.outcomes[name]
    hint = outcome.shown.suggestion
    assert hint is not None and hint.text.strip()
    assert outcome.shown.props > 0, "llama.vim's state says shown but nothing is drawn"
    assert outcome.shown.file == outcome.place.file
    assert outcome.shown.before_cursor.strip().startswith(outcome.place.typed.strip())


@pytest.mark.parametrize("name", [p.name for p in PLACES])
def test_the_suggestion_is_what_mezzo_answered(session: Session, name: str) -> None:
    """The text on screen is the rest of a completion Mezzo sent for this place."""
    display = session.outcomes[name].display
    assert display.exchange is not None, "no answer from Mezzo matches the suggestion on screen"
    assert display.exchange.status == 200
    assert display.completion_id
    assert display.hint.text in display.exchange.content


@pytest.mark.parametrize("name", [p.name for p in PLACES if p.key == "Tab"])
def test_tab_inserts_exactly_the_suggestion(session: Session, name: str) -> None:
    outcome = session.outcomes[name]
    hint = outcome.shown.suggestion
    assert hint is not None
    before = list(outcome.shown.lines)
    expected = before[: hint.pos_y - 1] + hint.accepted_lines() + before[hint.pos_y :]
    assert outcome.saved == expected
    # ... which is the text before the cursor, then the suggestion, as the person saw it.
    inserted = "\n".join(outcome.saved[hint.pos_y - 1 : hint.pos_y - 1 + len(hint.content)])
    assert inserted == outcome.shown.before_cursor + hint.text


@pytest.mark.parametrize("name", [p.name for p in PLACES if p.key == "Escape"])
def test_esc_leaves_the_buffer_as_typed(session: Session, name: str) -> None:
    outcome = session.outcomes[name]
    assert outcome.saved == list(outcome.shown.lines)
    assert outcome.saved[outcome.shown.lnum - 1].strip().startswith(outcome.place.typed.strip())


# --- what Mezzo counted -------------------------------------------------------------------------


def _taken(session: Session) -> set[str]:
    """The completions the person took with Tab."""
    return {o.display.completion_id for o in session.outcomes.values() if o.place.key == "Tab"}


def _escaped(session: Session) -> set[str]:
    """The completions on screen when the person pressed Esc."""
    return {o.display.completion_id for o in session.outcomes.values() if o.place.key == "Escape"}


def _on_screen(session: Session) -> set[str]:
    return {d.completion_id for d in session.displays if d.completion_id}


def _visible_s(session: Session) -> dict[str, float]:
    """Seconds each completion was on screen: from its first display to the end of its last
    (typing through a suggestion redraws the rest of it, display after display)."""
    spans: dict[str, tuple[float, float]] = {}
    states = session.states
    for d in session.displays:
        if not d.completion_id:
            continue
        later = (s for s in states if s.seq > d.state.seq and s.suggestion != d.hint)
        end = next(later, states[-1]).t
        first, last = spans.get(d.completion_id, (d.state.t, end))
        spans[d.completion_id] = (min(first, d.state.t), max(last, end))
    return {cid: last - first for cid, (first, last) in spans.items()}


def _readable(session: Session, margin_s: float) -> set[str]:
    """What a person could read: on screen at least UNSEEN_WINDOW_S (+ margin) before they
    typed over it or moved on, or acted on with Tab, Esc or by typing it through."""
    long_enough = {
        cid for cid, seconds in _visible_s(session).items() if seconds >= UNSEEN_WINDOW_S + margin_s
    }  # fmt: skip
    return long_enough | _taken(session) | _escaped(session) | _typed_through(session)


def _with_event(session: Session, kind: str) -> set[str]:
    return {cid for cid, events in session.events.items() if any(e[0] == kind for e in events)}


def _typed_through(session: Session) -> set[str]:
    """Completions the person typed to the end themselves, key by key, while they were on
    screen. Mezzo counts those as accepted by its documented rule ("accepted, or typed
    through"), and so does this test."""
    through = set()
    states = session.states
    for d in session.displays:
        if not d.completion_id:
            continue
        goal = llama_prefix(d.state.lines, d.hint) + d.hint.text
        for state in states:
            if state.seq <= d.state.seq or state.file != d.state.file:
                continue
            if not state.insert_mode:
                break
            if _cursor_prefix(state).startswith(goal):
                through.add(d.completion_id)
                break
    return through - _taken(session)


def _explain(session: Session) -> str:
    lines = [
        f"taken with Tab: {sorted(_taken(session))}",
        f"typed through: {sorted(_typed_through(session))}",
        f"left with Esc: {sorted(_escaped(session))}",
        f"on screen: {len(_on_screen(session))}, Mezzo's stats: {session.stats['acceptance']}",
        f"seconds on screen: { {cid: round(t, 2) for cid, t in _visible_s(session).items()} }",
        f"(session log: {session.log})",
        "what was on screen, and what Mezzo recorded for it:",
    ]
    for d in session.displays:
        lines.append(
            f"  state {d.state.seq} {d.state.file}:{d.state.lnum} {d.completion_id or '?'}"
            f" {d.hint.text[:40]!r} -> {session.events.get(d.completion_id, [])}"
        )
    shown = _on_screen(session)
    for completion_id, events in session.events.items():
        if completion_id not in shown:
            lines.append(f"  never on screen: {completion_id} -> {events}")
    return "\n".join(lines)


def test_each_tab_is_recorded_as_one_full_accept(session: Session) -> None:
    for completion_id in _taken(session):
        selects = [e[:2] for e in session.events.get(completion_id, []) if e[0] == "select"]
        assert selects == [("select", None)], _explain(session)


def test_each_escape_is_recorded_as_dismissed(session: Session) -> None:
    for completion_id in _escaped(session):
        kinds = [e[0] for e in session.events.get(completion_id, [])]
        assert "dismiss" in kinds and "select" not in kinds, _explain(session)


def test_stats_accepted_are_exactly_the_tabs_and_the_typed_through(session: Session) -> None:
    acceptance = session.stats["acceptance"]
    accepted = _taken(session) | _typed_through(session)
    assert acceptance["accepted"] == len(accepted), _explain(session)
    assert acceptance["partial"] == 0, _explain(session)


# Near the boundary of a readable suggestion Vim's clock (when it drew and hid it) and Mezzo's
# (when requests arrive, which llama.vim holds back while an answer is on its way) can disagree:
# those within this margin of UNSEEN_WINDOW_S are held to neither side.
MARGIN_S = 0.15


def test_stats_viewed_are_what_stayed_on_screen_long_enough_to_read(session: Session) -> None:
    viewed = _with_event(session, "view")
    assert _readable(session, MARGIN_S) <= viewed, _explain(session)
    assert viewed <= _readable(session, -MARGIN_S), _explain(session)
    assert session.stats["acceptance"]["viewed"] == len(viewed), _explain(session)


def test_stats_dismissed_are_what_was_read_and_not_taken(session: Session) -> None:
    taken = _taken(session) | _typed_through(session)
    dismissed = _with_event(session, "dismiss")
    assert _readable(session, MARGIN_S) - taken <= dismissed, _explain(session)
    assert not dismissed & taken, _explain(session)
    assert session.stats["acceptance"]["dismissed"] == len(dismissed), _explain(session)
