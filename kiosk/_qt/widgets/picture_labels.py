"""Where a picture's labels go: each label's words laid out, its chip, and the drawing's
own place beside them, in the patient's language and text size.

Labels name a point of the drawing (``x``, ``y`` as fractions of it) or, set in the clear
band every drawing keeps at its foot (``CAPTION_FROM``), caption it. Urdu's tall, wide
chips are what this is designed from: captions go under the drawing when its band
cannot hold them, on lines of their own when they cannot share one, and labels that would
cover each other move apart onto free room. ``illustration`` places the picture and
draws it once with its labels.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter

from kiosk._qt import theme
from kiosk._qt.widgets.drawing_ink import InkMap, slide_off_ink
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.model import CAPTION_FROM, Label

LABEL_WIDTH = 0.42  # of the picture: a label wider than this wraps
CLEAR_BAND = 0.15  # the bottom of every drawing, kept free for its captions
SMALLEST_DRAWING = 0.6  # of the picture's height, however tall its captions


def label_boxes(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
                drawn: QSizeF | None = None, ink: InkMap | None = None
                ) -> list[tuple[TextBlock, QRectF]]:
    """Each label's laid-out words and the chip they sit in, on a picture at ``rect``."""
    return arrange(labels, metrics, rect, drawn, ink)[1]


class _Laid(NamedTuple):
    """A label's words laid out, its chip's size, and (a caption) its line under the
    drawing: captions share one line, or several when one cannot hold them."""

    label: Label
    block: TextBlock
    width: float
    height: float
    row: int = 0

    @property
    def caption(self) -> bool:
        return self.label.y >= CAPTION_FROM


def _laid(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
          room: float) -> list[_Laid]:
    """Each label's words laid out for a picture ``width`` wide, with its chip's size;
    ``room`` is the most height the captions' lines may take."""
    # Words wrap as wide as a plain chip's; Nastaliq's side room (``_side``) is added to
    # the chip where the picture has it, not taken from the words (it made them wrap
    # into chips taller than a small picture).
    pad = metrics.px(10)
    # Captions share the band's one line: each may be as wide as its share of it, so a
    # two-word caption does not wrap into a chip twice as tall.
    captions = sum(1 for label in labels if label.y >= CAPTION_FROM)
    caption_width = width * max(LABEL_WIDTH, 0.96 / max(1, captions)) - 2 * pad
    laid = _lay(labels, metrics, width, caption_width)
    gap = metrics.px(6)
    if captions > 1 and sum(one.width for one in laid if one.caption) \
            + gap * (captions - 1) > width:
        # Side by side they would overlap: each wraps within its share instead, or they
        # take two lines or more, whichever is lower (three Urdu captions under a narrow
        # picture covered each other; wrapped in their shares at a larger text size,
        # one word a line, they were taller than two lines of them).
        share = (width - gap * (captions - 1)) / captions - 2 * pad
        ways = [_lay(labels, metrics, width, share),
                _in_rows(_lay(labels, metrics, width, width - 2 * pad), width, gap)]
        # Only a way whose lines hold their captions (an Urdu word wider than its share
        # keeps its width), and one with room under the drawing if any has: else the
        # drawing is drawn smaller above them. Chips over each other cannot be read.
        across = [way for way in ways if _widest_row(way, gap) <= width + 0.5]
        if _widest_row(laid, 0) <= width:
            across.append(laid)  # on one line still, with their gaps closed up
        fitting = [way for way in across if _band(way, metrics) <= room] or across
        if fitting:
            laid = min(fitting, key=lambda way: _band(way, metrics))
    return laid


def _by_row(laid: list[_Laid]) -> list[list[_Laid]]:
    """The captions on each of their lines, first line first."""
    rows: dict[int, list[_Laid]] = {}
    for one in laid:
        if one.caption:
            rows.setdefault(one.row, []).append(one)
    return [rows[row] for row in sorted(rows)]


def _widest_row(laid: list[_Laid], gap: float) -> float:
    """How wide the widest line of captions is, side by side with gaps between."""
    return max((sum(one.width for one in row) + gap * (len(row) - 1)
                for row in _by_row(laid)), default=0.0)


def _in_rows(laid: list[_Laid], width: float, gap: float) -> list[_Laid]:
    """Captions put on as few lines as hold them, in their order across the drawing."""
    row_of: dict[int, int] = {}
    row, used = 0, 0.0
    for one in sorted((one for one in laid if one.caption), key=lambda one: one.label.x):
        if used and used + gap + one.width > width:
            row, used = row + 1, 0.0
        used += (gap if used else 0.0) + one.width
        row_of[id(one)] = row
    return [one._replace(row=row_of.get(id(one), 0)) for one in laid]


def _lay(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
         caption_width: float) -> list[_Laid]:
    pad, side = metrics.px(10), _side(metrics)
    laid = []
    for label in labels:
        wide = caption_width if label.y >= CAPTION_FROM else width * LABEL_WIDTH
        block = _label_block(label.text.get(metrics.language), metrics, wide)
        # Nastaliq's side room only where the picture has it: a chip wider than the
        # picture would leave it (a small picture at the largest text).
        chip = max(min(block.doc.textWidth() + 2 * side, width),
                   block.doc.textWidth() + 2 * pad)
        laid.append(_Laid(label, block, chip, block.ink_height() + metrics.px(10)))
    return laid


def _side(metrics: theme.Metrics) -> int:
    """The room either side of a chip's words. Nastaliq letters reach past the first
    letter's advance (the top of a ک): flush, they ran into the chip's edge."""
    pad = metrics.px(10)
    if metrics.script == "nastaliq":
        pad += round(0.25 * metrics.text_px("small"))
    return pad


def _rows(laid: list[_Laid]) -> list[float]:
    """The height of each line of captions, first to last."""
    return [max(one.height for one in row) for row in _by_row(laid)]


def _band(laid: list[_Laid], metrics: theme.Metrics) -> float:
    """The height of the captions' lines with the gaps above and between them; 0
    without captions."""
    rows = _rows(laid)
    return sum(rows) + metrics.px(6) * (len(rows) - 1) + metrics.px(8) if rows else 0.0


def caption_band(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
                  room: float) -> float:
    return _band(_laid(labels, metrics, width, room), metrics)


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
    under the drawing, and if ``rect`` has no room for that, the drawing is drawn
    smaller, above the captions, instead of under them.

    With the drawing's ``ink``, each label's chip then slides, its point still inside
    it, to where it covers least of what is drawn (``drawing_ink.slide_off_ink``). Placing the
    picture asks without: the slide moves no chip onto another or off the picture.
    """
    own = drawn.height() if drawn is not None else rect.height()
    own_width = drawn.width() if drawn is not None else rect.width()
    laid = _laid(labels, metrics, rect.width(), rect.height() - SMALLEST_DRAWING * own)
    drawing = QRectF(rect.left() + (rect.width() - own_width) / 2, rect.top(), own_width, own)
    band, rows = _band(laid, metrics), _rows(laid)
    if band <= CLEAR_BAND * own and len(rows) <= 1:
        band = 0.0  # the captions sit in the drawing's own clear band
    else:
        # The drawing's clear band may still lie under the captions; its drawn part not.
        height = min(own, (rect.height() - band) / (1 - CLEAR_BAND))
        height = max(height, own * SMALLEST_DRAWING)
        drawing = QRectF(0, 0, own_width * height / own, height)
        drawing.moveCenter(QPointF(rect.center().x(), rect.top() + height / 2))
    out = []
    # Each line of captions centred on its own middle, the lines from the band's top.
    middles, top = [], rect.bottom() - band + metrics.px(8) / 2
    for height in rows:
        middles.append(top + height / 2)
        top += height + metrics.px(6)
    for label, block, w, h, row in laid:
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
        if band or overlaps(captions, 0):
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


def _apart(out: list[tuple[TextBlock, QRectF]], laid: list[_Laid], rect: QRectF,
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

    def covers(box: QRectF, other: QRectF) -> bool:
        return box.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1).intersects(other)

    def free(moved: QRectF, mine: QRectF) -> bool:
        return rect.contains(moved) and not any(
            covers(moved, other) for other in boxes if other is not mine)

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


_blocks: dict[tuple[object, ...], TextBlock] = {}
_KEEP_BLOCKS = 32  # a topic's labels in both languages: shaping Nastaliq is slow


def _label_block(text: str, metrics: theme.Metrics, width: float) -> TextBlock:
    """A label's words laid out at most ``width`` wide, kept for later page turns."""
    key = (text, metrics, round(width))
    block = _blocks.pop(key, None)
    if block is None:
        block = TextBlock()
        block.set(text, metrics.font("small", bold=True), width, metrics.rtl,
                  metrics.line_height, theme.NAVY, Qt.AlignmentFlag.AlignCenter)
        ideal = block.ideal_width()
        # As narrow as its lines; a word wider than ``width`` is kept whole, not cut.
        block.doc.setTextWidth(max(min(width, ideal + 1), ideal))
    _blocks[key] = block
    while len(_blocks) > _KEEP_BLOCKS:
        _blocks.pop(next(iter(_blocks)))
    return block


def clear_cache() -> None:
    _blocks.clear()
