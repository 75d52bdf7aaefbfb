"""The app as a whole: it serves, shows the right windows, explains a taken port, and quitting
really stops the server."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.base.errors import ModelNotFoundError
from desktop_app.base.settings import ServerSettings
from desktop_app.core.service import MezzoCore
from desktop_app.ui.app import MezzoApp
from desktop_app.ui.app_state import AppState
from desktop_app.ui.messages import explain
from desktop_app.ui.panels import PANELS, build_panel
from desktop_app.ui.single_instance import SHOW, SingleInstance, instance_name
from tests.ui.conftest import WAIT_MS, MakeCore, shell_settings

StartApp = Callable[..., MezzoApp]


@pytest.fixture
def start_app(qtbot: QtBot, make_shell_core: MakeCore, tiny_qwen_model: Path) -> Iterator[StartApp]:
    """Factory: a started MezzoApp (no tray, so the control window) on the tiny model."""
    apps: list[MezzoApp] = []

    def start(
        core: MezzoCore | None = None,
        *,
        wait_ready: bool = True,
        model: Path | None = None,
        **kwargs: object,
    ):
        app = MezzoApp(core or make_shell_core(), use_tray=False, **kwargs)  # type: ignore[arg-type]
        apps.append(app)
        app.start(model=model or tiny_qwen_model)
        if wait_ready:
            qtbot.waitUntil(lambda: app.bridge.state is AppState.ON, timeout=WAIT_MS)
        return app

    yield start
    for app in apps:
        app.shutdown()
        app.window.deleteLater()
        if app.control_window is not None:
            app.control_window.deleteLater()


def health(port: int) -> int:
    return httpx.get(f"http://127.0.0.1:{port}/health", timeout=10).status_code


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TestServing:
    def test_the_app_serves_completions_once_the_model_is_loaded(self, start_app: StartApp) -> None:
        app = start_app()
        assert app.bridge.server_ports is not None
        assert health(app.bridge.server_ports.main) == 200

    def test_quitting_stops_the_server_and_frees_the_port(
        self, qtbot: QtBot, start_app: StartApp
    ) -> None:
        app = start_app()
        assert app.bridge.server_ports is not None
        port = app.bridge.server_ports.main
        with qtbot.waitSignal(app.finished, timeout=WAIT_MS):
            app.menu.quit_action.trigger()
        with pytest.raises(httpx.ConnectError):
            health(port)
        with socket.socket() as sock:  # the port can be bound again at once
            sock.bind(("127.0.0.1", port))

    def test_a_quit_from_the_operating_system_takes_the_same_path(
        self, qtbot: QtBot, start_app: StartApp
    ) -> None:
        app = start_app()
        qapp = QApplication.instance()
        assert qapp is not None
        qapp.installEventFilter(app)
        try:
            with qtbot.waitSignal(app.finished, timeout=WAIT_MS):
                QCoreApplication.sendEvent(qapp, QEvent(QEvent.Type.Quit))
        finally:
            qapp.removeEventFilter(app)
        assert app.bridge.server_ports is None

    def test_closing_the_control_window_quits(self, qtbot: QtBot, start_app: StartApp) -> None:
        app = start_app()
        assert app.control_window is not None
        with qtbot.waitSignal(app.finished, timeout=WAIT_MS):
            app.control_window.close()

    def test_a_taken_port_is_explained_with_a_next_step(
        self, qtbot: QtBot, start_app: StartApp, make_shell_core: MakeCore
    ) -> None:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            settings = shell_settings(server=ServerSettings(port=port, ollama_port=0))
            app = start_app(make_shell_core(settings), wait_ready=False)
            assert app.bridge.server_ports is None
            assert app.bridge.state is AppState.ERROR
            assert f"Another program already uses port {port}" in app.bridge.status.detail
            assert "choose another port in Settings" in app.bridge.status.detail
            home = app.window.panel("home")
            assert home is not None
            assert "already uses port" in home.widget.detail.text()  # type: ignore[attr-defined]
            retry = home.widget.retry_button  # type: ignore[attr-defined]
            assert not retry.isHidden()
        # The other program has quit: "Try again" starts the server on the same port.
        retry.click()
        qtbot.waitUntil(lambda: app.bridge.server_ports is not None, timeout=WAIT_MS)
        assert health(port) == 200
        assert retry.isHidden() and app.bridge.state is not AppState.ERROR

    def test_a_model_that_cannot_be_loaded_is_explained_on_home_and_the_control_window(
        self, qtbot: QtBot, start_app: StartApp, tmp_path: Path
    ) -> None:
        app = start_app(model=tmp_path / "private-folder" / "gone.gguf", wait_ready=False)
        qtbot.waitUntil(lambda: app.bridge.state is AppState.ERROR, timeout=WAIT_MS)
        error = app.core.engine_error()
        assert isinstance(error, ModelNotFoundError)
        home = app.window.panel("home")
        assert home is not None and app.control_window is not None
        shown = home.widget.detail.text()  # type: ignore[attr-defined]
        assert shown == explain(error) != str(error)
        assert "gone.gguf" in shown and "private-folder" not in shown
        assert app.control_window.detail.text() == shown

    def test_a_failed_switch_is_explained_and_the_model_that_worked_keeps_serving(
        self, qtbot: QtBot, start_app: StartApp, tmp_path: Path
    ) -> None:
        app = start_app()
        app.loader.load(tmp_path / "private-folder" / "gone.gguf")
        assert app.control_window is not None
        problem = app.control_window.problem
        qtbot.waitUntil(problem.isVisible, timeout=WAIT_MS)
        assert "went back" in problem.text() and "private-folder" not in problem.text()
        assert app.bridge.state is AppState.ON
        assert app.bridge.server_ports is not None
        assert health(app.bridge.server_ports.main) == 200

    def test_a_new_port_from_settings_is_used_after_a_restart(
        self, qtbot: QtBot, start_app: StartApp
    ) -> None:
        app = start_app()
        new_port = free_port()
        settings = app.window.panel("settings")
        assert settings is not None
        connection = settings.widget.connection  # type: ignore[attr-defined]
        connection.port.setValue(new_port)
        assert not connection.restart_row.isHidden()
        connection.restart_button.click()
        qtbot.waitUntil(
            lambda: (
                app.bridge.server_ports is not None and app.bridge.server_ports.main == new_port
            ),
            timeout=WAIT_MS,
        )
        assert health(new_port) == 200
        assert connection.restart_row.isHidden()


class TestWindows:
    def test_the_sidebar_lists_the_five_pages_in_order(self, start_app: StartApp) -> None:
        app = start_app()
        titles = [app.window.sidebar.item(i).text() for i in range(app.window.sidebar.count())]
        assert titles == ["Home", "Models", "Adapters", "Usage statistics", "Settings"]
        assert [p.key for p in app.window.panels] == [key for key, _ in PANELS]

    def test_the_window_opens_on_the_page_the_tray_asks_for(self, start_app: StartApp) -> None:
        app = start_app()
        app.menu.panel_actions["settings"].trigger()
        assert app.window.isVisible()
        assert app.window.sidebar.currentItem().text() == "Settings"

    def test_a_missing_panel_module_becomes_a_not_available_page(
        self, qtbot: QtBot, start_app: StartApp
    ) -> None:
        app = start_app()
        panel = build_panel("nonexistent", "Nonexistent", app.core, app.bridge, app.runner)
        qtbot.addWidget(panel.widget)
        assert not panel.available
        assert panel.widget.objectName() == "unavailable-nonexistent"

    def test_without_a_tray_the_control_window_is_shown(self, start_app: StartApp) -> None:
        app = start_app()
        assert app.tray is None and app.control_window is not None
        assert app.control_window.isVisible()

    def test_the_first_run_shows_the_welcome_instead_of_the_window(
        self, start_app: StartApp, make_shell_core: MakeCore
    ) -> None:
        app = start_app(make_shell_core(shell_settings(first_run_done=False)))
        assert app.onboarding is not None and app.onboarding.isVisible()
        assert not app.window.isVisible()
        app.onboarding.close()  # seen: Home follows, with the same setups
        assert app.window.isVisible() and app.window.sidebar.currentRow() == 0

    def test_later_runs_open_home(self, start_app: StartApp) -> None:
        app = start_app()
        assert app.onboarding is None
        assert app.window.isVisible() and app.window.sidebar.currentRow() == 0

    def test_a_second_launch_brings_the_window_forward(
        self, qtbot: QtBot, start_app: StartApp, mezzo_home: Path, tmp_path: Path
    ) -> None:
        first = SingleInstance(instance_name(mezzo_home), tmp_path)
        assert first.claim()
        app = start_app(instance=first)
        app.window.hide()
        second = SingleInstance(instance_name(mezzo_home), tmp_path)
        assert not second.claim()
        with qtbot.waitSignal(first.message_received, timeout=WAIT_MS):
            second.send(SHOW)
        assert app.window.isVisible()


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable, visible controls whose accessible name is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own editor: the spin box carries the name
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


class TestAccessibility:
    def test_every_control_of_the_shell_has_a_name(
        self, start_app: StartApp, make_shell_core: MakeCore
    ) -> None:
        app = start_app(make_shell_core(shell_settings(first_run_done=False)))
        assert app.control_window is not None and app.onboarding is not None
        pages = [p.widget for p in app.window.panels if p.key in ("home", "settings")]
        for root in [app.control_window, app.onboarding, *pages]:
            assert unnamed_controls(root) == [], type(root).__name__
        assert all(action.text() for action in app.menu.menu.actions() if not action.isSeparator())
