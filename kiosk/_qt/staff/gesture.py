"""The hidden way in: hold a finger still on the blank top-left corner for three seconds.

A patient taps buttons and swipes pages; nobody holds still for three seconds on an empty
corner where nothing can be pressed. The hold only ever starts on a blank background
marked as a staff spot (the attract screen, the top bar's empty ends), never on or
through a patient control: a patient holding Home or the language button down, wherever
the mirrored Urdu layout puts them, can never open the PIN pad.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

log = logging.getLogger("kiosk.staff")

HOLD_MS = 3000
CORNER_FRACTION = 0.08  # of the window's short side
MIN_CORNER_PX = 60  # a fingertip, even on a small screen
SLOP_PX = 30  # a finger wobbles

# A dynamic property on the widgets whose plain background is a place to start the hold.
STAFF_SPOT = "kioskStaffSpot"

# What a patient presses, drags or types into. A marked staff spot is never one of these;
# the check is a second guard in case a control is ever marked by mistake.
_CONTROLS = (QAbstractButton, QAbstractSlider, QAbstractScrollArea, QAbstractSpinBox,
             QComboBox, QLineEdit)


def corner_size(window: QWidget) -> int:
    """The side of the square in the window's top-left corner where the hold may start.

    The top bar keeps this much blank at both of its ends (it mirrors in Urdu), so no
    patient button ever lies in the corner.
    """
    return max(MIN_CORNER_PX, round(min(window.width(), window.height()) * CORNER_FRACTION))


def mark_staff_spot(widget: QWidget) -> None:
    """Let the hold start on this widget's own background (never on its children)."""
    widget.setProperty(STAFF_SPOT, True)


def is_staff_spot(widget: QWidget | None) -> bool:
    """A marked plain background, and not a control (nor inside one)."""
    if widget is None or widget.property(STAFF_SPOT) is not True:
        return False
    ancestor: QWidget | None = widget
    while ancestor is not None:
        if isinstance(ancestor, _CONTROLS):
            return False
        ancestor = ancestor.parentWidget()
    return True


class CornerHold(QObject):
    """Watches the window's input (``watch_input``): a long press on the blank top-left
    corner."""

    triggered = Signal()
    # A finger has stayed still on the corner for a third of the hold: not a tap, most
    # likely staff. The staff screens start being made, ready when the pad opens.
    meant = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = True
        self._start: QPoint | None = None
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._early = QTimer(self)
        self._early.setSingleShot(True)
        self._early.timeout.connect(self.meant)
        self.set_hold_ms(hold_ms)

    def set_hold_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        self._early.setInterval(ms // 3)

    def corner_size(self) -> int:
        return corner_size(self.window)

    def is_holding(self) -> bool:
        """A hold has started and is counting down (for tests: no waiting needed)."""
        return self._timer.isActive() or self._early.isActive()

    def may_start_at(self, global_pos: QPoint, receiver: QObject | None = None) -> bool:
        """Would a press here start the hold? In the corner, on a staff spot, nothing else.

        The widget under the finger decides: the deepest one, which the window hands the
        press to, and the corner of a parent is not blank if a button covers it.
        (``childAt`` of the window rather than ``QApplication.widgetAt``: the same widget,
        without asking the platform where windows are, which Wayland does not say.)
        ``receiver`` is a widget the press is going to instead, if one holds the mouse.
        """
        if not self.enabled or not self.window.isVisible():
            return False
        pos = self.window.mapFromGlobal(global_pos)
        size = self.corner_size()
        if not (0 <= pos.x() < size and 0 <= pos.y() < size):
            return False
        under = self.window.childAt(pos) or self.window
        if not is_staff_spot(under):
            return False
        # A press grabbed by another widget is not a touch on the blank corner.
        return (receiver is None or receiver is under
                or (isinstance(receiver, QWidget) and receiver.isAncestorOf(under)))

    def _fire(self) -> None:
        self._fired = True
        log.info("staff gesture")
        self.triggered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.MouseButtonRelease):
            return False
        if watched is not self.window.windowHandle():
            return False  # another window's, or this one's before it was shown
        assert isinstance(event, QMouseEvent)
        global_pos = event.globalPosition().toPoint()
        if kind == QEvent.Type.MouseButtonPress:
            self._fired = False
            # A widget holding the mouse (grabMouse) gets the press wherever it lands.
            if self.may_start_at(global_pos, QWidget.mouseGrabber()):
                self._start = global_pos
                self._timer.start()
                self._early.start()
            else:
                self._cancel()
            return False
        if kind == QEvent.Type.MouseMove:
            if self._start is not None and (global_pos - self._start).manhattanLength() > SLOP_PX:
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
        self._early.stop()
