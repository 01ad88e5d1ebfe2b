"""A page's picture, kept at its shape, with its labels laid over it in the patient's language."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QRegion, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets.fill import fill_rect
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.model import CAPTION_FROM, Label

log = logging.getLogger("kiosk.ui")

_TOUCH = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
          QEvent.Type.TouchCancel)

_renderers: dict[Path, QSvgRenderer] = {}
LABEL_WIDTH = 0.42  # of the picture: a label wider than this wraps
CLEAR_BAND = 0.15  # the bottom of every drawing, kept free for its captions
SMALLEST_DRAWING = 0.6  # of the picture's height, however tall its captions


def renderer_for(path: Path) -> QSvgRenderer:
    """Parse each SVG once per run; page turns then only rasterise."""
    renderer = _renderers.get(path)
    if renderer is None:
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            log.error("illustration %s could not be drawn", path)
        _renderers[path] = renderer
    return renderer


_pictures: dict[tuple[object, ...], QPixmap] = {}
# The picture shown, its neighbours and one spare. At 4K each is ~10 MB.
_KEEP_PICTURES = 4


def parsed() -> list[Path]:
    """The drawings parsed and kept (one renderer each)."""
    return list(_renderers)


def forget_other_packs(root: Path) -> None:
    """A new pack is live: drop the drawings parsed from any other folder (an older
    version's, a preview's). Each install is a new folder, so a kiosk that installs a
    pack a week would otherwise keep every version's parsed drawings until it restarts."""
    for path in [path for path in _renderers if not path.is_relative_to(root)]:
        del _renderers[path]


def forget_drawings_except(keep: set[Path]) -> None:
    """Let go of every parsed drawing but ``keep`` (those on the home screen, and the
    pages a tap opens first), and parse those again: nobody is reading a page.

    About 65 KB each in Qt's memory. Kept all day, a pack of a thousand pages would
    hold every page a patient opened since the kiosk started; the next patient's pages
    are parsed again while they read the page before.

    A drawing once drawn also holds what drawing it worked out: Qt keeps each shape
    converted for the paint engine, with the shape. The sixteen drawings kept after a
    tour of the bundled pack held about 1.5 MiB that way; parsed again (5 ms for all of
    them) they hold the drawing alone, and the next patient's home screen draws them
    anew, as it would have (its tiles' pictures go between patients too).
    """
    for path in list(_renderers):
        if path not in keep:
            del _renderers[path]
            continue
        fresh = QSvgRenderer(str(path))
        if fresh.isValid():  # else (the file gone or damaged meanwhile) the parsed one stays
            _renderers[path] = fresh


def kept_pictures() -> int:
    """How many drawn pictures are kept for quick page turns."""
    return len(_pictures)


def forget_pictures() -> None:
    """Let the drawn pictures go (the parsed drawings stay): nobody is reading a page."""
    _pictures.clear()


def clear_cache() -> None:
    _renderers.clear()
    _pictures.clear()
    _places.clear()
    _blocks.clear()


def _fit(path: Path, area: QSize) -> QRectF:
    """Where a picture sits in an area: as large as fits, centred, at its own shape.

    On whole pixels, so the area around it can be filled exactly (see paintEvent).
    """
    size = renderer_for(path).defaultSize()
    if size.isEmpty():
        size = QSize(800, 600)
    scaled = size.scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
    x = (area.width() - scaled.width()) // 2
    y = (area.height() - scaled.height()) // 2
    return QRectF(x, y, scaled.width(), scaled.height())


def _placed(path: Path, area: QSize, labels: tuple[Label, ...],
            metrics: theme.Metrics | None) -> tuple[QRectF, QSizeF]:
    """Where the picture and its labels sit in an area, and the drawing's own size.

    Captions too tall for the drawing's clear band go under the drawing, into whatever
    height the area has beyond it (a narrow column beside long Urdu words has plenty),
    before the drawing is drawn smaller for them: drawn smaller, a page's picture came to
    a thumbnail with its captions over it.

    Labels that still crowd the drawing (covering each other, leaving it, or shrinking it
    for their captions) spread into the width the area has beside it: at the largest text
    a portrait page's picture is a short wide band, and its Urdu labels wrapped into
    chips taller than the drawing, over it and over each other, with two thirds of the
    band empty.
    """
    box = _fit(path, area)
    if metrics is None:
        return box, box.size()
    key = (path, area.toTuple(), metrics,
           tuple((label.text.get(metrics.language), label.x, label.y) for label in labels))
    found = _places.pop(key, None)
    if found is None:
        found = _least_crowded(box, area, labels, metrics), box.size()
    _places[key] = found
    while len(_places) > _KEEP_PLACES:
        _places.pop(next(iter(_places)))
    return QRectF(found[0]), QSizeF(found[1])  # the callers' own, to move as they like


_places: dict[tuple[object, ...], tuple[QRectF, QSizeF]] = {}
_KEEP_PLACES = 16  # a page and its neighbours, at each size asked (a turn, a prefetch)
_WIDER = (1.25, 1.5, 1.75, 2.0, 2.5, 3.0)  # the widths tried, in drawings' widths


def _least_crowded(box: QRectF, area: QSize, labels: tuple[Label, ...],
                   metrics: theme.Metrics) -> QRectF:
    """The narrowest place, from the drawing's own width to the area's, where its labels
    neither leave it nor cover each other, with the drawing as large as it gets: where
    captions too tall for a short band must go under a drawing drawn smaller, one line
    of them under a larger drawing beats two lines over a smaller one."""
    widths = sorted({round(box.width()), area.width(),
                     *(w for w in (round(box.width() * f) for f in _WIDER)
                       if w < area.width())})
    best: tuple[tuple[int, float], QRectF] | None = None
    for width in widths:
        rect = _grown(box, width, area, labels, metrics)
        crowding = _crowding(rect, box.size(), labels, metrics)
        if best is None or crowding < best[0]:
            best = crowding, rect
        if crowding == (0, -box.height()):
            break  # nothing to gain further out
    assert best is not None
    return best[1]


def _grown(box: QRectF, width: int, area: QSize, labels: tuple[Label, ...],
           metrics: theme.Metrics) -> QRectF:
    """The picture ``width`` wide (the drawing centred in it), and taller than the
    drawing by what its captions need under it, as far as the area has that height."""
    room = area.height() - box.height()
    band = _caption_band(labels, metrics, width,
                         area.height() - SMALLEST_DRAWING * box.height())
    height = box.height() + max(0, min(room, math.ceil(band - CLEAR_BAND * box.height())))
    return QRectF((area.width() - width) // 2, (area.height() - height) // 2, width, height)


def _crowding(rect: QRectF, drawn: QSizeF, labels: tuple[Label, ...],
              metrics: theme.Metrics) -> tuple[int, float]:
    """How the labels crowd the drawing in ``rect``: how many leave the picture or cover
    another, then (as a negative, to sort by) the height the drawing keeps."""
    local = QRectF(0, 0, rect.width(), rect.height())
    drawing, out = arrange(labels, metrics, local, drawn)
    boxes = [box for _block, box in out]
    crowding = sum(not local.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box)
                   for box in boxes)
    crowding += sum(box.adjusted(1, 1, -1, -1).intersects(other)
                    for index, box in enumerate(boxes) for other in boxes[index + 1:])
    return crowding, -round(drawing.height(), 1)


def finished(path: Path, rect: QRectF, ratio: float, labels: tuple[Label, ...],
             metrics: theme.Metrics | None, background: QColor,
             drawn: QSizeF | None = None) -> QPixmap:
    """The picture with its labels, drawn once on the page's background and kept.

    One opaque picture is one copy on a page turn. Drawn as a transparent picture with
    label chips painted over it, a 4K page turn blended the picture over a background
    Qt had just filled, then shaped and drew every label again.
    """
    language = metrics.language if metrics is not None else ""
    key = (path, round(rect.width()), round(rect.height()),
           drawn.toTuple() if drawn is not None else None, ratio, metrics,
           background.rgba(),
           tuple((label.text.get(language), label.x, label.y) for label in labels))
    pixmap = _pictures.pop(key, None)
    if pixmap is None:
        pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(background)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(0, 0, rect.width(), rect.height())
        drawing, boxes = arrange(labels, metrics, area, drawn) if metrics is not None \
            else (area, [])
        renderer_for(path).render(painter, drawing)
        if metrics is not None:
            _draw_labels(painter, boxes, metrics)
        painter.end()
    _pictures[key] = pixmap
    while len(_pictures) > _KEEP_PICTURES:
        _pictures.pop(next(iter(_pictures)))
    return pixmap


def label_boxes(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
                drawn: QSizeF | None = None) -> list[tuple[TextBlock, QRectF]]:
    """Each label's laid-out words and the chip they sit in, on a picture at ``rect``."""
    return arrange(labels, metrics, rect, drawn)[1]


class _Laid(NamedTuple):
    """A label's words laid out, its chip's size, and (a caption) its line under the
    drawing: captions share one line, or several when one cannot hold them."""

    label: Label
    block: TextBlock
    width: float
    height: float
    row: int = 0


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
    if captions > 1 and sum(one.width for one in laid if one.label.y >= CAPTION_FROM) \
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


def _widest_row(laid: list[_Laid], gap: float) -> float:
    """How wide the widest line of captions is, side by side with gaps between."""
    widths: dict[int, list[float]] = {}
    for one in laid:
        if one.label.y >= CAPTION_FROM:
            widths.setdefault(one.row, []).append(one.width)
    return max((sum(row) + gap * (len(row) - 1) for row in widths.values()), default=0.0)


def _in_rows(laid: list[_Laid], width: float, gap: float) -> list[_Laid]:
    """Captions put on as few lines as hold them, in their order across the drawing."""
    rows: list[_Laid] = []
    row, used = 0, 0.0
    for one in sorted(laid, key=lambda one: one.label.x):
        if one.label.y >= CAPTION_FROM:
            if used and used + gap + one.width > width:
                row, used = row + 1, 0.0
            used += (gap if used else 0.0) + one.width
            one = one._replace(row=row)
        rows.append(one)
    order = {id(one.label): index for index, one in enumerate(laid)}
    return sorted(rows, key=lambda one: order[id(one.label)])


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
    heights: dict[int, float] = {}
    for one in laid:
        if one.label.y >= CAPTION_FROM:
            heights[one.row] = max(heights.get(one.row, 0.0), one.height)
    return [heights[row] for row in sorted(heights)]


def _band(laid: list[_Laid], metrics: theme.Metrics) -> float:
    """The height of the captions' lines with the gaps above and between them; 0
    without captions."""
    rows = _rows(laid)
    return sum(rows) + metrics.px(6) * (len(rows) - 1) + metrics.px(8) if rows else 0.0


def _caption_band(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
                  room: float) -> float:
    return _band(_laid(labels, metrics, width, room), metrics)


def arrange(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
            drawn: QSizeF | None = None) -> tuple[QRectF, list[tuple[TextBlock, QRectF]]]:
    """Where the drawing goes in ``rect``, and each label's words and chip.

    ``drawn`` is the drawing's own size, at the top of ``rect`` and centred across it,
    when ``rect`` holds more than the drawing: height for its captions below it, width
    for its labels beside it (``_placed``); by default the drawing fills ``rect``.

    A pack keeps the bottom of every drawing clear (``CLEAR_BAND``) for its captions, the
    labels set in that band. On a small picture a caption's chip is taller than the band
    and would cover what it names (Urdu's tall lines most of all): then the captions go
    under the drawing, and if ``rect`` has no room for that, the drawing is drawn
    smaller, above the captions, instead of under them.
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
        if band and label.y >= CAPTION_FROM:
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
                    if one.label.y >= CAPTION_FROM and one.row == row]
        # Under the drawing each line is spread; in its own band too, once they would
        # cover each other (three English captions at the largest text, where they
        # fitted the band).
        if band or any(box.intersects(other) for index, box in enumerate(captions)
                       for other in captions[index + 1:]):
            _spread(captions, rect, metrics.px(6))
    _apart(out, laid, rect, metrics.px(6))
    return drawing, out


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
    points = [box for box, (label, *_rest) in zip(boxes, laid, strict=True)
              if label.y < CAPTION_FROM]
    captions = [box for box in boxes if not any(box is point for point in points)]

    def free(moved: QRectF, mine: QRectF) -> bool:
        return rect.contains(moved) and not any(
            moved.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1).intersects(other)
            for other in boxes if other is not mine)

    def covers(box: QRectF, other: QRectF) -> bool:
        return box.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1).intersects(other)

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


def _draw_labels(painter: QPainter, boxes: list[tuple[TextBlock, QRectF]],
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


class Illustration(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Every paint covers the whole area (the picture, and the background around it),
        # so Qt need not fill the background behind it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Take touches as touches (not synthesised mouse clicks), so a swipe that starts
        # on the picture is followed to its end.
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._path: Path | None = None
        self._labels: tuple[Label, ...] = ()
        self._metrics: theme.Metrics | None = None
        self._pixmap: QPixmap | None = None

    def set_picture(self, path: Path | None, labels: tuple[Label, ...] = ()) -> None:
        if (path, labels) != (self._path, self._labels):
            self._pixmap = None
        self._path = path
        self._labels = labels
        self.update()

    def retranslate(self, metrics: theme.Metrics) -> None:
        if metrics != self._metrics:
            self._pixmap = None
        self._metrics = metrics
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture sits, with its captions: as large as fits, centred, at its own
        shape (and taller by the room its captions take under it, if they do)."""
        return self._placed()[0]

    def _placed(self) -> tuple[QRectF, QSizeF]:
        if self._path is None:
            return QRectF(), QSizeF()
        return _placed(self._path, self.size(), self._labels, self._metrics)

    def prefetch(self, path: Path, size: QSize, labels: tuple[Label, ...] = ()) -> None:
        """Draw a picture the patient is likely to turn to next, at the size it will get,
        with its labels."""
        if size.width() > 0 and size.height() > 0:
            rect, drawn = _placed(path, size, labels, self._metrics)
            finished(path, rect, self.devicePixelRatioF(), labels, self._metrics,
                     self._background(), drawn)

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH:
            event.accept()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._pixmap = None
        super().resizeEvent(event)

    def label_blocks(self) -> list[tuple[TextBlock, QRectF]]:
        """Each label's laid-out text and the box it is drawn in, within ``picture_rect``
        (tests read this)."""
        rect, drawn = self._placed()
        if self._metrics is None or rect.isEmpty():
            return []
        return label_boxes(self._labels, self._metrics, rect, drawn)

    def drawing_rect(self) -> QRectF:
        """Where the drawing itself is drawn, in this widget (tests read this)."""
        rect, drawn = self._placed()
        if self._metrics is None or rect.isEmpty():
            return rect
        local = arrange(self._labels, self._metrics, QRectF(0, 0, rect.width(), rect.height()),
                        drawn)[0]
        return local.translated(rect.topLeft())

    def _background(self) -> QColor:
        return self.palette().color(self.backgroundRole())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect, drawn = self._placed()
        outside = QRegion(self.rect())
        if self._path is not None and not rect.isEmpty():
            if self._pixmap is None:
                self._pixmap = finished(self._path, rect, self.devicePixelRatioF(),
                                        self._labels, self._metrics, self._background(),
                                        drawn)
            painter.drawPixmap(rect.topLeft(), self._pixmap)
            outside -= QRegion(rect.toRect())
        # PySide iterates a QRegion's rectangles; its stub does not say so.
        for part in outside:  # type: ignore[attr-defined]
            fill_rect(painter, part, self._background())
        painter.end()
