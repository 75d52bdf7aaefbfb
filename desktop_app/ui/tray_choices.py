"""The tray's model and adapter lines: submenus that switch them, as in Ollama and LM Studio.

"Model: <name>" lists the installed models with the active one checked; choosing one switches
to it exactly as the Models page does (`model_switch.use_bundle`). "Adapter: <name>" is about
the current project (`Settings.current_repo`, the one editors that send no file path get): it
lists "None" and the installed adapters that fit the model in use, and choosing one maps it to
that project. With no current project the line says so and opens the Adapters page, where one
is chosen. The lists are rebuilt each time a submenu opens, because the pages (or a terminal)
may have changed them since.

Slow work runs in the task runner; a choice that fails says why through `problem(sentence)`.
An entry that is already in force is checked and disabled: choosing it would change nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop_app.adapters.manifest import NO_ADAPTER
from desktop_app.adapters.resolver import Resolution
from desktop_app.base.errors import MezzoError
from desktop_app.ui.messages import explain
from desktop_app.ui.model_switch import use_bundle

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.app_state import AppStatus
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)


class _Choices(QObject):
    """A submenu of exclusive, checkable entries, each carrying its value as data."""

    chosen = Signal(str)  # the value of the entry the person clicked
    problem = Signal(str)  # a sentence for the person: the choice could not be made

    def __init__(self, core: MezzoCore, runner: TaskRunner, parent: QObject | None) -> None:
        super().__init__(parent)
        self.core = core
        self.runner = runner
        self.menu = QMenu()
        self._group = QActionGroup(self)
        self._group.setExclusive(True)

    def entries(self) -> list[QAction]:
        """The choosable entries, in menu order (what a test clicks)."""
        return self._group.actions()

    def _fill(
        self, items: list[tuple[str, str]], checked: str, settled: bool, empty: str = ""
    ) -> None:
        """(label, value) entries with `checked` checked; disabled too when `settled` (in force)."""
        for action in self._group.actions():
            self._group.removeAction(action)
            action.deleteLater()
        self.menu.clear()
        for label, value in items:
            action = QAction(label, self)
            action.setData(value)
            action.setCheckable(True)
            action.setChecked(value == checked)
            action.setEnabled(not (settled and value == checked))
            action.triggered.connect(self._on_triggered)
            self._group.addAction(action)
            self.menu.addAction(action)
        if not items and empty:
            self.menu.addAction(empty).setEnabled(False)

    @Slot()
    def _on_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.chosen.emit(str(action.data()))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, BaseException):
            self.problem.emit(explain(error))


class ModelChoices(_Choices):
    """The "Model: <name>" line: the installed models; choosing one switches to it."""

    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(core, runner, parent)
        self.bridge = bridge
        self.menu.setAccessibleName(self.tr("Choose the model"))
        self.menu.aboutToShow.connect(self.refresh)
        self.chosen.connect(self.choose)
        bridge.status_changed.connect(self._on_status)
        self._on_status(bridge.status)
        self.refresh()

    @Slot(object)
    def _on_status(self, status: AppStatus) -> None:
        model = status.model or self.tr("none")
        self.menu.setTitle(self.tr("Model: {model}").format(model=model))

    @Slot()
    def refresh(self) -> None:
        installed = self.core.bundles.installed()
        names = [bundle.manifest.name for bundle in installed]
        items = [
            (_label(bundle.manifest.name, bundle.manifest.version, names), bundle.manifest.ref)
            for bundle in installed
        ]
        active = next((bundle.manifest.ref for bundle in installed if bundle.active), "")
        running = self.core.current_bundle()
        # The active model stays choosable while it is not running (its load failed): choosing
        # it tries again.
        settled = running is not None and running.ref == active
        self._fill(items, active, settled, self.tr("No models yet"))

    @Slot(str)
    def choose(self, value: str) -> None:
        core = self.core
        task = self.runner.run(lambda _progress: use_bundle(core, value))
        task.finished.connect(self._on_switched)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_switched(self, result: object) -> None:
        assert isinstance(result, tuple)  # use_bundle's (manifest, future)
        self.bridge.track_load(result[1])  # the tray shows "loading", then the new name
        self.refresh()


class AdapterChoices(_Choices):
    """The "Adapter: <name>" line for the current project; choosing one maps it there."""

    open_adapters = Signal()  # there is no current project: the Adapters page picks one

    def __init__(self, core: MezzoCore, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(core, runner, parent)
        self.menu.setAccessibleName(self.tr("Choose the adapter for the current project"))
        self.menu.aboutToShow.connect(self.refresh)
        self.chosen.connect(self.choose)
        self.pick_project_action = QAction(self.tr("Adapter: no project chosen…"), self)
        self.pick_project_action.triggered.connect(self.open_adapters)
        self.refresh()

    @property
    def project(self) -> str:
        return self.core.settings.current.current_repo

    @Slot()
    def refresh(self) -> None:
        has_project = bool(self.project)
        self.menu.menuAction().setVisible(has_project)
        self.pick_project_action.setVisible(not has_project)
        resolution = self._which()
        in_use = resolution.wanted if resolution and resolution.choice.name else NO_ADAPTER
        self.menu.setTitle(
            self.tr("Adapter: {adapter}").format(
                adapter=self.tr("none") if in_use == NO_ADAPTER else in_use
            )
        )
        active = self.core.bundles.active()
        fitting = [
            manifest.name
            for manifest in self.core.adapters.registry.installed()
            if active is not None and manifest.base_sha256 == active.sha256
        ]
        items = [(self.tr("None"), NO_ADAPTER)]
        items += [(name, name) for name in dict.fromkeys(fitting)]
        self._fill(items, in_use, settled=True)

    def _which(self) -> Resolution | None:
        """What the current project gets now; None when it cannot be told (an unreadable
        folder or git config), which the line shows as no adapter."""
        try:
            return self.core.adapters.which(self.project)
        except (MezzoError, OSError) as exc:
            logger.info("adapter for the current project unknown: %s", exc)
            return None

    @Slot(str)
    def choose(self, value: str) -> None:
        adapters, project = self.core.adapters, self.project
        task = self.runner.run(lambda _progress: adapters.map(project, value))
        task.finished.connect(self._on_mapped)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_mapped(self, _key: object) -> None:
        self.refresh()


def _label(name: str, version: str, names: list[str]) -> str:
    """The model's name, with its version when another installed one has the same name."""
    return name if names.count(name) == 1 else f"{name} ({version})"
