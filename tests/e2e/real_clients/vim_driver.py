"""Drive a real Vim running the vendored llama.vim under tmux, and read what the plugin shows.

`VimSession` starts a private tmux server (its own socket, `tmux -L <unique>`, no user config)
with one pane of a fixed size running `vim -Nu <generated vimrc>`. The vimrc puts only the
vendored plugin and `$VIMRUNTIME` on 'runtimepath' and sets `g:llama_config` to llama.vim's
defaults except the endpoint. Keys go in with `tmux send-keys`: text one character at a time, at
a human pace, as hex bytes (`-H`, so `;` and non-ASCII text reach Vim unchanged), and named
keys (`Tab`, `Escape`, `Enter`) as tmux key names, so the plugin's own `<Tab>` mapping fires.

How a suggestion is detected: from the plugin's own state, not from the screen. The vimrc adds
a probe that runs on Vim's `SafeState` and `SafeStateAgain` events (Vim is about to wait for a
key: after every keystroke, and after every timer and job callback, which is where llama.vim
renders a response) and on a 50 ms timer as a backstop. It reads llama.vim's script-local
variables through `getscriptinfo({'sid': …}).variables`: `s:fim_hint_shown` and `s:fim_data`
(the cursor position the hint was rendered at, the line, `content` and `can_accept`), which are
exactly what `llama#fim_accept('full')` inserts on Tab. It also counts the plugin's text
properties on the cursor line, as a check that the hint is drawn. Whenever any of that, the
mode, the cursor or the buffer changes, the probe appends one JSON line (with Vim's wall-clock
time and, when the buffer changed, its lines) to a log file that this driver tails. Compared
with scraping `capture-pane`, this tells the suggestion apart from the text and from the
statistics line llama.vim prints next to it, keeps the exact text including trailing spaces
and the lines drawn below the cursor, and misses no hint however briefly it is shown.
(`prop_list()` does not return virtual text in Vim 9.0, so reading the props alone would not do.)

Teardown always kills the tmux server, which takes Vim and its curl jobs with it.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PLUGIN_DIR = Path(__file__).resolve().with_name("llama.vim")
UPSTREAM_COMMIT = "a1c8e6e40cb45df59b78add5b65d575386832465"  # see llama.vim/README.md

# Generous: the machine may be slow and shared. Waits only guard against a hang.
DEFAULT_WAIT_S = 30.0


def tools_missing() -> list[str]:
    """The programs this driver needs that are not on PATH (curl: llama.vim's transport)."""
    return [name for name in ("vim", "tmux", "curl") if shutil.which(name) is None]


@dataclass(frozen=True, slots=True)
class Hint:
    """llama.vim's `s:fim_data`: the suggestion it rendered and would insert on Tab."""

    pos_x: int  # byte offset of the cursor in the line when the hint was rendered
    pos_y: int  # its line number
    line_cur: str  # that line as the plugin saw it
    content: tuple[str, ...]  # the suggestion's lines; the last ends with `line_suffix`
    can_accept: bool

    @property
    def line_prefix(self) -> str:
        return _bytes_slice(self.line_cur, 0, self.pos_x)

    @property
    def line_suffix(self) -> str:
        """The text that was right of the cursor; the plugin appends it to the last line."""
        return _bytes_slice(self.line_cur, self.pos_x, None)

    @property
    def text(self) -> str:
        """The suggested text itself, as the person sees it offered at the cursor."""
        joined = "\n".join(self.content)
        suffix = self.line_suffix
        return joined[: len(joined) - len(suffix)] if suffix else joined

    def accepted_lines(self) -> list[str]:
        """What line `pos_y` becomes after a full accept (Tab), as `llama#fim_accept` writes it:
        `setline(pos_y, line_cur[:(pos_x - 1)] . content[0])`, then the other lines below."""
        # Vim's `s[:-1]` is the whole string, so at column 0 the plugin keeps the whole line.
        head = self.line_cur if self.pos_x == 0 else self.line_prefix
        return [head + self.content[0], *self.content[1:]]


@dataclass(frozen=True, slots=True)
class VimState:
    """One line of the probe log: Vim and llama.vim as they were at `t`."""

    seq: int
    t: float  # wall clock (time.time()'s clock: Vim's reltime() is gettimeofday)
    mode: str
    file: str  # the current buffer's file name, as given to Vim
    lnum: int
    col: int  # 1-based byte column
    tick: int  # b:changedtick
    modified: bool
    shown: bool  # s:fim_hint_shown: a hint (maybe only the info line) is on screen
    hint: Hint | None  # s:fim_data while shown
    props: int  # llama_hl_fim_hint text properties on the cursor line
    lines: tuple[str, ...]  # the whole buffer

    @property
    def suggestion(self) -> Hint | None:
        """The suggestion on screen that Tab would accept, if any. An empty response is also
        "shown" (the info line), but with nothing to accept."""
        hint = self.hint
        if self.shown and hint is not None and hint.can_accept and hint.text.strip():
            return hint
        return None

    @property
    def line(self) -> str:
        return self.lines[self.lnum - 1] if 0 < self.lnum <= len(self.lines) else ""

    @property
    def before_cursor(self) -> str:
        return _bytes_slice(self.line, 0, self.col - 1)

    @property
    def insert_mode(self) -> bool:
        return self.mode.startswith("i")


def _bytes_slice(text: str, start: int, end: int | None) -> str:
    """Vim counts columns in bytes."""
    return text.encode()[start:end].decode(errors="replace")


# The probe. It only reads: llama.vim's variables through getscriptinfo(), the cursor, the
# buffer. `s:probe_key` holds what was last written, so an unchanged state writes nothing.
_PROBE = r"""
let s:probe_log = '%(log)s'
let s:probe_key = ''
let s:probe_seq = 0
let s:probe_sid = 0
let s:probe_lines_key = ''

function! s:ProbeSid() abort
  if s:probe_sid == 0
    let l:found = getscriptinfo({'name': 'autoload/llama\.vim$'})
    if !empty(l:found)
      let s:probe_sid = l:found[0].sid
    endif
  endif
  return s:probe_sid
endfunction

function! s:Probe() abort
  let l:shown = v:false
  let l:data = {}
  if s:ProbeSid() > 0
    let l:vars = getscriptinfo({'sid': s:probe_sid})[0].variables
    let l:shown = get(l:vars, 'fim_hint_shown', v:false) ? v:true : v:false
    if l:shown
      let l:data = get(l:vars, 'fim_data', {})
    endif
  endif
  let l:props = len(prop_type_get('llama_hl_fim_hint')) > 0
        \ ? len(prop_list(line('.'), {'types': ['llama_hl_fim_hint']})) : 0
  let l:state = {
        \ 'mode': mode(1), 'file': expand('%%'), 'lnum': line('.'), 'col': col('.'),
        \ 'tick': b:changedtick, 'modified': &modified ? v:true : v:false,
        \ 'shown': l:shown, 'hint': l:data, 'props': l:props,
        \ }
  let l:key = json_encode(l:state)
  if l:key ==# s:probe_key
    return
  endif
  let s:probe_key = l:key
  let s:probe_seq += 1
  let l:state.seq = s:probe_seq
  let l:state.t = reltimestr(reltime())
  let l:lines_key = bufnr('%%') .. ':' .. b:changedtick
  if l:lines_key !=# s:probe_lines_key
    let s:probe_lines_key = l:lines_key
    let l:state.lines = getline(1, '$')
  endif
  call writefile([json_encode(l:state)], s:probe_log, 'a')
endfunction

augroup mezzo_probe
  autocmd!
  autocmd SafeState,SafeStateAgain * call s:Probe()
augroup END
call timer_start(50, {-> s:Probe()}, {'repeat': -1})
"""


def vimrc_text(
    endpoint: str, probe_log: Path, config: dict[str, Any] | None = None, seed: int = 7
) -> str:
    """A minimal vimrc: the vendored plugin, llama.vim's defaults but the endpoint, the probe.

    Settings that are not llama.vim's, and why: 'runtimepath' holds only the plugin and Vim's
    own runtime, and there is no viminfo, swap or backup file, so nothing from the machine's
    own Vim set-up leaks in; 'ttimeoutlen' is short so that Esc leaves Insert mode at once
    instead of Vim waiting to see whether it starts a key code (the person would wait too; a
    test would only be slower); 'autoindent' is on, as almost every Vim user has it, so a new
    line starts at the indentation of the one above.

    `g:llama_config` sets only `endpoint_fim` (the current name of the old `endpoint` key,
    which the plugin renames with a warning): every other option keeps llama.vim's default
    (n_prefix 256, n_suffix 64, n_predict 128, t_max_prompt_ms 500, t_max_predict_ms 1000,
    show_info 2, auto_fim on, max_line_suffix 8, ring_n_chunks 16, Tab / Shift-Tab accept).
    `config` may override more for a particular experiment; the tests pass none.
    """
    llama_config = {"endpoint_fim": endpoint, **(config or {})}
    lines = [
        '" Generated by tests/e2e/real_clients/vim_driver.py',
        "set nocompatible",
        f"set runtimepath={_vim_path(PLUGIN_DIR)},$VIMRUNTIME",
        "set viminfo= noswapfile nobackup nowritebackup",
        "set ttimeout ttimeoutlen=10",
        "set autoindent",
        "set encoding=utf-8",
        "filetype plugin indent on",
        # llama.vim picks its extra-context chunks with rand(); a fixed seed makes the prompts,
        # and so the starter's answers, the same from run to run (a test-only Vim function;
        # nothing else changes).
        f"call test_srand_seed({int(seed)})",
        f"let g:llama_config = {_vim_value(llama_config)}",
        _PROBE % {"log": str(probe_log).replace("'", "''")},
    ]
    return "\n".join(lines) + "\n"


def _vim_path(path: Path) -> str:
    return str(path).replace("\\", "\\\\").replace(",", "\\,").replace(" ", "\\ ")


def _vim_value(value: Any) -> str:
    """A Vim literal: JSON is valid Vim for strings, numbers, lists and dicts; booleans are
    v:true / v:false."""
    if isinstance(value, bool):
        return "v:true" if value else "v:false"
    if isinstance(value, dict):
        items = ", ".join(f"{json.dumps(k)}: {_vim_value(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_vim_value(v) for v in value) + "]"
    return json.dumps(value)


@dataclass
class VimSession:
    """Vim with llama.vim in a tmux pane; use as a context manager (teardown kills tmux).

    `pace_s` is the mean pause between typed characters (0.2 s: about 5 characters a second,
    an unhurried typist), varied by a seeded random generator so runs are repeatable.
    """

    endpoint: str
    workdir: Path  # the driver's own files: vimrc, probe log, tmux config
    cwd: Path | None = None  # Vim's working directory (default: workdir)
    width: int = 120
    height: int = 40
    pace_s: float = 0.2
    seed: int = 7
    config: dict[str, Any] | None = None
    socket: str = field(default_factory=lambda: f"mezzo-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    _states: list[VimState] = field(default_factory=list, init=False)
    _offset: int = field(default=0, init=False)
    _buffers: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False)
    _started: bool = field(default=False, init=False)
    _socket_path: str = field(default="", init=False)
    _random: random.Random = field(init=False)
    keystrokes: list[tuple[float, str]] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.cwd = self.cwd or self.workdir
        self.probe_log = self.workdir / "probe.jsonl"
        self.vimrc = self.workdir / "vimrc"
        self.tmux_conf = self.workdir / "tmux.conf"

    # --- lifecycle ----------------------------------------------------------------------------

    def __enter__(self) -> VimSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def start(self, *files: Path, timeout: float = DEFAULT_WAIT_S) -> VimState:
        """Open `files` (relative to `cwd`, as a person names them) in Vim and wait until
        Vim is in Normal mode with the plugin loaded. A startup message (on Vim 9.0 llama.vim
        warns that it wants 9.1) leaves Vim at a hit-enter prompt; Enter is pressed, as the
        person would."""
        self.probe_log.write_text("")
        self.vimrc.write_text(vimrc_text(self.endpoint, self.probe_log, self.config, self.seed))
        # No user config; Esc must reach Vim at once; no status line, so Vim has the pane.
        self.tmux_conf.write_text("set -g escape-time 0\nset -g status off\n")
        command = ["vim", "-Nu", str(self.vimrc), "-i", "NONE", *map(str, files)]
        self._started = True
        self._tmux(
            "-f", str(self.tmux_conf), "new-session", "-d", "-s", "vim",
            "-x", str(self.width), "-y", str(self.height), "-c", str(self.cwd),
            "--", *command,
        )  # fmt: skip
        self._socket_path = self._tmux("display-message", "-p", "#{socket_path}").strip()
        deadline = time.monotonic() + timeout
        while True:
            self.poll()
            if self._states and self._states[-1].mode == "n":
                return self._states[-1]
            if "Press ENTER" in self.screen():
                self.key("Enter")
            if time.monotonic() > deadline:
                raise AssertionError(f"Vim did not start; the screen:\n{self.screen()}")
            time.sleep(0.1)

    def close(self) -> None:
        if self._started:
            self._started = False
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                self._tmux("kill-server", check=False)
            if self._socket_path:  # tmux leaves its socket file behind
                with contextlib.suppress(OSError):
                    Path(self._socket_path).unlink()

    def _tmux(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args[:3])}: {done.stderr.strip()}")
        return done.stdout

    # --- keys ---------------------------------------------------------------------------------

    def key(self, *names: str) -> None:
        """Press named keys (tmux names: Tab, BTab for Shift-Tab, Escape, Enter, Up, …)."""
        for name in names:
            self.keystrokes.append((time.time(), name))
            self._tmux("send-keys", "-t", "vim", name)

    def type(self, text: str, *, pace_s: float | None = None) -> None:
        """Type `text` one character at a time, pausing like a person between characters
        (a newline is the Enter key). Pass pace_s=0 to send it at once."""
        pace = self.pace_s if pace_s is None else pace_s
        for char in text:
            if char == "\n":
                self.key("Enter")
            else:
                self.keystrokes.append((time.time(), char))
                self._tmux("send-keys", "-t", "vim", "-H", *(f"{b:02x}" for b in char.encode()))
            if pace:
                time.sleep(pace * self._random.uniform(0.6, 1.4))

    def ex(self, command: str) -> None:
        """Run an Ex command from Normal mode (`:` typed quickly, as people type commands)."""
        self.type(":" + command, pace_s=0.02)
        self.key("Enter")

    # --- what Vim shows -----------------------------------------------------------------------

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "vim", check=False)

    def poll(self) -> list[VimState]:
        """Read new probe lines; returns the states read."""
        try:
            with self.probe_log.open("rb") as log:
                log.seek(self._offset)
                data = log.read()
        except FileNotFoundError:
            return []
        end = data.rfind(b"\n") + 1  # only whole lines: Vim may be writing the next one
        self._offset += end
        fresh = []
        for raw in data[:end].splitlines():
            if raw.strip():
                fresh.append(self._state(json.loads(raw)))
        self._states.extend(fresh)
        return fresh

    def _state(self, raw: dict[str, Any]) -> VimState:
        file = raw["file"]
        if "lines" in raw:
            self._buffers[file] = tuple(raw["lines"])
        data = raw.get("hint") or {}
        hint = None
        if data:
            hint = Hint(
                pos_x=int(data["pos_x"]),
                pos_y=int(data["pos_y"]),
                line_cur=data["line_cur"],
                content=tuple(data["content"]),
                can_accept=bool(data["can_accept"]),
            )
        return VimState(
            seq=raw["seq"],
            t=float(raw["t"]),
            mode=raw["mode"],
            file=file,
            lnum=raw["lnum"],
            col=raw["col"],
            tick=raw["tick"],
            modified=bool(raw["modified"]),
            shown=bool(raw["shown"]),
            hint=hint,
            props=raw["props"],
            lines=self._buffers.get(file, ()),
        )

    @property
    def states(self) -> list[VimState]:
        self.poll()
        return list(self._states)

    def latest(self) -> VimState:
        self.poll()
        if not self._states:
            raise AssertionError("the probe has written nothing")
        return self._states[-1]

    def wait_for(
        self,
        condition: Callable[[VimState], bool],
        what: str,
        *,
        timeout: float = DEFAULT_WAIT_S,
        after_seq: int = 0,
    ) -> VimState:
        """The first state after `after_seq` that meets `condition`; a deadline guards only
        against a hang and is never a measurement."""
        deadline = time.monotonic() + timeout
        checked = 0
        while True:
            self.poll()
            for state in self._states[checked:]:
                if state.seq > after_seq and condition(state):
                    return state
            checked = len(self._states)
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out waiting until {what}; the screen:\n{self.screen()}")
            time.sleep(0.02)

    def wait_for_suggestion(
        self, *, timeout: float = DEFAULT_WAIT_S, after_seq: int | None = None
    ) -> VimState:
        """The first state (after `after_seq`, default: from now on) with an acceptable
        suggestion on screen in Insert mode, still shown when this returns."""
        start = self.latest().seq - 1 if after_seq is None else after_seq
        found = self.wait_for(
            lambda s: s.insert_mode and s.suggestion is not None,
            "llama.vim shows a suggestion",
            timeout=timeout,
            after_seq=start,
        )
        return self.current_suggestion_state(found)

    def current_suggestion_state(self, found: VimState) -> VimState:
        """`found`, or the newest state if it changed since; raises if the hint is gone."""
        now = self.latest()
        if now.seq != found.seq and now.suggestion != found.suggestion:
            raise AssertionError(f"the suggestion changed before it could be used: {now}")
        return now

    def idle(self, seconds: float) -> None:
        """Sit and read the screen for a while (keeps reading the probe log)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.poll()
            time.sleep(0.05)

    def write(self, timeout: float = DEFAULT_WAIT_S) -> VimState:
        """`:w` from Normal mode, and wait until Vim says the buffer is saved."""
        before = self.latest().seq
        self.ex("w")
        return self.wait_for(
            lambda s: s.mode == "n" and not s.modified, "the file is written",
            timeout=timeout, after_seq=before,
        )  # fmt: skip
