"""One application-wide event filter for everything that watches the people's input.

The idle timers (the patient's and the staff panel's), the staff corner hold and every
page's swipe detector each need to see input anywhere in the kiosk, so each was an event
filter on the application. An application filter written in Python is called for every
event of every widget (paints, layouts, polish, child events: about a thousand to build
one page viewer), and each call costs a crossing into Python and an enum conversion.
With six of them, that was a third of the UI thread's work building and showing screens.

Here one filter sees each event once, passes on only input, and calls the watchers'
``eventFilter`` in the order Qt would have (the newest first; one that returns True stops
the event, as it would have). Watchers go with their QObject's destruction.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

#: The events the watchers are shown: what a finger, a mouse or a key does.
INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.Wheel, QEvent.Type.KeyPress,
})


class InputWatch(QObject):
    """The application's one input filter; ``watch_input`` adds to it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.watchers: list[QObject] = []
        app.installEventFilter(self)

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


def input_watch() -> InputWatch:
    """The application's input filter, made the first time it is asked for."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = app.findChild(InputWatch, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else InputWatch(app)


def watch_input(watcher: QObject) -> None:
    """Show ``watcher.eventFilter`` every input event in the application, until it is
    destroyed (or ``input_watch().remove(watcher)``)."""
    input_watch().add(watcher)
