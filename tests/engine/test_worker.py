"""The engine worker: latest request wins per client, a closed connection cancels, model loads
swap the model under a running worker, and shutdown fails what is waiting.

Tests hold the worker at a known point through events, never sleeps: a progress or text callback
(both run on the worker thread) signals "now in prefill" or "now streaming" and waits for the test
to act, and `worker.call` parks the worker so that completions stay queued.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest

from desktop_app.base.errors import (
    CancelReason,
    EngineClosedError,
    EngineNotReadyError,
    ModelNotFoundError,
    QueueFullError,
    RequestCancelledError,
)
from desktop_app.engine.types import CompletionResult, PromptProgress
from desktop_app.engine.worker import CompletionJob, EngineState, EngineWorker
from tests.engine.support import N_BATCH, SETTINGS, fim, python_source

WAIT_S = 30  # a generous bound for a result; tests never wait this long unless they fail
LONG_PROMPT = python_source(12)  # about 150 tokens: ten batches of 16


@pytest.fixture
def worker() -> Iterator[EngineWorker]:
    engine = EngineWorker(SETTINGS)
    yield engine
    engine.close()


@pytest.fixture
def ready(worker: EngineWorker, tiny_qwen_model: Path) -> EngineWorker:
    worker.load_model(tiny_qwen_model).result(WAIT_S)
    return worker


class Gate:
    """A callback for the worker thread: the first call signals `reached`, then waits for
    `release`, holding the job at that point while the test acts."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self, _event: object = None) -> None:
        if not self.reached.is_set():
            self.reached.set()
            assert self.release.wait(WAIT_S)

    def wait(self) -> None:
        assert self.reached.wait(WAIT_S)


def cancellation_reason(job: CompletionJob) -> str:
    with pytest.raises(RequestCancelledError) as caught:
        job.future.result(WAIT_S)
    return caught.value.reason


def parked(worker: EngineWorker) -> tuple[Gate, Future[object]]:
    """Park the worker thread in a control call, so that completions stay queued."""
    gate = Gate()
    done = worker.call(gate)
    gate.wait()
    return gate, done


class TestSupersede:
    def test_newer_request_supersedes_one_in_prefill(self, ready: EngineWorker) -> None:
        gate = Gate()
        first = ready.submit(fim(LONG_PROMPT), on_progress=gate)
        gate.wait()  # the first batch is done, the rest of the prompt is not
        second = ready.submit(fim(LONG_PROMPT + "def g("))
        gate.release.set()
        assert cancellation_reason(first) == "superseded"
        result = second.future.result(WAIT_S)
        assert result.tokens_predicted == 8
        # The abort came during the second batch: only the first was left for reuse.
        assert result.tokens_cached == N_BATCH

    def test_newer_request_supersedes_one_that_is_streaming(self, ready: EngineWorker) -> None:
        gate = Gate()
        first = ready.submit(fim(LONG_PROMPT, n_predict=64), on_text=gate)
        gate.wait()
        second = ready.submit(fim(LONG_PROMPT + "x"))
        gate.release.set()
        assert cancellation_reason(first) == "superseded"
        assert second.future.result(WAIT_S).tokens_cached > 0

    def test_queued_request_superseded_before_it_runs_fails_at_once(
        self, ready: EngineWorker
    ) -> None:
        gate, _ = parked(ready)
        first = ready.submit(fim("x = "))
        second = ready.submit(fim("x = 1"))
        assert first.future.done()  # failed while the worker is still parked
        assert cancellation_reason(first) == "superseded"
        gate.release.set()
        assert second.future.result(WAIT_S).tokens_predicted == 8

    def test_other_clients_work_is_left_alone(self, ready: EngineWorker) -> None:
        gate = Gate()
        first = ready.submit(fim(LONG_PROMPT, client="c1"), on_progress=gate)
        gate.wait()
        other = ready.submit(fim("y = ", client="c2"))
        gate.release.set()
        assert first.future.result(WAIT_S).tokens_predicted == 8
        assert other.future.result(WAIT_S).tokens_predicted == 8

    def test_each_client_keeps_its_latest_request_in_the_queue(self, ready: EngineWorker) -> None:
        gate, _ = parked(ready)
        jobs = [ready.submit(fim(f"x{i}", client=f"c{i % 2}")) for i in range(4)]
        assert ready.queued() == 2
        gate.release.set()
        assert [cancellation_reason(job) for job in jobs[:2]] == ["superseded"] * 2
        assert all(job.future.result(WAIT_S).tokens_predicted == 8 for job in jobs[2:])


class TestWarmUps:
    """llama.vim and llama.vscode send `n_predict: 0` in the background to fill the cache with
    their extra context, from the same client as the completion the person waits for."""

    def test_a_warm_up_does_not_replace_a_queued_completion(self, ready: EngineWorker) -> None:
        gate, _ = parked(ready)
        completion = ready.submit(fim("x = "))
        warm_up = ready.submit(fim("x = ", n_predict=0))
        assert not completion.future.done()
        gate.release.set()
        assert completion.future.result(WAIT_S).tokens_predicted == 8
        assert warm_up.future.result(WAIT_S).tokens_predicted == 0

    def test_a_warm_up_does_not_stop_a_running_completion(self, ready: EngineWorker) -> None:
        gate = Gate()
        completion = ready.submit(fim(LONG_PROMPT), on_progress=gate)
        gate.wait()
        warm_up = ready.submit(fim(LONG_PROMPT, n_predict=0))
        gate.release.set()
        assert completion.future.result(WAIT_S).tokens_predicted == 8
        assert warm_up.future.result(WAIT_S).tokens_predicted == 0

    def test_a_completion_does_not_wait_behind_a_queued_warm_up(self, ready: EngineWorker) -> None:
        gate, _ = parked(ready)
        warm_up = ready.submit(fim("x = ", n_predict=0))
        completion = ready.submit(fim("x = 1"))
        assert cancellation_reason(warm_up) == "superseded"
        assert ready.queued() == 1
        gate.release.set()
        assert completion.future.result(WAIT_S).tokens_predicted == 8

    def test_a_completion_stops_a_running_warm_up_and_reuses_what_it_evaluated(
        self, ready: EngineWorker
    ) -> None:
        gate = Gate()
        warm_up = ready.submit(fim(LONG_PROMPT, n_predict=0), on_progress=gate)
        gate.wait()  # one batch evaluated
        completion = ready.submit(fim(LONG_PROMPT))
        gate.release.set()
        assert cancellation_reason(warm_up) == "superseded"
        assert completion.future.result(WAIT_S).tokens_cached >= N_BATCH

    def test_a_newer_warm_up_replaces_an_older_one(self, ready: EngineWorker) -> None:
        gate, _ = parked(ready)
        older = ready.submit(fim("x = ", n_predict=0))
        newer = ready.submit(fim("x = 1", n_predict=0))
        assert cancellation_reason(older) == "superseded"
        gate.release.set()
        assert newer.future.result(WAIT_S).tokens_predicted == 0


class TestDelayedStart:
    """The power policy's spacing: a job given `delay_s` waits in the queue for its turn."""

    def test_it_starts_no_earlier_than_its_delay(self, ready: EngineWorker) -> None:
        job = ready.submit(fim("x = "), delay_s=0.2)
        result = job.future.result(WAIT_S)
        assert result.tokens_predicted == 8
        assert result.timings.queue_ms >= 200  # a lower bound: a busy machine only adds to it

    def test_other_clients_run_while_it_waits(self, ready: EngineWorker) -> None:
        waiting = ready.submit(fim("x = ", client="vscode"), delay_s=WAIT_S)
        other = ready.submit(fim("y = ", client="roblox"))
        assert other.future.result(WAIT_S).tokens_predicted == 8
        assert not waiting.future.done()
        assert ready.queued() == 1

    def test_the_clients_next_request_replaces_it_while_it_waits(self, ready: EngineWorker) -> None:
        waiting = ready.submit(fim("x = "), delay_s=WAIT_S)
        newer = ready.submit(fim("x = 1"))
        assert cancellation_reason(waiting) == "superseded"
        assert newer.future.result(WAIT_S).tokens_predicted == 8

    def test_a_hang_up_takes_it_out_of_the_queue(self, ready: EngineWorker) -> None:
        waiting = ready.submit(fim("x = "), delay_s=WAIT_S)
        ready.cancel(waiting, CancelReason.DISCONNECTED)
        assert cancellation_reason(waiting) == "disconnected"
        assert ready.queued() == 0


class TestCancel:
    def test_a_hang_up_stops_a_job_in_prefill(self, ready: EngineWorker) -> None:
        gate = Gate()
        job = ready.submit(fim(LONG_PROMPT), on_progress=gate)
        gate.wait()
        ready.cancel(job, CancelReason.DISCONNECTED)
        gate.release.set()
        assert cancellation_reason(job) == "disconnected"

    def test_a_hang_up_stops_a_job_between_tokens(self, ready: EngineWorker) -> None:
        gate = Gate()
        job = ready.submit(fim(LONG_PROMPT, n_predict=64), on_text=gate)
        gate.wait()
        ready.cancel(job, CancelReason.DISCONNECTED)
        gate.release.set()
        assert cancellation_reason(job) == "disconnected"

    def test_a_stopped_running_job_is_counted_under_the_reason_it_was_given(
        self, ready: EngineWorker
    ) -> None:
        gate = Gate()
        job = ready.submit(fim(LONG_PROMPT), on_progress=gate)
        gate.wait()
        ready.cancel(job, CancelReason.DISCONNECTED)
        gate.release.set()
        cancellation_reason(job)
        assert ready.cancelled_jobs() == {"disconnected": 1}

    def test_the_first_reason_given_to_a_running_job_is_the_one_it_reports(
        self, ready: EngineWorker
    ) -> None:
        gate = Gate()
        job = ready.submit(fim(LONG_PROMPT), on_progress=gate)
        gate.wait()
        ready.cancel(job, CancelReason.DISCONNECTED)
        ready.cancel(job, CancelReason.SHUTDOWN)
        gate.release.set()
        assert cancellation_reason(job) == "disconnected"

    def test_a_queued_job_leaves_the_queue_and_fails_at_once(self, ready: EngineWorker) -> None:
        gate, _ = parked(ready)
        job = ready.submit(fim("x = "))
        ready.cancel(job, CancelReason.DISCONNECTED)
        assert ready.queued() == 0
        assert job.future.done()  # while the worker is still parked
        assert cancellation_reason(job) == "disconnected"
        assert ready.cancelled_jobs() == {"disconnected": 1}
        gate.release.set()

    def test_the_worker_serves_the_client_again_after_a_hang_up(self, ready: EngineWorker) -> None:
        gate = Gate()
        job = ready.submit(fim(LONG_PROMPT), on_progress=gate)
        gate.wait()
        ready.cancel(job, CancelReason.DISCONNECTED)
        gate.release.set()
        cancellation_reason(job)
        result = ready.submit(fim(LONG_PROMPT)).future.result(WAIT_S)
        assert result.tokens_cached == N_BATCH

    def test_cancelling_a_finished_job_changes_nothing(self, ready: EngineWorker) -> None:
        job = ready.submit(fim("x"))
        result = job.future.result(WAIT_S)
        ready.cancel(job, CancelReason.DISCONNECTED)
        assert job.future.result() is result
        assert ready.cancelled_jobs() == {}


class TestModelLoading:
    def test_switching_models_needs_no_new_worker(
        self, worker: EngineWorker, tiny_qwen_model: Path, tiny_codellama_model: Path
    ) -> None:
        worker.load_model(tiny_qwen_model).result(WAIT_S)
        first = worker.submit(fim("def f(")).future.result(WAIT_S)
        info = worker.load_model(tiny_codellama_model).result(WAIT_S)
        second = worker.submit(fim("def f(")).future.result(WAIT_S)
        assert (first.template, second.template) == ("qwen", "codellama")
        assert worker.model_info == info
        assert worker.state is EngineState.READY
        assert second.tokens_cached == 0  # nothing carried over from the other model

    def test_request_before_any_model_is_refused(self, worker: EngineWorker) -> None:
        with pytest.raises(EngineNotReadyError, match="No model is loaded"):
            worker.submit(fim("x"))

    def test_request_sent_while_a_load_is_queued_runs_after_it(
        self, worker: EngineWorker, tiny_qwen_model: Path
    ) -> None:
        gate, _ = parked(worker)
        loading = worker.load_model(tiny_qwen_model)
        job = worker.submit(fim("x"))
        gate.release.set()
        loading.result(WAIT_S)
        assert job.future.result(WAIT_S).template == "qwen"

    def test_failed_load_leaves_an_error_state_that_requests_report(
        self, worker: EngineWorker, tmp_path: Path
    ) -> None:
        with pytest.raises(ModelNotFoundError):
            worker.load_model(tmp_path / "missing.gguf").result(WAIT_S)
        assert worker.state is EngineState.ERROR
        assert isinstance(worker.last_error, ModelNotFoundError)
        with pytest.raises(EngineNotReadyError, match="does not exist"):
            worker.submit(fim("x"))

    def test_good_load_after_a_failed_one_recovers(
        self, worker: EngineWorker, tiny_qwen_model: Path, tmp_path: Path
    ) -> None:
        with pytest.raises(ModelNotFoundError):
            worker.load_model(tmp_path / "missing.gguf").result(WAIT_S)
        worker.load_model(tiny_qwen_model).result(WAIT_S)
        assert worker.last_error is None
        assert worker.submit(fim("x")).future.result(WAIT_S).tokens_predicted == 8

    def test_set_threads_applies_to_the_loaded_model(self, ready: EngineWorker) -> None:
        ready.set_threads(1).result(WAIT_S)
        assert ready.submit(fim("x")).future.result(WAIT_S).tokens_predicted == 8


class TestBackpressureAndShutdown:
    def test_full_queue_refuses_new_clients(self, tiny_qwen_model: Path) -> None:
        worker = EngineWorker(SETTINGS, max_queued=1)
        try:
            worker.load_model(tiny_qwen_model).result(WAIT_S)
            gate, _ = parked(worker)
            worker.submit(fim("x", client="c1"))
            with pytest.raises(QueueFullError) as caught:
                worker.submit(fim("y", client="c2"))
            assert caught.value.retry_after_s > 0
            worker.submit(fim("x = 1", client="c1"))  # the same client replaces its own job
            gate.release.set()
        finally:
            worker.close()

    def test_close_fails_waiting_jobs_and_refuses_new_ones(self, ready: EngineWorker) -> None:
        gate, _ = parked(ready)
        job = ready.submit(fim("x"))
        closer = threading.Thread(target=ready.close)
        closer.start()
        with pytest.raises(EngineClosedError):
            job.future.result(WAIT_S)
        gate.release.set()
        closer.join(WAIT_S)
        with pytest.raises(EngineClosedError):
            ready.submit(fim("x"))
        with pytest.raises(EngineClosedError):
            ready.call(lambda: None)

    def test_close_is_idempotent(self, ready: EngineWorker) -> None:
        ready.close()
        ready.close()
        assert ready.state is EngineState.EMPTY

    def test_close_stops_a_running_job(self, ready: EngineWorker) -> None:
        gate = Gate()
        job = ready.submit(fim(LONG_PROMPT), on_progress=gate)
        gate.wait()
        closer = threading.Thread(target=ready.close)
        closer.start()
        gate.release.set()
        closer.join(WAIT_S)
        assert cancellation_reason(job) == "shutdown"


class TestCallbacks:
    def test_callbacks_run_on_the_worker_thread(self, ready: EngineWorker) -> None:
        threads: set[str] = set()

        def note(_event: object) -> None:
            threads.add(threading.current_thread().name)

        job = ready.submit(fim(LONG_PROMPT), on_text=note, on_progress=note)
        job.future.result(WAIT_S)
        assert threads == {"mezzo-engine"}

    def test_progress_reaches_the_whole_prompt(self, ready: EngineWorker) -> None:
        reports: list[PromptProgress] = []
        result: CompletionResult = ready.submit(
            fim(LONG_PROMPT), on_progress=reports.append
        ).future.result(WAIT_S)
        assert reports[-1].processed == reports[-1].total == result.prompt_tokens
