"""Fixtures that start the real kiosk (bundled fonts, translations, default pack) headless."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.qt import finger, sound_server

# A real sound output for the tests, before Qt's multimedia module looks for one.
sound_server.start()

from kiosk._qt import theme  # noqa: E402
from kiosk._qt.app import SWITCH_INTERVAL_S, Kiosk, build  # noqa: E402
from kiosk._qt.voice.narrator import Narrator  # noqa: E402
from tests.qt.fake_speaker import FakeSpeaker  # noqa: E402

# As the kiosk runs (kiosk/_qt/app.py), from the first test on, whatever order they run in.
sys.setswitchinterval(SWITCH_INTERVAL_S)


_WINDOWS = ("KioskWindow", "PreviewWindow")
_windows_before = pytest.StashKey[set[int]]()  # the windows alive as a test starts


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if type(w).__name__ in _WINDOWS]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    item.stash[_windows_before] = {id(w) for w in _windows()}
    return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A finished test's windows are deleted before the next test starts, not only closed.

    pytest-qt closes the widgets a test handed to ``qtbot.addWidget`` and asks Qt to
    delete them later, which Qt does only once an event loop runs: in the next test.
    Each kiosk lived on into it, and its idle, collection and staff timers could fire
    inside that test's measurements (a CI run's UI-lag probe saw 109 ms of computing in
    a test of waiting). This wraps pytest-qt's own teardown. A window the test never
    let go of is deleted here too, and fails the test: it is a leak in the test.
    """
    result = yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = item.stash.get(_windows_before, set())
    left = [w for w in _windows() if id(w) not in before]
    for window in left:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # The colours too, as a fresh kiosk process starts: a test that switched to high
    # contrast left it on for a later test that draws without making a kiosk (found by
    # review: the bold-words test failed after the staff panel's colours test).
    theme.use("standard")
    assert not left, f"{item.nodeid} left windows alive: {[type(w).__name__ for w in left]}"
    return result


@pytest.fixture
def speaker() -> FakeSpeaker:
    """The kiosk's speaker in tests (see fake_speaker.py); the computer's voice is off."""
    return FakeSpeaker()


@contextmanager
def running_kiosk(qtbot, data_dir: Path, pack_path: Path | None = None,
                  narrator: Narrator | None = None) -> Iterator[Kiosk]:
    """The whole kiosk on screen at 1920x1080, taken down completely afterwards."""
    excepthook = sys.excepthook
    k = build(data_dir=data_dir, pack_path=pack_path, narrator=narrator)
    window = k.window
    window.allow_close = True
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield k
    finally:
        k.app.aboutToQuit.disconnect(k.stop)
        # The QApplication outlives each test: leave no Urdu translator or RTL behind.
        window.translations.activate("en")
        theme.use("standard")  # colours are the app's, like its language
        window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # What that posted (relayouts the window and the staff layer queue for "after
        # this event") runs now, while there is still a window for it.
        QCoreApplication.processEvents()
        # Every kiosk left alive would see every event of every later test, each test
        # slower than the last; deleted now, as a test may start a second one.
        k.take_down()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # The kiosk's hook sends it home on an error; with the kiosk gone, that would be
        # an error of its own in whichever test comes next.
        sys.excepthook = excepthook


@pytest.fixture
def kiosk(qtbot, tmp_path: Path, speaker: FakeSpeaker) -> Iterator[Kiosk]:
    with running_kiosk(qtbot, tmp_path / "data", narrator=Narrator(speaker, None, 0.7)) as k:
        yield k


@pytest.fixture(autouse=True)
def no_logged_errors(request, caplog) -> Iterator[None]:
    """An ERROR in the kiosk's own log fails the test, like a Qt warning does."""
    yield
    if request.node.get_closest_marker("allow_logged_errors"):
        return
    # The teardown's too: a worker a fixture waits for as the test ends may log then.
    errors = [r.getMessage() for when in ("call", "teardown") for r in caplog.get_records(when)
              if r.levelname in ("ERROR", "CRITICAL") and r.name.startswith("kiosk")]
    assert not errors, f"the kiosk logged errors: {errors}"


_touch: QPointingDevice | None = None
_finger = 0


def touchscreen() -> QPointingDevice:
    global _touch
    if _touch is None:
        _touch = QTest.createTouchDevice()
    return _touch


def words_of(label: QWidget) -> str:
    """A label's words as a patient reads them: the no-break space that keeps a title's
    last two words together is a space, and so are the wider ones that make room for
    Nastaliq's hanging dots (kiosk/_qt/dot_room.py)."""
    return " ".join(label.text().split())  # type: ignore[attr-defined]


def tap(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    """A finger tap: what a patient does (mouse events, as Qt synthesises from touch),
    sent to the window as the screen sends them (tests/qt/finger.py)."""
    finger.tap(widget, pos)


def switch_language(qtbot, window: QWidget, language: str | None = None) -> None:
    """Switch the patient screens to ``language`` (English and Urdu by default: the other
    of the two) as a patient does: the top bar's language button, then, in a pack of
    three or more languages, the language on the card it opens."""
    session = window.session  # type: ignore[attr-defined]
    target = language or ("ur" if session.language == "en" else "en")
    topbar = window.topbar  # type: ignore[attr-defined]
    tap(qtbot, topbar.language)
    chooser = topbar.chooser
    if chooser is not None and chooser.isVisible():
        tap(qtbot, chooser.buttons[target])
    assert session.language == target


def swipe(widget: QWidget, dx: int, steps: int = 6) -> None:
    """A one-finger horizontal swipe across ``widget``, as real touch events."""
    global _finger
    _finger += 1  # every touch is a new finger to the touchscreen, as on real hardware
    centre = widget.rect().center()
    start = QPoint(centre.x() - dx // 2, centre.y())
    QTest.touchEvent(widget, touchscreen()).press(_finger, start, widget).commit()
    for i in range(1, steps + 1):
        point = QPoint(start.x() + dx * i // steps, start.y())
        QTest.touchEvent(widget, touchscreen()).move(_finger, point, widget).commit()
    QTest.touchEvent(widget, touchscreen()).release(_finger, QPoint(start.x() + dx, start.y()),
                                                    widget).commit()
