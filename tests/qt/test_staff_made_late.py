"""The staff screens are made when staff first hold the corner, not at start (issue #14's
memory), and a panel made late still says everything that happened before it.

Nothing here waits on the clock: the pad and the panel are looked for after the events
that make them (the hold's signal, the PIN's answer), and what the kiosk heard before the
panel was made is delivered (``sendPostedEvents``) before it is opened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt

from kiosk._qt.app import Kiosk
from kiosk._qt.staff import screens
from kiosk._qt.staff.panel import StaffPanel
from kiosk._qt.staff.pinpad import PinPad
from kiosk.core.settings import Settings
from kiosk.core.store import PackStore
from tests.core.kpack_helpers import build as build_kpack
from tests.core.kpack_helpers import make_pack
from tests.qt import finger
from tests.qt.conftest import tap
from tests.qt.test_staff import PIN, pad_answered, staff, start, unlock  # noqa: F401 (fixtures)


def made(k: Kiosk) -> tuple[list[PinPad], list[StaffPanel]]:
    return k.window.findChildren(PinPad), k.window.findChildren(StaffPanel)


def heading(k: Kiosk) -> str | None:
    """The panel's heading once it is worded (None before: no panel, or no words yet)."""
    panel = k.window.findChild(StaffPanel)
    return (panel.heading.text() or None) if panel is not None else None


def test_no_staff_screen_is_made_before_the_corner_hold_and_the_panel_is_ready_after_it(
        qtbot, start) -> None:  # noqa: F811
    k = start()
    s = staff(k)
    assert made(k) == ([], [])  # patients' day: no pad, no panel, no tabs held
    tap(qtbot, k.window.attract.buttons["ur"])  # a patient reads, then walks away
    k.window.reset()
    assert made(k) == ([], [])
    corner = QPoint(5, 5)
    target = k.window.childAt(corner) or k.window
    # A child's tap on the blank corner (the hold begins and ends at once) makes nothing.
    finger.down(target, target.mapFrom(k.window, corner))
    assert s.gesture.is_holding()
    finger.up(target, target.mapFrom(k.window, corner))
    assert not s.gesture.is_holding() and not s.screens.making()  # nothing left to fire
    assert made(k) == ([], [])
    # That tap woke the welcome screen: the corner is now the top bar's blank end.
    target = k.window.childAt(corner) or k.window
    # Held still: the screens start being made a third of the way into the hold, and the
    # pad opens at its end.
    with qtbot.waitSignals([s.gesture.meant, s.gesture.triggered], order="strict"):
        finger.down(target, target.mapFrom(k.window, corner))
    finger.up(target, target.mapFrom(k.window, corner))
    [pad], _ = made(k)
    assert pad.isVisible()
    # What the hold had no time for is made while the PIN is typed, never shown over the pad.
    for digit in PIN:
        tap(qtbot, pad.pad.digits[digit])
    qtbot.waitUntil(lambda: len(made(k)[1]) == 1, timeout=30000)
    [panel] = made(k)[1]
    assert not panel.isVisible() and pad.isVisible()
    tap(qtbot, pad.pad.ok)
    pad_answered(qtbot, pad)
    assert panel.isVisible() and not pad.isVisible()
    assert made(k) == ([pad], [panel])  # the same screens, made once
    # Worded and sized for the window as it is when it opens, not as it was at start.
    assert panel.geometry() == k.window.rect()
    assert panel.heading.text() == "Staff panel"
    tap(qtbot, panel.language)
    assert panel.heading.text() != "Staff panel" and panel.layoutDirection() == \
        Qt.LayoutDirection.RightToLeft
    tap(qtbot, panel.language)
    tap(qtbot, panel.close_button)
    k.window.resize(1080, 1920)  # turned to portrait after the panel was made
    QCoreApplication.processEvents()  # laid out again before a finger comes
    unlock(qtbot, k)
    assert made(k) == ([pad], [panel]) and panel.geometry() == k.window.rect()


def test_a_finger_held_on_the_corner_makes_the_screens_without_showing_them(
        qtbot, start) -> None:  # noqa: F811
    k = start()
    s = staff(k)
    s.gesture.meant.emit()  # what the hold says a third of the way in
    assert s.screens.making()
    qtbot.waitUntil(lambda: s.screens.panel is not None, timeout=30000)  # a step each turn
    [pad], [panel] = made(k)
    assert not s.screens.making()
    assert not pad.isVisible() and not panel.isVisible()  # ready, not shown
    assert k.window.current is k.window.attract and k.window.attract.isVisible()
    s.gesture.meant.emit()  # held again: nothing more to make
    assert not s.screens.making() and made(k) == ([pad], [panel])


def test_the_panel_made_at_once_when_the_pin_comes_before_its_steps(qtbot, start) -> None:  # noqa: F811
    # A PIN answered before the event loop made the panel: it is made whole, then opened.
    k = start()
    s = staff(k)
    s.open_pad()
    s.pad.close_pad()  # what a right PIN does, before any step of the panel's was made
    s.pad.unlocked.emit()
    [panel] = made(k)[1]
    assert panel.isVisible() and panel.geometry() == k.window.rect()
    assert panel.pages.currentWidget() is panel.packs
    assert not s.screens.making()  # no step left for later
    tap(qtbot, panel.close_button)
    assert len(made(k)[1]) == 1


def test_the_window_turned_while_the_panel_was_made_lays_its_tabs_out_anew(
        qtbot, start) -> None:  # noqa: F811
    k = start()
    s = staff(k)
    # Made up to the panel's heading, in landscape; its tabs are worded in later steps.
    s.screens.wanted(lambda: heading(k))
    assert s.screens.panel is None
    k.window.resize(1080, 1920)  # the screen is turned to portrait
    qtbot.waitUntil(lambda: k.window.size() == QSize(1080, 1920))
    QCoreApplication.processEvents()  # the window's relayout: what is made is fitted
    unlock(qtbot, k)
    panel = s.panel
    assert panel.geometry() == k.window.rect()
    tabs = list(panel.tabs.values())
    assert len({tab.y() for tab in tabs}) >= 2  # six tabs do not fit one portrait row
    assert all(tab.mapTo(panel, QPoint(0, 0)).x() >= 0 and
               tab.mapTo(panel, QPoint(tab.width(), 0)).x() <= panel.width() for tab in tabs)


@pytest.mark.allow_logged_errors
def test_a_step_that_fails_is_said_once_and_staff_can_try_again(
        qtbot, start, monkeypatch) -> None:  # noqa: F811
    # A damaged install missing one of the panel's files: said once, not at every pass
    # of the event loop, and the screens made are kept when staff try again.
    k = start()
    s = staff(k)
    monkeypatch.setattr(screens, "PANEL_MODULES",
                        (*screens.PANEL_MODULES, "kiosk._qt.staff.no_such_tab"))
    with qtbot.capture_exceptions() as failed:
        s.gesture.meant.emit()
        qtbot.waitUntil(lambda: not s.screens.making(), timeout=30000)
    assert [type(e[1]) for e in failed] == [ModuleNotFoundError]
    [pad], panels = made(k)
    assert panels == [] and s.screens.panel is None
    monkeypatch.undo()  # the file is back (the kiosk reinstalled)
    unlock(qtbot, k)
    assert s.panel.isVisible() and made(k) == ([pad], [s.panel])  # the same pad


@pytest.mark.allow_logged_errors
def test_a_panel_that_fails_half_worded_is_not_left_behind(qtbot, start,  # noqa: F811
                                                            monkeypatch) -> None:
    from kiosk._qt.staff.usage_tab import UsagePage

    k = start()
    s = staff(k)
    worded = UsagePage.retranslate

    def fails(page: UsagePage, *args: object) -> None:
        raise OSError("a bad sector under a font file")

    monkeypatch.setattr(UsagePage, "retranslate", fails)
    with qtbot.capture_exceptions() as failed:
        s.gesture.meant.emit()
        qtbot.waitUntil(lambda: not s.screens.making(), timeout=30000)
    assert [type(e[1]) for e in failed] == [OSError] and s.screens.panel is None
    monkeypatch.setattr(UsagePage, "retranslate", worded)
    unlock(qtbot, k)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert made(k)[1] == [s.panel] and s.panel.isVisible()  # one panel, whole


@pytest.mark.allow_logged_errors
def test_a_problem_said_before_the_panel_was_made_is_on_its_history_tab(
        qtbot, start, tmp_path: Path) -> None:  # noqa: F811
    k = start(allow_unsigned_usb=True)
    s = staff(k)
    tap(qtbot, k.window.attract.buttons["en"])  # a visit: the kiosk does not look meanwhile
    outside = PackStore(k.data, Settings.load(k.data.settings_file))
    installed = outside.install(build_kpack(make_pack(tmp_path / "v2", 2), tmp_path / "v2.kpack"))
    (installed.folder / "pack.toml").write_text("this is not TOML [")  # a failing disk, say
    heard: list[object] = []
    s.bridge.problem.connect(heard.append)
    k.service.notice()  # what the kiosk does between patients
    assert len(heard) == 1 and made(k)[1] == []  # said when nobody could see it
    shown = k.session.pack if k.session else None
    unlock(qtbot, k)
    tap(qtbot, s.panel.tabs[s.panel.history])
    trouble = s.panel.history.trouble
    assert trouble.isVisible() and "cannot be shown" in trouble.text()
    assert "pack.toml" in trouble.text()
    assert k.session is not None and k.session.pack is shown  # and patients lost nothing


def test_steps_let_go_after_their_half_made_panel_went_with_the_window(
        qtbot, start) -> None:  # noqa: F811
    """A kiosk taken down while the panel was being worded deletes the panel with its
    window; the steps, closed as they are let go, must not reach for it again."""
    k = start()
    s = staff(k)
    steps = s.screens._make()  # driven by hand: where they stop is the point
    while not made(k)[1]:
        next(steps)
    [panel] = made(k)[1]
    panel.deleteLater()  # as the window takes its children
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    steps.close()  # raised RuntimeError ("already deleted") before
    assert s.screens.panel is None
