"""Record what llama.vim really sends while a person types, for the replay benchmark.

    python -m tests.e2e.real_clients.record_session \\
        --out resources/samples/sessions/llama_vim_lua.jsonl \\
        --file resources/samples/inventory.luau --minutes 1

Starts a Mezzo server (`python -m desktop_app serve` over a throw-away MEZZO_HOME with default
settings, so the starter model and the default confidence gate; or `--server-cmd` to run
another server, e.g. an older tree's; or `--url` for one already running), puts the recording
proxy (`proxy.py`) in front of it, and drives the vendored llama.vim in Vim under tmux
(`vim_driver.py`) over a copy of `--file`: it goes to one line after another, clears it (`cc`,
which keeps the indent) and types it again at about five characters a second with the odd
pause, as a person rewriting code would. When a suggestion on screen is exactly what is still
to type, it takes it with Tab; at every third line it stops half-way, waits for a suggestion
and takes it whatever it says. Then it writes every request, in send order, in the
"mezzo-client-session" format (see `proxy.py`) and prints a summary: minutes typed, requests,
suggestions shown (the ones llama.vim put on screen, read from its state), suggestions a
minute, and the time from the keystroke to the suggestion on screen (p50 / p95), with how
many answers were empty and why (from Mezzo's telemetry, when its data folder is known).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shlex
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from desktop_app.telemetry.stats import percentile
from tests.e2e.real_clients.displays import Display, displays
from tests.e2e.real_clients.proxy import Exchange, RecordingProxy, session_lines
from tests.e2e.real_clients.vim_driver import UPSTREAM_COMMIT, VimSession, tools_missing

REPO = Path(__file__).resolve().parents[3]
DEFAULT_SERVER_CMD = f"{shlex.quote(sys.executable)} -m desktop_app serve --port {{port}}"
START_TIMEOUT_S = 300.0  # the first start may import the starter model


# --- the server -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def mezzo_server(command: str, home: Path, cwd: Path = REPO) -> Iterator[str]:
    """Run `command` ({port} filled in) in `cwd` with MEZZO_HOME=home; yields its URL once
    /health is 200. Default settings but one: no second listener on Ollama's port (11434),
    which other programs on the machine may want. (`python -m` puts `cwd` first on sys.path,
    so `cwd` is also the tree whose code runs.)"""
    home.mkdir(parents=True, exist_ok=True)
    settings = home / "settings.json"
    if not settings.exists():
        settings.write_text(json.dumps({"server": {"ollama_port": 0}}))
    port = free_port()
    log = (home / "server.log").open("wb")
    process = subprocess.Popen(
        shlex.split(command.format(port=port)),
        cwd=cwd,
        env={**os.environ, "MEZZO_HOME": str(home)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        log.close()


def wait_healthy(url: str, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                return
        time.sleep(0.5)
    raise TimeoutError(f"{url} was not healthy after {START_TIMEOUT_S:.0f} s")


# --- the person -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based, in the file as it is now
    text: str  # without its indentation


def typing_plan(lines: list[str], rng: random.Random) -> list[Line]:
    """Lines of code worth retyping (12 to 72 characters once stripped), in a shuffled order
    that wanders through the file the way a person's attention does."""
    picked = [
        Line(i + 1, line.strip())
        for i, line in enumerate(lines)
        if 12 <= len(line.strip()) <= 72 and not line.strip().startswith(("--", "#", '"""'))
    ]
    rng.shuffle(picked)
    return picked


@dataclass
class Typist:
    vim: VimSession
    rng: random.Random
    deadline: float
    tabs: int = 0

    def retype(self, line: Line, *, take_half_way: bool) -> bool:
        """Go to the line (found by its text: accepted suggestions move lines), clear it and
        type it again; False if the line is no longer there."""
        now = [text.strip() for text in self.vim.latest().lines]
        if line.text not in now:
            return False
        self.vim.ex(str(now.index(line.text) + 1))
        self.vim.key("c", "c")
        text = line.text
        stop_at = len(text) // 2 if take_half_way else len(text)
        typed = 0
        while typed < len(text) and time.monotonic() < self.deadline:
            if typed == stop_at:
                if self._wait_and_take():
                    return True
                stop_at = len(text)
            shown = self.vim.latest().suggestion
            rest = text[typed:]
            exact = shown is not None and "\n" not in shown.text and len(shown.text) >= 3
            if shown is not None and exact and rest.startswith(shown.text):
                self._tab()  # exactly what is still to type: take it
                typed += len(shown.text)
                continue
            self.vim.type(rest[0], pace_s=0)
            typed += 1
            pause = self.vim.pace_s * self.rng.uniform(0.6, 1.4)
            if rest[0] == " " and self.rng.random() < 0.15:
                pause += self.rng.uniform(0.6, 1.5)  # a word to think about
            self.vim.idle(pause)
        self.vim.idle(self.rng.uniform(0.3, 0.8))  # a look at the finished line
        self.vim.key("Escape")
        return True

    def _wait_and_take(self) -> bool:
        """Stop typing, wait a few seconds for a suggestion and take it if one comes."""
        end = min(self.deadline, time.monotonic() + 8.0)
        while time.monotonic() < end:
            if self.vim.latest().suggestion is not None:
                self.vim.idle(self.rng.uniform(0.4, 1.0))  # read it
                if self.vim.latest().suggestion is not None:
                    self._tab()
                    self.vim.idle(0.5)
                    self.vim.key("Escape")
                    return True
            time.sleep(0.05)
        return False

    def _tab(self) -> None:
        before = self.vim.latest()
        self.vim.key("Tab")
        self.tabs += 1
        with contextlib.suppress(TimeoutError):
            self.vim.wait_for(
                lambda s: s.tick != before.tick, "Tab took the suggestion",
                timeout=10, after_seq=before.seq,
            )  # fmt: skip


# --- the summary ------------------------------------------------------------------------------


def completion_reasons(db_path: Path | None) -> dict[str, str]:
    """Mezzo's own word on each completion: its finish reason, or why it was held back."""
    if db_path is None or not db_path.exists():
        return {}
    db = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT id, suppressed, suppress_reason, finish_reason, superseded FROM completions"
        ).fetchall()
    finally:
        db.close()
    return {
        cid: "superseded" if superseded else (reason or "suppressed") if suppressed else finish
        for cid, suppressed, reason, finish, superseded in rows
    }


def request_kind(exchange: Exchange) -> str:
    """llama.vim's three kinds of /infill: the ring-buffer warm-up (n_predict 0), the request
    at the cursor (t_max_predict_ms 250), and the speculative one for the text a Tab would
    leave (the configured t_max_predict_ms, 1000 by default)."""
    body = exchange.body if isinstance(exchange.body, dict) else {}
    if exchange.path != "/infill":
        return exchange.path
    if body.get("n_predict") == 0:
        return "warm-up"
    return "at cursor" if body.get("t_max_predict_ms") == 250 else "speculative"


def summarize(
    exchanges: list[Exchange], shown: list[Display], minutes: float, tabs: int,
    reasons: dict[str, str], stats: dict[str, Any] | None,
) -> dict[str, Any]:  # fmt: skip
    kinds = Counter(request_kind(e) for e in exchanges)
    completions = [e for e in exchanges if request_kind(e) in ("at cursor", "speculative")]
    empty = [e for e in completions if e.status == 200 and not e.content]
    why = Counter(reasons.get(e.completion_id, "unknown") for e in empty)
    first: dict[str, Display] = {}
    for d in shown:
        if d.completion_id and d.completion_id not in first:
            first[d.completion_id] = d
    waits = [d.wait_s * 1000 for d in first.values() if d.fresh]
    non_empty = [e for e in completions if e.content]
    return {
        "minutes_typed": round(minutes, 2),
        "requests": len(exchanges),
        "requests_by_kind": dict(kinds),
        "hung_up": sum(e.hung_up_ms is not None for e in exchanges),
        "answers_with_text": len(non_empty),
        "empty_answers": len(empty),
        "empty_why": dict(why.most_common()),
        "errors": sum(1 for e in exchanges if e.status not in (200, None)),
        "suggestions_shown": len(first),
        "suggestions_per_minute": round(len(first) / minutes, 2) if minutes else None,
        "shown_from_a_fresh_answer": len(waits),
        "keystroke_to_suggestion_ms": {
            "p50": _round(percentile(waits, 50)),
            "p95": _round(percentile(waits, 95)),
        },
        "answers_never_shown": sum(1 for e in non_empty if e.completion_id not in first),
        "tab_accepts": tabs,
        "mezzo_stats": (stats or {}).get("acceptance"),
        "mezzo_suppressed_by_reason": (stats or {}).get("suppressed_by_reason"),
    }


def _round(value: float | None) -> int | None:
    return None if value is None else round(value)


def print_summary(summary: dict[str, Any]) -> None:
    s = summary
    p = s["keystroke_to_suggestion_ms"]
    print(f"minutes typed:          {s['minutes_typed']}")
    print(f"requests sent:          {s['requests']}  {s['requests_by_kind']}")
    print(f"answers with text:      {s['answers_with_text']}")
    print(f"empty answers:          {s['empty_answers']}  {s['empty_why']}")
    print(f"suggestions shown:      {s['suggestions_shown']} (on screen, from llama.vim's state)")
    print(f"suggestions per minute: {s['suggestions_per_minute']}")
    print(f"keystroke -> on screen: p50 {p['p50']} ms, p95 {p['p95']} ms"
          f" (over {s['shown_from_a_fresh_answer']} shown from a fresh answer)")  # fmt: skip
    print(f"answers never shown:    {s['answers_never_shown']}")
    print(f"Tab accepts:            {s['tab_accepts']}")
    print(f"Mezzo's stats:          {s['mezzo_stats']}")


# --- main -------------------------------------------------------------------------------------


def record(args: argparse.Namespace) -> dict[str, Any]:
    missing = tools_missing()
    if missing:
        raise SystemExit(f"needs {', '.join(missing)} on PATH")
    work = Path(tempfile.mkdtemp(prefix="mezzo-record-"))
    rng = random.Random(args.seed)
    try:
        source = Path(args.file)
        target = work / "edit" / source.name
        target.parent.mkdir(parents=True)
        shutil.copy(source, target)
        with contextlib.ExitStack() as stack:
            if args.url:
                url, home = args.url.rstrip("/"), args.mezzo_home
                wait_healthy(url)
            else:
                home = args.mezzo_home or work / "mezzo-home"
                url = stack.enter_context(mezzo_server(args.server_cmd, home, args.server_cwd))
            proxy = stack.enter_context(RecordingProxy(url))
            vim = stack.enter_context(
                VimSession(f"{proxy.url}/infill", work / "vim", cwd=target.parent,
                           pace_s=args.pace, seed=args.seed)
            )  # fmt: skip
            vim.start(Path(target.name))
            started = time.monotonic()
            typist = Typist(vim, rng, started + args.minutes * 60)
            plan = typing_plan(list(vim.latest().lines), rng)
            places = 0
            for line in plan:
                if time.monotonic() >= typist.deadline:
                    break
                if typist.retype(line, take_half_way=places % 3 == 2):
                    places += 1
                    vim.idle(rng.uniform(1.0, 2.5))  # reading, deciding where to go next
            minutes = (time.monotonic() - started) / 60
            vim.key("Escape")
            vim.write()
            vim.ex("qall")
            proxy.wait_idle()
            vim.idle(0.5)
            states, exchanges = vim.states, proxy.snapshot()
            stats = None
            with contextlib.suppress(httpx.HTTPError, ValueError):
                stats = httpx.get(f"{url}/mezzo/stats", timeout=60).json()
        shown = displays(states, exchanges)
        reasons = completion_reasons(Path(home) / "telemetry.sqlite3" if home else None)
        summary = summarize(exchanges, shown, minutes, typist.tabs, reasons, stats)
        note = args.note or (
            f"llama.vim (defaults but the endpoint) in Vim {vim_version()} under tmux, on"
            f" {source.name}: lines retyped at about {1 / args.pace:.0f} characters a second"
            f" with pauses, {summary['tab_accepts']} suggestions taken with Tab, for"
            f" {minutes:.1f} minutes; server: {args.server_label or url}"
        )
        lines = session_lines(
            exchanges, client="llama.vim", client_commit=UPSTREAM_COMMIT, note=note,
            recorded=datetime.now(UTC),
        )  # fmt: skip
        if args.out:
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if args.summary_json:
            Path(args.summary_json).write_text(json.dumps(summary, indent=2) + "\n")
        return summary
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}", file=sys.stderr)


def vim_version() -> str:
    done = subprocess.run(["vim", "--version"], capture_output=True, text=True, check=False)
    first = done.stdout.splitlines()[0] if done.stdout else "vim"
    return first.split("(")[0].replace("VIM - Vi IMproved", "").strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="the session file to write (JSON lines)")
    parser.add_argument("--file", required=True, help="the file to type in (a copy is edited)")
    parser.add_argument("--minutes", type=float, default=1.0)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", help="an already running server to record against")
    source.add_argument(
        "--server-cmd", default=DEFAULT_SERVER_CMD,
        help="the server to start, with {port} for its port; it gets MEZZO_HOME"
        " (default: this tree's `python -m desktop_app serve`)",
    )  # fmt: skip
    parser.add_argument(
        "--server-cwd", type=Path, default=REPO,
        help="where to run --server-cmd; with `python -m`, the tree whose code runs",
    )  # fmt: skip
    parser.add_argument("--mezzo-home", type=Path, help="the server's data folder")
    parser.add_argument("--server-label", help="what to call the server in the note")
    parser.add_argument("--note", help="the header's note (default: says what was typed)")
    parser.add_argument("--pace", type=float, default=0.2, help="mean seconds between keys")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--summary-json", help="also write the summary here")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args(argv)
    print_summary(record(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
