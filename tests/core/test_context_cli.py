"""`mezzo context`: status, rebuild, forget, on and off, as a person types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import SettingsStore
from desktop_app.cli import main
from tests.context.projects import luau_game
from tests.e2e.conftest import e2e_settings, launch_core


def mezzo(*args: str) -> str:
    result = CliRunner().invoke(main, ["context", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_rebuild_then_status_shows_the_repository(mezzo_home: Path, tmp_path: Path) -> None:
    game = luau_game(tmp_path / "game")
    assert "No repository is indexed yet" in mezzo("status")
    figures = json.loads(mezzo("rebuild", str(game / "src"), "--json"))  # any folder inside it
    assert (figures["root"], figures["files"], figures["parsed"]) == (str(game), 3, 3)
    again = json.loads(mezzo("rebuild", str(game), "--changed-only", "--json"))
    assert (again["parsed"], again["unchanged"]) == (0, 3)
    [state] = json.loads(mezzo("status", "--json"))
    assert (state["root"], state["status"], state["files"], state["context_on"]) == (
        str(game),
        "ready",
        3,
        True,
    )
    assert "3 files" in mezzo("status") and "repository context on" in mezzo("status")


def test_off_and_on_are_kept_in_settings(mezzo_home: Path, tmp_path: Path) -> None:
    game = luau_game(tmp_path / "game")
    mezzo("off", str(game))
    settings = SettingsStore(MezzoPaths(mezzo_home).settings_file)
    assert settings.current.context.off_for == (str(game),)
    mezzo("on", str(game))
    assert SettingsStore(MezzoPaths(mezzo_home).settings_file).current.context.off_for == ()


def test_forget_deletes_the_index_file(mezzo_home: Path, tmp_path: Path) -> None:
    game = luau_game(tmp_path / "game")
    mezzo("rebuild", str(game))
    assert list((mezzo_home / "context").glob("*.sqlite3"))
    assert "Deleted the index" in mezzo("forget", str(game))
    assert not list((mezzo_home / "context").glob("*.sqlite3*"))
    assert "There was no index" in mezzo("forget", str(game))


def test_a_plain_folder_is_a_project_of_its_own(mezzo_home: Path, tmp_path: Path) -> None:
    """Most Roblox creators have no git: the folder they name is the project."""
    plain = tmp_path / "just-a-folder"
    (plain / "src").mkdir(parents=True)
    (plain / "src" / "Util.luau").write_text(
        "local Util = {}\nfunction Util.f() end\nreturn Util\n"
    )
    figures = json.loads(mezzo("rebuild", str(plain), "--json"))
    assert (figures["root"], figures["files"]) == (str(plain.resolve()), 1)


def test_a_folder_that_does_not_exist_is_refused(mezzo_home: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["context", "rebuild", str(tmp_path / "gone")])
    assert result.exit_code != 0
    assert "does not exist" in result.output


def test_while_mezzo_serves_changes_are_refused_and_nothing_changes(
    mezzo_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A running Mezzo holds settings and indexes in memory and would undo them: the person is
    told to use the app's switch instead."""
    game = luau_game(tmp_path / "game")
    mezzo("rebuild", str(game))
    live = launch_core(mezzo_home, None, e2e_settings())
    try:
        monkeypatch.setenv("MEZZO_PORT", str(live.port))
        for command in ("off", "forget"):
            result = CliRunner().invoke(main, ["context", command, str(game)])
            assert result.exit_code != 0
            assert "Mezzo is running" in result.output and "Adapters page" in result.output
    finally:
        live.close()
    assert SettingsStore(MezzoPaths(mezzo_home).settings_file).current.context.off_for == ()
    assert list((mezzo_home / "context").glob("*.sqlite3"))
    mezzo("off", str(game))  # once it has quit, the change is made
    assert SettingsStore(MezzoPaths(mezzo_home).settings_file).current.context.off_for == (
        str(game),
    )
