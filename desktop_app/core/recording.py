"""Turning each answered request into telemetry, and feeding acceptance inference.

Every dialect's answers pass through `CompletionRecorder.answered`, so statistics cover all
clients alike. Only counts, timings, lengths and salted hashes reach the database: the prompt and
the completion text go to the in-memory inference state and nowhere else.

Every write, editors' events included, happens on one writer thread, in arrival order, after the
answer has left: a durable SQLite commit costs an fsync, and neither the person's completion nor
the server's event loop may wait for it. Readers of the database call `flush()` first.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial

from desktop_app.base.errors import TelemetryError
from desktop_app.core.delivery import Delivery, Outcome
from desktop_app.engine.types import CompletionRequest, StopType
from desktop_app.telemetry.inference import AcceptanceInference
from desktop_app.telemetry.records import (
    CompletionRecord,
    EventSource,
    FinishReason,
    language_for,
    text_shape,
)
from desktop_app.telemetry.store import TelemetryStore

logger = logging.getLogger(__name__)

FINISH_REASONS = {
    StopType.EOS: FinishReason.STOP,
    StopType.WORD: FinishReason.STOP,
    StopType.LIMIT: FinishReason.LENGTH,
    StopType.NONE: FinishReason.WARMUP,
}


@dataclass(frozen=True, slots=True)
class ModelIdentity:
    bundle_id: str
    version: str
    sha256: str  # "" for a file outside the bundle store


class CompletionRecorder:
    def __init__(
        self,
        store: TelemetryStore,
        *,
        infer: Callable[[], bool] = lambda: True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`infer` says whether acceptance inference is on; `clock` is the monotonic clock its
        timeouts are measured by. Inference runs on the request path (it is in memory, and its
        timing windows need each request's arrival time); only its writes are queued."""
        self.store = store
        self._work: queue.Queue[Callable[[], object] | None] = queue.Queue()
        self.inference = AcceptanceInference(self, clock=clock, enabled=infer)
        self._writer = threading.Thread(target=self._drain, name="mezzo-telemetry", daemon=True)
        self._writer.start()

    def requested(self, request: CompletionRequest) -> None:
        """Every request, answered or not, tells inference where the person's cursor is now,
        except a cache warm-up that carries no cursor: llama.vim and llama.vscode send one
        with an empty prefix (only their extra context) whenever the person is idle. It still
        lets timed-out suggestions be judged."""
        if request.raw or request.choice:
            return
        if request.is_warm_up and not request.prefix:
            self.inference.tick()
        else:
            self.inference.on_request(
                request.client_id, request.filename, request.prefix, request.suffix
            )

    def answered(
        self, request: CompletionRequest, delivery: Delivery, model: ModelIdentity
    ) -> None:
        """Record an answer; a cancelled one (the client hung up) was never an answer at all.
        Called on the engine thread for computed answers, on the caller's for throttled ones."""
        if delivery.outcome is Outcome.CANCELLED:
            return
        self._work.put(partial(self._record, request, delivery, model, time.time()))
        if request.raw or request.choice or request.is_warm_up:
            return
        self.inference.on_answered(request.client_id)
        if delivery.text:
            self.inference.on_delivered(
                request.client_id, request.filename, request.prefix, delivery.text,
                delivery.completion_id, request.suffix,
            )  # fmt: skip

    def record_event(
        self,
        type: str,
        completion_id: str,
        choice_index: int = 0,
        select_kind: str | None = None,
        source: str = EventSource.EXPLICIT,
        accepted_chars: int | None = None,
    ) -> bool:
        """Inference's event sink: outcomes are written in order, after their completion."""
        self._work.put(
            partial(
                self.store.record_event,
                type,
                completion_id,
                choice_index,
                select_kind,
                source,
                accepted_chars,
            )
        )
        return True

    def event(
        self, kind: str, completion_id: str, choice_index: int = 0, select_kind: str | None = None
    ) -> Future[bool]:
        """A Tabby-style event from the editor, written after everything queued before it (so
        the completion it names is in the database by then). The future fails with
        TelemetryError for a bad event."""
        written: Future[bool] = Future()

        def write() -> None:
            try:
                stored = self.store.record_event(kind, completion_id, choice_index, select_kind)
            except BaseException as exc:
                written.set_exception(exc)
                return
            self.inference.on_explicit_event(completion_id)
            written.set_result(stored)

        self._work.put(write)
        return written

    def flush(self) -> None:
        """Wait until everything handed over so far is written."""
        self._work.join()

    def close(self) -> None:
        """Idempotent: judge pending inferences, write what is queued, close the database."""
        if self._writer.is_alive():
            self.inference.flush()
            self._work.put(None)
            self._writer.join()
        self.store.close()

    def _drain(self) -> None:
        while (task := self._work.get()) is not None:
            try:
                task()
            except (TelemetryError, OSError) as exc:  # telemetry must never fail a completion
                logger.warning("telemetry write dropped: %s", exc)
            except Exception:  # nor take the writer thread down
                logger.exception("telemetry task failed")
            finally:
                self._work.task_done()
        self._work.task_done()

    def _record(
        self, request: CompletionRequest, delivery: Delivery, model: ModelIdentity, at: float
    ) -> None:
        result = delivery.result
        chars, lines = text_shape(delivery.text)
        superseded = delivery.outcome is Outcome.SUPERSEDED
        if superseded:
            finish = FinishReason.CANCELLED
        elif delivery.outcome is Outcome.THROTTLED:
            finish = FinishReason.THROTTLED
        else:
            finish = FINISH_REASONS[result.stop_type]
        held_back = delivery.outcome in (Outcome.SUPPRESSED, Outcome.THROTTLED)
        generated = result.tokens_predicted > 0
        self.store.record_completion(
            CompletionRecord(
                id=delivery.completion_id,
                time=at,
                client_hash=self.store.hash_client(request.client_id),
                model_id=model.bundle_id,
                model_version=model.version,
                adapter=result.adapter,
                language=language_for(request.filename, request.language or None),
                repo_hash=self.store.hash_repo(request.repo_name or None),
                prompt_tokens=result.prompt_tokens,
                tokens_reused=result.tokens_cached,
                queue_ms=result.timings.queue_ms,
                prompt_ms=result.timings.prompt_ms,
                generation_ms=result.timings.predict_ms,
                completion_chars=chars,
                completion_lines=lines,
                mean_logprob=result.mean_logprob if generated else None,
                min_logprob=result.min_logprob if generated else None,
                finish_reason=finish,
                suppressed=held_back,
                suppress_reason=delivery.reason.value if held_back and delivery.reason else "",
                superseded=superseded,
                dialect=request.origin,
            )
        )
