"""The Adapters page over the real core, and the tiny LoRA installed for the base in use.

Shared by the page's tests and its evaluation tests: `pytest_plugins =
["tests.ui.adapter_panel_fixtures"]`, which brings `tests.ui.panel_fixtures` with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels import adapters
from desktop_app.ui.panels.adapters import QtAdaptersPanel
from desktop_app.ui.workers import TaskRunner

pytest_plugins = ["tests.ui.panel_fixtures"]


@pytest.fixture
def make_panel(
    qtbot: QtBot, core: MezzoCore, bridge: CoreBridge, runner: TaskRunner
) -> Callable[[], QtAdaptersPanel]:
    def make() -> QtAdaptersPanel:
        panel = adapters.create_panel(core, bridge, runner)
        assert isinstance(panel, QtAdaptersPanel)
        qtbot.addWidget(panel)
        panel.resize(900, 800)
        return panel

    return make


@pytest.fixture
def lora(core: MezzoCore, installed_qwen: str, tiny_lora: Path) -> str:
    """The tiny LoRA, installed through the core for the tiny Qwen base in use; its name."""
    return core.adapters.add(tiny_lora).name
