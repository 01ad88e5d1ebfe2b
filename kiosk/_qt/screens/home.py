"""Home: one tile per topic, every tile visible at once in landscape and portrait."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk._qt import icons, theme
from kiosk._qt.session import Session
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.flowrow import FlowRow
from kiosk._qt.widgets.illustration import renderer_for
from kiosk._qt.widgets.textblock import TextBlock
from kiosk.core.languages import INTERFACE_FALLBACK
from kiosk.core.languages import name_of as language_name
from kiosk.core.model import Topic, fill_placeholders

PICTURE_ASPECT = 3 / 4  # height to width of the pack's drawings (docs/illustrations.md)
# How much of a tall tile its picture takes: half, or a little less where the topics'
# summaries then fit (see HomeScreen.even_titles).
PICTURE_SHARES = (0.5, 0.45, 0.4)


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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._metrics: theme.Metrics | None = None
        self.scale = 1.0  # shared by every tile, so all titles are the same size
        # How much of a tall tile its picture may take; shared too, so pictures line up.
        self.picture_share = PICTURE_SHARES[0]
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
        key = (self.size().toTuple(), m, self.scale, self.picture_share)
        if key == self._layout_key:
            return
        lang = m.language
        rtl = m.rtl
        pad = m.px(18)
        inner = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        icon = m.px(44)
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
        title_box = QRectF(text.left() if rtl else text.left() + icon + pad / 2, text.top(),
                           text.width() - icon - pad / 2, text.height() * 0.62)
        title_font = m.font("tile", bold=not rtl)
        title_font.setPixelSize(max(8, round(title_font.pixelSize() * self.scale)))
        # No shrinking here: the home screen picks one scale at which every title fits.
        self.title_fits = self._title.fit(self.topic.title.get(lang), title_font, title_box,
                                          rtl, m.line_height, theme.NAVY, min_scale=1.0)
        title_h = self._title.ink_height()
        summary_box = QRectF(text.left(), title_box.top() + title_h, text.width(),
                             text.bottom() - title_box.top() - title_h)
        summary_font = m.font("small")
        summary_font.setPixelSize(max(8, round(summary_font.pixelSize() * max(0.8, self.scale))))
        self.show_summary = self._summary.fit(self.topic.summary.get(lang), summary_font,
                                              summary_box, rtl, m.line_height, theme.MUTED,
                                              min_scale=1.0)
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
        key = (self.topic.illustration, size.toTuple(), x - whole_x, y - whole_y, ratio)
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


class HomeScreen(QWidget):
    topicChosen = Signal(str)
    topicTouched = Signal(str)  # a finger went down on its tile; chosen when it lifts
    emergencyChosen = Signal(str)  # the pack's "what to do now" page, as topic/page

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        self.session = session
        self.tiles: list[TopicTile] = []
        # Under the topics, where a frightened visitor finds it without reading a tile:
        # what to do in an emergency, one tap away (the pack names the page).
        self.emergency = TouchButton("fa5s.phone-alt", "urgent")
        self.emergency.setObjectName("emergency")
        self.emergency.clicked.connect(self._emergency_tapped)
        # A language the pack has only some topics in: the rest are one tap away, in the
        # language they are written in, named in its own script.
        self.more = TouchButton("fa5s.language", "secondary")
        self.more.setObjectName("moreTopics")
        self.more.clicked.connect(self._more_tapped)
        self._more_in: str | None = None
        self._built_for: tuple[str, ...] | None = None
        self._tile_area = QWidget(self)
        self._grid = QGridLayout(self._tile_area)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._tile_area, 1)
        # Side by side where they fit, one above the other on a narrow portrait screen:
        # the emergency button keeps its words.
        row = FlowRow(centred=True)
        row.addWidget(self.emergency)
        row.addWidget(self.more)
        outer.addLayout(row)
        self._emergency_row = row
        self._metrics: theme.Metrics | None = None
        self._shape: tuple[int, int] | None = None
        self._evened: tuple[object, ...] | None = None  # what the title size was found for
        self.rebuild()

    def rebuild(self) -> None:
        """Make tiles for the session's pack (at start, and when a new pack goes live)."""
        for tile in self.tiles:
            self._grid.removeWidget(tile)
            # Hidden now, not only deleted later: a pack changed at the start of a visit
            # would otherwise paint its old tiles once, from a folder that may be gone.
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        topics = self._topics()
        self._built_for = tuple(topic.id for topic in topics)
        for topic in topics:
            tile = TopicTile(topic, self._tile_area)
            tile.clicked.connect(lambda _=False, t=topic.id: self.topicChosen.emit(t))
            tile.pressed.connect(lambda t=topic.id: self.topicTouched.emit(t))
            # Shown now, not by the grid's posted call: the titles are evened below, and
            # a tile not yet shown is not laid out (measured at 100 × 30 px, Urdu's
            # titles came back from Pashto at the smallest size and stayed so).
            tile.show()
            self.tiles.append(tile)
        self._shape = None
        self._evened = None
        self._place()
        if self._metrics is not None:
            self.retranslate(self._metrics)

    def forget_tile_pictures(self) -> None:
        """Let the tiles' drawn pictures go: nobody is looking at them."""
        for tile in self.tiles:
            tile.forget_drawing()

    def drawings_shown_first(self) -> set[Path]:
        """The drawings a patient sees before reading a page: each topic's, on its tile,
        its first page's, drawn while the finger is on the tile, and the emergency
        page's, one tap from here."""
        pack = self.session.pack
        first = [topic.pages[0] for topic in pack.topics if topic.pages]
        if pack.emergency_page is not None and \
                (emergency := pack.page(pack.emergency_page)) is not None:
            first.append(emergency)
        return {page.illustration for page in first} | \
            {topic.illustration for topic in pack.topics}

    def _place(self) -> None:
        shape = grid_shape(len(self.tiles), self._tile_area.size()) if self.tiles else (1, 1)
        if shape == self._shape:
            return
        self._shape = shape
        cols, _ = shape
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // cols, index % cols)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place()
        super().resizeEvent(event)
        self.even_titles()

    def _topics(self) -> tuple[Topic, ...]:
        """The topics written in the language on screen."""
        language = self._metrics.language if self._metrics is not None else \
            self.session.language
        return self.session.pack.topics_in(language)

    def _more_language(self, language: str) -> str | None:
        """Where the topics not written in ``language`` are: the language with most of
        them, Urdu (Pakistan's common language) before others that have as many."""
        pack = self.session.pack
        missing = [topic for topic in pack.topics if not topic.has(language)]
        if not missing:
            return None
        others = [code for code in pack.languages if code != language]
        return max(others, key=lambda code: (sum(t.has(code) for t in missing),
                                            code == INTERFACE_FALLBACK, -others.index(code)))

    def _more_tapped(self) -> None:
        if self._more_in is not None:
            self.session.set_language(self._more_in)

    def _emergency_tapped(self) -> None:
        if self.session.pack.emergency_page is not None:
            self.emergencyChosen.emit(self.session.pack.emergency_page)

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        if tuple(topic.id for topic in self._topics()) != self._built_for:
            self.rebuild()  # another language, other topics: retranslates when built
            return
        self._more_in = self._more_language(metrics.language)
        self.more.setVisible(self._more_in is not None)
        if self._more_in is not None:
            self.more.set_words(self.tr("More topics in %1").replace(
                "%1", language_name(self._more_in)))
            self.more.apply_metrics(metrics, self.session.rtl)
        self._grid.setContentsMargins(metrics.gap, metrics.gap, metrics.gap, metrics.gap)
        self._grid.setSpacing(metrics.gap)
        self.emergency.setVisible(self.session.pack.emergency_page is not None)
        self.emergency.set_words(fill_placeholders(
            self.tr("Emergency? What to do now · call {emergency_number}"),
            self.session.settings.placeholders()))
        self.emergency.apply_metrics(metrics, self.session.rtl)
        self._emergency_row.setContentsMargins(metrics.gap, 0, metrics.gap, metrics.gap)
        self._emergency_row.setSpacing(metrics.gap)
        for tile in self.tiles:
            tile.retranslate(metrics)
        self.even_titles()

    def even_titles(self) -> None:
        """One title size for every tile: the largest at which every title fits."""
        if not self.tiles or self._metrics is None or not self.isVisible():
            return
        self._grid.activate()
        # Shaping every Urdu title at each trial size is slow; do it once per size and
        # language, not every time a patient comes back to the topics.
        key = (self.size().toTuple(), self._metrics, tuple(t.size().toTuple() for t in self.tiles))
        if key == self._evened:
            return
        self._evened = key
        for tile in self.tiles:  # the titles' size chosen beside a picture of half the tile
            tile.picture_share = PICTURE_SHARES[0]
        scale = 1.0
        while scale > 0.6 and not all(tile.fits_at(scale) for tile in self.tiles):
            scale -= 0.05
        for tile in self.tiles:
            tile.fits_at(scale)
        # A squarer screen's short, wide tiles (4 × 3 at 1280×1024) left every Urdu
        # summary out under a picture half the tile high: the picture gives up to a
        # fifth of its height, as little as shows the most summaries (a smaller picture
        # leaves a title more room, so the titles still fit).
        shown: dict[float, int] = {}
        for share in PICTURE_SHARES:
            shown[share] = sum(tile.summary_fits_at(share) for tile in self.tiles)
            if shown[share] == len(self.tiles):
                break
        share = max(shown, key=lambda each: (shown[each], each))
        for tile in self.tiles:
            tile.summary_fits_at(share)
            tile.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.even_titles()
