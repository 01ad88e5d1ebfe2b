"""One application filter for the kiosk's input watchers (kiosk/_qt/input_watch.py).

The idle timers, the staff corner hold and every page's swipe detector once each filtered
every event of the application in Python: a third of the UI thread's work building a
screen. Now one filter passes them input alone, in Qt's order, and forgets a watcher that
is destroyed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk._qt.app import Kiosk
from kiosk._qt.input_watch import InputWatch, input_watch, watch_input


class Counting(QObject):
    def __init__(self, name: str, log: list[tuple[str, QEvent.Type]], eat: bool = False) -> None:
        super().__init__()
        self.name, self.log, self.eat = name, log, eat

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.log.append((self.name, event.type()))
        return self.eat


def application_filters_in_python(app: QApplication) -> list[QObject]:
    """The kiosk's objects that filter the application's events themselves."""
    return [child for child in app.findChildren(QObject) if isinstance(child, InputWatch)]


def test_the_kiosks_watchers_share_one_filter(qtbot, kiosk: Kiosk) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hub = input_watch()
    assert application_filters_in_python(app) == [hub]
    watchers = hub.watchers
    assert kiosk.window.idle in watchers
    assert kiosk.staff is not None
    assert kiosk.staff.gesture in watchers and kiosk.staff.panel_idle in watchers
    assert kiosk.window.viewer is not None and kiosk.window.viewer.swipe in watchers


@pytest.fixture
def watchers() -> Iterator[list[QObject]]:
    """Watchers a test adds, deleted afterwards even when the test fails: a stray one
    would see (or eat) every later test's input in this process."""
    made: list[QObject] = []
    yield made
    for watcher in made:
        if shiboken6.isValid(watcher):
            watcher.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def counting(made: list[QObject], name: str, seen: list[tuple[str, QEvent.Type]],
             eat: bool = False) -> Counting:
    watcher = Counting(name, seen, eat)
    made.append(watcher)
    watch_input(watcher)
    return watcher


def test_only_input_reaches_the_watchers_newest_first(qtbot, watchers: list[QObject]) -> None:
    seen: list[tuple[str, QEvent.Type]] = []
    counting(watchers, "older", seen)
    counting(watchers, "newer", seen)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    widget.show()
    qtbot.waitExposed(widget)
    seen.clear()
    widget.update()
    widget.repaint()  # a paint, a layout: not input
    QApplication.sendEvent(widget, QEvent(QEvent.Type.LayoutRequest))
    assert seen == []
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    presses = [name for name, kind in seen if kind == QEvent.Type.MouseButtonPress]
    assert presses[:2] == ["newer", "older"]


def test_a_watcher_that_eats_an_event_stops_it_as_a_filter_would(
        qtbot, watchers: list[QObject]) -> None:
    seen: list[tuple[str, QEvent.Type]] = []
    older = counting(watchers, "older", seen)
    eater = counting(watchers, "eater", seen, eat=True)
    widget = QWidget()
    qtbot.addWidget(widget)
    pressed: list[QMouseEvent] = []
    widget.mousePressEvent = pressed.append  # type: ignore[method-assign,assignment]
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert ("eater", QEvent.Type.MouseButtonPress) in seen
    assert ("older", QEvent.Type.MouseButtonPress) not in seen and pressed == []
    eater.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    seen.clear()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    # Gone with its object: the event goes on to the others and to the widget.
    assert [name for name, _ in seen] and {name for name, _ in seen} == {"older"}
    assert len(pressed) == 1
    older.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert all(watcher is not older for watcher in input_watch().watchers)


class Deleting(QObject):
    """Deletes another watcher from inside its own filter, as a screen closing might."""

    def __init__(self, victim: QObject) -> None:
        super().__init__()
        self.victim: QObject | None = victim

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.victim is not None and event.type() == QEvent.Type.MouseButtonPress:
            victim, self.victim = self.victim, None
            shiboken6.delete(victim)
        return False


def test_a_watcher_deleted_during_an_event_is_not_called(qtbot, watchers: list[QObject]) -> None:
    seen: list[tuple[str, QEvent.Type]] = []
    victim = counting(watchers, "victim", seen)
    deleting = Deleting(victim)
    watchers.append(deleting)
    watch_input(deleting)  # the newer: called first, and deletes the older mid-event
    widget = QWidget()
    qtbot.addWidget(widget)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not shiboken6.isValid(victim)
    assert ("victim", QEvent.Type.MouseButtonPress) not in seen
