"""Small charts for the Report page, drawn with QPainter (no QtCharts add-on).

This period is dark blue and solid, the previous period grey and dashed, named in one
``Legend`` above the charts, and every bar carries its number: colour is never the only
signal.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

NOW = QColor("#1f4e79")
BEFORE = QColor("#8a96a3")
GRID = QColor("#d9d9d9")
TEXT = QColor("#000000")


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)
        self.empty_text = ""

    def sizeHint(self) -> QSize:  # noqa: N802
        h = self.fontMetrics().height()
        return QSize(h * 22, h * 9)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        h = self.fontMetrics().height()
        return QSize(h * 14, h * 8)

    def _frame(self, p: QPainter) -> QRectF:
        """The title; returns the plot area under it."""
        h = self.fontMetrics().height()
        p.setPen(TEXT)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(0, 0, self.width(), h * 1.3), Qt.AlignmentFlag.AlignLeft |
                   Qt.AlignmentFlag.AlignVCenter, self.title)
        p.setFont(self.font())
        return QRectF(0, h * 1.5, self.width(), self.height() - h * 1.5)


class Legend(QWidget):
    """The one legend of the charts: this period solid dark blue, the previous grey."""

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        return QSize(fm.height() * 20, int(fm.height() * 1.4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        fm = self.fontMetrics()
        h = fm.height()
        x = 0.0
        for colour, dashed, text in ((NOW, False, self.tr("this period")),
                                     (BEFORE, True, self.tr("previous period"))):
            p.setPen(QPen(colour, 4, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(x, h * 0.7), QPointF(x + h * 1.6, h * 0.7))
            p.setPen(TEXT)
            p.drawText(QPointF(x + h * 1.9, h * 0.7 + fm.ascent() / 2 - 1), text)
            x += h * 3 + fm.horizontalAdvance(text)
        p.end()


class TrendChart(_Chart):
    """Two lines over 0-100 %: one point a bucket (day, week, 30 days)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.now: Sequence[float | None] = ()
        self.before: Sequence[float | None] = ()

    def set_data(self, labels: list[str], now: Sequence[float | None],
                 before: Sequence[float | None]) -> None:
        self.labels, self.now, self.before = labels, now, before
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(p)
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("100%") + 8
        plot = QRectF(area.left() + left, area.top() + 4, area.width() - left - 8,
                      area.height() - fm.height() * 1.6 - 4)
        if plot.height() < 10 or not self.labels:
            p.end()
            return
        for pct in (0, 50, 100):
            y = plot.bottom() - plot.height() * pct / 100
            p.setPen(GRID)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(TEXT)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{pct}%")
        n = len(self.labels)
        step = plot.width() / n

        def x(i: int) -> float:
            return plot.left() + step * (i + 0.5)

        every = max(1, int(fm.horizontalAdvance(max(self.labels, key=len)) * 1.3 // step) + 1)
        for i, label in enumerate(self.labels):
            if i % every == 0:
                p.drawText(QRectF(x(i) - step * every / 2, plot.bottom() + 4, step * every,
                                  fm.height()), Qt.AlignmentFlag.AlignCenter, label)
        for values, colour, dashed in ((self.before, BEFORE, True), (self.now, NOW, False)):
            pen = QPen(colour, 3 if not dashed else 2,
                       Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            points = [None if v is None else QPointF(x(i), plot.bottom() - plot.height() * v
                                                     / 100) for i, v in enumerate(values[:n])]
            p.setPen(pen)
            for a, b in zip(points, points[1:], strict=False):
                if a is not None and b is not None:
                    p.drawLine(a, b)
            p.setPen(QPen(colour, 1))
            p.setBrush(colour)
            for pt in points:
                if pt is not None:
                    p.drawEllipse(pt, 3.5, 3.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.end()


class BarChart(_Chart):
    """Pairs of bars (this period, previous period) per category, each with its number;
    ``horizontal`` lays categories down the side (long names, such as barriers)."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 horizontal: bool = False, percent: bool = False) -> None:
        super().__init__(title, parent)
        self.horizontal = horizontal
        self.percent = percent
        self.rows: list[tuple[str, float | None, float | None]] = []

    def set_data(self, rows: list[tuple[str, float | None, float | None]]) -> None:
        self.rows = rows
        if self.horizontal:  # room for two readable bars a category
            h = self.fontMetrics().height()
            self.setMinimumHeight(int(h * (2.2 + 2.2 * len(rows))))
        self.updateGeometry()
        self.update()

    def _text(self, value: float | None) -> str:
        if value is None:
            return "–"
        return f"{value:.0f}%" if self.percent else f"{value:,.0f}"

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        area = self._frame(p)
        fm = self.fontMetrics()
        if not self.rows:
            p.end()
            return
        top = max([v or 0 for _, a, b in self.rows for v in (a, b)] + [1])
        if self.percent:
            top = 100.0
        if self.horizontal:
            name_w = max(fm.horizontalAdvance(name) for name, _, _ in self.rows) + 10
            num_w = fm.horizontalAdvance(self._text(top)) + 10
            plot = QRectF(area.left() + name_w, area.top() + 2,
                          area.width() - name_w - num_w, area.height() - 4)
            band = plot.height() / len(self.rows)
            bar = min(band * 0.38, fm.height() * 0.9)
            for i, (name, now, before) in enumerate(self.rows):
                y = plot.top() + band * i
                p.setPen(TEXT)
                p.drawText(QRectF(area.left(), y, name_w - 8, band),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
                for j, (value, colour) in enumerate(((now, NOW), (before, BEFORE))):
                    w = plot.width() * (value or 0) / top
                    r = QRectF(plot.left(), y + band / 2 - bar + j * bar, max(w, 1), bar - 1)
                    p.fillRect(r, colour)
                    p.setPen(TEXT)
                    p.drawText(QRectF(r.right() + 4, r.top(), num_w, r.height()),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                               self._text(value))
        else:
            plot = QRectF(area.left() + 4, area.top() + fm.height() + 2,
                          area.width() - 8, area.height() - fm.height() * 2.4)
            band = plot.width() / len(self.rows)
            bar = min(band * 0.36, fm.height() * 3)
            p.setPen(GRID)
            p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
            for i, (name, now, before) in enumerate(self.rows):
                x = plot.left() + band * i + band / 2
                p.setPen(TEXT)
                p.drawText(QRectF(plot.left() + band * i, plot.bottom() + 3, band, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, name)
                for j, (value, colour) in enumerate(((now, NOW), (before, BEFORE))):
                    h = plot.height() * (value or 0) / top
                    r = QRectF(x - bar + j * bar, plot.bottom() - h, bar - 2, h)
                    p.fillRect(r, colour)
                    p.setPen(TEXT)
                    p.drawText(QRectF(r.left() - 10, r.top() - fm.height(), r.width() + 20,
                                      fm.height()), Qt.AlignmentFlag.AlignCenter,
                               self._text(value))
        p.end()
