"""The ASGI application: routes for every dialect over one `MezzoCore`.

Handlers parse with the dialect's translator, run the request through `flow`, and answer in the
dialect's shape. They never touch llama.cpp: the engine thread does that.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from functools import partial

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from desktop_app import __version__
from desktop_app.base.errors import EngineNotReadyError, MezzoError
from desktop_app.core.delivery import Delivery
from desktop_app.core.service import MezzoCore
from desktop_app.engine.types import CompletionRequest
from desktop_app.engine.worker import EngineState
from desktop_app.server import llama_dialect as llama
from desktop_app.server import ollama_dialect as ollama
from desktop_app.server import openai_dialect as openai
from desktop_app.server import tabby_dialect as tabby
from desktop_app.server.adapters_api import AdaptersApi
from desktop_app.server.errors import Dialect, error_response, stream_error_frame
from desktop_app.server.flow import (
    ClientGoneError,
    CompletionStream,
    CompletionStreamResponse,
    answer,
    answer_all,
)
from desktop_app.server.guards import GuardConfig, GuardMiddleware, LiveCORSMiddleware
from desktop_app.server.wire import ApiError, parse_body

logger = logging.getLogger(__name__)

CLIENT_HEADER = "x-mezzo-client"
ID_HEADER = "X-Mezzo-Completion-Id"


def client_id(http: Request) -> str:
    """Who "the same client" is, for latest-wins. An editor sends one request per connection at a
    time, so the connection alone would never supersede anything; the host and user agent name
    the editor. Clients can be explicit with the `X-Mezzo-Client` header or a `client_id` field."""
    explicit = http.headers.get(CLIENT_HEADER)
    if explicit:
        return explicit
    host = http.client.host if http.client else "local"
    return f"{host}|{http.headers.get('user-agent', '')}"


def from_client(http: Request, request: CompletionRequest) -> CompletionRequest:
    """The request with its User-Agent, by which the app names the editor that asked."""
    return dataclasses.replace(request, user_agent=http.headers.get("user-agent", ""))


class CompletionServer:
    """Handlers bound to one core; `build()` returns the Starlette app."""

    def __init__(self, core: MezzoCore) -> None:
        self.core = core

    @property
    def _max_n_predict(self) -> int:
        return self.core.settings.current.server.max_n_predict

    def _model_path(self) -> str:
        info = self.core.model_info()
        return info.path if info else ""

    def _modified_at(self) -> str:
        return datetime.now(UTC).isoformat().replace("+00:00", "Z")

    # --- llama-server -----------------------------------------------------------------------

    async def infill(self, http: Request) -> Response:
        body = parse_body(await http.body(), llama.InfillBody)
        request = from_client(
            http, llama.infill_request(body, client_id(http), self._max_n_predict)
        )
        return await self._llama_answer(http, body, request)

    async def completion(self, http: Request) -> Response:
        body = parse_body(await http.body(), llama.CompletionBody)
        request = from_client(
            http, llama.completion_request(body, client_id(http), self._max_n_predict)
        )
        return await self._llama_answer(http, body, request)

    async def _llama_answer(
        self, http: Request, body: llama.CompletionBody, request: CompletionRequest
    ) -> Response:
        model_path = self._model_path()
        if body.stream:
            return self._stream(
                request,
                lambda text, _id: llama.stream_piece(text),
                partial(llama.stream_final, model_path=model_path),
                "text/event-stream",
                Dialect.LLAMA,
            )
        tickets = self.core.completions.complete_choices(request, body.n_cmpl)
        deliveries = await answer_all(tickets, http)
        return _json(llama.to_wire(deliveries, model_path, body), deliveries[0])

    async def tokenize(self, http: Request) -> Response:
        body = parse_body(await http.body(), llama.TokenizeBody)
        pieces = await asyncio.wrap_future(
            self.core.tokenize(
                body.content, add_special=body.add_special, parse_special=body.parse_special
            )
        )
        return JSONResponse(llama.tokenize_body(pieces, body.with_pieces))  # type: ignore[arg-type]

    async def detokenize(self, http: Request) -> Response:
        body = parse_body(await http.body(), llama.DetokenizeBody)
        content = await asyncio.wrap_future(self.core.detokenize(list(body.tokens)))
        return JSONResponse({"content": content})

    async def health(self, _http: Request) -> Response:
        state = self.core.engine_state()
        if state is EngineState.READY:
            return JSONResponse({"status": "ok"})
        message = "Loading model" if state is EngineState.LOADING else self.core.status().error
        raise ApiError(503, message or "No model loaded", headers={"Retry-After": "1"})

    async def props(self, _http: Request) -> Response:
        info = self.core.model_info()
        return JSONResponse(
            {
                "default_generation_settings": {
                    "n_ctx": info.n_ctx if info else 0,
                    "params": {"n_predict": -1, "temperature": 0.0, "top_k": 40, "top_p": 0.95},
                },
                "total_slots": 1,
                "model_path": info.path if info else "",
                "chat_template": "",
                "modalities": {"vision": False, "audio": False},
                "build_info": f"mezzo {__version__}",
            }
        )

    # --- Ollama -----------------------------------------------------------------------------

    async def ollama_generate(self, http: Request) -> Response:
        body = parse_body(await http.body(), ollama.GenerateBody)
        model = body.model or ollama.model_name(self.core.model_info())
        if ollama.is_load_request(body):
            if self.core.engine_state() is not EngineState.READY:
                raise EngineNotReadyError("The model is still loading.")
            return JSONResponse(ollama.load_body(model, unload=body.keep_alive in (0, "0")))
        request = from_client(
            http, ollama.generate_request(body, client_id(http), self._max_n_predict)
        )
        if body.stream:
            return self._stream(
                request,
                lambda text, _id: ollama.stream_piece(text, model),
                partial(ollama.stream_final, model=model),
                "application/x-ndjson",
                Dialect.OLLAMA,
            )
        delivery = await self._answer(request, http)
        return _json(ollama.to_wire(delivery, model), delivery)

    async def ollama_tags(self, _http: Request) -> Response:
        return JSONResponse(ollama.tags_body(self.core.model_info(), self._modified_at()))

    async def ollama_show(self, http: Request) -> Response:
        info = self.core.model_info()
        if info is None:
            raise ApiError(404, "no model is loaded")
        return JSONResponse(ollama.show_body(info, self._modified_at()))

    async def ollama_version(self, _http: Request) -> Response:
        return JSONResponse(ollama.version_body())

    async def ollama_root(self, _http: Request) -> Response:
        return PlainTextResponse("Ollama is running")

    # --- OpenAI -----------------------------------------------------------------------------

    async def openai_completions(self, http: Request) -> Response:
        body = parse_body(await http.body(), openai.CompletionsBody)
        request = from_client(
            http, openai.completions_request(body, client_id(http), self._max_n_predict)
        )
        info = self.core.model_info()
        model = body.model or (info.name if info else "")
        if body.stream:
            return self._stream(
                request,
                partial(openai.stream_piece, model=model),
                partial(openai.stream_final, model=model, include_usage=body.wants_usage),
                "text/event-stream",
                Dialect.OPENAI,
            )
        delivery = await self._answer(request, http)
        return _json(openai.to_wire(delivery, model, len(request.prefix)), delivery)

    async def openai_models(self, _http: Request) -> Response:
        return JSONResponse(openai.models_body(self.core.model_info()))

    # --- Mezzo ------------------------------------------------------------------------------

    async def events(self, http: Request) -> Response:
        """Tabby's event API: `view`, `select` (`?select_kind=line` for one line), `dismiss`."""
        body = parse_body(await http.body(), tabby.EventBody)
        written = self.core.record_event(
            body.type, body.completion_id, body.choice_index, http.query_params.get("select_kind")
        )
        await asyncio.wrap_future(written)  # a bad event raises TelemetryError: a 400
        return Response(status_code=200)

    async def mezzo_stats(self, http: Request) -> Response:
        """Reading and aggregating the table takes a while: off the event loop."""
        days = _positive_int(http.query_params.get("days"), "days")
        if http.query_params.get("format") == "csv":
            csv = await run_in_threadpool(self.core.stats_csv, days)
            return PlainTextResponse(csv, media_type="text/csv")
        stats = await run_in_threadpool(self.core.stats, days)
        return JSONResponse(stats.to_dict())

    async def mezzo_status(self, _http: Request) -> Response:
        return JSONResponse(self.core.status().to_dict())

    # --- plumbing ---------------------------------------------------------------------------

    async def _answer(self, request: CompletionRequest, http: Request) -> Delivery:
        return await answer(self.core.completions.complete(request), http)

    def _stream(
        self,
        request: CompletionRequest,
        piece: Callable[[str, str], bytes],
        final: Callable[[Delivery], bytes],
        media_type: str,
        dialect: Dialect,
    ) -> CompletionStreamResponse:
        """`piece(text, completion_id)` frames a piece of text, `final(delivery)` the end."""
        # Opened here, before the 200 goes out, so a full queue is still a 429.
        opened = CompletionStream(self.core.completions, request)
        completion_id = opened.ticket.completion_id

        async def frames() -> AsyncIterator[bytes]:
            try:
                async for event in opened.events():
                    yield piece(event, completion_id) if isinstance(event, str) else final(event)
            except Exception as exc:  # after the 200: the error travels inside the stream
                yield stream_error_frame(dialect, exc)

        headers = {ID_HEADER: completion_id}
        return CompletionStreamResponse(opened, frames(), media_type=media_type, headers=headers)

    def build(self) -> Starlette:
        routes = [
            Route("/infill", self.infill, methods=["POST"]),
            Route("/completion", self.completion, methods=["POST"]),
            Route("/completions", self.completion, methods=["POST"]),
            Route("/tokenize", self.tokenize, methods=["POST"]),
            Route("/detokenize", self.detokenize, methods=["POST"]),
            Route("/health", self.health, methods=["GET"]),
            Route("/v1/health", self.health, methods=["GET"]),
            Route("/props", self.props, methods=["GET"]),
            Route("/api/generate", self.ollama_generate, methods=["POST"]),
            Route("/api/tags", self.ollama_tags, methods=["GET"]),
            Route("/api/show", self.ollama_show, methods=["POST"]),
            Route("/api/version", self.ollama_version, methods=["GET"]),
            Route("/", self.ollama_root, methods=["GET", "HEAD"]),
            Route("/v1/completions", self.openai_completions, methods=["POST"]),
            Route("/v1/models", self.openai_models, methods=["GET"]),
            Route("/v1/events", self.events, methods=["POST"]),
            Route("/mezzo/stats", self.mezzo_stats, methods=["GET"]),
            Route("/mezzo/status", self.mezzo_status, methods=["GET"]),
            *AdaptersApi(self.core).routes(),
        ]
        settings = self.core.settings

        def guard_config() -> GuardConfig:
            server = settings.current.server
            return GuardConfig(server.allowed_origins, server.max_body_bytes, self.core.api_token)

        middleware = [
            Middleware(GuardMiddleware, config=guard_config),
            Middleware(
                LiveCORSMiddleware,
                origins=lambda: settings.current.server.allowed_origins,
                allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
                allow_headers=["*"],
                expose_headers=["X-Mezzo-Completion-Id"],
            ),
        ]
        return Starlette(
            routes=routes,
            middleware=middleware,
            exception_handlers={
                ClientGoneError: _client_gone,
                ApiError: _error,
                MezzoError: _error,
                HTTPException: _error,  # unknown routes and wrong methods, as JSON
                Exception: _error,  # a bug: answered as JSON, then logged with its traceback
            },
        )


def _json(body: object, delivery: Delivery) -> JSONResponse:
    return JSONResponse(body, headers={ID_HEADER: delivery.completion_id})


async def _error(http: Request, exc: Exception) -> Response:
    """Every error, through the one table in `server.errors`, in the path's dialect."""
    return error_response(http.url.path, exc)


async def _client_gone(_http: Request, _exc: Exception) -> Response:
    return Response(status_code=499)  # nginx's "client closed request"; nobody reads it


def _positive_int(value: str | None, name: str) -> int | None:
    if value is None:
        return None
    if not value.isdigit() or int(value) == 0:
        raise ApiError(400, f"{name} must be a positive whole number.")
    return int(value)


def build_app(core: MezzoCore) -> Starlette:
    return CompletionServer(core).build()
