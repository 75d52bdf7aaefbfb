"""The Roblox Studio plugin's Luau modules, run under a real Lua runtime outside Studio.

Studio's edges are the only stand-ins: `script`/`require` resolve `script.Parent.X` to the
folder's module `X`, and `FakeHttpService` has HttpService's three methods, doing real HTTP
with httpx and real JSON with Python's json. Studio raises RequestAsync's failures as Lua
errors whose message is a string; the fake raises the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import lupa.lua51
import lupa.lua54

PLUGIN_DIR = Path(__file__).resolve().parents[2] / "resources" / "clients" / "roblox-studio"
MODULES = ("Context", "Request", "Client", "Suggestions")
RUNTIMES = {"lua51": lupa.lua51.LuaRuntime, "lua54": lupa.lua54.LuaRuntime}
HTTP_TIMEOUT = 60.0  # generous for two shared cores; never asserted

LOADER = """
local sources = ...
local loaded = {}
local parent = setmetatable({}, {
  __index = function(_, name)
    if sources[name] == nil then error("no module named " .. tostring(name), 2) end
    return { __module = name }
  end,
})
local function studioRequire(target)
  local name = type(target) == "table" and rawget(target, "__module")
  if not name then error("require expects script.Parent.<Module>", 2) end
  if loaded[name] == nil then
    local env = setmetatable(
      { script = { Name = name, Parent = parent }, require = studioRequire },
      { __index = _G }
    )
    local chunk, problem
    if setfenv then
      chunk, problem = loadstring(sources[name], "@" .. name .. ".lua")
      if chunk then setfenv(chunk, env) end
    else
      chunk, problem = load(sources[name], "@" .. name .. ".lua", "t", env)
    end
    if not chunk then error(problem, 0) end
    loaded[name] = chunk()
  end
  return loaded[name]
end
return function(name) return studioRequire({ __module = name }) end
"""

HTTP_SERVICE = """
local request, encode, decode = ...
local http = {}
function http:RequestAsync(options)
  local ok, result = request(options)
  if not ok then error(result, 0) end
  return result
end
function http:JSONEncode(value) return encode(value) end
function http:JSONDecode(text)
  local ok, value = decode(text)
  if not ok then error("Can't parse JSON", 0) end
  return value
end
return http
"""


def from_lua(value: Any) -> Any:
    """A Lua value as JSON-able Python: a table with keys 1..n is a list, else a dict."""
    if lupa.lua51.lua_type(value) == "table" or lupa.lua54.lua_type(value) == "table":
        items = dict(value.items())
        if (
            items
            and all(isinstance(k, int) for k in items)
            and set(items) == set(range(1, len(items) + 1))
        ):
            return [from_lua(items[k]) for k in range(1, len(items) + 1)]
        if not items:
            return []  # as Studio's JSONEncode writes an empty table
        return {str(k): from_lua(v) for k, v in items.items()}
    return value


@dataclass
class FakeHttpService:
    """HttpService's RequestAsync/JSONEncode/JSONDecode over real HTTP.

    `raise_error` makes every request fail with that message, as Studio raises it; `sent` keeps
    each request as (method, url, headers, decoded JSON body or None).
    """

    lua: Any
    raise_error: str | None = None
    sent: list[tuple[str, str, dict[str, str], Any]] = field(default_factory=list)

    def table(self) -> Any:
        return self.lua.execute(HTTP_SERVICE, self._request, self._encode, self._decode)

    def _request(self, options: Any) -> tuple[bool, Any]:
        method, url = options["Method"] or "GET", options["Url"]
        headers = {str(k): str(v) for k, v in dict(options["Headers"] or {}).items()}
        body = options["Body"]
        self.sent.append((method, url, headers, json.loads(body) if body else None))
        if self.raise_error is not None:
            return False, self.raise_error
        try:
            response = httpx.request(
                method, url, headers=headers, content=body, timeout=HTTP_TIMEOUT
            )
        except httpx.ConnectError:
            return False, "HttpError: ConnectFail"  # what Studio raises when nothing listens
        return True, self.lua.table_from(
            {
                "Success": response.is_success,
                "StatusCode": response.status_code,
                "StatusMessage": response.reason_phrase,
                "Headers": dict(response.headers),
                "Body": response.text,
            }
        )

    def _encode(self, value: Any) -> str:
        return json.dumps(from_lua(value))

    def _decode(self, text: str) -> tuple[bool, Any]:
        try:
            decoded = json.loads(text)
        except ValueError:
            return False, None
        if isinstance(decoded, dict | list):
            return True, self.lua.table_from(decoded, recursive=True)
        return True, decoded


class StudioPlugin:
    """The plugin's modules loaded into one Lua runtime, as Studio loads its ModuleScripts."""

    def __init__(self, runtime: str = "lua51") -> None:
        self.lua = RUNTIMES[runtime](unpack_returned_tuples=True)
        sources = {name: (PLUGIN_DIR / f"{name}.lua").read_text() for name in MODULES}
        self._require = self.lua.execute(LOADER, self.lua.table_from(sources))

    def module(self, name: str) -> Any:
        return self._require(name)

    def table(self, value: dict[str, Any] | list[Any]) -> Any:
        return self.lua.table_from(value, recursive=True)

    def http(self, raise_error: str | None = None) -> FakeHttpService:
        return FakeHttpService(self.lua, raise_error)

    def client(self, http: FakeHttpService, **settings: Any) -> Any:
        return self.module("Client").new(http.table(), self.table(settings))

    def call(self, source: str, *args: Any) -> Any:
        """Run a Lua chunk with the modules in scope as globals; returns its results."""
        env = "local Context, Request, Client, Suggestions = " + ", ".join(
            f'require_("{name}")' for name in MODULES
        )
        chunk = self.lua.execute(
            "local require_ = ...\nreturn function(...)\n" + env + "\n" + source + "\nend",
            self._require,
        )
        return chunk(*args)
