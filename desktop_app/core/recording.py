"""Turning each answered request into telemetry, and feeding acceptance inference.

Every dialect's answers pass through `CompletionRecorder.answered`, so statistics cover all
clients alike. Only counts, timings, lengths and salted hashes reach the database: the prompt and
the completion text go to the in-memory inference state and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.errors import TelemetryError
from desktop_app.engine.types import CompletionRequest, StopType
from desktop_app.telemetry.inference import AcceptanceInference
from desktop_app.telemetry.records import CompletionRecord, language_for, text_shape
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
        inference: AcceptanceInference,
        model: Callable[[], ModelIdentity],
    ) -> None:
        self.store = store
        self.inference = inference
        self._model = model

    def requested(self, request: CompletionRequest) -> None:
        """Every request, answered or not, tells inference where the person's cursor is now."""
        if not request.raw:
            self.inference.on_request(request.client_id, request.filename, request.prefix)

    def answered(self, request: CompletionRequest, delivery: Delivery) -> None:
        result = delivery.result
        model = self._model()
        chars, lines = text_shape(delivery.text)
        superseded = delivery.suppressed == SUPERSEDED
        if superseded:
            finish = "cancelled"
        elif delivery.throttled:
            finish = "throttled"
        else:
            finish = FINISH_REASONS[result.stop_type]
        generated = result.tokens_predicted > 0
        record = CompletionRecord(
            id=delivery.completion_id,
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
        try:
            self.store.record_completion(record)
        except (TelemetryError, OSError) as exc:  # telemetry must never fail a completion
            logger.warning("telemetry record dropped: %s", exc)
        if delivery.text and not request.raw:
            self.inference.on_delivered(
                request.client_id,
                request.filename,
                request.prefix,
                delivery.text,
                delivery.completion_id,
            )

    def event(
        self, kind: str, completion_id: str, choice_index: int = 0, select_kind: str | None = None
    ) -> bool:
        """A Tabby-style event from the editor; raises TelemetryError for a bad one."""
        written = self.store.record_event(kind, completion_id, choice_index, select_kind)
        self.inference.on_explicit_event(completion_id)
        return written

    def close(self) -> None:
        self.inference.flush()
        self.store.close()
