"""The tray's controls in a small window, for desktops that have no system tray.

Plain GNOME (without the AppIndicator extension), bare window managers and some kiosk setups
show no tray icon at all; without this window a person could neither switch completions off nor
quit. It shows which of on, paused and off is in force, a big button named after what it will do,
pause/resume, the full tray menu behind a button (with the model and adapter choices), and Quit.
Closing it quits Mezzo, and it says so, because nothing else would be left to reopen.
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

from desktop_app.ui.app_state import AppStatus, Switch
from desktop_app.ui.icons import app_icon, state_icon
from desktop_app.ui.state_text import explanation, pause_text, status_line, toggle_text
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

        self.problem = styled_label("", "warning")
        self.problem.setAccessibleName(self.tr("What went wrong"))
        self.problem.hide()

        self.toggle_button = QPushButton()
        self.toggle_button.setMinimumHeight(40)
        self.toggle_button.clicked.connect(menu.toggle_action.trigger)
        self.pause_button = QPushButton()
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
        layout.addWidget(self.problem)
        layout.addWidget(self.toggle_button)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setMinimumWidth(520)

        self._switch = Switch.ON
        menu.bridge.status_changed.connect(self._on_status)
        menu.problem.connect(self._on_problem)
        self._on_status(menu.bridge.status)

    @Slot()
    def _on_pause_clicked(self) -> None:
        if self._switch is Switch.PAUSED:
            self.menu.resume_action.trigger()
        else:
            self.menu.pause_action.trigger()

    @Slot(str)
    def _on_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))
        self._fit_height()

    @Slot(object)
    def _on_status(self, status: AppStatus) -> None:
        self.state_icon.setPixmap(
            state_icon(status.state).pixmap(QSize(STATE_ICON_PX, STATE_ICON_PX))
        )
        self.headline.setText(status_line(status))
        self.detail.setText(explanation(status))
        self._switch = status.switch
        toggle = toggle_text(status.switch)
        self.toggle_button.setText(toggle)
        self.toggle_button.setAccessibleName(toggle)
        pause = pause_text(status.switch)
        self.pause_button.setText(pause)
        self.pause_button.setAccessibleName(pause)
        self.pause_button.setEnabled(status.switch is not Switch.OFF)  # nothing to pause
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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()
        self.closed.emit()
