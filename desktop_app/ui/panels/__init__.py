"""The main window's panels, found by name so that each can be written (and fail) on its own.

Contract for a panel module `desktop_app/ui/panels/<key>.py`:

    TITLE = QT_TRANSLATE_NOOP("Panels", "Models")   # sidebar label, translated in context "Panels"
    def create_panel(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> QWidget: ...

- The widget talks only to `core` (reads, `core.settings.update(...)`, long calls through
  `runner.run(...)`) and listens to `bridge` signals (see `desktop_app.ui.bridge`).
- Around a download call `bridge.set_downloading(True)` / `(False)` so the tray shows it, and
  connect `bridge.shutting_down` to a slot that cancels the download's `CancelToken`.
- After switching the model, hand `core.load_model(...)`'s future to `bridge.track_load`.

A panel module that is missing, or that fails to import or build, becomes a page saying the
panel is not available, so one broken panel never takes the app down.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)

PanelFactory = Callable[["MezzoCore", "CoreBridge", "TaskRunner"], QWidget]

# (key, fallback title): the order of the sidebar. The fallback titles name a page whose module
# is missing; a present module's own TITLE wins.
PANELS: tuple[tuple[str, str], ...] = (
    ("home", QT_TRANSLATE_NOOP("Panels", "Home")),
    ("models", QT_TRANSLATE_NOOP("Panels", "Models")),
    ("adapters", QT_TRANSLATE_NOOP("Panels", "Adapters")),
    ("telemetry", QT_TRANSLATE_NOOP("Panels", "Telemetry")),
    ("settings", QT_TRANSLATE_NOOP("Panels", "Settings")),
)


@dataclass(frozen=True, slots=True)
class Panel:
    key: str
    title: str  # translated
    widget: QWidget
    available: bool


def _translate(text: str) -> str:
    return QCoreApplication.translate("Panels", text)


def build_panel(
    key: str, fallback_title: str, core: MezzoCore, bridge: CoreBridge, runner: TaskRunner
) -> Panel:
    """Import `desktop_app.ui.panels.<key>` and build its widget, or a 'not available' page."""
    name = f"{__name__}.{key}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:  # the panel exists but something it imports does not
            logger.exception("panel %s could not be imported", key)
        else:
            logger.warning("panel %s is not installed", key)
        return _unavailable(key, _translate(fallback_title))
    except Exception:  # a broken panel must not stop the app; the log has the traceback
        logger.exception("panel %s could not be imported", key)
        return _unavailable(key, _translate(fallback_title))
    title = _translate(getattr(module, "TITLE", fallback_title))
    try:
        widget = module.create_panel(core, bridge, runner)
    except Exception:  # as above: the page says so, the log has the details
        logger.exception("panel %s could not be built", key)
        return _unavailable(key, title)
    return Panel(key, title, widget, available=True)


def build_panels(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> list[Panel]:
    return [build_panel(key, title, core, bridge, runner) for key, title in PANELS]


def _unavailable(key: str, title: str) -> Panel:
    page = QWidget()
    page.setObjectName(f"unavailable-{key}")
    layout = QVBoxLayout(page)
    label = QLabel(
        QCoreApplication.translate(
            "Panels",
            "The {title} page is not available in this version of Mezzo. "
            "Completions keep working; reinstalling Mezzo brings the page back.",
        ).format(title=title)
    )
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(
        QCoreApplication.translate("Panels", "{title} not available").format(title=title)
    )
    layout.addStretch(1)
    layout.addWidget(label)
    layout.addStretch(1)
    return Panel(key, title, page, available=False)
