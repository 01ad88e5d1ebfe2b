"""A page's picture, kept at its shape, with its labels laid over it in the patient's language."""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QRegion, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets import drawing_ink, picture_labels
from kiosk._qt.widgets.caption_layout import caption_band
from kiosk._qt.widgets.fill import fill_rect
from kiosk._qt.widgets.picture_labels import (
    CLEAR_BAND,
    SMALLEST_DRAWING,
    arrange,
    crowding,
    draw_labels,
    label_boxes,
)
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.kept import Kept
from kiosk.core.model import (
    CAPTION_FROM,
    Label,
    PictureReads,
    mirrored_for,
    mirrored_labels,
)

log = logging.getLogger("kiosk.ui")

_TOUCH = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
          QEvent.Type.TouchCancel)

_renderers: dict[Path, QSvgRenderer] = {}


def renderer_for(path: Path) -> QSvgRenderer:
    """Parse each SVG once per run; page turns then only rasterise."""
    renderer = _renderers.get(path)
    if renderer is None:
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            log.error("illustration %s could not be drawn", path)
        _renderers[path] = renderer
    return renderer


# The picture shown, its neighbours and one spare. At 4K each is ~10 MB.
_pictures: Kept[tuple[object, ...], QPixmap] = Kept(4)


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
    drawing_ink.clear_cache()


def _ink(path: Path | None, mirrored: bool, labels: tuple[Label, ...]
         ) -> drawing_ink.InkMap | None:
    """Where the drawing is drawn on, for its labels' chips to keep off (none to place:
    nothing to look at)."""
    if path is None or not any(label.y < CAPTION_FROM for label in labels):
        return None
    return drawing_ink.ink_of(path, renderer_for(path), mirrored)


def clear_cache() -> None:
    _renderers.clear()
    drawing_ink.clear_cache()
    _pictures.clear()
    _places.clear()
    picture_labels.clear_cache()


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
    found = _places.get(key, lambda: (_least_crowded(box, area, labels, metrics), box.size()))
    return QRectF(found[0]), QSizeF(found[1])  # the callers' own, to move as they like


def labels_crowd(path: Path, area: QSize, labels: tuple[Label, ...],
                 metrics: theme.Metrics) -> bool:
    """Whether ``labels``, placed as well as they go on a picture in ``area``, would still
    cover each other, leave it, or hide much of the drawing."""
    rect, drawn = _placed(path, area, labels, metrics)
    return picture_labels.crowded(labels, metrics, rect, drawn)


# Labels that would still hide more of their drawing than this, placed as well as they
# go, are left off it: at the largest Urdu text a treatment page's title and status chips
# leave its picture a corner of the column, and two labels hid 82% of a stem-cell
# drawing drawn 200 px wide (62% of a nerve drawing at 1366×768). A drawing seen bare
# teaches more than two words piled over it. The labels' names are lost at that size
# ("brain and spinal cord", "eye drops": the pages' words do not all say them).
BURIED = 0.4


def shown_labels(path: Path, area: QSize, labels: tuple[Label, ...],
                 metrics: theme.Metrics | None) -> tuple[Label, ...]:
    """``labels``, or none where on a picture in ``area`` they would bury the drawing."""
    if not labels or metrics is None or area.isEmpty():
        return labels
    rect, drawn = _placed(path, area, labels, metrics)
    drawing, boxes, _problems = picture_labels.chips(labels, metrics, rect, drawn)
    return () if picture_labels.hidden(drawing, boxes) > BURIED else labels


# A page and its neighbours, at each size asked (a turn, a prefetch, and the sizes a
# page whose words run on tries for its labels).
_places: Kept[tuple[object, ...], tuple[QRectF, QSizeF]] = Kept(32)
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
        crowded = crowding(labels, metrics, rect, box.size())
        if best is None or crowded < best[0]:
            best = crowded, rect
        if crowded == (0, -box.height()):
            break  # nothing to gain further out
    assert best is not None
    return best[1]


def _grown(box: QRectF, width: int, area: QSize, labels: tuple[Label, ...],
           metrics: theme.Metrics) -> QRectF:
    """The picture ``width`` wide (the drawing centred in it), and taller than the
    drawing by what its captions need under it, as far as the area has that height."""
    room = area.height() - box.height()
    band = caption_band(labels, metrics, width,
                         area.height() - SMALLEST_DRAWING * box.height())
    height = box.height() + max(0, min(room, math.ceil(band - CLEAR_BAND * box.height())))
    return QRectF((area.width() - width) // 2, (area.height() - height) // 2, width, height)


def finished(path: Path, rect: QRectF, ratio: float, labels: tuple[Label, ...],
             metrics: theme.Metrics | None, background: QColor,
             drawn: QSizeF | None = None, mirrored: bool = False) -> QPixmap:
    """The picture with its labels, drawn once on the page's background and kept.

    One opaque picture is one copy on a page turn. Drawn as a transparent picture with
    label chips painted over it, a 4K page turn blended the picture over a background
    Qt had just filled, then shaped and drew every label again.

    ``mirrored``: the drawing is drawn mirrored left to right (``PictureReads.ACROSS``
    in a right-to-left language); ``labels`` are already where they sit on it, and their
    words are never mirrored.
    """
    language = metrics.language if metrics is not None else ""
    key = (path, round(rect.width()), round(rect.height()),
           drawn.toTuple() if drawn is not None else None, ratio, metrics,
           background.rgba(), mirrored,
           tuple((label.text.get(language), label.x, label.y) for label in labels))
    return _pictures.get(key, lambda: _draw(path, rect, ratio, labels, metrics, background,
                                            drawn, mirrored))


def _draw(path: Path, rect: QRectF, ratio: float, labels: tuple[Label, ...],
          metrics: theme.Metrics | None, background: QColor, drawn: QSizeF | None,
          mirrored: bool) -> QPixmap:
    pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(background)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = QRectF(0, 0, rect.width(), rect.height())
    drawing, boxes = arrange(labels, metrics, area, drawn,
                             _ink(path, mirrored, labels)) if metrics is not None \
        else (area, [])
    if mirrored:
        # About the drawing's own middle, so it stays where its chips were placed.
        painter.save()
        painter.translate(drawing.left() + drawing.right(), 0)
        painter.scale(-1, 1)
        renderer_for(path).render(painter, drawing)
        painter.restore()
    else:
        renderer_for(path).render(painter, drawing)
    if metrics is not None:
        draw_labels(painter, boxes, metrics)
    painter.end()
    return pixmap


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
        self._reads = PictureReads.AS_DRAWN
        self._metrics: theme.Metrics | None = None
        self._pixmap: QPixmap | None = None

    def set_picture(self, path: Path | None, labels: tuple[Label, ...] = (),
                    reads: PictureReads = PictureReads.AS_DRAWN) -> None:
        """Show the picture at ``path`` with ``labels`` placed on it as drawn; one that
        ``reads`` across is mirrored, labels and all, in a right-to-left language."""
        if (path, labels, reads) != (self._path, self._labels, self._reads):
            self._pixmap = None
        self._path = path
        self._labels = labels
        self._reads = reads
        self.update()

    def mirrored(self) -> bool:
        """Whether the picture is drawn mirrored, in the language it was last given."""
        return self._facing(self._reads, ())[0]

    def _as_read(self) -> tuple[Label, ...]:
        """The labels where they sit on the picture as drawn for this reader."""
        return self._facing(self._reads, self._labels)[1]

    def _facing(self, reads: PictureReads, labels: tuple[Label, ...]
                ) -> tuple[bool, tuple[Label, ...]]:
        """Whether a picture that ``reads`` so is drawn mirrored for this reader, and
        where its ``labels`` then sit."""
        mirrored = self._metrics is not None and mirrored_for(reads, self._metrics.rtl)
        return mirrored, mirrored_labels(labels) if mirrored else labels

    def retranslate(self, metrics: theme.Metrics) -> None:
        if metrics != self._metrics:
            self._pixmap = None
        self._metrics = metrics
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture sits, with its captions: as large as fits, centred, at its own
        shape (and taller by the room its captions take under it, if they do)."""
        return self._placed()[0]

    def _placed(self, labels: tuple[Label, ...] | None = None) -> tuple[QRectF, QSizeF]:
        """Where the picture sits, with ``labels`` (by default those shown at this size)."""
        if self._path is None:
            return QRectF(), QSizeF()
        shown = self._shown() if labels is None else labels
        return _placed(self._path, self.size(), shown, self._metrics)

    def _shown(self) -> tuple[Label, ...]:
        """The labels drawn at this size (see ``BURIED``), where they sit."""
        if self._path is None:
            return ()
        return shown_labels(self._path, self.size(), self._as_read(), self._metrics)

    def prefetch(self, path: Path, size: QSize, labels: tuple[Label, ...] = (),
                 reads: PictureReads = PictureReads.AS_DRAWN) -> None:
        """Draw a picture the patient is likely to turn to next, at the size it will get,
        with its labels (placed on it as drawn, like ``set_picture``'s)."""
        if size.width() > 0 and size.height() > 0:
            mirrored, labels = self._facing(reads, labels)
            labels = shown_labels(path, size, labels, self._metrics)
            rect, drawn = _placed(path, size, labels, self._metrics)
            finished(path, rect, self.devicePixelRatioF(), labels, self._metrics,
                     self._background(), drawn, mirrored)

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
        labels = self._shown()
        return label_boxes(labels, self._metrics, rect, drawn,
                           _ink(self._path, self.mirrored(), labels))

    def drawing_rect(self) -> QRectF:
        """Where the drawing itself is drawn, in this widget (tests read this)."""
        rect, drawn = self._placed()
        if self._metrics is None or rect.isEmpty():
            return rect
        local = arrange(self._shown(), self._metrics,
                        QRectF(0, 0, rect.width(), rect.height()), drawn)[0]
        return local.translated(rect.topLeft())

    def _background(self) -> QColor:
        return self.palette().color(self.backgroundRole())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        labels = self._shown()  # worked out once a paint (it lays the labels out)
        rect, drawn = self._placed(labels)
        outside = QRegion(self.rect())
        if self._path is not None and not rect.isEmpty():
            if self._pixmap is None:
                self._pixmap = finished(self._path, rect, self.devicePixelRatioF(),
                                        labels, self._metrics, self._background(), drawn,
                                        self.mirrored())
            painter.drawPixmap(rect.topLeft(), self._pixmap)
            outside -= QRegion(rect.toRect())
        # PySide iterates a QRegion's rectangles; its stub does not say so.
        for part in outside:  # type: ignore[attr-defined]
            fill_rect(painter, part, self._background())
        painter.end()
