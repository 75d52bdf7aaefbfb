"""Small charts drawn with QPainter: lines over days, horizontal bars, and a one-number gauge.

A chart library would add 60-180 MB to the app for three kinds of chart,
and Qt Charts is deprecated. These widgets draw in logical coordinates with antialiasing, so
they are sharp at any scale factor; take their colours from the palette, so dark mode works;
and keep the data they were given (`labels`, `series`, `bars`, `value`) so tests can check it
and a screen reader gets a sentence (`accessibleDescription`) instead of pixels.

Every chart draws sensibly with no data ("No data yet"), one point (a dot, not a line of
length zero) and many (x labels thinned to what fits).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SECOND_COLOUR = QColor("#d97706")  # amber: apart from the palette's highlight in light and dark
MARGIN = 8.0


@dataclass(frozen=True, slots=True)
class Series:
    """One line: a value per x label; None where that day has nothing to show (a gap)."""

    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float | None  # a fraction 0..1; None when nothing was measured
    note: str = ""  # beside the value, e.g. "12 of 40"


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        return painter

    def _text_colour(self) -> QColor:
        return self.palette().windowText().color()

    def _muted_colour(self) -> QColor:
        colour = self.palette().windowText().color()
        colour.setAlphaF(0.6)
        return colour

    def _grid_colour(self) -> QColor:
        colour = self.palette().windowText().color()
        colour.setAlphaF(0.15)
        return colour

    def _accent(self) -> QColor:
        return self.palette().highlight().color()

    def _draw_title(self, painter: QPainter) -> float:
        """Draw the title; returns where the plot area may start (y)."""
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(self._text_colour())
        painter.drawText(QPointF(MARGIN, MARGIN + metrics.ascent()), self.title)
        font.setBold(False)
        painter.setFont(font)
        return MARGIN + metrics.height() + 6

    def _draw_empty(self, painter: QPainter, top: float, text: str) -> None:
        painter.setPen(self._muted_colour())
        area = QRectF(0, top, self.width(), self.height() - top)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)


class QtLineChart(_Chart):
    """Values over days: one or more lines sharing an x axis of day labels."""

    def __init__(
        self,
        title: str,
        y_format: Callable[[float], str] = _percent,
        y_max: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._y_format = y_format
        self._fixed_max = y_max  # 1.0 for rates: the axis always reads 0-100 %
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.setMinimumHeight(190)

    def set_data(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.labels = tuple(labels)
        self.series = tuple(series)
        self.setAccessibleDescription(self._describe())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 210)

    def _values(self) -> list[float]:
        return [v for s in self.series for v in s.values if v is not None and math.isfinite(v)]

    def _y_top(self) -> float:
        if self._fixed_max is not None:
            return self._fixed_max
        values = self._values()
        return _nice_ceiling(max(values)) if values else 1.0

    def _describe(self) -> str:
        if not self._values():
            return self.tr("No data yet.")
        parts = []
        for series in self.series:
            known = [v for v in series.values if v is not None]
            if known:
                parts.append(
                    self.tr("{name}: latest {last}, from {low} to {high}").format(
                        name=series.name,
                        last=self._y_format(known[-1]),
                        low=self._y_format(min(known)),
                        high=self._y_format(max(known)),
                    )
                )
        return "; ".join(parts) + "."

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = self._painter()
        top = self._draw_title(painter)
        if not self._values():
            self._draw_empty(painter, top, self.tr("No data yet"))
            return
        metrics = QFontMetricsF(painter.font())
        colours = [self._accent(), SECOND_COLOUR]
        if len(self.series) > 1:
            top = self._draw_legend(painter, colours, top, metrics)
        y_top = self._y_top()
        ticks = [y_top * i / 4 for i in range(5)]
        left = MARGIN + max(metrics.horizontalAdvance(self._y_format(t)) for t in ticks) + 6
        bottom = self.height() - MARGIN - metrics.height() - 4
        plot = QRectF(left, top + metrics.height() / 2, self.width() - left - MARGIN, 0)
        plot.setBottom(bottom)
        if plot.width() <= 10 or plot.height() <= 10:
            return
        self._draw_grid(painter, plot, ticks, y_top, metrics)
        self._draw_x_labels(painter, plot, metrics)
        for index, series in enumerate(self.series):
            self._draw_series(painter, plot, series, y_top, colours[index % len(colours)])

    def _x(self, plot: QRectF, index: int) -> float:
        count = len(self.labels)
        if count <= 1:
            return plot.center().x()
        return plot.left() + plot.width() * index / (count - 1)

    def _draw_grid(
        self, painter: QPainter, plot: QRectF, ticks: list[float], y_top: float,
        metrics: QFontMetricsF,
    ) -> None:  # fmt: skip
        for tick in ticks:
            y = plot.bottom() - plot.height() * (tick / y_top if y_top else 0)
            painter.setPen(QPen(self._grid_colour(), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._muted_colour())
            text = self._y_format(tick)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(plot.left() - width - 6, y + metrics.ascent() / 2.5), text)

    def _draw_x_labels(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF) -> None:
        if not self.labels:
            return
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + 12
        room = max(int(plot.width() // widest), 1)
        step = max(math.ceil(len(self.labels) / room), 1)
        shown = sorted({*range(0, len(self.labels), step), len(self.labels) - 1})
        placed: list[tuple[float, str]] = []  # (x, text), kept from the latest day backwards
        for index in reversed(shown):
            text = self.labels[index]
            width = metrics.horizontalAdvance(text)
            x = min(max(self._x(plot, index) - width / 2, plot.left()), plot.right() - width)
            if placed and x + width + 8 > placed[-1][0]:
                continue  # would touch a later label (the latest day always stays): skip it
            placed.append((x, text))
        painter.setPen(self._muted_colour())
        y = plot.bottom() + 4 + metrics.ascent()
        for x, text in placed:
            painter.drawText(QPointF(x, y), text)

    def _draw_series(
        self, painter: QPainter, plot: QRectF, series: Series, y_top: float, colour: QColor
    ) -> None:
        def point(index: int, value: float) -> QPointF:
            share = min(max(value / y_top, 0.0), 1.0) if y_top else 0.0
            return QPointF(self._x(plot, index), plot.bottom() - plot.height() * share)

        path = QPainterPath()
        drawing = False
        dots: list[QPointF] = []
        for index, value in enumerate(series.values):
            if value is None or not math.isfinite(value):
                drawing = False  # a day without data is a gap, not a drop to zero
                continue
            at = point(index, value)
            dots.append(at)
            if drawing:
                path.lineTo(at)
            else:
                path.moveTo(at)
                drawing = True
        pen = QPen(colour, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(colour)
        radius = 3.0 if len(dots) <= 31 else 0.0  # dots help read a month; clutter a quarter
        if len(dots) == 1:
            radius = 4.0  # a single day: the dot is the whole chart
        if radius:
            painter.setPen(Qt.PenStyle.NoPen)
            for dot in dots:
                painter.drawEllipse(dot, radius, radius)

    def _draw_legend(
        self, painter: QPainter, colours: list[QColor], top: float, metrics: QFontMetricsF
    ) -> float:
        """Right-aligned on the title's line when there is room, else on a line of its own
        under it; returns where the plot may start."""
        widths = [20 + metrics.horizontalAdvance(series.name) for series in self.series]
        total = sum(widths) + 16 * (len(widths) - 1)
        bold = painter.font()
        bold.setBold(True)
        title_end = MARGIN + QFontMetricsF(bold).horizontalAdvance(self.title) + 16
        x = self.width() - MARGIN - total
        y = MARGIN + metrics.ascent()
        if x < title_end:
            x, y = MARGIN, top + metrics.ascent()
            top += metrics.height() + 4
        for index, series in enumerate(self.series):
            mark = y - metrics.ascent() / 3
            painter.setPen(QPen(colours[index % len(colours)], 3.0))
            painter.drawLine(QPointF(x, mark), QPointF(x + 14, mark))
            painter.setPen(self._text_colour())
            painter.drawText(QPointF(x + 20, y), series.name)
            x += widths[index] + 16
        return top


class QtBarChart(_Chart):
    """Horizontal bars of fractions (0-100 %), one per label, with a note beside each.

    With `percentages` off only the note is written beside a bar: for counts ("12"), where the
    bar already shows the share and a percentage next to the count would say it twice."""

    ROW = 26.0

    def __init__(
        self,
        title: str,
        empty_text: str = "",
        parent: QWidget | None = None,
        *,
        percentages: bool = True,
    ) -> None:
        super().__init__(title, parent)
        self.bars: tuple[Bar, ...] = ()
        self._empty_text = empty_text
        self._percentages = percentages

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self.setMinimumHeight(int(self._height_for(len(self.bars))))
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def _height_for(self, count: int) -> float:
        return 40 + max(count, 2) * self.ROW

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, int(self._height_for(len(self.bars))))

    def _describe(self) -> str:
        if not self.bars:
            return self._empty_text or self.tr("No data yet.")
        if not self._percentages:
            return "; ".join(f"{bar.label}: {bar.note}" for bar in self.bars) + "."
        return (
            "; ".join(
                f"{bar.label}: {_percent(bar.value) if bar.value is not None else '—'}"
                + (f" ({bar.note})" if bar.note else "")
                for bar in self.bars
            )
            + "."
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = self._painter()
        top = self._draw_title(painter)
        if not self.bars:
            self._draw_empty(painter, top, self._empty_text or self.tr("No data yet"))
            return
        metrics = QFontMetricsF(painter.font())
        label_w = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + 10,
            self.width() * 0.5,  # model names share long prefixes: keep their ends apart
        )
        notes = [self._value_text(bar) for bar in self.bars]
        value_w = max(metrics.horizontalAdvance(text) for text in notes) + 10
        track_left = MARGIN + label_w
        track_w = self.width() - track_left - value_w - MARGIN
        if track_w <= 10:
            return
        for index, bar in enumerate(self.bars):
            y = top + index * self.ROW
            middle = y + self.ROW / 2
            painter.setPen(self._text_colour())
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, label_w - 10)
            painter.drawText(QPointF(MARGIN, middle + metrics.ascent() / 2.5), label)
            track = QRectF(track_left, middle - 7, track_w, 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._grid_colour())
            painter.drawRoundedRect(track, 4, 4)
            if bar.value:
                fill = QRectF(track)
                fill.setWidth(max(track.width() * min(max(bar.value, 0.0), 1.0), 2.0))
                painter.setBrush(self._accent())
                painter.drawRoundedRect(fill, 4, 4)
            painter.setPen(self._muted_colour())
            painter.drawText(
                QPointF(track.right() + 8, middle + metrics.ascent() / 2.5), notes[index]
            )

    def _value_text(self, bar: Bar) -> str:
        if not self._percentages:
            return bar.note
        value = _percent(bar.value) if bar.value is not None else "—"
        return f"{value}  {bar.note}" if bar.note else value


class QtGauge(_Chart):
    """One fraction as a filled bar: the cache reuse rate, under its number. The title is for
    screen readers only; the number beside it already says what the bar is."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value: float | None = None
        self.setMinimumHeight(22)

    def set_value(self, value: float | None) -> None:
        self.value = value
        self.setAccessibleDescription(
            _percent(value) if value is not None else self.tr("No data yet.")
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(200, 22)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = self._painter()
        top = 2.0
        track = QRectF(0, top, self.width(), min(14.0, self.height() - 2 * top))
        if track.height() <= 2 or track.width() <= 2:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._grid_colour())
        painter.drawRoundedRect(track, 5, 5)
        if self.value:
            fill = QRectF(track)
            fill.setWidth(max(track.width() * min(max(self.value, 0.0), 1.0), 3.0))
            painter.setBrush(self._accent())
            painter.drawRoundedRect(fill, 5, 5)


def _nice_ceiling(value: float) -> float:
    """The next 1, 2, 2.5 or 5 × 10ⁿ at or above `value`: round numbers on the y axis."""
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = step * 10**exponent
        if candidate >= value:
            return candidate
    return 10.0 ** (exponent + 1)
