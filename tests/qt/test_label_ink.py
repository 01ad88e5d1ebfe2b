"""A label's chip sits by the point it names and covers as little of the drawing as it
can: Urdu's chips, about twice as tall as the English ones the pack's points were
placed for, grow away from what is drawn instead of onto it.

Centred on its point, the Urdu "اپنا نشان" (self marker) chip covered half of the ID
card it names. What is checked is what the picture widget draws.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from kiosk._qt import theme
from kiosk._qt.widgets.drawing_ink import InkMap, ink_map, slide_off_ink
from kiosk._qt.widgets.illustration import Illustration, renderer_for
from kiosk.core.packdir import load_pack
from kiosk.core.resources import default_pack

PACK = load_pack(default_pack())
_SELF_MARKERS = PACK.page("self-and-nonself/self-markers")
assert _SELF_MARKERS is not None and _SELF_MARKERS.illustration is not None
SELF_MARKERS, DRAWN = _SELF_MARKERS, _SELF_MARKERS.illustration
# The ID card at the cell's upper left, which "Self marker" names (the drawing's own
# numbers, in its 800 × 600 view box), and its yellow.
CARD = QRectF(158.1, 208.4, 58.3, 41.1)
CARD_YELLOW = np.array([0xe9, 0xc4, 0x6a])


def _pixels(image: QImage) -> np.ndarray:
    """Red, green and blue of each pixel."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    return np.frombuffer(bytes(image.constBits()), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :image.width() * 3].reshape(
        image.height(), image.width(), 3).astype(np.int32)


def _yellow(pixels: np.ndarray) -> int:
    return int((np.abs(pixels - CARD_YELLOW) <= 24).all(axis=2).sum())


def _shown(qtbot: QtBot, language: str, size: QSize, screen: QSize) -> Illustration:
    picture = Illustration()
    qtbot.addWidget(picture)
    picture.resize(size)
    picture.set_picture(DRAWN, SELF_MARKERS.labels)
    picture.retranslate(theme.Metrics.for_size(screen, language))
    picture.show()
    qtbot.waitExposed(picture)
    return picture


@pytest.mark.parametrize(("language", "size", "screen"), [
    ("ur", QSize(900, 675), QSize(1920, 1080)),
    ("ur", QSize(640, 480), QSize(1366, 768)),
    ("en", QSize(900, 675), QSize(1920, 1080)),
])
def test_the_self_marker_label_leaves_its_id_card_in_view(qtbot: QtBot, language: str,
                                                          size: QSize, screen: QSize) -> None:
    picture = _shown(qtbot, language, size, screen)
    drawing = picture.drawing_rect()
    scale = drawing.width() / 800
    card = QRectF(drawing.left() + CARD.left() * scale, drawing.top() + CARD.top() * scale,
                  CARD.width() * scale, CARD.height() * scale)
    chip = picture.label_blocks()[0][1]
    point = QPointF(drawing.left() + SELF_MARKERS.labels[0].x * drawing.width(),
                    drawing.top() + SELF_MARKERS.labels[0].y * drawing.height())
    assert chip.contains(point), "the chip left the point it names"
    assert not chip.intersects(card), f"the chip {chip} covers the ID card {card}"

    # On screen: the card's yellow shows as much as in the drawing drawn alone.
    left, top = round(card.left()), round(card.top())
    width, height = round(card.width()), round(card.height())
    shown = _pixels(picture.grab().toImage())[top:top + height, left:left + width]
    alone = QImage(picture.size(), QImage.Format.Format_RGB32)
    alone.fill(QColor("white"))
    painter = QPainter(alone)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer_for(DRAWN).render(painter, drawing)
    painter.end()
    drawn = _pixels(alone)[top:top + height, left:left + width]
    assert _yellow(drawn) > 0
    assert _yellow(shown) >= 0.95 * _yellow(drawn)


def _map(rows: list[str]) -> InkMap:
    """An ink map from rows of '#' (drawn on) and '.' (bare)."""
    return InkMap(len(rows[0]), len(rows), [cell == "#" for row in rows for cell in row])


# A 10 × 10 drawing with ink in its lower half: a chip centred on a point in the middle
# covers some of it; slid up, the point still in it, less.
LOWER_HALF = _map(["." * 10] * 5 + ["#" * 10] * 5)
DRAWING = QRectF(0, 0, 100, 100)


def _chip(x: float, y: float, width: float = 40, height: float = 30) -> QRectF:
    box = QRectF(0, 0, width, height)
    box.moveCenter(QPointF(x, y))
    return box


def test_a_chip_over_ink_slides_off_it_keeping_its_point() -> None:
    box, point = _chip(50, 52), QPointF(50, 52)
    before = LOWER_HALF.covered(box, DRAWING)
    slide_off_ink([(box, point)], [], DRAWING, DRAWING, LOWER_HALF, gap=2)
    assert LOWER_HALF.covered(box, DRAWING) < before
    assert box.center().y() < 52  # away from the ink, up
    # The point stays well inside the chip: at least a fifth of it from each edge.
    inner = box.adjusted(0.2 * box.width() - 0.01, 0.2 * box.height() - 0.01,
                         -0.2 * box.width() + 0.01, -0.2 * box.height() + 0.01)
    assert inner.contains(point)


def test_a_chip_slides_onto_no_other_chip_nor_off_the_picture() -> None:
    # Above the chip is another chip: the free room up is taken, so it stays.
    box, other = _chip(50, 52), _chip(50, 20, height=28)
    slide_off_ink([(box, QPointF(50, 52))], [other], DRAWING, DRAWING, LOWER_HALF, gap=2)
    assert box == _chip(50, 52)
    # A picture whose top is where the chip's is: nowhere up to go.
    box = _chip(50, 52)
    picture = QRectF(0, box.top(), 100, 100 - box.top())
    slide_off_ink([(box, QPointF(50, 52))], [], DRAWING, picture, LOWER_HALF, gap=2)
    assert box == _chip(50, 52)


def test_a_chip_moved_off_its_point_or_over_bare_paper_stays() -> None:
    moved = _chip(50, 70)  # moved down, clear of another label, before: its point at 52
    slide_off_ink([(moved, QPointF(50, 52))], [], DRAWING, DRAWING, LOWER_HALF, gap=2)
    assert moved == _chip(50, 70)
    bare = _chip(50, 20)
    slide_off_ink([(bare, QPointF(50, 20))], [], DRAWING, DRAWING, LOWER_HALF, gap=2)
    assert bare == _chip(50, 20)


def test_a_mirrored_drawings_ink_is_its_mirror_image(qapp: object) -> None:
    """A picture drawn mirrored for a right-to-left reader has its chips kept off its
    mirrored ink (the "when to get help" panels)."""
    renderer = renderer_for(DRAWN)
    drawn, mirrored = ink_map(renderer), ink_map(renderer, mirrored=True)
    whole = QRectF(0, 0, drawn.columns, drawn.rows)
    for column in range(drawn.columns):
        strip = QRectF(column, 0, 1, drawn.rows)
        flipped = QRectF(drawn.columns - 1 - column, 0, 1, drawn.rows)
        assert drawn.covered(strip, whole) == mirrored.covered(flipped, whole)
    assert drawn.covered(whole, whole) > 0



def _svg(body: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(
        b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" '
        b'viewBox="0 0 800 600">' + body.encode() + b"</svg>"))


def test_a_drawing_with_no_background_of_its_own_is_drawn_on_where_it_is_painted(
        qapp: object) -> None:
    """A pack's drawing may leave its paper unpainted (the page shows through). Its
    largest shape, commoner than any other colour, was taken for the paper: a chip over
    a card above a body slid down onto the body, off the card."""
    body = '<rect x="0" y="270" width="800" height="330" fill="#f2c9a0"/>'  # lower 55%
    card = '<rect x="300" y="150" width="200" height="90" fill="#e9c46a"/>'
    ink = ink_map(_svg(body + card))
    whole = QRectF(0, 0, ink.columns, ink.rows)
    lower = QRectF(0, 0.5 * ink.rows, ink.columns, 0.5 * ink.rows)
    assert ink.covered(lower, whole) >= 0.9 * ink.columns * 0.5 * ink.rows
    assert ink.covered(QRectF(0, 0, ink.columns, 0.2 * ink.rows), whole) == 0
    drawing = QRectF(0, 0, 800, 600)
    box, point = _chip(400, 255, 160, 60), QPointF(400, 255)
    slide_off_ink([(box, point)], [], drawing, drawing, ink, gap=2)
    assert box.center().y() <= 255  # not down onto the body


def test_the_paper_is_the_colour_round_the_drawings_edge(qapp: object) -> None:
    """In "first signs" four white panels cover more of the drawing than its cream
    paper: taken by count, white was the paper and the paper was ink. The paper is the
    colour round the drawing's edge."""
    paper = '<rect width="800" height="600" rx="32" fill="#f4efe6"/>'
    panels = ''.join(f'<rect x="{x}" y="{y}" width="360" height="250" fill="#ffffff"/>'
                     for x in (30, 410) for y in (30, 320))
    ink = ink_map(_svg(paper + panels))
    whole = QRectF(0, 0, ink.columns, ink.rows)
    # The panels are drawn on; the paper's strip between them is not.
    panel = QRectF(0.1 * ink.columns, 0.1 * ink.rows, 0.3 * ink.columns, 0.3 * ink.rows)
    assert ink.covered(panel, whole) >= 0.9 * panel.width() * panel.height()
    gutter = QRectF(0.49 * ink.columns, 0.1 * ink.rows, 0.02 * ink.columns, 0.8 * ink.rows)
    assert ink.covered(gutter, whole) == 0


def test_a_slide_that_gains_little_is_not_made() -> None:
    """A chip leaves its point only for a clear gain: hiding a tenth less is not one."""
    # A 100 × 100 grid inked from row 29 down. The chip (rows 35 to 65) can rise at most
    # 9 rows, to 26: it would then hide 27 rows of ink where it hid 30.
    inked = _map(["." * 100] * 29 + ["#" * 100] * 71)
    box = _chip(50, 50)
    slide_off_ink([(box, QPointF(50, 50))], [], DRAWING, DRAWING, inked, gap=2)
    assert box == _chip(50, 50)
    # Inked from row 38: rising, it would hide 18 rows where it hid 27. It rises.
    deeper = _map(["." * 100] * 38 + ["#" * 100] * 62)
    slide_off_ink([(box, QPointF(50, 50))], [], DRAWING, DRAWING, deeper, gap=2)
    assert box.center().y() < 50


def test_a_mirrored_picture_keeps_its_chips_off_its_mirrored_ink(qtbot: QtBot) -> None:
    """"Flares and remission" reads across: in Urdu it is drawn mirrored, and its chips
    keep off the mirrored drawing's ink, not the drawing's as drawn (at the largest text
    at 1366×768 the two place them apart)."""
    from kiosk._qt.session import TEXT_SCALES
    from kiosk._qt.widgets.picture_labels import label_boxes

    page = PACK.page("autoimmune-disease/flares-and-remission")
    assert page is not None and page.illustration is not None
    picture = Illustration()
    qtbot.addWidget(picture)
    picture.resize(QSize(380, 285))
    picture.set_picture(page.illustration, page.labels, page.picture_reads)
    metrics = theme.Metrics.for_size(QSize(1366, 768), "ur", text_scale=max(TEXT_SCALES))
    picture.retranslate(metrics)
    assert picture.mirrored()
    rect, drawn = picture._placed()
    renderer = renderer_for(page.illustration)
    shown = [box for _block, box in picture.label_blocks()]

    def placed(mirrored: bool) -> list[QRectF]:
        return [box for _block, box in label_boxes(
            picture._shown(), metrics, rect, drawn, ink_map(renderer, mirrored=mirrored))]
    assert shown == placed(True)
    assert placed(True) != placed(False)  # else this would not tell them apart
