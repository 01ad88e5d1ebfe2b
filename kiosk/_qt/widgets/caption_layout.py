"""A picture's labels in words and chips: each label's words laid out in the patient's
language and text size, its chip's size, and where the captions go (the labels set in
the clear band at a drawing's foot): in that band, on lines of their own under the
drawing, or beside it. ``picture_labels`` places the chips on the picture.

Urdu's tall, wide chips are what this is designed from.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt

from kiosk._qt import theme
from kiosk._qt.dot_room import room_for_dots
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.kept import Kept
from kiosk.core.model import CAPTION_FROM, Label

LABEL_WIDTH = 0.42  # of the picture: a label wider than this wraps


class Laid(NamedTuple):
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


def laid_out(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
          room: float) -> list[Laid]:
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
        fitting = [way for way in across if band_height(way, metrics) <= room] or across
        if fitting:
            laid = min(fitting, key=lambda way: band_height(way, metrics))
    return laid


def _by_row(laid: list[Laid]) -> list[list[Laid]]:
    """The captions on each of their lines, first line first."""
    rows: dict[int, list[Laid]] = {}
    for one in laid:
        if one.caption:
            rows.setdefault(one.row, []).append(one)
    return [rows[row] for row in sorted(rows)]


def _widest_row(laid: list[Laid], gap: float) -> float:
    """How wide the widest line of captions is, side by side with gaps between."""
    return max((sum(one.width for one in row) + gap * (len(row) - 1)
                for row in _by_row(laid)), default=0.0)


def _in_rows(laid: list[Laid], width: float, gap: float) -> list[Laid]:
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
         caption_width: float) -> list[Laid]:
    pad, side = metrics.px(10), _side(metrics)
    laid = []
    for label in labels:
        wide = caption_width if label.y >= CAPTION_FROM else width * LABEL_WIDTH
        # Spaces only, no words kept together: a label is a few words on a chip.
        words = room_for_dots(label.text.get(metrics.language), metrics.language)
        block = _label_block(words, metrics, wide)
        # Nastaliq's side room only where the picture has it: a chip wider than the
        # picture would leave it (a small picture at the largest text).
        chip = max(min(block.doc.textWidth() + 2 * side, width),
                   block.doc.textWidth() + 2 * pad)
        laid.append(Laid(label, block, chip, block.ink_height() + metrics.px(10)))
    return laid


def _side(metrics: theme.Metrics) -> int:
    """The room either side of a chip's words. Nastaliq letters reach past the first
    letter's advance (the top of a ک): flush, they ran into the chip's edge."""
    pad = metrics.px(10)
    if metrics.script == "nastaliq":
        pad += round(0.25 * metrics.text_px("small"))
    return pad


def caption_rows(laid: list[Laid]) -> list[float]:
    """The height of each line of captions, first to last."""
    return [max(one.height for one in row) for row in _by_row(laid)]


def band_height(laid: list[Laid], metrics: theme.Metrics) -> float:
    """The height of the captions' lines with the gaps above and between them; 0
    without captions."""
    rows = caption_rows(laid)
    return sum(rows) + metrics.px(6) * (len(rows) - 1) + metrics.px(8) if rows else 0.0


def caption_band(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
                  room: float) -> float:
    return band_height(laid_out(labels, metrics, width, room), metrics)


def beside(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
            drawing: QRectF, under: list[Laid]
            ) -> tuple[list[Laid], dict[int, QRectF]] | None:
    """The captions either side of the drawing drawn whole, at its foot, each on the side
    of the drawing it names (by ``index`` in ``labels``), where ``rect`` has the room,
    each caption takes no more lines than it would ``under`` the drawing, and no side
    has two (three "when to get help" panels put "doctor today", the middle one's,
    beside "call now").

    A short, wide picture (the largest Urdu text at 1366×768, under a stem cell page's
    title and status chips) put its captions' two lines under the drawing and drew it
    a strip 60 px wide above them, with half the picture's width empty beside it.
    """
    gap, pad = metrics.px(6), metrics.px(10)
    side = min(drawing.left() - rect.left(), rect.right() - drawing.right()) - gap
    if side <= 2 * pad:
        return None
    laid = _lay(labels, metrics, rect.width(), side - 2 * pad)
    boxes: dict[int, QRectF] = {}
    for on_left in (True, False):
        mine = [(index, one) for index, one in enumerate(laid)
                if one.caption and (one.label.x < 0.5) == on_left]
        if len(mine) > 1:
            return None  # two on one side: which names the middle panel?
        for index, one in mine:
            box = QRectF(0, 0, one.width, one.height)
            box.moveBottom(drawing.bottom())
            if on_left:
                box.moveRight(drawing.left() - gap)
            else:
                box.moveLeft(drawing.right() + gap)
            if one.width > side or box.top() < rect.top() or \
                    one.height > under[index].height + 0.5:
                return None  # too wide for the side, taller than it, or wrapped further
            boxes[index] = box
    return laid, boxes


# A topic's labels in both languages: shaping Nastaliq is slow.
_blocks: Kept[tuple[str, theme.Metrics, int], TextBlock] = Kept(32)


def _label_block(text: str, metrics: theme.Metrics, width: float) -> TextBlock:
    """A label's words laid out at most ``width`` wide, kept for later page turns."""
    def lay_out() -> TextBlock:
        block = TextBlock()
        block.set(text, metrics.font("small", bold=True), width, metrics.rtl,
                  metrics.line_height, theme.NAVY, Qt.AlignmentFlag.AlignCenter)
        ideal = block.ideal_width()
        # As narrow as its lines; a word wider than ``width`` is kept whole, not cut.
        block.doc.setTextWidth(max(min(width, ideal + 1), ideal))
        return block
    return _blocks.get((text, metrics, round(width)), lay_out)


def clear_cache() -> None:
    _blocks.clear()
