"""The staff gesture never starts on a patient's button, and does start on the blank corner.

No test here waits for the three seconds, or for anything not to happen: a refused press is
seen at once (the hold's timer never started), an accepted one by its signal.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk._qt.app import Kiosk, build
from kiosk._qt.staff.controller import StaffController
from kiosk._qt.staff.gesture import CornerHold, corner_size
from kiosk.core.paths import DataDir
from kiosk.core.staffpin import StaffPin
from tests.qt import finger
from tests.qt.conftest import tap

PIN = "246813"
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


@pytest.fixture(params=list(SIZES))
def k(request, qtbot, tmp_path: Path) -> Iterator[Kiosk]:
    data = DataDir(tmp_path / "data").create()
    StaffPin(data.root).set_pin(PIN)
    kiosk = build(data_dir=data.root)
    window = kiosk.window
    window.allow_close = True
    qtbot.addWidget(window)
    window.resize(*SIZES[request.param])
    window.show()
    qtbot.waitExposed(window)
    staff(kiosk).gesture.set_hold_ms(20)
    yield kiosk
    window.idle.stop()
    window.overlay.stop()
    staff(kiosk).poller.stop()
    window.translations.activate("en")
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: not staff(kiosk).poller.busy, timeout=5000)


def staff(k: Kiosk) -> StaffController:
    assert isinstance(k.staff, StaffController)
    return k.staff


def press(qtbot, gesture: CornerHold, widget: QWidget, pos: QPoint) -> bool:
    """Put a finger down on ``widget`` at ``pos``: did the hold start? The finger slides
    off before it lifts, so a button held is not also pressed (the language button would
    open its card over the next one)."""
    finger.down(widget, pos)
    holding = gesture.is_holding()
    finger.up(widget, QPoint(widget.width() // 2, widget.height() * 3))
    return holding


def visit(qtbot, k: Kiosk, language: str, screen: str) -> QWidget:
    w = k.window
    tap(qtbot, w.attract.buttons["en"] if language == "en" else w.attract.buttons["ur"])
    if screen == "viewer":
        tap(qtbot, w.home.tiles[0])
        tap(qtbot, w.viewer.next)
    assert w.current is getattr(w, screen)
    return w.current


def window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("language", ["en", "ur"])
def test_holding_a_top_bar_button_never_starts_the_staff_hold(qtbot, k: Kiosk,
                                                              language: str) -> None:
    # The issue: Home (English) or the language button (Urdu, mirrored) lay in the corner,
    # and a patient holding it down for three seconds opened the PIN pad.
    gesture = staff(k).gesture
    visit(qtbot, k, language, "home")
    bar = k.window.topbar
    leftmost = min((bar.home, bar.language, bar.text_size), key=lambda b: window_rect(b).x())
    assert leftmost is (bar.home if language == "en" else bar.language)
    for button in (bar.home, bar.language, bar.text_size):
        # The centre, and the button's own corner nearest the screen's top-left corner.
        for pos in (button.rect().center(), QPoint(1, 1)):
            assert not press(qtbot, gesture, button, pos), (button.text(), pos)
    assert not staff(k).pad.isVisible()
    assert k.window.current is k.window.home and k.session.language == language


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize("screen", ["attract", "home", "viewer"])
def test_no_patient_control_lies_in_the_staff_corner(qtbot, k: Kiosk, language: str,
                                                     screen: str) -> None:
    if screen != "attract":
        visit(qtbot, k, language, screen)
    corner = QRect(0, 0, corner_size(k.window), corner_size(k.window))
    for scale in range(3):  # every text size the patient can choose
        buttons = [b for b in k.window.findChildren(QAbstractButton) if b.isVisible()]
        assert buttons
        for button in buttons:
            assert not window_rect(button).intersects(corner), (button.text(), scale)
        # The corner's own top-left point is a staff spot on every screen.
        assert staff(k).gesture.may_start_at(k.window.mapToGlobal(QPoint(2, 2)))
        if screen == "attract":
            break
        tap(qtbot, k.window.topbar.text_size)


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize("screen", ["attract", "home", "viewer"])
def test_holding_the_blank_corner_opens_the_pad_and_cancel_resumes_the_visit(
        qtbot, k: Kiosk, language: str, screen: str) -> None:
    w = k.window
    s = staff(k)
    if screen != "attract":
        visit(qtbot, k, language, screen)
    index = w.viewer.index
    corner = QPoint(3, 3)
    target = w.childAt(corner)
    assert target is (w.attract if screen == "attract" else w.topbar)
    local = target.mapFrom(w, corner)
    with qtbot.waitSignal(s.gesture.triggered, timeout=5000):
        finger.down(target, local)
        assert s.gesture.is_holding()
    finger.up(target, local)
    assert s.pad.isVisible()
    assert not w.idle.active  # no "Still reading?" over the pad
    # The lifted finger pressed nothing beneath: the attract screen started no visit.
    assert w.current is getattr(w, screen)
    tap(qtbot, s.pad.cancel)
    assert not s.pad.isVisible()
    # A pad opened by mistake costs the patient nothing: same screen, same page, language.
    assert w.current is getattr(w, screen)
    if screen == "attract":
        assert w.attract.isVisible()
    else:
        assert k.session.language == language and w.idle.active
        assert w.viewer.index == index
        assert not w.attract.isVisible()  # the stack shows the patient's page alone


def test_a_moved_finger_or_a_touch_below_the_bar_starts_no_hold(qtbot, k: Kiosk) -> None:
    gesture = staff(k).gesture
    visit(qtbot, k, "en", "home")
    bar = k.window.topbar
    # Under the bar is the screen's content, never a staff spot, even right in the corner.
    below = QPoint(3, bar.height() + 3)
    assert not gesture.may_start_at(k.window.mapToGlobal(below))
    # A finger that slides away from the corner is a swipe, not a hold.
    finger.down(bar, QPoint(3, 3))
    assert gesture.is_holding()
    finger.moves(bar, QPoint(200, 3))
    assert not gesture.is_holding()
    finger.up(bar, QPoint(200, 3))


def test_the_right_pin_ends_the_visit_for_the_panel(qtbot, k: Kiosk) -> None:
    w = k.window
    s = staff(k)
    visit(qtbot, k, "ur", "viewer")
    s.open_pad()
    for digit in PIN:
        tap(qtbot, s.pad.pad.digits[digit])
    tap(qtbot, s.pad.pad.ok)
    qtbot.waitUntil(lambda: not s.pad.working, timeout=10000)  # scrypt, off the UI thread
    assert s.panel.isVisible()
    assert w.current is w.attract and w.viewer.topic is None  # nothing of the patient's left
    tap(qtbot, s.panel.close_button)
    assert w.current is w.attract and w.attract.isVisible()
