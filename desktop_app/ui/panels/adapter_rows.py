"""Rows of the Adapters page: one installed adapter, one project mapping.

Each row draws a fact the core already decided (does this adapter fit the model in use, what
would a file in this project get and, if not what was asked for, why) and turns its button
into a request the page carries out in the background. A mapping to an adapter also carries
the page's view of that adapter's last check on the project (`adapter_evaluation.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath, PurePosixPath

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.adapters.manifest import AdapterManifest
from desktop_app.adapters.mapping import RepoKey, RepoKind, Target
from desktop_app.adapters.projects import remote_of
from desktop_app.adapters.resolver import Resolution
from desktop_app.bundles.manifest import Manifest

GOOD_COLOUR = "#3fa34d"  # the Models page's "fits" green: readable on light and dark
PROBLEM_COLOUR = "#d64545"


def target_text(target: Target) -> str:
    """ "luau-lora at strength 0.5", "luau-lora at its usual strength", or "no adapter".
    The page says "strength" for llama.cpp's LoRA scale."""
    if not target.adapter:
        return QCoreApplication.translate("AdapterRows", "no adapter")
    if target.scale is None:
        return QCoreApplication.translate("AdapterRows", "{name} at its usual strength").format(
            name=target.adapter
        )
    return QCoreApplication.translate("AdapterRows", "{name} at strength {scale}").format(
        name=target.adapter, scale=f"{target.scale:g}"
    )


@dataclass(frozen=True, slots=True)
class ProjectText:
    """How a project is shown: by its folder's name and path, and by its git remote if any."""

    name: str
    where: str
    git: str  # "git: github.com/acme/game"; "" for a folder without git


def project_text(key: RepoKey) -> ProjectText:
    """What to show for a project; for a folder this reads its git config (one small file)."""
    if key.kind is RepoKind.REMOTE:
        where = QCoreApplication.translate("AdapterRows", "Any copy of this project, in any folder")
        remote = key.value
        name = PurePosixPath(remote).name
    else:
        where = key.value
        remote = remote_of(key.value) or ""
        name = PurePath(key.value).name
    git = QCoreApplication.translate("AdapterRows", "git: {remote}").format(remote=remote)
    return ProjectText(name or key.value, where, git if remote else "")


class QtAdapterRow(QWidget):
    """An installed adapter version: what it is for, whether it fits the model in use."""

    remove_requested = Signal(str)

    def __init__(
        self, manifest: AdapterManifest, active: Manifest | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ref = manifest.ref
        self.fits = active is not None and manifest.base_sha256 == active.sha256
        self.title = QLabel(manifest.name, self)
        self.title.setStyleSheet("font-weight: 600;")
        languages = ", ".join(manifest.languages) or self.tr("any language")
        self.details = QLabel(
            self.tr("Version {version} · for {base} · {languages}").format(
                version=manifest.version, base=manifest.base_name, languages=languages
            ),
            self,
        )
        self.details.setToolTip(
            self.tr("LoRA rank {rank}, default strength {scale:g}").format(
                rank=manifest.rank, scale=manifest.scale
            )
        )
        self.details.setProperty("role", "note")
        self.details.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Fits the model in use"))
        if self.fits:
            self.status.setText(self.tr("● Fits the model in use"))
            self.status.setStyleSheet(f"color: {GOOD_COLOUR};")
        elif active is None:
            self.status.setText(self.tr("No model is in use yet, so it is not used."))
        else:
            self.status.setText(
                self.tr(
                    "Not used with the model in use: it was made for “{base}”, and Mezzo is "
                    "running “{active}”. Switch to that model on the Models page to use it."
                ).format(base=manifest.base_name, active=active.name)
            )
            self.status.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove adapter {ref}").format(ref=self.ref))
        self.remove_button.clicked.connect(self._on_remove)
        text = QVBoxLayout()
        text.setSpacing(2)
        for label in (self.title, self.details, self.status):
            text.addWidget(label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(text, 1)
        layout.addWidget(self.remove_button)

    @Slot()
    def _on_remove(self) -> None:
        self.remove_requested.emit(self.ref)


class QtMappingRow(QWidget):
    """A project → adapter mapping, with what it resolves to under the model in use."""

    unmap_requested = Signal(str)

    def __init__(
        self,
        key: RepoKey,
        target: Target,
        resolution: Resolution | None,
        parent: QWidget | None = None,
        evaluation: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.evaluation = evaluation
        shown = project_text(key)
        self.repo = QLabel(shown.name, self)
        self.repo.setStyleSheet("font-weight: 600;")
        self.where = QLabel(shown.where, self)
        self.where.setProperty("role", "note")
        self.where.setWordWrap(True)
        self.git = QLabel(shown.git, self)
        self.git.setProperty("role", "note")
        self.git.setWordWrap(True)
        self.target = QLabel("→ " + target_text(target), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Mapping status"))
        if resolution is not None and resolution.note:
            self.status.setText(self.tr("Not applied: {why}.").format(why=resolution.note))
            self.status.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.unmap_button = QPushButton(self.tr("Unmap"), self)
        self.unmap_button.setAccessibleName(
            self.tr("Stop using an adapter for {project}").format(project=shown.name)
        )
        self.unmap_button.clicked.connect(self._on_unmap)
        text = QVBoxLayout()
        text.setSpacing(2)
        first = QHBoxLayout()
        first.setSpacing(8)
        first.addWidget(self.repo)
        first.addWidget(self.target, 1)
        text.addLayout(first)
        text.addWidget(self.where)
        text.addWidget(self.git)
        text.addWidget(self.status)
        self.git.setVisible(bool(self.git.text()))
        self.status.setVisible(bool(self.status.text()))
        if evaluation is not None:
            evaluation.setParent(self)
            text.addWidget(evaluation)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(text, 1)
        layout.addWidget(self.unmap_button)

    @Slot()
    def _on_unmap(self) -> None:
        self.unmap_requested.emit(self.key.value)
