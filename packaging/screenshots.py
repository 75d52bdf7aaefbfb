"""Screenshots of the desktop app for review: every page, the welcome dialog, the tray menu.

Run `python packaging/screenshots.py` (needs `xvfb trayer imagemagick`; Debian:
`apt-get install -y xvfb trayer xdotool imagemagick x11-utils fonts-dejavu-core`). It starts a
private Xvfb display with trayer as the system tray, runs the real app on the offline starter
model in a throw-away MEZZO_HOME (nothing reaches the internet: the hub address points nowhere),
and writes PNGs to docs/screenshots/: one `grab()` per window, plus whole-screen captures with
`import -window root` where the tray icon and its menu matter.

Screenshots exist to be looked at: after a UI change, run this and read the images.
"""

# Qt and the app are imported inside the functions that run in the child process: the parent
# only runs Xvfb and trayer, and must survive a Qt abort to stop them.
# ruff: noqa: PLC0415

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

logger = logging.getLogger("screenshots")
SCREEN = "1280x860x24"
WAIT_S = 60.0


@contextlib.contextmanager
def virtual_display() -> Iterator[None]:
    """Xvfb on a free display number, with trayer as an XEmbed system tray."""
    read_fd, write_fd = os.pipe()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        **quiet,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        display = f":{reader.readline().strip()}"
    os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    os.environ.pop("WAYLAND_DISPLAY", None)
    tray = None
    if shutil.which("trayer"):
        tray = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--width", "12", "--height", "28",
             "--SetDockType", "true", "--transparent", "false", "--tint", "0x202020"],
            **quiet,
        )  # fmt: skip
    logger.info("Xvfb on %s (tray: %s)", display, "trayer" if tray else "none")
    try:
        yield
    finally:
        for process in (tray, xvfb):
            if process is not None:
                process.terminate()
                process.wait(10)


def free_or(port: int) -> int:
    """`port` when nothing listens there (the screenshots then show the real default)."""
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return 0
    return port


def prepare_home(home: Path, *, first_run_done: bool) -> None:
    settings = {
        "server": {"port": free_or(8012), "ollama_port": free_or(11434)},
        "first_run_done": first_run_done,
    }
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(json.dumps(settings), "utf-8")


def save_icon_sheet(path: Path) -> None:
    """Each state's tray icon at 16, 22 and 32 px, on a light and on a dark panel."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from desktop_app.ui.app_state import AppState
    from desktop_app.ui.icons import state_icon
    from desktop_app.ui.state_text import headline

    sizes, row_h, label_w, half_w = (16, 22, 32), 44, 330, 130
    sheet = QPixmap(label_w + 2 * half_w, row_h * len(AppState) + 16)
    sheet.fill(QColor("#f4f4f4"))
    painter = QPainter(sheet)
    painter.fillRect(label_w + half_w, 0, half_w, sheet.height(), QColor("#262626"))
    for row, state in enumerate(AppState):
        y = 8 + row * row_h
        painter.setPen(QColor("#202020"))
        painter.drawText(12, y + 26, f"{state.value}: {headline(state)}")
        for half in (0, 1):
            x = label_w + half * half_w + 10
            for size in sizes:
                painter.drawPixmap(x, y + (row_h - size) // 2, state_icon(state).pixmap(size))
                x += size + 10
    painter.end()
    sheet.save(str(path))


def run(out: Path, locale: str) -> None:
    import httpx2
    from PySide6.QtCore import QEventLoop, QLocale, QPoint, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app.core.service import MezzoCore
    from desktop_app.server.runner import PortInUseError
    from desktop_app.ui.app import MezzoApp
    from desktop_app.ui.app_state import AppState
    from desktop_app.ui.control_window import ControlWindow
    from desktop_app.ui.messages import explain
    from desktop_app.ui.theme import apply_theme
    from desktop_app.ui.translations import install_translators

    qapp = QApplication([sys.argv[0]])
    QApplication.setApplicationName("Mezzo")
    apply_theme(qapp)
    prefix = ""
    if locale:  # the app as a person with that system language sees it
        install_translators(qapp, QLocale(locale))
        prefix = f"{locale}-"

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting until {what}")
            settle(100)

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{prefix}{name}.png"
        widget.grab().save(str(path))
        logger.info("wrote %s", path)

    def save_screen(name: str) -> None:
        settle(600)
        path = out / f"{prefix}{name}.png"
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], check=True)
        else:
            qapp.primaryScreen().grabWindow(0).save(str(path))
        logger.info("wrote %s", path)

    save_icon_sheet(out / "tray-icons.png")
    logger.info("wrote %s", out / "tray-icons.png")

    core = MezzoCore.from_environment()
    app = MezzoApp(core)
    app.start(show_window=True)
    wait_until(lambda: app.bridge.state is AppState.ON, "the model is loaded")

    # The welcome dialog first: it is what a new user sees.
    dialog = app.onboarding or app.show_onboarding()
    dialog.move(120, 80)
    save(dialog, "onboarding-welcome")
    save_screen("screen-onboarding")
    dialog.next_button.click()
    save(dialog, "onboarding-connect")
    dialog.next_button.click()  # Done

    window = app.window
    window.move(40, 50)
    for panel in window.panels:
        window.show_panel(panel.key)
        save(window, f"panel-{panel.key}")
    settings = window.panel("settings")
    if settings is not None:  # the whole page, not only what fits the window
        page = settings.widget
        page.resize(page.width(), page.sizeHint().height())
        save(page, "panel-settings-full")
        window.show_panel("settings")  # back inside its scroll area
    window.show_panel("home")
    save_screen("screen-main-window")

    # Editors connected: real requests, shaped as llama.vim (curl) and the Roblox plugin send them.
    ports = app.bridge.server_ports
    if ports is not None:
        base = f"http://127.0.0.1:{ports.main}"
        infill = {"input_prefix": "local function add(a, b)\n\treturn ", "n_predict": 8}
        httpx2.post(f"{base}/infill", json=infill, headers={"User-Agent": "curl/8.5.0"}, timeout=60)
        generate = {
            "model": "mezzo", "prompt": "local Players = game:GetService(", "suffix": ")\n",
            "stream": False, "client_id": "roblox-studio", "options": {"num_predict": 8},
        }  # fmt: skip
        httpx2.post(f"{base}/api/generate", json=generate, timeout=60)
        app.bridge.refresh()
        save(window, "panel-home-editors")

    # The tray menu, popped up under the tray icon, and the control window that replaces it
    # where a desktop has no tray.
    menu = app.menu.menu
    if app.tray is not None:
        window.hide()
        anchor = app.tray.icon.geometry().bottomLeft()
        menu.popup(anchor if not anchor.isNull() else QPoint(1000, 30))
        save(menu, "tray-menu")
        save_screen("screen-tray-menu")
        menu.hide()
    control = app.control_window or ControlWindow(app.menu)
    control.move(60, 60)
    control.show()
    save(control, "control-window")

    # Two states worth reviewing: paused, and an error sentence.
    app.menu.pause_action.trigger()
    save(control, "control-window-paused")
    app.menu.resume_action.trigger()
    app.bridge.set_server(None, explain(PortInUseError(8012)))  # what a taken port shows
    window.show_panel("home")
    save(window, "panel-home-error")
    app.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--locale", default="", help="show the app translated, e.g. de_DE; names get a prefix"
    )
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.inside:  # the child: Qt runs here, so a Qt abort never strands Xvfb
        run(args.out, args.locale)
        return 0
    with tempfile.TemporaryDirectory(prefix="mezzo-shots-") as scratch:
        home = Path(scratch) / "home"
        prepare_home(home, first_run_done=False)
        os.environ.update(
            MEZZO_HOME=str(home),
            HF_ENDPOINT="http://127.0.0.1:9",  # nothing in a screenshot run reaches the internet
            XDG_CONFIG_HOME=str(Path(scratch) / "config"),
            HF_HUB_DISABLE_TELEMETRY="1",
        )
        with virtual_display():
            child = [sys.executable, __file__, "--inside", "--out", str(args.out)]
            child += ["--locale", args.locale]
            return subprocess.run(child, check=False, timeout=WAIT_S * 5).returncode


if __name__ == "__main__":
    sys.exit(main())
