"""The Roblox Studio plugin: found where Studio looks on each system, packed as the model file
Studio loads, and installed with either the whole new file or the old one left in place."""

from __future__ import annotations

import errno
import os
import platform
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner

from desktop_app.base.errors import (
    PluginDiskFullError,
    PluginFolderReadOnlyError,
    StudioNotFoundError,
)
from desktop_app.cli import main
from desktop_app.core.studio_plugin import (
    MAIN_SCRIPT,
    PLUGIN_FILE,
    StudioStatus,
    install_plugin,
    plugin_model,
    shipped_sources,
    studio_plugins_folder,
    studio_status,
)

MAIN = 'local Client = require(script.Client)\nprint("Mezzo <ready> & waiting")\n'
MODULES = {
    "Client": "return { url = 'http://localhost:11434/api/generate' }\n",
    "Ghost": "local t = {}\nlocal s = t[t[1]]>0 and 'yes' or 'no'\nreturn t\n",  # "]]>" in Lua
}


def write_sources(folder: Path, main: str = MAIN, modules: dict[str, str] = MODULES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MAIN_SCRIPT).write_text(main, encoding="utf-8")
    for name, source in modules.items():
        (folder / f"{name}.lua").write_text(source, encoding="utf-8")
    (folder / "README.md").write_text("# not part of the plugin\n", encoding="utf-8")
    return folder


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    return write_sources(tmp_path / "roblox-studio")


class Windows(NamedTuple):
    environ: dict[str, str]
    home: Path
    plugins: Path


@pytest.fixture
def windows(tmp_path: Path) -> Windows:
    """A Windows user's folders with Studio installed: %LOCALAPPDATA%\\Roblox exists."""
    home = tmp_path / "Users" / "ana"
    local = home / "AppData" / "Local"
    (local / "Roblox").mkdir(parents=True)
    return Windows({"LOCALAPPDATA": str(local)}, home, local / "Roblox" / "Plugins")


@pytest.fixture
def read_only_plugins(windows: Windows, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A read-only plugins folder holding an old plugin. The OS is also made to refuse new files
    in it, as it would for a person: root, which these tests may run as, may write anyway."""
    folder = windows.plugins
    folder.mkdir()
    (folder / PLUGIN_FILE).write_text("old plugin", encoding="utf-8")
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, *args: int, **kw: int) -> int:
        if flags & os.O_CREAT and Path(path).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", refusing_open)
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def properties(item: ET.Element) -> dict[str, str]:
    found = item.find("Properties")
    assert found is not None
    return {prop.get("name", ""): prop.text or "" for prop in found}


class TestWhereStudioLooks:
    def test_windows_keeps_plugins_under_local_app_data(self, tmp_path: Path) -> None:
        environ = {"LOCALAPPDATA": str(tmp_path / "Local")}
        assert studio_plugins_folder("Windows", environ, tmp_path / "home") == (
            tmp_path / "Local" / "Roblox" / "Plugins"
        )

    def test_windows_without_the_variable_uses_the_usual_place_in_the_home(
        self, tmp_path: Path
    ) -> None:
        assert studio_plugins_folder("Windows", {}, tmp_path) == (
            tmp_path / "AppData" / "Local" / "Roblox" / "Plugins"
        )

    def test_macos_keeps_plugins_in_documents(self, tmp_path: Path) -> None:
        assert studio_plugins_folder("Darwin", {}, tmp_path) == (
            tmp_path / "Documents" / "Roblox" / "Plugins"
        )

    def test_there_is_no_plugins_folder_where_studio_does_not_run(self, tmp_path: Path) -> None:
        assert studio_plugins_folder("Linux", {"LOCALAPPDATA": str(tmp_path)}, tmp_path) is None


class TestIsStudioInstalled:
    def test_the_roblox_folder_means_installed(self, windows: Windows) -> None:
        assert studio_status("Windows", windows.environ, windows.home) is StudioStatus.INSTALLED

    def test_no_roblox_folder_means_not_installed(self, tmp_path: Path) -> None:
        environ = {"LOCALAPPDATA": str(tmp_path / "Local")}
        assert studio_status("Windows", environ, tmp_path) is StudioStatus.NOT_INSTALLED

    def test_a_mac_with_roblox_in_documents_has_studio(self, tmp_path: Path) -> None:
        (tmp_path / "Documents" / "Roblox").mkdir(parents=True)
        assert studio_status("Darwin", {}, tmp_path) is StudioStatus.INSTALLED

    def test_linux_cannot_run_studio(self, tmp_path: Path) -> None:
        assert studio_status("Linux", {}, tmp_path) is StudioStatus.UNSUPPORTED_SYSTEM


class TestPluginModel:
    def test_it_is_a_roblox_model_studio_reads(self, sources: Path) -> None:
        root = ET.fromstring(plugin_model(sources))
        assert (root.tag, root.get("version")) == ("roblox", "4")
        assert [e.text for e in root.findall("External")] == ["null", "nil"]
        [script] = root.findall("Item")
        assert script.get("class") == "Script"
        assert properties(script)["Name"] == "Mezzo"
        assert properties(script)["Source"] == MAIN

    def test_every_other_lua_file_is_a_module_of_the_script(self, sources: Path) -> None:
        [script] = ET.fromstring(plugin_model(sources)).findall("Item")
        children = script.findall("Item")
        assert {c.get("class") for c in children} == {"ModuleScript"}
        assert {properties(c)["Name"]: properties(c)["Source"] for c in children} == MODULES

    def test_each_item_has_its_own_referent(self, sources: Path) -> None:
        referents = [e.get("referent") for e in ET.fromstring(plugin_model(sources)).iter("Item")]
        assert len(referents) == 1 + len(MODULES) == len(set(referents))
        assert all(referents)

    def test_a_source_that_would_end_the_cdata_survives(self, tmp_path: Path) -> None:
        tricky = "local s = [[a]]>b]]>]]>\n"
        folder = write_sources(tmp_path / "src", main=tricky, modules={"M": "return ']]>'"})
        [script] = ET.fromstring(plugin_model(folder)).findall("Item")
        assert properties(script)["Source"] == tricky
        assert properties(script.findall("Item")[0])["Source"] == "return ']]>'"

    def test_the_shipped_plugin_packs_into_a_model(self) -> None:
        shipped = shipped_sources()
        if not (shipped / MAIN_SCRIPT).is_file():
            pytest.skip(f"the plugin's sources are not shipped yet ({MAIN_SCRIPT} is missing)")
        [script] = ET.fromstring(plugin_model(shipped)).findall("Item")
        assert properties(script)["Source"] == (shipped / MAIN_SCRIPT).read_text("utf-8")
        modules = {p.stem for p in shipped.glob("*.lua") if p.name != MAIN_SCRIPT}
        assert {properties(c)["Name"] for c in script.findall("Item")} == modules


class TestInstall:
    def test_it_writes_the_model_into_a_new_plugins_folder(
        self, windows: Windows, sources: Path
    ) -> None:
        path = install_plugin(windows.plugins, sources)
        assert path == windows.plugins / PLUGIN_FILE
        assert path.read_text("utf-8") == plugin_model(sources)

    def test_installing_again_replaces_the_old_plugin(
        self, windows: Windows, sources: Path
    ) -> None:
        install_plugin(windows.plugins, sources)
        (sources / MAIN_SCRIPT).write_text("print('version 2')\n", encoding="utf-8")
        path = install_plugin(windows.plugins, sources)
        assert "version 2" in path.read_text("utf-8")
        assert leftovers(windows.plugins) == [PLUGIN_FILE]

    def test_without_studio_nothing_is_written(self, tmp_path: Path, sources: Path) -> None:
        plugins = tmp_path / "Local" / "Roblox" / "Plugins"
        with pytest.raises(StudioNotFoundError) as caught:
            install_plugin(plugins, sources)
        assert caught.value.folder == str(plugins)
        assert not (tmp_path / "Local").exists()

    def test_a_read_only_folder_keeps_the_old_plugin_and_nothing_else(
        self, read_only_plugins: Path, sources: Path
    ) -> None:
        with pytest.raises(PluginFolderReadOnlyError) as caught:
            install_plugin(read_only_plugins, sources)
        assert isinstance(caught.value, PermissionError)
        assert caught.value.folder == str(read_only_plugins)
        assert leftovers(read_only_plugins) == [PLUGIN_FILE]
        assert (read_only_plugins / PLUGIN_FILE).read_text("utf-8") == "old plugin"

    def test_a_full_disk_is_said_before_writing(
        self, windows: Windows, sources: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        usage = shutil.disk_usage(windows.home)
        monkeypatch.setattr(shutil, "disk_usage", lambda _: usage._replace(free=100))
        with pytest.raises(PluginDiskFullError):
            install_plugin(windows.plugins, sources)
        assert leftovers(windows.plugins) == []

    def test_a_disk_that_fills_while_writing_leaves_no_part_file(
        self, windows: Windows, sources: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def full(_fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(PluginDiskFullError):
            install_plugin(windows.plugins, sources)
        assert leftovers(windows.plugins) == []


class TestCommand:
    def test_path_names_the_plugins_folder(
        self, windows: Windows, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(platform, "system", lambda: "Windows")
        monkeypatch.setenv("LOCALAPPDATA", windows.environ["LOCALAPPDATA"])
        result = CliRunner().invoke(main, ["studio-plugin", "path"])
        assert (result.exit_code, result.output.strip()) == (0, str(windows.plugins))

    def test_path_says_where_studio_runs_on_other_systems(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(platform, "system", lambda: "Linux")
        result = CliRunner().invoke(main, ["studio-plugin", "path"])
        assert result.exit_code == 1
        assert "Windows and macOS" in result.output

    def test_install_into_a_folder_without_studio_fails_plainly(self, tmp_path: Path) -> None:
        folder = tmp_path / "nowhere" / "Plugins"
        result = CliRunner().invoke(main, ["studio-plugin", "install", "--folder", str(folder)])
        assert result.exit_code == 1
        assert "not installed" in result.output
        assert not folder.parent.exists()

    def test_install_writes_the_shipped_plugin(self, windows: Windows) -> None:
        if not (shipped_sources() / MAIN_SCRIPT).is_file():
            pytest.skip(f"the plugin's sources are not shipped yet ({MAIN_SCRIPT} is missing)")
        args = ["studio-plugin", "install", "--folder", str(windows.plugins)]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert (windows.plugins / PLUGIN_FILE).is_file()
        assert "Restart Roblox Studio" in result.output
