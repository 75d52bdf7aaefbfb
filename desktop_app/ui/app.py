"""The desktop app: one process that serves completions and shows the tray, window and panels.

`run_app(argv)` is what `mezzo` (no subcommand) runs. It makes sure only one Mezzo runs per person,
starts the core and the HTTP server, loads the model in the background (a window that freezes
while a model loads looks crashed), shows the tray (or the control window where there is no
tray), welcomes a first-time user, keeps its log in a file a window can point to (`base.log_file`),
and shuts everything down in one place: Quit in the menu, closing the control window, SIGTERM
and Ctrl+C all end in `MezzoApp.quit`.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from desktop_app.base.environment import Environment
from desktop_app.base.log_file import log_to_file, stop_logging_to_file
from desktop_app.base.paths import MezzoPaths
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.control_window import ControlWindow
from desktop_app.ui.icons import app_icon
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.model_loader import ModelLoader
from desktop_app.ui.onboarding import OnboardingDialog
from desktop_app.ui.server_control import ServerControl
from desktop_app.ui.single_instance import SHOW, SingleInstance, instance_name
from desktop_app.ui.termination import TerminationWatcher
from desktop_app.ui.theme import apply_theme
from desktop_app.ui.translations import install_translators
from desktop_app.ui.tray import TrayIcon, TrayMenu
from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)

SMOKE_TEST_MS = 1500


class MezzoApp(QObject):
    """Owns the GUI's pieces and their order of start and shutdown."""

    finished = Signal()  # everything is shut down; the event loop may end

    def __init__(
        self,
        core: MezzoCore,
        *,
        use_tray: bool | None = None,
        instance: SingleInstance | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.instance = instance
        self._closed = False
        self._told_about_tray = False
        self.bridge = CoreBridge(core, self)
        self.runner = TaskRunner(self)
        self.loader = ModelLoader(core, self.bridge, self.runner, self)
        self.server = ServerControl(core, self.bridge, self.runner, self)
        self.menu = TrayMenu(core, self.bridge, self.runner, self)
        self.window = MainWindow(core, self.bridge, self.runner)
        self.onboarding: OnboardingDialog | None = None
        has_tray = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray = TrayIcon(self.menu, self) if has_tray else None
        self.control_window = None if has_tray else ControlWindow(self.menu)

        self.menu.open_requested.connect(self.open_panel)
        self.menu.quit_requested.connect(self.quit)
        self.window.hidden_to_tray.connect(self._on_window_hidden)
        self.bridge.server_restart_requested.connect(self.server.restart)
        if self.control_window is not None:
            self.control_window.closed.connect(self.quit)
        if instance is not None:
            instance.message_received.connect(self._on_instance_message)

    def start(self, *, show_window: bool = True, model: Path | None = None) -> None:
        """Serve, load the model in the background, and show what the person should see."""
        self.server.start()
        self.loader.load(model)
        self.core.index_known_repos()
        if self.tray is not None:
            self.tray.show()
        if self.control_window is not None:
            self.control_window.show()
        if not self.core.settings.current.first_run_done:
            self.show_onboarding()
        elif show_window:
            self.window.show_panel("home")

    # --- showing --------------------------------------------------------------------------

    @Slot(str)
    def open_panel(self, key: str) -> None:
        self.window.show_panel(key)

    def show_onboarding(self) -> OnboardingDialog:
        if self.onboarding is None:
            self.onboarding = OnboardingDialog(
                self.core, self.bridge, self.runner, self.loader, self.window
            )
            self.onboarding.finished.connect(self._on_onboarding_finished)
        self.onboarding.show()
        self.onboarding.raise_()
        return self.onboarding

    @Slot(int)
    def _on_onboarding_finished(self, _result: int) -> None:
        """After the welcome, Home: it shows the same setups and whether Mezzo is working."""
        if not self._closed:
            self.window.show_panel("home")

    @Slot(str)
    def _on_instance_message(self, message: str) -> None:
        if message == SHOW:
            logger.info("another launch asked to show the window")
            self.window.show_panel("")

    @Slot()
    def _on_window_hidden(self) -> None:
        if self.tray is not None and not self._told_about_tray:
            self._told_about_tray = True
            self.tray.notify(
                self.tr("Mezzo is still running"),
                self.tr("Completions keep working. Mezzo's menu is in the system tray."),
            )

    # --- ending ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """An OS-level quit (macOS Cmd+Q or the Dock, logging out) takes the same path as Quit.

        Qt would first ask each window to close, and the main window refuses (it hides to the
        tray), which would cancel the quit; so the first Quit event is taken over here.
        """
        if event.type() == QEvent.Type.Quit and not self._closed:
            self.quit()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def quit(self) -> None:
        """Stop serving and end the app: the port is free again when this returns."""
        self.shutdown()
        self.finished.emit()

    def shutdown(self) -> None:
        """Idempotent: windows away, downloads told to stop, server stopped, engine closed."""
        if self._closed:
            return
        self._closed = True
        logger.info("shutting down")
        for widget in (self.window, self.onboarding, self.control_window):
            if widget is not None:
                widget.hide()
        if self.tray is not None:
            self.tray.hide()
        self.bridge.close()  # emits shutting_down: panels cancel their downloads
        self.server.stop()
        self.core.close()
        self.runner.wait_for_all(10_000)
        if self.instance is not None:
            self.instance.close()


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mezzo", add_help=False)
    parser.add_argument("--minimized", action="store_true", help="start in the tray only")
    parser.add_argument("--smoke-test", action="store_true", help="start, then quit (for CI)")
    args, _unknown = parser.parse_known_args(argv[1:])  # Qt's own options pass through
    return args


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName("Mezzo")
    QApplication.setOrganizationName("Mezzo")
    QGuiApplication.setDesktopFileName("mezzo")
    # Qt 6 scales for HiDPI by itself; pass fractional factors (150 %) through unrounded so
    # text and the SVG icons stay crisp instead of being drawn at 2x and shrunk.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(argv)


def run_app(argv: list[str]) -> int:
    """Run the desktop app until Quit; returns the process exit status."""
    args = _parse(argv)
    qapp = _application(argv)
    install_translators(qapp)
    paths = MezzoPaths.from_environment().ensure()
    instance = SingleInstance(instance_name(paths.home), paths.run_dir)
    if not instance.claim():
        if instance.send(SHOW):
            logger.info("Mezzo is already running; asked it to show its window")
            return 0
        QMessageBox.warning(
            None,
            qapp.translate("App", "Mezzo"),
            qapp.translate(
                "App",
                "Mezzo seems to be running already but does not answer. Quit it (or restart "
                "your computer), then start Mezzo again.",
            ),
        )
        return 1
    log_handler = log_to_file(paths)  # after the claim: one process writes the file
    apply_theme(qapp)
    qapp.setWindowIcon(app_icon())
    qapp.setQuitOnLastWindowClosed(False)  # the tray keeps running with no window open
    core = MezzoCore.from_environment()
    app = MezzoApp(core, instance=instance)
    app.server.port_override = Environment.read().port
    app.finished.connect(qapp.quit)
    qapp.installEventFilter(app)
    watcher = TerminationWatcher()
    watcher.requested.connect(app.quit)
    app.start(show_window=not args.minimized)
    if args.smoke_test:
        QTimer.singleShot(SMOKE_TEST_MS, app.quit)
    try:
        qapp.exec()
    finally:
        app.shutdown()
        watcher.close()
    logger.info("shutdown clean")
    stop_logging_to_file(log_handler)
    return 0
