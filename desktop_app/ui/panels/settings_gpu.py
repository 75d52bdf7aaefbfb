"""Settings page section: whether the model runs on the GPU, where this llama.cpp build has one.

llama.cpp places a model's layers when it loads the model, so the switch takes effect at the
next load; while the running model sits elsewhere than the switch asks, the section says so and
offers to load it again now (as the port offers a server restart). A build without a GPU
backend gets a greyed-out switch and a sentence saying why, rather than a switch that does
nothing.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.base.settings import Settings
from desktop_app.engine.devices import device_for
from desktop_app.ui.model_loader import ModelLoader
from desktop_app.ui.panels.settings_form import check_box
from desktop_app.ui.theme import SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner


class GpuSection(QWidget):
    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        backend: str,
        parent: QWidget | None = None,
    ) -> None:
        """`backend` is `engine.model.gpu_backend()`: the GPU's name, or "" for none."""
        super().__init__(parent)
        self.core = core
        self.backend = backend
        self._loader = ModelLoader(core, bridge, runner, self)
        self.switch = check_box(
            self.tr("Use the GPU ({name})").format(name=backend)
            if backend
            else self.tr("Use the GPU"),
            self.tr(
                "The GPU makes suggestions come faster. Turn it off if the GPU is busy with a "
                "game or runs out of memory."
            ),
        )
        self.switch.setEnabled(bool(backend))
        self.switch.toggled.connect(self._on_switch)
        self.no_gpu = styled_label(
            self.tr("This computer's llama.cpp has no GPU support, so Mezzo runs on the CPU."),
            "note",
        )
        self.no_gpu.setVisible(not backend)
        self.reload_button = QPushButton(self.tr("Load the model again now"))
        self.reload_button.setAccessibleName(self.tr("Load the model again now"))
        self.reload_button.clicked.connect(self._on_reload)
        reload = QHBoxLayout()
        reload.addWidget(
            styled_label(self.tr("This applies the next time Mezzo loads a model."), "warning"),
            1,
        )
        reload.addWidget(self.reload_button)
        self.reload_row = QWidget()
        self.reload_row.setLayout(reload)
        self.reload_row.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.switch)
        layout.addWidget(self.no_gpu)
        layout.addWidget(self.reload_row)
        bridge.model_load_finished.connect(self._on_loaded)

    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back."""
        self.switch.blockSignals(True)
        self.switch.setChecked(settings.engine.use_gpu and bool(self.backend))
        self.switch.blockSignals(False)
        self.reload_row.setVisible(self._model_elsewhere(settings))

    def _model_elsewhere(self, settings: Settings) -> bool:
        """A model runs, and not where the switch now asks."""
        info = self.core.model_info()
        wanted = device_for(settings.engine.use_gpu, self.backend)
        return info is not None and info.device != wanted

    @Slot(bool)
    def _on_switch(self, on: bool) -> None:
        engine = self.core.settings.current.engine
        self.core.settings.update(engine=dataclasses.replace(engine, use_gpu=on))
        self.load(self.core.settings.current)

    @Slot()
    def _on_reload(self) -> None:
        info = self.core.model_info()
        self.reload_button.setEnabled(False)
        self._loader.load(Path(info.path) if info is not None else None)

    @Slot(str)
    def _on_loaded(self, _error: str) -> None:
        self.reload_button.setEnabled(True)
        self.load(self.core.settings.current)
