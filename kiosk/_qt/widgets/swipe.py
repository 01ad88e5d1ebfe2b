"""One-finger swipes (QSwipeGesture wants three fingers, which nobody in a lobby uses).

The filter only watches: it never eats an event, so taps and kinetic scrolling still work.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

MAX_MS = 900
MIN_FRACTION = 0.08  # of the watched area's width


class SwipeDetector(QObject):
    swiped = Signal(int)  # -1: finger moved towards the left edge, +1: towards the right

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self.area = area
        self._start: QPointF | None = None
        self._clock = QElapsedTimer()

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def _begin(self, point: QPointF) -> None:
        if self._start is None:
            self._start = point
            self._clock.start()

    def _end(self, point: QPointF) -> None:
        start, self._start = self._start, None
        if start is None or self._clock.elapsed() > MAX_MS:
            return
        dx = point.x() - start.x()
        dy = point.y() - start.y()
        if abs(dx) >= max(40.0, self.area.width() * MIN_FRACTION) and abs(dx) > 1.5 * abs(dy):
            self.swiped.emit(1 if dx > 0 else -1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent):
            if len(event.points()) == 1:
                self._begin(event.points()[0].globalPosition())
        elif kind == QEvent.Type.TouchEnd and isinstance(event, QTouchEvent):
            if event.points():
                self._end(event.points()[0].globalPosition())
        elif kind == QEvent.Type.TouchCancel:
            self._start = None
        elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._begin(event.globalPosition())
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._end(event.globalPosition())
        return False
