"""Where a picture's labels go: the drawing's own place, each label's chip on it, and
how much of the drawing the chips hide, in the patient's language and text size.

Labels name a point of the drawing (``x``, ``y`` as fractions of it) or, set in the clear
band every drawing keeps at its foot (``CAPTION_FROM``), caption it. Urdu's tall, wide
chips are what this is designed from: captions go under the drawing when its band
cannot hold them, or beside it (``caption_layout`` lays their words out), labels that
would cover each other move apart onto free room, and chips keep off what is drawn
(``drawing_ink``). ``illustration`` places the picture and draws it once with its labels.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPainter

from kiosk._qt import theme
from kiosk._qt.widgets import caption_layout
from kiosk._qt.widgets.drawing_ink import InkMap, Room, slide_off_ink
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.model import CAPTION_FROM, Label

CLEAR_BAND = 0.15  # the bottom of every drawing, kept free for its captions
SMALLEST_DRAWING = 0.6  # of the picture's height, however tall its captions
BESIDE_BELOW = 0.85  # captions go beside a drawing that under them would be smaller


def label_boxes(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
                drawn: QSizeF | None = None, ink: InkMap | None = None
                ) -> list[tuple[TextBlock, QRectF]]:
    """Each label's laid-out words and the chip they sit in, on a picture at ``rect``."""
    return arrange(labels, metrics, rect, drawn, ink)[1]


def arrange(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
            drawn: QSizeF | None = None, ink: InkMap | None = None
            ) -> tuple[QRectF, list[tuple[TextBlock, QRectF]]]:
    """Where the drawing goes in ``rect``, and each label's words and chip.

    ``drawn`` is the drawing's own size, at the top of ``rect`` and centred across it,
    when ``rect`` holds more than the drawing: height for its captions below it, width
    for its labels beside it (``_placed``); by default the drawing fills ``rect``.

    A pack keeps the bottom of every drawing clear (``CLEAR_BAND``) for its captions, the
    labels set in that band. On a small picture a caption's chip is taller than the band
    and would cover what it names (Urdu's tall lines most of all): then the captions go
    under the drawing; if ``rect`` has no room for that, beside it where it has the
    width (``caption_layout.beside``), and else the drawing is drawn smaller, above the captions,
    instead of under them.

    With the drawing's ``ink``, each label's chip then slides, its point still inside
    it, to where it covers least of what is drawn (``drawing_ink.slide_off_ink``). Placing the
    picture asks without: the slide moves no chip onto another or off the picture.
    """
    own = drawn.height() if drawn is not None else rect.height()
    own_width = drawn.width() if drawn is not None else rect.width()
    laid = caption_layout.laid_out(labels, metrics, rect.width(),
                                   rect.height() - SMALLEST_DRAWING * own)
    drawing = QRectF(rect.left() + (rect.width() - own_width) / 2, rect.top(), own_width, own)
    band, rows = caption_layout.band_height(laid, metrics), caption_layout.caption_rows(laid)
    beside: dict[int, QRectF] = {}
    if band <= CLEAR_BAND * own and len(rows) <= 1:
        band = 0.0  # the captions sit in the drawing's own clear band
    else:
        # The drawing's clear band may still lie under the captions; its drawn part not.
        height = min(own, (rect.height() - band) / (1 - CLEAR_BAND))
        # Beside it only for a clear gain: a drawing a little smaller over one line of
        # captions beats one a little larger between captions one word a line.
        # Not where labels sit on the drawing itself: beside it, captions cover nothing,
        # so the page took a smaller picture (at the largest Urdu text in portrait, one
        # where "germ" covered the germ) for a screen fewer.
        found = caption_layout.beside(labels, metrics, rect, drawing, laid) \
            if height < BESIDE_BELOW * own and all(one.caption for one in laid) else None
        if found is not None:
            (laid, beside), band, rows = found, 0.0, []
        else:
            height = max(height, own * SMALLEST_DRAWING)
            drawing = QRectF(0, 0, own_width * height / own, height)
            drawing.moveCenter(QPointF(rect.center().x(), rect.top() + height / 2))
    out = []
    # Each line of captions centred on its own middle, the lines from the band's top.
    middles, top = [], rect.bottom() - band + metrics.px(8) / 2
    for height in rows:
        middles.append(top + height / 2)
        top += height + metrics.px(6)
    for index, (label, block, w, h, row) in enumerate(laid):
        if index in beside:
            out.append((block, beside[index]))
            continue
        cx = drawing.left() + label.x * drawing.width()
        if band and label.y >= CAPTION_FROM:  # a caption under the drawing
            cy = middles[row]
        else:
            cy = drawing.top() + label.y * drawing.height()
        box = QRectF(cx - w / 2, cy - h / 2, w, h)
        # Keep the chip on the picture even when a long Urdu word makes it wide.
        box.moveLeft(max(rect.left(), min(box.left(), rect.right() - w)))
        box.moveTop(max(rect.top(), min(box.top(), rect.bottom() - h)))
        out.append((block, box))
    for row in range(max(1, len(rows))):
        captions = [box for (_block, box), one in zip(out, laid, strict=True)
                    if one.caption and one.row == row]
        # Under the drawing each line is spread; in its own band too, once they would
        # cover each other (three English captions at the largest text, where they
        # fitted the band).
        if not beside and (band or overlaps(captions, 0)):
            _spread(captions, rect, metrics.px(6))
    _apart(out, laid, rect, metrics.px(6))
    if ink is not None:
        slide_off_ink([(box, QPointF(drawing.left() + one.label.x * drawing.width(),
                                     drawing.top() + one.label.y * drawing.height()))
                       for (_block, box), one in zip(out, laid, strict=True)
                       if not one.caption],
                      [box for (_block, box), one in zip(out, laid, strict=True)
                       if one.caption], drawing, rect, ink, metrics.px(6))
    return drawing, out


def overlaps(boxes: list[QRectF], inset: float = 1) -> int:
    """How many pairs of ``boxes`` cover each other (by more than ``inset`` each side)."""
    return sum(box.adjusted(inset, inset, -inset, -inset).intersects(other)
               for index, box in enumerate(boxes) for other in boxes[index + 1:])


def crowding(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
             drawn: QSizeF) -> tuple[int, float]:
    """How the labels crowd the drawing on a picture ``rect``'s size: how many leave the
    picture or cover another, then (as a negative, to sort by) the height the drawing
    keeps."""
    drawing, _boxes, problems = chips(labels, metrics, rect, drawn)
    return problems, -round(drawing.height(), 1)


def chips(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
           drawn: QSizeF) -> tuple[QRectF, list[QRectF], int]:
    """The drawing and the label chips on a picture ``rect``'s size, and how many chips
    leave the picture or cover another."""
    local = QRectF(0, 0, rect.width(), rect.height())
    drawing, out = arrange(labels, metrics, local, drawn)
    boxes = [box for _block, box in out]
    off = sum(not local.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box) for box in boxes)
    return drawing, boxes, off + overlaps(boxes)


# The most of a drawing its chips may hide where a larger picture could show more: at the
# default text size the bundled pack's chips hide at most 14% of a drawing; at the
# largest, Urdu's hid up to 90% of a drawing drawn at its smallest.
MOST_HIDDEN = 0.25


def crowded(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
            drawn: QSizeF) -> bool:
    """Whether the labels on a picture ``rect``'s size leave it, cover each other, or hide
    more than ``MOST_HIDDEN`` of the drawing they name."""
    drawing, boxes, problems = chips(labels, metrics, rect, drawn)
    return problems > 0 or hidden(drawing, boxes) > MOST_HIDDEN


def hidden(drawing: QRectF, boxes: list[QRectF]) -> float:
    """The share of ``drawing`` under the ``boxes`` (where they overlap, counted once)."""
    parts = [part for part in (box.intersected(drawing) for box in boxes) if not part.isEmpty()]
    edges = sorted({x for part in parts for x in (part.left(), part.right())})
    area = 0.0
    for left, right in pairwise(edges):  # slabs across, and in each the covered height
        spans = sorted((part.top(), part.bottom()) for part in parts
                       if part.left() <= left and part.right() >= right)
        top = bottom = None
        for span_top, span_bottom in spans:
            if bottom is None or span_top > bottom:
                if bottom is not None and top is not None:
                    area += (right - left) * (bottom - top)
                top, bottom = span_top, span_bottom
            else:
                bottom = max(bottom, span_bottom)
        if bottom is not None and top is not None:
            area += (right - left) * (bottom - top)
    return area / max(1e-9, drawing.width() * drawing.height())


def _apart(out: list[tuple[TextBlock, QRectF]], laid: list[caption_layout.Laid], rect: QRectF,
           gap: float) -> None:
    """Of two point labels that cover each other, move the lower one down, clear of the
    other, or else the upper one up, or else the one to the left further left or the
    other further right; of a point label over a caption, move the label up or aside:
    only where that covers no other label or caption and stays on the picture (else
    they stay as they were).

    Labels are placed by the point they name, in the pack's one place for every
    language, and sit below what they name; Urdu's taller, wider chips of two close
    points covered each other. Sideways is last: a label beside its point is further
    from it than one below. (At the largest text a picture's labels may have room only
    beside the drawing.)
    """
    boxes = [box for _block, box in out]
    points = [box for box, one in zip(boxes, laid, strict=True) if not one.caption]
    captions = [box for box, one in zip(boxes, laid, strict=True) if one.caption]
    room = Room(boxes, rect, gap)
    covers, free = room.covers, room.free
    for index, box in enumerate(points):
        for other in points[:index]:
            if not covers(box, other):
                continue
            upper, lower = sorted((box, other), key=lambda b: b.center().y())
            left, right = sorted((box, other), key=lambda b: b.center().x())
            _first_free([(lower, lower.translated(0, upper.bottom() + gap - lower.top())),
                         (upper, upper.translated(0, lower.top() - gap - upper.bottom())),
                         (left, left.translated(right.left() - gap - left.right(), 0)),
                         (right, right.translated(left.right() + gap - right.left(), 0))],
                        free)
        for caption in captions:
            if covers(box, caption):
                # Aside on its own side: past the caption it would name the wrong place.
                aside = box.translated(caption.left() - gap - box.right(), 0) \
                    if box.center().x() < caption.center().x() \
                    else box.translated(caption.right() + gap - box.left(), 0)
                _first_free([(box, box.translated(0, caption.top() - gap - box.bottom())),
                             (box, aside)], free)


def _first_free(moves: list[tuple[QRectF, QRectF]],
                free: Callable[[QRectF, QRectF], bool]) -> None:
    """Make the first move (a box, where it would go) that lands on free room."""
    for box, moved in moves:
        if free(moved, box):
            box.moveTopLeft(moved.topLeft())
            return


def _spread(boxes: list[QRectF], rect: QRectF, gap: float) -> None:
    """Move captions on one line apart, in their order, keeping them on the picture."""
    boxes.sort(key=lambda box: box.center().x())
    for before, box in pairwise(boxes):
        if box.left() < before.right() + gap:
            box.moveLeft(before.right() + gap)
    limit = rect.right()
    for box in reversed(boxes):
        if box.right() > limit:
            box.moveRight(limit)
        limit = box.left() - gap
    for box in boxes:  # more words than room: on the picture, at least
        if box.left() < rect.left():
            box.moveLeft(rect.left())


def draw_labels(painter: QPainter, boxes: list[tuple[TextBlock, QRectF]],
                 metrics: theme.Metrics) -> None:
    chip = QColor(theme.CARD)
    chip.setAlpha(235)
    for block, box in boxes:
        painter.setPen(theme.NAVY)
        painter.setBrush(chip)
        radius = min(box.height() / 2, metrics.px(18))
        painter.drawRoundedRect(box, radius, radius)
        pad = (box.width() - block.doc.textWidth()) / 2
        top = box.top() + (box.height() - block.ink_height()) / 2
        block.draw(painter, QPointF(box.left() + pad, top))


def clear_cache() -> None:
    caption_layout.clear_cache()
