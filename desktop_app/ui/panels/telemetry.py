"""The Usage statistics page: how often suggestions are kept, how long they take, why some were
hidden; on this computer only.

A published field study of a local completion extension found that the numbers people need are few:
how often a suggestion is kept, the typical and the slow wait (lab latency was 176 ms, real use 2
s), and how often the prompt came from cache (99 % in the lab, 28 % in real use). So the page leads
with those numbers, then says how many suggestions Mezzo hid and why (a hidden one is a
suggestion the person never had to read and dismiss), then charts them over days and by
language, model, adapter and confidence.

Statistics are computed in the task runner, never on the GUI thread (90 days can be many
thousand rows). The switch at the top is `Settings.telemetry.enabled`; while it is off nothing
is recorded at all, and code is never recorded either way.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.files import atomic_write_text
from desktop_app.base.settings import Settings
from desktop_app.core.service import MezzoCore
from desktop_app.telemetry.stats import Stats
from desktop_app.ui.charts import QtBarChart, QtGauge, QtLineChart
from desktop_app.ui.dialogs import ChooseSavePath, pick_save_path
from desktop_app.ui.formatting import milliseconds
from desktop_app.ui.messages import explain
from desktop_app.ui.panels.telemetry_view import TelemetryView, view_of
from desktop_app.ui.workers import ProgressFn, TaskRunner

if TYPE_CHECKING:
    from desktop_app.ui.bridge import CoreBridge

logger = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("Panels", "Usage statistics")
PERIODS = (7, 30, 90)  # days
WIDE_PX = 900  # from this width the charts sit two abreast


def pick_csv_path(parent: QWidget, suggested: str) -> str:
    return pick_save_path(
        parent, parent.tr("Export statistics"), suggested, parent.tr("CSV files (*.csv)")
    )


class QtNumberTile(QFrame):
    """One headline number with what it means underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.number = QLabel("—", self)
        self.number.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.number.setAccessibleName(caption)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setProperty("role", "note")
        self.note.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(2)
        for widget in (self.number, self.caption, self.note):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)  # tiles side by side line up at the top

    def add(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def show_number(self, number: str, note: str = "") -> None:
        self.number.setText(number)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.number.setAccessibleDescription(f"{number} {note}".strip())


class QtTelemetryPanel(QWidget):
    def __init__(
        self,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("telemetryPanel")
        self._core = core
        self._runner = runner
        self.choose_save_path: ChooseSavePath = pick_csv_path
        self.view: TelemetryView | None = None
        self._refreshing = False
        bridge.settings_changed.connect(self._on_settings_changed)

        title = QLabel(self.tr("Usage statistics"), self)
        title.setProperty("role", "title")
        self.stays_here = QLabel(
            self.tr("These statistics stay on this computer. Mezzo never sends them anywhere."),
            self,
        )
        self.stays_here.setWordWrap(True)
        self.period = QComboBox(self)
        for days in PERIODS:
            self.period.addItem(self.tr("Last {n} days").format(n=days), days)
        self.period.setAccessibleName(self.tr("Period"))
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the statistics"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the statistics as a CSV file"))
        self.export_button.clicked.connect(self._on_export)
        self.enabled_box = QCheckBox(self.tr("Keep usage statistics on this computer"), self)
        self.enabled_box.setAccessibleName(self.tr("Keep usage statistics on this computer"))
        self.enabled_box.setChecked(core.settings.current.telemetry.enabled)
        self.enabled_box.toggled.connect(self._on_enabled_toggled)
        self.privacy = QLabel(self)
        self.privacy.setProperty("role", "note")
        self.privacy.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setProperty("role", "warning")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Usage statistics notice"))
        self.notice.hide()

        controls = QHBoxLayout()
        controls.addWidget(self.period)
        controls.addWidget(self.refresh_button)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        self.pages = QStackedWidget(self)
        self.empty = QLabel(
            self.tr(
                "No completions yet. Connect your editor to Mezzo (see the Home page) and start "
                "typing: how often you keep a suggestion, and how fast they come, appear here."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "note")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(40, 60, 40, 0)
        self.empty.setStyleSheet("font-size: 12pt;")
        self.empty.setAccessibleName(self.tr("No statistics yet"))
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._build_charts())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.stays_here)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.privacy)
        layout.addLayout(controls)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self._show_privacy()
        self.refresh()

    def _build_charts(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kept_tile = QtNumberTile(self.tr("of suggestions kept"), page)
        self.count_tile = QtNumberTile(self.tr("completions"), page)
        self.p50_tile = QtNumberTile(self.tr("typical wait (p50)"), page)
        self.p95_tile = QtNumberTile(self.tr("slowest 5% wait (p95)"), page)
        self.cache_tile = QtNumberTile(self.tr("of the prompt reused from cache"), page)
        self.cache_gauge = QtGauge(self.tr("Cache reuse"), self.cache_tile)
        self.cache_tile.add(self.cache_gauge)
        tiles = QHBoxLayout()
        for tile in (
            self.kept_tile,
            self.count_tile,
            self.p50_tile,
            self.p95_tile,
            self.cache_tile,
        ):
            tiles.addWidget(tile, 1)
        self.acceptance_chart = QtLineChart(self.tr("Suggestions kept, per day"), y_max=1.0)
        self.latency_chart = QtLineChart(self.tr("Wait for a suggestion, per day"), milliseconds)
        self.language_chart = QtBarChart(self.tr("Kept, by language"))
        self.model_chart = QtBarChart(self.tr("Kept, by model"))
        self.adapter_chart = QtBarChart(self.tr("Kept, by adapter"))
        self.confidence_chart = QtBarChart(
            self.tr("Kept, by the model's confidence"),
            self.tr("No confidence measured yet"),
        )
        grid.addLayout(tiles, 0, 0, 1, 2)
        self.hidden_tile = QtNumberTile(self.tr("suggestions hidden"), page)
        self.hidden_chart = QtBarChart(
            self.tr("Why they were hidden"), parent=self.hidden_tile, percentages=False
        )
        self.hidden_tile.add(self.hidden_chart)
        grid.addWidget(self.hidden_tile, 1, 0, 1, 2)
        self._grid = grid
        self._charts = (
            self.acceptance_chart, self.latency_chart, self.language_chart, self.model_chart,
            self.adapter_chart, self.confidence_chart,
        )  # fmt: skip
        self._columns = 0
        self._arrange(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Statistics"))
        scroll.setWidget(page)
        return scroll

    def _arrange(self, columns: int) -> None:
        """Charts two abreast on a wide window, one under another on a narrow one, where two
        columns would squeeze the bars down to a sliver beside their labels."""
        if columns == self._columns:
            return
        self._columns = columns
        for chart in self._charts:
            self._grid.removeWidget(chart)
        first = 2  # under the headline tiles and the hidden suggestions
        for index, chart in enumerate(self._charts):
            self._grid.addWidget(chart, first + index // columns, index % columns, 1, 3 - columns)
        rows = first + (len(self._charts) + columns - 1) // columns
        for row in range(first, first + len(self._charts) + 1):
            self._grid.setRowStretch(row, 1 if row == rows else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= WIDE_PX else 1)

    # --- statistics ---------------------------------------------------------------------------

    @property
    def days(self) -> int:
        return int(self.period.currentData())

    @Slot()
    def refresh(self) -> None:
        """Compute the statistics for the chosen period in the background, then draw them."""
        days = self.days
        core = self._core
        self.refresh_button.setEnabled(False)
        self._refreshing = True
        task = self._runner.run(lambda _progress: (days, core.stats(days)))
        task.finished.connect(self._on_stats)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_stats(self, result: object) -> None:
        days, stats = result if isinstance(result, tuple) else (None, None)
        if days != self.days or not isinstance(stats, Stats):
            return  # the period changed meanwhile; its own refresh is on the way
        self.refresh_button.setEnabled(True)
        self._refreshing = False
        self.show_view(view_of(stats, self._model_names()))

    def _model_names(self) -> dict[str, str]:
        """ "qwen2.5-coder-1.5b-q8@1" → "Qwen2.5-Coder 1.5B (Q8_0)": the names the Models page
        shows, from the catalog and the installed manifests (both small, both in memory)."""
        bundles = self._core.bundles
        names = {entry.ref: entry.name for entry in bundles.catalog}
        names.update({b.manifest.ref: b.manifest.name for b in bundles.installed()})
        return names

    def show_view(self, view: TelemetryView) -> None:
        self.view = view
        self.pages.setCurrentIndex(0 if view.empty else 1)
        self.export_button.setEnabled(not view.empty)
        numbers = view.headline
        self.kept_tile.show_number(numbers.acceptance, numbers.acceptance_note)
        self.count_tile.show_number(numbers.completions)
        self.p50_tile.show_number(numbers.p50)
        self.p95_tile.show_number(numbers.p95)
        self.cache_tile.show_number(numbers.cache)
        self.cache_gauge.set_value(numbers.cache_value)
        self.acceptance_chart.set_data(view.days, view.acceptance)
        self.latency_chart.set_data(view.days, view.latency)
        self.language_chart.set_bars(view.by_language)
        self.model_chart.set_bars(view.by_model)
        self.adapter_chart.set_bars(view.by_adapter)
        self.confidence_chart.set_bars(view.by_confidence)
        hidden = view.hidden
        self.hidden_tile.caption.setText(hidden.caption)
        self.hidden_tile.show_number(hidden.count, hidden.note)
        self.hidden_chart.set_bars(hidden.reasons)
        self.hidden_chart.setVisible(bool(hidden.reasons))

    @Slot(int)
    def _on_period_changed(self, _index: int) -> None:
        self.refresh()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.refresh_button.setEnabled(True)
        self._refreshing = False
        self._say(explain(error) if isinstance(error, BaseException) else "")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._refreshing:
            self.refresh()  # new completions since the page was last seen

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- export -------------------------------------------------------------------------------

    @Slot()
    def _on_export(self) -> None:
        days = self.days
        path = self.choose_save_path(self, f"mezzo-completions-{days}-days.csv")
        if not path:
            return
        target = Path(path)
        core = self._core

        def work(_progress: ProgressFn) -> object:
            text = core.stats_csv(days)
            atomic_write_text(target, text)
            return target, max(text.count("\n") - 1, 0)

        task = self._runner.run(work)
        task.finished.connect(self._on_exported)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_exported(self, result: object) -> None:
        target, rows = result if isinstance(result, tuple) else ("", 0)
        self._say(self.tr("Saved {n} completions to {path}.").format(n=rows, path=target))

    # --- the switch ---------------------------------------------------------------------------

    @Slot(bool)
    def _on_enabled_toggled(self, enabled: bool) -> None:
        settings = self._core.settings
        current = settings.current
        if current.telemetry.enabled != enabled:
            settings.update(telemetry=replace(current.telemetry, enabled=enabled))
        self._show_privacy()

    @Slot(object)
    def _on_settings_changed(self, settings: object) -> None:
        if isinstance(settings, Settings):
            self.enabled_box.blockSignals(True)
            self.enabled_box.setChecked(settings.telemetry.enabled)
            self.enabled_box.blockSignals(False)
            self._show_privacy()

    def _show_privacy(self) -> None:
        if self.enabled_box.isChecked():
            text = self.tr(
                "Mezzo keeps timings, sizes, whether you kept each suggestion and why any was "
                "hidden. Your code is never recorded."
            )
        else:
            text = self.tr(
                "Off: Mezzo records nothing while this is off. Your code is never recorded, "
                "either way. Statistics already kept are shown below."
            )
        self.privacy.setText(text)


def create_panel(core: MezzoCore, bridge: CoreBridge, runner: TaskRunner) -> QWidget:
    return QtTelemetryPanel(core, bridge, runner)
