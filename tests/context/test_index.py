"""The repository index: what a scan keeps, what it re-reads, and what survives a restart."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.context.index_store import IndexStore, store_name
from desktop_app.context.indexer import ContextIndexer, IndexStatus
from desktop_app.context.repo_index import RepoIndex, fingerprints, line_fingerprint, scan
from tests.context.projects import MAIN_SCRIPT, luau_game, python_shop


@pytest.fixture
def game(tmp_path: Path) -> Path:
    return luau_game(tmp_path / "game")


def names(index: RepoIndex, path: str) -> set[str]:
    return {d.name for d in index.files[path].declarations}


class TestScan:
    def test_indexes_source_files_but_not_ignored_or_vendored_ones(self, game: Path) -> None:
        files, counts = scan(game, {})
        assert sorted(files) == [
            "src/server/Main.server.luau",
            "src/shared/Inventory.luau",
            "src/shared/Shop.luau",
        ]
        assert counts.parsed == 3

    def test_keeps_declarations_and_resolves_requires_through_the_rojo_project(
        self, game: Path
    ) -> None:
        files, _ = scan(game, {})
        index = RepoIndex.build(game, files, 0.0)
        assert {"Shop.buyItem", "Shop.refund"} <= names(index, "src/shared/Shop.luau")
        targets = [target for _imp, target in index.imported_files("src/server/Main.server.luau")]
        assert targets == ["src/shared/Shop.luau"]

    def test_an_unchanged_file_is_not_read_again_and_a_touched_one_is_only_rehashed(
        self, game: Path
    ) -> None:
        first, _ = scan(game, {})
        again, counts = scan(game, first)
        assert (counts.kept, counts.parsed, counts.rehashed) == (3, 0, 0)
        assert again == first
        shop = game / "src/shared/Shop.luau"
        stat = shop.stat()
        os.utime(shop, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
        _, counts = scan(game, first)
        assert (counts.kept, counts.rehashed, counts.parsed) == (2, 1, 0)

    def test_a_changed_file_is_parsed_again_and_a_deleted_one_dropped(self, game: Path) -> None:
        first, _ = scan(game, {})
        shop = game / "src/shared/Shop.luau"
        shop.write_text(shop.read_text().replace("buyItem", "purchase"), "utf-8")
        (game / "src/shared/Inventory.luau").unlink()
        files, counts = scan(game, first)
        assert (counts.parsed, counts.removed) == (1, 1)
        index = RepoIndex.build(game, files, 0.0)
        assert "Shop.purchase" in names(index, "src/shared/Shop.luau")
        assert "Shop.buyItem" not in names(index, "src/shared/Shop.luau")
        assert "src/shared/Inventory.luau" not in index.files

    def test_fingerprints_ignore_indentation_and_short_lines(self) -> None:
        indented = line_fingerprint("\tlocal x = compute(1)")
        assert indented == line_fingerprint("local  x = compute(1)")
        assert line_fingerprint("end") is None
        assert len(fingerprints(MAIN_SCRIPT)) == len(
            {" ".join(ln.split()) for ln in MAIN_SCRIPT.splitlines() if len(ln.strip()) >= 10}
        )


class TestStore:
    def test_round_trips_every_field(self, game: Path, tmp_path: Path) -> None:
        files, _ = scan(game, {})
        store = IndexStore(tmp_path / "index" / store_name(str(game)))
        store.save(str(game), files, {}, 123.5)
        loaded = store.load()
        assert loaded is not None
        assert (loaded.root, loaded.updated_at, loaded.files) == (str(game), 123.5, files)

    def test_keeps_no_file_text(self, game: Path, tmp_path: Path) -> None:
        files, _ = scan(game, {})
        store = IndexStore(tmp_path / store_name(str(game)))
        store.save(str(game), files, {}, 1.0)
        raw = store.path.read_bytes()
        assert b"joined the game and bought a sword" not in raw  # a line of code, not a signature
        assert b"Shop.buyItem" in raw

    def test_a_corrupt_file_loads_as_nothing_instead_of_failing(self, tmp_path: Path) -> None:
        path = tmp_path / "broken.sqlite3"
        path.write_bytes(b"this is not a database" * 100)
        store = IndexStore(path)
        assert store.load() is None
        assert store.summary() is None

    def test_a_store_from_another_schema_is_not_used(self, game: Path, tmp_path: Path) -> None:
        files, _ = scan(game, {})
        store = IndexStore(tmp_path / "old.sqlite3")
        store.save(str(game), files, {}, 1.0)
        with sqlite3.connect(store.path) as db:
            db.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
        assert store.load() is None


class TestIndexer:
    def test_a_request_never_waits_and_the_index_appears_in_the_background(
        self, game: Path, tmp_path: Path
    ) -> None:
        indexer = ContextIndexer(tmp_path / "context")
        try:
            first = indexer.index_of(str(game))  # queues the first scan and returns at once
            assert first is None
            indexer.refresh(str(game)).result()
            index = indexer.index_of(str(game))
            assert index is not None and len(index.files) == 3
        finally:
            indexer.close()

    def test_a_restart_loads_the_saved_index_and_rereads_nothing(
        self, game: Path, tmp_path: Path
    ) -> None:
        folder = tmp_path / "context"
        indexer = ContextIndexer(folder)
        indexer.rebuild(str(game)).result()
        indexer.close()
        again = ContextIndexer(folder)
        try:
            report = again.refresh(str(game)).result()
            assert (report.counts.kept, report.counts.parsed) == (3, 0)
        finally:
            again.close()

    def test_states_list_indexed_repositories_with_their_counts(
        self, game: Path, tmp_path: Path
    ) -> None:
        shop = python_shop(tmp_path / "shop")
        indexer = ContextIndexer(tmp_path / "context")
        try:
            indexer.rebuild(str(game)).result()
            indexer.rebuild(str(shop)).result()
            states = {state.root: state for state in indexer.states()}
            assert states[str(game)].status is IndexStatus.READY
            assert states[str(game)].files == 3
            assert states[str(shop)].files == 3
            assert states[str(shop)].updated_at > 0
            unknown = indexer.states([str(tmp_path / "nowhere")])[0]
            assert unknown.status is IndexStatus.NOT_INDEXED
        finally:
            indexer.close()

    def test_forgetting_deletes_the_index_file(self, game: Path, tmp_path: Path) -> None:
        folder = tmp_path / "context"
        indexer = ContextIndexer(folder)
        try:
            indexer.rebuild(str(game)).result()
            assert list(folder.glob("*.sqlite3"))
            assert indexer.forget(str(game)) is True
            assert not list(folder.glob("*.sqlite3*"))
            assert indexer.states() == []
        finally:
            indexer.close()

    def test_a_folder_that_is_gone_fails_that_scan_and_says_why(self, tmp_path: Path) -> None:
        indexer = ContextIndexer(tmp_path / "context")
        missing = str(tmp_path / "deleted-project")
        try:
            with pytest.raises(FileNotFoundError):
                indexer.refresh(missing).result()
            state = indexer.states([missing])[0]
            assert state.status is IndexStatus.FAILED
            assert "the folder is not there any more" in state.error
        finally:
            indexer.close()
