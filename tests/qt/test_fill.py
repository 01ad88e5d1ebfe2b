"""fill_rect paints what QPainter.fillRect paints, at every scale a screen may have."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk._qt.widgets.fill import fill_rect


def _painted(ratio: float, shift: QPoint, rect: QRect, ours: bool) -> QImage:
    image = QImage(1400, 1400, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(shift)
    painter.setPen(QColor("red"))  # what the painter goes on drawing with afterwards
    if ours:
        fill_rect(painter, rect, QColor(20, 40, 50, 150))
    else:
        painter.fillRect(rect, QColor(20, 40, 50, 150))
    assert painter.pen().color() == QColor("red")
    assert painter.brush().style() == Qt.BrushStyle.NoBrush
    painter.end()
    return image


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 1.75, 2.0])
def test_fill_rect_covers_the_pixels_fill_rect_of_qt_covers(ratio: float) -> None:
    # A page's words at y 91 and 615 high end on half a screen pixel at 125%: a QRectF
    # drawn there left its last row unpainted (seen in review). Whole pixels do not.
    for shift, rect in ((QPoint(-24, 91), QRect(0, 0, 610, 615)),
                        (QPoint(0, 0), QRect(0, 0, 1101, 777)),
                        (QPoint(7, 3), QRect(5, 9, 333, 211))):
        assert _painted(ratio, shift, rect, True) == _painted(ratio, shift, rect, False), \
            (ratio, shift, rect)
