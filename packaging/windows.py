"""Write Mezzo's Windows installer script (Inno Setup 6) and, where Inno Setup is installed,
compile it into `dist/mezzo-VERSION-windows-x86_64-setup.exe`.

The installer is per user and needs no administrator: the program goes to
`%LOCALAPPDATA%\\Programs\\Mezzo` with a Start-menu entry; a desktop icon, start at login and,
where Roblox Studio is installed, the Studio plugin are options on its last page. Start at
login is the same Run value the app's Settings switch writes, pointing at the installed
`Mezzo.exe`, and uninstalling removes it so nothing starts a program that is gone. Models and
settings stay (the README says where). Step by step: packaging/README.md. Usage, on Windows
after PyInstaller: `python packaging/windows.py --dist dist/mezzo --version 0.1.0 --out dist`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.studio_plugin import PLUGIN_FILE, plugin_model, shipped_sources  # noqa: E402
from desktop_app.ui.autostart import (  # noqa: E402
    BACKGROUND_FLAG,
    RUN_KEY_PATH,
    RUN_VALUE_NAME,
    windows_run_command,
)

APP_NAME = "Mezzo"
PROGRAM = "Mezzo.exe"  # the windowed app; `mezzo-cli.exe` beside it is the command line
# Inno Setup's identity for upgrades and the uninstaller: never change it.
APP_ID = "{{6B1D3F0E-3C1A-4C8E-9E57-5A0D2E7C9B41}"
INSTALLED_PROGRAM = PureWindowsPath("{app}") / PROGRAM
# Studio's plugins folder; Studio creates `Roblox` on its first start.
STUDIO_FOLDER = PureWindowsPath("{localappdata}") / "Roblox"


def inno_string(value: str) -> str:
    """A quoted Inno Setup parameter value: `"` inside is written twice."""
    return '"' + value.replace('"', '""') + '"'


def start_at_login_value() -> str:
    """The Run value: exactly what the app's own Settings switch writes once installed."""
    return windows_run_command([str(INSTALLED_PROGRAM), BACKGROUND_FLAG])


def inno_script(version: str, dist: Path, plugin: Path) -> str:
    """The installer's script, for the PyInstaller folder `dist` and the Studio plugin file."""
    run_key = "HKCU", inno_string(RUN_KEY_PATH), inno_string(RUN_VALUE_NAME)
    everything = f"{dist}\\*"
    return "\n".join(
        [
            "[Setup]",
            f"AppId={APP_ID}",
            f"AppName={APP_NAME}",
            f"AppVersion={version}",
            f"AppPublisher={APP_NAME}",
            f"DefaultDirName={{userpf}}\\{APP_NAME}",
            f"DefaultGroupName={APP_NAME}",
            "DisableProgramGroupPage=yes",
            "PrivilegesRequired=lowest",
            "ArchitecturesAllowed=x64compatible",
            "ArchitecturesInstallIn64BitMode=x64compatible",
            f"UninstallDisplayIcon={INSTALLED_PROGRAM}",
            f"OutputBaseFilename=mezzo-{version}-windows-x86_64-setup",
            "Compression=lzma2/max",
            "SolidCompression=yes",
            "CloseApplications=yes",
            "",
            "[Tasks]",
            'Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked',
            'Name: "startatlogin"; Description: "Start Mezzo when I log in"',
            'Name: "studioplugin"; Description: "Install the Roblox Studio plugin"; '
            "Check: StudioInstalled",
            "",
            "[Files]",
            f'Source: {inno_string(everything)}; DestDir: "{{app}}"; '
            "Flags: ignoreversion recursesubdirs createallsubdirs",
            f"Source: {inno_string(str(plugin))}; "
            f'DestDir: "{STUDIO_FOLDER / "Plugins"}"; Flags: ignoreversion; Tasks: studioplugin',
            "",
            "[Icons]",
            f'Name: "{{autoprograms}}\\{APP_NAME}"; Filename: "{INSTALLED_PROGRAM}"',
            f'Name: "{{autodesktop}}\\{APP_NAME}"; Filename: "{INSTALLED_PROGRAM}"; '
            "Tasks: desktopicon",
            "",
            "[Registry]",
            f"Root: {run_key[0]}; Subkey: {run_key[1]}; ValueType: string; "
            f"ValueName: {run_key[2]}; ValueData: {inno_string(start_at_login_value())}; "
            "Tasks: startatlogin",
            "",
            "[Run]",
            f'Filename: "{INSTALLED_PROGRAM}"; Description: "{{cm:LaunchProgram,{APP_NAME}}}"; '
            "Flags: nowait postinstall skipifsilent",
            "",
            "[Code]",
            "function StudioInstalled: Boolean;",
            "begin",
            f"  Result := DirExists(ExpandConstant('{STUDIO_FOLDER}'));",
            "end;",
            "",
            "procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);",
            "begin",
            "  if CurUninstallStep = usPostUninstall then",
            f"    RegDeleteValue(HKEY_CURRENT_USER, '{RUN_KEY_PATH}', '{RUN_VALUE_NAME}');",
            "end;",
            "",
        ]
    )


def build(dist: Path, version: str, out: Path) -> Path:
    """Write the script (and the plugin file it installs) under build/windows; compile it with
    Inno Setup's `iscc` where that is on PATH. Returns the installer, or the script."""
    if not (dist / PROGRAM).is_file():
        raise SystemExit(f"{dist} holds no {PROGRAM}: run PyInstaller first (packaging/README.md)")
    work = ROOT / "build" / "windows"
    work.mkdir(parents=True, exist_ok=True)
    plugin = work / PLUGIN_FILE
    plugin.write_text(plugin_model(shipped_sources()), encoding="utf-8")
    script = work / "mezzo.iss"
    script.write_text(inno_script(version, dist.resolve(), plugin.resolve()), encoding="utf-8")
    iscc = shutil.which("iscc")
    if iscc is None:
        print("Inno Setup's iscc is not on PATH; the script is written, compile it with it.")
        return script
    subprocess.run([iscc, f"/O{out.resolve()}", str(script)], check=True)
    return out / f"mezzo-{version}-windows-x86_64-setup.exe"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "mezzo")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    print(build(args.dist, args.version, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
