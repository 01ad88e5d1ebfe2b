"""A page's picture, kept at its shape, with its labels laid over it in the patient's language."""

from __future__ import annotations

import logging
import math
from itertools import pairwise
from pathlib import Path

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
    """Where the picture and its captions sit in an area, and the drawing's own size.

    Captions too tall for the drawing's clear band go under the drawing, into whatever
    height the area has beyond it (a narrow column beside long Urdu words has plenty),
    before the drawing is drawn smaller for them: drawn smaller, a page's picture came to
    a thumbnail with its captions over it.
    """
    box = _fit(path, area)
    if metrics is None:
        return box, box.size()
    room = area.height() - box.height()
    band = _caption_band(labels, metrics, box.width(),
                         area.height() - SMALLEST_DRAWING * box.height())
    grow = min(room, math.ceil(band - CLEAR_BAND * box.height()))
    if grow <= 0:
        return box, box.size()
    height = box.height() + grow
    return QRectF(box.x(), (area.height() - height) // 2, box.width(), height), box.size()


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


def _laid(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
          room: float) -> list[tuple[Label, TextBlock, float, float]]:
    """Each label's words laid out for a picture ``width`` wide, with its chip's size;
    ``room`` is the most height the captions' line may take."""
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
    if captions > 1 and sum(w for label, _b, w, _h in laid if label.y >= CAPTION_FROM) \
            + gap * (captions - 1) > width:
        # Side by side they would overlap: each wraps within its share instead, and the
        # band grows (three Urdu captions under a narrow picture covered each other).
        share = (width - gap * (captions - 1)) / captions - 2 * pad
        wrapped = _lay(labels, metrics, width, share)
        # Unless their taller line has no room: on a small picture at a larger text size,
        # one word a line, the chips ran off the picture's foot.
        if _band(wrapped, metrics) <= room:
            laid = wrapped
    return laid


def _lay(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
         caption_width: float) -> list[tuple[Label, TextBlock, float, float]]:
    pad, side = metrics.px(10), _side(metrics)
    laid = []
    for label in labels:
        wide = caption_width if label.y >= CAPTION_FROM else width * LABEL_WIDTH
        block = _label_block(label.text.get(metrics.language), metrics, wide)
        # Nastaliq's side room only where the picture has it: a chip wider than the
        # picture would leave it (a small picture at the largest text).
        chip = max(min(block.doc.textWidth() + 2 * side, width),
                   block.doc.textWidth() + 2 * pad)
        laid.append((label, block, chip, block.ink_height() + metrics.px(10)))
    return laid


def _side(metrics: theme.Metrics) -> int:
    """The room either side of a chip's words. Nastaliq letters reach past the first
    letter's advance (the top of a ک): flush, they ran into the chip's edge."""
    pad = metrics.px(10)
    if metrics.script == "nastaliq":
        pad += round(0.25 * metrics.text_px("small"))
    return pad


def _band(laid: list[tuple[Label, TextBlock, float, float]], metrics: theme.Metrics) -> float:
    """The height of the captions' line with the gap above it; 0 without captions."""
    heights = [h for label, _block, _w, h in laid if label.y >= CAPTION_FROM]
    return max(heights) + metrics.px(8) if heights else 0.0


def _caption_band(labels: tuple[Label, ...], metrics: theme.Metrics, width: float,
                  room: float) -> float:
    return _band(_laid(labels, metrics, width, room), metrics)


def arrange(labels: tuple[Label, ...], metrics: theme.Metrics, rect: QRectF,
            drawn: QSizeF | None = None) -> tuple[QRectF, list[tuple[TextBlock, QRectF]]]:
    """Where the drawing goes in ``rect``, and each label's words and chip.

    ``drawn`` is the drawing's own size, at the top of ``rect``, when ``rect`` holds more
    height than the drawing: room for its captions below it (``_placed``); by default
    the drawing fills ``rect``.

    A pack keeps the bottom of every drawing clear (``CLEAR_BAND``) for its captions, the
    labels set in that band. On a small picture a caption's chip is taller than the band
    and would cover what it names (Urdu's tall lines most of all): then the captions go
    under the drawing, and if ``rect`` has no room for that, the drawing is drawn
    smaller, above the captions, instead of under them.
    """
    own = drawn.height() if drawn is not None else rect.height()
    laid = _laid(labels, metrics, rect.width(), rect.height() - SMALLEST_DRAWING * own)
    drawing, band = QRectF(rect.left(), rect.top(), rect.width(), own), _band(laid, metrics)
    if band <= CLEAR_BAND * own:
        band = 0.0  # the captions sit in the drawing's own clear band
    else:
        # The drawing's clear band may still lie under the captions; its drawn part not.
        height = min(own, (rect.height() - band) / (1 - CLEAR_BAND))
        height = max(height, own * SMALLEST_DRAWING)
        drawing = QRectF(0, 0, rect.width() * height / own, height)
        drawing.moveCenter(QPointF(rect.center().x(), rect.top() + height / 2))
    out = []
    for label, block, w, h in laid:
        cx = drawing.left() + label.x * drawing.width()
        if band and label.y >= CAPTION_FROM:
            cy = rect.bottom() - band / 2
        else:
            cy = drawing.top() + label.y * drawing.height()
        box = QRectF(cx - w / 2, cy - h / 2, w, h)
        # Keep the chip on the picture even when a long Urdu word makes it wide.
        box.moveLeft(max(rect.left(), min(box.left(), rect.right() - w)))
        box.moveTop(max(rect.top(), min(box.top(), rect.bottom() - h)))
        out.append((block, box))
    if band:
        _spread([box for (block, box), (label, *_rest) in zip(out, laid, strict=True)
                  if label.y >= CAPTION_FROM], rect, metrics.px(6))
    _apart(out, laid, rect, metrics.px(6))
    return drawing, out


def _apart(out: list[tuple[TextBlock, QRectF]],
           laid: list[tuple[Label, TextBlock, float, float]], rect: QRectF,
           gap: float) -> None:
    """Of two point labels that cover each other, move the lower one down, clear of the
    other, or else the upper one up: only where that covers no other label or caption
    and stays on the picture (else they stay as they were).

    Labels are placed by the point they name, in the pack's one place for every
    language, and sit below what they name; Urdu's taller, wider chips of two close
    points covered each other.
    """
    boxes = [box for _block, box in out]
    points = [box for box, (label, *_rest) in zip(boxes, laid, strict=True)
              if label.y < CAPTION_FROM]

    def free(moved: QRectF, mine: QRectF) -> bool:
        return rect.contains(moved) and not any(
            moved.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1).intersects(other)
            for other in boxes if other is not mine)

    for index, box in enumerate(points):
        for other in points[:index]:
            if not box.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1).intersects(other):
                continue
            upper, lower = sorted((box, other), key=lambda b: b.center().y())
            down = lower.translated(0, upper.bottom() + gap - lower.top())
            up = upper.translated(0, lower.top() - gap - upper.bottom())
            if free(down, lower):
                lower.moveTop(down.top())
            elif free(up, upper):
                upper.moveTop(up.top())


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
