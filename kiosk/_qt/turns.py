"""Work split over turns of the event loop, with the screen and taps served between.

``QTimer.singleShot(0, ...)`` is a posted event, and Qt delivers every event posted while
it delivers posted events in the same pass: a chain of them runs back to back, and a tap,
a timer or a repaint waits for the whole chain (measured: two 20 ms steps a gap, not one).
A zero-interval timer object is a real timer, served in its turn with the others.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def next_turn(owner: QObject, step: Callable[[], object]) -> None:
    """Call ``step`` in a later turn of the event loop, after what is waiting now; never
    if ``owner`` is deleted first (the timer is its child)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)

    def fire() -> None:
        timer.deleteLater()
        step()

    timer.timeout.connect(fire)
    timer.start()
