"""Which file a request is in, and which context it gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.context.file_match import locate_file
from desktop_app.context.recent_edits import RecentEdits
from desktop_app.context.repo_index import RepoIndex, scan
from desktop_app.context.selection import (
    ContextKind,
    ContextSources,
    choose_context,
    cross_file_identifiers,
    estimated_tokens,
)
from tests.context.projects import CHECKOUT, MAIN_SCRIPT, cursor_after, luau_game, python_shop

MAIN = "src/server/Main.server.luau"
SHOP = "src/shared/Shop.luau"


def built(root: Path) -> RepoIndex:
    files, _ = scan(root, {})
    return RepoIndex.build(root, files, 0.0)


@pytest.fixture(scope="module")
def game(tmp_path_factory: pytest.TempPathFactory) -> RepoIndex:
    return built(luau_game(tmp_path_factory.mktemp("game")))


class TestLocateFile:
    def test_finds_the_file_from_the_lines_around_the_cursor(self, game: RepoIndex) -> None:
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        assert locate_file(game, prefix, suffix) == MAIN

    def test_finds_it_while_the_person_has_changed_lines_near_the_cursor(
        self, game: RepoIndex
    ) -> None:
        edited = MAIN_SCRIPT.replace('print(player.Name, "joined', 'warn(player.Name, "left')
        prefix, suffix = cursor_after(edited, "local bought = ")
        assert locate_file(game, prefix, suffix) == MAIN

    def test_a_script_that_is_not_on_disk_matches_nothing(self, game: RepoIndex) -> None:
        studio_only = "local Lighting = game:GetService('Lighting')\nLighting.ClockTime = 14\n"
        assert locate_file(game, studio_only, "") is None


class TestChooseContext:
    def test_a_required_modules_signatures_come_first(self, game: RepoIndex) -> None:
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        pieces = choose_context(game, MAIN, prefix, suffix, budget_tokens=384)
        imports = [p for p in pieces if p.kind is ContextKind.IMPORTS]
        assert [p.path for p in imports] == [SHOP]
        assert "function Shop.buyItem(player: Player, itemId: string, quantity: number)" in (
            imports[0].text
        )
        assert "-- Buys one item for the player" in imports[0].text  # its doc comment's line
        assert "return quantity > 0" not in imports[0].text  # signatures, never bodies
        assert "!strict" not in imports[0].text  # a mode directive is not a doc comment

    def test_definitions_of_names_near_the_cursor_come_from_other_files(
        self, game: RepoIndex
    ) -> None:
        counted = "local n = Inventory.countOf(player)\n\tprint("
        text = MAIN_SCRIPT.replace("print(player.Name", counted)
        prefix, suffix = cursor_after(text, "local n = Inventory.countOf(player)\n")
        pieces = choose_context(game, MAIN, prefix, suffix, budget_tokens=384)
        definitions = [p for p in pieces if p.kind is ContextKind.DEFINITIONS]
        assert [p.path for p in definitions] == ["src/shared/Inventory.luau"]
        assert "Inventory.countOf(player: Player, itemId: string): number" in definitions[0].text

    def test_the_budget_is_kept(self, game: RepoIndex) -> None:
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        assert choose_context(game, MAIN, prefix, suffix, budget_tokens=5) == ()
        pieces = choose_context(game, MAIN, prefix, suffix, budget_tokens=60)
        assert 0 < estimated_tokens(pieces) <= 60

    def test_each_kind_can_be_switched_off(self, game: RepoIndex) -> None:
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        none = ContextSources(imports=False, definitions=False, recent_edits=False)
        assert choose_context(game, MAIN, prefix, suffix, budget_tokens=384, sources=none) == ()

    def test_what_the_client_sent_itself_is_not_repeated(self, game: RepoIndex) -> None:
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        sent = [("Shop.luau", "function Shop.buyItem(player, itemId, quantity)")]
        pieces = choose_context(game, MAIN, prefix, suffix, budget_tokens=384, already_sent=sent)
        assert SHOP not in {p.path for p in pieces}

    def test_the_same_neighbourhood_gives_the_same_context_while_typing(
        self, game: RepoIndex
    ) -> None:
        """Typing within a word must not change the context: it sits before the file in the
        prompt, and a change would cost a re-evaluation of everything after it."""
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        first = choose_context(game, MAIN, prefix + "Sh", suffix, budget_tokens=384)
        second = choose_context(game, MAIN, prefix + "Shop.bu", suffix, budget_tokens=384)
        assert first == second

    def test_a_python_import_brings_its_functions_and_classes(self, tmp_path: Path) -> None:
        index = built(python_shop(tmp_path / "shop"))
        prefix, suffix = cursor_after(CHECKOUT, "    return ")
        pieces = choose_context(index, "shop/checkout.py", prefix, suffix, budget_tokens=384)
        text = "\n".join(p.text for p in pieces if p.path == "shop/pricing.py")
        assert "def price_with_tax(amount: float, rate: float = 0.2) -> float" in text
        assert "class Discount" in text

    def test_recent_edits_elsewhere_are_used_and_the_current_file_is_not(
        self, game: RepoIndex
    ) -> None:
        edits = RecentEdits()
        shop_text = (game.root / SHOP).read_text()
        edits.visit("vim", SHOP, *cursor_after(shop_text, "function Shop.refund("))
        prefix, suffix = cursor_after(MAIN_SCRIPT, "local bought = ")
        sites = edits.visit("vim", MAIN, prefix, suffix)
        assert [site.path for site in sites] == [SHOP]
        assert "function Shop.refund(" in sites[0].text
        pieces = choose_context(game, MAIN, prefix, suffix, sites=sites, budget_tokens=384)
        assert ContextKind.RECENT_EDIT in {p.kind for p in pieces}
        assert edits.visit("other-editor", MAIN, prefix, suffix) == ()  # per client


class TestCrossFileIdentifiers:
    def test_names_declared_elsewhere_and_not_here(self, game: RepoIndex) -> None:
        used = "Shop.buyItem(player, 'x', 1)\nonPlayerAdded(player)"
        # `Shop` is the module table Shop.luau declares; `onPlayerAdded` is this file's own.
        assert cross_file_identifiers(game, MAIN, used) == {"Shop", "buyItem"}
