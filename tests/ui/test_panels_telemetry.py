"""The Usage statistics page and its charts, drawn from a database seeded through the real core."""

from __future__ import annotations

import csv
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible, QPixmap
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.gating import SuppressReason
from desktop_app.core.power import ThrottleReason
from desktop_app.core.service import MezzoCore
from desktop_app.telemetry.records import CompletionRecord
from desktop_app.telemetry.stats import SUPERSEDED
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.charts import Bar, QtBarChart, QtGauge, QtLineChart, Series
from desktop_app.ui.panels import telemetry
from desktop_app.ui.panels.telemetry import QtTelemetryPanel
from desktop_app.ui.panels.telemetry_view import HIDE_REASONS
from desktop_app.ui.workers import TaskRunner

pytest_plugins = ["tests.ui.panel_fixtures"]

WAIT_MS = 20_000  # a hang guard for waitUntil, not a measurement


def noon(days_ago: int) -> float:
    """Local noon, so each seeded day is its own day in the per-day series whatever the hour."""
    return datetime.combine(date.today() - timedelta(days=days_ago), time(12)).timestamp()


# id: (days ago, language, adapter, total ms, tokens reused of 1000, mean logprob, events)
SEED = {
    "c1": (2, "python", "", 100, 900, -0.01, ("view", "select")),
    "c2": (2, "python", "", 200, 900, -0.30, ("view", "dismiss")),
    "c3": (1, "luau", "luau-lora", 300, 900, -0.03, ("view", "select")),
    "c4": (1, "luau", "luau-lora", 400, 300, -0.15, ("view", "dismiss")),
    "c5": (0, "python", "", 500, 300, -0.01, ("view", "select")),
    "c6": (0, "luau", "luau-lora", 600, 300, None, ()),  # never shown: not in the rates
}


def seed(core: MezzoCore) -> None:
    for name, (ago, language, adapter, total, reused, lp, events) in SEED.items():
        cid = f"cmpl-{name}"
        core.telemetry.record_completion(
            CompletionRecord(
                id=cid, time=noon(ago), model_id="tiny-qwen", model_version="1",
                adapter=adapter, language=language, prompt_tokens=1000, tokens_reused=reused,
                prompt_ms=total * 0.8, generation_ms=total * 0.2, completion_chars=12,
                completion_lines=1, mean_logprob=lp, dialect="llama",
            )
        )  # fmt: skip
        for kind in events:
            core.telemetry.record_event(kind, cid)


# Why each seeded suggestion was hidden, and how many times.
HIDDEN = {
    "low_confidence": 3,
    "low_token_confidence": 1,
    "repeats_suffix": 2,
    "battery_low": 1,
    SUPERSEDED: 5,
}


def seed_hidden(core: MezzoCore) -> None:
    """Held-back suggestions as the recorder writes them: no text, only the reason."""
    for reason, count in HIDDEN.items():
        for index in range(count):
            core.telemetry.record_completion(
                CompletionRecord(
                    id=f"cmpl-{reason}-{index}", time=noon(0), model_id="tiny-qwen",
                    model_version="1", language="luau", suppressed=reason != SUPERSEDED,
                    suppress_reason="" if reason == SUPERSEDED else reason,
                    superseded=reason == SUPERSEDED,
                )
            )  # fmt: skip


@pytest.fixture
def make_panel(
    qtbot: QtBot, core: MezzoCore, bridge: CoreBridge, runner: TaskRunner
) -> Callable[[], QtTelemetryPanel]:
    def make() -> QtTelemetryPanel:
        panel = telemetry.create_panel(core, bridge, runner)
        assert isinstance(panel, QtTelemetryPanel)
        qtbot.addWidget(panel)
        panel.resize(1000, 900)
        qtbot.waitUntil(lambda: panel.view is not None, timeout=WAIT_MS)
        return panel

    return make


class TestNumbersAndCharts:
    def test_the_headline_numbers_come_from_the_seeded_database(
        self, core: MezzoCore, make_panel
    ) -> None:
        seed(core)
        panel = make_panel()
        assert panel.pages.currentIndex() == 1
        assert panel.kept_tile.number.text() == "60%"
        assert panel.kept_tile.note.text() == "kept 3 of 5 suggestions shown"
        assert panel.count_tile.number.text() == "6"
        assert panel.p50_tile.number.text() == "350 ms"
        assert panel.p95_tile.number.text() == "575 ms"
        assert panel.cache_tile.number.text() == "60%"
        assert panel.cache_gauge.value == pytest.approx(0.6)

    def test_the_charts_receive_the_series_per_day_and_per_group(
        self, core: MezzoCore, make_panel
    ) -> None:
        seed(core)
        panel = make_panel()
        assert len(panel.acceptance_chart.labels) == 3
        (kept,) = panel.acceptance_chart.series
        assert kept.values == (0.5, 0.5, 1.0)
        p50, p95 = panel.latency_chart.series
        assert p50.values == pytest.approx((150, 350, 550))
        assert p95.values == pytest.approx((195, 395, 595))
        assert [(b.label, b.value, b.note) for b in panel.language_chart.bars] == [
            ("python", pytest.approx(2 / 3), "2 of 3 kept"),
            ("luau", 0.5, "1 of 2 kept"),
        ]
        assert [b.label for b in panel.adapter_chart.bars] == ["No adapter", "luau-lora"]
        assert [b.label for b in panel.model_chart.bars] == ["tiny-qwen@1"]  # not installed: its id
        assert [(b.label, b.value) for b in panel.confidence_chart.bars] == [
            ("Low", 0.0),
            ("Medium", 0.0),
            ("Very high", 1.0),
            ("Highest", 1.0),
        ]

    def test_the_page_paints_with_data_without_raising(
        self, core: MezzoCore, make_panel, tmp_path: Path
    ) -> None:
        seed(core)
        panel = make_panel()
        image = panel.grab()
        assert not image.isNull()
        assert image.save(str(tmp_path / "telemetry.png"))

    def test_changing_the_period_recomputes_for_that_period(
        self, qtbot: QtBot, core: MezzoCore, make_panel
    ) -> None:
        seed(core)
        panel = make_panel()
        first = panel.view
        panel.period.setCurrentIndex(panel.period.findData(90))
        qtbot.waitUntil(lambda: panel.view is not first, timeout=WAIT_MS)
        assert panel.count_tile.number.text() == "6"


class TestHiddenSuggestions:
    def test_the_page_says_how_many_suggestions_were_hidden_and_why_in_plain_words(
        self, core: MezzoCore, make_panel
    ) -> None:
        seed(core)
        seed_hidden(core)
        panel = make_panel()
        tile = panel.hidden_tile
        assert (tile.number.text(), tile.caption.text()) == ("12", "suggestions hidden")
        assert tile.note.text() == "out of 18 in this period (67%)"  # 6 shown, 12 hidden
        assert [(bar.label, bar.note) for bar in panel.hidden_chart.bars] == [
            ("Replaced by a newer request as you typed", "5"),
            ("Unsure (the model was guessing)", "4"),  # both confidence checks
            ("Repeated the code after the cursor", "2"),
            ("Held back to save battery", "1"),
        ]
        assert panel.hidden_chart.bars[0].value == pytest.approx(5 / 12)
        assert panel.hidden_chart.isVisibleTo(panel)
        description = panel.hidden_chart.accessibleDescription()
        assert "Unsure (the model was guessing): 4" in description
        assert "%" not in description  # counts, not shares, beside the bars

    def test_with_nothing_hidden_the_page_says_every_suggestion_was_shown(
        self, core: MezzoCore, make_panel
    ) -> None:
        seed(core)
        panel = make_panel()
        assert panel.hidden_tile.number.text() == "0"
        assert panel.hidden_tile.note.text() == "Every suggestion was shown."
        assert panel.hidden_chart.bars == ()
        assert not panel.hidden_chart.isVisibleTo(panel)

    @pytest.mark.parametrize("reason", [*SuppressReason, *ThrottleReason, SUPERSEDED])
    def test_every_recorded_reason_has_words_of_its_own(self, reason: str) -> None:
        assert HIDE_REASONS[reason]


class TestNaming:
    def test_the_page_is_called_usage_statistics_and_says_they_stay_here(self, make_panel) -> None:
        panel = make_panel()
        assert telemetry.TITLE == "Usage statistics"
        headings = [label.text() for label in panel.findChildren(QLabel)]
        assert "Usage statistics" in headings
        assert "Telemetry" not in " ".join(headings)
        assert panel.stays_here.text().startswith("These statistics stay on this computer.")


class TestLayout:
    def test_charts_sit_two_abreast_only_on_a_wide_page(
        self, qtbot: QtBot, core: MezzoCore, make_panel
    ) -> None:
        seed(core)
        panel = make_panel()
        panel.show()
        panel.resize(1200, 900)
        qtbot.waitUntil(lambda: panel.latency_chart.x() > panel.acceptance_chart.x())
        panel.resize(700, 900)
        qtbot.waitUntil(lambda: panel.latency_chart.y() > panel.acceptance_chart.y())
        assert panel.latency_chart.x() == panel.acceptance_chart.x()


class TestEmptyState:
    def test_with_no_completions_the_page_says_how_to_get_some(self, make_panel) -> None:
        panel = make_panel()
        assert panel.pages.currentIndex() == 0
        assert panel.empty.text().startswith("No completions yet. Connect your editor")
        assert not panel.grab().isNull()


class TestExport:
    def test_export_writes_every_completion_of_the_period_as_csv(
        self, qtbot: QtBot, core: MezzoCore, make_panel, tmp_path: Path
    ) -> None:
        seed(core)
        panel = make_panel()
        target = tmp_path / "out" / "stats.csv"
        target.parent.mkdir()
        panel.choose_save_path = lambda _parent, _suggested: str(target)
        panel.export_button.click()
        qtbot.waitUntil(target.exists, timeout=WAIT_MS)
        with target.open(newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert sorted(row["id"] for row in rows) == [f"cmpl-{name}" for name in sorted(SEED)]
        qtbot.waitUntil(lambda: "Saved 6 completions" in panel.notice.text(), timeout=WAIT_MS)

    def test_a_cancelled_save_dialog_writes_nothing(self, core: MezzoCore, make_panel) -> None:
        panel = make_panel()
        panel.choose_save_path = lambda _parent, _suggested: ""
        panel.export_button.click()
        assert not panel.notice.isVisibleTo(panel)


class TestOffSwitch:
    def test_the_switch_turns_recording_off_and_says_nothing_is_recorded(
        self, core: MezzoCore, make_panel
    ) -> None:
        panel = make_panel()
        assert panel.enabled_box.isChecked()
        assert "never recorded" in panel.privacy.text()
        panel.enabled_box.click()
        assert core.settings.current.telemetry.enabled is False
        assert "records nothing" in panel.privacy.text()
        assert "never recorded" in panel.privacy.text()
        assert core.telemetry.record_completion(CompletionRecord(id="cmpl-off")) is False

    def test_the_switch_follows_a_change_made_elsewhere(
        self, qtbot: QtBot, core: MezzoCore, bridge: CoreBridge, make_panel
    ) -> None:
        panel = make_panel()
        telemetry_settings = core.settings.current.telemetry
        with qtbot.waitSignal(bridge.settings_changed, timeout=WAIT_MS):
            core.settings.update(telemetry=type(telemetry_settings)(enabled=False))
        assert not panel.enabled_box.isChecked()


class TestCharts:
    """The charts alone: none, one and many points, and a 2x screen."""

    @pytest.mark.parametrize("days", [0, 1, 2, 90], ids=["empty", "one", "two", "ninety"])
    def test_a_line_chart_paints_any_number_of_points(self, qtbot: QtBot, days: int) -> None:
        chart = QtLineChart("Kept", y_max=1.0)
        qtbot.addWidget(chart)
        chart.resize(400, 220)
        values = tuple(None if i % 7 == 3 else (i % 10) / 10 for i in range(days))
        chart.set_data([f"{i + 1} Jun" for i in range(days)], [Series("Kept", values)])
        assert not chart.grab().isNull()
        assert chart.series[0].values == values
        assert chart.accessibleDescription()

    def test_bars_and_gauge_paint_empty_and_full(self, qtbot: QtBot) -> None:
        bars = QtBarChart("Kept, by language")
        gauge = QtGauge("Cache reuse")
        for widget in (bars, gauge):
            qtbot.addWidget(widget)
            widget.resize(400, 200)
            assert not widget.grab().isNull()  # nothing set yet
        bars.set_bars([Bar("python", 0.25, "1 of 4 kept"), Bar("a" * 80, None), Bar("lua", 1.0)])
        gauge.set_value(1.0)
        assert not bars.grab().isNull() and not gauge.grab().isNull()
        assert "python: 25% (1 of 4 kept)" in bars.accessibleDescription()

    def test_charts_draw_sharp_at_twice_the_pixel_density(self, qtbot: QtBot) -> None:
        chart = QtLineChart("Wait", lambda ms: f"{ms:.0f} ms")
        qtbot.addWidget(chart)
        chart.resize(300, 200)
        chart.set_data(["1", "2", "3"], [Series("p50", (100.0, 250.0, 180.0))])
        pixmap = QPixmap(QSize(600, 400))
        pixmap.setDevicePixelRatio(2.0)
        chart.render(pixmap)  # logical 300x200 on 600x400 device pixels
        assert pixmap.deviceIndependentSize().toSize() == QSize(300, 200)


class TestAccessibility:
    def test_every_control_has_an_accessible_name(self, core: MezzoCore, make_panel) -> None:
        seed(core)
        panel = make_panel()
        panel.show()
        unnamed = [
            w
            for w in panel.findChildren(QWidget)
            if w.isVisibleTo(panel)
            and w.focusPolicy() != 0
            and not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
        ]
        assert unnamed == []
