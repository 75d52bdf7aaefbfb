"""What a project is: a git repository, a Rojo or Godot project, or any folder at all."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop_app.adapters.projects import enclosing_folders, project_of, remote_of
from desktop_app.adapters.repos import normalize_root
from tests.adapters.support import git_repo, real_git


@pytest.fixture
def outside_git(tmp_path: Path) -> Path:
    """`tmp_path`, skipping the test where a repository above it would make every folder its."""
    if any((folder / ".git").exists() for folder in tmp_path.parents):
        pytest.skip("a repository above the temp folder")
    return tmp_path


class TestProjectOf:
    def test_a_plain_folder_is_a_project_of_its_own(self, outside_git: Path) -> None:
        plain = outside_git / "obby" / "src"
        plain.mkdir(parents=True)
        assert project_of(str(plain)) == normalize_root(plain)

    def test_a_folder_inside_a_git_repository_belongs_to_it(self, tmp_path: Path) -> None:
        game = git_repo(tmp_path / "game")
        (game / "src").mkdir()
        assert project_of(str(game / "src")) == normalize_root(game)

    def test_a_godot_project_file_makes_its_folder_the_project(self, outside_git: Path) -> None:
        (outside_git / "platformer" / "scenes").mkdir(parents=True)
        (outside_git / "platformer" / "project.godot").write_text("")
        found = project_of(str(outside_git / "platformer" / "scenes"))
        assert found == normalize_root(outside_git / "platformer")

    def test_a_missing_folder_or_a_file_is_no_project(self, tmp_path: Path) -> None:
        (tmp_path / "main.luau").write_text("")
        assert project_of(str(tmp_path / "gone")) is None
        assert project_of(str(tmp_path / "main.luau")) is None


class TestRemoteOf:
    def test_a_folder_without_git_has_no_remote(self, outside_git: Path) -> None:
        (outside_git / "obby").mkdir()
        assert remote_of(str(outside_git / "obby")) is None

    @pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
    def test_a_real_clone_is_known_by_its_origin(self, tmp_path: Path) -> None:
        game = tmp_path / "game"
        (game / "src").mkdir(parents=True)
        real_git("init", "-q", cwd=game)
        real_git("remote", "add", "origin", "git@github.com:acme/game.git", cwd=game)
        assert remote_of(str(game / "src")) == "github.com/acme/game"


class TestEnclosingFolders:
    def test_without_git_every_folder_up_to_the_top_counts(self, outside_git: Path) -> None:
        deep = outside_git / "a" / "b"
        deep.mkdir(parents=True)
        found = enclosing_folders(str(deep))
        assert found[:3] == tuple(normalize_root(p) for p in (deep, deep.parent, outside_git))
        assert os.path.dirname(found[-1]) == found[-1]  # the top of the disk

    def test_the_walk_stops_at_the_innermost_repository(self, tmp_path: Path) -> None:
        plugin = git_repo(tmp_path / "games" / "plugin")
        found = enclosing_folders(str(plugin / "src"))
        assert found == (normalize_root(plugin / "src"), normalize_root(plugin))
