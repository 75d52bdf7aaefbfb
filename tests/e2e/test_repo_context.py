"""Repository context and the syntax clean-up, through the real server, as editors ask.

The project is a real one on disk, indexed by the real indexer; requests are the ones
llama.vscode and the Roblox Studio plugin send (no file name) or the ones a client with a path
sends. The context is read back from the response's `mezzo.context` (file names and sizes, the
only thing a response says about it) and, for its text, from the core's own choice.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.base.settings import CleanupSettings
from desktop_app.core.repo_context import project_root
from desktop_app.engine.types import CompletionRequest
from tests.context.projects import (
    CHECKOUT,
    MAIN_SCRIPT,
    cursor_after,
    luau_game,
    python_shop,
)
from tests.e2e.conftest import StartE2E, e2e_settings, telemetry_db
from tests.e2e.dialects import DIALECTS, Dialect, complete
from tests.e2e.test_privacy import text_cells
from tests.server.live import LiveServer

INFILL = next(d for d in DIALECTS if d.path == "/infill" and not d.stream)
OLLAMA = next(d for d in DIALECTS if d.path == "/api/generate" and not d.stream)
WAIT_S = 30.0  # how long the background indexer may take on a busy machine; never asserted


def served_with_index(start: StartE2E, model: Path, project: Path, **context: object) -> LiveServer:
    """A server whose current project is `project`, indexed before the first request."""
    settings = e2e_settings(context={"enabled": True, "refresh_interval_s": 0.0, **context})
    live = start(model, replace(settings, current_repo=str(project)))
    root = project_root(str(project))
    assert root is not None
    live.core.indexer.rebuild(root).result()
    return live


def context_files(mezzo: dict[str, object] | None) -> dict[str, dict[str, object]]:
    assert mezzo is not None
    return {use["file"]: use for use in mezzo["context"]}  # type: ignore[index, union-attr]


@pytest.fixture
def game(tmp_path: Path) -> Path:
    return luau_game(tmp_path / "game")


class TestContextForClientsThatSendNoPath:
    @pytest.mark.parametrize("dialect", [INFILL, OLLAMA], ids=lambda d: d.id)
    def test_a_required_modules_signatures_go_into_the_prompt(
        self, start: StartE2E, tiny_qwen_model: Path, game: Path, dialect: Dialect
    ) -> None:
        live = served_with_index(start, tiny_qwen_model, game)
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        answer = complete(live, dialect, prefix, suffix, n_predict=4)
        assert answer.status == 200
        shop = context_files(answer.mezzo)["src/shared/Shop.luau"]
        assert shop["kind"] == "imports"
        assert int(shop["tokens"]) > 10  # type: ignore[call-overload]
        request = CompletionRequest(prefix=prefix, suffix=suffix, client_id="check")
        prepared, _ = live.core.repo_context.prepared(request)
        text = "\n".join(chunk.text for chunk in prepared.context)
        assert "function Shop.buyItem(player: Player, itemId: string, quantity: number)" in text

    def test_a_script_not_on_disk_gets_no_file_and_still_an_answer(
        self, start: StartE2E, tiny_qwen_model: Path, game: Path
    ) -> None:
        live = served_with_index(start, tiny_qwen_model, game)
        studio_only = "local Lighting = game:GetService('Lighting')\nLighting.ClockTime = "
        answer = complete(live, INFILL, studio_only, "\n", n_predict=4)
        assert answer.status == 200
        assert context_files(answer.mezzo) == {}

    def test_ignored_and_vendored_code_never_appears(
        self, start: StartE2E, tiny_qwen_model: Path, game: Path
    ) -> None:
        live = served_with_index(start, tiny_qwen_model, game)
        uses = MAIN_SCRIPT.replace(
            "print(player.Name", "Signal.vendoredFire()\n\tK.ignoredSecretKey()\n\tprint("
        )
        prefix, suffix = cursor_after(uses, "K.ignoredSecretKey()\n")
        answer = complete(live, INFILL, prefix, suffix, n_predict=4)
        files = context_files(answer.mezzo)
        assert files  # the request did get context: the Shop module
        assert not any(name.startswith(("Packages/", "secrets/")) for name in files)
        index = live.core.indexer.index_of(str(project_root(str(game))))
        assert index is not None
        assert not any(path.startswith(("Packages/", "secrets/")) for path in index.files)


class TestPrivacy:
    def test_usage_statistics_hold_no_context_file_or_signature(
        self, start: StartE2E, tiny_qwen_model: Path, game: Path
    ) -> None:
        live = served_with_index(start, tiny_qwen_model, game)
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        answer = complete(live, INFILL, prefix, suffix, n_predict=4)
        assert "src/shared/Shop.luau" in context_files(answer.mezzo)
        live.core.recorder.flush()
        cells = text_cells(telemetry_db(live))
        assert cells  # the completion was recorded
        for needle in ("Shop.luau", "buyItem", "src/shared", str(game)):
            assert not [cell for cell in cells if needle in cell], needle


class TestContextByPath:
    def test_a_python_file_gets_the_signatures_it_imports(
        self, start: StartE2E, tiny_qwen_model: Path, tmp_path: Path
    ) -> None:
        shop = python_shop(tmp_path / "shop")
        live = served_with_index(start, tiny_qwen_model, shop)
        prefix, suffix = cursor_after(CHECKOUT, "    return ")
        path = str(shop / "shop" / "checkout.py")
        answer = complete(live, INFILL, prefix, suffix, n_predict=4, filepath=path)
        assert context_files(answer.mezzo)["shop/pricing.py"]["kind"] == "imports"

    def test_a_renamed_function_is_picked_up_after_the_file_changes(
        self, start: StartE2E, tiny_qwen_model: Path, game: Path
    ) -> None:
        live = served_with_index(start, tiny_qwen_model, game)
        shop = game / "src" / "shared" / "Shop.luau"
        shop.write_text(shop.read_text().replace("buyItem", "purchaseItem"), "utf-8")
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        request = CompletionRequest(prefix=prefix, suffix=suffix, client_id="check")
        deadline = time.monotonic() + WAIT_S
        text = ""
        while "purchaseItem" not in text and time.monotonic() < deadline:
            complete(live, INFILL, prefix, suffix, n_predict=1)  # each request checks freshness
            prepared, _ = live.core.repo_context.prepared(request)
            text = "\n".join(chunk.text for chunk in prepared.context)
            time.sleep(0.05)
        assert "function Shop.purchaseItem(player: Player" in text
        assert "buyItem" not in text

    def test_turned_off_for_the_repository_nothing_is_added(
        self, start: StartE2E, tiny_qwen_model: Path, game: Path
    ) -> None:
        live = served_with_index(start, tiny_qwen_model, game)
        live.core.set_repo_context(str(project_root(str(game))), enabled=False)
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        assert context_files(complete(live, INFILL, prefix, suffix, n_predict=4).mezzo) == {}


# The starter model, greedy: what it writes for these cursors is fixed, and it runs on.
MODULE = "local M = {}\n\nfunction M.add(a, b)\n\treturn a + b\nend\n\nfunction M.sub(a, b)\n"
MODULE += "\treturn a - b\nend\n\nfunction M.mul(a, b)\n\t"
MODULE_SUFFIX = "\nend\n\nreturn M\n"
DAYS = 'local days = {\n\t"Monday",\n\t"Tuesday",\n\t"Wednesday",\n'
DAYS_SUFFIX = '\t"Friday",\n\t"Saturday",\n}\n'


def with_cleanup(start: StartE2E, starter: Path, **switches: bool) -> LiveServer:
    """The starter with every clean-up rule on (the product's defaults) except `switches`."""
    return start(starter, replace(e2e_settings(), cleanup=CleanupSettings(**switches)))


@pytest.mark.e2e
class TestCleanupOnTheStarter:
    def test_a_completion_that_runs_past_its_block_is_cut(
        self, start: StartE2E, starter: Path
    ) -> None:
        live = with_cleanup(start, starter)
        body = {"filepath": "Math.luau"}
        cut = complete(live, INFILL, MODULE, MODULE_SUFFIX, n_predict=48, **body)
        assert "block_end" in cut.mezzo["cleanup"]  # type: ignore[index]
        assert "return a * b" in cut.text
        assert "end" not in cut.text.split("\n")  # the suffix closes the function itself
        live.core.settings.update(cleanup=CleanupSettings(block_end=False))
        ran_on = complete(live, INFILL, MODULE, MODULE_SUFFIX, n_predict=48, **body)
        assert "function M." in ran_on.text.split("return a * b", 1)[1]

    def test_a_line_that_repeats_the_suffix_is_dropped(
        self, start: StartE2E, starter: Path
    ) -> None:
        live = with_cleanup(start, starter, choose_extent=False)
        body = {"filepath": "Days.luau"}
        cleaned = complete(live, INFILL, DAYS, DAYS_SUFFIX, n_predict=48, **body)
        assert "suffix_overlap" in cleaned.mezzo["cleanup"]  # type: ignore[index]
        assert '"Thursday"' in cleaned.text
        assert '"Friday"' not in cleaned.text
        live.core.settings.update(
            cleanup=CleanupSettings(choose_extent=False, suffix_overlap=False)
        )
        copied = complete(live, INFILL, DAYS, DAYS_SUFFIX, n_predict=48, **body)
        assert '"Friday"' in copied.text
