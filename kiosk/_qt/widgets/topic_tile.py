"""A topic's tile on the home screen: its drawing, icon, title and summary, laid out
for the tile's shape and the language on screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from kiosk._qt import icons, theme
from kiosk._qt.dot_room import room_for_dots
from kiosk._qt.widgets.illustration import renderer_for
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.model import Topic

PICTURE_ASPECT = 3 / 4  # height to width of the pack's drawings (docs/illustrations.md)
# How much of a tall tile its picture takes: half, or a little less where the topics'
# summaries then fit (see HomeScreen.even_titles).
PICTURE_SHARES = (0.5, 0.45, 0.4)


def title_px(metrics: theme.Metrics, scale: float) -> int:
    """A tile's title size, at ``scale`` of the tile's own."""
    return max(8, round(metrics.text_px("tile") * scale))


def summary_px(metrics: theme.Metrics, scale: float) -> int:
    """The size of the summary under a title at ``scale``: it shrinks with the title, less."""
    return max(8, round(metrics.text_px("small") * max(0.8, scale)))


def stands_out(metrics: theme.Metrics, scale: float) -> bool:
    """Whether titles at ``scale`` read as titles over their summaries: at least a
    quarter larger."""
    return title_px(metrics, scale) >= 1.25 * summary_px(metrics, scale)


class TopicTile(QAbstractButton):
    def __init__(self, topic: Topic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self.setObjectName(f"tile-{topic.id}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._metrics: theme.Metrics | None = None
        self.scale = 1.0  # shared by every tile, so all titles are the same size
        # How much of a tall tile its picture may take; shared too, so pictures line up.
        self.picture_share = PICTURE_SHARES[0]
        # Whether the topic's icon sits beside the title: shared too, left out where it
        # would make the titles smaller (see HomeScreen.even_titles).
        self.with_icon = True
        # Whether summaries are shown at all: shared too, off where most would not fit
        # (see HomeScreen.even_titles).
        self.with_summary = True
        self._title = TextBlock()
        self._summary = TextBlock()
        self._layout_key: tuple[object, ...] | None = None
        self.title_fits = True
        self.show_summary = True
        self.picture = QRectF()
        self.icon_rect = QRectF()
        self.title_at = QPointF()
        self.summary_at = QPointF()
        # The drawing, drawn once for where it sits: a tile repaints as a finger presses
        # it and again as it lifts, before the topic opens (2.4 ms of the drawing's
        # outlines a tap at 4K). Let go between patients (``forget_drawing``).
        self._drawn: tuple[tuple[object, ...], QPixmap] | None = None

    def forget_drawing(self) -> None:
        self._drawn = None

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self._layout_key = None
        self.setAccessibleName(self.topic.title.get(metrics.language))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def _lay_out(self) -> None:
        """Place picture, icon, title and summary for this tile's shape and language.

        Wide tiles put the picture beside the words, tall ones above them. The title is
        shrunk to fit; a summary that cannot fit whole is left out rather than cut.
        """
        m = self._metrics
        assert m is not None
        key = (self.size().toTuple(), m, self.scale, self.picture_share, self.with_icon,
               self.with_summary)
        if key == self._layout_key:
            return
        lang = m.language
        rtl = m.rtl
        pad = m.px(18)
        inner = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        icon = m.px(44)
        beside = icon + pad / 2 if self.with_icon else 0.0  # the title's width it takes
        if inner.width() > inner.height() * 1.25:
            pic_w = inner.width() * 0.38
            left = inner.right() - pic_w if rtl else inner.left()
            self.picture = QRectF(left, inner.top(), pic_w, inner.height())
            text = QRectF(inner.left() if rtl else self.picture.right() + pad, inner.top(),
                          inner.width() - pic_w - pad, inner.height())
        else:
            # The picture as tall as a 4:3 drawing (the pack's pictures) is drawn, at most
            # half the tile: a tall tile's spare room then goes round the picture and words
            # together, not between them. The same for every tile of a row: they line up.
            pic_h = min(inner.height() * self.picture_share, inner.width() * PICTURE_ASPECT)
            self.picture = QRectF(inner.left(), inner.top(), inner.width(), pic_h)
            text = QRectF(inner.left(), self.picture.bottom() + pad / 2, inner.width(),
                          inner.height() - pic_h - pad / 2)
        title_box = QRectF(text.left() if rtl else text.left() + beside, text.top(),
                           text.width() - beside, text.height() * 0.62)
        title_font = m.font("tile", bold=not rtl)
        title_font.setPixelSize(title_px(m, self.scale))
        # No shrinking here: the home screen picks one scale at which every title fits.
        title = room_for_dots(self.topic.title.get(lang), lang)
        self.title_fits = self._title.fit(title, title_font, title_box,
                                          rtl, m.line_height, theme.NAVY, min_scale=1.0)
        title_h = self._title.ink_height()
        summary_box = QRectF(text.left(), title_box.top() + title_h, text.width(),
                             text.bottom() - title_box.top() - title_h)
        summary_font = m.font("small")
        summary_font.setPixelSize(summary_px(m, self.scale))
        self.show_summary = self.with_summary and self._summary.fit(
            room_for_dots(self.topic.summary.get(lang), lang), summary_font, summary_box, rtl,
            m.line_height, theme.MUTED, min_scale=1.0)
        used = title_h + (self._summary.ink_height() if self.show_summary else 0)
        # Centre the words in their area, so short titles do not huddle at the top.
        room = text.height()
        if self.picture.width() == inner.width():  # picture above the words
            # On a tall tile the area is kept to two lines of title and two of summary,
            # and the picture and that area are centred in the tile together. Worked out
            # from the tile's size and fonts only, not its words: every tile of a row is
            # the same size, so their pictures line up whatever their titles' lengths.
            lines = 2 * m.line_height * (QFontMetricsF(title_font).height()
                                         + QFontMetricsF(summary_font).height())
            room = min(room, max(lines, used))
            drop = max(0.0, (inner.height() - (self.picture.height() + pad / 2 + room)) / 2)
            self.picture.translate(0, drop)
            title_box.translate(0, drop)
            summary_box.translate(0, drop)
        shift = max(0.0, (room - used) / 2)
        self.title_at = QPointF(title_box.left(), title_box.top() + shift)
        self.summary_at = QPointF(summary_box.left(), summary_box.top() + shift)
        icon_x = text.right() - icon if rtl else text.left()
        first_line = self._title.doc.firstBlock().layout().lineAt(0)
        line_mid = first_line.y() + first_line.height() / 2 if first_line.isValid() else icon / 2
        self.icon_rect = QRectF(icon_x, self.title_at.y() + line_mid - icon / 2, icon, icon)
        self._layout_key = key

    def fits_at(self, scale: float) -> bool:
        self.scale = scale
        self._lay_out()
        return self.title_fits

    def title_lines(self) -> int:
        """How many lines the title takes, as last laid out."""
        self._lay_out()
        return self._title.lines()

    def summary_fits_at(self, share: float) -> bool:
        """Whether the summary fits with the picture taking ``share`` of a tall tile (a
        summary that is empty fits anywhere)."""
        self.picture_share = share
        self._lay_out()
        assert self._metrics is not None  # as _lay_out needs
        return self.show_summary or not self.topic.summary.get(self._metrics.language).strip()

    def texts_fit(self) -> bool:
        """The title fits whole (the summary is either whole or left out)."""
        self._lay_out()
        return self.title_fits

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
        at, drawing = self._drawing()
        painter.drawPixmap(at, drawing)
        if self.with_icon:
            icons.icon(self.topic.icon, theme.TEAL).paint(painter, self.icon_rect.toRect())
        self._title.draw(painter, self.title_at)
        if self.show_summary:
            self._summary.draw(painter, self.summary_at)
        painter.end()

    def _drawing(self) -> tuple[QPointF, QPixmap]:
        """The topic's drawing, centred in the picture's area, and where it goes: drawn
        between pixels as the tile would draw it, onto a picture placed on whole ones."""
        renderer = renderer_for(self.topic.illustration)
        size = renderer.defaultSize().scaled(self.picture.size().toSize(),
                                             Qt.AspectRatioMode.KeepAspectRatio)
        ratio = self.devicePixelRatioF()
        x = (self.picture.center().x() - size.width() / 2) * ratio
        y = (self.picture.center().y() - size.height() / 2) * ratio
        whole_x, whole_y = math.floor(x), math.floor(y)
        # The fractions rounded: a move by whole pixels can change their last bits (0.8
        # read 0.7999999999999972 at one place and 0.8000000000000114 seven pixels down),
        # and a thousandth of a pixel is not worth drawing the picture again.
        key = (self.topic.illustration, size.toTuple(), round(x - whole_x, 3),
               round(y - whole_y, 3), ratio)
        if self._drawn is None or self._drawn[0] != key:
            picture = QPixmap(math.ceil(x - whole_x + size.width() * ratio),
                              math.ceil(y - whole_y + size.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF((x - whole_x) / ratio, (y - whole_y) / ratio,
                                            size.width(), size.height()))
            painter.end()
            self._drawn = (key, picture)
        # Where it goes is worked out every time: the same picture serves wherever the
        # area moves by whole pixels (the title's language moves it on a tall tile).
        return QPointF(whole_x / ratio, whole_y / ratio), self._drawn[1]
