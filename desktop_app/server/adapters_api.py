"""Mezzo's adapter endpoints: what `mezzo adapters` does, over HTTP, for scripts and tools.

`GET /mezzo/adapters` lists installed adapters and mappings; `POST /mezzo/adapters` installs
one (a local file or a hub file, checked against the base first); `DELETE
/mezzo/adapters/{ref}` removes one; `PUT /mezzo/adapters/mappings` maps a repository,
`DELETE /mezzo/adapters/mappings?repo=…` unmaps it; `GET /mezzo/adapters/which?path=…` says what
a file there would get. Every route takes file locks, reads git remotes or downloads, so each runs
in a worker thread, off the event loop; errors go through the server's one error table.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop_app.adapters.resolver import Resolution
from desktop_app.core.service import MezzoCore
from desktop_app.server.wire import ApiError, StrictFloat, StrictStr, WireModel, parse_body


class AddBody(WireModel):
    source: StrictStr  # a .gguf path on this machine, or ORG/REPO/FILE.gguf[@REV] on the hub
    base: StrictStr | None = None  # the base model's bundle id or sha256; default: the active one
    name: StrictStr | None = None
    version: StrictStr | None = None
    scale: StrictFloat = Field(1.0, gt=0.0, le=4.0)
    languages: tuple[StrictStr, ...] = ()


class MapBody(WireModel):
    repo: StrictStr  # a path inside the repository, or its remote URL
    adapter: StrictStr  # an installed adapter's name, or "none"
    scale: StrictFloat | None = Field(None, gt=0.0, le=4.0)


def _resolution(resolution: Resolution) -> dict[str, Any]:
    choice = resolution.choice
    return {
        "adapter": choice.name,
        "scale": choice.scale if choice.name else None,
        "why": resolution.why,
        "wanted": resolution.wanted,
        "note": resolution.note,
    }


class AdaptersApi:
    def __init__(self, core: MezzoCore) -> None:
        self.adapters = core.adapters

    async def list(self, _http: Request) -> Response:
        return JSONResponse(await run_in_threadpool(self._listing))

    def _listing(self) -> dict[str, Any]:
        state = self.adapters.mappings.current()
        return {
            "adapters": [dataclasses.asdict(m) for m in self.adapters.registry.installed()],
            "mappings": [
                {"repo": str(key), "kind": str(key.kind), "adapter": t.adapter, "scale": t.scale}
                for key, t in state.repos.items()
            ],
            "default": {"adapter": state.default.adapter, "scale": state.default.scale},
        }

    async def add(self, http: Request) -> Response:
        body = parse_body(await http.body(), AddBody)
        manifest = await run_in_threadpool(
            self.adapters.add, body.source, base=body.base, name=body.name,
            version=body.version, scale=body.scale, languages=body.languages,
        )  # fmt: skip
        return JSONResponse(dataclasses.asdict(manifest), status_code=201)

    async def remove(self, http: Request) -> Response:
        removed = await run_in_threadpool(self.adapters.remove, http.path_params["ref"])
        return JSONResponse({"removed": [m.ref for m in removed]})

    async def map(self, http: Request) -> Response:
        body = parse_body(await http.body(), MapBody)
        key = await run_in_threadpool(self.adapters.map, body.repo, body.adapter, body.scale)
        return JSONResponse({"repo": str(key), "adapter": body.adapter, "scale": body.scale})

    async def unmap(self, http: Request) -> Response:
        repo = http.query_params.get("repo", "")
        if not repo:
            raise ApiError(400, "Name the repository: ?repo=PATH or ?repo=REMOTE_URL.")
        key, removed = await run_in_threadpool(self.adapters.unmap, repo)
        return JSONResponse({"repo": str(key), "removed": removed})

    async def which(self, http: Request) -> Response:
        path = http.query_params.get("path", "")
        resolution = await run_in_threadpool(self.adapters.which, path)
        return JSONResponse(_resolution(resolution))

    def routes(self) -> list[Route]:
        return [
            Route("/mezzo/adapters", self.list, methods=["GET"]),
            Route("/mezzo/adapters", self.add, methods=["POST"]),
            Route("/mezzo/adapters/mappings", self.map, methods=["PUT"]),
            Route("/mezzo/adapters/mappings", self.unmap, methods=["DELETE"]),
            Route("/mezzo/adapters/which", self.which, methods=["GET"]),
            Route("/mezzo/adapters/{ref}", self.remove, methods=["DELETE"]),
        ]
