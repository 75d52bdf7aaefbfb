"""Start at login: a real file on Linux, generated content for macOS and Windows."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from desktop_app.ui.autostart import (
    BACKGROUND_FLAG,
    LAUNCH_AGENT_LABEL,
    RUN_VALUE_NAME,
    LinuxAutostart,
    MacAutostart,
    WindowsAutostart,
    autostart_for_platform,
    desktop_exec_value,
    launch_command,
    windows_run_command,
)

COMMAND = ["/opt/My Apps/python3", "-m", "desktop_app", BACKGROUND_FLAG]


class TestLinuxAutostart:
    def test_enabling_writes_the_desktop_file_under_xdg_config_home(
        self, xdg_config_home: Path
    ) -> None:
        autostart = autostart_for_platform("linux", command=COMMAND)
        assert isinstance(autostart, LinuxAutostart)
        assert not autostart.is_enabled()

        autostart.enable()

        path = xdg_config_home / "autostart" / "mezzo.desktop"
        assert autostart.path == path and path.is_file() and autostart.is_enabled()
        text = path.read_text("utf-8")
        assert text.startswith("[Desktop Entry]\n")
        assert "Type=Application\n" in text and "Name=Mezzo\n" in text
        assert 'Exec="/opt/My Apps/python3" "-m" "desktop_app" "--minimized"\n' in text

    def test_disabling_removes_the_file_and_is_idempotent(self, xdg_config_home: Path) -> None:
        autostart = autostart_for_platform("linux", command=COMMAND)
        autostart.set_enabled(True)
        autostart.set_enabled(False)
        autostart.set_enabled(False)
        assert not (xdg_config_home / "autostart" / "mezzo.desktop").exists()
        assert not autostart.is_enabled()

    def test_without_xdg_config_home_it_uses_dot_config(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("XDG_CONFIG_HOME")
        autostart = autostart_for_platform("linux", home=tmp_path, command=COMMAND)
        assert autostart.path == tmp_path / ".config" / "autostart" / "mezzo.desktop"

    def test_a_relative_xdg_config_home_is_ignored_as_the_spec_says(self, tmp_path: Path) -> None:
        autostart = autostart_for_platform(
            "linux", environ={"XDG_CONFIG_HOME": "relative"}, home=tmp_path, command=COMMAND
        )
        assert autostart.path == tmp_path / ".config" / "autostart" / "mezzo.desktop"

    def test_exec_quotes_the_characters_the_desktop_spec_reserves(self) -> None:
        value = desktop_exec_value(['/a "b"/$HOME/`x`', "100%", "C:\\dir"])
        # inside quotes: \" \$ \` \\ ; then every backslash doubled for the string escape
        assert value == '"/a \\\\"b\\\\"/\\\\$HOME/\\\\`x\\\\`" "100%%" "C:\\\\\\\\dir"'


class TestMacAutostart:
    def test_the_launch_agent_runs_mezzo_at_load(self, tmp_path: Path) -> None:
        autostart = autostart_for_platform("darwin", home=tmp_path, command=COMMAND)
        assert isinstance(autostart, MacAutostart)
        plist = plistlib.loads(autostart.content())
        assert plist["Label"] == LAUNCH_AGENT_LABEL
        assert plist["ProgramArguments"] == COMMAND
        assert plist["RunAtLoad"] is True
        assert autostart.path == (
            tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        )

    def test_enable_and_disable_write_and_remove_the_plist(self, tmp_path: Path) -> None:
        autostart = MacAutostart(COMMAND, tmp_path)
        autostart.enable()
        assert plistlib.loads(autostart.path.read_bytes())["ProgramArguments"] == COMMAND
        autostart.disable()
        assert not autostart.is_enabled()


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class TestWindowsAutostart:
    def test_the_run_value_quotes_the_program_and_its_arguments(self) -> None:
        command = [r"C:\Program Files\Mezzo\mezzo.exe", BACKGROUND_FLAG]
        assert windows_run_command(command) == r'"C:\Program Files\Mezzo\mezzo.exe" --minimized'
        assert (
            windows_run_command([r"C:\Python 3\pythonw.exe", "-m", "desktop_app", "a b"])
            == r'"C:\Python 3\pythonw.exe" -m desktop_app "a b"'
        )

    def test_enable_and_disable_set_and_delete_the_run_value(self) -> None:
        key = FakeRunKey()
        autostart = WindowsAutostart([r"C:\Mezzo\mezzo.exe", BACKGROUND_FLAG], key)
        autostart.enable()
        assert key.values == {RUN_VALUE_NAME: r'"C:\Mezzo\mezzo.exe" --minimized'}
        assert autostart.is_enabled()
        autostart.disable()
        assert key.values == {} and not autostart.is_enabled()

    def test_the_platform_choice_needs_no_registry_until_used(self) -> None:
        assert isinstance(autostart_for_platform("win32", command=COMMAND), WindowsAutostart)


class TestLaunchCommand:
    def test_a_source_install_runs_the_package_in_the_background(self) -> None:
        command = launch_command(
            environ={}, executable="/usr/bin/python3", frozen=False, platform="linux"
        )
        assert command == ["/usr/bin/python3", "-m", "desktop_app", BACKGROUND_FLAG]

    def test_a_frozen_build_runs_its_own_executable(self) -> None:
        command = launch_command(environ={}, executable="/opt/mezzo/mezzo", frozen=True)
        assert command == ["/opt/mezzo/mezzo", BACKGROUND_FLAG]

    def test_an_appimage_is_started_through_its_stable_path(self) -> None:
        command = launch_command(
            environ={"APPIMAGE": "/home/a/Mezzo.AppImage"},
            executable="/tmp/.mount_x/mezzo",
            frozen=True,
        )
        assert command == ["/home/a/Mezzo.AppImage", BACKGROUND_FLAG]

    def test_windows_prefers_pythonw_so_no_console_opens(self, tmp_path: Path) -> None:
        (tmp_path / "pythonw.exe").touch()
        command = launch_command(
            environ={}, executable=str(tmp_path / "python.exe"), frozen=False, platform="win32"
        )
        assert command[0] == str(tmp_path / "pythonw.exe")
