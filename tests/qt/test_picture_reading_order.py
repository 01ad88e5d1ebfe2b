"""A picture read in order across (``picture_reads = "across"``: the when-to-get-help
panels, most urgent first; a timeline) faces a right-to-left reader's way: in Urdu and
Pashto it is drawn mirrored, and each label sits on the same part of it, in words that
are not mirrored. Every other picture (a hand, a body) is drawn as drawn in every
language.

What is compared is what is on screen: the picture widget's own pixels, and where it
draws each label's chip.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk._qt import theme
from kiosk._qt.app import Kiosk
from kiosk._qt.settle import run_posted_events
from kiosk._qt.widgets.illustration import Illustration, renderer_for
from kiosk.core.model import Page, PictureReads
from kiosk.core.packdir import load_pack
from kiosk.core.resources import default_pack

PACK = load_pack(default_pack())


def _page(key: str) -> Page:
    page = PACK.page(key)
    assert page is not None, key
    return page


URGENT = _page("type-1-diabetes/when-to-get-help")  # "Call now" panel drawn at the left
HAND = _page("immune-system/inflammation")  # a hand: its left and right are real
ACROSS = [page for page in PACK.pages() if page.picture_reads is PictureReads.ACROSS]
PINK = QColor("#f4a6a6")  # the "call now" panel
PAPER = np.array([0xf4, 0xef, 0xe6])  # every drawing's background (docs/illustrations.md)
# The share of a drawing's inked pixels alike in two pictures of it that face the same
# way (the bundled ones: all of them), and at most in two that face apart (the nearly
# symmetric stem cell drips: 94%; three panels: 64%).
ALIKE = 0.99
APART = 0.96


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return np.frombuffer(bytes(image.constBits()), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, :image.width(), :3].astype(np.int32)


def _alike(a: np.ndarray, b: np.ndarray, keep: np.ndarray) -> float:
    """The share of the ``keep`` pixels drawn on in ``a`` or ``b`` that are the same colour
    in both (the paper around a drawing is alike whichever way it faces)."""
    inked = (np.abs(a - PAPER) > 8).any(axis=2) | (np.abs(b - PAPER) > 8).any(axis=2)
    # Within a pixel across: a drawing placed between pixels lands a little apart from
    # its copy drawn on whole pixels, the other way round when mirrored.
    same = np.zeros(a.shape[:2], bool)
    for dx in (-1, 0, 1):
        same |= (np.abs(a - np.roll(b, dx, axis=1)) <= 40).all(axis=2)
    return float(same[keep & inked].mean())


def _whole(rect: QRectF) -> tuple[int, int, int, int]:
    return round(rect.left()), round(rect.top()), round(rect.width()), round(rect.height())


def _off_chips(picture: Illustration, drawing: QRectF, *more: QRectF) -> np.ndarray:
    """The drawing's pixels no label chip covers (``more``: others' chips, in its place)."""
    left, top, width, height = _whole(drawing)
    keep = np.ones((height, width), bool)
    for box in [box for _block, box in picture.label_blocks()] + list(more):
        box = box.adjusted(-3, -3, 3, 3)
        x0, x1 = max(0, int(box.left()) - left), min(width, int(box.right()) + 1 - left)
        y0, y1 = max(0, int(box.top()) - top), min(height, int(box.bottom()) + 1 - top)
        keep[y0:y1, x0:x1] = False
    return keep


def _drawing(picture: Illustration) -> tuple[QRectF, np.ndarray]:
    """Where the drawing is in the widget, and the widget's pixels there."""
    drawing = picture.drawing_rect()
    left, top, width, height = _whole(drawing)
    return drawing, _pixels(picture.grab().toImage())[top:top + height, left:left + width]


def _as_drawn(page: Page, size: QSize, background: QColor) -> np.ndarray:
    """The page's drawing alone, as its file draws it."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer_for(page.illustration).render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return _pixels(image)


def _on_its_own(qtbot: QtBot, page: Page, language: str) -> Illustration:
    """The page's picture as a page shows it, at one size whatever the language."""
    picture = Illustration()
    qtbot.addWidget(picture)
    picture.resize(960, 720)
    picture.set_picture(page.illustration, page.labels, page.picture_reads)
    picture.retranslate(theme.Metrics.for_size(QSize(1920, 1080), language))
    picture.show()
    qtbot.waitExposed(picture)
    return picture


def _centres(picture: Illustration, drawing: QRectF) -> list[tuple[float, float]]:
    """Each label chip's middle, as a fraction of the drawing across and down."""
    return [((box.center().x() - drawing.left()) / drawing.width(),
             (box.center().y() - drawing.top()) / drawing.height())
            for _block, box in picture.label_blocks()]


@pytest.mark.parametrize(("key", "language"), [("type-1-diabetes/when-to-get-help", "ur"),
                                               ("autoimmune-disease/flares-and-remission", "ps")])
def test_a_picture_that_reads_across_is_the_english_one_mirrored(qtbot: QtBot, key: str,
                                                                 language: str) -> None:
    page = _page(key)
    assert page.picture_reads is PictureReads.ACROSS
    english, rtl = _on_its_own(qtbot, page, "en"), _on_its_own(qtbot, page, language)
    assert not english.mirrored() and rtl.mirrored()
    drawing, seen = _drawing(rtl)
    english_drawing, read = _drawing(english)
    assert drawing == english_drawing  # the same room: only which way it faces differs
    # English's chips, where they fall on the mirrored drawing, hide pixels too.
    theirs = [QRectF(2 * drawing.center().x() - box.right(), box.top(), box.width(),
                     box.height())
              for _block, box in english.label_blocks()]
    keep = _off_chips(rtl, drawing, *theirs)
    assert _alike(seen, read[:, ::-1], keep) > ALIKE
    assert _alike(seen, read, keep) < APART  # the control: unmirrored, they differ
    # Each chip on the same part of the drawing: mirrored across, the same height down.
    for (x, y), (x_en, y_en) in zip(_centres(rtl, drawing), _centres(english, drawing),
                                    strict=True):
        assert x == pytest.approx(1 - x_en, abs=0.02) and y == pytest.approx(y_en, abs=0.02)


def test_a_picture_drawn_as_drawn_is_the_same_in_urdu(qtbot: QtBot) -> None:
    english, urdu = _on_its_own(qtbot, HAND, "en"), _on_its_own(qtbot, HAND, "ur")
    assert not urdu.mirrored()
    drawing, seen = _drawing(urdu)
    english_drawing, read = _drawing(english)
    assert drawing == english_drawing
    keep = _off_chips(urdu, drawing, *[box for _block, box in english.label_blocks()])
    assert _alike(seen, read, keep) > ALIKE
    assert _alike(seen, read[:, ::-1], keep) < APART  # the control: a hand is not symmetric
    for (x, y), (x_en, y_en) in zip(_centres(urdu, drawing), _centres(english, drawing),
                                    strict=True):
        assert x == pytest.approx(x_en, abs=0.02) and y == pytest.approx(y_en, abs=0.02)


def _open(kiosk: Kiosk, page: Page) -> Illustration:
    w = kiosk.window
    topic = kiosk.session.pack.topic(page.topic_id)
    w.open_topic(topic.id)
    w.viewer.open(topic, [p.id for p in topic.pages].index(page.id))
    run_posted_events()
    picture = w.viewer.illustration
    assert picture.isVisible()
    return picture


def _background(widget: QWidget) -> QColor:
    return widget.palette().color(widget.backgroundRole())


@pytest.mark.parametrize("language", ["en", "ur"])
def test_on_the_page_each_picture_faces_its_readers_way(qtbot: QtBot, kiosk: Kiosk,
                                                        language: str) -> None:
    """Every picture that reads across, and a hand that does not, on its page: mirrored
    in Urdu only where it reads across, with its labels over the same parts."""
    kiosk.window.start_visit(language)
    rtl = language == "ur"
    for page in [*ACROSS, HAND]:
        picture = _open(kiosk, page)
        drawing, seen = _drawing(picture)
        drawn = _as_drawn(page, QSize(seen.shape[1], seen.shape[0]), _background(picture))
        mirrored = rtl and page is not HAND
        keep = _off_chips(picture, drawing)
        assert _alike(seen, drawn[:, ::-1] if mirrored else drawn, keep) > ALIKE, page.key
        assert _alike(seen, drawn if mirrored else drawn[:, ::-1], keep) < APART, page.key
        # Each chip where its label's point falls on the drawing as it faces (captions
        # stay in the band they were written for; none of these is pushed aside).
        for (x, y), label in zip(_centres(picture, drawing), page.labels, strict=True):
            assert x == pytest.approx(1 - label.x if mirrored else label.x, abs=0.03), \
                (page.key, label.text.get(language))
            if label.y < 0.85:
                assert y == pytest.approx(label.y, abs=0.03), page.key


def test_in_urdu_call_now_sits_under_the_call_now_panel_at_the_right(qtbot: QtBot,
                                                                      kiosk: Kiosk) -> None:
    """The chips follow what they name: "call now", first for a reader from the right,
    under the pink panel, now the right-most; "appointment" at the left."""
    kiosk.window.start_visit("ur")
    picture = _open(kiosk, URGENT)
    drawing = picture.drawing_rect()
    image = picture.grab().toImage()
    call, _today, appointment = _centres(picture, drawing)
    assert call[0] > 0.6 and appointment[0] < 0.4
    # Just under the panel's top edge, clear of the phone drawn in it.
    x = round(drawing.left() + call[0] * drawing.width())
    y = round(drawing.top() + 0.115 * drawing.height())
    seen = image.pixelColor(x, y)
    assert max(abs(seen.red() - PINK.red()), abs(seen.green() - PINK.green()),
               abs(seen.blue() - PINK.blue())) < 12, seen.name()
