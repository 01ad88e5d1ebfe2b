"""The welcome screen's moving cells: only what moved is drawn again (issue #14, Idle)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QImage

from kiosk._qt.app import Kiosk
from kiosk._qt.settle import run_posted_events
from tests.qt.conftest import tap


def _on_screen(kiosk: Kiosk) -> QImage:
    window = kiosk.window
    return window.screen().grabWindow(window.winId()).toImage().convertToFormat(
        QImage.Format.Format_RGB32)


def test_frames_drawn_piece_by_piece_look_like_the_screen_drawn_whole(qtbot,
                                                                      kiosk: Kiosk) -> None:
    # Each frame repaints only where cells moved a whole pixel, and the words are drawn
    # by the screen behind them. A piece missed (a trail left behind, words cut where a
    # cell passed under them, as a first attempt did) shows as a difference from the same
    # moment drawn whole.
    attract = kiosk.window.attract
    assert kiosk.window.current is attract and attract.clock.running
    # Shown again after a visit, as most of its day: what was on screen was drawn at
    # another moment, and the first frame after must not erase only where cells were.
    tap(qtbot, attract.buttons["en"])
    kiosk.window.reset()
    assert kiosk.window.current is attract
    frames: list[int] = []
    attract.clock._timer.timeout.connect(lambda: frames.append(1))
    qtbot.waitUntil(lambda: len(frames) >= 12, timeout=30_000)
    attract.clock._timer.stop()  # hold this moment
    run_posted_events()
    pieces = _on_screen(kiosk)
    attract.update()  # the same moment, drawn whole
    run_posted_events()
    whole = _on_screen(kiosk)
    assert pieces.size() == whole.size() and not pieces.isNull()
    assert pieces == whole


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_frame_in_which_no_cell_moved_a_pixel_draws_nothing(
        kiosk: Kiosk, monkeypatch) -> None:
    attract = kiosk.window.attract
    attract.clock._timer.stop()
    monkeypatch.setattr(attract.clock, "seconds", lambda: 100.0)
    attract._next_frame()
    run_posted_events()
    paints = Paints()
    attract.installEventFilter(paints)
    attract._next_frame()  # the same moment again: nothing moved
    run_posted_events()
    assert paints.count == 0
    monkeypatch.setattr(attract.clock, "seconds", lambda: 130.0)  # half a minute on
    attract._next_frame()
    run_posted_events()
    assert paints.count == 1
    attract.removeEventFilter(paints)


def _ink_rows(image: QImage) -> tuple[int, int]:
    """The first and last rows with white ink (the words) inside a button's picture, its
    rounded border's corners left out."""
    inked = [y for y in range(image.height())
             if any(QColor(image.pixel(x, y)).lightness() > 200
                    for x in range(image.width() // 4, image.width() * 3 // 4))]
    return inked[0], inked[-1]


def test_each_language_s_name_sits_in_the_middle_of_its_button(qtbot, kiosk: Kiosk) -> None:
    """The style centres a line's box, and a Nastaliq box is mostly room above its
    letters: "اردو" sat 12 px below the middle of its button at 1920×1080, lower than
    "English" and "پښتو" beside it, on the button most patients look for."""
    for code, button in kiosk.window.attract.buttons.items():
        image = button.grab().toImage()
        top, bottom = _ink_rows(image)
        middle = (image.height() - 1) / 2
        assert abs((top + bottom) / 2 - middle) <= 3, (code, top, bottom, image.height())
