"""The macOS and Windows packages' generated content, checked as text: they are built on those
systems (packaging/README.md), but what they install must agree with what the app itself does
there: the identity of its start-at-login entry, the program it points at, Studio's folder."""

from __future__ import annotations

import importlib.util
import plistlib
import re
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest

from desktop_app.core.studio_plugin import PLUGIN_FILE, studio_plugins_folder
from desktop_app.ui.autostart import (
    BACKGROUND_FLAG,
    RUN_KEY_PATH,
    RUN_VALUE_NAME,
    MacAutostart,
    WindowsAutostart,
    launch_command,
)

ROOT = Path(__file__).resolve().parents[1]


def packaging_script(name: str) -> ModuleType:
    """A script from packaging/ (the folder is no Python package)."""
    spec = importlib.util.spec_from_file_location(
        f"mezzo_{name}", ROOT / "packaging" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


macos = packaging_script("macos")
windows = packaging_script("windows")


class TestMacApp:
    def test_info_plist_is_a_valid_plist_for_the_version(self) -> None:
        parsed = plistlib.loads(plistlib.dumps(macos.info_plist("1.2.3")))
        assert parsed["CFBundleShortVersionString"] == parsed["CFBundleVersion"] == "1.2.3"
        assert (parsed["CFBundleName"], parsed["CFBundlePackageType"]) == ("Mezzo", "APPL")
        assert parsed["LSMinimumSystemVersion"] == "13.3"

    def test_start_at_login_starts_the_program_inside_the_installed_app(
        self, tmp_path: Path
    ) -> None:
        """The LaunchAgent the app writes once installed (a frozen program in /Applications)
        carries the app's bundle identifier and runs the executable Info.plist names."""
        program = macos.installed_program()
        assert program == Path("/Applications/Mezzo.app/Contents/MacOS/mezzo")
        command = launch_command(
            environ={}, executable=str(program), frozen=True, platform="darwin"
        )
        agent = MacAutostart(command, tmp_path)
        parsed = plistlib.loads(agent.content())
        info = macos.info_plist("1.0")
        assert agent.path.name == f"{info['CFBundleIdentifier']}.plist"
        assert parsed["Label"] == info["CFBundleIdentifier"]
        assert parsed["ProgramArguments"] == [str(program), BACKGROUND_FLAG]
        assert Path(parsed["ProgramArguments"][0]).name == info["CFBundleExecutable"]
        assert parsed["RunAtLoad"] is True

    def test_the_disk_image_is_compressed_and_named_mezzo(self, tmp_path: Path) -> None:
        command = macos.dmg_command(tmp_path / "stage", tmp_path / "Mezzo.dmg")
        assert command[:2] == ["hdiutil", "create"]
        assert command[command.index("-volname") + 1] == "Mezzo"
        assert command[command.index("-format") + 1] == "UDZO"
        assert command[command.index("-srcfolder") + 1] == str(tmp_path / "stage")

    def test_a_dmg_needs_a_built_app(self, tmp_path: Path) -> None:
        with pytest.raises(SystemExit, match="run PyInstaller first"):
            macos.build(tmp_path / "Mezzo.app", "1.0", tmp_path / "out")

    def test_studio_plugins_folder_on_macos(self) -> None:
        assert studio_plugins_folder("Darwin", {}, Path("/Users/ana")) == Path(
            "/Users/ana/Documents/Roblox/Plugins"
        )


def inno_sections(script: str) -> dict[str, list[str]]:
    """Inno Setup's `[Section]` headings and their non-empty lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in script.splitlines():
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif line.strip():
            sections[current].append(line)
    return sections


def inno_parameters(line: str) -> dict[str, str]:
    """`Name: "value"; Flags: a b` as a dict, quotes removed and doubled quotes undone."""
    pairs = re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]*)', line)
    return {
        key: value[1:-1].replace('""', '"') if value.startswith('"') else value.strip()
        for key, value in pairs
    }


@pytest.fixture
def script() -> dict[str, list[str]]:
    dist = PureWindowsPath(r"C:\build\dist\mezzo")
    plugin = PureWindowsPath(r"C:\build\windows") / PLUGIN_FILE
    return inno_sections(windows.inno_script("2.0.1", dist, plugin))


class TestWindowsInstaller:
    def test_setup_is_per_user_and_versioned(self, script: dict[str, list[str]]) -> None:
        setup = dict(line.split("=", 1) for line in script["Setup"])
        assert setup["AppVersion"] == "2.0.1"
        assert setup["PrivilegesRequired"] == "lowest"  # no administrator needed
        assert setup["DefaultDirName"] == r"{userpf}\Mezzo"  # %LOCALAPPDATA%\Programs\Mezzo
        assert setup["OutputBaseFilename"] == "mezzo-2.0.1-windows-x86_64-setup"
        assert setup["AppId"].startswith("{{") and setup["AppId"].endswith("}")

    def test_it_installs_the_whole_built_folder(self, script: dict[str, list[str]]) -> None:
        program_files = inno_parameters(script["Files"][0])
        assert program_files["Source"] == r"C:\build\dist\mezzo\*"
        assert program_files["DestDir"] == "{app}"
        assert "recursesubdirs" in program_files["Flags"].split()

    def test_start_at_login_is_the_value_the_app_itself_writes(
        self, script: dict[str, list[str]]
    ) -> None:
        """Same key, same name, same command: turning the switch off in Settings removes what
        the installer wrote, and the other way round."""
        (entry,) = script["Registry"]
        value = inno_parameters(entry)
        installed = r"{app}\Mezzo.exe"
        command = launch_command(environ={}, executable=installed, frozen=True, platform="win32")
        assert (value["Root"], value["Subkey"], value["ValueName"]) == (
            "HKCU",
            RUN_KEY_PATH,
            RUN_VALUE_NAME,
        )
        assert value["ValueData"] == WindowsAutostart(command).content()
        assert value["ValueData"] == rf'"{installed}" {BACKGROUND_FLAG}'
        assert value["Tasks"] == "startatlogin"

    def test_uninstalling_removes_start_at_login(self, script: dict[str, list[str]]) -> None:
        code = "\n".join(script["Code"])
        assert "usPostUninstall" in code
        assert f"RegDeleteValue(HKEY_CURRENT_USER, '{RUN_KEY_PATH}', '{RUN_VALUE_NAME}')" in code

    def test_the_studio_plugin_goes_where_studio_loads_plugins(
        self, script: dict[str, list[str]]
    ) -> None:
        plugin = inno_parameters(script["Files"][1])
        assert plugin["Source"] == rf"C:\build\windows\{PLUGIN_FILE}"
        assert plugin["Tasks"] == "studioplugin"
        local = r"C:\Users\ana\AppData\Local"
        expected = studio_plugins_folder("Windows", {"LOCALAPPDATA": local}, Path("unused"))
        # The app builds it with pathlib on Windows; here its separators read as Windows ones.
        windows_expected = str(expected).replace("/", "\\")
        assert plugin["DestDir"].replace("{localappdata}", local) == windows_expected
        # Offered only where Studio has made its folder, the same test the app's Home page uses.
        tasks = [inno_parameters(line) for line in script["Tasks"]]
        studio_task = next(t for t in tasks if t["Name"] == "studioplugin")
        assert studio_task["Check"] == "StudioInstalled"
        assert r"DirExists(ExpandConstant('{localappdata}\Roblox'))" in "\n".join(script["Code"])

    def test_menu_entry_and_first_start_run_the_app(self, script: dict[str, list[str]]) -> None:
        start_menu = inno_parameters(script["Icons"][0])
        assert start_menu["Filename"] == r"{app}\Mezzo.exe"
        assert inno_parameters(script["Run"][0])["Filename"] == r"{app}\Mezzo.exe"

    def test_an_installer_needs_a_built_program(self, tmp_path: Path) -> None:
        with pytest.raises(SystemExit, match="run PyInstaller first"):
            windows.build(tmp_path / "empty", "1.0", tmp_path / "out")
