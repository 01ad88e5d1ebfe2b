"""The dashboard's pictures, drawn with QPainter: visits a day as columns, and a bar under
each line of a ranked list. Words stay in labels above them (shaped and wrapped like every
other staff sentence, Urdu included); only digits are painted here.

QtCharts would draw these too, but it adds about 3.3 MB to the bundle (libQt6Charts and
its Python module) for two kinds of bar; these are a few dozen lines each.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk._qt import theme

WEEKLY_OVER = 60  # days: a longer range is shown a week to a column


def grouped(days: tuple[tuple[dt.date, int], ...]) -> list[tuple[dt.date, int, int]]:
    """(first day, visits, days in it) for each column: a day each, or for a long range
    a week each, counted back from the last day so the newest week is whole (only the
    oldest column may hold fewer days; it is drawn lighter)."""
    if len(days) <= WEEKLY_OVER:
        return [(day, count, 1) for day, count in days]
    columns = []
    for end in range(len(days), 0, -7):
        week = days[max(0, end - 7):end]
        columns.append((week[0][0], sum(count for _day, count in week), len(week)))
    return columns[::-1]


class DayColumns(QWidget):
    """Visits a day (or a week) as columns, the tallest labelled with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usageDayChart")
        self.columns: list[tuple[dt.date, int, int]] = []
        self._metrics: theme.Metrics | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_days(self, days: tuple[tuple[dt.date, int], ...]) -> None:
        self.columns = grouped(days)
        self.update()

    def apply_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self.setFixedHeight(metrics.px(260))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._metrics.px(600) if self._metrics else 600, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.columns or self._metrics is None:
            return
        m = self._metrics
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Digits only, in the Latin font whatever the staff member reads.
        painter.setFont(theme.Metrics(m.unit, "en").font("small", bold=True, scalable=False))
        top = painter.fontMetrics().height() + m.px(6)
        most = max(count for _day, count, _days in self.columns) or 1
        full = max(days for _day, _count, days in self.columns)
        width = self.width() / len(self.columns)
        room = self.height() - top - m.px(4)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.setPen(Qt.PenStyle.NoPen)
        tallest = None
        for index, (_day, count, days) in enumerate(self.columns):
            # Time runs the way the staff member reads: right to left in Urdu.
            slot = len(self.columns) - 1 - index if rtl else index
            height = room * count / most
            bar = QRectF(slot * width + width * 0.15, top + room - height, width * 0.7, height)
            painter.setBrush(theme.TEAL if days == full else theme.SAND)
            painter.drawRect(bar)
            if count == most and tallest is None:
                tallest = bar
        painter.setPen(theme.NAVY)
        painter.drawLine(0, int(top + room), self.width(), int(top + room))
        if tallest is not None:
            text = str(most)
            room_x = painter.fontMetrics().horizontalAdvance(text) + m.px(8)
            x = min(max(0.0, tallest.center().x() - room_x / 2), self.width() - room_x)
            painter.drawText(QRectF(x, 0, room_x, top), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class Bar(QWidget):
    """One bar under a line of a ranked list: how much of the largest this one is."""

    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = max(0.0, min(1.0, share))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def apply_metrics(self, metrics: theme.Metrics) -> None:
        self.setFixedHeight(metrics.px(18))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.SAND)
        painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
        width = max(2.0, self.width() * self.share)
        x = self.width() - width if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else 0.0
        painter.setBrush(theme.TEAL)
        painter.drawRoundedRect(QRectF(x, 0, width, self.height()), 4, 4)
        painter.end()
