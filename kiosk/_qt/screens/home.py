"""Home: one tile per topic, every tile visible at once in landscape and portrait."""

from __future__ import annotations

import math

import qtawesome
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.session import Session
from kiosk._qt.widgets.illustration import renderer_for
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.model import Topic


def grid_shape(count: int, size: QSize) -> tuple[int, int]:
    """Columns and rows that give the largest tiles for this many topics in this space."""
    best = (1, count)
    best_score = -1.0
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        w, h = size.width() / cols, size.height() / rows
        # Tiles read best a little taller than wide: picture on top, words below.
        score = min(w * 1.25, h)
        if score > best_score:
            best, best_score = (cols, rows), score
    return best


class TopicTile(QAbstractButton):
    def __init__(self, topic: Topic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self.setObjectName(f"tile-{topic.id}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._metrics: theme.Metrics | None = None
        self._title = TextBlock()
        self._summary = TextBlock()
        self._layout_key: tuple[object, ...] | None = None
        self.title_fits = True

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self._layout_key = None
        self.setAccessibleName(self.topic.title.get(metrics.language))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def _areas(self) -> tuple[QRectF, QRectF, QRectF, QRectF]:
        m = self._metrics
        assert m is not None
        pad = m.px(16)
        inner = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        icon = m.px(48)
        text_h = inner.height() * 0.46
        picture = QRectF(inner.left(), inner.top(), inner.width(), inner.height() - text_h)
        title_h = text_h * 0.62
        rtl = m.language == "ur"
        icon_x = inner.right() - icon if rtl else inner.left()
        icon_rect = QRectF(icon_x, picture.bottom() + pad / 2, icon, icon)
        text_left = inner.left() if rtl else inner.left() + icon + pad / 2
        text_w = inner.width() - icon - pad / 2
        title = QRectF(text_left, picture.bottom() + pad / 2, text_w, title_h - pad / 2)
        summary = QRectF(inner.left(), title.bottom(), inner.width(), text_h - title_h)
        return picture, icon_rect, title, summary

    def _lay_out(self) -> None:
        m = self._metrics
        assert m is not None
        key = (self.size().toTuple(), m)
        if key == self._layout_key:
            return
        _, _, title, summary = self._areas()
        rtl = m.language == "ur"
        lang = m.language
        self.title_fits = self._title.fit(self.topic.title.get(lang), m.font("tile", bold=not rtl),
                                          title, rtl, m.line_height, theme.NAVY)
        self.summary_fits = self._summary.fit(self.topic.summary.get(lang), m.font("small"),
                                              summary, rtl, m.line_height, theme.MUTED)
        self._layout_key = key

    def texts_fit(self) -> bool:
        self._lay_out()
        return self.title_fits and self.summary_fits

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._metrics is None:
            return
        self._lay_out()
        m = self._metrics
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(theme.SAND if self.isDown() else theme.NAVY)
        pen.setWidthF(max(2.0, m.px(3)))
        painter.setPen(pen)
        painter.setBrush(theme.CARD)
        radius = m.px(24)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), radius, radius)
        picture, icon, title, summary = self._areas()
        renderer = renderer_for(self.topic.illustration)
        size = renderer.defaultSize().scaled(picture.size().toSize(),
                                             Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(picture.center().x() - size.width() / 2,
                        picture.center().y() - size.height() / 2, size.width(), size.height())
        renderer.render(painter, target)
        qtawesome.icon(self.topic.icon, color=theme.TEAL).paint(painter, icon.toRect())
        self._title.draw(painter, QPointF(title.left(), title.top()))
        self._summary.draw(painter, QPointF(summary.left(), summary.top()))
        painter.end()


class HomeScreen(QWidget):
    topicChosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        self.session = session
        self.tiles: list[TopicTile] = []
        self._grid = QGridLayout(self)
        self._metrics: theme.Metrics | None = None
        self._shape: tuple[int, int] | None = None
        self.rebuild()

    def rebuild(self) -> None:
        """Make tiles for the session's pack (at start, and when a new pack goes live)."""
        for tile in self.tiles:
            self._grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        for topic in self.session.pack.topics:
            tile = TopicTile(topic, self)
            tile.clicked.connect(lambda _=False, t=topic.id: self.topicChosen.emit(t))
            self.tiles.append(tile)
        self._shape = None
        self._place()
        if self._metrics is not None:
            self.retranslate(self._metrics)

    def _place(self) -> None:
        shape = grid_shape(len(self.tiles), self.size()) if self.tiles else (1, 1)
        if shape == self._shape:
            return
        self._shape = shape
        cols, _ = shape
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // cols, index % cols)

    def resizeEvent(self, event) -> None:
        self._place()
        super().resizeEvent(event)

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self._grid.setContentsMargins(metrics.gap, metrics.gap, metrics.gap, metrics.gap)
        self._grid.setSpacing(metrics.gap)
        for tile in self.tiles:
            tile.retranslate(metrics)
