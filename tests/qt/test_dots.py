"""Page dots: a short topic's keep their size; a long topic's fit the row, and the page on
show is always marked, at the end of the row where reading starts."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kiosk._qt import theme
from kiosk._qt.widgets.dots import PageDots

HEIGHT = 40


def _marked_columns(dots: PageDots) -> list[int]:
    """The columns where the row shows the marker's teal."""
    image = dots.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    teal = theme.TEAL.rgb()
    return [x for x in range(image.width())
            if any(image.pixel(x, y) == teal for y in range(image.height()))]


def _row(qtbot, count: int, width: int, rtl: bool, current: int = 3) -> PageDots:
    dots = PageDots()
    qtbot.addWidget(dots)
    dots.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    dots.set_position(current, count)
    dots.resize(width, HEIGHT)
    return dots


def test_a_row_given_what_its_dots_ask_for_draws_them_whole(qtbot) -> None:
    """The size a row asks for is rounded to a pixel; given exactly that, the dots are
    drawn at full size (and a page turn repaints only where they are)."""
    from PySide6.QtCore import QSize

    for size in ((1366, 768), (1920, 1080), (1080, 1920), (3840, 2160)):
        dots = _row(qtbot, 8, 1000, False)
        dots.retranslate(theme.Metrics.for_size(QSize(*size), "en"))
        dots.resize(dots.sizeHint())
        assert dots._scale() == 1.0, size
        assert dots._band().width() < dots.width() + 4 * dots._radius, size


def test_a_short_topic_s_dots_never_shrink(qtbot) -> None:
    dots = _row(qtbot, 8, 1000, False)
    assert dots.minimumSizeHint() == dots.sizeHint()
    marked = _marked_columns(dots)
    # Full size: the fourth of eight dots 32 px apart, centred in the row.
    centre = (1000 - 8 * 32) / 2 + 3.5 * 32
    assert marked and abs((marked[0] + marked[-1]) / 2 - centre) <= 1, marked


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("count", [40, 80, 400])  # smaller dots, then a bar
def test_a_long_topic_s_dots_fit_their_row_and_mark_the_page_on_show(
        qtbot, count: int, rtl: bool) -> None:
    # Drawn at full size, forty dots ran 140 px past each end of a 1,000 px row, and the
    # fourth page's marker with them.
    width = 1000
    dots = _row(qtbot, count, width, rtl)
    assert dots.minimumSizeHint().width() < dots.sizeHint().width()
    marked = _marked_columns(dots)
    assert marked and marked[0] > 0 and marked[-1] < width - 1, marked
    # The fourth page is near where reading starts: the left in English, the right in
    # Urdu (a bar is teal from there to the marker).
    assert (marked[0] > width * 0.8) if rtl else (marked[-1] < width * 0.2), marked
    # The last page is marked at the other end.
    dots.set_position(count - 1, count)
    last = _marked_columns(dots)
    assert last and ((last[0] < width * 0.2) if rtl else (last[-1] > width * 0.8)), last


def test_a_long_topic_s_bar_shows_how_far_the_patient_has_read(qtbot) -> None:
    early, late = (_marked_columns(_row(qtbot, 400, 1000, False, current=page))
                   for page in (40, 300))
    # Filled from the start to the marker: a quarter-way page fills less than three quarters.
    assert early[0] == late[0] and early[-1] < late[-1], (early[-1], late[-1])


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("screens", [2, 3, 5])
def test_a_page_s_screens_sit_inside_its_pill(qtbot, rtl: bool, screens: int) -> None:
    """A page that goes on over more screens shows a pill with a small dot a screen. The
    end dots sat at the pill's very ends and ran into its outline (seen by two reviews
    of every screen at the largest text)."""
    dots = _row(qtbot, 8, 1000, rtl)
    dots.set_position(3, 8, 1, screens)
    widths = dots._widths()
    pill, r = widths[3], dots._radius
    caps = (2 + r * 1.25, pill - 2 - r * 1.25)  # the centres of its round ends
    centres = dots._screen_dots(0, pill, 0, r)
    assert len(centres) == screens
    assert sorted(c.x() for c in centres) == [c.x() for c in centres][::-1 if rtl else 1]
    for centre in centres:
        off_axis = max(0.0, caps[0] - centre.x(), centre.x() - caps[1])
        assert off_axis + r * 0.55 <= r * 1.25 - 1  # inside, clear of the outline
    xs = sorted(c.x() for c in centres)
    assert all(b - a >= r * 1.1 + 2 for a, b in pairwise(xs))  # and apart
