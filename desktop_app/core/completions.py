"""The completion service: everything between a parsed request and the words on the wire.

Every dialect, the benchmark and the GUI go through here, so throttling, confidence gating,
telemetry and inferred acceptance behave the same whichever client asked. Nothing here knows
about HTTP.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.gating import gate
from desktop_app.core.power import Admission, PowerPolicy, PowerStatus, Throttle
from desktop_app.core.recording import SUPERSEDED, CompletionRecorder
from desktop_app.core.settings import SettingsStore
from desktop_app.engine.decoder import TextSink
from desktop_app.engine.types import (
    AdapterChoice,
    CompletionRequest,
    CompletionResult,
    StopType,
)
from desktop_app.engine.worker import CompletionJob, EngineWorker
from desktop_app.telemetry.records import new_completion_id

logger = logging.getLogger(__name__)


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


AdapterChooser = Callable[[CompletionRequest], AdapterChoice]


class CompletionService:
    def __init__(
        self,
        engine: EngineWorker,
        settings: SettingsStore,
        policy: PowerPolicy,
        throttle: Throttle,
        *,
        recorder: CompletionRecorder | None = None,
        choose_adapter: AdapterChooser = lambda _request: AdapterChoice(),
    ) -> None:
        self.engine = engine
        self._settings = settings
        self._policy = policy
        self._throttle = throttle
        self._recorder = recorder
        self._choose_adapter = choose_adapter

    def admit(self, request: CompletionRequest) -> Admission:
        """Every request passes here first, so inference sees each keystroke, admitted or not."""
        if self._recorder is not None:
            self._recorder.requested(request)
        return self._throttle.admit(request.client_id)

    def refused(
        self, request: CompletionRequest, admission: Admission, completion_id: str = ""
    ) -> Delivery:
        """A fast, well-formed empty answer for a request the power policy turned away."""
        return self._record(
            request,
            Delivery(
                completion_id or new_completion_id(),
                "",
                EMPTY_RESULT,
                throttled=admission.reason or "throttled",
                retry_after_ms=admission.retry_after_ms,
            ),
        )

    def submit(self, request: CompletionRequest, on_text: TextSink | None = None) -> CompletionJob:
        request = self._apply_power(request, self._policy.status())
        if not request.raw and not request.adapter.name:
            request = dataclasses.replace(request, adapter=self._choose_adapter(request))
        return self.engine.submit(request, on_text)

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
            return self._record(request, Delivery(completion_id, result.text, result))
        decision = gate(
            result.text,
            self._settings.current.gating,
            suffix=request.suffix,
            line_prefix=request.prefix.rsplit("\n", 1)[-1],
            mean_logprob=result.mean_logprob if result.tokens_predicted else None,
            min_logprob=result.min_logprob if result.tokens_predicted else None,
        )
        if decision.suppressed:
            delivery = Delivery(completion_id, "", result, suppressed=str(decision.reason))
        else:
            delivery = Delivery(completion_id, result.text, result)
        return self._record(request, delivery)

    def superseded(self, request: CompletionRequest, completion_id: str = "") -> Delivery:
        return self._record(
            request,
            Delivery(completion_id or new_completion_id(), "", EMPTY_RESULT, suppressed=SUPERSEDED),
        )

    def _record(self, request: CompletionRequest, delivery: Delivery) -> Delivery:
        if self._recorder is not None:
            self._recorder.answered(request, delivery)
        return delivery
