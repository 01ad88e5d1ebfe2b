"""Every screen and page, both languages, landscape and portrait: nothing clipped or cramped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from kiosk._qt import theme
from kiosk._qt.app import Kiosk
from kiosk._qt.screens.home import TopicTile

SIZES = [(1920, 1080), (1080, 1920)]


def visible(root: QWidget, kind: type) -> list:
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root) and w.width() > 0]


def problems_on_screen(k: Kiosk, where: str) -> list[str]:
    w = k.window
    found = []
    if w.size().toTuple() != w._requested:  # type: ignore[attr-defined]
        found.append(f"{where}: the window grew to {w.size().toTuple()}")
    minimum = theme.min_target_px()
    buttons = [b for b in visible(w, QAbstractButton) if not isinstance(b, TopicTile)]
    for button in buttons:
        name = button.objectName() or button.text()
        if button.height() < minimum or button.width() < minimum:
            found.append(f"{where}: button {name!r} is {button.width()}x{button.height()}, "
                         f"smaller than a {minimum}px touch target")
        if isinstance(button, QPushButton) and button.width() < button.sizeHint().width() - 1:
            found.append(f"{where}: button {name!r} clips its words "
                         f"({button.width()} < {button.sizeHint().width()})")
    for label in visible(w, QLabel):
        if label.wordWrap() and label.text():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(f"{where}: label {label.objectName()!r} needs {need}px, "
                             f"has {label.height()}: {label.text()[:40]!r}")
    for tile in visible(w, TopicTile):
        if not tile.texts_fit():
            found.append(f"{where}: tile {tile.topic.id} cuts its title")
    # Buttons must not touch each other: a finger would hit both.
    # Only the part a finger can reach: what scrolls out of view is clipped away.
    rects = [(b, b.visibleRegion().boundingRect().translated(b.mapTo(w, b.rect().topLeft())))
             for b in buttons]
    rects = [(b, r) for b, r in rects if not r.isEmpty()]
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if ra.adjusted(-4, -4, 4, 4).intersects(rb):
                found.append(f"{where}: buttons {a.text()!r} and {b.text()!r} touch")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["en", "ur"])
def test_nothing_is_clipped_or_cramped(qtbot, kiosk: Kiosk, size, language: str) -> None:
    w = kiosk.window
    w.resize(*size)
    w._requested = size  # type: ignore[attr-defined]
    w.start_visit(language)
    qtbot.wait(20)
    found = problems_on_screen(kiosk, "home")
    for topic in kiosk.session.pack.topics:
        for index, page in enumerate(topic.pages):
            w.open_topic(topic.id)
            w.viewer.open(topic, index)
            qtbot.wait(1)
            found += problems_on_screen(kiosk, page.key)
    w.go_home()
    w.overlay.start(20)
    found += problems_on_screen(kiosk, "still reading")
    w.overlay.stop()
    assert not found, "\n".join(found)
