"""The completion service: everything between a parsed request and the words on the wire.

Every dialect, the benchmark and the GUI go through here, so throttling, confidence gating,
telemetry and inferred acceptance behave the same whichever client asked. Nothing here knows
about HTTP.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from dataclasses import dataclass

from desktop_app.core.gating import gate
from desktop_app.core.power import Admission, PowerPolicy, PowerStatus, Throttle
from desktop_app.core.settings import SettingsStore
from desktop_app.engine.decoder import TextSink
from desktop_app.engine.types import CompletionRequest, CompletionResult, StopType
from desktop_app.engine.worker import CompletionJob, EngineWorker

logger = logging.getLogger(__name__)


def new_completion_id() -> str:
    return f"cmpl-{uuid.uuid4().hex}"


@dataclass(frozen=True, slots=True)
class Delivery:
    """What a client is told. `text` is empty when the completion was suppressed or throttled."""

    completion_id: str
    text: str
    result: CompletionResult
    suppressed: str = ""  # why a finished completion is not shown
    throttled: str = ""  # why no completion was computed at all
    retry_after_ms: int | None = None


EMPTY_RESULT = CompletionResult(text="", stop_type=StopType.NONE)


class CompletionService:
    def __init__(
        self, engine: EngineWorker, settings: SettingsStore, policy: PowerPolicy, throttle: Throttle
    ) -> None:
        self.engine = engine
        self._settings = settings
        self._policy = policy
        self._throttle = throttle

    def power_status(self) -> PowerStatus:
        return self._policy.status()

    def admit(self, client_id: str) -> Admission:
        return self._throttle.admit(client_id)

    def refused(self, admission: Admission, completion_id: str = "") -> Delivery:
        """A fast, well-formed empty answer for a request the power policy turned away."""
        return Delivery(
            completion_id or new_completion_id(),
            "",
            EMPTY_RESULT,
            throttled=admission.reason or "throttled",
            retry_after_ms=admission.retry_after_ms,
        )

    def submit(self, request: CompletionRequest, on_text: TextSink | None = None) -> CompletionJob:
        return self.engine.submit(self._apply_power(request, self._policy.status()), on_text)

    def _apply_power(self, request: CompletionRequest, status: PowerStatus) -> CompletionRequest:
        cap = status.n_predict_cap
        if cap is None or request.params.n_predict <= cap:
            return request
        return dataclasses.replace(
            request, params=dataclasses.replace(request.params, n_predict=cap)
        )

    def deliver(
        self,
        request: CompletionRequest,
        result: CompletionResult,
        *,
        completion_id: str = "",
        streamed: bool = False,
    ) -> Delivery:
        """Gate a finished completion. A streamed one was already shown, so it is never hidden."""
        completion_id = completion_id or new_completion_id()
        if streamed or request.raw or request.params.n_predict == 0:
            return Delivery(completion_id, result.text, result)
        decision = gate(
            result.text,
            self._settings.current.gating,
            suffix=request.suffix,
            line_prefix=request.prefix.rsplit("\n", 1)[-1],
            mean_logprob=result.mean_logprob if result.tokens_predicted else None,
            min_logprob=result.min_logprob if result.tokens_predicted else None,
        )
        if decision.suppressed:
            return Delivery(completion_id, "", result, suppressed=str(decision.reason))
        return Delivery(completion_id, result.text, result)

    def superseded(self, completion_id: str = "") -> Delivery:
        return Delivery(
            completion_id or new_completion_id(), "", EMPTY_RESULT, suppressed="superseded"
        )
