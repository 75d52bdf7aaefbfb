"""The tray icon and its menu: the controls a person reaches for while coding.

`TrayMenu` owns the actions (completions on/off, pause for an hour, what model and adapter are in
use, open a panel, quit) and keeps them in step with the core through the bridge. The same menu
serves `TrayIcon` where the desktop has a tray and `ControlWindow` where it has none (plain
GNOME, bare window managers), so the controls are always reachable. Actions are triggered in
tests exactly as a click would trigger them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop_app.base.errors import MezzoError
from desktop_app.base.settings import Settings
from desktop_app.ui.app_state import AppStatus
from desktop_app.ui.icons import app_icon, state_icon
from desktop_app.ui.state_text import headline, tooltip

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge

logger = logging.getLogger(__name__)

PAUSE_SECONDS = 3600


class TrayMenu(QObject):
    """The shared menu. `open_requested(key)` asks for a panel ("" = the main window)."""

    open_requested = Signal(str)
    quit_requested = Signal()

    def __init__(self, core: MezzoCore, bridge: CoreBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Mezzo menu"))

        self.status_action = self._info_action(self.tr("Status"))
        self.menu.addSeparator()
        self.toggle_action = QAction(self.tr("Completions on"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.triggered.connect(self._on_toggle)
        self.pause_action = QAction(self.tr("Pause for 1 hour"), self)
        self.pause_action.triggered.connect(self.pause_for_an_hour)
        self.resume_action = QAction(self.tr("Resume"), self)
        self.resume_action.triggered.connect(self.resume)
        self.menu.addActions([self.toggle_action, self.pause_action, self.resume_action])
        self.menu.addSeparator()
        self.model_action = self._info_action(self.tr("Model: none"))
        self.adapter_action = self._info_action(self.tr("Adapter: none"))
        self.menu.addSeparator()
        self.open_action = self._open_action(self.tr("Open Mezzo…"), "")
        self.panel_actions = {
            "models": self._open_action(self.tr("Models…"), "models"),
            "adapters": self._open_action(self.tr("Adapters…"), "adapters"),
            "telemetry": self._open_action(self.tr("Telemetry…"), "telemetry"),
            "settings": self._open_action(self.tr("Settings…"), "settings"),
        }
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("Quit Mezzo"), self)
        self.quit_action.triggered.connect(self._on_quit)
        self.menu.addAction(self.quit_action)

        bridge.status_changed.connect(self._on_status)
        bridge.settings_changed.connect(self._on_settings)
        self.menu.aboutToShow.connect(self.refresh_adapter)
        self._on_settings(core.settings.current)
        self._on_status(bridge.status)
        self.refresh_adapter()

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

    @Slot(bool)
    def _on_toggle(self, checked: bool) -> None:
        self.core.settings.update(completions_enabled=checked)

    @Slot()
    def pause_for_an_hour(self) -> None:
        self.core.settings.update(paused_until=self.core.wall_time() + PAUSE_SECONDS)

    @Slot()
    def resume(self) -> None:
        self.core.settings.update(paused_until=0.0)

    @Slot()
    def _on_quit(self) -> None:
        self.quit_requested.emit()

    @Slot()
    def _on_open(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_requested.emit(str(action.data() or ""))

    # --- keeping in step --------------------------------------------------------------------

    @Slot(object)
    def _on_settings(self, settings: Settings) -> None:
        self.toggle_action.setChecked(settings.completions_enabled)
        paused = settings.paused_until > self.core.wall_time()
        self.pause_action.setVisible(not paused)
        self.pause_action.setEnabled(settings.completions_enabled)
        self.resume_action.setVisible(paused)
        self.refresh_adapter()

    @Slot(object)
    def _on_status(self, status: AppStatus) -> None:
        self.status_action.setText(headline(status.state))
        self.status_action.setToolTip(tooltip(status))
        model = status.model or self.tr("none")
        self.model_action.setText(self.tr("Model: {model}").format(model=model))
        # A timed pause ends by itself: the settings still hold the old time.
        self._on_settings(self.core.settings.current)

    @Slot()
    def refresh_adapter(self) -> None:
        """The adapter the current repository gets (what a client sending no path gets)."""
        name = ""
        try:
            resolution = self.core.adapters.which(self.core.settings.current.current_repo)
            name = resolution.choice.name
        except (MezzoError, OSError) as exc:
            logger.info("adapter for the current repository unknown: %s", exc)
        self.adapter_action.setText(
            self.tr("Adapter: {adapter}").format(adapter=name or self.tr("none"))
        )


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

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click opens the window (Windows, KDE); the right click shows the menu itself.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.menu.open_requested.emit("")
