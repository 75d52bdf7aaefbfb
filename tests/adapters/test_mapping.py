"""Naming projects (folders and remote URLs) and keeping the person's mappings on disk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.adapters.mapping import MappingState, MappingStore, RepoKey, RepoKind, Target
from desktop_app.adapters.repos import (
    find_repo_root,
    local_path,
    normalize_remote,
    normalize_root,
    read_remotes,
)
from desktop_app.base.errors import AdapterError
from desktop_app.base.paths import MezzoPaths
from tests.adapters.support import git_repo, real_git


class TestRemoteUrls:
    @pytest.mark.parametrize(
        "url",
        [
            "https://github.com/acme/game.git",
            "https://github.com/acme/game",
            "https://github.com/acme/game/",
            "http://GitHub.com/acme/game.git",
            "https://user:ghp_secret@github.com/acme/game.git",
            "https://github.com:443/acme/game.git",
            "git@github.com:acme/game.git",
            "git@GITHUB.COM:acme/game",
            "github.com:acme/game.git",
            "ssh://git@github.com/acme/game.git",
            "ssh://git@github.com:22/acme/game",
            "git+ssh://git@github.com/acme/game.git",
            "git://github.com/acme/game.git",
            "  https://github.com/acme//game.git  ",
        ],
    )
    def test_https_and_ssh_forms_of_one_repository_are_equal(self, url: str) -> None:
        assert normalize_remote(url) == "github.com/acme/game"

    def test_the_path_keeps_its_case(self) -> None:
        assert normalize_remote("https://github.com/Acme/Game.git") == "github.com/Acme/Game"

    def test_different_repositories_stay_different(self) -> None:
        assert normalize_remote("git@github.com:acme/game.git") != normalize_remote(
            "git@gitlab.com:acme/game.git"
        )

    @pytest.mark.parametrize(
        "text", ["/home/me/game", "C:\\src\\game", "file:///home/me/game", "game", "", "https://"]
    )
    def test_paths_and_plain_words_are_not_remotes(self, text: str) -> None:
        assert normalize_remote(text) is None

    def test_credentials_never_survive_normalisation(self) -> None:
        assert "secret" not in (normalize_remote("https://me:secret@host.dev/a/b") or "")


class TestRepositoryRoots:
    def test_nearest_folder_with_git_is_the_root(self, tmp_path: Path) -> None:
        repo = git_repo(tmp_path / "game")
        (repo / "src" / "deep").mkdir(parents=True)
        assert find_repo_root(str(repo / "src" / "deep")) == normalize_root(repo)

    def test_nested_repositories_resolve_to_the_innermost(self, tmp_path: Path) -> None:
        outer = git_repo(tmp_path / "outer")
        inner = git_repo(outer / "vendor" / "inner")
        assert find_repo_root(str(inner / "src")) == normalize_root(inner)
        assert find_repo_root(str(outer / "vendor")) == normalize_root(outer)

    def test_a_git_file_marks_a_worktree_or_submodule_root(self, tmp_path: Path) -> None:
        outer = git_repo(tmp_path / "outer")
        sub = outer / "libs" / "sub"
        sub.mkdir(parents=True)
        (sub / ".git").write_text("gitdir: ../../.git/modules/sub\n")
        assert find_repo_root(str(sub)) == normalize_root(sub)

    def test_outside_any_repository_there_is_no_root(self, tmp_path: Path) -> None:
        assert find_repo_root(str(tmp_path / "loose")) in (None, *_roots_above(tmp_path))

    def test_symlinked_paths_find_the_same_root(self, tmp_path: Path) -> None:
        repo = git_repo(tmp_path / "game")
        (tmp_path / "link").symlink_to(repo)
        assert find_repo_root(str(tmp_path / "link")) == normalize_root(repo)

    def test_relative_paths_mean_nothing_to_the_server(self) -> None:
        assert local_path("src/main.lua") is None
        assert local_path("file:///home/me/x.lua") == "/home/me/x.lua"


def _roots_above(path: Path) -> list[str]:
    """Roots a developer's own machine might have above tmp (a dotfiles repo in ~)."""
    return [normalize_root(p) for p in path.parents if (p / ".git").exists()]


class TestRemotesFromGitConfig:
    def test_remotes_are_read_origin_first(self, tmp_path: Path) -> None:
        repo = git_repo(tmp_path / "game", remote="git@github.com:acme/game.git")
        config = repo / ".git" / "config"
        config.write_text(
            '[remote "upstream"]\n\turl = https://gitlab.com/up/game\n' + config.read_text()
        )
        assert read_remotes(str(repo)) == ("github.com/acme/game", "gitlab.com/up/game")

    @pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
    def test_a_real_worktree_reads_its_main_clone_config(self, tmp_path: Path) -> None:
        main = tmp_path / "main"
        main.mkdir()
        real_git("init", "-q", cwd=main)
        real_git("remote", "add", "origin", "https://github.com/acme/game.git", cwd=main)
        real_git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty",
                 "-m", "x", cwd=main)  # fmt: skip
        real_git("worktree", "add", "-q", str(tmp_path / "wt"), cwd=main)
        assert (tmp_path / "wt" / ".git").is_file()
        assert find_repo_root(str(tmp_path / "wt")) == normalize_root(tmp_path / "wt")
        assert read_remotes(str(tmp_path / "wt")) == ("github.com/acme/game",)

    def test_a_repository_without_config_has_no_remotes(self, tmp_path: Path) -> None:
        repo = tmp_path / "bare"
        (repo / ".git").mkdir(parents=True)
        assert read_remotes(str(repo)) == ()


class TestRepoKey:
    def test_a_folder_inside_a_clone_names_its_root(self, tmp_path: Path) -> None:
        repo = git_repo(tmp_path / "game")
        (repo / "src").mkdir()
        assert RepoKey.parse(str(repo / "src")) == RepoKey(RepoKind.ROOT, normalize_root(repo))

    def test_a_url_names_a_remote(self) -> None:
        key = RepoKey.parse("git@github.com:acme/game.git")
        assert key == RepoKey(RepoKind.REMOTE, "github.com/acme/game")

    def test_a_folder_without_git_names_itself(self, tmp_path: Path) -> None:
        plain = tmp_path / "obby"
        plain.mkdir()
        if _roots_above(tmp_path):
            pytest.skip("a repository above the temp folder")
        assert RepoKey.parse(str(plain)) == RepoKey(RepoKind.ROOT, normalize_root(plain))

    def test_a_folder_inside_a_rojo_project_names_the_project(self, tmp_path: Path) -> None:
        project = tmp_path / "obby"
        (project / "src" / "shared").mkdir(parents=True)
        (project / "default.project.json").write_text("{}")
        if _roots_above(tmp_path):
            pytest.skip("a repository above the temp folder")
        key = RepoKey.parse(str(project / "src" / "shared"))
        assert key == RepoKey(RepoKind.ROOT, normalize_root(project))

    def test_a_missing_folder_is_refused(self, tmp_path: Path) -> None:
        with pytest.raises(AdapterError, match="neither a folder on this computer nor a git"):
            RepoKey.parse(str(tmp_path / "nowhere"))

    def test_a_file_is_refused_as_a_file(self, tmp_path: Path) -> None:
        script = tmp_path / "main.luau"
        script.write_text("print('hi')\n")
        with pytest.raises(AdapterError, match="is a file, not a folder"):
            RepoKey.parse(str(script))


class TestMappingStore:
    ROOT = RepoKey(RepoKind.ROOT, "/src/game")
    REMOTE = RepoKey(RepoKind.REMOTE, "github.com/acme/game")

    def test_mappings_persist_for_a_new_store(self, paths: MezzoPaths) -> None:
        store = MappingStore.for_paths(paths)
        store.map(self.ROOT, Target("roblox", 0.5))
        store.map(self.REMOTE, Target(""))
        store.set_default(Target("python"))
        again = MappingStore.for_paths(paths).current()
        assert again.get(self.ROOT) == Target("roblox", 0.5)
        assert again.get(self.REMOTE) == Target("")
        assert again.default == Target("python")

    def test_the_file_is_plain_json_under_home(self, paths: MezzoPaths) -> None:
        MappingStore.for_paths(paths).map(self.REMOTE, Target("roblox"))
        doc = json.loads((paths.home / "adapter-mappings.json").read_text())
        assert doc["repos"] == [
            {"kind": "remote", "repo": "github.com/acme/game", "adapter": "roblox", "scale": None}
        ]

    def test_unmap_forgets_and_says_whether_there_was_anything(self, paths: MezzoPaths) -> None:
        store = MappingStore.for_paths(paths)
        store.map(self.ROOT, Target("roblox"))
        assert store.unmap(self.ROOT) is True
        assert store.current().get(self.ROOT) is None
        assert store.unmap(self.ROOT) is False

    def test_subscribers_hear_every_change_with_the_new_state(self, paths: MezzoPaths) -> None:
        store = MappingStore.for_paths(paths)
        heard: list[MappingState] = []
        store.subscribe(heard.append)
        store.map(self.ROOT, Target("roblox"))
        store.unmap(self.ROOT)
        assert [s.get(self.ROOT) for s in heard] == [Target("roblox"), None]

    def test_another_process_change_is_seen_on_the_next_read(self, paths: MezzoPaths) -> None:
        server_side = MappingStore.for_paths(paths)
        assert server_side.current().get(self.ROOT) is None
        heard: list[MappingState] = []
        server_side.subscribe(heard.append)
        MappingStore.for_paths(paths).map(self.ROOT, Target("roblox"))  # e.g. the CLI
        assert server_side.current().get(self.ROOT) == Target("roblox")
        assert len(heard) == 1

    def test_two_writers_never_lose_each_others_edit(self, paths: MezzoPaths) -> None:
        first, second = MappingStore.for_paths(paths), MappingStore.for_paths(paths)
        first.map(self.ROOT, Target("a"))
        second.map(self.REMOTE, Target("b"))  # second's snapshot predates first's edit
        state = MappingStore.for_paths(paths).current()
        assert (state.get(self.ROOT), state.get(self.REMOTE)) == (Target("a"), Target("b"))

    def test_an_unreadable_file_means_no_mappings_not_a_crash(self, paths: MezzoPaths) -> None:
        (paths.home / "adapter-mappings.json").write_text("{not json")
        assert MappingStore.for_paths(paths).current() == MappingState()
