"""SVG icons from `resources/icons/`: the app icon and one icon per `AppState`.

SVG so that one file stays crisp from a 16 px tray slot to a 2x HiDPI window title; QtSvg's icon
engine ships in PySide6-Essentials. Each state has its own shape as well as its own colour
(a ring, a triangle, pause bars, an arrow), so the state reads without colour vision.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from desktop_app.bundles.catalog import resources_dir
from desktop_app.ui.app_state import AppState


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_path(name: str) -> Path:
    return icons_dir() / f"{name}.svg"


@cache
def app_icon() -> QIcon:
    return QIcon(str(icon_path("mezzo")))


@cache
def state_icon(state: AppState) -> QIcon:
    return QIcon(str(icon_path(f"mezzo-{state.value}")))
