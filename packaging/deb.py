"""Build `dist/mezzo_VERSION_amd64.deb` from the folder `make package` made with PyInstaller.

The program goes to /opt/mezzo, `/usr/bin/mezzo` points at it, and the menu entry and the icon
go where desktops look for them (the freedesktop menu and hicolor icon theme specs). Removing
the package leaves each person's models and settings in their own data folder (the README says
where). Usage: `python packaging/deb.py --dist dist/mezzo --version 0.1.0 --out dist`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.ui.autostart import desktop_exec_value  # noqa: E402

INSTALL_DIR = "/opt/mezzo"
PROGRAM = "/usr/bin/mezzo"
ICON = ROOT / "resources" / "icons" / "mezzo.svg"
# What the bundled Qt needs from the system to open a window (xcb), read fonts and find the tray.
DEPENDS = (
    "libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libxkbcommon-x11-0, libxcb-cursor0, "
    "libdbus-1-3"
)


def control(version: str, installed_kib: int) -> str:
    return "\n".join(
        [
            "Package: mezzo",
            f"Version: {version}",
            "Section: devel",
            "Priority: optional",
            "Architecture: amd64",
            f"Installed-Size: {installed_kib}",
            f"Depends: {DEPENDS}",
            "Maintainer: Mezzo <mezzo@localhost>",
            "Description: private, local code completion for your editor",
            " Mezzo runs a llama.cpp model on this computer and serves fill-in-the-middle",
            " completions to llama.vscode, llama.vim, Continue and Roblox Studio. No code",
            " leaves the machine. An offline starter model is included.",
            "",
        ]
    )


def menu_entry() -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Mezzo",
            "GenericName=Code completion",
            "Comment=Private code completion for your editor",
            f"Exec={desktop_exec_value([PROGRAM])}",
            "Icon=mezzo",
            "Terminal=false",
            "Categories=Development;",
            "StartupWMClass=mezzo",
            "",
        ]
    )


def build(dist: Path, version: str, out: Path) -> Path:
    """The .deb for the PyInstaller folder `dist` (holding the `mezzo` program)."""
    if not (dist / "mezzo").is_file():
        raise SystemExit(f"{dist} holds no mezzo program: run `make package` first")
    with tempfile.TemporaryDirectory(prefix="mezzo-deb-") as scratch:
        tree = Path(scratch)
        shutil.copytree(dist, tree / INSTALL_DIR.lstrip("/"), symlinks=True)
        (tree / "usr" / "bin").mkdir(parents=True)
        (tree / PROGRAM.lstrip("/")).symlink_to(f"{INSTALL_DIR}/mezzo")
        applications = tree / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        (applications / "mezzo.desktop").write_text(menu_entry(), "utf-8")
        icons = tree / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
        icons.mkdir(parents=True)
        shutil.copyfile(ICON, icons / "mezzo.svg")
        size = sum(p.stat().st_size for p in tree.rglob("*") if p.is_file() and not p.is_symlink())
        (tree / "DEBIAN").mkdir()
        (tree / "DEBIAN" / "control").write_text(control(version, -(-size // 1024)), "utf-8")
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"mezzo_{version}_amd64.deb"
        subprocess.run(
            ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(tree), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


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
