"""Every control a patient can touch says what it is, in the language on screen.

A screen reader, or a kiosk's own voice, can only name what has a name: every button
on every kind of screen has one (its words, or an accessible name), and in Urdu it is
Urdu. Treatment status is told by words and a shape, never by colour alone.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk._qt.app import Kiosk
from kiosk._qt.widgets.status_chip import STATUS_MARKS
from kiosk.core.model import PageKind, Status
from tests.qt.conftest import switch_language, tap

_URDU = re.compile(r"[\u0600-\u06FF]")


def names(screen: QWidget) -> dict[str, str]:
    found = {}
    for button in screen.findChildren(QAbstractButton):
        if button.isVisibleTo(screen.window()) and button.isEnabled():
            found[button.objectName() or repr(button)] = (button.accessibleName()
                                                          or button.text()).strip()
    return found


def screens(k: Kiosk):
    w = k.window
    yield "home", w
    for kind in (PageKind.TEXT, PageKind.QUIZ, PageKind.SELF_NONSELF):
        page = next(p for p in k.session.pack.pages() if p.kind is kind)
        w.open_topic(page.topic_id)
        while w.viewer.page is not None and w.viewer.page.id != page.id:
            w.viewer.go_next()
        yield kind.value, w
    w.go_home()


def test_every_control_has_a_name_in_the_language_on_screen(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    for where, screen in screens(kiosk):
        named = names(screen)
        # Home, text size and language; on a page also Next, Listen and volume (and Back).
        assert len(named) >= (3 if where == "home" else 6), (where, named)
        assert where == "home" or {"speaker", "volume"} <= set(named), (where, named)
        for name, said in named.items():
            assert said, f"{where}: {name} has no name"
            if name != "language" and not said.isdigit():  # "English" names the other one
                assert _URDU.search(said), f"{where}: {name} is named {said!r} in Urdu"
    switch_language(qtbot, w)
    for where, screen in screens(kiosk):
        for name, said in names(screen).items():
            assert (said and not _URDU.search(said)) or name == "language", (where, name, said)


def test_status_is_told_by_words_and_a_shape(qtbot, kiosk: Kiosk) -> None:
    assert set(STATUS_MARKS) == set(Status)
    assert len(set(STATUS_MARKS.values())) == len(Status), "a different shape for each"
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    page = next(p for p in kiosk.session.pack.pages() if p.statuses)
    w.open_topic(page.topic_id)
    while w.viewer.page is not None and w.viewer.page.id != page.id:
        w.viewer.go_next()
    chip = w.viewer.status.shown()[0]
    assert chip.isVisible() and chip.text() and chip._mark is not None
