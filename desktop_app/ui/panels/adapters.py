"""The Adapters page: which fine-tuned LoRA adapter each project gets.

The current project comes first and large, because the editors most Roblox creators use
(llama.vscode, the Roblox Studio plugin) never say which file they are in: for them, the project
picked here is the one whose adapter is used. Below it, the installed adapters (and whether each
fits the model in use, and why not), then the project mappings with what each resolves to. Any
folder can be a project: git, where there is one, only adds the remote it is shown with.

Installing, removing and mapping run in the task runner; dialogs go through the `choose_folder`,
`choose_file` and `confirm` attributes so tests can answer them. A project folder mapped to an
adapter also shows that adapter's last check on it, and can run another in a child process
(`adapter_evaluation.py`; `check_command` builds its command line).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.adapters.manifest import MAX_SCALE, NO_ADAPTER, AdapterManifest
from desktop_app.adapters.mapping import RepoKey, RepoKind, Target
from desktop_app.adapters.resolver import Resolution
from desktop_app.core.service import MezzoCore
from desktop_app.ui.dialogs import (
    ChooseFile,
    ChooseFolder,
    Confirm,
    ask_yes_no,
    pick_folder,
    pick_gguf_file,
)
from desktop_app.ui.messages import explain
from desktop_app.ui.panels.adapter_evaluation import (
    CheckCommand,
    QtRepoChecks,
    QtRepoEvaluation,
    check_command,
)
from desktop_app.ui.panels.adapter_rows import (
    QtAdapterRow,
    QtMappingRow,
    project_text,
    target_text,
)
from desktop_app.ui.panels.current_project import QtCurrentProject
from desktop_app.ui.panels.repo_context import QtRepoContext
from desktop_app.ui.workers import ProgressFn, TaskRunner

if TYPE_CHECKING:
    from desktop_app.ui.bridge import CoreBridge

logger = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("Panels", "Adapters")


def pick_adapter_file(parent: QWidget) -> str:
    return pick_gguf_file(parent, parent.tr("Add an adapter file"), parent.tr("LoRA adapters"))


def _label(text: str, role: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _button(text: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    return button


class QtAdaptersPanel(QWidget):
    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adaptersPanel")
        self._core = core
        self._runner = runner
        self.choose_folder: ChooseFolder = pick_folder
        self.choose_file: ChooseFile = pick_adapter_file
        self.confirm: Confirm = ask_yes_no
        self.check_command: CheckCommand = check_command
        self.checks = QtRepoChecks(self)  # outlive the rows, which every refresh rebuilds
        self._model = core.status().model
        bridge.settings_changed.connect(self._on_settings_changed)
        bridge.core_status_changed.connect(self._on_core_status)
        bridge.shutting_down.connect(self.checks.stop_all)

        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_label(self.tr("Adapters"), "title", page))
        column.addWidget(
            _label(
                self.tr(
                    "An adapter is a small add-on that tunes the model to one project or "
                    "language, such as your Roblox game. Mezzo picks it from the project you "
                    "are editing."
                ),
                "note",
                page,
            )
        )
        self.current_project = QtCurrentProject(core, self._ask_folder, self._which, page)
        column.addWidget(self.current_project)
        self.repo_context = QtRepoContext(core, page)
        column.addWidget(self.repo_context)
        self.notice = _label("", "warning", page)
        self.notice.setAccessibleName(self.tr("Adapters notice"))
        self.notice.hide()
        column.addWidget(self.notice)
        column.addWidget(_label(self.tr("Installed adapters"), "heading", page))
        self.adapter_rows = QVBoxLayout()
        column.addLayout(self.adapter_rows)
        column.addLayout(self._build_import(page))
        self.import_problem = _label("", "warning", page)
        self.import_problem.setAccessibleName(self.tr("Why the adapter was not added"))
        self.import_problem.hide()
        column.addWidget(self.import_problem)
        column.addWidget(_label(self.tr("Projects"), "heading", page))
        self.mapping_rows = QVBoxLayout()
        column.addLayout(self.mapping_rows)
        column.addLayout(self._build_map(page))
        column.addLayout(self._build_default(page))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Adapters page"))
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    # --- building -----------------------------------------------------------------------------

    def _build_import(self, parent: QWidget) -> QHBoxLayout:
        self.add_button = _button(
            self.tr("Add an adapter file…"), self.tr("Add an adapter file"), parent
        )
        self.add_button.clicked.connect(self._on_add)
        self.base_combo = QComboBox(parent)
        self.base_combo.setAccessibleName(self.tr("Model the adapter was trained for"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(QLabel(self.tr("for the model"), parent))
        row.addWidget(self.base_combo)
        row.addStretch(1)
        return row

    def _build_map(self, parent: QWidget) -> QHBoxLayout:
        self.adapter_combo = QComboBox(parent)
        self.adapter_combo.setAccessibleName(self.tr("Adapter to map"))
        self.scale_spin = QDoubleSpinBox(parent)
        self.scale_spin.setRange(0.05, MAX_SCALE)
        self.scale_spin.setSingleStep(0.05)
        self.scale_spin.setDecimals(2)
        self.scale_spin.setValue(1.0)
        self.scale_spin.setAccessibleName(self.tr("Adapter strength (scale)"))
        self.scale_spin.lineEdit().setAccessibleName(self.tr("Adapter strength (scale)"))
        self.scale_spin.setToolTip(
            self.tr("How strongly the adapter changes the model: 1 is as trained, less is milder.")
        )
        self.map_button = _button(
            self.tr("Map a project folder…"),
            self.tr("Map a project folder to this adapter"),
            parent,
        )
        self.map_button.clicked.connect(self._on_map)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Add a project: use"), parent))
        row.addWidget(self.adapter_combo)
        row.addWidget(QLabel(self.tr("at strength"), parent))
        row.addWidget(self.scale_spin)
        row.addWidget(self.map_button)
        row.addStretch(1)
        return row

    def _build_default(self, parent: QWidget) -> QHBoxLayout:
        self.default_combo = QComboBox(parent)
        self.default_combo.setAccessibleName(self.tr("Adapter for every other project"))
        self.default_combo.activated.connect(self._on_default_chosen)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Every other project uses"), parent))
        row.addWidget(self.default_combo)
        row.addStretch(1)
        return row

    # --- drawing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read adapters, mappings and the current project (small files) and redraw."""
        adapters = self._core.adapters
        installed = adapters.registry.installed()
        active = self._core.bundles.active()
        state = adapters.mappings.current()
        _clear(self.adapter_rows)
        for manifest in installed:
            row = QtAdapterRow(manifest, active, self)
            row.remove_requested.connect(self._on_remove)
            self.adapter_rows.addWidget(row)
        if not installed:
            self.adapter_rows.addWidget(
                _label(
                    self.tr("No adapters yet. Add one with “Add an adapter file…” below."),
                    "note",
                    self,
                )
            )
        _clear(self.mapping_rows)
        model = next(
            (bundle.path for bundle in self._core.bundles.installed() if bundle.active), None
        )
        for key, target in sorted(state.repos.items()):
            where = key.value if key.kind is RepoKind.ROOT else f"https://{key.value}"
            row_ = QtMappingRow(
                key, target, self._which(where), self, self._evaluation(key, target, model)
            )
            row_.unmap_requested.connect(self._on_unmap)
            self.mapping_rows.addWidget(row_)
        if not state.repos:
            self.mapping_rows.addWidget(
                _label(self.tr("No projects mapped to an adapter yet."), "note", self)
            )
        self._fill_combos(installed, state.default.adapter)
        self.current_project.refresh()
        self.repo_context.refresh()

    def _evaluation(
        self, key: RepoKey, target: Target, model: Path | None
    ) -> QtRepoEvaluation | None:
        """Only a folder can be checked: a remote names every clone, and none is at hand."""
        if key.kind is not RepoKind.ROOT or not target.adapter:
            return None
        evaluation = QtRepoEvaluation(
            key.value, target.adapter, self.checks, self._core.paths.evaluations_db, model,
            scale=target.scale,
        )  # fmt: skip
        evaluation.command = self.check_command
        return evaluation

    def _fill_combos(self, installed: list[AdapterManifest], default: str) -> None:
        names = list(dict.fromkeys(m.name for m in installed))
        chosen = self.adapter_combo.currentData()
        self.adapter_combo.clear()
        for name in names:
            self.adapter_combo.addItem(name, name)
        if chosen in names:
            self.adapter_combo.setCurrentIndex(names.index(chosen))
        self.map_button.setEnabled(bool(names))
        self.default_combo.clear()
        self.default_combo.addItem(self.tr("No adapter"), NO_ADAPTER)
        for name in names:
            self.default_combo.addItem(name, name)
        self.default_combo.setCurrentIndex(
            max(self.default_combo.findData(default or NO_ADAPTER), 0)
        )
        self.base_combo.clear()
        active = self._core.bundles.active()
        for bundle in self._core.bundles.installed():
            self.base_combo.addItem(bundle.manifest.name, bundle.manifest.ref)
        if active is not None:
            self.base_combo.setCurrentIndex(max(self.base_combo.findData(active.ref), 0))

    def _which(self, where: str) -> Resolution | None:
        try:
            return self._core.adapters.which(where)
        except OSError as exc:  # an unreadable folder or git config: say nothing rather than fail
            logger.info("cannot resolve the adapter for %r: %s", where, exc)
            return None

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @Slot(object)
    def _on_settings_changed(self, _settings: object) -> None:
        self.current_project.refresh()
        self.repo_context.refresh()

    def _ask_folder(self, title: str) -> str:
        return self.choose_folder(self, title)

    @Slot(object)
    def _on_core_status(self, status: object) -> None:
        # The status changes with every queued request; only another model changes what fits,
        # and rebuilding the page under the person's hands would close an open combo box.
        model = getattr(status, "model", None)
        if model != self._model:
            self._model = model
            self.refresh()

    # --- adding and removing adapters ---------------------------------------------------------

    @Slot()
    def _on_add(self) -> None:
        chosen = self.choose_file(self)
        if not chosen:
            return
        path = Path(chosen)
        base = self.base_combo.currentData()
        self.import_problem.hide()
        self._say(self.tr("Adding {name}…").format(name=path.name))
        adapters = self._core.adapters

        def work(progress: ProgressFn) -> object:
            return adapters.add(path, base=base or None, progress=progress)

        task = self._runner.run(work)
        task.finished.connect(self._on_added)
        task.failed.connect(self._on_add_failed)

    @Slot(object)
    def _on_added(self, manifest: object) -> None:
        if isinstance(manifest, AdapterManifest):
            self._say(self.tr("Added {name}.").format(name=manifest.name))
        self.refresh()

    @Slot(object)
    def _on_add_failed(self, error: object) -> None:
        self._say("")
        self.import_problem.setText(explain(error) if isinstance(error, BaseException) else "")
        self.import_problem.setVisible(bool(self.import_problem.text()))

    @Slot(str)
    def _on_remove(self, ref: str) -> None:
        question = self.tr("Remove the adapter {ref}?").format(ref=ref)
        if not self.confirm(self, self.tr("Remove adapter"), question):
            return
        adapters = self._core.adapters
        task = self._runner.run(lambda _progress: adapters.remove(ref))
        task.finished.connect(self._on_changed)
        task.failed.connect(self._on_failed)

    # --- mappings -----------------------------------------------------------------------------

    @Slot()
    def _on_map(self) -> None:
        adapter = self.adapter_combo.currentData()
        if not adapter:
            return
        folder = self.choose_folder(
            self, self.tr("Choose the project folder for {name}").format(name=adapter)
        )
        if not folder:
            return
        scale = self.scale_spin.value()
        adapters = self._core.adapters
        task = self._runner.run(lambda _progress: adapters.map(folder, adapter, scale))
        task.finished.connect(self._on_mapped)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_mapped(self, key: object) -> None:
        if isinstance(key, RepoKey):
            target = self._core.adapters.mappings.current().get(key) or Target()
            self._say(
                self.tr("“{project}” now uses {target}.").format(
                    project=project_text(key).name, target=target_text(target)
                )
            )
        self.refresh()

    @Slot(str)
    def _on_unmap(self, repo: str) -> None:
        adapters = self._core.adapters
        task = self._runner.run(lambda _progress: adapters.unmap(repo))
        task.finished.connect(self._on_changed)
        task.failed.connect(self._on_failed)

    @Slot(int)
    def _on_default_chosen(self, index: int) -> None:
        adapter = str(self.default_combo.itemData(index) or NO_ADAPTER)
        adapters = self._core.adapters
        task = self._runner.run(lambda _progress: adapters.set_default(adapter))
        task.finished.connect(self._on_changed)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_changed(self, _result: object) -> None:
        self._say("")
        self.refresh()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._say(explain(error) if isinstance(error, BaseException) else "")
        self.refresh()


def _clear(layout: QVBoxLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.hide()  # at once: deleteLater waits for the event loop, and would flicker
            widget.deleteLater()


def create_panel(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> QWidget:
    return QtAdaptersPanel(core, bridge, runner)
