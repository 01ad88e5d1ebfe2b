"""Where a page's picture goes when its words run on past the smallest one: as large as
leaves them as few screens, then as much larger as its labels need to clear each other;
and the game's cells, which take room from words that would fit
(tests/qt/test_layout.py and test_sorting_game.py tour the bundled pages for it; these
hold the rule itself, with stand-ins for the measures)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRect, QSize

from kiosk._qt import theme
from kiosk._qt.screens import page_layout

METRICS = theme.Metrics.for_size(QSize(1920, 1080), "ur")
NARROWEST = METRICS.px(page_layout.PICTURE_MIN_WIDTH)
SIZES = pytest.mark.parametrize(("width", "height"), [(1880, 850), (1040, 1500)],
                                ids=["landscape", "portrait"])


def _title(width: int) -> int:
    return 160


def _long(width: int) -> float:
    """Words about three screens long beside the smallest picture: the same area of text
    at any width."""
    return 2_930_000 / width


def _screens(words):
    def screens(width: int, room: int) -> int:
        return math.ceil(words(width) / room)
    return screens


def _arranged(width: int, height: int, words, crowd=None, tightest: bool = False,
              screens=None) -> page_layout.Arrangement:
    return page_layout.arrange(width, height, METRICS, rtl=True, quiz=False, game=False,
                               header_height=_title, words_height=words,
                               tightest=tightest, labels_crowd=crowd,
                               screens=screens or _screens(words))


def _screens_of(arrangement: page_layout.Arrangement, words) -> int:
    return _screens(words)(arrangement.words.width(), arrangement.words.height())


def _picture_length(arrangement: page_layout.Arrangement, width: int, height: int) -> int:
    """What the layout chooses: the column's width in landscape, the band's height in
    portrait."""
    picture = arrangement.picture
    return picture.width() if width > height else picture.height()


@SIZES
def test_words_that_run_on_leave_the_picture_what_their_last_screen_does_not_need(
        width: int, height: int) -> None:
    smallest = _arranged(width, height, _long, tightest=True)
    shown = _arranged(width, height, _long)
    assert not smallest.fits and not shown.fits
    length = _picture_length(shown, width, height)
    assert length > _picture_length(smallest, width, height)
    assert _screens_of(shown, _long) == _screens_of(smallest, _long)
    # A little larger would have cost the words a screen.
    step = METRICS.px(8) + 1
    words = shown.words
    larger = _screens(_long)(words.width() - step, words.height()) if width > height \
        else _screens(_long)(words.width(), words.height() - step)
    assert larger > _screens_of(shown, _long)
    # What the words must lose to fit is still said beside the smallest picture, as
    # validate says it.
    assert shown.overflow == pytest.approx(smallest.overflow)


@SIZES
def test_labels_that_crowd_it_there_take_more_room_at_the_price_of_a_screen(
        width: int, height: int) -> None:
    free = _picture_length(_arranged(width, height, _long), width, height)
    asked: list[QSize] = []

    def crowd(size: QSize) -> bool:
        asked.append(size)
        return (size.width() if width > height else size.height()) < free + 100

    roomy = _arranged(width, height, _long, crowd)
    assert asked and not crowd(roomy.picture.size())
    assert free + 100 <= _picture_length(roomy, width, height) <= free + 400
    assert not roomy.fits


def test_labels_that_crowd_every_size_keep_the_free_room() -> None:
    roomy = _arranged(1880, 850, _long, lambda size: True)
    assert roomy.picture == _arranged(1880, 850, _long).picture


def test_words_that_fit_are_not_traded_for_labels() -> None:
    """The words come first: where they fit beside a picture, its labels do not widen it
    (a page whose words fitted would run on)."""
    def words(width: int) -> float:
        return 700.0 if width >= 1300 else 10_000.0

    def crowd(size: QSize) -> bool:
        raise AssertionError("asked about labels though the words fit")

    fitted = _arranged(1880, 850, words, crowd)
    assert fitted.fits
    assert fitted.words.width() >= 1300


def test_validate_measures_at_the_smallest_picture_without_asking_more() -> None:
    def crowd(size: QSize) -> bool:
        raise AssertionError("asked about labels for the tightest arrangement")

    def screens(width: int, room: int) -> int:
        raise AssertionError("asked about screens for the tightest arrangement")

    for width, height in ((1880, 850), (1040, 1500)):
        tight = _arranged(width, height, _long, crowd, tightest=True, screens=screens)
        assert not tight.fits
        assert _picture_length(tight, width, height) in (NARROWEST, METRICS.px(270))


@SIZES
def test_words_just_over_that_still_show_on_one_screen_keep_it(width: int,
                                                               height: int) -> None:
    """The words' height counts the room under their last line, which a screen need not
    show: a page a few pixels over shows on one screen, and a picture grown for its
    labels cut it in two (Pashto at 3840×2160, the largest text). The picture grows
    while they keep their one screen, and no further for its labels."""
    smallest = _arranged(width, height, _long, tightest=True)
    landscape = width > height

    def screens(words_width: int, room: int) -> int:  # one screen for 40 px more picture
        if landscape:
            return 1 if words_width >= smallest.words.width() - 40 else 2
        return 1 if room >= smallest.words.height() - 40 else 2

    def crowd(size: QSize) -> bool:
        raise AssertionError("asked about labels though the words show on one screen")

    shown = _arranged(width, height, _long, crowd, screens=screens)
    grown = _picture_length(shown, width, height) - _picture_length(smallest, width, height)
    assert 40 - METRICS.px(8) <= grown <= 40
    assert not shown.fits


def test_another_version_of_the_pack_places_its_pages_afresh(qtbot, kiosk) -> None:
    """The viewer keeps each page's arrangement by its key and words; a new version of
    the pack (or an edit in the staff preview) that changes only what else a page shows
    (here a treatment's label over its picture) got the old arrangement back."""
    import dataclasses

    from kiosk._qt.settle import run_posted_events
    from kiosk.core.model import Status
    from tests.qt.conftest import tap

    key = "multiple-sclerosis/what-happens"

    def approved(pack):
        topics = tuple(dataclasses.replace(topic, pages=tuple(
            dataclasses.replace(page, status=Status.APPROVED) if page.key == key else page
            for page in topic.pages)) for topic in pack.topics)
        return dataclasses.replace(pack, topics=topics)

    def shown() -> page_layout.Arrangement:
        topic = next(t for t in kiosk.session.pack.topics if t.id == key.split("/")[0])
        w.open_topic(topic.id)
        w.viewer.open(topic, [page.key for page in topic.pages].index(key))
        run_posted_events()
        assert w.viewer.arrangement is not None
        return w.viewer.arrangement

    w = kiosk.window
    w.resize(1920, 1080)
    tap(qtbot, w.attract.buttons["ur"])
    w.viewer.animated = False
    before = shown()
    kiosk.session.set_pack(approved(kiosk.session.pack))
    after = shown()
    assert after.header.height() > before.header.height()  # room for the label
    w.viewer._arranged.clear()
    assert shown() == after


def test_the_games_cells_take_room_from_words_that_would_fit_beside_them() -> None:
    """The game is played on its cells: where its words fit only beside cells too short
    to look at, the column widens at the price of a screen of words, as little as gives
    the cells their room, or failing that as little as fits the game's parts."""
    width, height = 1880, 850

    def words(w: float) -> float:  # one screen 1,080 px wide, beside the narrowest game
        return height * 1080 / w

    def game(small_from: int, roomy_from: int) -> page_layout.Arrangement:
        def room(size: QSize) -> int:
            return (page_layout.ROOMY if size.width() >= roomy_from else
                    page_layout.SMALL if size.width() >= small_from else
                    page_layout.OVERFULL)
        return page_layout.arrange(width, height, METRICS, rtl=True, quiz=False, game=True,
                                   header_height=_title, words_height=words,
                                   screens=_screens(words), game_room=room)

    roomy = game(0, 0)  # the widest column that leaves the words one screen
    column, widest = roomy.picture.width(), round(width * 0.6)
    assert _screens_of(roomy, words) == 1 and column < widest
    # The sizes tried: six steps from there to the widest; the least that does is taken.
    steps = [column + round((widest - column) * step / 6) for step in range(1, 7)]

    def least(at: int) -> int:
        return min(step for step in steps if step >= at)

    cramped = game(0, column + 200)
    assert cramped.picture.width() == least(column + 200)
    assert _screens_of(cramped, words) == 2
    assert game(0, widest).picture.width() == widest  # only the widest gives the room
    overfull = game(column + 100, 10_000)  # never roomy: as little as fits its parts
    assert overfull.picture.width() == least(column + 100)
    assert game(0, 10_000).picture == roomy.picture  # small but whole: words first
    hopeless = game(10_000, 10_000)
    assert hopeless.picture == roomy.picture


def test_a_quiz_s_title_gives_way_only_where_that_fits_every_question() -> None:
    """A quiz gets the page below its title. Where a question would need scrolling there
    and every question fits the whole page, the title gives way; where even the whole
    page is too little, or validate measures, the title stays."""
    width, height = 1880, 850
    asked: list[QSize] = []

    def quiz(need: int, tightest: bool = False) -> page_layout.Arrangement:
        def tallest(size: QSize) -> int:
            asked.append(size)
            return need
        return page_layout.arrange(width, height, METRICS, rtl=True, quiz=True, game=False,
                                   header_height=_title, words_height=lambda _w: 0,
                                   tightest=tightest, quiz_need=tallest)

    below = height - _title(width) - METRICS.gap
    fits = quiz(below)
    assert fits.header.height() == _title(width) and fits.words.height() == below
    assert asked == [QSize(width, below)]  # it fits: nothing more to ask
    for need in (below + 1, height):
        gives_way = quiz(need)
        assert gives_way.header.isEmpty() and gives_way.words == QRect(0, 0, width, height)
    assert quiz(height + 1).header.height() == _title(width)  # scrolls either way
    asked.clear()
    assert quiz(height, tightest=True).header.height() == _title(width) and not asked


def test_at_a_larger_text_size_labels_that_crowd_take_room_from_words_that_fit() -> None:
    """At the default size the words come first, on one screen. At the larger sizes the
    patient reads the picture as much as the words: labels that would pile up on the
    smallest picture take the least more room that clears them, at the price of a
    screen (at 1280×800, the largest Urdu text left a nerve drawing's three labels over
    each other beside words that fitted by a hair)."""
    width, height, gap = 1880, 850, METRICS.gap
    larger = METRICS._replace(text_scale=1.45)
    clear_from = NARROWEST + 150

    def crowd(size: QSize) -> bool:
        return size.width() < clear_from

    def words(w: float) -> float:  # they fit beside the smallest picture, and no wider
        return 0.99 * height * (width - NARROWEST - gap) / w

    def arranged(metrics: theme.Metrics, crowd=None) -> page_layout.Arrangement:
        return page_layout.arrange(width, height, metrics, rtl=True, quiz=False,
                                   game=False, header_height=_title, words_height=words,
                                   labels_crowd=crowd, screens=_screens(words))

    smallest = arranged(larger)
    assert smallest.fits and smallest.picture.width() < clear_from  # the control
    assert arranged(METRICS, crowd).picture == arranged(METRICS).picture  # words first
    cleared = arranged(larger, crowd)
    assert cleared.picture.width() >= clear_from and _screens_of(cleared, words) == 2
    # Then as large as leaves the words those two screens, as for words that run on.
    high = round((height - _title(0) - gap) * page_layout.PICTURE_ASPECT)
    wider = cleared.picture.width() + METRICS.px(8)
    assert cleared.picture.width() == high or \
        _screens(words)(width - wider - gap, height) > 2

    def long_words(w: float) -> float:  # two screens more beside any wider picture
        return words(w) if w >= width - NARROWEST - gap else 3 * height

    kept = page_layout.arrange(width, height, larger, rtl=True, quiz=False, game=False,
                               header_height=_title, words_height=long_words,
                               labels_crowd=crowd, screens=_screens(long_words))
    assert kept.picture.width() < clear_from  # not at the price of two screens
