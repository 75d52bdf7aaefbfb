"""Start Mezzo when the person logs in: one switch in Settings, three operating-system mechanisms.

Completions only help if the server is running when the editor opens, and people who are not
technical will not think to start a background app first. Each OS has its own per-user,
no-admin way to run a program at login:

- Linux (freedesktop autostart spec): `$XDG_CONFIG_HOME/autostart/mezzo.desktop`; deleting the
  file turns it off. `Exec=` arguments are double-quoted as the Desktop Entry spec defines
  (not shell single quotes, which the spec does not know).
- macOS: a LaunchAgent plist in `~/Library/LaunchAgents` with `RunAtLoad`, written with plistlib.
- Windows: a value under `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`; winreg is
  imported only there, behind a small `RunKey` seam so the logic is testable everywhere.

No Qt here: the Settings panel calls `autostart_for_platform().set_enabled(...)`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import plistlib
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from desktop_app.base.files import atomic_write_bytes, atomic_write_text

logger = logging.getLogger(__name__)

DESKTOP_FILE_NAME = "mezzo.desktop"
LAUNCH_AGENT_LABEL = "org.mezzo.Mezzo"  # packaging's bundle identifier should match
RUN_VALUE_NAME = "Mezzo"
RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"
BACKGROUND_FLAG = "--minimized"  # at login, start in the tray without opening the window


def launch_command(
    *,
    environ: Mapping[str, str] | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
    platform: str | None = None,
) -> list[str]:
    """The argv that starts this installation of Mezzo in the background.

    An AppImage is started through `$APPIMAGE` (the mount path changes on every run); a frozen
    build through its own executable; a source install as `python -m desktop_app`, with
    pythonw.exe on Windows so that no console window opens at login.
    """
    env = os.environ if environ is None else environ
    exe = executable or sys.executable
    is_frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    plat = platform or sys.platform
    if env.get("APPIMAGE"):
        return [env["APPIMAGE"], BACKGROUND_FLAG]
    if is_frozen:
        return [exe, BACKGROUND_FLAG]
    if plat == "win32" and exe.lower().endswith("python.exe"):
        windowless = exe[: -len("python.exe")] + "pythonw.exe"
        if Path(windowless).exists():
            exe = windowless
    return [exe, "-m", "desktop_app", BACKGROUND_FLAG]


# --- Linux ----------------------------------------------------------------------------------

_EXEC_RESERVED = re.compile(r'(["`$\\])')


def desktop_exec_value(command: Sequence[str]) -> str:
    """`Exec=` per the Desktop Entry spec: each argument double-quoted, with `"`, `` ` ``, `$`
    and `\\` escaped inside quotes, `%` doubled (field codes), and then the string-level escape
    of backslashes that every desktop-file value gets."""
    quoted = ['"' + _EXEC_RESERVED.sub(r"\\\1", arg).replace("%", "%%") + '"' for arg in command]
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], icon: str = "") -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Mezzo",
        "Comment=Private code completion for your editor",
        f"Exec={desktop_exec_value(command)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    if icon:
        lines.append(f"Icon={icon}")
    return "\n".join(lines) + "\n"


class LinuxAutostart:
    def __init__(self, command: Sequence[str], config_home: Path, icon: str = "") -> None:
        self.command = list(command)
        self.path = config_home / "autostart" / DESKTOP_FILE_NAME
        self._icon = icon

    def content(self) -> str:
        return desktop_entry(self.command, self._icon)

    def enable(self) -> None:
        atomic_write_text(self.path, self.content())
        logger.info("start at login on: %s", self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        logger.info("start at login off: removed %s", self.path)

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def set_enabled(self, enabled: bool) -> None:
        self.enable() if enabled else self.disable()


# --- macOS ----------------------------------------------------------------------------------


def launch_agent_plist(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",  # a GUI app: no background-priority throttling
        }
    )


class MacAutostart:
    def __init__(self, command: Sequence[str], home: Path) -> None:
        self.command = list(command)
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def content(self) -> bytes:
        return launch_agent_plist(self.command)

    def enable(self) -> None:
        atomic_write_bytes(self.path, self.content())
        logger.info("start at login on: %s", self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        logger.info("start at login off: removed %s", self.path)

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def set_enabled(self, enabled: bool) -> None:
        self.enable() if enabled else self.disable()


# --- Windows --------------------------------------------------------------------------------


def windows_run_command(command: Sequence[str]) -> str:
    """The Run value: the program path always quoted (it may hold spaces), then its arguments."""
    program, *args = command
    rest = subprocess.list2cmdline(args)
    return f'"{program}"' + (f" {rest}" if rest else "")


class RunKey(Protocol):
    """The HKCU Run key: one string value per program started at login."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class WinRegRunKey:
    """`RunKey` on the real registry; only constructed on Windows."""

    def __init__(self) -> None:
        import winreg  # noqa: PLC0415 (exists only on Windows)

        self._winreg = winreg

    def get(self, name: str) -> str | None:
        reg = self._winreg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY_PATH) as key:
                value, _kind = reg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        reg = self._winreg
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, name, 0, reg.REG_SZ, value)

    def delete(self, name: str) -> None:
        reg = self._winreg
        with (
            contextlib.suppress(FileNotFoundError),
            reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, reg.KEY_SET_VALUE) as key,
        ):
            reg.DeleteValue(key, name)


class WindowsAutostart:
    def __init__(self, command: Sequence[str], run_key: RunKey | None = None) -> None:
        self.command = list(command)
        self._run_key = run_key

    @property
    def run_key(self) -> RunKey:
        if self._run_key is None:
            self._run_key = WinRegRunKey()
        return self._run_key

    def content(self) -> str:
        return windows_run_command(self.command)

    def enable(self) -> None:
        self.run_key.set(RUN_VALUE_NAME, self.content())
        logger.info("start at login on: HKCU\\%s\\%s", RUN_KEY_PATH, RUN_VALUE_NAME)

    def disable(self) -> None:
        self.run_key.delete(RUN_VALUE_NAME)
        logger.info("start at login off: HKCU\\%s\\%s removed", RUN_KEY_PATH, RUN_VALUE_NAME)

    def is_enabled(self) -> bool:
        return self.run_key.get(RUN_VALUE_NAME) is not None

    def set_enabled(self, enabled: bool) -> None:
        self.enable() if enabled else self.disable()


# --- choosing -------------------------------------------------------------------------------

Autostart = LinuxAutostart | MacAutostart | WindowsAutostart


def autostart_for_platform(
    platform: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    command: Sequence[str] | None = None,
    icon: str = "",
) -> Autostart:
    """The mechanism for this OS. Paths are read when called, never at import time."""
    env = os.environ if environ is None else environ
    plat = platform or sys.platform
    home = home or Path.home()
    argv = list(command) if command is not None else launch_command(environ=env, platform=plat)
    if plat == "darwin":
        return MacAutostart(argv, home)
    if plat == "win32":
        return WindowsAutostart(argv)
    # The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    xdg = Path(env.get("XDG_CONFIG_HOME", ""))
    config_home = xdg if xdg.is_absolute() else home / ".config"
    return LinuxAutostart(argv, config_home, icon)
