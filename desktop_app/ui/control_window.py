"""The tray's controls in a small window, for desktops that have no system tray.

Plain GNOME (without the AppIndicator extension), bare window managers and some kiosk setups
show no tray icon at all; without this window a person could neither switch completions off nor
quit. It shows the state, a big on/off switch, pause/resume, the full tray menu behind a button,
and Quit. Closing it quits Mezzo, and it says so, because nothing else would be left to reopen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.settings import Settings
from desktop_app.ui.app_state import AppStatus
from desktop_app.ui.icons import app_icon, state_icon
from desktop_app.ui.state_text import explanation, headline
from desktop_app.ui.theme import MARGIN, SPACING, styled_label
from desktop_app.ui.tray import TrayMenu

STATE_ICON_PX = 40


class ControlWindow(QWidget):
    closed = Signal()  # the person closed the window: the app quits

    def __init__(self, menu: TrayMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.menu = menu
        self.setWindowTitle(self.tr("Mezzo"))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("Mezzo controls"))

        self.state_icon = QLabel()
        self.state_icon.setFixedSize(STATE_ICON_PX, STATE_ICON_PX)
        self.headline = styled_label("", "heading")
        self.detail = styled_label("", "note")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        top.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        self.toggle_button = QPushButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setMinimumHeight(40)
        self.toggle_button.setAccessibleName(self.tr("Completions on or off"))
        self.toggle_button.clicked.connect(self._on_toggle_clicked)
        self.pause_button = QPushButton(self.tr("Pause for 1 hour"))
        self.pause_button.setAccessibleName(self.tr("Pause completions for 1 hour"))
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.open_button = QPushButton(self.tr("Open Mezzo…"))
        self.open_button.setAccessibleName(self.tr("Open the Mezzo window"))
        self.open_button.clicked.connect(menu.open_action.trigger)
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More: the full Mezzo menu"))
        self.more_button.setMenu(menu.menu)
        self.quit_button = QPushButton(self.tr("Quit Mezzo"))
        self.quit_button.setAccessibleName(self.tr("Quit Mezzo"))
        self.quit_button.clicked.connect(menu.quit_action.trigger)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        note = styled_label(
            self.tr(
                "Your desktop has no system tray, so Mezzo's controls live here. "
                "Closing this window quits Mezzo."
            ),
            "note",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.toggle_button)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setMinimumWidth(520)

        menu.bridge.status_changed.connect(self._on_status)
        menu.bridge.settings_changed.connect(self._on_settings)
        self._on_status(menu.bridge.status)
        self._on_settings(menu.core.settings.current)

    @Slot(bool)
    def _on_toggle_clicked(self, checked: bool) -> None:
        if checked != self.menu.toggle_action.isChecked():
            self.menu.toggle_action.trigger()

    @Slot()
    def _on_pause_clicked(self) -> None:
        if self._paused(self.menu.core.settings.current):
            self.menu.resume_action.trigger()
        else:
            self.menu.pause_action.trigger()

    @Slot(object)
    def _on_status(self, status: AppStatus) -> None:
        self.state_icon.setPixmap(
            state_icon(status.state).pixmap(QSize(STATE_ICON_PX, STATE_ICON_PX))
        )
        self.headline.setText(headline(status.state))
        self.detail.setText(explanation(status))
        self._on_settings(self.menu.core.settings.current)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow with the text (a long error wraps onto more lines) instead of clipping it."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.sizeHint().height())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(width, needed)

    @Slot(object)
    def _on_settings(self, settings: Settings) -> None:
        on = settings.completions_enabled
        self.toggle_button.setChecked(on)
        self.toggle_button.setText(
            self.tr("Turn completions off") if on else self.tr("Turn completions on")
        )
        paused = self._paused(settings)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause for 1 hour"))
        self.pause_button.setEnabled(on)

    def _paused(self, settings: Settings) -> bool:
        return settings.paused_until > self.menu.core.wall_time()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()
        self.closed.emit()
