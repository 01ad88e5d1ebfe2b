"""One filter, on the kiosk's window, for the kiosk's input watchers (kiosk/_qt/input_watch.py).

The idle timers, the staff corner hold, the usage counter and every page's swipe detector
once each filtered every event of the application in Python: a third of the UI thread's
work building a screen. Then one application filter passed them input alone, in Qt's
order. Now that filter sits on the window, which every touch reaches first: the
application's other events (and the objects inside Qt's own widgets, each of which made
PySide build Python types for a hundred classes) never cross into Python.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk._qt.app import Kiosk
from kiosk._qt.input_watch import InputWatch, input_watch, watch_input
from tests.qt import finger
from tests.qt.conftest import tap

ROOT = Path(__file__).resolve().parents[2]


class Counting(QObject):
    def __init__(self, name: str, log: list[tuple[str, QEvent.Type]], eat: bool = False) -> None:
        super().__init__()
        self.name, self.log, self.eat = name, log, eat

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.log.append((self.name, event.type()))
        return self.eat


def test_the_kiosks_watchers_share_one_filter_on_its_window(qtbot, kiosk: Kiosk) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hub = input_watch()
    assert [c for c in app.findChildren(QObject) if isinstance(c, InputWatch)] == [hub]
    watchers = hub.watchers
    assert kiosk.window.idle in watchers
    assert kiosk.staff is not None
    assert kiosk.staff.gesture in watchers and kiosk.staff.panel_idle in watchers
    assert kiosk.window.viewer is not None and kiosk.window.viewer.swipe in watchers
    # On the window, where a touch arrives; not on the application, which sees everything.
    handle = kiosk.window.windowHandle()
    assert handle is not None
    hub.setObjectName("hub")
    seen: list[QObject] = []
    spy = Spy(seen)
    watch_input(spy)
    try:
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(5, 5))
        assert seen and all(watched is handle for watched in seen)
        seen.clear()
        QApplication.sendEvent(kiosk.window.attract, QEvent(QEvent.Type.LayoutRequest))
        QTest.mouseClick(kiosk.window.attract, Qt.MouseButton.LeftButton,
                         pos=QPoint(5, 5))  # straight to a widget, past the window
        assert seen == []
    finally:
        shiboken6.delete(spy)


class Spy(QObject):
    def __init__(self, seen: list[QObject]) -> None:
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.seen.append(watched)
        return False


@pytest.mark.parametrize("on_the_application", [False, True])
def test_qt_s_own_inner_widgets_make_no_python_classes(on_the_application: bool) -> None:
    # A scroll area holds widgets of classes PySide has no Python type for. Shown to a
    # filter in Python, or handed to Python (its viewport, which the kiosk's scrolling
    # pages set up), each made PySide look for one among all it knows, making the Python
    # type and enums of each class on the way: 2.5 MiB for a hundred classes. The kiosk's
    # own scroll areas (widgets/scroll_area.py) are built here too. The control puts a
    # filter on the application, as the kiosk once did, and sees them made.
    script = textwrap.dedent(f"""
        import tempfile
        from PySide6.QtCore import QObject
        import PySide6.QtWidgets as widgets
        from kiosk._qt.app import build
        k = build(data_dir=tempfile.mkdtemp())
        if {on_the_application}:
            class Watching(QObject):
                def eventFilter(self, watched, event):
                    return False
            watching = Watching()
            k.app.installEventFilter(watching)
        k.window.resize(1280, 800)
        k.window.show()
        k.app.processEvents()
        area = widgets.QScrollArea(k.window)
        area.setWidget(widgets.QLabel("words"))
        area.show()
        k.app.processEvents()
        unused = ("QFileDialog", "QCalendarWidget", "QMdiArea", "QColorDialog", "QWizard")
        print("MADE", [name for name in unused if name in vars(widgets)])
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    made = "[]" not in result.stdout.split("MADE", 1)[1].splitlines()[0]
    assert made is on_the_application, result.stdout


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


def covered_window(qtbot, widget: QWidget) -> QWindow:
    """``widget`` shown as a window of its own, its input watched."""
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    widget.show()
    qtbot.waitExposed(widget)
    input_watch().cover(widget)
    handle = widget.windowHandle()
    assert handle is not None
    return handle


def test_only_input_reaches_the_watchers_newest_first(qtbot, watchers: list[QObject]) -> None:
    seen: list[tuple[str, QEvent.Type]] = []
    counting(watchers, "older", seen)
    counting(watchers, "newer", seen)
    widget = QWidget()
    handle = covered_window(qtbot, widget)
    seen.clear()
    widget.update()
    widget.repaint()  # a paint, a layout: not input
    QApplication.sendEvent(widget, QEvent(QEvent.Type.LayoutRequest))
    QApplication.sendEvent(handle, QEvent(QEvent.Type.UpdateRequest))
    assert seen == []
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(10, 10))
    presses = [name for name, kind in seen if kind == QEvent.Type.MouseButtonPress]
    assert presses[:2] == ["newer", "older"]


def test_a_watcher_that_eats_an_event_stops_it_as_a_filter_would(
        qtbot, watchers: list[QObject]) -> None:
    seen: list[tuple[str, QEvent.Type]] = []
    older = counting(watchers, "older", seen)
    eater = counting(watchers, "eater", seen, eat=True)
    widget = QWidget()
    handle = covered_window(qtbot, widget)
    pressed: list[QMouseEvent] = []
    widget.mousePressEvent = pressed.append  # type: ignore[method-assign,assignment]
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(5, 5))
    assert ("eater", QEvent.Type.MouseButtonPress) in seen
    assert ("older", QEvent.Type.MouseButtonPress) not in seen and pressed == []
    eater.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    seen.clear()
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(5, 5))
    seen.clear()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(5, 5))
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
    handle = covered_window(qtbot, widget)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(5, 5))
    assert not shiboken6.isValid(victim)
    assert ("victim", QEvent.Type.MouseButtonPress) not in seen


def test_a_lift_only_the_window_sees_still_ends_a_swipe(qtbot, kiosk: Kiosk) -> None:
    # A swipe starts where a page's own widget gets the press (its filter), and ends
    # wherever the finger lifts: a lift that reaches no widget of the page (the page
    # changed under the finger) is seen at the window alone, and must still end it.
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    detector, words = w.viewer.swipe, w.viewer.illustration
    handle = w.windowHandle()
    assert handle is not None
    start = words.rect().center()
    finger.down(words, start)
    assert detector.tracking
    lift = QPointF(words.mapTo(w, start)) + QPointF(-400, 0)
    swiped: list[int] = []
    detector.swiped.connect(swiped.append)
    for watcher in input_watch().watchers:  # as Qt calls the window's filter, and no other
        watcher.eventFilter(handle, QMouseEvent(
            QEvent.Type.MouseButtonRelease, lift, QPointF(handle.mapToGlobal(lift.toPoint())),
            Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier))
    assert swiped == [-1] and not detector.tracking
    finger.up(words, start)  # the widget's own lift, for Qt's sake: nothing more happens
    assert swiped == [-1]


def test_a_lift_nobody_saw_leaves_no_swipe_waiting(qtbot, kiosk: Kiosk) -> None:
    # Every press reaches the window first, which forgets any start a lost lift left.
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    detector = w.viewer.swipe
    finger.down(w.viewer.illustration)
    assert detector.tracking  # and its lift never comes
    swiped: list[int] = []
    detector.swiped.connect(swiped.append)
    finger.down(w.topbar.text_size)  # not a place a swipe starts
    assert not detector.tracking
    finger.up(w.topbar.text_size, QPoint(-600, 0))  # far to the left: no swipe ends here
    assert swiped == []


def test_a_tap_is_when_the_patient_last_touched(qtbot, kiosk: Kiosk) -> None:
    # The usage counter ends a visit at the last touch, not at the reset: it watches input.
    assert kiosk.usage is not None and kiosk.usage in input_watch().watchers
    touched: list[int] = []
    kiosk.usage.visits.touched = lambda: touched.append(1)  # type: ignore[method-assign]
    tap(qtbot, kiosk.window.attract.buttons["en"])
    assert len(touched) == 2  # the finger down and up


def test_tests_and_benchmarks_touch_the_screen_through_the_window() -> None:
    # Qt's test functions given a widget send a tap straight to it, past the window:
    # the idle timers, the staff corner hold and the usage counter never see it, so a
    # test using them would pass on a kiosk that real fingers would fail (or fail on one
    # they would not). tests/qt/finger.py taps as the screen does; this file alone sends
    # past the window, to show the difference.
    allowed = {Path(__file__).resolve(), (ROOT / "tests" / "qt" / "finger.py").resolve()}
    found = [f"{path.relative_to(ROOT)}:{number}"
             for folder in ("tests", "bench") for path in sorted((ROOT / folder).rglob("*.py"))
             if path.resolve() not in allowed
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if "qtbot.mouse" in line or "QTest.mouse" in line]
    assert found == [], f"tap with tests/qt/finger.py instead: {found}"
