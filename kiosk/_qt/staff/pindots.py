"""How many digits of a PIN are typed, never which: a filled circle each, and an empty one
for each digit still wanted.

Drawn as circles, not as the characters ● and ○: the kiosk's fonts have neither, and Qt
sees no other font (kiosk/_qt/fonts.py, only_bundled_fonts), so as text they were
empty boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk._qt import theme


class PinDots(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = 0
        self.wanted = 0  # the fewest digits the PIN pad accepts
        self._diameter = 24
        self.colour = QColor(theme.NAVY)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_count(self, typed: int, wanted: int) -> None:
        if (typed, wanted) != (self.typed, self.wanted):
            self.typed, self.wanted = typed, wanted
            self.updateGeometry()
            self.update()

    def set_diameter(self, pixels: int) -> None:
        """About the size a title's letters stand: read from across a counter."""
        if pixels != self._diameter:
            self._diameter = pixels
            self.updateGeometry()
            self.update()

    @property
    def circles(self) -> int:
        return max(self.typed, self.wanted)

    def _step(self) -> float:
        return self._diameter * 1.5

    def sizeHint(self) -> QSize:
        width = round(self._step() * max(0, self.circles - 1) + self._diameter) + 4
        return QSize(width, self._diameter + self._diameter // 2)

    def minimumSizeHint(self) -> QSize:
        # Twelve digits of a recovery code on a narrow screen: the gaps give way first.
        return QSize(round(self.circles * self._diameter * 1.15) + 4, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.circles:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = max(2.0, self._diameter / 9)
        radius = (self._diameter - line) / 2
        step = self._step()
        if self.circles > 1:
            step = min(step, (self.width() - 4 - self._diameter) / (self.circles - 1))
        span = step * (self.circles - 1)
        left = self.width() / 2 - span / 2
        middle = self.height() / 2
        for index in range(self.circles):
            # Typed digits fill from where the reader starts: the right in Urdu.
            place = self.circles - 1 - index if self.isRightToLeft() else index
            centre = QPointF(left + place * step, middle)
            if index < self.typed:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.colour)
                painter.drawEllipse(centre, radius + line / 2, radius + line / 2)
            else:
                painter.setPen(QPen(self.colour, line))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius, radius)
        painter.end()
