"""A page's picture, kept at its shape, with its labels laid over it in the patient's language."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.model import Label

log = logging.getLogger("kiosk.ui")

_TOUCH = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
          QEvent.Type.TouchCancel)

_renderers: dict[Path, QSvgRenderer] = {}
LABEL_WIDTH = 0.42  # of the picture: a label wider than this wraps


def renderer_for(path: Path) -> QSvgRenderer:
    """Parse each SVG once per run; page turns then only rasterise."""
    renderer = _renderers.get(path)
    if renderer is None:
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            log.error("illustration %s could not be drawn", path)
        _renderers[path] = renderer
    return renderer


_pixmaps: dict[tuple[Path, int, int, float], QPixmap] = {}
_KEEP_PIXMAPS = 8


def clear_cache() -> None:
    _renderers.clear()
    _pixmaps.clear()
    _blocks.clear()


def _fit(path: Path, area: QSize) -> QRectF:
    """Where a picture sits in an area: as large as fits, centred, at its own shape."""
    size = renderer_for(path).defaultSize()
    if size.isEmpty():
        size = QSize(800, 600)
    scaled = size.scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
    x = (area.width() - scaled.width()) / 2
    y = (area.height() - scaled.height()) / 2
    return QRectF(x, y, scaled.width(), scaled.height())


def rendered(path: Path, rect: QRectF, ratio: float) -> QPixmap:
    """The picture rasterised at this size, kept for a few page turns."""
    key = (path, round(rect.width()), round(rect.height()), ratio)
    pixmap = _pixmaps.pop(key, None)
    if pixmap is None:
        pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer_for(path).render(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.end()
    _pixmaps[key] = pixmap
    while len(_pixmaps) > _KEEP_PIXMAPS:
        _pixmaps.pop(next(iter(_pixmaps)))
    return pixmap


_blocks: dict[tuple[object, ...], TextBlock] = {}
_KEEP_BLOCKS = 32  # a topic's labels in both languages: shaping Nastaliq is slow


def _label_block(text: str, metrics: theme.Metrics, width: float) -> TextBlock:
    """A label's words laid out at most ``width`` wide, kept for later page turns."""
    key = (text, metrics, round(width))
    block = _blocks.pop(key, None)
    if block is None:
        block = TextBlock()
        block.set(text, metrics.font("small", bold=True), width, metrics.language == "ur",
                  metrics.line_height, theme.NAVY, Qt.AlignmentFlag.AlignCenter)
        block.doc.setTextWidth(min(width, block.ideal_width() + 1))
    _blocks[key] = block
    while len(_blocks) > _KEEP_BLOCKS:
        _blocks.pop(next(iter(_blocks)))
    return block


class Illustration(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        # Take touches as touches (not synthesised mouse clicks), so a swipe that starts
        # on the picture is followed to its end.
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._path: Path | None = None
        self._labels: tuple[Label, ...] = ()
        self._language = "en"
        self._metrics: theme.Metrics | None = None
        self._pixmap: QPixmap | None = None
        self._label_blocks: list[TextBlock] = []

    def set_picture(self, path: Path | None, labels: tuple[Label, ...] = ()) -> None:
        if path != self._path:
            self._pixmap = None
        self._path = path
        self._labels = labels
        self._label_blocks = []
        self.update()

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self._language = metrics.language
        self._label_blocks = []
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture sits: as large as fits, centred, at its own shape."""
        if self._path is None:
            return QRectF()
        return _fit(self._path, self.size())

    def prefetch(self, path: Path, size: QSize, labels: tuple[Label, ...] = ()) -> None:
        """Rasterise a picture the patient is likely to turn to next, at the size it will get,
        and lay out its labels."""
        if size.width() > 0 and size.height() > 0:
            rect = _fit(path, size)
            rendered(path, rect, self.devicePixelRatioF())
            if self._metrics is not None:
                for label in labels:
                    _label_block(label.text.get(self._language), self._metrics,
                                 rect.width() * LABEL_WIDTH)

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH:
            event.accept()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:
        self._pixmap = None
        self._label_blocks = []
        super().resizeEvent(event)

    def label_blocks(self) -> list[tuple[TextBlock, QRectF]]:
        """Each label's laid-out text and the box it is drawn in (tests read this)."""
        rect = self.picture_rect()
        if self._metrics is None or rect.isEmpty():
            return []
        out = []
        pad = self._metrics.px(10)
        width = rect.width() * LABEL_WIDTH
        for index, label in enumerate(self._labels):
            if index >= len(self._label_blocks):
                self._label_blocks.append(
                    _label_block(label.text.get(self._language), self._metrics, width))
            block = self._label_blocks[index]
            w = block.doc.textWidth() + 2 * pad
            h = block.ink_height() + pad
            cx = rect.left() + label.x * rect.width()
            cy = rect.top() + label.y * rect.height()
            box = QRectF(cx - w / 2, cy - h / 2, w, h)
            # Keep the chip on the picture even when a long Urdu word makes it wide.
            box.moveLeft(max(rect.left(), min(box.left(), rect.right() - w)))
            box.moveTop(max(rect.top(), min(box.top(), rect.bottom() - h)))
            out.append((block, box))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._path is None:
            return
        rect = self.picture_rect()
        if rect.isEmpty():
            return
        if self._pixmap is None:
            self._pixmap = rendered(self._path, rect, self.devicePixelRatioF())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(rect.topLeft(), self._pixmap)
        chip = QColor(theme.CARD)
        chip.setAlpha(235)
        for block, box in self.label_blocks():
            painter.setPen(theme.NAVY)
            painter.setBrush(chip)
            radius = min(box.height() / 2, self._metrics.px(18) if self._metrics else 12)
            painter.drawRoundedRect(box, radius, radius)
            pad = (box.width() - block.doc.textWidth()) / 2
            top = box.top() + (box.height() - block.ink_height()) / 2
            block.draw(painter, QPointF(box.left() + pad, top))
        painter.end()
