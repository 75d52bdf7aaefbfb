"""Inferred acceptance: scripted editor sessions against a real telemetry database."""

from __future__ import annotations

import contextlib
from datetime import UTC
from pathlib import Path

import pytest

from desktop_app.base.settings import TelemetrySettings
from desktop_app.telemetry.inference import AcceptanceInference, Verdict
from desktop_app.telemetry.matching import Kind, match
from desktop_app.telemetry.records import CompletionRecord, new_completion_id, text_shape
from desktop_app.telemetry.stats import compute_stats
from desktop_app.telemetry.store import TelemetryStore
from tests.fixtures.fakes import FakeClock

T0 = 1_750_000_000.0


class Server:
    """What the HTTP layer will do: record each completion, tell the inference about it."""

    def __init__(self, store: TelemetryStore, clock: FakeClock, **kwargs: float) -> None:
        self.store = store
        self.clock = clock
        self.inference = AcceptanceInference(store, clock=clock, **kwargs)

    def request(
        self, client: str, file: str, prefix: str, answer: str | None, suffix: str = "",
        latency_s: float = 0.0,
    ) -> str | None:  # fmt: skip
        self.inference.on_request(client, file, prefix, suffix)
        self.clock.advance(latency_s)
        self.inference.on_answered(client)
        if not answer:
            return None
        cid = new_completion_id()
        chars, lines = text_shape(answer)
        self.store.record_completion(
            CompletionRecord(
                id=cid,
                time=self.clock(),
                client_hash=self.store.hash_client(client),
                completion_chars=chars,
                completion_lines=lines,
                language="python",
            )
        )
        self.inference.on_delivered(client, file, prefix, answer, cid, suffix)
        return cid

    def events(self, cid: str) -> list[tuple[str, str | None, str, int | None]]:
        with contextlib.closing(self.store.open_reader()) as db:
            return db.execute(
                "SELECT type, select_kind, source, accepted_chars FROM events"
                " WHERE completion_id = ? ORDER BY id",
                (cid,),
            ).fetchall()

    def stats(self):
        with contextlib.closing(self.store.open_reader()) as db:
            return compute_stats(db, tz=UTC)


class Editor:
    """One editor window: a document up to the cursor, in one file, for one client."""

    def __init__(
        self, server: Server, client: str, file: str, text: str = "def f(xs):\n    "
    ) -> None:
        self.server, self.client, self.file, self.doc = server, client, file, text

    def ask(self, answer: str | None) -> str | None:
        """The editor requests a completion at the cursor and the server answers `answer`."""
        return self.server.request(self.client, self.file, self.doc, answer)

    def type(self, text: str, answer: str | None = None) -> str | None:
        self.doc += text
        return self.ask(answer)


VIEW_SELECT = [("view", None, "inferred", None), ("select", None, "inferred", 8)]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> TelemetryStore:
    telemetry = TelemetryStore(tmp_path / "telemetry.sqlite3", clock=clock)
    yield telemetry
    telemetry.close()


@pytest.fixture
def server(store: TelemetryStore, clock: FakeClock) -> Server:
    return Server(store, clock)


class TestMatch:
    @pytest.mark.parametrize(
        ("typed", "text", "kind", "covered"),
        [
            ("", "foo(bar)", Kind.PROGRESS, 0),
            ("foo(", "foo(bar)", Kind.PROGRESS, 4),
            ("foo(bar)", "foo(bar)", Kind.AT_END, 8),
            ("foo(bar)\n", "foo(bar)", Kind.BEYOND, 8),
            ("foo(baz", "foo(bar)", Kind.DIVERGED, 6),
            ("a = 1\n", "a = 1\nb = 2", Kind.AT_LINE, 6),
            ("a = 1\n\tb", "a = 1\n    b = 2", Kind.PROGRESS, 11),
            ("a  =  1", "a = 1\n", Kind.AT_END, 6),
            ("\n", "\nreturn x", Kind.PROGRESS, 1),
            ("foo(bar)  ", "foo(bar)", Kind.AT_END, 8),
            ("x", "foo(bar)\n", Kind.DIVERGED, 0),
        ],
    )
    def test_typed_text_is_compared_ignoring_whitespace_runs(
        self, typed: str, text: str, kind: Kind, covered: int
    ) -> None:
        assert match(typed, text) == (m := match(typed, text))
        assert (m.kind, m.covered) == (kind, covered)


class TestScriptedSessions:
    def test_accept_all_then_keep_typing(self, server: Server, clock: FakeClock) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("foo(bar)")
        clock.advance(0.8)
        editor.type("foo(bar)")  # Tab
        assert server.events(cid) == []  # it could still be a speculative request
        clock.advance(0.3)
        editor.type("\n")
        assert server.events(cid) == VIEW_SELECT

    def test_accept_all_then_leave_is_accepted_after_the_timeout(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("foo(bar)")
        clock.advance(0.8)
        editor.type("foo(bar)")
        clock.advance(1.0)
        Editor(server, "vscode", "b.py").ask(None)
        clock.advance(4.9)
        server.inference.tick()
        assert server.events(cid) == []
        clock.advance(0.2)
        server.inference.tick()
        assert server.events(cid) == VIEW_SELECT

    def test_accept_one_line_then_type_something_else_is_a_partial_accept(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("total = 0\n    for x in xs:\n        total += x\n")
        clock.advance(1.0)
        editor.type("total = 0\n    ")  # accept one line; the editor indents the next
        clock.advance(1.0)
        editor.type("return total")
        assert server.events(cid) == [
            ("view", None, "inferred", None),
            ("select", "line", "inferred", 10),  # "total = 0\n"
        ]

    def test_accept_one_line_and_leave_is_a_partial_accept(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("total = 0\nreturn total")
        clock.advance(1.0)
        editor.type("total = 0\n")
        clock.advance(10.0)
        Editor(server, "vscode", "b.py").ask(None)
        clock.advance(10.0)
        server.inference.tick()
        assert server.events(cid)[-1] == ("select", "line", "inferred", 10)

    def test_type_through_counts_as_one_accepted_view(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        first = editor.ask("foo(bar)")
        later = []
        for i, char in enumerate("foo(bar)"):
            clock.advance(0.2)
            # Each keystroke is a new request; the server keeps suggesting the rest.
            later.append(editor.type(char, "foo(bar)"[i + 1 :] or None))
        clock.advance(0.2)
        editor.type("\n")
        assert server.events(first) == VIEW_SELECT
        assert all(server.events(cid) == [] for cid in later if cid)
        stats = server.stats()
        assert (stats.acceptance.viewed, stats.acceptance.accepted) == (1, 1)

    def test_reject_and_type_something_else(self, server: Server, clock: FakeClock) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("foo(bar)")
        clock.advance(0.5)
        editor.type("x")
        assert server.events(cid) == [
            ("view", None, "inferred", None),
            ("dismiss", None, "inferred", 0),
        ]

    def test_rejection_after_a_matching_start_counts_the_matching_characters(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("foo(bar)")
        for char in "foo(baz":
            clock.advance(0.2)
            editor.type(char)
        assert server.events(cid)[-1] == ("dismiss", None, "inferred", 6)

    def test_move_away_is_dismissed_after_the_timeout(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("foo(bar)")
        clock.advance(1.0)
        editor.doc = "def f(xs):\n"  # the cursor moved up a line
        editor.ask(None)
        clock.advance(4.0)
        server.inference.tick()
        assert server.events(cid) == []
        clock.advance(1.0)
        server.inference.tick()
        assert server.events(cid) == [
            ("view", None, "inferred", None),
            ("dismiss", None, "inferred", 0),
        ]

    def test_coming_back_before_the_timeout_keeps_the_suggestion_alive(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("foo(bar)")
        clock.advance(1.0)
        Editor(server, "vscode", "b.py").ask(None)
        clock.advance(3.0)
        editor.type("foo(bar)\n")
        clock.advance(10.0)
        server.inference.tick()
        assert server.events(cid) == VIEW_SELECT

    def test_two_clients_interleaved_do_not_mix(self, server: Server, clock: FakeClock) -> None:
        # Same file name and same text in two editors: only the client id tells them apart.
        vscode = Editor(server, "vscode", "a.py")
        roblox = Editor(server, "roblox", "a.py")
        v = vscode.ask("foo(bar)")
        r = roblox.ask("foo(bar)")
        clock.advance(0.5)
        roblox.type("print")
        vscode.type("foo(bar)\n")
        clock.advance(0.5)
        assert server.events(v)[-1][0] == "select"
        assert server.events(r)[-1][0] == "dismiss"

    def test_a_new_different_suggestion_replaces_the_old_one(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        old = editor.ask("foo(bar)")
        clock.advance(1.0)
        new = editor.ask("baz()")  # asked again at the same spot (e.g. manual trigger)
        assert server.events(old)[-1] == ("dismiss", None, "inferred", 0)
        assert server.events(new) == []

    def test_the_same_suggestion_asked_again_is_not_a_second_view(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        first = editor.ask("foo(bar)")
        clock.advance(1.0)
        again = editor.ask("foo(bar)")
        clock.advance(1.0)
        editor.type("foo(bar)\n")
        assert server.events(first) == VIEW_SELECT
        assert server.events(again) == []

    def test_stale_delivery_for_an_old_prefix_is_not_a_view(
        self, server: Server, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        old_prefix = editor.doc
        editor.ask(None)
        editor.type("x", None)  # the person typed on before the answer came back
        cid = new_completion_id()
        server.inference.on_delivered("vscode", "a.py", old_prefix, "foo(bar)", cid)
        assert server.inference.pending() == 0


class TestExplicitEvents:
    def test_explicit_events_override_inference(
        self, server: Server, store: TelemetryStore, clock: FakeClock
    ) -> None:
        editor = Editor(server, "tabby", "a.py")
        cid = editor.ask("foo(bar)")
        store.record_event("view", cid)
        server.inference.on_explicit_event(cid)
        clock.advance(1.0)
        editor.type("nothing like it")  # inference would call this a rejection
        store.record_event("select", cid)  # but the editor says it was accepted
        assert server.events(cid) == [
            ("view", None, "explicit", None),
            ("select", None, "explicit", None),
        ]
        # The client reports for itself now: later suggestions are not inferred either.
        later = editor.ask("more()")
        editor.type("zzz")
        assert server.events(later) == []

    def test_stats_prefer_explicit_events_over_earlier_inferred_ones(
        self, server: Server, store: TelemetryStore, clock: FakeClock
    ) -> None:
        editor = Editor(server, "vscode", "a.py")
        cid = editor.ask("foo(bar)")
        clock.advance(1.0)
        editor.type("x")  # inferred: rejected
        store.record_event("view", cid)
        store.record_event("select", cid, select_kind="line")
        acceptance = server.stats().acceptance
        assert (acceptance.viewed, acceptance.accepted, acceptance.partial) == (1, 1, 1)
        assert acceptance.dismissed == 0


class TestLlamaVscodeShape:
    """llama.vscode sends `input_prefix` (lines above) and `prompt` (current line to the cursor),
    and right after showing a suggestion asks again as if it had been accepted."""

    @staticmethod
    def prefix(lines: list[str], current: str) -> str:
        return "".join(line + "\n" for line in lines) + current  # input_prefix + prompt

    def test_speculative_request_does_not_count_as_acceptance(
        self, server: Server, clock: FakeClock
    ) -> None:
        lines = ["import os", "def main():"]
        shown = server.request("llama.vscode", "m.py", self.prefix(lines, "    pri"), 'nt("hi")')
        clock.advance(0.01)  # cacheFutureSuggestion, within milliseconds
        speculative = server.request(
            "llama.vscode", "m.py", self.prefix(lines, '    print("hi")'), "\n    return 0"
        )
        clock.advance(0.6)
        server.request("llama.vscode", "m.py", self.prefix(lines, "    pri"), None)  # Escape? no
        clock.advance(0.4)
        server.request("llama.vscode", "m.py", self.prefix(lines, "    prin"), None)
        server.request("llama.vscode", "m.py", self.prefix(lines, "    print(os"), None)
        assert server.events(shown)[-1] == ("dismiss", None, "inferred", 3)  # "nt(" matched
        assert server.events(speculative) == []
        clock.advance(100)
        server.inference.tick()
        assert server.events(speculative) == []  # never shown, never counted

    def test_speculative_request_then_escape_and_leave_is_dismissed(
        self, server: Server, clock: FakeClock
    ) -> None:
        lines = ["def main():"]
        shown = server.request("llama.vscode", "m.py", self.prefix(lines, "    x = "), "compute()")
        clock.advance(0.01)
        server.request("llama.vscode", "m.py", self.prefix(lines, "    x = compute()"), "\n")
        clock.advance(2.0)
        server.request("llama.vscode", "other.py", "", None)
        clock.advance(6.0)
        server.inference.tick()
        assert server.events(shown)[-1] == ("dismiss", None, "inferred", 0)

    def test_tab_accept_shows_the_prefetched_suggestion_which_is_judged_next(
        self, server: Server, clock: FakeClock
    ) -> None:
        lines = ["def main():"]
        base = self.prefix(lines, "    x = ")
        shown = server.request("llama.vscode", "m.py", base, "compute()")
        clock.advance(0.01)
        prefetched = server.request("llama.vscode", "m.py", base + "compute()", "\n    return x")
        clock.advance(0.9)
        # Tab: the editor shows the prefetched suggestion from its own cache (no request), then
        # immediately pre-fetches as if that one were accepted too.
        server.request("llama.vscode", "m.py", base + "compute()\n    return x", "\n")
        assert server.events(shown) == [
            ("view", None, "inferred", None),
            ("select", None, "inferred", 9),
        ]
        assert server.events(prefetched) == []  # shown now, not yet judged
        clock.advance(1.0)
        server.request("llama.vscode", "m.py", base + "compute()\n    print(x)", None)
        assert server.events(prefetched)[-1] == ("dismiss", None, "inferred", 1)  # the "\n"

    def test_sliding_prefix_window_still_recognises_acceptance(
        self, store: TelemetryStore, clock: FakeClock
    ) -> None:
        server = Server(store, clock, anchor_chars=64)
        lines = [f"line_{i} = {i}" for i in range(40)]
        shown = server.request("llama.vscode", "m.py", self.prefix(lines, "total = "), "sum(xs)")
        clock.advance(1.0)
        # Enter after accepting: the window of lines above drops its first line.
        server.request(
            "llama.vscode", "m.py", self.prefix([*lines[1:], "total = sum(xs)"], ""), None
        )
        assert server.events(shown)[-1] == ("select", None, "inferred", 7)

    def test_whitespace_only_current_line_and_reindentation_still_match(
        self, server: Server, clock: FakeClock
    ) -> None:
        # The line up to the cursor is only spaces, so prompt is "" and the model's text carries
        # its own indentation; the editor re-indents with a tab.
        lines = ["def f(xs):"]
        shown = server.request("llama.vscode", "m.py", self.prefix(lines, ""), "    return len(xs)")
        clock.advance(1.0)
        server.request("llama.vscode", "m.py", self.prefix(lines, "\treturn len(xs)\n"), None)
        assert server.events(shown)[-1] == ("select", None, "inferred", 18)


class TestLlamaVimDisplay:
    """What llama.vim draws: an answer only where the cursor still is (or where what was typed
    since agrees with it), never over a suggestion on screen; for each one drawn it asks at once
    for the text a Tab would produce, and a Tab shows that answer from its cache, asking
    nothing. Its keystrokes wait while an answer is on its way, so the request typed ahead of an
    answer arrives just after it."""

    LINES = ("local Signal = require(script.Signal)", "Inventory.ItemAdded = Signal.new()")

    def at(self, current: str) -> str:
        return "".join(line + "\n" for line in self.LINES) + current

    def vim(
        self, server: Server, current: str, answer: str | None, suffix: str = "",
        latency_s: float = 0.0,
    ) -> str | None:  # fmt: skip
        return server.request(
            "llama.vim", "inventory.luau", self.at(current), answer, suffix, latency_s
        )

    def learn_that_it_speculates(self, server: Server, clock: FakeClock) -> None:
        self.vim(server, "local a = ", "10")
        clock.advance(0.05)
        self.vim(server, "local a = 10", None)  # the speculative request, at machine speed
        clock.advance(1.0)

    def test_an_answer_typed_ahead_of_is_never_counted(
        self, server: Server, clock: FakeClock
    ) -> None:
        unseen = self.vim(server, "Inventory.It", "emRemoved = Signal.new()")
        clock.advance(0.1)
        self.vim(server, "Inventory.Iz", None)  # typed before the answer came: never drawn
        clock.advance(100)
        server.inference.tick()
        assert server.events(unseen) == []

    def test_for_a_client_that_speculates_no_speculative_request_means_never_drawn(
        self, server: Server, clock: FakeClock
    ) -> None:
        self.learn_that_it_speculates(server, clock)
        unseen = self.vim(server, "Inventory.It", "emRemoved = Signal.new()")
        clock.advance(0.9)  # a loaded machine: the held-back keystroke's request is late
        self.vim(server, "Inventory.Iz", None)
        clock.advance(100)
        server.inference.tick()
        assert server.events(unseen) == []

    def test_a_flash_typed_over_is_not_a_view_even_once_drawn(
        self, server: Server, clock: FakeClock
    ) -> None:
        self.learn_that_it_speculates(server, clock)
        flash = self.vim(server, "Inventory.It", "emRemoved = Signal.new()")
        clock.advance(0.05)
        self.vim(server, "Inventory.ItemRemoved = Signal.new()", None)  # drawn: it asks ahead
        clock.advance(0.15)
        self.vim(server, "Inventory.Iz", None)  # the next key, 0.2 s after it came up
        server.inference.flush()
        assert server.events(flash) == []

    def test_a_late_speculative_request_then_escape_is_dismissed(
        self, server: Server, clock: FakeClock
    ) -> None:
        self.learn_that_it_speculates(server, clock)
        shown = self.vim(server, "Inventory.ItemMoved = ", "Signal.new()")
        clock.advance(0.8)  # slower than any person's Tab, on a loaded machine
        self.vim(server, "Inventory.ItemMoved = Signal.new()", "\n")
        clock.advance(2.0)  # Esc: llama.vim sends nothing
        server.inference.flush()
        assert server.events(shown) == [
            ("view", None, "inferred", None),
            ("dismiss", None, "inferred", 0),
        ]

    @pytest.mark.parametrize(
        ("pause_s", "then", "viewed"),
        [
            (0.05, "keepalive_s: f", False),
            (0.6, "keepalive_s: f", True),
            (0.05, "keepal\n\nlocal y = ", True),  # held back, but the cursor went elsewhere
        ],
    )
    def test_keys_held_back_behind_a_slow_request_are_spread_over_the_wait(
        self, server: Server, clock: FakeClock, pause_s: float, then: str, viewed: bool
    ) -> None:
        """From a real session: "ive" typed while the answer was on its way, drawn, then "_"
        typed over it 0.07 s later; llama.vim held that key back behind its slow speculative
        request, and sent it with the keys after it 46 ms after that one was answered."""
        self.learn_that_it_speculates(server, clock)
        answer = "ives: int = 1\n    max_"
        shown = self.vim(server, "keepal", answer, latency_s=0.4)
        clock.advance(0.03)
        self.vim(server, "keepal" + answer, None, latency_s=0.86)  # speculative: it was drawn
        clock.advance(pause_s)
        self.vim(server, then, None)
        server.inference.flush()
        assert bool(server.events(shown)) is viewed

    def test_answers_while_typing_through_are_not_views_and_tab_takes_the_one_on_screen(
        self, server: Server, clock: FakeClock
    ) -> None:
        self.learn_that_it_speculates(server, clock)
        shown = self.vim(server, "max_overflow: i", "nt = 1000000")
        clock.advance(0.05)
        self.vim(server, "max_overflow: int = 1000000", "\nlocal x = 1")  # speculative
        clock.advance(0.5)
        # The person types on through it; every key asks, every answer disagrees.
        held = [self.vim(server, "max_overflow: in", "32 = 1024")]
        clock.advance(0.3)
        held.append(self.vim(server, "max_overflow: int", "32 = 2048"))
        clock.advance(0.8)
        # Tab: llama.vim inserts the rest, draws its speculative answer from its cache and asks
        # ahead for that one.
        self.vim(server, "max_overflow: int = 1000000\nlocal x = 1", None)
        assert server.events(shown) == [
            ("view", None, "inferred", None),
            ("select", None, "inferred", len("nt = 1000000")),
        ]
        server.inference.flush()
        assert all(server.events(cid) == [] for cid in held)

    def test_leaving_the_typed_through_suggestion_shows_a_held_answer_that_agrees(
        self, server: Server, clock: FakeClock
    ) -> None:
        first = self.vim(server, "local n = ", "count + 1")
        clock.advance(0.5)
        held = self.vim(server, "local n = c", "ap(total)")  # drawn over? no: held
        clock.advance(0.3)
        self.vim(server, "local n = ca", None)  # leaves "count + 1"; llama.vim draws "p(total)"
        clock.advance(0.5)
        self.vim(server, "local n = cap(total)\n", None)
        assert server.events(first) == [
            ("view", None, "inferred", None),
            ("dismiss", None, "inferred", 1),
        ]
        assert server.events(held) == [*VIEW_SELECT[:1], ("select", None, "inferred", 9)]

    def test_tab_then_moving_up_is_accepted_when_the_file_shows_it_in_place(
        self, server: Server, clock: FakeClock
    ) -> None:
        self.learn_that_it_speculates(server, clock)
        suffix = "\nreturn Inventory\n"
        shown = self.vim(server, "Inventory.ItemMoved = ", "Signal.new()", suffix)
        clock.advance(0.05)
        self.vim(server, "Inventory.ItemMoved = Signal.new()", None, suffix)  # speculative
        clock.advance(1.0)
        # Tab (nothing sent, nothing more to show), then the person moves up a line and types.
        above = "".join(line + "\n" for line in self.LINES[:-1])
        below = "\nInventory.ItemMoved = Signal.new()" + self.TAB_SUFFIX
        server.request("llama.vim", "inventory.luau", above + "-- ", None, below)
        clock.advance(10)
        server.inference.tick()
        assert server.events(shown)[-1] == ("select", None, "inferred", len("Signal.new()"))

    TAB_SUFFIX = "\nreturn Inventory\n"

    def suggestion_and_the_answer_asked_ahead_of_it(
        self, server: Server, clock: FakeClock
    ) -> tuple[str | None, str | None]:
        self.learn_that_it_speculates(server, clock)
        shown = self.vim(server, "Inventory.ItemMoved = ", "Signal.new()", self.TAB_SUFFIX)
        clock.advance(0.05)
        ahead = self.vim(  # the speculative request; llama.vim caches its answer
            server, "Inventory.ItemMoved = Signal.new()", "\nInventory.ItemRemoved = 1",
            self.TAB_SUFFIX,
        )  # fmt: skip
        return shown, ahead

    def test_tab_draws_the_answer_asked_for_ahead_and_leaving_it_is_a_dismissal(
        self, server: Server, clock: FakeClock
    ) -> None:
        shown, ahead = self.suggestion_and_the_answer_asked_ahead_of_it(server, clock)
        clock.advance(1.0)
        # Tab: llama.vim draws `ahead` from its cache and sends nothing. The person reads it,
        # presses Esc and goes on typing further down.
        clock.advance(1.0)
        self.vim(server, "Inventory.ItemMoved = Signal.new()" + self.TAB_SUFFIX, None)
        server.inference.flush()
        assert server.events(shown)[-1] == ("select", None, "inferred", len("Signal.new()"))
        assert server.events(ahead) == [
            ("view", None, "inferred", None),
            ("dismiss", None, "inferred", 1),  # its line break is all the file agrees with
        ]

    def test_tab_then_moving_up_judges_the_answer_the_tab_drew(
        self, server: Server, clock: FakeClock
    ) -> None:
        shown, ahead = self.suggestion_and_the_answer_asked_ahead_of_it(server, clock)
        clock.advance(2.0)  # Tab, a look at what it drew, Esc
        above = "".join(line + "\n" for line in self.LINES[:-1])
        below = "\nInventory.ItemMoved = Signal.new()" + self.TAB_SUFFIX
        server.request("llama.vim", "inventory.luau", above + "-- ", None, below)
        clock.advance(10)
        server.inference.tick()
        assert server.events(shown)[-1] == ("select", None, "inferred", len("Signal.new()"))
        assert server.events(ahead)[-1] == ("dismiss", None, "inferred", 0)

    def test_an_answer_asked_for_ahead_is_not_drawn_without_a_tab(
        self, server: Server, clock: FakeClock
    ) -> None:
        self.learn_that_it_speculates(server, clock)
        shown = self.vim(server, "Inventory.ItemMoved = ", "Signal.new()")
        clock.advance(0.05)
        ahead = self.vim(server, "Inventory.ItemMoved = Signal.new()", "\nInventory.X = 1")
        clock.advance(1.0)
        self.vim(server, "Inventory.ItemMoved = nil", None)  # typed over it instead
        server.inference.flush()
        assert server.events(shown)[-1][0] == "dismiss"
        assert server.events(ahead) == []

    def test_escape_then_moving_up_is_dismissed_even_when_it_repeats_the_next_line(
        self, server: Server, clock: FakeClock
    ) -> None:
        self.learn_that_it_speculates(server, clock)
        suffix = "\nInventory.ItemMoved = Signal.new()\nreturn Inventory\n"
        shown = self.vim(server, "", "Inventory.ItemMoved = Signal.new()", suffix)
        clock.advance(0.05)
        self.vim(server, "Inventory.ItemMoved = Signal.new()", None, suffix)  # speculative
        clock.advance(1.0)
        # Esc, then up a line: the text below the cursor was there before it was suggested.
        above = "".join(line + "\n" for line in self.LINES[:-1])
        below = "\n" + self.LINES[-1] + "\n" + suffix
        server.request("llama.vim", "inventory.luau", above + "-- ", None, below)
        clock.advance(10)
        server.inference.tick()
        assert server.events(shown)[-1] == ("dismiss", None, "inferred", 0)

    def test_a_late_answer_drawn_at_the_cursor_does_not_hide_the_one_that_replaced_it(
        self, server: Server, clock: FakeClock
    ) -> None:
        """Seen with the real llama.vim on a busy machine: the answer for `Item` came after `M`
        was typed, llama.vim drew it at the cursor anyway and asked ahead for `ItemM` + it, just
        after the answer for `ItemM` had replaced it on screen. That request is llama.vim's,
        not the person's: they typed through the answer for `ItemM` and took it with Tab."""
        self.learn_that_it_speculates(server, clock)
        self.vim(server, "Inventory.Item", "Removed")
        clock.advance(0.05)
        taken = self.vim(server, "Inventory.ItemM", "oved = Signal.new()")
        clock.advance(0.02)
        self.vim(server, "Inventory.ItemMoved = Signal.new()", None)  # ahead, for the new one
        clock.advance(0.02)
        self.vim(server, "Inventory.ItemMRemoved", " = Signal.new()")  # ahead, for the late one
        for typed in ("o", "ov", "ove", "oved", "oved ", "oved =", "oved = S", "oved = Si"):
            clock.advance(0.3)
            self.vim(server, "Inventory.ItemM" + typed, None)
        clock.advance(1.0)  # Tab takes the rest; then the person goes on below
        self.vim(server, "Inventory.ItemMoved = Signal.new()\n", None)
        server.inference.flush()
        assert server.events(taken) == [
            ("view", None, "inferred", None),
            ("select", None, "inferred", len("oved = Signal.new()")),
        ]

    # Further down the file the same line already exists: the suggestion repeats code that is
    # elsewhere, so finding it somewhere in the file says nothing; one copy more says Tab.
    ELSEWHERE = (
        "\nreturn Inventory\n\nfunction other()\n\tInventory.ItemMoved = Signal.new()\nend\n"
    )

    def tab_or_escape_then_move_up(self, server: Server, clock: FakeClock, taken: bool) -> str:
        self.learn_that_it_speculates(server, clock)
        shown = self.vim(server, "Inventory.ItemMoved = ", "Signal.new()", self.ELSEWHERE)
        assert shown is not None
        clock.advance(0.05)
        self.vim(server, "Inventory.ItemMoved = Signal.new()", None, self.ELSEWHERE)
        clock.advance(1.0)
        left = "Inventory.ItemMoved = Signal.new()" if taken else "Inventory.ItemMoved = "
        above = "".join(line + "\n" for line in self.LINES[:-1])
        server.request(
            "llama.vim", "inventory.luau", above + "-- ", None, "\n" + left + self.ELSEWHERE
        )
        clock.advance(10)
        server.inference.tick()
        return shown

    def test_tab_on_text_found_elsewhere_in_the_file_is_still_accepted(
        self, server: Server, clock: FakeClock
    ) -> None:
        shown = self.tab_or_escape_then_move_up(server, clock, taken=True)
        assert server.events(shown)[-1] == ("select", None, "inferred", len("Signal.new()"))

    def test_escape_on_text_found_elsewhere_in_the_file_is_not_taken_for_a_tab(
        self, server: Server, clock: FakeClock
    ) -> None:
        shown = self.tab_or_escape_then_move_up(server, clock, taken=False)
        assert server.events(shown)[-1][0] == "dismiss"


class TestAcceptanceRate:
    def test_accepting_3_of_10_suggestions_gives_30_percent_for_that_client(
        self, server: Server, store: TelemetryStore, clock: FakeClock
    ) -> None:
        editor = Editor(server, "llama.vscode", "a.py")
        other = Editor(server, "roblox", "game.luau", "local x = ")
        for i in range(10):
            editor.ask(f"value_{i}()")
            other.ask("1")
            clock.advance(1.0)
            if i in (2, 5, 7):
                editor.type(f"value_{i}()\n    ")  # accept, then keep typing
            else:
                editor.type(f"other_{i}\n    ")  # ignore it and type something else
            other.type("2\n")
            clock.advance(1.0)
        server.inference.flush()
        stats = server.stats()
        mine = stats.by_client[store.hash_client("llama.vscode")]
        assert (mine.viewed, mine.accepted, mine.dismissed) == (10, 3, 7)
        assert mine.rate == pytest.approx(0.3)
        theirs = stats.by_client[store.hash_client("roblox")]
        assert (theirs.viewed, theirs.accepted) == (10, 0)
        assert stats.acceptance.rate == pytest.approx(3 / 20)


class TestBoundedMemory:
    def test_files_beyond_the_limit_are_judged_and_forgotten(
        self, store: TelemetryStore, clock: FakeClock
    ) -> None:
        server = Server(store, clock, max_files_per_client=2)
        first = Editor(server, "vscode", "1.py").ask("foo(bar)")
        clock.advance(1.0)
        Editor(server, "vscode", "2.py").ask("foo(bar)")
        clock.advance(1.0)
        Editor(server, "vscode", "3.py").ask("foo(bar)")
        assert server.inference.pending() == 2
        assert server.events(first)[-1][0] == "dismiss"

    def test_clients_beyond_the_limit_are_judged_and_forgotten(
        self, store: TelemetryStore, clock: FakeClock
    ) -> None:
        server = Server(store, clock, max_clients=3)
        ids = []
        for i in range(5):
            ids.append(Editor(server, f"client-{i}", "a.py").ask("foo(bar)"))
            clock.advance(1.0)
        assert server.inference.pending() == 3
        assert [bool(server.events(cid)) for cid in ids] == [True, True, False, False, False]

    def test_idle_clients_are_dropped_after_judging(self, server: Server, clock: FakeClock) -> None:
        cid = Editor(server, "vscode", "a.py").ask("foo(bar)")
        clock.advance(server.inference.client_idle_s)
        server.inference.tick()
        assert server.inference.pending() == 0
        assert server.events(cid)[-1][0] == "dismiss"


class TestOffSwitches:
    def test_inference_with_telemetry_off_writes_nothing(
        self, tmp_path: Path, clock: FakeClock
    ) -> None:
        store = TelemetryStore(tmp_path / "t.sqlite3", TelemetrySettings(enabled=False))
        inference = AcceptanceInference(store, clock=clock)
        inference.on_request("vscode", "a.py", "x = ")
        inference.on_delivered("vscode", "a.py", "x = ", "foo(bar)", new_completion_id())
        clock.advance(1.0)
        outcomes = inference.on_request("vscode", "a.py", "x = foo(bar)\n")
        assert [o.verdict for o in outcomes] == [Verdict.ACCEPTED]
        assert not (tmp_path / "t.sqlite3").exists()

    def test_disabled_inference_tracks_nothing(
        self, store: TelemetryStore, clock: FakeClock
    ) -> None:
        inference = AcceptanceInference(store, clock=clock, enabled=lambda: False)
        inference.on_delivered("vscode", "a.py", "x = ", "foo(bar)", new_completion_id())
        assert inference.pending() == 0
