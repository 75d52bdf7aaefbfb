"""`mezzo adapters …` as a person types it, through click's CliRunner and the real `mezzo`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.adapters import BaseModel
from desktop_app.adapters.repos import normalize_root
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import SettingsStore
from tests.adapters.support import git_repo
from tests.fakehub.fixtures import MezzoCli, mezzo_cli
from tests.fakehub.memkeyring import MemoryKeyring
from tests.fakehub.world import sha256_of


@pytest.fixture
def mezzo(qwen_base: BaseModel, memory_keyring: MemoryKeyring) -> MezzoCli:
    """`mezzo adapters ARGS…`, with the tiny Qwen model installed and in use."""
    return mezzo_cli("adapters")


@pytest.fixture
def game(tmp_path: Path) -> Path:
    return git_repo(tmp_path / "game", remote="git@github.com:acme/game.git")


def lines(output: str) -> dict[str, str]:
    """`which` prints `label: value` lines."""
    return {
        k.strip(): v.strip() for k, _, v in (line.partition(":") for line in output.splitlines())
    }


class TestAddAndList:
    def test_add_then_list_shows_the_adapter_with_its_base(
        self, mezzo: MezzoCli, tiny_lora: Path, qwen_base: BaseModel
    ) -> None:
        added = mezzo("add", str(tiny_lora), "--name", "roblox", "--languages", "luau,lua").output
        version = sha256_of(tiny_lora)[:12]
        assert f"installed roblox@{version} for {qwen_base.name}" in added
        listed = mezzo("list").output
        row = next(line for line in listed.splitlines() if "roblox@" in line)
        assert row.startswith("*")  # fits the model in use
        assert qwen_base.name in row and "luau, lua" in row
        assert "default → no adapter" in listed

    def test_add_of_a_wrong_base_adapter_fails_naming_both_models(
        self, mezzo: MezzoCli, wrong_base_lora: Path, qwen_base: BaseModel, paths: MezzoPaths
    ) -> None:
        result = mezzo("add", str(wrong_base_lora), "--name", "wrong", expect=1)
        assert "“wrong”" in result.output and qwen_base.name in result.output
        assert "No adapters installed" in mezzo("list").output

    def test_add_of_a_file_that_is_not_an_adapter_fails_clearly(
        self, mezzo: MezzoCli, tiny_qwen_model: Path
    ) -> None:
        result = mezzo("add", str(tiny_qwen_model), expect=1)
        assert "is a whole model" in result.output


class TestWhich:
    @pytest.fixture(autouse=True)
    def roblox(self, mezzo: MezzoCli, tiny_lora: Path) -> None:
        mezzo("add", str(tiny_lora), "--name", "roblox", "--scale", "0.75")

    def test_which_names_adapter_scale_and_the_root_mapping(
        self, mezzo: MezzoCli, game: Path
    ) -> None:
        mezzo("map", str(game), "roblox", "--scale", "0.5")
        shown = lines(mezzo("which", str(game / "src" / "main.luau")).output)
        assert shown["adapter"].startswith("roblox@") and "(scale 0.5)" in shown["adapter"]
        assert Path(shown["file"]).is_file()
        assert shown["why"] == f"mapping by root {normalize_root(game)}"

    def test_which_names_the_remote_mapping(self, mezzo: MezzoCli, game: Path) -> None:
        mezzo("map", "https://github.com/acme/game", "roblox")
        shown = lines(mezzo("which", str(game / "main.luau")).output)
        assert "(scale 0.75)" in shown["adapter"]
        assert shown["why"] == "mapping by remote github.com/acme/game"

    def test_which_without_a_path_uses_the_current_repository(
        self, mezzo: MezzoCli, game: Path, paths: MezzoPaths
    ) -> None:
        mezzo("map", str(game), "roblox")
        SettingsStore(paths.settings_file).update(current_repo=str(game))
        shown = lines(mezzo("which").output)
        assert shown["adapter"].startswith("roblox@")
        assert shown["why"] == f"mapping by current repo {normalize_root(game)}"

    def test_which_falls_to_the_default(self, mezzo: MezzoCli, tmp_path: Path) -> None:
        mezzo("default", "roblox")
        shown = lines(mezzo("which", str(tmp_path / "loose.py")).output)
        assert shown["adapter"].startswith("roblox@")
        assert shown["why"] == "default (no mapping matches)"

    def test_which_says_why_a_mapped_adapter_is_not_used_on_another_base(
        self, mezzo: MezzoCli, game: Path, codellama_base: BaseModel
    ) -> None:
        mezzo("map", str(game), "roblox")
        shown = lines(mezzo("which", str(game / "x.luau"), "--base", "tiny-codellama").output)
        assert shown["adapter"] == "none (the base model alone)"
        assert shown["note"].startswith("roblox is not used")

    def test_map_none_then_unmap(self, mezzo: MezzoCli, game: Path) -> None:
        mezzo("default", "roblox")
        assert "→ no adapter" in mezzo("map", str(game), "none").output
        assert lines(mezzo("which", str(game / "x")).output)["adapter"].startswith("none")
        assert "unmapped" in mezzo("unmap", str(game)).output
        assert lines(mezzo("which", str(game / "x")).output)["adapter"].startswith("roblox@")
        assert "was not mapped" in mezzo("unmap", str(game)).output

    def test_a_repository_deleted_from_disk_can_still_be_unmapped(
        self, mezzo: MezzoCli, game: Path
    ) -> None:
        mezzo("map", str(game), "roblox")
        shutil.rmtree(game)
        assert f"unmapped {normalize_root(game)}" in mezzo("unmap", str(game)).output
        assert normalize_root(game) not in mezzo("list").output

    def test_a_folder_without_git_maps_and_its_files_get_the_adapter(
        self, mezzo: MezzoCli, tmp_path: Path
    ) -> None:
        obby = tmp_path / "Obby"
        obby.mkdir()
        assert f"root {normalize_root(obby)} → roblox" in mezzo("map", str(obby), "roblox").output
        shown = lines(mezzo("which", str(obby / "src" / "Main.luau")).output)
        assert shown["adapter"].startswith("roblox@")
        assert shown["why"] == f"mapping by root {normalize_root(obby)}"

    def test_a_missing_folder_is_refused_and_nothing_is_saved(
        self, mezzo: MezzoCli, tmp_path: Path
    ) -> None:
        result = mezzo("map", str(tmp_path / "gone"), "roblox", expect=1)
        assert "neither a folder on this computer nor a git remote URL" in result.output
        assert "gone" not in mezzo("list").output

    def test_mapping_an_adapter_that_is_not_installed_fails(
        self, mezzo: MezzoCli, game: Path
    ) -> None:
        result = mezzo("map", str(game), "ghost", expect=1)
        assert "No adapter “ghost” is installed" in result.output


class TestRemove:
    def test_removing_a_mapped_adapter_is_refused_until_unmapped(
        self, mezzo: MezzoCli, tiny_lora: Path, game: Path
    ) -> None:
        mezzo("add", str(tiny_lora), "--name", "roblox")
        mezzo("map", str(game), "roblox")
        refused = mezzo("remove", "roblox", expect=1)
        assert normalize_root(game) in refused.output and "unmap" in refused.output
        mezzo("unmap", str(game))
        assert "removed roblox@" in mezzo("remove", "roblox").output
        assert "No adapters installed" in mezzo("list").output
