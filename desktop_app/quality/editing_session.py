"""A person at an editor, played against a Mezzo server, to see acceptance as Mezzo records it.

Most editors never say whether a suggestion was kept (llama.vscode, Continue and the Roblox plugin
send no events), so Mezzo infers it from their next request (`telemetry/inference.py`). This
module plays such editors over real HTTP. It asks for completions as llama.vscode does (`/infill`:
the lines above the cursor as `input_prefix`, the cursor line so far as `prompt`) or as Ollama
clients do (`/api/generate`: `prompt` and `suffix`), "shows" each suggestion, and then acts on it
as a person would: accepts it all, accepts its first line, types it through, types something
else, or moves away. What the person did is the ground truth; `GET /mezzo/stats` is what Mezzo
made of it. A client may instead report on its suggestions itself with Tabby's `/v1/events`.

Typing through is played the way those editors do it: while the typed text agrees with the
suggestion they show the rest from their own cache and send nothing, so the server hears of it
when the suggestion runs out. Every action is followed by the editor asking again at the new
cursor, which is the evidence inference works from. `pause` is how the person takes their time:
`time.sleep` against a real server, a test clock's `advance` in tests.
"""

from __future__ import annotations

import contextlib
import json
import random
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_app.base.settings import EngineSettings, PowerSettings
from desktop_app.quality.harness import throwaway_core
from desktop_app.quality.typing_replay import Editor, EditorWindow, split_lines
from desktop_app.server.app import build_app
from desktop_app.server.runner import ServerThread

CLIENT_HEADER = "X-Mezzo-Client"
ID_HEADER = "X-Mezzo-Completion-Id"
HTTP_TIMEOUT_S = 120.0
# The simulated editors' client ids: two that send no events, one that reports its own.
CLIENTS = ("llama.vscode", "continue", "tabby")


class Shape(StrEnum):
    """How an editor asks for a completion."""

    LLAMA_VSCODE = "llama.vscode"  # POST /infill, input_prefix + prompt + input_suffix
    OLLAMA = "ollama"  # POST /api/generate, prompt + suffix (Continue, Twinny)


class Act(StrEnum):
    """What the person did with a suggestion."""

    ACCEPT_ALL = "accept_all"  # Tab
    ACCEPT_LINE = "accept_line"  # took the first line only (Tabby's select_kind=line)
    TYPE_THROUGH = "type_through"  # typed it out themselves
    REJECT = "reject"  # typed something else
    MOVE_AWAY = "move_away"  # went to another file, or far up the same one

    @property
    def accepted(self) -> bool:
        return self in (Act.ACCEPT_ALL, Act.ACCEPT_LINE, Act.TYPE_THROUGH)


@dataclass(frozen=True, slots=True)
class Suggestion:
    completion_id: str
    text: str  # as the editor shows it


@dataclass(frozen=True, slots=True)
class Choice:
    """The ground truth for one shown suggestion."""

    completion_id: str
    act: Act
    kept_chars: int  # characters of the suggestion now in the buffer


class HttpError(Exception):
    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body}")
        self.status = status
        self.body = body


def http_json(
    url: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[Any, dict[str, str]]:
    """POST `body` as JSON (GET when None); the decoded answer and its headers (lower-case)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_S) as response:
            raw = response.read()
            answer = json.loads(raw) if raw else None
            return answer, {name.lower(): value for name, value in response.headers.items()}
    except urllib.error.HTTPError as exc:
        raise HttpError(exc.code, exc.read().decode("utf-8", "replace")) from exc


def infill_body(editor: Editor, n_predict: int, window: EditorWindow) -> dict[str, Any]:
    """llama.vscode's request: `input_prefix` is whole lines, `prompt` the cursor line so far,
    sent empty when it is only indentation (llama.vscode#39)."""
    prefix, suffix = editor.window(window)
    cut = prefix.rfind("\n") + 1
    line = prefix[cut:]
    return {
        "input_prefix": prefix[:cut],
        "prompt": line if line.strip() else "",
        "input_suffix": suffix,
        "input_extra": [],
        "n_predict": n_predict,
        "top_k": 40,
        "top_p": 0.99,
        "samplers": ["top_k", "top_p", "infill"],
        "cache_prompt": True,
        "t_max_prompt_ms": 500,
        "t_max_predict_ms": 500,
        "stream": False,
    }


def generate_body(editor: Editor, n_predict: int, window: EditorWindow) -> dict[str, Any]:
    prefix, suffix = editor.window(window)
    return {
        "model": "mezzo",
        "prompt": prefix,
        "suffix": suffix or "\n",  # Continue always sends one: an empty suffix means chat
        "stream": False,
        "options": {"num_predict": n_predict, "temperature": 0.0},
    }


@dataclass
class SimulatedEditor:
    """One editor window and the person at it, talking to the server at `url`."""

    url: str
    client: str
    shape: Shape = Shape.LLAMA_VSCODE
    pause: Callable[[float], None] = time.sleep
    think_s: float = 0.5  # reading a suggestion; must exceed inference's speculative window
    n_predict: int = 16
    reports_events: bool = False  # send Tabby events instead of leaving Mezzo to infer
    send_filepath: bool = True  # Mezzo's optional `filepath` field (language, per-file state)
    window: EditorWindow = field(default_factory=EditorWindow)
    files: dict[str, Editor] = field(default_factory=dict)
    filename: str = ""
    shown: Suggestion | None = None
    choices: list[Choice] = field(default_factory=list)

    @property
    def buffer(self) -> Editor:
        return self.files[self.filename]

    def open(self, filename: str, text: str | None = None, cursor: int | None = None) -> None:
        """Switch to `filename` (loading `text` into it the first time); nothing is sent."""
        if filename not in self.files:
            self.files[filename] = Editor(text or "", 0)
        self.filename = filename
        if cursor is not None:
            self.buffer.move(cursor)

    def ask(self) -> Suggestion | None:
        """The editor requests a completion at the cursor and shows it if it is not empty."""
        body, answer, headers = self._request(self.n_predict)
        text = answer["content"] if self.shape is Shape.LLAMA_VSCODE else answer["response"]
        if self.shape is Shape.LLAMA_VSCODE and not body["prompt"]:
            text = text.lstrip(" \t")  # the cursor already sits after the indentation
        self.shown = Suggestion(headers[ID_HEADER.lower()], text) if text.strip() else None
        if self.shown is not None and self.reports_events:
            self.event("view", self.shown.completion_id)
        return self.shown

    def warm_up(self) -> None:
        """An idle editor's request that only fills the cache (llama.vscode's ring-buffer
        warm-up; n_predict 0 in either shape): it shows nothing, but tells where the cursor is."""
        self._request(0)

    def _request(self, n_predict: int) -> tuple[dict[str, Any], Any, dict[str, str]]:
        if self.shape is Shape.LLAMA_VSCODE:
            path, body = "/infill", infill_body(self.buffer, n_predict, self.window)
        else:
            path, body = "/api/generate", generate_body(self.buffer, n_predict, self.window)
        if self.send_filepath:
            body["filepath"] = self.filename
        answer, headers = http_json(self.url + path, body, {CLIENT_HEADER: self.client})
        return body, answer, headers

    def event(self, kind: str, completion_id: str, select_kind: str = "") -> None:
        query = f"?select_kind={select_kind}" if select_kind else ""
        http_json(
            f"{self.url}/v1/events{query}",
            {"type": kind, "completion_id": completion_id, "choice_index": 0},
        )

    # --- the person -----------------------------------------------------------------------------

    def accept_all(self) -> Suggestion | None:
        return self._act(Act.ACCEPT_ALL, lambda s: s.text)

    def type_through(self) -> Suggestion | None:
        # Keystroke by keystroke the editor shows the rest from its cache; the request comes
        # when nothing of the suggestion is left to show.
        return self._act(Act.TYPE_THROUGH, lambda s: s.text)

    def accept_line(self) -> Suggestion | None:
        """Take the suggestion's first line and the line break after it, then write the next
        line oneself. (Editors keep showing the rest after a line is taken, so the rest is still
        this suggestion until the person writes something else.)"""

        def typed(shown: Suggestion) -> str:
            line, _, rest = shown.text.partition("\n")
            return f"{line}\n{other_word(rest)}"

        return self._act(Act.ACCEPT_LINE, typed)

    def reject(self, typed: str = "") -> Suggestion | None:
        """Type something else: `typed`, or a word that differs from the first character on."""
        return self._act(Act.REJECT, lambda s: typed or other_word(s.text))

    def move_away(
        self, filename: str = "", text: str = "", cursor: int = 0, *, rewrite: bool = False
    ) -> Suggestion | None:
        """Go to `filename` (or, with none, to `cursor` far up this file) and ask there;
        `rewrite`: the person starts writing that line anew, so its rest is cleared."""
        shown = self._take()
        self.pause(self.think_s)
        if filename:
            self.open(filename, text, cursor)
        else:
            self.buffer.move(cursor)
        if rewrite:
            clear_rest_of_line(self.buffer)
        self._record(shown, Act.MOVE_AWAY, 0)
        return self.ask()

    def leave(self) -> None:
        """Stop looking at whatever is shown (closing the window, going for coffee)."""
        if self.shown is not None:
            self._record(self._take(), Act.MOVE_AWAY, 0)

    def _act(self, act: Act, typed: Callable[[Suggestion], str]) -> Suggestion | None:
        shown = self._take()
        self.pause(self.think_s)
        chars = typed(shown)
        self.buffer.insert(chars)
        kept = {Act.REJECT: 0, Act.ACCEPT_LINE: chars.find("\n") + 1}.get(act, len(chars))
        self._record(shown, act, kept)
        return self.ask()

    def _take(self) -> Suggestion:
        if self.shown is None:
            raise RuntimeError("no suggestion is shown")
        shown, self.shown = self.shown, None
        return shown

    def _record(self, shown: Suggestion, act: Act, kept: int) -> None:
        self.choices.append(Choice(shown.completion_id, act, kept))
        if self.reports_events:
            if act is Act.ACCEPT_LINE:
                self.event("select", shown.completion_id, "line")
            elif act.accepted:
                self.event("select", shown.completion_id)
            else:
                self.event("dismiss", shown.completion_id)


def other_word(suggestion: str, words: Sequence[str] = ("count", "value", "xs")) -> str:
    """A word a person might type instead, differing from the suggestion's first character."""
    first = suggestion.strip()[:1]
    return next(word for word in words if word[0] != first)


def two_lines(text: str) -> bool:
    """Whether taking the first line keeps something and leaves something."""
    first, _, rest = text.partition("\n")
    return bool(first.strip() and rest.strip())


# --- a whole session ---------------------------------------------------------------------------

WEIGHTS: dict[Act, float] = {
    Act.ACCEPT_ALL: 0.2,
    Act.ACCEPT_LINE: 0.1,
    Act.TYPE_THROUGH: 0.1,
    Act.REJECT: 0.4,
    Act.MOVE_AWAY: 0.2,
}


def cursor_spots(text: str) -> list[int]:
    """Offsets a person might be writing at: after a word, part-way along a line of code."""
    spots, offset = [], 0
    for line in split_lines(text):
        body = line.rstrip("\n")
        stripped = body.lstrip()
        if len(stripped) > 8 and not stripped.startswith(("#", "--", '"', "'")):
            indent = len(body) - len(stripped)
            cut = body.rfind(" ", indent + 1, indent + max(2, len(stripped) // 2))
            spots.append(offset + (cut + 1 if cut > 0 else len(body)))
        offset += len(line)
    return spots


def next_spot(editor: SimulatedEditor, rng: random.Random, *, far_up: bool) -> int:
    """Another spot to write at; `far_up` prefers one above the current line (a far jump, whose
    prefix cannot be mistaken for the person typing on)."""
    text, cursor = editor.buffer.text, editor.buffer.cursor
    others = [spot for spot in cursor_spots(text) if spot != cursor]
    above = [spot for spot in others if spot < text.rfind("\n", 0, cursor)]
    return rng.choice(above if far_up and above else others)


def play(
    editor: SimulatedEditor, filename: str, source: str, suggestions: int, seed: int = 0
) -> list[Choice]:
    """Act on `suggestions` shown suggestions in `source`, each act drawn from WEIGHTS.

    At each spot the person is writing the rest of the line, so it is cleared first: in an
    unchanged file a good model predicts the text already after the cursor, which Mezzo rightly
    suppresses as a repeat.
    """
    rng = random.Random(seed)
    acts, weights = list(WEIGHTS), list(WEIGHTS.values())
    editor.open(filename, source)
    editor.buffer.move(rng.choice(cursor_spots(source)))
    clear_rest_of_line(editor.buffer)
    editor.ask()
    start = len(editor.choices)
    while len(editor.choices) - start < suggestions:
        if editor.shown is None:  # nothing worth showing here: the person writes elsewhere
            editor.pause(editor.think_s)
            editor.buffer.move(next_spot(editor, rng, far_up=False))
            clear_rest_of_line(editor.buffer)
            editor.ask()
            continue
        act = rng.choices(acts, weights)[0]
        if act is Act.MOVE_AWAY:
            editor.move_away(cursor=next_spot(editor, rng, far_up=True), rewrite=True)
        elif act is Act.ACCEPT_LINE and not two_lines(editor.shown.text):
            editor.accept_all()
        else:
            getattr(editor, act.value)()
    return editor.choices[start:]


def clear_rest_of_line(buffer: Editor) -> None:
    end = buffer.text.find("\n", buffer.cursor)
    end = len(buffer.text) if end < 0 else end
    buffer.text = buffer.text[: buffer.cursor] + buffer.text[end:]


def settle(editors: Sequence[SimulatedEditor], wait_s: float) -> None:
    """End the session: each person leaves for a scratch file (a dismissal of whatever was on
    screen), and after inference's dismissal timeout their idle editors send warm-ups, which let
    the server judge everything still pending. The cursor sits after a line of text there: a
    warm-up with an empty prefix says nothing about where the person is."""
    for editor in editors:
        editor.leave()
        scratch = "-- notes\n"
        editor.open(f"scratch-{editor.client}.txt", scratch, len(scratch))
        editor.warm_up()
    if editors:
        editors[0].pause(wait_s)
    for editor in editors:
        editor.warm_up()


def truth(choices: Sequence[Choice]) -> dict[str, Any]:
    acts = Counter(choice.act.value for choice in choices)
    accepted = sum(choice.act.accepted for choice in choices)
    return {
        "shown": len(choices),
        "acts": dict(sorted(acts.items())),
        "accepted": accepted,
        "rate": round(accepted / len(choices), 4) if choices else None,
        "kept_chars": sum(choice.kept_chars for choice in choices),
    }


# --- a server to play against -------------------------------------------------------------------


@contextlib.contextmanager
def in_process_server(
    model: Path,
    *,
    confidence_gate: bool,
    engine: EngineSettings | None = None,
    power: PowerSettings | None = None,
) -> Iterator[tuple[str, Callable[[str], str]]]:
    """A server on a free port with `model`, over a throw-away MEZZO_HOME, so the session's
    telemetry never mixes with the person's own. Yields its URL and a client-hash namer.
    Requests are spaced per client as on mains power unless `power` says otherwise: the people
    here take their time."""
    power = power or PowerSettings()
    with throwaway_core(engine, confidence_gate=confidence_gate, power=power) as core:
        server = ServerThread(build_app(core), 0).start()
        try:
            core.load_model(model).result()
            names = {core.hash_client(name): name for name in CLIENTS}
            yield server.url, lambda key: names.get(key, key[:10])
        finally:
            server.stop()
