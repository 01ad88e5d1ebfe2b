"""The chevron under scrolling words, and the finger that scrolls them (more_below.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk._qt.settle import run_posted_events
from kiosk._qt.widgets.more_below import MoreBelow, finger_scroll
from tests.qt import finger


@pytest.fixture
def words(qtbot):
    """A scrolling page in a window 300 px tall, and its chevron."""
    window = QWidget()
    qtbot.addWidget(window)
    page = QWidget()
    area = finger_scroll(page)
    more = MoreBelow(area, "more")
    column = QVBoxLayout(window)
    column.addWidget(area)
    column.addWidget(more.button)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    yield area, page, more
    window.close()  # held here until the test ends: qtbot holds its widgets weakly


def overflowing(page: QWidget, too_tall: bool) -> None:
    page.setMinimumHeight(1200 if too_tall else 100)
    run_posted_events(10)  # the layout, then the chevron's grab it posts


def drag_up(qtbot, area: QScrollArea) -> None:
    view, bar = area.viewport(), area.verticalScrollBar()
    start = QPoint(view.width() // 2, view.height() - 20)
    finger.down(view, start)
    with qtbot.waitSignal(bar.valueChanged):  # the scroller's next frame moves the words
        for step in range(1, 9):
            finger.moves(view, start - QPoint(0, 25 * step))
    finger.up(view, start - QPoint(0, 200))


def test_words_that_overflow_time_and_again_keep_one_scroll_gesture(qtbot, words) -> None:
    # Each grab through QScroller registered a new gesture recognizer (Qt never reuses
    # its number; PySide made a new enum class for each): the soak's slow creep.
    area, page, more = words
    overflowing(page, True)
    assert more.button.isVisible()
    first = QScroller.grabbedGesture(area.viewport())
    for too_tall in (False, True, False, True):
        overflowing(page, too_tall)
        assert more.button.isVisible() == too_tall
    assert QScroller.grabbedGesture(area.viewport()) == first
    drag_up(qtbot, area)
    assert area.verticalScrollBar().value() > 0, "a finger still scrolls the words"
