"""The welcome dialog on first run: what Mezzo is, a model that fits, and how to connect.

People who are not technical should not face a model list on day one. This dialog says in two
sentences what Mezzo does, suggests one model that fits this computer (the pure rule lives in
`desktop_app.bundles.recommend`), and offers a choice, never a forced download: get the
suggestion now (with progress and Cancel), or use the offline starter that is already here, which
is labelled plainly as weak. Each model shown says what its licence allows, and a more capable
model left out for its licence is named, so nothing is decided behind the person's back. The
second page shows the copyable editor settings. Closing it at any point counts as "seen": the
Home page has the same information.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.errors import DownloadCancelledError, MezzoError, PowerPolicyError
from desktop_app.bundles.manifest import Manifest
from desktop_app.bundles.progress import CancelToken, Progress
from desktop_app.bundles.recommend import Recommendation, machine_resources, recommend
from desktop_app.ui.connect_editors import ConnectEditorsView
from desktop_app.ui.formatting import human_bytes, human_mebibytes
from desktop_app.ui.icons import app_icon
from desktop_app.ui.messages import explain
from desktop_app.ui.model_text import (
    licence_sentence,
    licence_summary,
    model_description,
    starter_note,
)
from desktop_app.ui.theme import MARGIN, SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore
    from desktop_app.ui.bridge import CoreBridge
    from desktop_app.ui.model_loader import ModelLoader
    from desktop_app.ui.workers import TaskRunner

logger = logging.getLogger(__name__)

STARTER_ID = "smollm2-135m-starter"


class OnboardingDialog(QDialog):
    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        loader: ModelLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
        self.runner = runner
        self.loader = loader
        self._cancel: CancelToken | None = None
        self._last_ref = ""  # the download asked for last, for "Download anyway"
        self.setWindowTitle(self.tr("Welcome to Mezzo"))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("Welcome to Mezzo"))
        self.setMinimumWidth(620)

        self.machine = machine_resources(core.paths.models_dir)
        self.recommendation: Recommendation = recommend(core.bundles.catalog, self.machine)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._connect_page())
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous page"))
        self.back_button.clicked.connect(self._on_back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        bridge.server_changed.connect(self._on_server)
        bridge.shutting_down.connect(self.cancel_download)
        self._on_server()
        self._show_page(0)

    # --- pages ------------------------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(styled_label(self.tr("Welcome to Mezzo"), "title"))
        layout.addWidget(
            styled_label(
                self.tr(
                    "Mezzo suggests the next bit of code while you type, in Roblox Studio, "
                    "VS Code and other editors. It runs a small AI model on this computer, "
                    "so your code never leaves it."
                ),
                "",
            )
        )
        layout.addWidget(styled_label(self.tr("Choose a model"), "heading"))
        layout.addWidget(self._recommendation_card())
        self.download_button = QPushButton()
        self.download_button.setAccessibleName(self.tr("Download the suggested model"))
        self.download_button.clicked.connect(self._on_download)
        self.starter_button = QPushButton(self.tr("Use the starter for now"))
        self.starter_button.setAccessibleName(
            self.tr("Use the starter model, which is already on this computer, for now")
        )
        self.starter_button.clicked.connect(self._on_starter)
        self.cancel_button = QPushButton(self.tr("Cancel download"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the download"))
        self.cancel_button.clicked.connect(self.cancel_download)
        self.cancel_button.hide()
        self.anyway_button = QPushButton(self.tr("Download anyway"))
        self.anyway_button.setAccessibleName(self.tr("Download anyway, on battery power"))
        self.anyway_button.clicked.connect(self._on_anyway)
        self.anyway_button.hide()  # only after a download was refused on battery
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.download_button)
        row.addWidget(self.starter_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.anyway_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.starter_note = styled_label(starter_note(), "note")
        self.starter_note.setVisible(not self.recommendation.is_starter)  # else the card says it
        layout.addWidget(self.starter_note)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.progress_text = styled_label("", "note")
        self.progress_text.hide()
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addStretch(1)
        self._describe_choice()
        return page

    def _recommendation_card(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        entry = self.recommendation.entry
        machine = self.tr("This computer has {ram} of memory and {disk} free.").format(
            ram=human_bytes(self.machine.total_ram_bytes),
            disk=human_bytes(self.machine.free_disk_bytes),
        )
        if entry is None:
            name, why = self.tr("No model fits"), self.tr("Free some disk space, then try again.")
        elif self.recommendation.is_starter:
            name = entry.name
            why = self.tr(
                "The bigger models do not fit this computer, so Mezzo starts with its starter "
                "model. It is already here, so there is nothing to download."
            )
        else:
            name = entry.name
            why = self.tr(
                "Suggested for this computer: about {size} to download, uses about "
                "{ram} of memory while it runs."
            ).format(
                size=human_bytes(self.recommendation.download_bytes),
                ram=human_mebibytes(entry.ram_mb),
            )
        self.model_name = styled_label(name, "heading")
        layout.addWidget(self.model_name)
        layout.addWidget(styled_label(why, ""))
        if self.recommendation.is_starter:
            layout.addWidget(styled_label(starter_note(), "warning"))
        elif entry is not None and entry.description:
            layout.addWidget(styled_label(model_description(entry), "note"))
        self.licence_label = styled_label(licence_sentence(entry.license) if entry else "", "")
        self.licence_label.setVisible(entry is not None)
        layout.addWidget(self.licence_label)
        self.passed_over_label = styled_label(self._passed_over_text(), "note")
        self.passed_over_label.setVisible(bool(self.passed_over_label.text()))
        layout.addWidget(self.passed_over_label)
        layout.addWidget(styled_label(machine, "note"))
        return card

    def _passed_over_text(self) -> str:
        """Name the more capable model left out for its licence, so the choice is not hidden."""
        other = self.recommendation.passed_over
        if other is None:
            return ""
        return self.tr(
            "{name} would also fit and writes better code, but its licence is narrower. "
            "{summary} You can still choose it on the Models page."
        ).format(name=other.name, summary=licence_summary(other.license))

    def _connect_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(styled_label(self.tr("Connect your editor"), "title"))
        layout.addWidget(
            styled_label(
                self.tr(
                    "Keep Mezzo running (it sits in the system tray) and point your editor at "
                    "it. The Home page shows this again whenever you need it."
                ),
                "note",
            )
        )
        self.connect_view = ConnectEditorsView()
        # Several editors' set-ups, the Studio plugin's installer among them: they scroll, so
        # the dialog fits a laptop screen in every language.
        scroll = QScrollArea()
        scroll.setWidget(self.connect_view)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        return page

    def _describe_choice(self) -> None:
        rec = self.recommendation
        if rec.needs_download and rec.entry is not None:
            installed = {(b.manifest.id, b.manifest.version) for b in self.core.bundles.installed()}
            if (rec.entry.id, rec.entry.version) in installed:
                self.download_button.setText(self.tr("Use {name}").format(name=rec.entry.name))
            else:
                self.download_button.setText(self.tr("Download it now"))
        else:
            self.download_button.hide()

    # --- navigation -------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index > 0)
        last = index == self.pages.count() - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))

    @Slot()
    def _on_back(self) -> None:
        self._show_page(max(0, self.pages.currentIndex() - 1))

    @Slot()
    def _on_next(self) -> None:
        if self.pages.currentIndex() < self.pages.count() - 1:
            self._show_page(self.pages.currentIndex() + 1)
        else:
            self.accept()

    def done(self, result: int) -> None:
        """Finished or closed: either way the welcome has been seen."""
        if not self.core.settings.current.first_run_done:
            self.core.settings.update(first_run_done=True)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.done(QDialog.DialogCode.Rejected)
        event.accept()

    @Slot()
    def _on_server(self) -> None:
        ports = self.bridge.server_ports
        self.connect_view.set_ports(
            ports.main if ports else None,
            ports.ollama if ports else None,
            self.core.settings.current.server.ollama_port,
        )

    # --- getting the model ------------------------------------------------------------------

    @Slot()
    def _on_download(self) -> None:
        entry = self.recommendation.entry
        if entry is not None:
            self._pull(entry.ref)

    @Slot()
    def _on_starter(self) -> None:
        self._pull(STARTER_ID)

    @Slot()
    def _on_anyway(self) -> None:
        """This one download on battery, as asked; the setting stays as it is."""
        self._pull(self._last_ref, on_battery=True)

    def _pull(self, ref: str, *, on_battery: bool | None = None) -> None:
        cancel = self._cancel = CancelToken()
        bundles = self.core.bundles
        self._last_ref = ref
        self.anyway_button.hide()

        def pull(progress: object) -> Manifest:
            return bundles.pull(
                ref,
                progress=progress,  # type: ignore[arg-type]
                cancel=cancel,
                activate=True,
                allow_on_battery=on_battery,
            )

        self._set_busy(True)
        self.bridge.set_downloading(True)
        task = self.runner.run(pull)
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_pulled)
        task.failed.connect(self._on_pull_failed)

    @Slot()
    def cancel_download(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self.progress.setValue(round(progress.fraction * 1000))
        phase = {
            "download": self.tr("Downloading"),
            "verify": self.tr("Checking the download"),
            "install": self.tr("Installing"),
        }.get(progress.phase, progress.phase)
        self.progress_text.setText(
            self.tr("{phase}: {done} of {total}").format(
                phase=phase,
                done=human_bytes(progress.done_bytes),
                total=human_bytes(progress.total_bytes),
            )
        )

    @Slot(object)
    def _on_pulled(self, manifest: Manifest) -> None:
        self._finish_pull()
        self.progress.setValue(1000)
        self.progress_text.setText(
            self.tr("{name} is ready. Mezzo is loading it now.").format(name=manifest.name)
        )
        self.loader.load()
        self._show_page(1)

    @Slot(object)
    def _on_pull_failed(self, error: object) -> None:
        self._finish_pull()
        if isinstance(error, DownloadCancelledError):
            text = self.tr("Download stopped. You can start it again from Models at any time.")
        else:
            if not isinstance(error, MezzoError):
                logger.error("model download failed: %r", error)
            text = explain(error) if isinstance(error, BaseException) else ""
        self.progress.hide()
        self.progress_text.setText(text)
        self.progress_text.show()
        self.anyway_button.setVisible(isinstance(error, PowerPolicyError))

    def _finish_pull(self) -> None:
        self._cancel = None
        self.bridge.set_downloading(False)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.download_button.setEnabled(not busy)
        self.starter_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.progress_text.setText(self.tr("Starting…"))
        self.progress.setVisible(busy or self.progress.value() > 0)
        self.progress_text.show()
