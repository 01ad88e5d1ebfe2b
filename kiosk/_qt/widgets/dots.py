"""Page dots: where you are in a topic, read in the patient's direction."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk._qt import theme


class PageDots(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.current = 0
        self._radius = 9

    def set_position(self, current: int, count: int) -> None:
        self.current, self.count = current, count
        self.updateGeometry()
        self.update()

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._radius = metrics.px(10)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(max(1, self.count) * self._radius * 4, self._radius * 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.count:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        step = self._radius * 3.2
        width = step * (self.count - 1)
        x0 = (self.width() - width) / 2
        y = self.height() / 2
        rtl = self.isRightToLeft()
        for index in range(self.count):
            slot = self.count - 1 - index if rtl else index
            centre = QPointF(x0 + slot * step, y)
            if index == self.current:
                painter.setPen(theme.NAVY)
                painter.setBrush(theme.TEAL)
                painter.drawEllipse(centre, self._radius * 1.25, self._radius * 1.25)
            else:
                painter.setPen(theme.NAVY)
                painter.setBrush(theme.CARD)
                painter.drawEllipse(centre, self._radius * 0.8, self._radius * 0.8)
        painter.end()
