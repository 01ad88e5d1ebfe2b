"""Every screen and page, every language of the pack, four screens: nothing clipped, hidden
or cramped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from kiosk._qt import theme
from kiosk._qt.app import Kiosk
from kiosk._qt.screens import page_layout
from kiosk._qt.session import TEXT_SCALES
from kiosk._qt.settle import run_posted_events
from kiosk._qt.widgets import wraplabel
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.illustration import Illustration, _fit
from kiosk._qt.widgets.pagetext import line_boxes
from kiosk._qt.widgets.topic_tile import TopicTile
from kiosk.core.packdir import load_pack
from kiosk.core.resources import default_pack
from tests.qt.conftest import tap

# Every language of the default pack (English, Urdu and Pashto): read from it, so a
# language added to the pack is laid out here too.
LANGUAGES = list(load_pack(default_pack()).languages)
# Landscape and portrait, a cheap 1366×768 monitor and a 4K one.
SIZES = [(1920, 1080), (1080, 1920), (1366, 768), (3840, 2160)]
# Squarer screens, common among cheap used monitors and laptops: 5:4, 4:3 and 16:10.
SQUARER = [(1280, 1024), (1024, 768), (1280, 800)]


settle = run_posted_events


def visible(root: QWidget, kind: type) -> list:
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root) and w.width() > 0]


def problems_on_screen(k: Kiosk, where: str, patient: bool = True) -> list[str]:
    w = k.window
    found = []
    if w.size().toTuple() != w._requested:  # type: ignore[attr-defined]
        found.append(f"{where}: the window grew to {w.size().toTuple()}")
    minimum = theme.min_target_px()
    primary = theme.primary_target_px()
    buttons = [b for b in visible(w, QAbstractButton) if not isinstance(b, TopicTile)]
    for tile in visible(w, TopicTile):  # a summary that does not fit whole is left out
        if tile.topic.summary.get(k.session.language).strip() and not tile.show_summary:
            found.append(f"{where}: the tile of {tile.topic.id} leaves its summary out")
    for button in buttons:
        name = button.objectName() or button.text()
        if button.height() < minimum or button.width() < minimum:
            found.append(f"{where}: button {name!r} is {button.width()}x{button.height()}, "
                         f"smaller than a {minimum}px (15 mm) touch target")
        elif button.height() < primary:
            found.append(f"{where}: button {name!r} is {button.height()}px high, "
                         f"under the {primary}px (20 mm) a patient's control needs")
        # Patient screens never scroll, so a control cut by the window's edge is lost.
        if patient and not w.rect().contains(QRect(button.mapTo(w, QPoint(0, 0)),
                                                   button.size())):
            found.append(f"{where}: button {name!r} is partly off screen")
        # (A button whose words give way to its icon on a narrow row shows none: not clipped.)
        if isinstance(button, QPushButton) and button.text() and \
                (not isinstance(button, TouchButton) or button.words_shown()) and \
                button.width() < button.sizeHint().width() - 1:
            found.append(f"{where}: button {name!r} clips its words "
                         f"({button.width()} < {button.sizeHint().width()})")
    for label in visible(w, QLabel):
        if label.wordWrap() and label.text():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(f"{where}: label {label.objectName()!r} needs {need}px, "
                             f"has {label.height()}: {label.text()[:40]!r}")
    viewer = w.viewer
    if w.current is viewer and viewer.illustration.isVisibleTo(w):
        found += _picture_problems(viewer.illustration, where)
    if w.current is viewer and viewer.arrangement is not None:
        if viewer.text.isVisibleTo(w):
            if not viewer.arrangement.fits or viewer.text.screen_count != 1:
                found.append(f"{where}: the words need {viewer.arrangement.need}px, "
                             f"the page has {viewer.arrangement.words.height()}px")
            for mark in viewer.text.bullets():
                if mark.left() < 0 or mark.right() > viewer.text.width():
                    found.append(f"{where}: a list bullet is cut by the page's edge")
            picture = viewer.illustration.picture_rect()
            if not viewer.game.isVisibleTo(w) and \
                    picture.width() < round(page_layout.PICTURE_MIN_WIDTH * w.metrics().unit) - 1:
                found.append(f"{where}: the picture is drawn {picture.width():.0f}px wide")
        for part in (viewer.header, viewer.picture, viewer.body):
            if part.isVisibleTo(w) and not viewer.content.rect().contains(part.geometry()):
                found.append(f"{where}: {part.objectName() or part} leaves the page")
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


def _picture_problems(picture: Illustration, where: str) -> list[str]:
    """A page's picture is drawn whole unless its captions had no room under it, and no
    label leaves it or covers another. (Drawn smaller for Urdu captions
    where the picture's column had height to spare, a page's picture came to a thumbnail
    with its captions over it.)"""
    found = []
    placed, drawing = picture.picture_rect(), picture.drawing_rect()
    whole = _fit(picture._path, picture.size()) if picture._path is not None else placed
    if drawing.height() < whole.height() - 1 and placed.height() < picture.height() - 1:
        found.append(f"{where}: the picture is drawn {drawing.height():.0f}px high for its "
                     f"captions, with {picture.height() - placed.height():.0f}px unused")
    boxes = [box for _block, box in picture.label_blocks()]  # in the widget, as drawn
    for box in boxes:
        if not placed.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box):
            found.append(f"{where}: a label leaves the picture")
    for index, box in enumerate(boxes):  # (three Urdu captions once covered each other)
        if any(box.adjusted(1, 1, -1, -1).intersects(other) for other in boxes[index + 1:]):
            found.append(f"{where}: two labels on the picture overlap")
    return found


@pytest.mark.parametrize("size", SIZES + SQUARER, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_clipped_or_cramped(qtbot, kiosk: Kiosk, size, language: str) -> None:
    w = kiosk.window
    w.resize(*size)
    w._requested = size  # type: ignore[attr-defined]
    w.start_visit(language)
    settle()
    found = problems_on_screen(kiosk, "home")
    for topic in kiosk.session.pack.topics_in(language):
        for index, page in enumerate(topic.pages):
            w.open_topic(topic.id)
            w.viewer.open(topic, index)
            settle()
            found += problems_on_screen(kiosk, page.key)
    w.go_home()
    w.overlay.start(20)
    found += problems_on_screen(kiosk, "still reading")
    w.overlay.stop()
    assert not found, "\n".join(found)


def _ink_cut(label: QLabel) -> dict[str, float]:
    """How much of ``label``'s ink its edges cut off, by side: its words drawn again with
    room all round, in the same box, and the two inks compared."""
    at, picture = wraplabel._ink_of(wraplabel._draw(label))
    roomy = QLabel()
    for copy in ("Font", "Text", "TextFormat", "LayoutDirection", "Alignment", "WordWrap"):
        getattr(roomy, f"set{copy}")(getattr(label, copy[0].lower() + copy[1:])())
    pad = 2 * label.font().pixelSize()
    roomy.setContentsMargins(label.contentsMargins() + QMargins(pad, pad, pad, pad))
    roomy.resize(label.width() + 2 * pad, label.height() + 2 * pad)
    at_roomy, whole = wraplabel._ink_of(wraplabel._draw(roomy))
    ratio = picture.devicePixelRatio()
    shown = (at.x(), at.y(), at.x() + picture.width() / ratio, at.y() + picture.height() / ratio)
    drawn = (at_roomy.x() - pad, at_roomy.y() - pad, at_roomy.x() - pad + whole.width() / ratio,
             at_roomy.y() - pad + whole.height() / ratio)
    cut = {"left": shown[0] - drawn[0], "top": shown[1] - drawn[1],
           "right": drawn[2] - shown[2], "bottom": drawn[3] - shown[3]}
    return {side: px for side, px in cut.items() if px > 0}


@pytest.mark.parametrize(("size", "scale"), [((1366, 768), 0), ((3840, 2160), 0),
                                             ((1080, 1920), len(TEXT_SCALES) - 1)],
                         ids=["1366x768", "3840x2160", "1080x1920-largest"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_shows_all_its_ink(qtbot, kiosk: Kiosk, size, scale: int,
                                       language: str) -> None:
    """No page title, question, answer or message loses ink at its label's edges. A ک
    that starts an Urdu line sweeps its stroke 0.38 em past the line's start: with 0.25 em
    of room the quiz titles and the answer "کیا یہ منظور شدہ ٹرائل ہے؟" lost its tip, and
    a kasra or a ے's tail lost its last row below the descent. At the largest text in
    portrait a Pashto question lost its full stop: Qt's document layout ran its first
    line a space past its end (``rtl_words``)."""
    w = kiosk.window
    w.resize(*size)
    w.start_visit(language)
    for _ in range(scale):
        tap(qtbot, w.topbar.text_size)
    settle()
    found: dict[tuple[object, ...], str] = {}

    def look(where: str) -> None:
        for label in visible(w, QLabel):
            if isinstance(label, wraplabel.KeepsPicture) and label.text() and \
                    (key := label._picture_key()) is not None and key not in found:
                cut = _ink_cut(label)
                found[key] = f"{where}: {label.text()[:30]!r} loses {cut}" if cut else ""

    look("home")
    for topic in kiosk.session.pack.topics_in(language):
        w.open_topic(topic.id)
        for index, page in enumerate(topic.pages):
            w.viewer.open(topic, index)
            settle()
            look(page.key)
    assert len(found) > 20, "the labels were looked at"
    cut = [said for said in found.values() if said]
    assert not cut, "\n".join(cut)


@pytest.mark.parametrize("taps", [1, 2], ids=["middle", "largest"])
@pytest.mark.parametrize("size", SIZES + SQUARER, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_at_a_larger_text_size_labels_stay_on_their_picture(qtbot, kiosk: Kiosk, size,
                                                            language: str,
                                                            taps: int) -> None:
    """At the middle text size a picture's labels stay on it and none covers another.
    Nastaliq chips' side room taken from their words once wrapped Urdu captions into
    chips taller than a portrait page's picture; Urdu captions too wide to share a line
    under a narrow landscape picture covered each other, until they took a line each.

    At the largest too. There the words of most Urdu pages run on to a following screen
    beside the smallest picture, and the three point labels of the multiple sclerosis
    nerve covered each other at every landscape size, until a picture whose labels
    crowd it (or hide most of it: tests/qt/test_picture_labels.py) takes the least room
    that clears them. The stem cell page's title and two treatment labels at 3840×2160
    in Urdu left its picture a band too short for its captions, until titles grew less
    than the words (kiosk/_qt/theme.py)."""
    w = kiosk.window
    w.resize(*size)
    w._requested = size  # type: ignore[attr-defined]
    w.start_visit(language)
    for _ in range(taps):
        tap(qtbot, w.topbar.text_size)
    settle()
    assert kiosk.session.text_scale == TEXT_SCALES[taps]
    found = []
    for topic in kiosk.session.pack.topics_in(language):
        for index, page in enumerate(topic.pages):
            w.open_topic(topic.id)
            w.viewer.open(topic, index)
            settle()
            if w.viewer.illustration.isVisibleTo(w) and page.labels:
                found += _picture_problems(w.viewer.illustration, page.key)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("size", SIZES + SQUARER, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_at_the_largest_text_every_line_can_be_reached(qtbot, kiosk: Kiosk, size,
                                                       language: str) -> None:
    """Larger text may not fit: the page then continues on following screens, cut
    between lines, and Next reaches each of them before the next page."""
    w = kiosk.window
    w.resize(*size)
    w.start_visit(language)
    while kiosk.session.text_scale < max(TEXT_SCALES):
        tap(qtbot, w.topbar.text_size)
    settle()
    continued = 0
    for topic in kiosk.session.pack.topics_in(language):
        w.open_topic(topic.id)
        for index, page in enumerate(topic.pages):
            w.viewer.open(topic, index)
            text = w.viewer.text
            if not text.isVisibleTo(w):
                continue  # the quiz (tests/qt/test_quiz.py)
            room = w.viewer.arrangement.words.height()
            seen = []
            for screen in range(text.screen_count):
                assert w.viewer.screenful == screen
                top, bottom = text.visible_range()
                assert bottom - top <= room, f"{page.key}: a screen taller than its box"
                seen.append((top, bottom))
                if screen + 1 < text.screen_count:
                    w.viewer.go_next()
                    assert w.viewer.index == index, f"{page.key}: Next left the page early"
            continued += text.screen_count > 1
            for line_top, line_bottom in line_boxes(text.document()):
                assert any(top <= line_top and line_bottom <= bottom for top, bottom in seen), \
                    f"{page.key}: the line at {line_top:.0f}px is on no screen"
    if language == "ur":
        assert continued, "no Urdu page continued at the largest text size"
