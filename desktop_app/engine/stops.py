"""When to stop generating, and how to clean up what was generated.

`StopDetector` sees text as it streams and decides, like llama-server, when a stop string, the
single-line mode, the `n_indent` rule or the line cap ends the middle. It holds back text that
might still turn into a stop string, so a stream never shows characters that a later token
retracts. What merely repeats the code after the cursor is the clean-up's job, after the engine
(`desktop_app.core.syntax_fit`), so that each of its rules can be measured on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.engine.types import StopType


@dataclass(frozen=True, slots=True)
class StopRules:
    stop: Sequence[str] = ()
    single_line: bool = False
    n_indent: int = 0
    max_lines: int = 15


@dataclass(slots=True)
class StopVerdict:
    stop_type: StopType
    stopping_word: str = ""


class StopDetector:
    def __init__(self, rules: StopRules) -> None:
        self._rules = rules
        self._stops = tuple(s for s in rules.stop if s)
        self.text = ""  # everything accepted so far, already cut at a stop
        self._emitted = 0
        self._last_newline = 0  # llama-server's slot.last_nl_pos
        self.verdict: StopVerdict | None = None

    def feed(self, piece: str) -> str:
        """Add generated text; return the part that is now safe to show."""
        if self.verdict is not None:
            return ""
        start = max(0, len(self.text) - max((len(s) for s in self._stops), default=0))
        self.text += piece
        self._check_stop_strings(start)
        if self.verdict is None and self._rules.single_line and "\n" in self.text:
            self.text = self.text[: self.text.index("\n")]
            self.verdict = StopVerdict(StopType.WORD, "\n")
        if self.verdict is None:
            self._check_indent()
        if self.verdict is None:
            self._check_line_cap()
        return self._release()

    def flush(self) -> str:
        """Generation ended: whatever was held back is final."""
        out = self.text[self._emitted :]
        self._emitted = len(self.text)
        return out

    def _check_stop_strings(self, start: int) -> None:
        hits = [(self.text.find(s, start), s) for s in self._stops]
        hits = [(pos, s) for pos, s in hits if pos >= 0]
        if hits:
            pos, word = min(hits)
            self.text = self.text[:pos]
            self.verdict = StopVerdict(StopType.WORD, word)

    def _check_indent(self) -> None:
        """Stop on the first new line indented less than `n_indent`, and drop that line."""
        if self._rules.n_indent <= 0:
            return
        while True:
            if self._last_newline > 0:
                pos = self._last_newline
                while pos < len(self.text) and self.text[pos] in " \t":
                    pos += 1
                if pos < len(self.text) and pos - self._last_newline < self._rules.n_indent:
                    self.text = self.text[: self._last_newline]
                    self.verdict = StopVerdict(StopType.LIMIT)
                    return
                if pos >= len(self.text):
                    return  # the indentation of this line is not known yet
            next_newline = self.text.find("\n", self._last_newline)
            if next_newline < 0:
                return
            self._last_newline = next_newline + 1

    def _check_line_cap(self) -> None:
        cap = self._rules.max_lines
        if cap > 0 and self.text.count("\n") >= cap:
            cut = _nth_index(self.text, "\n", cap)
            self.text = self.text[:cut]
            self.verdict = StopVerdict(StopType.LIMIT)

    def _release(self) -> str:
        if self.verdict is not None:
            return self.flush()
        hold = len(self.text)
        for stop in self._stops:
            for k in range(min(len(stop) - 1, len(self.text)), 0, -1):
                if self.text.endswith(stop[:k]):
                    hold = min(hold, len(self.text) - k)
                    break
        if self._rules.n_indent > 0 and self._last_newline > 0:
            hold = min(hold, self._last_newline)  # the current line may still be cut
        out = self.text[self._emitted : hold] if hold > self._emitted else ""
        self._emitted = max(self._emitted, hold)
        return out


def _nth_index(text: str, needle: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.index(needle, pos + 1)
    return pos


FENCE = re.compile(r"```[\w+-]*\n(.*?)(?:```|$)", re.DOTALL)


def clean_instruction_output(text: str, prefix: str) -> str:
    """Instruction-tuned models answer like a chat: keep the code, drop prose and prefix echo."""
    match = FENCE.search(text)
    if match:
        text = match.group(1)
    text = text.removeprefix("Middle:").lstrip("\n")
    tail = prefix.rsplit("\n", 1)[-1]
    if tail.strip() and text.startswith(tail):
        text = text[len(tail) :]
    return text.rstrip()
