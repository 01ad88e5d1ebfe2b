"""A new screen fades in under a translucent cover of the background (widgets/fade.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from kiosk._qt.app import Kiosk
from kiosk._qt.window import FADE_FROM
from tests.qt.conftest import tap


def test_a_fading_screen_takes_taps_at_once_and_ends_uncovered(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    cover = w._fade
    tap(qtbot, w.attract.buttons["en"])
    assert w.current is w.home and cover.fading and cover.isVisible()
    assert cover.geometry() == w.stack.rect()
    # The cover lies over the screen, yet the tile under it takes the tap.
    tap(qtbot, w.home.tiles[0])
    assert w.current is w.viewer
    assert cover.fading  # the viewer's own fade
    with qtbot.waitSignal(cover._animation.finished, timeout=10_000):
        pass
    assert not cover.isVisible()


def test_the_cover_looks_like_the_screen_at_its_starting_opacity(qtbot, kiosk: Kiosk) -> None:
    # The screen at opacity a over the background = the background at 1 - a over the
    # screen: the first frame of a fade shows the screen at 30%, as the old effect did.
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    cover = w._fade
    cover._animation.pause()  # hold the first frame; nothing here waits on the clock
    cover._step(1.0 - FADE_FROM)
    picture = w.stack.grab().toImage()
    cover.stop()
    plain = w.stack.grab().toImage()
    background = w.stack.palette().color(QPalette.ColorRole.Window)
    point = w.home.tiles[0].mapTo(w.stack, w.home.tiles[0].rect().center())
    seen, under = QColor(picture.pixel(point)), QColor(plain.pixel(point))
    assert under.rgb() != background.rgb()  # a point where the fade shows
    for channel in ("red", "green", "blue"):
        expected = (FADE_FROM * getattr(under, channel)()
                    + (1 - FADE_FROM) * getattr(background, channel)())
        assert abs(getattr(seen, channel)() - expected) <= 2, (channel, seen.name(),
                                                               under.name())


def test_without_animation_nothing_covers_the_screen(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.set_animated(False)
    tap(qtbot, w.attract.buttons["en"])
    assert w.current is w.home and not w._fade.isVisible()
