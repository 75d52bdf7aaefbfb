"""Inferred acceptance for editors that send no events, end to end: scripted people at
llama.vscode-shaped (`/infill`) and Ollama-shaped (`/api/generate`) editors accept, type through,
reject or leave suggestions from the real server, and the events table says what they did.

The person is `desktop_app.quality.editing_session.SimulatedEditor`, the same one `mezzo bench
session` plays; here it pauses on the test's clock, so "a second later" and "after the dismissal
timeout" are exact and nothing depends on the machine's speed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.quality.editing_session import (
    Shape,
    SimulatedEditor,
    Suggestion,
    infill_body,
    two_lines,
)
from tests.e2e.conftest import FakeClock, completion_row, events_of
from tests.server.live import ID_HEADER, LiveServer

CODE = (
    "import os\n\n\n"
    "def load(path):\n    with open(path) as handle:\n        data = handle.read()\n"
    "    return data\n\n\n"
    "def area(width, height):\n    return width * height\n"
)
SPOTS = ("data = ", "import ", "return ", "with ", "def area(")
OTHER = "local Players = game:GetService('Players')\nlocal count = \n"
DISMISS_AFTER_S = 5.0  # AcceptanceInference's default, measured on the test's clock

MakeEditor = Callable[..., SimulatedEditor]


@pytest.fixture
def editor(live: LiveServer, clock: FakeClock) -> MakeEditor:
    def make(
        client: str = "editor", shape: Shape = Shape.LLAMA_VSCODE, **kwargs
    ) -> SimulatedEditor:
        made = SimulatedEditor(live.url, client, shape, pause=clock.advance, think_s=1.0,
                               n_predict=10, **kwargs)  # fmt: skip
        made.open("src/load.py", CODE, CODE.index("data = ") + len("data = "))
        return made

    return make


def show(editor: SimulatedEditor, wanted: Callable[[str], bool] = bool) -> Suggestion:
    """Ask at the cursor, moving on through SPOTS until a suggestion `wanted` is shown."""
    for spot in SPOTS:
        editor.buffer.move(editor.buffer.text.index(spot) + len(spot))
        shown = editor.ask()
        if shown is not None and wanted(shown.text):
            return shown
        editor.pause(editor.think_s)
    raise AssertionError("the model showed no suitable suggestion at any spot")


def view_then(kind: str, chars: int | None, select_kind: str | None = None) -> list[tuple]:
    return [("view", None, "inferred", None), (kind, select_kind, "inferred", chars)]


SHAPES = pytest.mark.parametrize("shape", list(Shape), ids=lambda s: s.value)


@SHAPES
class TestScriptedSessions:
    def test_accept_all(self, live: LiveServer, editor: MakeEditor, shape: Shape) -> None:
        person = editor(shape=shape)
        shown = show(person)
        assert person.accept_all() is not None  # the next suggestion settles the verdict
        assert events_of(live, shown.completion_id) == view_then("select", len(shown.text))

    def test_accept_one_line(self, live: LiveServer, editor: MakeEditor, shape: Shape) -> None:
        person = editor(shape=shape)
        shown = show(person, two_lines)
        person.accept_line()  # and then writes something of their own on the next line
        first_line = len(shown.text.split("\n", 1)[0]) + 1
        assert events_of(live, shown.completion_id) == view_then("select", first_line, "line")

    def test_type_through(self, live: LiveServer, editor: MakeEditor, shape: Shape) -> None:
        person = editor(shape=shape)
        shown = show(person)
        assert person.type_through() is not None
        assert events_of(live, shown.completion_id) == view_then("select", len(shown.text))

    def test_reject_and_type_something_else(
        self, live: LiveServer, editor: MakeEditor, shape: Shape
    ) -> None:
        person = editor(shape=shape)
        shown = show(person)
        person.reject()
        assert events_of(live, shown.completion_id) == view_then("dismiss", 0)

    def test_move_to_another_file_is_a_dismissal_after_the_timeout(
        self, live: LiveServer, editor: MakeEditor, shape: Shape, clock: FakeClock
    ) -> None:
        person = editor(shape=shape)
        shown = show(person)
        person.move_away("game/players.luau", OTHER, OTHER.index("count = ") + len("count = "))
        clock.advance(DISMISS_AFTER_S - 0.5)
        person.warm_up()
        assert events_of(live, shown.completion_id) == []  # they may still come back
        clock.advance(0.5)
        person.warm_up()
        assert events_of(live, shown.completion_id) == view_then("dismiss", 0)

    def test_coming_back_before_the_timeout_keeps_the_suggestion(
        self, live: LiveServer, editor: MakeEditor, shape: Shape, clock: FakeClock
    ) -> None:
        person = editor(shape=shape)
        shown = show(person)
        back = person.filename, person.buffer.cursor
        person.shown = None
        person.open("game/players.luau", OTHER, len(OTHER) - 1)
        person.warm_up()
        clock.advance(DISMISS_AFTER_S - 2.0)  # and a second to read it again: just in time
        person.open(*back)
        person.shown = shown
        person.accept_all()
        assert events_of(live, shown.completion_id) == view_then("select", len(shown.text))

    def test_a_far_jump_in_the_same_file_is_a_dismissal(
        self, live: LiveServer, editor: MakeEditor, shape: Shape, clock: FakeClock
    ) -> None:
        person = editor(shape=shape)
        shown = show(person)
        person.move_away(cursor=len("import"))
        clock.advance(DISMISS_AFTER_S)
        person.warm_up()
        assert events_of(live, shown.completion_id) == view_then("dismiss", 0)

    def test_accepted_characters_add_up_per_client(
        self, live: LiveServer, editor: MakeEditor, shape: Shape
    ) -> None:
        person = editor("counted", shape)
        kept = []
        for act in ("accept_all", "reject", "type_through", "reject"):
            shown = person.shown or show(person)
            if act != "reject":
                kept.append(len(shown.text))
            getattr(person, act)()
        mine = live.get("/mezzo/stats").json()["by_client"][
            live.core.telemetry.hash_client("counted")
        ]
        assert (mine["accepted"], mine["dismissed"]) == (2, 2)
        assert mine["accepted_chars"] == sum(kept)


class TestLlamaVscodeSpeculation:
    def test_the_request_it_sends_as_if_accepted_does_not_count(
        self, live: LiveServer, editor: MakeEditor
    ) -> None:
        person = editor()
        shown = show(person)
        # cacheFutureSuggestion: milliseconds after showing, a request as if it were accepted
        ahead = infill_body(person.buffer, 10, person.window)
        ahead["prompt"] += shown.text
        ahead["filepath"] = person.filename
        speculative = live.post("/infill", ahead, client="editor").json()
        assert speculative["content"]
        person.reject()
        assert events_of(live, shown.completion_id) == view_then("dismiss", 0)
        assert events_of(live, speculative["id"]) == []  # never shown, never counted


# llama.vim's and llama.vscode's idle ring-buffer update: extra context only, no cursor.
RING_UPDATE = {
    "input_prefix": "", "input_suffix": "", "prompt": "", "n_predict": 0, "samplers": [],
    "input_extra": [{"filename": "other.py", "text": "def other():\n    pass\n"}],
    "t_max_prompt_ms": 1, "t_max_predict_ms": 1, "response_fields": [""],
}  # fmt: skip


class TestWarmUps:
    def test_a_warm_up_while_a_suggestion_is_on_screen_is_not_a_cursor_move(
        self, live: LiveServer, editor: MakeEditor, clock: FakeClock
    ) -> None:
        person = editor(send_filepath=False)  # llama.vim sends no file name either
        shown = show(person)
        ring_update = live.post("/infill", RING_UPDATE, client="editor")
        assert ring_update.status_code == 200
        clock.advance(DISMISS_AFTER_S + 1)  # the person reads it for a while, then takes it
        assert live.post("/infill", RING_UPDATE, client="editor").status_code == 200
        assert person.accept_all() is not None
        assert events_of(live, shown.completion_id) == view_then("select", len(shown.text))


class TestExplicitEvents:
    def test_a_client_that_sends_events_is_not_inferred(
        self, live: LiveServer, editor: MakeEditor, clock: FakeClock
    ) -> None:
        tabby = editor("tabby", reports_events=True)
        shown = show(tabby)
        tabby.event("select", shown.completion_id)  # it says: accepted
        tabby.shown = None
        tabby.buffer.insert("count")  # what inference would call a rejection
        later = tabby.ask()
        assert later is not None
        clock.advance(60.0)
        third = tabby.move_away("other.py", "x = \n", 4)  # it reports dismissing `later`
        assert third is not None
        live.core.recorder.inference.flush()
        assert events_of(live, shown.completion_id) == [
            ("view", None, "explicit", None),
            ("select", None, "explicit", None),
        ]
        assert [e[2] for e in events_of(live, later.completion_id)] == ["explicit", "explicit"]
        assert events_of(live, third.completion_id) == [("view", None, "explicit", None)]
        mine = live.get("/mezzo/stats").json()["by_client"][
            live.core.telemetry.hash_client("tabby")
        ]
        assert (mine["viewed"], mine["accepted"], mine["dismissed"]) == (3, 1, 1)

    def test_stats_prefer_explicit_events_over_earlier_inferred_ones(
        self, live: LiveServer, editor: MakeEditor
    ) -> None:
        person = editor("late-reporter")
        shown = show(person)
        person.reject()
        assert events_of(live, shown.completion_id) == view_then("dismiss", 0)
        person.event("select", shown.completion_id, "line")
        stats = live.get("/mezzo/stats").json()
        mine = stats["by_client"][live.core.telemetry.hash_client("late-reporter")]
        assert (mine["viewed"], mine["accepted"], mine["partial"], mine["dismissed"]) == (
            1,
            1,
            1,
            0,
        )


class TestClientsDoNotMix:
    def test_two_clients_interleaved_in_the_same_file_keep_their_own_outcomes(
        self, live: LiveServer, editor: MakeEditor
    ) -> None:
        vscode, ollama = editor("vscode"), editor("continue", Shape.OLLAMA)
        first_v, first_o = show(vscode), show(ollama)
        vscode.accept_all()
        ollama.reject()
        second_v, second_o = vscode.shown, ollama.shown
        assert second_v is not None and second_o is not None
        ollama.accept_all()
        vscode.reject()
        assert events_of(live, first_v.completion_id) == view_then("select", len(first_v.text))
        assert events_of(live, first_o.completion_id) == view_then("dismiss", 0)
        assert events_of(live, second_o.completion_id) == view_then("select", len(second_o.text))
        assert events_of(live, second_v.completion_id) == view_then("dismiss", 0)


class TestShutdown:
    def test_suggestions_still_on_screen_are_judged_when_mezzo_quits(
        self, live: LiveServer, editor: MakeEditor, mezzo_home: Path
    ) -> None:
        person = editor()
        shown = show(person)
        person.pause(person.think_s)  # on screen while the person reads it
        assert events_of(live, shown.completion_id) == []
        live.close()
        assert not (mezzo_home / "telemetry.sqlite3-wal").exists()  # closed and checkpointed
        assert events_of(live, shown.completion_id) == view_then("dismiss", 0)


class TestLlamaVscodeTab:
    def test_tab_counts_the_shown_one_and_the_prefetched_one_is_judged_next(
        self, live: LiveServer, editor: MakeEditor, clock: FakeClock
    ) -> None:
        person = editor()
        shown = show(person)
        ahead = infill_body(person.buffer, 10, person.window) | {"filepath": person.filename}
        ahead["prompt"] += shown.text
        prefetched = live.post("/infill", ahead, client="editor").json()  # cacheFutureSuggestion
        clock.advance(1.0)
        # Tab: the editor inserts the text, shows the prefetched suggestion from its cache and
        # at once pre-fetches as if that one were accepted too.
        person.buffer.insert(shown.text)
        again = dict(ahead)
        again["prompt"] += prefetched["content"]
        live.post("/infill", again, client="editor")
        assert events_of(live, shown.completion_id) == view_then("select", len(shown.text))
        assert events_of(live, prefetched["id"]) == []  # on screen now, not yet judged
        clock.advance(1.0)
        person.shown = Suggestion(prefetched["id"], prefetched["content"])
        person.reject()
        assert events_of(live, prefetched["id"]) == view_then("dismiss", 0)

    def test_without_a_file_path_moving_elsewhere_is_still_a_dismissal(
        self, live: LiveServer, editor: MakeEditor
    ) -> None:
        person = editor(send_filepath=False)  # llama.vscode sends none: one state per client
        shown = show(person)
        person.move_away("game/players.luau", OTHER, len(OTHER) - 1)
        assert events_of(live, shown.completion_id) == view_then("dismiss", 0)


class TestOtherClients:
    def test_a_streamed_suggestion_is_judged_like_a_whole_one(
        self, live: LiveServer, clock: FakeClock
    ) -> None:
        """Continue streams /api/generate by default."""
        prefix = CODE[: CODE.index("data = ") + len("data = ")]
        body = {"prompt": prefix, "suffix": "\n", "options": {"num_predict": 10}}
        with live.http.stream("POST", "/api/generate", json=body) as response:
            frames = [json.loads(line) for line in response.iter_lines() if line]
        text = "".join(frame["response"] for frame in frames)
        completion_id = response.headers[ID_HEADER]
        clock.advance(1.0)
        live.post("/api/generate", {**body, "prompt": prefix + text + "\n", "stream": False})
        assert events_of(live, completion_id) == view_then("select", len(text))

    def test_the_roblox_plugins_embedded_prompt_is_judged_by_its_prefix(
        self, live: LiveServer, clock: FakeClock
    ) -> None:
        def plugin(prefix: str) -> dict:
            prompt = (
                "Complete the Luau code. Output only the middle, between the prefix and suffix."
                f"\n\nPrefix:\n{prefix}\n\nSuffix:\n\nend\n\n\nMiddle:"
            )
            body = {"model": "roblox-luau-completer", "prompt": prompt, "stream": False,
                    "options": {"temperature": 0.1, "num_predict": 10}}  # fmt: skip
            return live.post("/api/generate", body).json()

        prefix = "local function isAlive(humanoid)\n    return "
        first = plugin(prefix)
        assert first["response"]
        clock.advance(1.0)
        plugin(prefix + first["response"] + "\n")
        assert events_of(live, first["id"]) == view_then("select", len(first["response"]))
        assert completion_row(live, first["id"])["language"] == "luau"


class TestInferenceSwitch:
    def test_inference_off_in_settings_writes_no_guesses_but_keeps_explicit_events(
        self, live: LiveServer, editor: MakeEditor
    ) -> None:
        settings = live.core.settings
        settings.update(telemetry=replace(settings.current.telemetry, infer_acceptance=False))
        person = editor()
        shown = show(person)
        person.accept_all()
        live.core.recorder.inference.flush()
        assert events_of(live, shown.completion_id) == []
        person.event("select", shown.completion_id)
        assert events_of(live, shown.completion_id) == [("select", None, "explicit", None)]


class TestAlternatives:
    def test_only_the_first_of_n_cmpl_completions_is_taken_as_shown(
        self, live: LiveServer, clock: FakeClock
    ) -> None:
        """llama.vscode shows the first of its `n_cmpl` answers; the others are only cycled to
        on request, so they must never be judged dismissed when the person moves on."""
        cursor = CODE.index("data = ") + len("data = ")
        head, _, line = CODE[:cursor].rpartition("\n")
        body = {
            "input_prefix": head + "\n",
            "prompt": line,
            "input_suffix": CODE[cursor:],
            "n_predict": 10,
            "samplers": ["top_k", "top_p", "infill"],
            "n_cmpl": 3,
            "response_fields": [],
        }
        answers = live.post("/infill", body, client="alt").json()
        assert answers[0]["content"].strip()
        clock.advance(DISMISS_AFTER_S + 1)
        live.post("/infill", {**body, "n_cmpl": 1, "prompt": "x = 1"}, client="alt")
        first, *alternatives = (events_of(live, a["id"]) for a in answers)
        assert first and first[0][0] == "view"
        assert alternatives == [[], []]
        for answer in answers:
            assert completion_row(live, answer["id"])["completion_chars"] >= 0  # all recorded
