"""One-finger swipes (QSwipeGesture wants three fingers, which nobody in a lobby uses).

A swipe is judged by where the finger went, not how fast: far enough sideways, and more
sideways than up or down. A patient who drags slowly, or a busy kiosk that delivers the
touches late, still turns the page.

Every position is a global (screen) one, so the page sliding in under the finger during a
turn changes nothing. A swipe starts on a watched widget or on the area itself (which the
sliding page uncovers), which the watched widgets' own filters see; where the finger is
lifted does not matter, so the end is watched for on the whole window (``watch_input``): a
lift that lands on another widget (or on none) still ends the swipe, and a press is never
left waiting for a lift that went elsewhere.

The filter only watches: it never eats an event, so taps and kinetic scrolling still work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QWidget

from kiosk._qt.input_watch import watch_input

MIN_FRACTION = 0.08  # of the watched area's width
MIN_PX = 40.0  # on a small area, still more than a wobbly tap
SIDEWAYS = 1.5  # at least this much more sideways than up or down

_PRESS = frozenset({QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress})
_MOVE = frozenset({QEvent.Type.TouchUpdate})
_END = frozenset({QEvent.Type.TouchEnd, QEvent.Type.MouseButtonRelease})


class SwipeDetector(QObject):
    swiped = Signal(int)  # -1: finger moved towards the left edge, +1: towards the right

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self.area = area
        self._watched: list[QWidget] = []
        self._start: QPointF | None = None
        # The area's own background counts: mid-slide it is what lies under the finger.
        self.watch(area)
        watch_input(self)

    def watch(self, widget: QWidget) -> None:
        """A swipe may start on this widget (its own events, not its children's)."""
        # The widgets are the area's own children: they and this detector go together.
        if widget not in self._watched:
            self._watched.append(widget)
            # Which widget a press reached only the widget's own filter can tell: the
            # window sees the press first, before Qt has chosen the widget for it.
            widget.installEventFilter(self)

    @property
    def tracking(self) -> bool:
        """A finger is down on a watched widget (for tests)."""
        return self._start is not None

    def is_swipe(self, start: QPointF, end: QPointF) -> int:
        """-1 or +1 for a swipe from start to end (global positions), 0 for anything else."""
        dx = end.x() - start.x()
        dy = end.y() - start.y()
        if abs(dx) >= max(MIN_PX, self.area.width() * MIN_FRACTION) \
                and abs(dx) > SIDEWAYS * abs(dy):
            return 1 if dx > 0 else -1
        return 0

    def _end(self, point: QPointF) -> None:
        start, self._start = self._start, None
        if start is None or not self.area.isVisible():
            return
        direction = self.is_swipe(start, point)
        if direction:
            self.swiped.emit(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESS:
            if isinstance(watched, QWindow):
                # Every press reaches its window before any widget: start afresh, so a lift
                # that was never seen cannot leave a stale start behind.
                self._start = None
            elif watched in self._watched:
                # A touch no widget takes comes again as a mouse press at the same point,
                # and a press goes on to each parent in turn: the same start each time.
                self._start = _single_point(event)
        elif kind in _MOVE:
            if isinstance(event, QTouchEvent) and len(event.points()) > 1:
                self._start = None  # two fingers: a pinch, not a swipe
        elif kind in _END:
            if self._start is not None:
                point = _last_point(event)
                if point is not None:
                    self._end(point)
        elif kind == QEvent.Type.TouchCancel:
            self._start = None
        return False


def _single_point(event: QEvent) -> QPointF | None:
    if isinstance(event, QTouchEvent):
        points = event.points()
        return points[0].globalPosition() if len(points) == 1 else None
    if isinstance(event, QMouseEvent):
        return event.globalPosition()
    return None


def _last_point(event: QEvent) -> QPointF | None:
    if isinstance(event, QTouchEvent):
        points = event.points()
        return points[0].globalPosition() if points else None
    if isinstance(event, QMouseEvent):
        return event.globalPosition()
    return None
