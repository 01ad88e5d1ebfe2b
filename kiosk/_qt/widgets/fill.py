"""Filling a rectangle with one colour, the way every screen's background is painted.

Not ``QPainter.fillRect(rect, colour)``: choosing among that method's overloads, PySide
tests the colour against ``QGradient``'s presets, which makes the ``QGradient`` class and
its 182 Python enum members (about 90 KiB, kept for the rest of the run, and 3 ms the
first time). A whole-pixel rectangle drawn with no outline covers the same pixels at
every scale. A ``QRectF`` would not: at 125% an edge that falls on half a screen pixel is
filled by ``fillRect`` and left out by ``drawRect``, so only ``QRect`` is taken.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter


def fill_rect(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """``rect`` in ``colour``; the painter's pen and brush are left as they were."""
    pen, brush = painter.pen(), painter.brush()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.setPen(pen)
    painter.setBrush(brush)
