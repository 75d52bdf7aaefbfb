"""The tray icon and its menu: the controls a person reaches for while coding.

`TrayMenu` owns the actions and keeps them in step with the core through the bridge. Its first
line says which of on, paused (back by itself at a time) and off (until turned on) is in force,
and each command says what it will do; one that would change nothing is disabled or hidden. The
model and adapter lines are submenus that switch them (`tray_choices`). The same menu serves
`TrayIcon` where the desktop has a tray and `ControlWindow` where it has none (plain GNOME, bare
window managers), so the controls are always reachable. Actions are triggered in tests exactly
as a click would trigger them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop_app.base.settings import Settings
from desktop_app.engine.worker import EngineState
from desktop_app.ui.app_state import AppStatus, Switch
from desktop_app.ui.icons import app_icon, state_icon
from desktop_app.ui.log_file import UrlOpener, open_log_folder
from desktop_app.ui.state_text import pause_text, status_line, toggle_text, tooltip
from desktop_app.ui.tray_choices import AdapterChoices, ModelChoices

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)

PAUSE_SECONDS = 3600


class TrayMenu(QObject):
    """The shared menu. `open_requested(key)` asks for a panel ("" = the main window);
    `problem(sentence)` says a choice made in the menu failed."""

    open_requested = Signal(str)
    quit_requested = Signal()
    problem = Signal(str)

    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
        self.open_url: UrlOpener = QDesktopServices.openUrl  # tests answer in its place
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Mezzo menu"))

        self.status_action = self._info_action(self.tr("Status"))
        heading = self.status_action.font()
        heading.setBold(True)  # the line that says what is in force reads as the menu's title
        self.status_action.setFont(heading)
        self.menu.addSeparator()
        self.toggle_action = QAction(toggle_text(Switch.ON), self)
        self.toggle_action.triggered.connect(self.toggle)
        self.pause_action = QAction(pause_text(Switch.ON), self)
        self.pause_action.triggered.connect(self.pause_for_an_hour)
        self.resume_action = QAction(pause_text(Switch.PAUSED), self)
        self.resume_action.triggered.connect(self.resume)
        self.menu.addActions([self.toggle_action, self.pause_action, self.resume_action])
        self.menu.addSeparator()
        self.models = ModelChoices(core, bridge, runner, self)
        self.adapters = AdapterChoices(core, runner, self)
        self.model_action = self.menu.addMenu(self.models.menu)
        self.adapter_action = self.menu.addMenu(self.adapters.menu)
        self.menu.addAction(self.adapters.pick_project_action)
        self.adapters.open_adapters.connect(self._on_open_adapters)
        self.models.problem.connect(self.problem)
        self.adapters.problem.connect(self.problem)
        self.menu.addSeparator()
        self.open_action = self._open_action(self.tr("Open Mezzo…"), "")
        self.panel_actions = {
            "models": self._open_action(self.tr("Models…"), "models"),
            "adapters": self._open_action(self.tr("Adapters…"), "adapters"),
            "telemetry": self._open_action(self.tr("Usage statistics…"), "telemetry"),
            "settings": self._open_action(self.tr("Settings…"), "settings"),
        }
        self.log_folder_action = QAction(self.tr("Open the log folder"), self)
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.menu.addAction(self.log_folder_action)
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("Quit Mezzo"), self)
        self.quit_action.triggered.connect(self._on_quit)
        self.menu.addAction(self.quit_action)

        bridge.status_changed.connect(self._on_status)
        bridge.settings_changed.connect(self._on_settings)
        bridge.model_load_finished.connect(self._on_load_finished)
        self.menu.aboutToShow.connect(self.adapters.refresh)
        self._on_status(bridge.status)

    @Slot(str)
    def _on_load_finished(self, sentence: str) -> None:
        """A switch that failed and went back leaves Mezzo serving, so the state shows no
        error: say it here, wherever the switch was made. A load that left no model running
        is already the error state."""
        if sentence and self.core.engine_state() is EngineState.READY:
            self.problem.emit(sentence)

    def _info_action(self, text: str) -> QAction:
        action = QAction(text, self)
        action.setEnabled(False)  # information, not a command
        self.menu.addAction(action)
        return action

    def _open_action(self, text: str, key: str) -> QAction:
        action = QAction(text, self)
        action.setData(key)
        action.triggered.connect(self._on_open)
        self.menu.addAction(action)
        return action

    # --- commands ---------------------------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        """Off when on or paused, on when off. Either way a pause in force ends: off stays off
        until turned on, and turning on means on now."""
        enabled = self.core.settings.current.completions_enabled
        self.core.settings.update(completions_enabled=not enabled, paused_until=0.0)

    @Slot()
    def pause_for_an_hour(self) -> None:
        self.core.settings.update(paused_until=self.core.wall_time() + PAUSE_SECONDS)

    @Slot()
    def resume(self) -> None:
        self.core.settings.update(paused_until=0.0)

    @Slot()
    def open_log_folder(self) -> None:
        if not open_log_folder(self.core.paths, self.open_url):
            self.problem.emit(
                self.tr(
                    "This computer has no program to show folders. The log is in {folder}."
                ).format(folder=self.core.paths.logs_dir)
            )

    @Slot()
    def _on_quit(self) -> None:
        self.quit_requested.emit()

    @Slot()
    def _on_open(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_requested.emit(str(action.data() or ""))

    @Slot()
    def _on_open_adapters(self) -> None:
        self.open_requested.emit("adapters")

    # --- keeping in step --------------------------------------------------------------------

    @Slot(object)
    def _on_status(self, status: AppStatus) -> None:
        self.status_action.setText(status_line(status))
        self.status_action.setToolTip(tooltip(status))
        off = status.switch is Switch.OFF
        paused = status.switch is Switch.PAUSED
        self.toggle_action.setText(toggle_text(status.switch))
        self.pause_action.setVisible(not paused)
        self.pause_action.setEnabled(not off)  # nothing to pause while off
        self.resume_action.setVisible(paused)
        self.adapters.refresh()  # another model may fit other adapters

    @Slot(object)
    def _on_settings(self, _settings: Settings) -> None:
        self.adapters.refresh()  # the current project may have changed


class TrayIcon(QObject):
    """The icon in the system tray; its picture is the state, its menu is `TrayMenu`."""

    def __init__(self, menu: TrayMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = menu
        self.icon = QSystemTrayIcon(app_icon(), self)
        # GNOME's AppIndicator shows only icons that have a context menu.
        self.icon.setContextMenu(menu.menu)
        self.icon.activated.connect(self._on_activated)
        menu.bridge.status_changed.connect(self._on_status)
        menu.problem.connect(self._on_problem)
        self._on_status(menu.bridge.status)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, app_icon(), 6000)

    @Slot(object)
    def _on_status(self, status: AppStatus) -> None:
        self.icon.setIcon(state_icon(status.state))
        self.icon.setToolTip(tooltip(status))

    @Slot(str)
    def _on_problem(self, sentence: str) -> None:
        self.notify(self.tr("Mezzo could not do that"), sentence)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click opens the window (Windows, KDE); the right click shows the menu itself.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.menu.open_requested.emit("")
