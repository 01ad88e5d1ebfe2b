"""A finger on the kiosk's screen, for tests, the soak and the benchmarks.

Input goes to the window, as the screen's does: the window sees it first (so do the
kiosk's input watchers, kiosk/_qt/input_watch.py) and hands it to the widget on top at
that point. (Qt's test functions given a widget send the event straight to it instead,
past the window: the idle timer, the staff corner hold and the usage counter never see
such a tap.) ``tap`` and ``down`` scroll a widget in a scrolling page into view, and
check that nothing covers it there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

_LEFT = Qt.MouseButton.LeftButton
_NONE = Qt.KeyboardModifier.NoModifier


def on_window(widget: QWidget, pos: QPoint | None = None,
              uncovered: bool = True) -> tuple[QWindow, QPoint]:
    """The window ``widget`` is shown in, and where on it ``pos`` (the centre) lies;
    with ``uncovered``, fails if another widget lies over ``widget`` there."""
    name = widget.objectName() or widget
    if uncovered:
        _scroll_to(widget)
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None, f"{name}'s window has not been shown"
    at = widget.mapTo(top, pos if pos is not None else widget.rect().center())
    if uncovered:
        assert widget.isVisible(), f"{name} is not on screen"
        under = top.childAt(at) or top
        assert under is widget or widget.isAncestorOf(under), \
            f"{name} is covered at {at.x()},{at.y()} by {under}"
    return handle, at


def _scroll_to(widget: QWidget) -> None:
    """A widget in a scrolling page is scrolled to first, as a person would."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()


def tap(widget: QWidget, pos: QPoint | None = None, uncovered: bool = True) -> None:
    """Down and up at one point of ``widget`` (its centre). Without ``uncovered``, a
    widget lying over it there gets the tap, as it would get a finger's."""
    handle, at = on_window(widget, pos, uncovered)
    _send(handle, QEvent.Type.MouseButtonPress, at)
    _send(handle, QEvent.Type.MouseButtonRelease, at)


def down(widget: QWidget, pos: QPoint | None = None) -> None:
    """A finger put down on ``widget`` and kept there (``up`` lifts it)."""
    handle, at = on_window(widget, pos)
    _send(handle, QEvent.Type.MouseButtonPress, at)


def moves(widget: QWidget, pos: QPoint) -> None:
    """The finger that is down slides to ``pos`` of ``widget`` (it may have left it)."""
    handle, at = on_window(widget, pos, uncovered=False)
    _send(handle, QEvent.Type.MouseMove, at)


def up(widget: QWidget, pos: QPoint | None = None) -> None:
    """The finger lifted at ``pos`` of ``widget`` (it may have left it)."""
    handle, at = on_window(widget, pos, uncovered=False)
    _send(handle, QEvent.Type.MouseButtonRelease, at)


def _send(handle: QWindow, kind: QEvent.Type, at: QPoint) -> None:
    # Sent, not posted, and nothing else is delivered meanwhile (Qt's test functions given
    # a window turn the event loop too): a test can still touch the screen while an event
    # is on its way to the kiosk. As touch becomes: the left button, down until lifted.
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else _LEFT
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else _LEFT
    QApplication.sendEvent(handle, QMouseEvent(
        kind, QPointF(at), QPointF(handle.mapToGlobal(at)), button, held, _NONE))
