"""Each request's repository context, chosen from a real index of a real project on disk."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.base.settings import ContextSettings, Settings, SettingsStore
from desktop_app.context.indexer import ContextIndexer
from desktop_app.context.selection import ContextKind
from desktop_app.core.repo_context import RepoContext, context_uses, project_root
from desktop_app.engine.types import CompletionRequest, ExtraChunk
from tests.context.projects import CHECKOUT, MAIN_SCRIPT, cursor_after, luau_game, python_shop

MAIN = "src/server/Main.server.luau"


@pytest.fixture
def game(tmp_path: Path) -> Path:
    return luau_game(tmp_path / "game")


@pytest.fixture
def settings(tmp_path: Path, game: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.json", Settings(current_repo=str(game)))


@pytest.fixture
def context(tmp_path: Path, settings: SettingsStore, game: Path) -> Iterator[RepoContext]:
    indexer = ContextIndexer(tmp_path / "context")
    indexer.rebuild(str(game)).result()
    yield RepoContext(indexer, settings)
    indexer.close()


def at_cursor(marker: str = "local bought = ", **fields: object) -> CompletionRequest:
    prefix, suffix = cursor_after(MAIN_SCRIPT, marker)
    return CompletionRequest(prefix=prefix, suffix=suffix, client_id="vscode", **fields)


class TestWhichRepository:
    def test_by_the_file_path_the_client_sends(self, context: RepoContext, game: Path) -> None:
        request = at_cursor(filename=str(game / MAIN))
        assert context.root_of(request) == str(game)

    def test_by_the_current_project_when_the_client_sends_no_path(
        self, context: RepoContext, game: Path
    ) -> None:
        assert context.root_of(at_cursor()) == str(game)

    def test_by_the_remote_url_a_client_names_when_its_clone_is_indexed(
        self, context: RepoContext, game: Path, settings: SettingsStore
    ) -> None:
        settings.update(current_repo="")
        config = game / ".git" / "config"
        config.write_text(
            config.read_text() + '[remote "origin"]\n\turl = git@github.com:acme/shop-game.git\n'
        )
        request = at_cursor(repo_name="https://github.com/acme/shop-game")
        assert context.root_of(request) == str(game)
        assert context.root_of(at_cursor(repo_name="https://github.com/acme/other")) is None

    def test_a_plain_current_project_folder_is_the_repository_of_its_files(
        self, tmp_path: Path, settings: SettingsStore, context: RepoContext
    ) -> None:
        plain = tmp_path / "plain-project"
        (plain / "src").mkdir(parents=True)
        settings.update(current_repo=str(plain))
        assert context.root_of(at_cursor()) == str(plain.resolve())
        inside = at_cursor(filename=str(plain / "src" / "Main.luau"))
        assert context.root_of(inside) == str(plain.resolve())
        elsewhere = at_cursor(filename=str(tmp_path / "other" / "x.luau"))
        assert context.root_of(elsewhere) is None

    def test_a_plain_folder_mapped_to_an_adapter_is_the_project_of_its_files(
        self, tmp_path: Path, settings: SettingsStore
    ) -> None:
        """Not the current project, no git, no Rojo file: mapped on the Adapters page, it is a
        project all the same, and the innermost of two mapped folders wins."""
        outer, inner = tmp_path / "games", tmp_path / "games" / "obby"
        (inner / "src").mkdir(parents=True)
        mapped = [str(outer.resolve()), str(inner.resolve())]
        indexer = ContextIndexer(tmp_path / "context-mapped")
        try:
            context = RepoContext(indexer, settings, lambda: mapped)
            file_in = at_cursor(filename=str(inner / "src" / "Main.luau"))
            assert context.root_of(file_in) == str(inner.resolve())
            beside = at_cursor(filename=str(outer / "notes.luau"))
            assert context.root_of(beside) == str(outer.resolve())
            assert RepoContext(indexer, settings).root_of(file_in) is None  # unmapped: none
        finally:
            indexer.close()

    def test_a_folder_without_git_is_a_project_when_it_has_a_rojo_file(
        self, tmp_path: Path
    ) -> None:
        plain = tmp_path / "no-git"
        (plain / "src").mkdir(parents=True)
        (plain / "default.project.json").write_text("{}")
        assert project_root(str(plain / "src")) == str(plain.resolve())


class TestPrepared:
    def test_a_client_without_a_path_gets_the_required_modules_signatures(
        self, context: RepoContext
    ) -> None:
        request, pieces = context.prepared(at_cursor())
        assert request.context_path == MAIN  # found by its lines
        assert [(p.kind, p.path) for p in pieces][:1] == [
            (ContextKind.IMPORTS, "src/shared/Shop.luau")
        ]
        shop = request.context[0]
        assert shop.filename == "src/shared/Shop.luau"
        assert "function Shop.buyItem(player: Player, itemId: string, quantity: number)" in (
            shop.text
        )

    def test_a_python_file_by_its_path_gets_what_it_imports(
        self, tmp_path: Path, settings: SettingsStore
    ) -> None:
        shop = python_shop(tmp_path / "shop")
        indexer = ContextIndexer(tmp_path / "shop-context")
        try:
            indexer.rebuild(str(shop)).result()
            prefix, suffix = cursor_after(CHECKOUT, "    return ")
            request = CompletionRequest(
                prefix=prefix, suffix=suffix, filename=str(shop / "shop" / "checkout.py")
            )
            prepared, _ = RepoContext(indexer, settings).prepared(request)
        finally:
            indexer.close()
        assert prepared.context_path == "shop/checkout.py"
        text = "\n".join(chunk.text for chunk in prepared.context)
        assert "def price_with_tax(amount: float, rate: float = 0.2) -> float" in text

    def test_off_for_the_repository_or_everywhere_adds_nothing(
        self, context: RepoContext, settings: SettingsStore, game: Path
    ) -> None:
        settings.update(context=settings.current.context.switched(str(game), False))
        assert context.prepared(at_cursor()) == (at_cursor(), ())
        settings.update(context=ContextSettings(enabled=False))
        assert context.prepared(at_cursor()) == (at_cursor(), ())

    def test_raw_prompts_are_the_clients_own(self, context: RepoContext) -> None:
        raw = dataclasses.replace(at_cursor(), raw=True)
        assert context.prepared(raw) == (raw, ())

    def test_a_repository_not_indexed_yet_gets_nothing_and_no_wait(
        self, tmp_path: Path, settings: SettingsStore
    ) -> None:
        other = luau_game(tmp_path / "other")
        indexer = ContextIndexer(tmp_path / "other-context")
        try:
            request = at_cursor(filename=str(other / MAIN))
            assert RepoContext(indexer, settings).prepared(request) == (request, ())
        finally:
            indexer.close()

    def test_what_the_client_sent_is_not_sent_twice(self, context: RepoContext) -> None:
        sent = (ExtraChunk("Shop.luau", "function Shop.buyItem(player, itemId, quantity)"),)
        request, _ = context.prepared(at_cursor(extra=sent))
        assert "src/shared/Shop.luau" not in {chunk.filename for chunk in request.context}

    def test_a_definition_that_scrolled_away_stays_until_something_new_is_needed(
        self, context: RepoContext, game: Path
    ) -> None:
        """Dropping it would change the prompt before the file, and cost the whole file."""
        uses = "local n = Inventory.countOf(player)\n"
        filler = "".join(f"\tprint('line {i} of the handler')\n" for i in range(30))
        path = str(game / MAIN)

        def ask(prefix: str, client: str) -> set[str]:
            request = CompletionRequest(prefix=prefix, client_id=client, filename=path)
            return {chunk.filename for chunk in context.prepared(request)[0].context}

        assert "src/shared/Inventory.luau" in ask(MAIN_SCRIPT + uses, "vscode")
        assert "src/shared/Inventory.luau" in ask(MAIN_SCRIPT + uses + filler, "vscode")
        assert "src/shared/Inventory.luau" not in ask(MAIN_SCRIPT + uses + filler, "other")

    def test_the_report_names_files_and_sizes_in_prompt_order(self, context: RepoContext) -> None:
        _, pieces = context.prepared(at_cursor())
        used = tuple((piece.path, 7) for piece in pieces)
        uses = context_uses(pieces, used)
        assert [u.to_dict() for u in uses] == [
            {"file": p.path, "kind": p.kind.value, "tokens": 7} for p in pieces
        ]
        assert "buyItem" in uses[0].identifiers
