"""A patient walks up, picks a language, reads, switches language, and walks away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractAnimation, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from kiosk._qt.app import Kiosk
from tests.qt import finger
from tests.qt.conftest import swipe, switch_language, tap, touchscreen, words_of


def visible_text(k: Kiosk) -> str:
    return k.window.viewer.text.toPlainText()


def test_attract_invites_in_both_languages(kiosk: Kiosk) -> None:
    attract = kiosk.window.attract
    assert kiosk.window.current is attract
    assert not kiosk.window.topbar.isVisible()
    assert attract.invites[0].text() == "Touch the screen to start"
    assert attract.invites[1].text() == "شروع کرنے کے لیے اسکرین کو چھوئیں"
    assert attract.buttons["en"].text() == "English" and attract.buttons["ur"].text() == "اردو"


def test_choose_urdu_and_read_a_topic(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    assert w.current is w.home
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.topbar.home.text() == "مرکزی صفحہ"
    assert w.topbar.language.text() == "زبان"  # the pack has three: a card offers them
    topic = kiosk.session.pack.topics[0]
    tap(qtbot, w.home.tiles[0])
    assert w.current is w.viewer
    assert words_of(w.viewer.title) == topic.pages[0].title.get("ur")
    assert topic.pages[0].body.get("ur").split()[0].strip("*") in visible_text(kiosk)
    assert w.viewer.next.text() == "آگے"
    assert not w.viewer.back.isEnabled()


def test_next_back_and_dots(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    pages = kiosk.session.pack.topics[0].pages
    tap(qtbot, w.viewer.next)
    assert words_of(w.viewer.title) == pages[1].title.get("en")
    assert (w.viewer.dots.current, w.viewer.dots.count) == (1, len(pages))
    tap(qtbot, w.viewer.back)
    assert words_of(w.viewer.title) == pages[0].title.get("en")


def test_last_page_leads_back_to_topics(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    for _ in range(len(kiosk.session.pack.topics[0].pages) - 1):
        tap(qtbot, w.viewer.next)
    assert w.viewer.next.text() == "All topics"
    tap(qtbot, w.viewer.next)
    assert w.current is w.home


def test_swipe_turns_pages_and_is_mirrored_in_urdu(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    pages = kiosk.session.pack.topics[0].pages
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    # English reads left to right: pulling the page to the left shows the next one.
    swipe(w.viewer.illustration, -400)
    assert w.viewer.index == 1, "a leftward swipe should turn to the next page in English"
    swipe(w.viewer.illustration, +400)
    assert w.viewer.index == 0
    switch_language(qtbot, w)
    # Urdu reads right to left: the same leftward swipe now goes back, rightward goes on.
    swipe(w.viewer.illustration, +400)
    assert w.viewer.index == 1
    assert words_of(w.viewer.title) == pages[1].title.get("ur")
    swipe(w.viewer.illustration, -400)
    assert w.viewer.index == 0


_slide_finger = 1000  # touch ids of their own, apart from conftest's swipe()


def swipe_during_the_slide(viewer, start: QPoint, dx: int, steps: int = 6) -> None:
    """A one-finger swipe from ``start`` (global) while the turned page is sliding in.

    The slide moves the page under the finger between its touches. It is moved by hand
    (``setCurrentTime``), and the touches are delivered without turning the event loop,
    so the slide is still running at the end however slow the machine is: no clock in it.
    """
    global _slide_finger
    _slide_finger += 1
    slide = viewer._slide
    window = viewer.window().windowHandle()
    device = touchscreen()

    def at(i: int) -> QPoint:
        return window.mapFromGlobal(QPoint(start.x() + dx * i // steps, start.y()))

    assert slide.state() == QAbstractAnimation.State.Running
    QTest.touchEvent(window, device).press(_slide_finger, at(0), window).commit(False)
    for i in range(1, steps + 1):
        slide.setCurrentTime(slide.duration() * i // (steps + 2))  # the page moves on
        QTest.touchEvent(window, device).move(_slide_finger, at(i), window).commit(False)
    QTest.touchEvent(window, device).release(_slide_finger, at(steps), window).commit(False)


def slide_in_next_page(viewer) -> None:
    viewer.go_next()  # as Next or a swipe does; no event loop turn, so it is still sliding
    assert viewer._slide.state() == QAbstractAnimation.State.Running


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_swipe_while_the_page_slides_in_still_turns_it(qtbot, kiosk: Kiosk,
                                                         language: str) -> None:
    w = kiosk.window
    viewer = w.viewer
    tap(qtbot, w.attract.buttons["en"] if language == "en" else w.attract.buttons["ur"])
    tap(qtbot, w.home.tiles[0])
    forward = -400 if language == "en" else 400  # towards where the reader came from
    slide_in_next_page(viewer)
    assert viewer.dots.current == 1
    picture = viewer.illustration
    centre = picture.mapToGlobal(picture.rect().center())
    swipe_during_the_slide(viewer, centre - QPoint(forward // 2, 0), forward)
    assert viewer.dots.current == 2, "a swipe during the slide was lost"
    slide_in_next_page(viewer)
    swipe_during_the_slide(viewer, centre + QPoint(forward // 2, 0), -forward)
    assert viewer.dots.current == 2


def test_a_swipe_starting_where_the_sliding_page_has_not_arrived_yet(qtbot,
                                                                    kiosk: Kiosk) -> None:
    # At the start of a turn the page is still off to one side; the strip it uncovers is
    # the viewer's own background, and a swipe that starts there counts as well.
    w = kiosk.window
    viewer = w.viewer
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    slide_in_next_page(viewer)
    viewer._slide.setCurrentTime(0)
    home, now = viewer._slide.endValue(), viewer.content.pos()
    assert now.x() > home.x()  # the next page comes in from the right in English
    strip = viewer.mapToGlobal(QPoint((home.x() + now.x()) // 2,
                                      now.y() + viewer.content.height() // 2))
    assert QApplication.widgetAt(strip) is viewer
    swipe_during_the_slide(viewer, strip, +400)
    assert viewer.dots.current == 0, "a rightward swipe goes back in English"


def test_a_short_drag_or_a_vertical_one_is_not_a_swipe(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    swipe(w.viewer.illustration, -20)
    assert w.viewer.index == 0


def test_switching_language_mid_page_keeps_the_place(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    tap(qtbot, w.viewer.next)
    page = kiosk.session.pack.topics[0].pages[1]
    with qtbot.waitSignal(kiosk.session.languageChanged):
        switch_language(qtbot, w)
    assert w.current is w.viewer and w.viewer.index == 1
    assert words_of(w.viewer.title) == page.title.get("ur")
    assert w.viewer.back.text() == "پیچھے"
    assert w.topbar.language.text() == "زبان"  # the pack has three: a card offers them
    switch_language(qtbot, w)
    assert words_of(w.viewer.title) == page.title.get("en")
    assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_text_size_grows_and_resets(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    before = w.viewer.text.document().defaultFont().pixelSize()
    tap(qtbot, w.topbar.text_size)
    after = w.viewer.text.document().defaultFont().pixelSize()
    assert after > before
    w.reset()
    assert kiosk.session.text_scale == 1.0


def test_home_button_returns_to_topics(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    tap(qtbot, w.topbar.home)
    assert w.current is w.home


def test_idle_asks_then_resets_for_the_next_patient(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    kiosk.session.settings = kiosk.session.settings.updated(countdown_seconds=5)
    w.idle.set_seconds(1)
    tap(qtbot, w.attract.buttons["ur"])
    tap(qtbot, w.home.tiles[0])
    tap(qtbot, w.viewer.next)
    tap(qtbot, w.topbar.text_size)
    with qtbot.waitSignal(w.idle.idle, timeout=3000):
        pass
    assert w.overlay.isVisible()
    assert w.overlay.question.text() == "کیا آپ ابھی پڑھ رہے ہیں؟"
    w.overlay.remaining = 1  # skip most of the countdown, not the mechanism
    with qtbot.waitSignal(w.overlay.expired, timeout=3000):
        pass
    assert w.current is w.attract
    assert not w.overlay.isVisible()
    assert kiosk.session.language == kiosk.session.settings.default_language
    assert kiosk.session.text_scale == 1.0
    assert w.viewer.topic is None and w.viewer.index == 0


def test_continue_keeps_the_patient_where_they_were(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.idle.set_seconds(1)
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    tap(qtbot, w.viewer.next)
    with qtbot.waitSignal(w.idle.idle, timeout=3000):
        pass
    tap(qtbot, w.overlay.carry_on)
    assert not w.overlay.isVisible()
    assert w.current is w.viewer and w.viewer.index == 1
    assert w.idle.active


def test_touch_keeps_the_idle_timer_away(qtbot, kiosk: Kiosk) -> None:
    """Every touch starts the idle countdown again (counted, not waited for)."""

    class CountingTimer(QTimer):
        starts = 0

        def start(self, *args: int) -> None:
            self.starts += 1
            super().start(*args)

    w = kiosk.window
    idle = w.idle
    idle._timer.stop()
    timer = CountingTimer(idle)
    timer.setSingleShot(True)
    timer.setInterval(60_000)
    timer.timeout.connect(idle._fire)
    idle._timer = timer
    tap(qtbot, w.attract.buttons["en"])
    assert timer.isActive()
    for _ in range(4):
        before = timer.starts
        tap(qtbot, w.home.tiles[0])
        assert timer.starts > before and timer.isActive()
        tap(qtbot, w.topbar.home)
    assert not w.overlay.isVisible()


@pytest.mark.allow_logged_errors
def test_an_error_in_a_screen_goes_home_instead_of_dying(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])

    def broken() -> None:
        raise RuntimeError("simulated fault in a screen")

    w.viewer.next.clicked.connect(broken)
    with qtbot.captureExceptions() as caught:
        tap(qtbot, w.viewer.next)
    assert caught, "the fault should have reached the exception hook"
    kiosk.excepthook(*caught[0])  # what Qt hands to sys.excepthook in a running kiosk
    qtbot.waitUntil(lambda: w.current is w.home, timeout=2000)
    assert w.viewer.topic is None


def test_patients_cannot_close_the_kiosk(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.allow_close = False
    assert not w.close()
    assert w.isVisible()
    w.allow_close = True


def test_at_a_larger_text_size_a_long_page_continues_on_a_next_screen(qtbot,
                                                                     kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    while kiosk.session.text_scale < 1.4:
        tap(qtbot, w.topbar.text_size)
    treatments = kiosk.session.pack.topic("treatments")
    w.open_topic(treatments.id)
    viewer = w.viewer
    for index in range(len(treatments.pages)):
        viewer.open(treatments, index)
        if viewer.text.screen_count > 1:
            break
    assert viewer.text.screen_count > 1, "no Urdu treatment page continues at the largest size"
    screens = viewer.text.screen_count
    # The page's dot holds one small dot a screen, so a patient sees there is more;
    # the other pages' dots stay as they were.
    assert (viewer.dots.count, viewer.dots.current) == (len(treatments.pages), index)
    assert (viewer.dots.screenful, viewer.dots.screens) == (0, screens)
    first = viewer.text.visible_range()
    tap(qtbot, viewer.next)
    assert (viewer.index, viewer.screenful) == (index, 1)
    assert (viewer.dots.current, viewer.dots.screenful) == (index, 1)
    assert viewer.dots.accessibleName().endswith(f"{screens} میں سے حصہ 2")  # read aloud
    assert viewer.text.visible_range()[0] >= first[1], "the next screen goes on from this one"
    tap(qtbot, viewer.back)
    assert (viewer.index, viewer.screenful) == (index, 0)
    for _ in range(screens):
        tap(qtbot, viewer.next)
    assert (viewer.index, viewer.screenful) == (index + 1, 0)
    tap(qtbot, viewer.back)  # back lands on the last screen of the page left
    assert (viewer.index, viewer.screenful) == (index, screens - 1)
    assert not [b for b in viewer.findChildren(QAbstractScrollArea) if b.isVisibleTo(w)], \
        "no patient screen scrolls"


def test_animations_run_only_while_they_are_on_screen(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    assert w.attract.clock.running
    tap(qtbot, w.attract.buttons["en"])
    assert not w.attract.clock.running, "the attract loop must not tick behind the topics"
    w.reset()
    assert w.attract.clock.running
    assert not w.viewer.game.clock.running


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_topic_got_ready_under_the_finger_opens_as_a_tap_opens_it(
        qtbot, kiosk: Kiosk, language: str) -> None:
    # Issue #14: the first page of a topic is got ready while the finger is down on its
    # tile (a tap lasts 80-120 ms). What opens must be exactly what opens unprepared.
    from kiosk._qt.settle import run_posted_events
    from kiosk._qt.widgets import illustration

    w = kiosk.window
    w.set_animated(False)
    got_ready: list[str] = []
    prepare = w.viewer.prepare_opening
    w.viewer.prepare_opening = lambda topic: (got_ready.append(topic.id), prepare(topic))
    tap(qtbot, w.attract.buttons["en"] if language == "en" else w.attract.buttons["ur"])
    for index in (0, 4):
        tile = w.home.tiles[index]
        finger.down(tile)
        run_posted_events()  # the tile shows it is pressed; the page is got ready
        assert w.current is w.home  # a finger down opens nothing
        assert got_ready[-1] == kiosk.session.pack.topics[index].id
        # Got ready at the size it will be shown (a stack sizes only what it shows).
        assert w.viewer.size() == w.stack.size()
        finger.up(tile)
        assert w.current is w.viewer and w.viewer.topic is not None
        assert w.viewer.topic.id == kiosk.session.pack.topics[index].id
        run_posted_events()
        prepared = w.viewer.grab().toImage()
        w.go_home()
        w.viewer.clear()  # nothing kept of what was got ready
        illustration.clear_cache()
        w.open_topic(kiosk.session.pack.topics[index].id)
        run_posted_events()
        assert w.viewer.grab().toImage() == prepared, index
        w.go_home()
    # A finger put down and slid off the tile prepares, and opens nothing.
    tile = w.home.tiles[1]
    finger.down(tile)
    run_posted_events()
    finger.up(w.home, QPoint(1, 1))
    assert w.current is w.home
