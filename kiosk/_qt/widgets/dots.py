"""Page dots: where you are in a topic, read in the patient's direction.

One dot a page. A page that continues on more screens (only at the larger text sizes)
shows its screens as small dots inside its own, so the row never jumps: the dots of the
other pages stay where they were.

A long topic has more dots than the row between Back and Next has room for (sixty pages
ask for 1,900 px at 1080p). Its dots are drawn smaller, down to half their size, and past
that the row becomes a bar filled as far as the patient has read, with a marker where
they are: every dot drawn at full size ran off both ends of the row, and the marker of
the page on show with them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk._qt import theme

# Dots a row always has room for before they are drawn smaller (a dozen pages), and how
# small they may be drawn (half size) before the row becomes a bar.
_SHRINK_FROM = 12
_SMALLEST = 0.5


class PageDots(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.current = 0
        self.screenful = 0
        self.screens = 1
        self._radius = 9

    def set_position(self, current: int, count: int, screen: int = 0, screens: int = 1) -> None:
        grows = (count, screens) != (self.count, self.screens)
        before = self._band()
        self.current, self.count, self.screenful, self.screens = current, count, screen, screens
        if grows:
            self.updateGeometry()  # only when the row's width changes: a turn stays cheap
        # Only where the dots are: the row spans the screen between Back and Next, and
        # behind every pixel repainted the window paints its background first.
        self.update(before.united(self._band()))

    def _band(self) -> QRect:
        if self._scale() < 1:
            return self.rect()  # drawn to fit: the whole row
        total = sum(self._widths())
        margin = self._radius * 2  # the current dot's ring, and antialiasing
        left = math.floor((self.width() - total) / 2) - margin
        return QRect(left, 0, math.ceil(total) + 2 * margin + 1, self.height())

    def _scale(self) -> float:
        """How much smaller than full size the dots must be drawn to fit the row."""
        room = self.width() - self._radius * 2  # as sizeHint leaves
        total = sum(self._widths())
        if not total:
            return 1.0
        # Half a pixel of slack: the size asked for (sizeHint) is the row's width rounded.
        return 1.0 if total <= room + 0.5 else max(0.0, room / total)

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._radius = metrics.px(10)
        self.updateGeometry()
        self.update()  # all of it: the next turn's band is worked out at the new size

    def _widths(self) -> list[float]:
        step = self._radius * 3.2
        return [step * (1 + 0.55 * (self.screens - 1)) if i == self.current and
                self.screens > 1 else step for i in range(self.count)]

    def sizeHint(self) -> QSize:
        return QSize(round(sum(self._widths())) + self._radius * 2, self._radius * 4)

    def minimumSizeHint(self) -> QSize:
        # A short topic's dots never shrink: on a narrow row the buttons' words give way
        # first. A long one's shrink once the row has room for fewer than a dozen.
        hint = self.sizeHint()
        return QSize(min(hint.width(), round(self._radius * 3.2 * _SHRINK_FROM)
                         + self._radius * 2), hint.height())

    def narrowest_as_dots(self) -> int:
        """The least width at which a long topic's dots are still dots, not a bar (a short
        topic's full width): what the row may take from them for words of its own."""
        return max(self.minimumSizeHint().width(),
                   min(self.sizeHint().width(),
                       math.ceil(sum(self._widths()) * _SMALLEST) + self._radius * 2))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.count:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = self._scale()
        if scale < _SMALLEST:
            self._paint_bar(painter)
            painter.end()
            return
        widths = [width * scale for width in self._widths()]
        if self.isRightToLeft():
            widths = widths[::-1]
        x = (self.width() - sum(widths)) / 2
        y = self.height() / 2
        r = self._radius * scale
        slots = range(self.count - 1, -1, -1) if self.isRightToLeft() else range(self.count)
        for index, width in zip(slots, widths, strict=True):
            centre = QPointF(x + width / 2, y)
            painter.setPen(theme.NAVY)
            if index != self.current:
                painter.setBrush(theme.CARD)
                painter.drawEllipse(centre, r * 0.8, r * 0.8)
            elif self.screens == 1:
                painter.setBrush(theme.TEAL)
                painter.drawEllipse(centre, r * 1.25, r * 1.25)
            else:
                # A pill holding one small dot a screen, the one on show filled.
                painter.setBrush(theme.CARD)
                painter.drawRoundedRect(x + 2, y - r * 1.25, width - 4, r * 2.5, r * 1.25,
                                        r * 1.25)
                for part, dot in enumerate(self._screen_dots(x, width, y, r)):
                    painter.setBrush(theme.TEAL if part == self.screenful else theme.CARD)
                    painter.drawEllipse(dot, r * 0.55, r * 0.55)
            x += width
        painter.end()

    def _screen_dots(self, left: float, width: float, y: float, r: float) -> list[QPointF]:
        """The centres of the small dots in a page's pill, one a screen, in reading order.

        The end ones at the centres of the pill's round ends: at their edge, they ran
        into its outline."""
        step = (width - 4 - r * 2.5) / max(1, self.screens - 1)
        slots = range(self.screens - 1, -1, -1) if self.isRightToLeft() \
            else range(self.screens)
        return [QPointF(left + 2 + r * 1.25 + slot * step, y) for slot in slots]

    def _paint_bar(self, painter: QPainter) -> None:
        """How far through the topic, as a bar filled from where reading starts, and a
        marker where the patient is."""
        r = self._radius
        left, right = r * 1.5, self.width() - r * 1.5
        y = self.height() / 2
        # The middle of the page on show, and of its screen on show when it has several.
        done = min(1.0, max(0.0, (self.current + (self.screenful + 0.5)
                                  / max(1, self.screens)) / self.count))
        at = right - done * (right - left) if self.isRightToLeft() \
            else left + done * (right - left)
        painter.setPen(theme.NAVY)
        painter.setBrush(theme.CARD)
        painter.drawRoundedRect(QRectF(left, y - r * 0.5, right - left, r), r * 0.5, r * 0.5)
        painter.setBrush(theme.TEAL)
        start, end = (at, right) if self.isRightToLeft() else (left, at)
        painter.drawRoundedRect(QRectF(start, y - r * 0.5, end - start, r), r * 0.5, r * 0.5)
        painter.drawEllipse(QPointF(at, y), r * 1.25, r * 1.25)
