"""Turning each answered request into telemetry, and feeding acceptance inference.

Every dialect's answers pass through `CompletionRecorder.answered`, so statistics cover all
clients alike. Only counts, timings, lengths and salted hashes reach the database: the prompt and
the completion text go to the in-memory inference state and nowhere else.

Recording happens on one writer thread, in arrival order, after the answer has left: a durable
SQLite commit costs an fsync, and the person's completion must not wait for it. Readers of the
database call `flush()` first.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from desktop_app.core.errors import TelemetryError
from desktop_app.engine.types import CompletionRequest, StopType
from desktop_app.telemetry.inference import AcceptanceInference
from desktop_app.telemetry.records import (
    CompletionRecord,
    EventSource,
    language_for,
    text_shape,
)
from desktop_app.telemetry.store import TelemetryStore

if TYPE_CHECKING:
    from desktop_app.core.completions import Delivery

logger = logging.getLogger(__name__)

SUPERSEDED = "superseded"

FINISH_REASONS = {
    StopType.EOS: "stop",
    StopType.WORD: "stop",
    StopType.LIMIT: "length",
    StopType.NONE: "warmup",
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
        model: Callable[[], ModelIdentity],
        *,
        infer: Callable[[], bool] = lambda: True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`infer` says whether acceptance inference is on; `clock` is the monotonic clock its
        timeouts are measured by. Inference runs on the request path (it is in memory, and its
        timing windows need each request's arrival time); only its writes are queued."""
        self.store = store
        self._model = model
        self._work: queue.Queue[Callable[[], object] | None] = queue.Queue()
        self.inference = AcceptanceInference(self, clock=clock, enabled=infer)
        self._writer = threading.Thread(target=self._drain, name="mezzo-telemetry", daemon=True)
        self._writer.start()

    def requested(self, request: CompletionRequest) -> None:
        """Every request, answered or not, tells inference where the person's cursor is now."""
        if not request.raw:
            self.inference.on_request(request.client_id, request.filename, request.prefix)

    def answered(self, request: CompletionRequest, delivery: Delivery) -> None:
        self._work.put(partial(self._record, request, delivery, self._model(), time.time()))
        if delivery.text and not request.raw:
            self.inference.on_delivered(
                request.client_id, request.filename, request.prefix, delivery.text,
                delivery.completion_id,
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
    ) -> bool:
        """A Tabby-style event from the editor; raises TelemetryError for a bad one."""
        self.flush()  # the completion it names may still be on its way to the database
        written = self.store.record_event(kind, completion_id, choice_index, select_kind)
        self.inference.on_explicit_event(completion_id)
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
        superseded = delivery.suppressed == SUPERSEDED
        if superseded:
            finish = "cancelled"
        elif delivery.throttled:
            finish = "throttled"
        else:
            finish = FINISH_REASONS[result.stop_type]
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
                suppressed=bool(delivery.suppressed or delivery.throttled) and not superseded,
                suppress_reason="" if superseded else delivery.suppressed or delivery.throttled,
                superseded=superseded,
                dialect=request.origin,
            )
        )
