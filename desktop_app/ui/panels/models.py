"""The Models page: choose, download, switch, check and remove the models Mezzo runs.

Everything slow happens in the task runner (downloads, switching, removing, checking files,
adding a file) and the engine loads on its own thread, so the window never freezes: a switch
shows "Loading…" until the engine's Future resolves. Errors are shown as sentences with a next
step (see `ui/messages.py`), next to the thing that failed.

Dialogs go through the `confirm` and `choose_file` attributes so tests can answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.errors import ModelSwitchError
from desktop_app.bundles.manifest import Manifest
from desktop_app.bundles.progress import Progress
from desktop_app.bundles.recommend import machine_resources, recommend
from desktop_app.bundles.service import VerifyResult
from desktop_app.core.service import MezzoCore
from desktop_app.engine.worker import EngineState
from desktop_app.ui.dialogs import ChooseFile, Confirm, ask_yes_no, pick_gguf_file
from desktop_app.ui.formatting import human_bytes, percent
from desktop_app.ui.futures import FutureSignals
from desktop_app.ui.messages import explain
from desktop_app.ui.model_switch import use_bundle
from desktop_app.ui.model_text import sizes_explained
from desktop_app.ui.panels.downloads import QtDownloads
from desktop_app.ui.panels.model_groups import group_models
from desktop_app.ui.panels.model_list import QtModelList
from desktop_app.ui.workers import ProgressFn, TaskRunner

if TYPE_CHECKING:
    from desktop_app.ui.bridge import CoreBridge

logger = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("Panels", "Models")


def pick_model_file(parent: QWidget) -> str:
    return pick_gguf_file(parent, parent.tr("Add a model file"), parent.tr("GGUF models"))


class QtModelsPanel(QWidget):
    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("modelsPanel")
        self._core = core
        self._bridge = bridge
        self._runner = runner
        self.confirm: Confirm = ask_yes_no
        self.choose_file: ChooseFile = pick_model_file
        self._checks: dict[str, VerifyResult] = {}
        self._loading: str = ""  # name of the model the engine is loading at our request
        self._load_error: str = ""
        self._watchers: set[FutureSignals] = set()
        self._engine_seen: tuple[object, object] = (None, None)
        self._machine = machine_resources(core.paths.models_dir)
        self.downloads = QtDownloads(core.bundles, runner, bridge.set_downloading, self)
        self.downloads.installed.connect(self._on_installed)
        bridge.shutting_down.connect(self.downloads.pause_all)
        bridge.core_status_changed.connect(self._on_core_status)

        title = QLabel(self.tr("Models"), self)
        title.setProperty("role", "title")
        self.active_label = QLabel(self)
        self.active_label.setWordWrap(True)
        self.active_label.setAccessibleName(self.tr("Model in use"))
        self.rollback_button = QPushButton(self.tr("Go back to the previous model"), self)
        self.rollback_button.setAccessibleName(self.tr("Go back to the previous model"))
        self.rollback_button.clicked.connect(self._on_rollback)
        self.verify_button = QPushButton(self.tr("Check files"), self)
        self.verify_button.setAccessibleName(self.tr("Check the model files for damage"))
        self.verify_button.clicked.connect(self._on_verify)
        self.add_button = QPushButton(self.tr("Add a model file…"), self)
        self.add_button.setAccessibleName(self.tr("Add a model file from this computer"))
        self.add_button.clicked.connect(self._on_add_file)
        self.memory_note = QLabel(
            self.tr("This computer has {total} of memory.").format(
                total=human_bytes(self._machine.total_ram_bytes)
            ),
            self,
        )
        self.memory_note.setProperty("role", "note")
        self.sizes_note = QLabel(sizes_explained(), self)
        self.sizes_note.setProperty("role", "note")
        self.sizes_note.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setProperty("role", "warning")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Models notice"))
        self.notice.hide()

        actions = QHBoxLayout()
        for button in (self.rollback_button, self.verify_button, self.add_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.model_list = QtModelList(self.downloads)
        self.model_list.use_requested.connect(self._on_use)
        self.model_list.remove_requested.connect(self._on_remove)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Models list"))
        scroll.setWidget(self.model_list)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.active_label)
        layout.addWidget(self.memory_note)
        layout.addWidget(self.sizes_note)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        self.refresh()

    # --- drawing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the catalog and the installed versions (small JSON files) and redraw."""
        bundles = self._core.bundles
        installed = bundles.installed()
        groups = group_models(bundles.catalog, installed)
        suggestion = recommend(bundles.catalog, self._machine)
        recommended = (
            suggestion.entry.id if suggestion.needs_download and suggestion.entry else None
        )
        self.model_list.set_groups(groups, self._checks, self._machine.total_ram_bytes, recommended)
        self.rollback_button.setEnabled(bool(bundles.store.active_state().history))
        self._show_engine()

    def _show_engine(self) -> None:
        active = self._core.bundles.active()
        name = active.name if active is not None else self.tr("none yet")
        if self._loading:
            text = self.tr("In use: {name} — loading…").format(name=self._loading)
        elif self._load_error:
            text = self.tr("In use: {name} — it could not start. {why}").format(
                name=name, why=self._load_error
            )
        elif self._core.engine_state() is EngineState.LOADING:
            text = self.tr("In use: {name} — loading…").format(name=name)
        elif self._core.engine_state() is EngineState.READY:
            text = self.tr("In use: {name} — ready").format(name=name)
        else:
            text = self.tr("In use: {name}").format(name=name)
        self.active_label.setText(text)

    @Slot(object)
    def _on_core_status(self, status: object) -> None:
        # The tray, or a terminal, may have switched the model; the queue length changes far
        # more often and says nothing this page shows.
        seen = (getattr(status, "engine", None), getattr(status, "model", None))
        if seen != self._engine_seen:
            self._engine_seen = seen
            self.refresh()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- switching, going back, removing ------------------------------------------------------

    @Slot(str)
    def _on_use(self, ref: str) -> None:
        core = self._core
        self._start_switch(lambda _progress: use_bundle(core, ref))

    @Slot()
    def _on_rollback(self) -> None:
        core = self._core

        def work(_progress: ProgressFn) -> object:
            manifest = core.bundles.rollback()
            return manifest, core.load_model()

        self._start_switch(work)

    def _start_switch(self, work: Callable[[ProgressFn], object]) -> None:
        self._say("")
        self._load_error = ""
        self._loading = self.tr("the new model")
        self._show_engine()
        task = self._runner.run(work)
        task.finished.connect(self._on_switched)
        task.failed.connect(self._on_switch_failed)

    @Slot(object)
    def _on_switched(self, result: object) -> None:
        assert isinstance(result, tuple)
        manifest, future = result
        assert isinstance(manifest, Manifest) and isinstance(future, Future)
        self._loading = manifest.name
        watcher = FutureSignals(future, self)
        watcher.finished.connect(self._on_loaded)
        watcher.failed.connect(self._on_load_failed)
        self._watchers.add(watcher)
        watcher.watch()
        self._bridge.track_load(future)  # the tray shows "loading" too
        self.refresh()

    @Slot(object)
    def _on_switch_failed(self, error: object) -> None:
        self._loading = ""
        self._say(explain(error) if isinstance(error, BaseException) else "")
        self.refresh()

    @Slot(object)
    def _on_loaded(self, _info: object) -> None:
        self._forget_watcher()
        self._loading = ""
        self._show_engine()

    @Slot(object)
    def _on_load_failed(self, error: object) -> None:
        self._forget_watcher()
        self._loading = ""
        if isinstance(error, ModelSwitchError):  # the model that worked is back in use
            self._say(explain(error))
            self.refresh()
            return
        self._load_error = explain(error) if isinstance(error, BaseException) else ""
        self._show_engine()

    def _forget_watcher(self) -> None:
        watcher = self.sender()
        if isinstance(watcher, FutureSignals):
            self._watchers.discard(watcher)
            watcher.deleteLater()

    @Slot(str)
    def _on_remove(self, ref: str) -> None:
        question = self.tr(
            "Remove {ref} from this computer? You can download it again later."
        ).format(ref=ref)
        if not self.confirm(self, self.tr("Remove model"), question):
            return
        bundles = self._core.bundles
        task = self._runner.run(lambda _progress: bundles.remove(ref))
        task.finished.connect(self._on_removed)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_removed(self, manifest: object) -> None:
        if isinstance(manifest, Manifest):
            self._checks.pop(manifest.ref, None)
            self._say(self.tr("Removed {name}.").format(name=manifest.name))
        self.refresh()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._say(explain(error) if isinstance(error, BaseException) else "")
        self.refresh()

    @Slot(str)
    def _on_installed(self, ref: str) -> None:
        self._checks.pop(ref, None)  # a repair replaced the damaged bytes: check again to know
        self.refresh()

    # --- checking files -----------------------------------------------------------------------

    @Slot()
    def _on_verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._say(self.tr("Checking model files…"))
        bundles = self._core.bundles
        task = self._runner.run(lambda progress: bundles.verify(progress=progress))
        task.progress.connect(self._on_verify_progress)
        task.finished.connect(self._on_verified)
        task.failed.connect(self._on_verify_failed)

    @Slot(object)
    def _on_verify_progress(self, progress: object) -> None:
        if isinstance(progress, Progress):
            self._say(
                self.tr("Checking {name}… {pct}").format(
                    name=progress.bundle, pct=percent(progress.fraction)
                )
            )

    @Slot(object)
    def _on_verified(self, results: object) -> None:
        self.verify_button.setEnabled(True)
        found = (
            [r for r in results if isinstance(r, VerifyResult)] if isinstance(results, list) else []
        )
        self._checks = {r.ref: r for r in found}
        damaged = [r.ref for r in found if not r.ok]
        if damaged:
            self._say(
                self.tr("Damaged: {refs}. Download them again to repair them.").format(
                    refs=", ".join(damaged)
                )
            )
        else:
            self._say(self.tr("All model files are intact."))
        self.refresh()

    @Slot(object)
    def _on_verify_failed(self, error: object) -> None:
        self.verify_button.setEnabled(True)
        self._on_failed(error)

    # --- adding a file ------------------------------------------------------------------------

    @Slot()
    def _on_add_file(self) -> None:
        chosen = self.choose_file(self)
        if not chosen:
            return
        path = Path(chosen)
        self._say(self.tr("Adding {name}…").format(name=path.name))
        bundles = self._core.bundles
        task = self._runner.run(lambda progress: bundles.import_file(path, progress=progress))
        task.finished.connect(self._on_added)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_added(self, manifest: object) -> None:
        if isinstance(manifest, Manifest):
            self._say(self.tr("Added {name}.").format(name=manifest.name))
        self.refresh()


def create_panel(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> QWidget:
    return QtModelsPanel(core, bridge, runner)
