"""Which answer each suggestion on screen came from, and how long after the keystroke it came.

llama.vim shows a suggestion either straight from an answer that has just arrived for the
cursor's position, or from its own cache: the rest of an earlier answer the person is typing
through, or the answer to the speculative request it sent for the text a Tab would produce. In
every case the text on screen is what an answer's `content` still has to add to the text before
the cursor. So a display is matched to the newest answer whose request prefix the text before
the cursor extends, and whose prefix plus content extends the text before the cursor by exactly
the suggested text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tests.e2e.real_clients.proxy import Exchange
from tests.e2e.real_clients.vim_driver import Hint, VimState

N_PREFIX = 256  # llama.vim's default n_prefix: lines above the cursor it sends


@dataclass(frozen=True, slots=True)
class Display:
    state: VimState  # the first probe state with this suggestion on screen
    hint: Hint
    exchange: Exchange | None  # the answer it came from, None if no answer matches
    keystroke_t: float  # when the cursor reached the position the suggestion is shown at
    fresh: bool  # the answer arrived after that keystroke (not from llama.vim's cache)

    @property
    def wait_s(self) -> float:
        """From the keystroke to the suggestion on screen."""
        return self.state.t - self.keystroke_t

    @property
    def completion_id(self) -> str:
        return self.exchange.completion_id if self.exchange else ""


def llama_prefix(lines: Sequence[str], hint: Hint) -> str:
    """The prefix llama.vim sends for the hint's position: `input_prefix + prompt`."""
    above = lines[max(0, hint.pos_y - 1 - N_PREFIX) : hint.pos_y - 1]
    return "\n".join(above) + "\n" + hint.line_prefix


def source_of(
    state: VimState, exchanges: Iterable[Exchange], prefer: Exchange | None = None
) -> Exchange | None:
    """The answer the suggestion on screen in `state` comes from. Two answers can offer the
    same text (a newer one that agrees with the rest of the one being typed through); then it
    is still `prefer`, the one already on screen, as it is to the person."""
    hint = state.hint
    if hint is None:
        return None
    before = llama_prefix(state.lines, hint)
    shown = hint.text
    best: Exchange | None = None
    candidates = [prefer] if prefer is not None else []
    for exchange in [*candidates, *exchanges]:
        if exchange.path != "/infill" or not exchange.content or exchange.finished is None:
            continue
        if exchange.finished > state.t + 0.05:  # the probe's clock and ours are one clock
            continue
        prefix = exchange.prefix
        whole = prefix + exchange.content
        if not before.startswith(prefix) or not whole.startswith(before):
            continue
        if whole[len(before) :].rstrip("\n") != shown:
            continue
        if exchange is prefer:
            return prefer
        if best is None or exchange.finished >= (best.finished or 0.0):
            best = exchange
    return best


def displays(states: Sequence[VimState], exchanges: Sequence[Exchange]) -> list[Display]:
    """Every suggestion that came on screen, in order, with its source."""
    result: list[Display] = []
    previous: Hint | None = None
    source: Exchange | None = None
    arrived_t = 0.0
    position: tuple[object, ...] | None = None
    for state in states:
        here = (state.file, state.tick, state.lnum, state.col, state.mode)
        if here != position:
            position, arrived_t = here, state.t
        current = state.suggestion
        if current is not None and current != previous:
            exchange = source = source_of(state, exchanges, source)
            fresh = exchange is not None and (exchange.finished or 0.0) >= arrived_t
            result.append(Display(state, current, exchange, arrived_t, fresh))
        previous = current
    return result
