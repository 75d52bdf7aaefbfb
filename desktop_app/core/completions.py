"""The one entry point for a completion: `CompletionService.complete(request) -> Ticket`.

Every dialect, the benchmarks and the GUI go through here, so a request goes one way down and
back whichever client asked: admission by the power policy (read once per request), the
`n_predict` cap of that same reading, the repository's adapter, the engine job, the confidence
gate and the recording all happen inside. The ticket's future resolves to a `Delivery` whose
outcome is typed; the text a person reads about it is made at the edge. Nothing here knows
about HTTP.
"""

from __future__ import annotations

import dataclasses
from concurrent.futures import Future

from desktop_app.adapters.resolver import AdapterResolver
from desktop_app.base.errors import CancelReason, RequestCancelledError
from desktop_app.base.settings import Settings, SettingsStore
from desktop_app.context.selection import ContextPiece
from desktop_app.core.connected_clients import ConnectedClients
from desktop_app.core.delivery import EMPTY_RESULT, Delivery, Outcome
from desktop_app.core.gate_watch import GateReport, GateWatch
from desktop_app.core.gating import SuppressReason, confidence_floor, gate
from desktop_app.core.power import PowerStatus, Throttle
from desktop_app.core.recording import CompletionRecorder, ModelIdentity
from desktop_app.core.repo_context import RepoContext, context_uses
from desktop_app.core.syntax_fit import cleaned, with_extent
from desktop_app.core.warm_ups import WarmUpContext
from desktop_app.engine.decoder import TextSink
from desktop_app.engine.types import CompletionRequest, CompletionResult
from desktop_app.engine.worker import CompletionJob, EngineWorker
from desktop_app.telemetry.records import new_completion_id

# The alternatives' draw when the client asked for none: the model's own distribution, which is
# what llama-server's final random draw samples when "temperature" is not in its chain.
ALTERNATIVE_TEMPERATURE = 1.0
RANDOM_SEED = 0xFFFFFFFF  # llama.cpp's LLAMA_DEFAULT_SEED


def _alternative(request: CompletionRequest, choice: int) -> CompletionRequest:
    params = request.params
    seed = params.seed if params.seed == RANDOM_SEED else (params.seed + choice) % RANDOM_SEED
    temperature = params.temperature or ALTERNATIVE_TEMPERATURE
    return dataclasses.replace(
        request,
        choice=choice,
        params=dataclasses.replace(params, temperature=temperature, seed=seed),
    )


# Decisions that say something about the threshold: shown, or hidden for the mean alone.
JUDGED_ON_CONFIDENCE = (None, SuppressReason.LOW_CONFIDENCE)


class Ticket:
    """A completion on its way. `future` resolves to its `Delivery`, on the engine thread (or at
    once for a throttled request), or fails with the engine's error (the prompt does not fit,
    the model failed to load while the job waited). It can never be cancelled itself: cancel
    the ticket, and the future resolves to a superseded or cancelled delivery."""

    __slots__ = ("_engine", "_job", "completion_id", "future")

    def __init__(
        self,
        completion_id: str,
        future: Future[Delivery],
        engine: EngineWorker | None = None,
        job: CompletionJob | None = None,
    ) -> None:
        self.completion_id = completion_id
        self.future = future
        self._engine = engine
        self._job = job

    def cancel(self, reason: CancelReason) -> None:
        """Stop the engine working on it; a no-op once it is done. Safe from any thread."""
        if self._engine is not None and self._job is not None:
            self._engine.cancel(self._job, reason)


def _uncancellable_future() -> Future[Delivery]:
    """A running future refuses `cancel()`, so an `asyncio.wrap_future` that a hung-up handler
    cancels cannot make the engine thread's later `set_result` raise."""
    future: Future[Delivery] = Future()
    future.set_running_or_notify_cancel()
    return future


class CompletionService:
    def __init__(
        self,
        engine: EngineWorker,
        settings: SettingsStore,
        throttle: Throttle,
        *,
        recorder: CompletionRecorder | None = None,
        adapters: AdapterResolver | None = None,
        context: RepoContext | None = None,
        clients: ConnectedClients | None = None,
    ) -> None:
        self._engine = engine
        self._settings = settings
        self._throttle = throttle
        self._recorder = recorder
        self._adapters = adapters
        self._context = context
        self.clients = clients or ConnectedClients()  # who asked lately, for the app's Home
        self._model = ModelIdentity("", "", "")  # of the model loaded last
        self._model_floor: float | None = None  # its catalog's confidence threshold
        self.gate_watch = GateWatch()
        self._warm_ups = WarmUpContext()
        self._gating = settings.current.gating
        settings.subscribe(self._on_settings)

    def serve(self, model: ModelIdentity, confidence_floor: float | None = None) -> None:
        """Name the model that answers from now on: adapters are checked against it, telemetry
        records it, and `confidence_floor` (its catalog entry's) is the gate's threshold unless
        the person set their own."""
        self._model, self._model_floor = model, confidence_floor
        self.gate_watch.forget()

    def gate_report(self) -> GateReport:
        """How much the confidence gate hid of the last completions, at the threshold in force."""
        floor = confidence_floor(self._settings.current.gating, self._model_floor)
        return self.gate_watch.report(floor)

    def _on_settings(self, settings: Settings) -> None:
        if settings.gating != self._gating:
            self._gating = settings.gating
            self.gate_watch.forget()

    def complete(self, request: CompletionRequest, on_text: TextSink | None = None) -> Ticket:
        """Admit, prepare and run one request. With `on_text` the text streams to it (on the
        engine thread) and is never hidden after the fact.

        Raises QueueFullError, EngineNotReadyError or EngineClosedError before any work is
        queued, so a server can still answer 429 or 503 before a stream starts.
        """
        return self._complete(request, 1, on_text)[0]

    def complete_choices(self, request: CompletionRequest, n: int) -> list[Ticket]:
        """`n` completions of one prompt (llama-server's `n_cmpl`), admitted as one request.

        The first is the request as asked: the most likely text, the one an editor shows. The
        others are sampled, each with its own seed, so they are real alternatives and not
        copies; each waits in a lane of its own behind the first, whose prompt it reuses from
        the KV cache, and the client's next completion supersedes them all. A throttled request
        gets its one refusal.
        """
        return self._complete(request, n, None)

    def _complete(
        self, request: CompletionRequest, n: int, on_text: TextSink | None
    ) -> list[Ticket]:
        completion_id = new_completion_id()
        if self._recorder is not None:
            self._recorder.requested(request)  # inference sees every keystroke, admitted or not
        self.clients.asked(request)
        admission = self._throttle.admit(request.client_id)
        power = admission.status
        if not admission.admitted:
            refused = Delivery(
                completion_id,
                Outcome.THROTTLED,
                EMPTY_RESULT,
                admission.reason,
                power,
                admission.retry_after_ms,
            )
            self._record(request, refused)
            future = _uncancellable_future()
            future.set_result(refused)
            return [Ticket(completion_id, future)]
        delay_s = admission.delay_ms / 1000.0
        prepared, pieces = self._prepared(request, power)
        try:
            tickets = [self._submit(prepared, pieces, completion_id, power, on_text, delay_s)]
        except BaseException:  # a full queue, no model: the caller answers 429 or 503
            self.clients.failed(request)
            raise
        try:
            for choice in range(1, n):
                alternative = _alternative(prepared, choice)
                tickets.append(
                    self._submit(alternative, pieces, new_completion_id(), power, None, delay_s)
                )
        except BaseException:  # a full queue: the ones already queued are not wanted either
            for ticket in tickets:
                ticket.cancel(CancelReason.DISCONNECTED)
            raise
        return tickets

    def _submit(
        self,
        request: CompletionRequest,
        pieces: tuple[ContextPiece, ...],
        completion_id: str,
        power: PowerStatus,
        on_text: TextSink | None,
        delay_s: float,
    ) -> Ticket:
        job = self._engine.submit(request, on_text, delay_s=delay_s)
        future = _uncancellable_future()
        streamed = on_text is not None
        model = self._model

        def finished(done: Future[CompletionResult]) -> None:  # the engine thread
            try:
                result = done.result()
            except RequestCancelledError as exc:
                outcome = Outcome.of_cancel(exc.reason)
                delivery = Delivery(completion_id, outcome, EMPTY_RESULT, exc.reason, power)
            except BaseException as exc:  # the caller translates it; nothing was answered
                self.clients.failed(request)
                future.set_exception(exc)
                return
            else:
                delivery = self._judged(request, result, completion_id, streamed, power)
                context = context_uses(pieces, result.context_used)
                delivery = dataclasses.replace(delivery, context=context)
            self._record(request, delivery, model)
            future.set_result(delivery)

        job.future.add_done_callback(finished)
        return Ticket(completion_id, future, self._engine, job)

    def _prepared(
        self, request: CompletionRequest, status: PowerStatus
    ) -> tuple[CompletionRequest, tuple[ContextPiece, ...]]:
        """The request as the engine runs it: capped by the power state, under its adapter, a
        cursor-less warm-up at its client's last cursor, with its repository context and the
        extent its cursor's syntax calls for; and the context's pieces."""
        request = self._warm_ups.prepared(request)
        cap = status.n_predict_cap
        if cap is not None and request.params.n_predict > cap:
            request = dataclasses.replace(
                request, params=dataclasses.replace(request.params, n_predict=cap)
            )
        if not request.adapter.name and self._adapters and self._model.sha256:
            choice = self._adapters.resolve(
                request.filename, request.repo_name, base_sha256=self._model.sha256
            )
            request = dataclasses.replace(request, adapter=choice)
        pieces: tuple[ContextPiece, ...] = ()
        if self._context is not None:
            request, pieces = self._context.prepared(request)
        return with_extent(request, self._settings.current.cleanup), pieces

    def _judged(
        self,
        request: CompletionRequest,
        result: CompletionResult,
        completion_id: str,
        streamed: bool,
        power: PowerStatus,
    ) -> Delivery:
        """Gate a finished completion. A streamed one was already shown, so it is never hidden;
        raw prompts and warm-ups are the client's own business."""
        if streamed or request.raw or request.is_warm_up:
            return Delivery(completion_id, Outcome.SHOWN, result, power=power)
        result, rules = cleaned(request, result, self._settings.current.cleanup)
        generated = result.tokens_predicted > 0
        gating = self._settings.current.gating
        decision = gate(
            result.text,
            gating,
            suffix=request.suffix,
            line_prefix=request.prefix.rsplit("\n", 1)[-1],
            mean_logprob=result.mean_logprob if generated else None,
            min_logprob=result.min_logprob if generated else None,
            model_floor=self._model_floor,
        )
        if generated and gating.enabled and decision.reason in JUDGED_ON_CONFIDENCE:
            self.gate_watch.judged(result.mean_logprob, decision.suppressed)
        if decision.suppressed:
            return Delivery(
                completion_id, Outcome.SUPPRESSED, result, decision.reason, power, cleanup=rules
            )
        return Delivery(completion_id, Outcome.SHOWN, result, power=power, cleanup=rules)

    def _record(
        self, request: CompletionRequest, delivery: Delivery, model: ModelIdentity | None = None
    ) -> None:
        self.clients.answered(request, delivery)
        if self._recorder is not None:
            self._recorder.answered(request, delivery, model or self._model)
