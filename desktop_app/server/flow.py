"""Waiting for a completion from async code: await the ticket, cancel it when the client hangs up.

Everything else (admission, the engine job, gating, recording) happens in the core's one call,
`CompletionService.complete`; this module only bridges its future to the event loop, for whole
answers and for streams.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from desktop_app.base.errors import CancelReason
from desktop_app.core.completions import CompletionService, Ticket
from desktop_app.core.delivery import Delivery
from desktop_app.engine.types import CompletionRequest


class ClientGoneError(Exception):
    """The client closed the connection; there is no one to answer."""


def _on_loop(ticket: Ticket) -> asyncio.Future[Delivery]:
    """The ticket's future on this event loop, its exception marked as seen up front, so an
    answer nobody waits for any more is not logged as "Future exception was never retrieved"."""
    future = asyncio.wrap_future(ticket.future)
    future.add_done_callback(lambda done: done.cancelled() or done.exception())
    return future


async def _hangup(http: Request) -> None:
    while (await http.receive())["type"] != "http.disconnect":
        pass


async def answer(ticket: Ticket, http: Request) -> Delivery:
    """The delivery, or ClientGoneError after cancelling the ticket if the client left first.
    Engine errors propagate to the server's error table."""
    return (await answer_all([ticket], http))[0]


async def answer_all(tickets: list[Ticket], http: Request) -> list[Delivery]:
    """Every ticket's delivery, in order; all are cancelled if the client leaves first."""
    deliveries = asyncio.gather(*(_on_loop(ticket) for ticket in tickets))
    hangup = asyncio.ensure_future(_hangup(http))
    try:
        await asyncio.wait({deliveries, hangup}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        hangup.cancel()
    if not deliveries.done():
        for ticket in tickets:
            ticket.cancel(CancelReason.DISCONNECTED)
        raise ClientGoneError
    return deliveries.result()


class CompletionStream:
    """A streaming completion, admitted and queued before the response starts.

    Opening it in the handler, not inside the body iterator, matters: once a stream has sent its
    200 there is no way to say "queue full" (429) or "still loading" (503), and Ollama clients
    stream by default. `close()` cancels the ticket if it is still running; the response calls
    it however the stream ends, even when the body iterator never started.
    """

    def __init__(self, service: CompletionService, request: CompletionRequest) -> None:
        self._pieces: asyncio.Queue[str] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def on_text(text: str) -> None:  # engine thread
            loop.call_soon_threadsafe(self._pieces.put_nowait, text)

        self.ticket = service.complete(request, on_text)

    async def events(self) -> AsyncIterator[str | Delivery]:
        """Text pieces as the engine produces them, then the final `Delivery`; an engine error
        after the 200 is raised from here, for the caller to frame."""
        pieces = self._pieces
        delivery = _on_loop(self.ticket)
        while not delivery.done():
            next_piece = asyncio.ensure_future(pieces.get())
            try:
                await asyncio.wait({next_piece, delivery}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                if not next_piece.done():
                    next_piece.cancel()
            if next_piece.done() and not next_piece.cancelled():
                yield next_piece.result()
        while not pieces.empty():  # pieces queued before the delivery was set
            yield pieces.get_nowait()
        yield delivery.result()

    def close(self) -> None:
        """Stop the engine working for a client that is no longer reading."""
        self.ticket.cancel(CancelReason.DISCONNECTED)


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
