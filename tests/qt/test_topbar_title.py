"""The top bar names the pack when there is room, from the first patient on."""

from __future__ import annotations

import pytest

from kiosk._qt.app import Kiosk
from kiosk._qt.settle import run_posted_events
from tests.qt.conftest import tap, words_of


def test_the_first_patient_sees_the_pack_s_title_where_it_fits(qtbot, kiosk: Kiosk) -> None:
    # The bar was set up before it had its width, so the first visit found no room and
    # showed no title; the next patient's did.
    w = kiosk.window
    w.resize(1366, 768)
    titles = []
    for _ in range(2):
        tap(qtbot, w.attract.buttons["ur"])
        tap(qtbot, w.home.tiles[0])
        titles.append(words_of(w.topbar.title))
        w.reset()
    assert titles == [kiosk.session.pack.title.get("ur")] * 2


def test_a_long_title_takes_two_lines_rather_than_hide(qtbot, kiosk: Kiosk) -> None:
    # "Your immune system and autoimmune disease" is wider than the room the bar leaves,
    # so English patients saw no title at any size; a second line fits in the bar.
    w = kiosk.window
    title = kiosk.session.pack.title.get("en")
    for width, height in ((1920, 1080), (1366, 768)):
        w.resize(width, height)
        tap(qtbot, w.attract.buttons["en"])
        tap(qtbot, w.home.tiles[0])
        run_posted_events()  # the bar laid out at its new size, as the event loop would
        label = w.topbar.title
        lines = label.text().split("\n")
        assert len(lines) == 2 and " ".join(lines) == title
        # Every line whole inside the label, the label inside the bar.
        metrics = label.fontMetrics()
        assert max(metrics.horizontalAdvance(line) for line in lines) <= label.width()
        assert 2 * metrics.lineSpacing() <= label.height()
        assert w.topbar.rect().contains(label.geometry())
        w.reset()
    # A portrait screen has no room for it even on two lines: hidden, never clipped.
    w.resize(1080, 1920)
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    run_posted_events()
    assert w.topbar.title.text() == ""


def test_urdu_keeps_its_title_on_one_line_or_none(qtbot, kiosk: Kiosk) -> None:
    # Nastaliq climbs above its line and hangs below it: two lines at a label's plain
    # spacing would touch, so a title too wide for one line is hidden, never split.
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    tap(qtbot, w.home.tiles[0])
    run_posted_events()
    bar = w.topbar
    title = kiosk.session.pack.title.get("ur")
    assert words_of(bar.title) == title  # it fits at 1920×1080
    shown = bar.title.text()  # with room for the dots Nastaliq hangs (dot_room.py)
    one_line = bar.title.fontMetrics().horizontalAdvance(shown)
    # One pixel short of one line, with height for many: hidden.
    assert bar._lines_for(shown, one_line - 1, 10 * bar.height()) == ""


@pytest.mark.parametrize("language", ["en", "ur", "ps"])
def test_a_portrait_bar_names_the_language_button_first(qtbot, kiosk: Kiosk,
                                                        language: str) -> None:
    # Squeezed alike, every button of a portrait bar lost its words and kept a picture in
    # a button wider than a finger. The room goes to the language button's words first:
    # the one a reader of another language looks for.
    w = kiosk.window
    w.resize(1080, 1920)
    tap(qtbot, w.attract.buttons[language])
    run_posted_events()
    bar = w.topbar
    assert bar.language.words_shown() and bar.language.text()
    assert bar.language.width() >= bar.language.full_width()
    assert not bar.text_size.words_shown() and not bar.about.words_shown()
    for button in (bar.text_size, bar.about, bar.contrast):
        assert button.width() == button.height(), button.text()  # round: a picture alone
    # Landscape has room for every button's words.
    w.resize(1366, 768)
    run_posted_events()
    for button in (bar.language, bar.text_size, bar.about):
        assert button.words_shown(), button.text()
        assert button.width() >= button.full_width()
