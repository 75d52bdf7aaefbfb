"""Running one request through the core from async code, for whole answers and for streams.

The engine works on its own thread; here the HTTP side waits on the job's future, watches for
the client hanging up (which cancels the job, even mid-prefill), and turns a throttled or
superseded request into a well-formed empty answer instead of an error.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from desktop_app.core.completions import CompletionService, Delivery
from desktop_app.core.errors import (
    EngineNotReadyError,
    MezzoError,
    QueueFullError,
    RequestCancelledError,
)
from desktop_app.engine.types import CompletionRequest, CompletionResult
from desktop_app.engine.worker import CompletionJob
from desktop_app.server.errors import ApiError, status_for


class ClientGoneError(Exception):
    """The client closed the connection; there is no one to answer."""


def _submit(service: CompletionService, request: CompletionRequest, on_text=None) -> CompletionJob:
    try:
        return service.submit(request, on_text)
    except QueueFullError as exc:
        retry = max(1, round(exc.retry_after_s))
        raise ApiError(429, str(exc), headers={"Retry-After": str(retry)}) from exc
    except EngineNotReadyError as exc:
        raise ApiError(503, str(exc), headers={"Retry-After": "1"}) from exc


def _result_of(job: CompletionJob) -> asyncio.Future[CompletionResult]:
    """The job's future on this event loop, its exception marked as seen up front: the job of a
    client that hung up fails with RequestCancelledError that nobody reads, which asyncio would
    otherwise log as "Future exception was never retrieved" for every disconnect."""
    future = asyncio.wrap_future(job.future)
    future.add_done_callback(lambda done: done.cancelled() or done.exception())
    return future


async def _wait_for_disconnect(http: Request) -> None:
    while True:
        message = await http.receive()
        if message["type"] == "http.disconnect":
            return


async def complete(
    service: CompletionService, request: CompletionRequest, http: Request
) -> Delivery:
    admission = service.admit(request)
    if not admission.admitted:
        return service.refused(request, admission)
    job = _submit(service, request)
    result_future = _result_of(job)
    hangup = asyncio.ensure_future(_wait_for_disconnect(http))
    try:
        await asyncio.wait({result_future, hangup}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        hangup.cancel()
    if not result_future.done():
        # Only the job is cancelled, never its future: a cancelled concurrent future would make
        # the engine thread's later `set_result` raise InvalidStateError and kill the thread.
        job.cancel("disconnected")
        raise ClientGoneError
    try:
        result = result_future.result()
    except RequestCancelledError:
        return service.superseded(request)
    return service.deliver(request, result)


@dataclass(frozen=True, slots=True)
class StreamText:
    text: str


@dataclass(frozen=True, slots=True)
class StreamFailure:
    """The job failed after the stream's 200 went out (the model failed to load while the job
    waited, the prompt outgrew the context), so the error travels inside the stream."""

    status: int
    message: str


class CompletionStream:
    """A streaming completion, admitted and queued before the response starts.

    Opening it in the handler, not inside the body iterator, matters: once a stream has sent its
    200 there is no way to say "queue full" (429) or "still loading" (503), and Ollama clients
    stream by default. `close()` cancels the job if it is still running; the response calls it
    however the stream ends, even when the body iterator never started.
    """

    def __init__(
        self, service: CompletionService, request: CompletionRequest, completion_id: str
    ) -> None:
        self._service = service
        self._request = request
        self._completion_id = completion_id
        self._pieces: asyncio.Queue[str] = asyncio.Queue()
        self._job: CompletionJob | None = None
        self._refused: Delivery | None = None
        admission = service.admit(request)
        if not admission.admitted:
            self._refused = service.refused(request, admission, completion_id)
            return
        loop = asyncio.get_running_loop()

        def on_text(text: str) -> None:  # engine thread
            loop.call_soon_threadsafe(self._pieces.put_nowait, text)

        self._job = _submit(service, request, on_text)

    async def events(self) -> AsyncIterator[StreamText | Delivery | StreamFailure]:
        """Text pieces as the engine produces them, then the final `Delivery` or a failure."""
        if self._job is None:
            assert self._refused is not None
            yield self._refused
            return
        pieces = self._pieces
        result_future = _result_of(self._job)
        while True:
            next_piece = asyncio.ensure_future(pieces.get())
            try:
                await asyncio.wait({next_piece, result_future}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                if not next_piece.done():
                    next_piece.cancel()
            if next_piece.done() and not next_piece.cancelled():
                yield StreamText(next_piece.result())
                continue
            break
        while not pieces.empty():  # pieces queued before the result was set
            yield StreamText(pieces.get_nowait())
        try:
            result = result_future.result()
        except RequestCancelledError:
            yield self._service.superseded(self._request, self._completion_id)
            return
        except MezzoError as exc:
            yield StreamFailure(status_for(exc), str(exc))
            return
        yield self._service.deliver(
            self._request, result, completion_id=self._completion_id, streamed=True
        )

    def close(self) -> None:
        """Stop the engine working for a client that is no longer reading."""
        if self._job is not None and not self._job.future.done():
            self._job.cancel("disconnected")


class CompletionStreamResponse(StreamingResponse):
    """A `StreamingResponse` that cancels its completion when the connection ends early."""

    def __init__(self, stream: CompletionStream, content: AsyncIterator[bytes], **kwargs) -> None:
        super().__init__(content, **kwargs)
        self._completion_stream = stream

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._completion_stream.close()
