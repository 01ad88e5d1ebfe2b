"""A page turn repaints only what changed (the dots' band, not the row they sit in): what
is on screen after each turn must be what the same screen looks like drawn whole."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kiosk._qt.app import Kiosk
from kiosk._qt.settle import run_posted_events
from tests.qt.conftest import tap


def _on_screen(kiosk: Kiosk) -> QImage:
    window = kiosk.window
    return window.screen().grabWindow(window.winId()).toImage().convertToFormat(
        QImage.Format.Format_RGB32)


@pytest.mark.parametrize(("language", "larger"), [("en", 0), ("ur", 2)])
def test_each_turn_leaves_the_screen_as_it_would_be_drawn_whole(qtbot, kiosk: Kiosk,
                                                                 language: str,
                                                                 larger: int) -> None:
    # At the largest text a long page continues on a second screen: its dot becomes a
    # pill and the row's dots move, so the band repainted must cover both.
    window = kiosk.window
    window.viewer.animated = False
    window.start_visit(language)
    for _ in range(larger):
        kiosk.session.cycle_text_scale()
    window.open_topic("treatments")
    run_posted_events()
    viewer = window.viewer
    steps, continued = [], 0
    while not viewer._at_end():
        steps.append(viewer.next)
        viewer.go_next()
        continued += viewer.text.screen_count > 1
    assert continued or not larger, "no page continues: the pill is not tried"
    steps += [viewer.back] * 3
    window.open_topic("treatments")
    run_posted_events()
    for button in steps:
        tap(qtbot, button)
        run_posted_events()
        pieces = _on_screen(kiosk)
        window.update()  # the same moment, drawn whole
        window.repaint()
        assert _on_screen(kiosk) == pieces, f"{button.objectName()} to {viewer.page.key}"
    assert len(steps) >= 8
