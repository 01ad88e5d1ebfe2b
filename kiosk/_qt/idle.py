"""Noticing when the patient has walked away."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

log = logging.getLogger("kiosk.idle")

_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.Wheel, QEvent.Type.KeyPress,
})


class IdleWatcher(QObject):
    """Watches every input event in the app; ``idle`` fires after ``seconds`` of none."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._held = False
        self._paused = False  # counting when the hold began, so it counts again after
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)

    def start(self) -> None:
        if self._held:
            self._paused = True  # counts from when the narration stops
        else:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._paused = False

    def hold(self, held: bool) -> None:
        """While held (narration playing), the time without a touch does not count.

        Released, the count starts again from nothing: the patient just heard a page.
        """
        if held == self._held:
            return
        self._held = held
        if held:
            self._paused = self._timer.isActive()
            self._timer.stop()
        elif self._paused:
            self._paused = False
            self._timer.start()

    @property
    def held(self) -> bool:
        return self._held

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _fire(self) -> None:
        log.info("no touch for %d s", self._timer.interval() // 1000)
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False
