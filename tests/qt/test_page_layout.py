"""Where a page's picture goes when its words run on past the smallest one: at the
smallest size that leaves its labels clear of each other (tests/qt/test_layout.py
tours the bundled pages for it; these hold the rule itself)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from kiosk._qt import theme
from kiosk._qt.screens import page_layout

METRICS = theme.Metrics.for_size(QSize(1920, 1080), "ur")
NARROWEST = METRICS.px(page_layout.PICTURE_MIN_WIDTH)


def _title(width: int) -> int:
    return 160


def _never_fit(width: int) -> float:
    return 10_000.0


def _arranged(width: int, height: int, words, crowd, tightest: bool = False,
              one_screen: bool = False) -> page_layout.Arrangement:
    def runs_on(words_width: int, room: int) -> bool:
        return not one_screen and words(words_width) > room

    return page_layout.arrange(width, height, METRICS, rtl=True, quiz=False, game=False,
                               header_height=_title, words_height=words,
                               tightest=tightest, labels_crowd=crowd, runs_on=runs_on)


@pytest.mark.parametrize(("width", "height"), [(1880, 850), (1040, 1500)],
                         ids=["landscape", "portrait"])
def test_words_that_run_on_leave_the_picture_room_for_its_labels(width: int,
                                                                 height: int) -> None:
    asked: list[QSize] = []

    def crowd(size: QSize) -> bool:
        asked.append(size)
        return size.width() < 500 if width > height else size.height() < 420

    plain = _arranged(width, height, _never_fit, None)
    roomy = _arranged(width, height, _never_fit, crowd)
    assert asked, "the labels were never asked about"
    assert not crowd(roomy.picture.size())
    grown = roomy.picture.size() - plain.picture.size()
    # Only as much more room as clears them: the first of the few sizes tried that does.
    assert 0 < max(grown.width(), grown.height()) <= 260
    assert roomy.words.height() >= 1 and not roomy.fits
    # What the words must lose to fit is still said beside the smallest picture, as
    # validate says it.
    assert roomy.overflow == pytest.approx(plain.overflow)


def test_labels_that_crowd_every_size_keep_the_smallest_picture() -> None:
    roomy = _arranged(1880, 850, _never_fit, lambda size: True)
    assert roomy.picture == _arranged(1880, 850, _never_fit, None).picture
    assert roomy.picture.width() == NARROWEST


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


def test_validate_measures_at_the_smallest_picture_without_asking_the_labels() -> None:
    def crowd(size: QSize) -> bool:
        raise AssertionError("asked about labels for the tightest arrangement")

    for width, height in ((1880, 850), (1040, 1500)):
        assert not _arranged(width, height, _never_fit, crowd, tightest=True).fits


@pytest.mark.parametrize(("width", "height"), [(1880, 850), (1040, 1500)],
                         ids=["landscape", "portrait"])
def test_words_just_over_that_still_show_on_one_screen_keep_their_room(width: int,
                                                                         height: int) -> None:
    """The words' height counts the room under their last line, which a screen need not
    show: a page a few pixels over shows on one screen, and a picture grown for its
    labels cut it in two (Pashto at 3840×2160, the largest text)."""
    def crowd(size: QSize) -> bool:
        raise AssertionError("asked about labels though the words show on one screen")

    plain = _arranged(width, height, _never_fit, None)
    assert _arranged(width, height, _never_fit, crowd, one_screen=True) == plain


def test_another_version_of_the_pack_places_its_pages_afresh(qtbot, kiosk) -> None:
    """The viewer keeps each page's arrangement by its key and words; a new version of
    the pack (or an edit in the staff preview) that changes only a page's labels got
    the old picture back."""
    import dataclasses

    from kiosk._qt.settle import run_posted_events
    from tests.qt.conftest import tap

    key = "multiple-sclerosis/what-happens"

    def without_labels(pack):
        topics = tuple(dataclasses.replace(topic, pages=tuple(
            dataclasses.replace(page, labels=()) if page.key == key else page
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
    tap(qtbot, w.topbar.text_size)
    tap(qtbot, w.topbar.text_size)
    run_posted_events()
    grown = shown()
    smallest = w.viewer.measure(w.viewer.page)
    assert grown.picture.width() > smallest.picture.width()  # grown for its labels
    kiosk.session.set_pack(without_labels(kiosk.session.pack))
    assert shown().picture.size() == smallest.picture.size()
