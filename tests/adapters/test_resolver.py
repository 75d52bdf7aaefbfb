"""Which adapter a request runs under: by folder, by remote, by the current project, or the
default. A project folder needs no git."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.adapters import AdapterManifest, AdapterService, BaseModel, MatchKind
from desktop_app.base.errors import AdapterError
from desktop_app.engine.types import AdapterChoice
from tests.adapters.support import git_repo, real_git
from tests.fixtures.tiny_models import write_tiny_lora

GAME_URL = "https://github.com/acme/game.git"


class World:
    """Two adapters for the Qwen base, and repositories to map them to."""

    def __init__(self, adapters: AdapterService, base: BaseModel, tmp: Path, lora: Path) -> None:
        self.adapters = adapters
        self.base = base
        self.roblox = adapters.add(lora, name="roblox", scale=0.75)
        other = write_tiny_lora(tmp / "python-lora.gguf", base.path, seed=3)
        self.python = adapters.add(other, name="python")
        self.outer = git_repo(tmp / "outer", remote="git@github.com:acme/outer.git")
        self.inner = git_repo(self.outer / "vendor" / "inner")
        self.game = git_repo(tmp / "game", remote="git@github.com:acme/game.git")
        self.loose = tmp / "loose"
        self.loose.mkdir()

    def resolve(
        self, filepath: str | Path = "", repo: str = "", git_url: str = ""
    ) -> AdapterChoice:
        return self.adapters.resolver.resolve(
            str(filepath), repo, git_url, base_sha256=self.base.sha256
        )

    def kind(self, filepath: str | Path = "", repo: str = "", git_url: str = "") -> MatchKind:
        return self.adapters.resolver.explain(
            str(filepath), repo, git_url, base_sha256=self.base.sha256
        ).kind

    def choice(self, manifest: AdapterManifest, scale: float | None = None) -> AdapterChoice:
        path = str(self.adapters.registry.path_of(manifest))
        return AdapterChoice(manifest.ref, path, manifest.scale if scale is None else scale)


@pytest.fixture
def world(adapters: AdapterService, qwen_base: BaseModel, tmp_path: Path, tiny_lora: Path) -> World:
    return World(adapters, qwen_base, tmp_path, tiny_lora)


NONE = AdapterChoice()


class TestByRoot:
    def test_a_file_in_a_mapped_repository_gets_its_adapter_and_scale(self, world: World):
        world.adapters.map(str(world.game), "roblox")
        file = world.game / "src" / "main.luau"
        assert world.resolve(file) == world.choice(world.roblox)
        assert Path(world.resolve(file).path).is_file()
        assert world.kind(file) is MatchKind.ROOT

    def test_a_mapping_scale_overrides_the_adapters_own(self, world: World) -> None:
        world.adapters.map(str(world.game), "roblox", scale=1.5)
        assert world.resolve(world.game / "a.luau").scale == 1.5

    def test_nested_repositories_each_get_their_own_mapping(self, world: World) -> None:
        world.adapters.map(str(world.outer), "python")
        world.adapters.map(str(world.inner), "roblox")
        assert world.resolve(world.inner / "src" / "x.luau") == world.choice(world.roblox)
        assert world.resolve(world.outer / "vendor" / "y.py") == world.choice(world.python)

    def test_an_unmapped_inner_repository_does_not_inherit_the_outer_mapping(
        self, world: World
    ) -> None:
        world.adapters.map(str(world.outer), "python")
        assert world.resolve(world.inner / "x.luau") == NONE
        assert world.kind(world.inner / "x.luau") is MatchKind.DEFAULT

    def test_a_file_uri_counts_as_its_path(self, world: World) -> None:
        world.adapters.map(str(world.game), "roblox")
        assert world.resolve(f"file://{world.game}/src/main.luau") == world.choice(world.roblox)

    def test_mezzos_repo_field_may_name_the_root_folder(self, world: World) -> None:
        world.adapters.map(str(world.game), "roblox")
        assert world.resolve(repo=str(world.game)) == world.choice(world.roblox)


class TestFoldersWithoutGit:
    """Most Roblox creators have no git: any folder can be mapped, and matches its files."""

    def test_a_plain_folder_maps_and_a_file_inside_gets_its_adapter(self, world: World) -> None:
        world.adapters.map(str(world.loose), "roblox", scale=0.5)
        file = world.loose / "src" / "server" / "Main.server.luau"
        assert world.resolve(file) == world.choice(world.roblox, 0.5)
        assert world.kind(file) is MatchKind.ROOT

    def test_the_longest_mapped_folder_holding_the_file_wins(self, world: World) -> None:
        tools = world.loose / "tools"
        tools.mkdir()
        world.adapters.map(str(world.loose), "roblox")
        world.adapters.map(str(tools), "python")
        assert world.resolve(tools / "build.py") == world.choice(world.python)
        assert world.resolve(world.loose / "game.luau") == world.choice(world.roblox)

    def test_a_file_outside_every_mapped_folder_gets_the_default(self, world: World) -> None:
        world.adapters.map(str(world.loose), "roblox")
        world.adapters.set_default("python")
        assert world.resolve(world.loose.parent / "elsewhere" / "x.py") == world.choice(
            world.python
        )

    def test_a_plain_folder_can_be_the_current_project(self, world: World) -> None:
        world.adapters.map(str(world.loose), "roblox")
        world.adapters.settings.update(current_repo=str(world.loose))
        assert world.resolve() == world.choice(world.roblox)
        assert world.kind() is MatchKind.CURRENT_REPO

    def test_a_mapped_folder_does_not_reach_into_a_git_repository_inside_it(
        self, world: World
    ) -> None:
        plugin = git_repo(world.loose / "plugin", remote="https://github.com/acme/plugin")
        world.adapters.map(str(world.loose), "roblox")
        assert world.resolve(plugin / "init.luau") == NONE
        world.adapters.map("https://github.com/acme/plugin", "python")
        assert world.resolve(plugin / "init.luau") == world.choice(world.python)
        assert world.kind(plugin / "init.luau") is MatchKind.REMOTE


class TestRefusedFolders:
    def test_a_missing_folder_is_refused_and_nothing_is_saved(
        self, world: World, make_adapters: Callable[[], AdapterService]
    ) -> None:
        with pytest.raises(AdapterError, match="neither a folder on this computer"):
            world.adapters.map(str(world.loose / "gone"), "roblox")
        assert world.adapters.mappings.current().repos == {}
        assert make_adapters().mappings.current().repos == {}  # nor on disk

    def test_a_file_is_refused_and_nothing_is_saved(self, world: World) -> None:
        script = world.loose / "Main.luau"
        script.write_text("print('hi')\n")
        with pytest.raises(AdapterError, match="is a file, not a folder"):
            world.adapters.map(str(script), "roblox")
        assert world.adapters.mappings.current().repos == {}


class TestByRemote:
    def test_an_https_mapping_matches_a_clone_whose_origin_is_ssh(self, world: World) -> None:
        world.adapters.map(GAME_URL, "roblox")
        assert world.resolve(world.game / "src" / "main.luau") == world.choice(world.roblox)
        assert world.kind(world.game / "main.luau") is MatchKind.REMOTE

    def test_tabbys_git_url_and_relative_filepath_match_by_remote(self, world: World) -> None:
        world.adapters.map(GAME_URL, "roblox")
        found = world.resolve("src/main.luau", git_url="git@github.com:acme/game.git")
        assert found == world.choice(world.roblox)

    def test_mezzos_repo_field_may_be_a_url(self, world: World) -> None:
        world.adapters.map("git@github.com:acme/game", "roblox")
        assert world.resolve(repo="https://GitHub.com/acme/game/") == world.choice(world.roblox)

    def test_a_root_mapping_beats_a_remote_mapping(self, world: World) -> None:
        world.adapters.map(GAME_URL, "python")
        world.adapters.map(str(world.game), "roblox")
        assert world.resolve(world.game / "x.luau") == world.choice(world.roblox)

    @pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
    def test_a_real_clone_matches_a_mapping_of_its_remote(
        self, world: World, tmp_path: Path
    ) -> None:
        clone = tmp_path / "clone"
        (clone / "src").mkdir(parents=True)
        real_git("init", "-q", cwd=clone)
        real_git("remote", "add", "origin", "git@github.com:acme/game.git", cwd=clone)
        world.adapters.map(GAME_URL, "roblox")
        assert world.resolve(clone / "src" / "main.luau") == world.choice(world.roblox)
        assert world.kind(clone / "src" / "main.luau") is MatchKind.REMOTE

    def test_an_unmapped_remote_falls_to_the_default(self, world: World) -> None:
        world.adapters.set_default("python")
        found = world.resolve("x.py", git_url="https://github.com/someone/else")
        assert found == world.choice(world.python)


class TestCurrentRepo:
    """llama.vscode and the Roblox plugin send no path: the repository picked in Mezzo decides."""

    def test_a_request_without_a_path_uses_the_current_repository(self, world: World) -> None:
        world.adapters.map(str(world.game), "roblox")
        world.adapters.settings.update(current_repo=str(world.game))
        assert world.resolve() == world.choice(world.roblox)
        assert world.kind() is MatchKind.CURRENT_REPO

    def test_the_current_repository_may_be_a_url(self, world: World) -> None:
        world.adapters.map(GAME_URL, "roblox")
        world.adapters.settings.update(current_repo="git@github.com:acme/game.git")
        assert world.resolve() == world.choice(world.roblox)

    def test_picking_another_current_repository_takes_effect_at_once(self, world: World):
        world.adapters.map(str(world.game), "roblox")
        world.adapters.map(str(world.outer), "python")
        world.adapters.settings.update(current_repo=str(world.game))
        assert world.resolve() == world.choice(world.roblox)
        world.adapters.settings.update(current_repo=str(world.outer))
        assert world.resolve() == world.choice(world.python)

    def test_a_request_that_names_a_repository_ignores_the_current_one(self, world: World):
        world.adapters.map(str(world.game), "roblox")
        world.adapters.settings.update(current_repo=str(world.game))
        assert world.resolve(world.outer / "x.py") == NONE
        assert world.kind(world.outer / "x.py") is MatchKind.DEFAULT


class TestDefaultAndNoAdapter:
    def test_with_no_mappings_there_is_no_adapter(self, world: World) -> None:
        assert world.resolve(world.game / "x.luau") == NONE

    def test_the_default_applies_where_nothing_matches(self, world: World) -> None:
        world.adapters.set_default("roblox", scale=0.5)
        assert world.resolve(world.loose / "x.luau") == world.choice(world.roblox, 0.5)
        assert world.kind(world.loose / "x.luau") is MatchKind.DEFAULT

    def test_no_adapter_is_a_mapping_that_beats_the_default(self, world: World) -> None:
        world.adapters.set_default("roblox")
        world.adapters.map(str(world.game), "none")
        assert world.resolve(world.game / "x.luau") == NONE
        assert world.kind(world.game / "x.luau") is MatchKind.ROOT

    def test_unmap_brings_the_default_back_at_once(self, world: World) -> None:
        world.adapters.set_default("python")
        world.adapters.map(str(world.game), "roblox")
        assert world.resolve(world.game / "x.luau") == world.choice(world.roblox)
        world.adapters.unmap(str(world.game))
        assert world.resolve(world.game / "x.luau") == world.choice(world.python)


class TestOnlyAdaptersForTheLoadedBase:
    def test_an_adapter_checked_for_another_base_is_not_used_and_the_reason_logged_once(
        self, world: World, codellama_base: BaseModel, caplog: pytest.LogCaptureFixture
    ) -> None:
        world.adapters.map(str(world.game), "roblox")
        resolver = world.adapters.resolver
        with caplog.at_level(logging.WARNING, logger="desktop_app.adapters.resolver"):
            for _ in range(3):
                found = resolver.explain(
                    str(world.game / "x.luau"), base_sha256=codellama_base.sha256
                )
        assert found.choice == NONE
        assert found.wanted == "roblox"
        assert world.base.name in found.note
        assert codellama_base.sha256[:12] in found.note
        assert len([r for r in caplog.records if "roblox" in r.getMessage()]) == 1

    def test_one_name_may_hold_versions_for_several_bases(
        self, world: World, codellama_base: BaseModel, tiny_lora: Path
    ) -> None:
        for_codellama = world.adapters.add(
            tiny_lora, name="roblox", version="codellama", base=codellama_base.sha256
        )
        world.adapters.map(str(world.game), "roblox")
        file = str(world.game / "x.luau")
        on_codellama = world.adapters.resolver.resolve(file, base_sha256=codellama_base.sha256)
        assert on_codellama.name == for_codellama.ref
        assert world.resolve(file) == world.choice(world.roblox)

    def test_no_loaded_base_means_no_adapter(self, world: World) -> None:
        world.adapters.map(str(world.game), "roblox")
        found = world.adapters.resolver.explain(str(world.game / "x.luau"), base_sha256="")
        assert (found.choice, found.note) == (NONE, "no base model is loaded")

    def test_an_adapter_whose_file_vanished_is_not_handed_to_the_engine(self, world: World):
        world.adapters.map(str(world.game), "roblox")
        world.adapters.registry.path_of(world.roblox).unlink()
        assert world.resolve(world.game / "x.luau") == NONE


class TestChangesTakeEffect:
    def test_mappings_persist_for_a_new_resolver(
        self, world: World, make_adapters: Callable[[], AdapterService]
    ) -> None:
        world.adapters.map(GAME_URL, "roblox")
        world.adapters.map(str(world.outer), "none")
        world.adapters.set_default("python")
        fresh = make_adapters().resolver
        base = world.base.sha256
        assert fresh.resolve(str(world.game / "a.luau"), base_sha256=base).name == world.roblox.ref
        assert fresh.resolve(str(world.outer / "a.py"), base_sha256=base) == NONE
        assert fresh.resolve(str(world.loose / "a.py"), base_sha256=base).name.startswith("python")

    def test_a_mapping_made_by_another_process_applies_to_the_next_request(
        self, world: World, make_adapters: Callable[[], AdapterService]
    ) -> None:
        file = world.game / "x.luau"
        assert world.resolve(file) == NONE
        make_adapters().map(str(world.game), "roblox")  # e.g. `mezzo adapters map` in a shell
        assert world.resolve(file) == world.choice(world.roblox)

    def test_root_lookups_are_cached_until_the_mappings_change(self, world: World) -> None:
        world.adapters.map(str(world.outer), "python")
        file = world.outer / "later" / "x.luau"
        assert world.resolve(file) == world.choice(world.python)
        git_repo(world.outer / "later")  # a new repository appears: the cache does not look
        assert world.resolve(file) == world.choice(world.python)
        world.adapters.map(str(world.outer / "later"), "roblox")
        assert world.resolve(file) == world.choice(world.roblox)

    def test_subscribers_hear_mapping_changes(self, world: World) -> None:
        heard: list[str] = []
        world.adapters.mappings.subscribe(lambda state: heard.append(state.default.adapter))
        world.adapters.set_default("roblox")
        assert heard == ["roblox"]
