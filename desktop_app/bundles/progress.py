"""Progress events and the cancel token that every long bundle operation takes.

Like Ollama's `PullModel(ctx, …, fn)`: the caller passes a callback that receives `Progress`
values (bytes, rate, ETA) and a `CancelToken` it may pause or cancel from any thread. The CLI
turns the callback into a progress bar; the GUI turns it into a Qt signal. Callbacks fire on the
thread that runs the operation.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Literal

from desktop_app.base.errors import DownloadCancelledError, DownloadPausedError

Phase = Literal["download", "verify", "install"]


@dataclass(frozen=True, slots=True)
class Progress:
    bundle: str
    phase: Phase
    done_bytes: int
    total_bytes: int
    rate_bps: float  # over this session only: bytes resumed from a .part are not counted
    eta_s: float | None
    resumed_from: int = 0

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 0.0


ProgressCallback = Callable[[Progress], None]


def ignore_progress(_: Progress) -> None:
    return None


class CancelToken:
    """Stop a running operation: `pause()` keeps the partial download, `cancel()` deletes it.

    A stopped token stays stopped; to resume, call the operation again with a fresh token and it
    continues from the partial file.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()  # guards _state
        self._state: Literal["running", "paused", "cancelled"] = "running"

    @property
    def state(self) -> str:
        return self._state

    def pause(self) -> None:
        with self._lock:
            if self._state == "running":
                self._state = "paused"

    def cancel(self) -> None:
        with self._lock:
            self._state = "cancelled"

    def raise_if_stopped(self) -> None:
        state = self._state
        if state == "paused":
            raise DownloadPausedError("Download paused. Pull the model again to continue.")
        if state == "cancelled":
            raise DownloadCancelledError("Download cancelled.")


class ByteMeter:
    """Counts bytes of one phase and reports them; the per-chunk place to stop a transfer."""

    def __init__(
        self,
        bundle: str,
        phase: Phase,
        total: int,
        callback: ProgressCallback,
        cancel: CancelToken,
        initial: int = 0,
        checkpoint: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._bundle, self._phase, self._total = bundle, phase, total
        self._callback, self._cancel, self._checkpoint = callback, cancel, checkpoint
        self._initial = self._done = initial
        self._clock = clock
        self._started = clock()

    @property
    def done(self) -> int:
        return self._done

    def start(self) -> None:
        self._emit()

    def advance(self, n: int) -> None:
        """Called before each chunk is written: raising here drops that chunk and nothing else."""
        self._cancel.raise_if_stopped()
        if self._checkpoint is not None:
            self._checkpoint()
        self._done += n
        self._emit()

    def rewind(self, n: int) -> None:
        self._done = max(self._done - n, 0)
        self._initial = min(self._initial, self._done)

    def _emit(self) -> None:
        elapsed = max(self._clock() - self._started, 1e-6)
        rate = (self._done - self._initial) / elapsed
        remaining = max(self._total - self._done, 0)
        eta = remaining / rate if rate > 0 else None
        self._callback(
            Progress(self._bundle, self._phase, self._done, self._total, rate, eta, self._initial)
        )

    def tqdm_class(self) -> Callable[..., _MeterBar]:
        """A stand-in for tqdm that huggingface_hub's `http_get(tqdm_class=…)` accepts."""

        def make(**kwargs: object) -> _MeterBar:
            initial = kwargs.get("initial")
            if isinstance(initial, int) and initial != self._done:
                # http_get restarts from zero when a server ignores Range: follow it.
                self._initial = self._done = initial
            return _MeterBar(self)

        return make


class _MeterBar:
    """The three things http_get does with a progress bar: enter, update(n), exit."""

    def __init__(self, meter: ByteMeter) -> None:
        self._meter = meter

    def __enter__(self) -> _MeterBar:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def update(self, n: int) -> None:
        if n < 0:  # http_get rewinds when a server ignores Range and restarts from zero
            self._meter.rewind(-n)
            return
        self._meter.advance(n)
