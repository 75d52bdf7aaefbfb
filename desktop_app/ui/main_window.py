"""The main window: a sidebar of pages (Home, Models, Adapters, Telemetry, Settings) and the page.

Pages are built by `desktop_app.ui.panels` from their own modules, so this file only arranges
them. Closing the window hides it: Mezzo keeps serving completions from the tray (or the control
window), and Quit lives in the menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop_app.ui.icons import app_icon
from desktop_app.ui.panels import Panel, build_panels

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

SIDEBAR_WIDTH = 180
DEFAULT_SIZE = QSize(980, 680)


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()  # the person closed the window; the app keeps running

    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mezzo"))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("Mezzo main window"))
        self.panels: list[Panel] = build_panels(core, bridge, runner)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Page"))
        for panel in self.panels:
            self.sidebar.addItem(QListWidgetItem(panel.title))
            self.stack.addWidget(_scrollable(panel.widget))
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        # Wide enough for the longest page title in the person's language (German's run long),
        # never a sideways scroll bar under the sidebar.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth()
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, fit))

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.resize(DEFAULT_SIZE)

    def panel(self, key: str) -> Panel | None:
        return next((p for p in self.panels if p.key == key), None)

    @Slot(str)
    def show_panel(self, key: str) -> None:
        """Bring the window forward, on the page `key` ("" keeps the current page)."""
        for row, panel in enumerate(self.panels):
            if panel.key == key:
                self.sidebar.setCurrentRow(row)
        self.bring_forward()

    @Slot()
    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.ignore()
        self.hide()
        self.hidden_to_tray.emit()


def _scrollable(widget: QWidget) -> QScrollArea:
    """Every page scrolls, so a small screen or a large font never clips a control."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
