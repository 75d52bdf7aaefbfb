"""The Roblox Studio plugin's Luau modules under a real Lua runtime, against a real Mezzo.

Context, Request and Suggestions are pure logic, run under Lua 5.1 (Luau's ancestor) and 5.4.
Client does real HTTP through `FakeHttpService` to a real Mezzo server on the tiny model; the
only fakes are Studio's edges: `script`/`require`, and the errors Studio raises.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from desktop_app.server.ollama_dialect import GenerateBody, generate_request
from desktop_app.server.wire import parse_body
from tests.clients.studio import PLUGIN_DIR, StudioPlugin, from_lua
from tests.server.live import LiveServer, launch, mezzo_settings

PERMISSION = (
    "Allow HTTP requests for the Mezzo plugin: Studio asks the first time; see Plugin Management."
)
OFFLINE = "Mezzo is not running on this computer."
SCRIPT_PATH = "ServerScriptService.Shop.Checkout"

HEADER = [
    "--!strict",
    'local Players = game:GetService("Players")',
    'local ReplicatedStorage = game:GetService("ReplicatedStorage")',
    "local Prices = require(ReplicatedStorage.Shop.Prices)",
]
SHOP = "\n".join(
    [
        *HEADER,
        "",
        "local Checkout = {}",
        "",
        *(
            f"function Checkout.item{i}(player)\n"
            f'    local price = Prices.get("item{i}")\n'
            f"    local nested = require(script.Parent.Helpers)\n"
            f"    return player.leaderstats.Coins.Value >= price\n"
            "end\n"
            for i in range(60)
        ),
        "function Checkout.buy(player, itemName)",
        "    local price = ",
        "end",
        "",
        "return Checkout",
        "",
    ]
)


@pytest.fixture(params=["lua51", "lua54"])
def plugin(request: pytest.FixtureRequest) -> StudioPlugin:
    return StudioPlugin(request.param)


@pytest.fixture(scope="module")
def mezzo(tmp_path_factory: pytest.TempPathFactory, tiny_qwen_model: Path) -> Iterator[LiveServer]:
    live = launch(tmp_path_factory.mktemp("mezzo-home"), tiny_qwen_model, mezzo_settings())
    yield live
    live.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def line_and_column(source: str, marker: str) -> tuple[int, int]:
    """Studio's 1-based (line, character) just after the first `marker` in `source`."""
    at = source.index(marker) + len(marker)
    before = source[:at]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def returned(values: Any) -> Any:
    """Lua's results without trailing nils: one value alone, else a tuple."""
    if not isinstance(values, tuple):
        return values
    kept = list(values)
    while kept and kept[-1] is None:
        kept.pop()
    return kept[0] if len(kept) == 1 else tuple(kept)


def build(plugin: StudioPlugin, source: str, line: int, column: int) -> Any:
    return plugin.module("Context").build(source, line, column)


def events_of(live: LiveServer, completion_id: str) -> list[tuple[str, str]]:
    live.core.recorder.flush()
    path = live.core.paths.telemetry_db
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT type, source FROM events WHERE completion_id = ? ORDER BY id",
            (completion_id,),
        ).fetchall()
    finally:
        db.close()
    return [tuple(row) for row in rows]


class TestContext:
    def test_a_short_script_is_sent_whole_split_at_the_cursor(self, plugin: StudioPlugin) -> None:
        source = "local x = 1\nprint(x)\n"
        context = build(plugin, source, 2, 7)
        assert (context.prefix, context.suffix) == ("local x = 1\nprint(", "x)\n")
        assert (context.linePrefix, context.lineSuffix) == ("print(", "x)")
        assert context.header == ""
        assert (context.line, context.column) == (2, 7)

    def test_cursor_at_the_start_and_at_the_end(self, plugin: StudioPlugin) -> None:
        source = "local a = 1\nlocal b = 2"
        start = build(plugin, source, 1, 1)
        assert (start.prefix, start.suffix) == ("", source)
        end = build(plugin, source, 2, 12)
        assert (end.prefix, end.suffix) == (source, "")

    def test_an_empty_script(self, plugin: StudioPlugin) -> None:
        context = build(plugin, "", 1, 1)
        assert (context.prefix, context.suffix, context.header) == ("", "", "")
        assert (context.line, context.column) == (1, 1)

    def test_a_cursor_past_the_end_is_clamped_to_the_script(self, plugin: StudioPlugin) -> None:
        context = build(plugin, "print(1)\nprint(2)", 9, 40)
        assert (context.line, context.column) == (2, 9)
        assert (context.prefix, context.suffix) == ("print(1)\nprint(2)", "")

    def test_far_down_the_header_declarations_are_stitched_in_front(
        self, plugin: StudioPlugin
    ) -> None:
        line, column = line_and_column(SHOP, "itemName)\n    local price = ")
        context = build(plugin, SHOP, line, column)
        assert context.header == "\n".join(HEADER) + "\n"
        assert context.prefix == context.header + context.before
        assert context.prefix.endswith(
            "function Checkout.buy(player, itemName)\n    local price = "
        )
        assert not any(declaration in context.before for declaration in HEADER)
        # The indented require inside a function is not a top-of-file declaration.
        assert "script.Parent.Helpers" not in context.header
        assert len(context.before) <= 2000
        # The window starts at a line boundary.
        assert SHOP[: SHOP.index(context.before)].endswith("\n")

    def test_the_suffix_is_cut_at_a_line_boundary(self, plugin: StudioPlugin) -> None:
        source = "local t = {\n" + "".join(f"    field{i} = {i},\n" for i in range(100)) + "}\n"
        context = build(plugin, source, 1, 12)
        assert 400 < len(context.suffix) <= 500
        assert context.suffix.endswith("\n")
        assert source[11:].startswith(context.suffix)

    def test_declarations_already_in_the_window_are_not_repeated(
        self, plugin: StudioPlugin
    ) -> None:
        source = "\n".join(HEADER) + "\nlocal x = Players.LocalPlayer\n"
        context = build(plugin, source, 5, 31)
        assert context.header == ""
        assert context.prefix == source[:-1]

    def test_columns_count_characters_not_bytes(self, plugin: StudioPlugin) -> None:
        source = 'local s = "héllo"'
        context = build(plugin, source, 1, 14)  # after "hé"
        assert context.linePrefix == 'local s = "hé'
        assert context.lineSuffix == 'llo"'


class TestRequestBody:
    def test_the_body_has_the_fields_mezzo_reads(self, plugin: StudioPlugin) -> None:
        context = build(plugin, "local x = \nprint(x)", 1, 11)
        body = from_lua(
            plugin.module("Request").generateBody(context, plugin.table({}), SCRIPT_PATH)
        )
        assert body["model"] == "mezzo"
        assert (body["prompt"], body["suffix"]) == ("local x = ", "\nprint(x)")
        assert (body["raw"], body["stream"]) == (False, False)
        assert body["options"]["num_predict"] == 64
        assert "\n\n\n" in body["options"]["stop"]
        assert (body["filepath"], body["client_id"], body["language"]) == (
            SCRIPT_PATH,
            "roblox-studio",
            "luau",
        )
        # Mezzo's own parser takes it as fill-in-the-middle, for this script and editor.
        request = generate_request(
            parse_body(json.dumps(body).encode(), GenerateBody), "fallback", 256
        )
        assert (request.prefix, request.suffix) == ("local x = ", "\nprint(x)")
        assert (request.filename, request.client_id, request.language) == (
            SCRIPT_PATH,
            "roblox-studio",
            "luau",
        )
        assert not request.raw
        assert request.params.n_predict == 64

    def test_settings_change_the_port_and_the_token_header(self, plugin: StudioPlugin) -> None:
        request = plugin.module("Request")
        settings = plugin.table({"port": 8012, "token": "secret"})
        assert request.url(settings, "/api/generate") == "http://localhost:8012/api/generate"
        headers = from_lua(request.headers(settings, True))
        assert headers == {"Content-Type": "application/json", "Authorization": "Bearer secret"}
        assert from_lua(request.headers(plugin.table({}), False)) == []

    def test_the_accept_event_body(self, plugin: StudioPlugin) -> None:
        body = from_lua(plugin.module("Request").eventBody("cmpl-1", "select"))
        assert body == {"type": "select", "completion_id": "cmpl-1", "choice_index": 0}

    @pytest.mark.parametrize(
        ("text", "suffix", "kept"),
        [
            ("price)", ")\nend", "price"),
            ("return total\nend", "\nend\n", "return total"),
            ("player.Name", "\nend", "player.Name"),
            ("x", "", "x"),
        ],
    )
    def test_a_completion_repeating_the_text_after_the_cursor_is_trimmed(
        self, plugin: StudioPlugin, text: str, suffix: str, kept: str
    ) -> None:
        assert plugin.module("Request").trimRepeat(text, suffix) == kept

    def test_parsing_reads_the_text_and_the_id_from_body_or_header(
        self, plugin: StudioPlugin
    ) -> None:
        parsed = plugin.call(
            """
            local decode = function(s) return { response = "Value + 1)", id = nil } end
            local response = { StatusCode = 200, Body = "{}",
              Headers = { ["x-mezzo-completion-id"] = "cmpl-header" } }
            local completion = Request.parseGenerate(response, decode, { suffix = ")" })
            return completion.text, completion.id
            """
        )
        assert parsed == ("Value + 1", "cmpl-header")

    @pytest.mark.parametrize(
        ("status", "body", "reason"),
        [
            (200, "<html>not json</html>", "Mezzo's answer was not JSON."),
            (200, '{"response": "   "}', "Mezzo had nothing to suggest here."),
            (200, '{"response": ")"}', "The suggestion only repeated the code after the cursor."),
            (200, '{"done": true}', "Mezzo's answer had no completion in it."),
            (
                503,
                '{"error": "The model is still loading."}',
                "Mezzo answered 503: The model is still loading.",
            ),
        ],
    )
    def test_failures_are_nil_and_a_reason(
        self, plugin: StudioPlugin, status: int, body: str, reason: str
    ) -> None:
        http = plugin.http()
        result = plugin.call(
            """
            local http, status, body = ...
            local decode = function(s) return http:JSONDecode(s) end
            local response = { StatusCode = status, Body = body, Headers = {} }
            return Request.parseGenerate(response, decode, { suffix = ")" })
            """,
            http.table(),
            status,
            body,
        )
        assert result == (None, reason)


class TestSuggestions:
    # The script when the suggestion was asked for (cursor after the indent), and after the
    # person typed "re".
    ASKED = "local function total(items)\n    local sum = 0\n    \nend\n"
    TYPED = "local function total(items)\n    local sum = 0\n    re\nend\n"

    def remembered(self, plugin: StudioPlugin, text: str) -> Any:
        suggestions = plugin.module("Suggestions")
        store = suggestions.new()
        completion = plugin.table({"text": text, "id": "cmpl-s"})
        suggestions.remember(store, "doc", build(plugin, self.ASKED, 3, 5), completion)
        return store

    def test_a_suggestion_follows_the_typing_that_matches_it(self, plugin: StudioPlugin) -> None:
        suggestions = plugin.module("Suggestions")
        store = self.remembered(plugin, "return sum")
        at_fetch = suggestions.lookup(store, "doc", build(plugin, self.ASKED, 3, 5))
        assert at_fetch[1] == "return sum"
        typed = build(plugin, self.TYPED, 3, 7)
        entry, remaining = suggestions.lookup(store, "doc", typed)
        assert (entry.id, remaining) == ("cmpl-s", "turn sum")
        item = from_lua(suggestions.item(typed, remaining))
        assert item["label"] == "return sum"
        assert item["textEdit"]["newText"] == "return sum"
        assert item["textEdit"]["replace"] == {
            "start": {"line": 3, "character": 5},
            "end": {"line": 3, "character": 7},
        }

    def test_typing_something_else_or_moving_away_drops_it(self, plugin: StudioPlugin) -> None:
        suggestions = plugin.module("Suggestions")
        store = self.remembered(plugin, "return sum")
        other = self.TYPED.replace("    re\n", "    if\n")
        assert suggestions.lookup(store, "doc", build(plugin, other, 3, 7)) is None
        assert suggestions.lookup(store, "doc", build(plugin, self.ASKED, 2, 5)) is None
        assert suggestions.lookup(store, "other-doc", build(plugin, self.ASKED, 3, 5)) is None

    def test_a_multi_line_label_shows_its_first_line(self, plugin: StudioPlugin) -> None:
        label = plugin.module("Suggestions").label("", "\n    return sum\nend")
        assert label == "return sum …"

    def test_the_edit_that_applies_the_item_is_the_accept(self, plugin: StudioPlugin) -> None:
        accepted = plugin.call(
            """
            local asked, typed = ...
            local store = Suggestions.new()
            Suggestions.remember(store, "doc", Context.build(asked, 3, 5),
              { text = "return sum", id = "cmpl-a" })
            local context = Context.build(typed, 3, 7)
            local entry, remaining = Suggestions.lookup(store, "doc", context)
            local item = Suggestions.item(context, remaining)
            local first = Suggestions.offer(store, "doc", item, entry)
            local again = Suggestions.offer(store, "doc", item, entry)
            local typing = Suggestions.accepted(store, "doc",
              { { text = "t", range = { start = { line = 3, character = 7 } } } })
            local accept = Suggestions.accepted(store, "doc",
              { { text = "return sum", range = { start = { line = 3, character = 5 } } } })
            local twice = Suggestions.accepted(store, "doc",
              { { text = "return sum", range = { start = { line = 3, character = 5 } } } })
            return first, again, typing, accept, twice
            """,
            self.ASKED,
            self.TYPED,
        )
        assert accepted == (True, False, None, "cmpl-a", None)


class TestAgainstMezzo:
    def test_a_completion_round_trip(self, mezzo: LiveServer) -> None:
        plugin = StudioPlugin()
        http = plugin.http()
        client = plugin.client(http, port=mezzo.port)
        assert returned(client.check(client)) == (True, "Mezzo is ready.")
        line, column = line_and_column(SHOP, "itemName)\n    local price = ")
        context = build(plugin, SHOP, line, column)
        completion, reason, _kind = client.complete(client, context, SCRIPT_PATH)
        assert reason is None
        assert isinstance(completion.text, str) and completion.text.strip()
        assert completion.id.startswith("cmpl-")
        method, url, headers, body = http.sent[-1]
        assert (method, url) == ("POST", f"http://localhost:{mezzo.port}/api/generate")
        assert headers["Content-Type"] == "application/json"
        assert body["prompt"].startswith("--!strict\n")
        # Mezzo names the editor from the client id.
        listed = {c["name"]: c for c in mezzo.get("/mezzo/status").json()["clients"]}
        assert listed["Roblox Studio"]["dialect"] == "ollama"

    def test_an_accept_reaches_mezzo(self, mezzo: LiveServer) -> None:
        plugin = StudioPlugin()
        client = plugin.client(plugin.http(), port=mezzo.port)
        context = build(plugin, "local function add(a, b)\n    return ", 2, 12)
        completion, reason, _kind = client.complete(client, context, SCRIPT_PATH)
        assert reason is None
        assert returned(client.report(client, completion.id, "view")) is True
        assert returned(client.accept(client, completion.id)) is True
        assert events_of(mezzo, completion.id) == [("view", "explicit"), ("select", "explicit")]

    def test_an_event_mezzo_refuses_is_false_and_a_reason(self, mezzo: LiveServer) -> None:
        plugin = StudioPlugin()
        client = plugin.client(plugin.http(), port=mezzo.port)
        sent, reason, kind = client.accept(client, "cmpl-0123456789abcdef0123456789abcdef")
        assert (sent, kind) == (False, "mezzo")
        assert "400" in reason

    def test_an_empty_answer_is_nil_and_a_reason(self, mezzo: LiveServer) -> None:
        plugin = StudioPlugin()
        client = plugin.client(plugin.http(), port=mezzo.port, maxTokens=0)
        context = build(plugin, "local x = ", 1, 11)
        assert client.complete(client, context, SCRIPT_PATH) == (
            None,
            "Mezzo had nothing to suggest here.",
            "mezzo",
        )


class NotJson(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b"<html>Not Mezzo</html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture
def not_json_port() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), NotJson)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


class TestFailures:
    def test_nobody_listening_means_mezzo_is_not_running(self) -> None:
        plugin = StudioPlugin()
        http = plugin.http()
        client = plugin.client(http, port=free_port())
        context = build(plugin, "local x = ", 1, 11)
        assert client.complete(client, context, SCRIPT_PATH) == (None, OFFLINE, "offline")
        assert client.check(client) == (False, OFFLINE, "offline")
        assert client.accept(client, "cmpl-x") == (False, OFFLINE, "offline")
        assert len(http.sent) == 3

    @pytest.mark.parametrize(
        "studio_error",
        [
            "Http requests are not enabled. Enable via game settings",
            "Http requests can only be executed by game server",
        ],
    )
    def test_http_not_allowed_gets_the_permission_message(self, studio_error: str) -> None:
        plugin = StudioPlugin()
        client = plugin.client(plugin.http(studio_error), port=free_port())
        context = build(plugin, "local x = ", 1, 11)
        assert client.complete(client, context, SCRIPT_PATH) == (None, PERMISSION, "permission")
        assert client.check(client) == (False, PERMISSION, "permission")

    def test_a_body_that_is_not_json(self, not_json_port: int) -> None:
        plugin = StudioPlugin()
        client = plugin.client(plugin.http(), port=not_json_port)
        context = build(plugin, "local x = ", 1, 11)
        assert client.complete(client, context, SCRIPT_PATH) == (
            None,
            "Mezzo's answer was not JSON.",
            "mezzo",
        )

    def test_an_http_service_that_throws_anything_never_throws_out(self) -> None:
        plugin = StudioPlugin()
        outcome = plugin.call(
            """
            local broken = setmetatable({}, { __index = function() error("boom") end })
            local client = Client.new(broken, {})
            local completion, reason, kind = client:complete(Context.build("x", 1, 2), "A.B")
            return completion, kind, string.find(reason, "boom") ~= nil
            """
        )
        assert outcome == (None, "error", True)


class TestPluginScript:
    def test_the_plugin_script_parses_as_lua_5_1(self) -> None:
        plugin = StudioPlugin("lua51")
        source = (PLUGIN_DIR / "Plugin.server.lua").read_text()
        problem = plugin.call(
            "local source = ...\nlocal _, e = loadstring(source)\nreturn e", source
        )
        assert problem is None

    def test_every_module_it_requires_is_in_the_folder(self) -> None:
        source = (PLUGIN_DIR / "Plugin.server.lua").read_text()
        for name in ("Context", "Client", "Request", "Suggestions"):
            assert f"require(script.{name})" in source
            assert (PLUGIN_DIR / f"{name}.lua").is_file()
