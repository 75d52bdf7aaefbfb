"""The engine worker: the one thread that owns llama.cpp.

Callers submit a `CompletionRequest` and get a `CompletionJob` back, whose `future` resolves on
the worker thread (wrap it with `asyncio.wrap_future` in async code). Each client has at most one
completion: a newer one from the same client supersedes the older, whether it is still queued (it
leaves the queue and fails at once) or already running (then llama.cpp's abort callback stops it
mid-prefill, or the sampling loop stops between tokens). `cancel(job, reason)` does the same for
one job, with the reason the caller gives (the client hung up, Mezzo is quitting). Model loads and
other control work jump ahead of completions.

A cache warm-up (`n_predict` 0, which llama.vim and llama.vscode send in the background to
evaluate their extra context) is a lane of its own: it never cancels the client's completion
(it waits behind it), and a completion never waits behind a warm-up (it supersedes it; the
batches the warm-up finished stay in the KV cache for the completion to reuse).
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.base.errors import (
    CancelReason,
    EngineClosedError,
    EngineNotReadyError,
    MezzoError,
    ModelSwitchError,
    QueueFullError,
    RequestCancelledError,
)
from desktop_app.base.settings import EngineSettings
from desktop_app.engine.decoder import Decoder, ProgressSink, TextSink
from desktop_app.engine.model import LoadedModel, ModelInfo
from desktop_app.engine.prompt import TokenBudget
from desktop_app.engine.types import CompletionRequest, CompletionResult

logger = logging.getLogger(__name__)


class EngineState(StrEnum):
    EMPTY = "empty"
    LOADING = "loading"
    READY = "ready"
    ERROR = "error"


class CompletionJob:
    """One submitted request. Stop it with `EngineWorker.cancel(job, reason)`, from any thread;
    the job itself only carries the flag that the decoder polls."""

    __slots__ = (
        "_cancel_reason",
        "future",
        "not_before",
        "on_progress",
        "on_text",
        "queued_at",
        "request",
    )

    def __init__(
        self,
        request: CompletionRequest,
        on_text: TextSink | None,
        on_progress: ProgressSink | None = None,
        delay_s: float = 0.0,
    ) -> None:
        self.request = request
        self.on_text = on_text  # both callbacks run on the worker thread
        self.on_progress = on_progress
        self.future: Future[CompletionResult] = Future()
        self.queued_at = time.monotonic()
        self.not_before = self.queued_at + delay_s  # the worker starts it no earlier
        self._cancel_reason: CancelReason | None = None

    @property
    def cancel_reason(self) -> CancelReason | None:
        """Why the job was asked to stop; None while nobody has. The decoder polls it."""
        return self._cancel_reason

    def flag(self, reason: CancelReason) -> None:
        """Record why the job must stop (a running one stops at its next check); the first
        reason given is the one kept. Only the worker calls it, under its lock: it touches
        neither the queue nor the future."""
        if self._cancel_reason is None:
            self._cancel_reason = reason

    def fail_cancelled(self) -> None:
        """Fail the future with the flagged reason, unless it already has an outcome."""
        if not self.future.done() and self._cancel_reason is not None:
            self.future.set_exception(RequestCancelledError(self._cancel_reason))


@dataclass(slots=True)
class _Control:
    run: Callable[[], object]
    future: Future[object]


class EngineWorker:
    def __init__(
        self,
        settings: EngineSettings,
        *,
        max_queued: int = 32,
        budget: TokenBudget | None = None,
    ) -> None:
        self._settings = settings
        self._budget = budget or TokenBudget()
        self._max_queued = max_queued
        # _lock guards everything below it; the worker waits on _wake for new work.
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._pending: collections.OrderedDict[Lane, CompletionJob] = collections.OrderedDict()
        self._control: collections.deque[_Control] = collections.deque()
        self._running: CompletionJob | None = None
        # Jobs stopped before they finished, by reason: the one place that shows a
        # cancellation reached the engine rather than only the HTTP side.
        self._cancelled: collections.Counter[CancelReason] = collections.Counter()
        self._closing = False
        self._state = EngineState.EMPTY
        self._last_error: MezzoError | None = None
        self._model: LoadedModel | None = None  # touched only on the worker thread
        self._decoder: Decoder | None = None
        self._info: ModelInfo | None = None
        # The running model's file, template override and name, to go back to after a failed switch.
        self._loaded_from: tuple[Path, str, str] | None = None
        self._thread = threading.Thread(target=self._loop, name="mezzo-engine", daemon=True)
        self._thread.start()

    # --- status (any thread) ----------------------------------------------------------------

    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def model_info(self) -> ModelInfo | None:
        return self._info

    @property
    def last_error(self) -> MezzoError | None:
        return self._last_error

    def queued(self) -> int:
        with self._lock:
            return len(self._pending)

    def cancelled_jobs(self) -> dict[str, int]:
        """How many jobs were cancelled so far, by reason."""
        with self._lock:
            return {reason.value: count for reason, count in self._cancelled.items()}

    # --- work (any thread) ------------------------------------------------------------------

    def submit(
        self,
        request: CompletionRequest,
        on_text: TextSink | None = None,
        on_progress: ProgressSink | None = None,
        *,
        delay_s: float = 0.0,
    ) -> CompletionJob:
        """Queue `request`; with `delay_s` it waits at least that long (the power policy's
        spacing), in the queue, so the client's next request still replaces it meanwhile."""
        job = CompletionJob(request, on_text, on_progress, delay_s)
        with self._lock:
            if self._closing:
                raise EngineClosedError("Mezzo is shutting down.")
            if self._state is not EngineState.READY and not self._control:
                raise EngineNotReadyError(_not_ready_message(self._state, self._last_error))
            for lane in [lane for lane in self._pending if _replaces(request, lane)]:
                self._fail_queued(self._pending.pop(lane), CancelReason.SUPERSEDED)
            running = self._running
            if running is not None and _replaces(request, _lane(running.request)):
                running.flag(CancelReason.SUPERSEDED)
            if len(self._pending) >= self._max_queued:
                raise QueueFullError("Mezzo is busy with other requests; try again shortly.", 0.25)
            self._pending[_lane(request)] = job
            self._wake.notify()
        return job

    def cancel(self, job: CompletionJob, reason: CancelReason) -> None:
        """Stop `job`: still queued, it leaves the queue and fails at once (its slot is free
        for others); running, it stops at its next check; finished, nothing happens."""
        with self._lock:
            lane = _lane(job.request)
            if self._pending.get(lane) is job:
                del self._pending[lane]
                self._fail_queued(job, reason)
            elif self._running is job and not job.future.done():
                job.flag(reason)

    def _fail_queued(self, job: CompletionJob, reason: CancelReason) -> None:
        """Hold _lock. Future callbacks run here, so they must not take the lock."""
        job.flag(reason)
        job.fail_cancelled()
        self._cancelled[reason] += 1

    def load_model(
        self,
        path: Path,
        template_override: str = "",
        name: str = "",
        settings: EngineSettings | None = None,
    ) -> Future[object]:
        """Unload the current model (if any) and load another, without restarting anything.
        `name` is what people call it (its file name by default), for the error below.
        `settings`, when given, replace the engine settings from this load on (the GPU switch,
        the context size: they take effect when a model is loaded).

        Should the new one fail, the one that was running is loaded again and the future fails
        with a `ModelSwitchError` saying why; only when there was none, or it will not load
        either, is the engine left in the error state. The old model is freed first because
        two models at once may not fit in memory, and the memory check needs it gone.
        """

        def load() -> ModelInfo:
            working = self._loaded_from
            self._unload()
            if settings is not None:
                self._settings = settings
            self._state = EngineState.LOADING
            try:
                return self._start(path, template_override, name or path.name)
            except MezzoError as exc:
                if working is None:
                    self._state, self._last_error = EngineState.ERROR, exc
                    raise
                raise self._go_back(working, path, name or path.name, exc) from exc

        self._state = EngineState.LOADING
        return self.call(load)

    def _start(self, path: Path, template_override: str, name: str) -> ModelInfo:
        """Load `path` and serve it; on the worker thread, with no model loaded."""
        model = LoadedModel.load(path, self._settings, template_override)
        self._model = model
        self._decoder = Decoder(model, self._settings, self._budget)
        self._info, self._last_error = model.info, None
        self._loaded_from = (path, template_override, name)
        self._state = EngineState.READY
        return model.info

    def _go_back(
        self, working: tuple[Path, str, str], failed: Path, name: str, reason: MezzoError
    ) -> MezzoError:
        """Load the model that worked again after `failed` did not load; the error to raise."""
        try:
            self._start(*working)
        except MezzoError as again:
            logger.warning("could not go back to %s either: %s", working[2], again)
            self._state, self._last_error = EngineState.ERROR, reason
            return reason
        error = ModelSwitchError(str(failed), reason, name, working[2])
        logger.warning("%s", error)
        self._last_error = error  # the engine is ready again; the status says why it is this one
        return error

    def call(self, run: Callable[[], object]) -> Future[object]:
        """Run `run` on the worker thread, ahead of queued completions."""
        control = _Control(run, Future())
        with self._lock:
            if self._closing:
                raise EngineClosedError("Mezzo is shutting down.")
            self._control.append(control)
            self._wake.notify()
        return control.future

    def tokenize(
        self, text: str, *, add_special: bool = False, parse_special: bool = True
    ) -> Future[object]:
        """`[(id, piece bytes), …]` for `text`, on the worker thread (it owns the model)."""

        def run() -> list[tuple[int, bytes]]:
            model = self._loaded()
            tokens = model.tokenize_as_asked(
                text, add_special=add_special, parse_special=parse_special
            )
            return [(token, model.piece(token)) for token in tokens]

        return self.call(run)

    def detokenize(self, tokens: list[int]) -> Future[object]:
        return self.call(lambda: self._loaded().detokenize(tokens))

    def _loaded(self) -> LoadedModel:
        """The model, on the worker thread; EngineNotReadyError while there is none."""
        if self._model is None:
            raise EngineNotReadyError(_not_ready_message(self._state, self._last_error))
        return self._model

    def set_threads(self, threads: int) -> Future[object]:
        return self.call(lambda: self._model.set_threads(threads) if self._model else None)

    def close(self, timeout: float = 10.0) -> None:
        """Idempotent: fail waiting jobs, stop the running one, free the model."""
        with self._lock:
            if self._closing:
                pending: list[CompletionJob] = []
            else:
                self._closing = True
                pending = list(self._pending.values())
                self._pending.clear()
                if self._running is not None:
                    self._running.flag(CancelReason.SHUTDOWN)
                self._wake.notify()
        for job in pending:
            job.future.set_exception(EngineClosedError("Mezzo is shutting down."))
        self._thread.join(timeout)

    # --- the worker thread ------------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            with self._lock:
                due = self._wait_for_work()
                if self._closing:
                    break
                if self._control:
                    item: _Control | CompletionJob = self._control.popleft()
                else:
                    assert due is not None
                    item = self._pending.pop(due)
                    self._running = item
            if isinstance(item, _Control):
                _run_control(item)
            else:
                self._run_job(item)
                with self._lock:
                    self._running = None
        self._fail_controls()
        self._unload()

    def _wait_for_work(self) -> Lane | None:
        """Hold _lock. Wait until closing, a control job, or a completion whose time has come;
        returns the lane of the oldest such completion (None for closing or a control job)."""
        while not (self._closing or self._control):
            now = time.monotonic()
            due = next((lane for lane, job in self._pending.items() if job.not_before <= now), None)
            if due is not None:
                return due
            waits = [job.not_before - now for job in self._pending.values()]
            self._wake.wait(min(waits) if waits else None)
        return None

    def _run_job(self, job: CompletionJob) -> None:
        if job.cancel_reason is not None:
            self._fail_cancelled(job)
            return
        if self._decoder is None:
            job.future.set_exception(
                EngineNotReadyError(_not_ready_message(self._state, self._last_error))
            )
            return
        try:
            result = self._decoder.run(
                job.request,
                queued_at=job.queued_at,
                cancelled=lambda: job.cancel_reason,
                on_text=job.on_text,
                on_progress=job.on_progress,
            )
        except RequestCancelledError:
            self._fail_cancelled(job)
        except MezzoError as exc:
            job.future.set_exception(exc)
        except Exception as exc:  # a bug must fail one request, never the worker thread
            logger.exception("completion failed")
            job.future.set_exception(exc)
        else:
            job.future.set_result(result)

    def _fail_cancelled(self, job: CompletionJob) -> None:
        job.fail_cancelled()
        with self._lock:
            if job.cancel_reason is not None:
                self._cancelled[job.cancel_reason] += 1

    def _fail_controls(self) -> None:
        with self._lock:
            controls = list(self._control)
            self._control.clear()
        for control in controls:
            control.future.set_exception(EngineClosedError("Mezzo is shutting down."))

    def _unload(self) -> None:
        if self._model is not None:
            self._model.close()
        self._model, self._decoder, self._info = None, None, None
        self._loaded_from = None
        self._state = EngineState.EMPTY


WARM_UP_LANE = -1

Lane = tuple[str, int]  # (client, WARM_UP_LANE or the n_cmpl choice)


def _lane(request: CompletionRequest) -> Lane:
    """Where a request waits: its client's warm-up lane, or the lane of its n_cmpl choice."""
    return request.client_id, WARM_UP_LANE if request.is_warm_up else request.choice


def _replaces(request: CompletionRequest, lane: Lane) -> bool:
    """A warm-up or an alternative replaces only the older one in its own lane; a completion
    (choice 0, the one the editor shows) replaces all of its client's work."""
    client, kind = _lane(request)
    if lane[0] != client:
        return False
    return kind == 0 or lane[1] == kind


def _run_control(control: _Control) -> None:
    try:
        control.future.set_result(control.run())
    except Exception as exc:  # delivered to the caller through the future
        control.future.set_exception(exc)


def _not_ready_message(state: EngineState, error: MezzoError | None) -> str:
    if state is EngineState.LOADING:
        return "The model is still loading."
    if error is not None:
        return f"No model is running: {error}"
    return "No model is loaded yet."
