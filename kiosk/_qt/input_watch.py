"""One event filter, on the kiosk's window, for everything that watches the people's input.

The idle timers (the patient's and the staff panel's), the staff corner hold, the usage
counter and every page's swipe detector each need to see input anywhere in the kiosk.
Every touch, click and key reaches the window (``QWindow``) before any widget: Qt hands it
there from the screen, and the window passes it on to the widget under the finger. So the
one filter sits on the window, and sees each input event once.

It once sat on the application, which shows a filter every event of every object: paints,
layouts and timers, and the objects Qt makes inside its own widgets (a scroll area's bar
holders, a line edit's cursor). For each, PySide makes a Python wrapper, and for an object
of a class it has no Python type for, it looks for one among every class it knows, making
each class's Python type and enums on the way: a hundred classes the kiosk never uses,
2.5 MiB of Python objects, and a crossing into Python for each of thousands of events.

A watcher's ``eventFilter`` is called with the window as ``watched``, in the order Qt would
have called filters (the newest first; one that returns True stops the event, as it
would). Watchers go with their QObject's destruction. A watcher that must know which widget
a press reached (a swipe starts only on a page's own background) filters those widgets
itself as well.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

#: The events the watchers are shown: what a finger, a mouse or a key does.
INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.Wheel, QEvent.Type.KeyPress,
})


class InputWatch(QObject):
    """The kiosk's one input filter; ``watch_input`` adds to it, ``cover`` puts it on a
    window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.watchers: list[QObject] = []

    def cover(self, widget: QWidget) -> None:
        """Watch the input of the window ``widget`` is in (once it is on screen: a window
        gets its ``QWindow`` when first shown). Covering one twice changes nothing."""
        handle = widget.window().windowHandle()
        if handle is not None:
            handle.installEventFilter(self)  # Qt keeps one copy of a filter per object

    def add(self, watcher: QObject) -> None:
        if watcher in self.watchers:
            return
        self.watchers.insert(0, watcher)
        key = id(watcher)
        # By identity: the wrapper is going away with its object when this is called.
        watcher.destroyed.connect(lambda _=None, key=key: self._forget(key))

    def remove(self, watcher: QObject) -> None:
        self._forget(id(watcher))

    def _forget(self, key: int) -> None:
        self.watchers = [w for w in self.watchers if id(w) != key]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in INPUT:
            return False
        for watcher in tuple(self.watchers):
            # One deleted by another's filter during this event is gone from the list (its
            # destruction said so) and must not be called, as Qt skips a deleted filter.
            if any(w is watcher for w in self.watchers) and watcher.eventFilter(watched, event):
                return True
        return False


_the_watch: InputWatch | None = None


def input_watch() -> InputWatch:
    """The kiosk's input filter, made the first time it is asked for."""
    global _the_watch
    # Kept here, not looked for among the application's children: PySide would wrap each
    # (Qt's style among them) to compare its class, making their Python types.
    if _the_watch is None or not shiboken6.isValid(_the_watch):
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _the_watch = InputWatch(app)
    return _the_watch


def watch_input(watcher: QObject) -> None:
    """Show ``watcher.eventFilter`` every input event on the covered windows, until it is
    destroyed (or ``input_watch().remove(watcher)``)."""
    input_watch().add(watcher)
