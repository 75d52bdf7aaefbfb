"""Running one request through the core from async code, for whole answers and for streams.

The engine works on its own thread; here the HTTP side waits on the job's future, watches for
the client hanging up (which cancels the job, even mid-prefill), and turns a throttled or
superseded request into a well-formed empty answer instead of an error.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from starlette.requests import Request

from desktop_app.core.completions import CompletionService, Delivery
from desktop_app.core.errors import (
    EngineNotReadyError,
    QueueFullError,
    RequestCancelledError,
)
from desktop_app.engine.types import CompletionRequest
from desktop_app.engine.worker import CompletionJob
from desktop_app.server.errors import ApiError


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


async def _wait_for_disconnect(http: Request) -> None:
    while True:
        message = await http.receive()
        if message["type"] == "http.disconnect":
            return


async def complete(
    service: CompletionService, request: CompletionRequest, http: Request
) -> Delivery:
    admission = service.admit(request.client_id)
    if not admission.admitted:
        return service.refused(admission)
    job = _submit(service, request)
    result_future = asyncio.wrap_future(job.future)
    hangup = asyncio.ensure_future(_wait_for_disconnect(http))
    try:
        await asyncio.wait({result_future, hangup}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        hangup.cancel()
    if not result_future.done():
        job.cancel("disconnected")
        result_future.cancel()
        raise ClientGoneError
    try:
        result = result_future.result()
    except RequestCancelledError:
        return service.superseded()
    return service.deliver(request, result)


@dataclass(frozen=True, slots=True)
class StreamText:
    text: str


async def stream(
    service: CompletionService, request: CompletionRequest, completion_id: str
) -> AsyncIterator[StreamText | Delivery]:
    """Text pieces as the engine produces them, then the final `Delivery`.

    Starlette cancels this generator when the client disconnects; the `finally` then cancels
    the job so the engine stops working for no one.
    """
    admission = service.admit(request.client_id)
    if not admission.admitted:
        yield service.refused(admission)
        return
    loop = asyncio.get_running_loop()
    pieces: asyncio.Queue[str] = asyncio.Queue()

    def on_text(text: str) -> None:  # engine thread
        loop.call_soon_threadsafe(pieces.put_nowait, text)

    job = _submit(service, request, on_text)
    result_future = asyncio.wrap_future(job.future)
    try:
        while True:
            next_piece = asyncio.ensure_future(pieces.get())
            await asyncio.wait({next_piece, result_future}, return_when=asyncio.FIRST_COMPLETED)
            if next_piece.done():
                yield StreamText(next_piece.result())
                continue
            next_piece.cancel()
            break
        while not pieces.empty():  # pieces queued before the result was set
            yield StreamText(pieces.get_nowait())
        try:
            result = result_future.result()
        except RequestCancelledError:
            yield service.superseded()
            return
        yield service.deliver(request, result, completion_id=completion_id, streamed=True)
    finally:
        if not result_future.done():
            job.cancel("disconnected")
            with contextlib.suppress(asyncio.CancelledError):
                result_future.cancel()
