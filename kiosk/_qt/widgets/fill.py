"""Filling a rectangle with one colour, the way every screen's background is painted.

Not ``QPainter.fillRect(rect, colour)``: choosing among that method's overloads, PySide
tests the colour against ``QGradient``'s presets, which makes the ``QGradient`` class and
its 222 Python enum members (about 90 KiB, kept for the rest of the run, and 3 ms the
first time). A rectangle drawn with no outline covers the same pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter


def fill_rect(painter: QPainter, rect: QRect | QRectF, colour: QColor) -> None:
    """``rect`` in ``colour``; the painter's pen and brush are left as they were."""
    pen, brush = painter.pen(), painter.brush()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.setPen(pen)
    painter.setBrush(brush)
