"""A frame clock for drawn animations that runs only while its widget is on screen.

A kiosk runs for months: an animation left ticking behind another screen would burn CPU
(and heat) for nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FRAME_MS = 33  # ~30 fps: smooth enough to look alive, light on a kiosk's CPU


class FrameClock(QObject):
    """Repaints ``target`` every frame while ``owner`` is shown; tells the time since start."""

    def __init__(self, owner: QWidget, target: QWidget | None = None,
                 frame_ms: int = FRAME_MS, frame: Callable[[], object] | None = None) -> None:
        """``frame``: what to do each frame instead of repainting all of ``target`` (a
        slow drift needs few frames, and only the parts that move repainted)."""
        super().__init__(owner)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._timer = QTimer(self)
        self._timer.setInterval(frame_ms)
        self._timer.timeout.connect(frame or (target or owner).update)
        owner.installEventFilter(self)

    def seconds(self) -> float:
        return self._elapsed.elapsed() / 1000.0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._timer.start()
        elif event.type() == QEvent.Type.Hide:
            self._timer.stop()
        return False
