"""The hidden way in: hold a finger on the top-left corner of the screen for a few seconds.

A patient taps and swipes; nobody holds still on a corner for three seconds by chance.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger("kiosk.staff")

HOLD_MS = 3000
CORNER_FRACTION = 0.08  # of the window's short side
SLOP_PX = 30  # a finger wobbles


class CornerHold(QObject):
    """Event filter on the application: a long press in the window's corner."""

    triggered = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = True
        self._start: QPoint | None = None
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self._fire)

    def set_hold_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def corner_size(self) -> int:
        return max(60, round(min(self.window.width(), self.window.height()) * CORNER_FRACTION))

    def _window_pos(self, watched: QObject, event: QMouseEvent) -> QPoint | None:
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return None
        return self.window.mapFromGlobal(event.globalPosition().toPoint())

    def _fire(self) -> None:
        self._fired = True
        log.info("staff gesture")
        self.triggered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.MouseButtonRelease):
            return False
        assert isinstance(event, QMouseEvent)
        pos = self._window_pos(watched, event)
        if pos is None:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self._fired = False
            size = self.corner_size()
            if self.enabled and 0 <= pos.x() < size and 0 <= pos.y() < size:
                self._start = pos
                self._timer.start()
            return False
        if kind == QEvent.Type.MouseMove:
            if self._start is not None and (pos - self._start).manhattanLength() > SLOP_PX:
                self._cancel()
            return False
        self._cancel()
        if self._fired:
            # The finger lifting after the PIN pad opened is not a tap on what lay beneath
            # (the attract screen would start a visit).
            self._fired = False
            return True
        return False

    def _cancel(self) -> None:
        self._start = None
        self._timer.stop()
