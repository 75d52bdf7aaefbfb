"""Build `dist/Mezzo-VERSION-macos-ARCH.dmg` on a Mac from the `Mezzo.app` PyInstaller made.

The spec (`packaging/mezzo.spec`) wraps the program in `Mezzo.app` with the Info.plist from
`info_plist()`. The disk image holds the app and a link to /Applications, so installing is
dragging one onto the other. Start at login is the app's own switch in Settings: it writes a
LaunchAgent whose program is the executable inside the installed app. Step by step, signing
included: packaging/README.md. Usage, on macOS after PyInstaller:
`python packaging/macos.py --app dist/Mezzo.app --version 0.1.0 --out dist`.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.ui.autostart import LAUNCH_AGENT_LABEL  # noqa: E402

APP_NAME = "Mezzo"
EXECUTABLE = "mezzo"  # the program inside Contents/MacOS, as PyInstaller names it
APPLICATIONS = Path("/Applications")
# What llama.cpp's own macOS release builds target (CMAKE_OSX_DEPLOYMENT_TARGET).
MINIMUM_MACOS = "13.3"


def info_plist(version: str) -> dict[str, object]:
    """The app's Info.plist keys; PyInstaller adds the ones it owns (icon, executable)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        # The LaunchAgent's label: one identity for the app and its start at login.
        "CFBundleIdentifier": LAUNCH_AGENT_LABEL,
        "CFBundleExecutable": EXECUTABLE,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.developer-tools",
        "NSHighResolutionCapable": True,
    }


def installed_program(applications: Path = APPLICATIONS) -> Path:
    """The executable a LaunchAgent starts once the app is in /Applications."""
    return applications / f"{APP_NAME}.app" / "Contents" / "MacOS" / EXECUTABLE


def dmg_command(staging: Path, dmg: Path) -> list[str]:
    """hdiutil's compressed, read-only image (UDZO) of the staging folder."""
    return [
        "hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(staging),
        "-fs", "HFS+", "-format", "UDZO", "-ov", str(dmg),
    ]  # fmt: skip


def build(app: Path, version: str, out: Path) -> Path:
    if not (app / "Contents" / "MacOS" / EXECUTABLE).is_file():
        raise SystemExit(
            f"{app} is no built Mezzo.app: run PyInstaller first (packaging/README.md)"
        )
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{APP_NAME}-{version}-macos-{platform.machine()}.dmg"
    with tempfile.TemporaryDirectory() as scratch:
        staging = Path(scratch) / APP_NAME
        staging.mkdir()
        shutil.copytree(app, staging / app.name, symlinks=True)
        (staging / APPLICATIONS.name).symlink_to(APPLICATIONS)
        subprocess.run(dmg_command(staging, target), check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / f"{APP_NAME}.app")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    print(build(args.app, args.version, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
