"""Home: one tile per topic, every tile visible at once in landscape and portrait."""

from __future__ import annotations

import math
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.session import Session
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.flowrow import FlowRow
from kiosk._qt.widgets.topic_tile import PICTURE_SHARES, TopicTile, stands_out
from kiosk.core.kept import Kept
from kiosk.core.languages import INTERFACE_FALLBACK
from kiosk.core.languages import name_of as language_name
from kiosk.core.model import Pack, Topic, fill_placeholders

# Title sizes kept: three languages at three text sizes, and a screen's change of size.
KEEP_SIZES = 12
# The tiles' type was set for a screen of about a dozen topics. A pack with fewer (a
# language with four topics) has larger tiles, and their titles may grow with them, up
# to this much, where every title still fits: small words alone in large tiles were hard
# to find from a step back.
DESIGNED_FOR = 12
MOST_GROWTH = 1.3


class _Sizes(NamedTuple):
    """What the home screen found for its tiles at one size, language and text size."""

    scale: float  # the titles' size, a share of the tile's
    icons: bool  # the icons sit beside the titles
    picture_share: float  # of a tall tile
    summaries: bool  # shown where they fit


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


def title_growth(count: int, size: QSize) -> float:
    """How much larger than their own size the titles of ``count`` tiles in ``size`` may
    be: as much larger as the tiles are than a dozen topics' (in steps of 0.05)."""
    def tile(topics: int) -> float:
        cols, rows = grid_shape(topics, size)
        return min(size.width() / cols * 1.25, size.height() / rows)

    if count <= 0 or size.isEmpty():
        return 1.0
    growth = tile(count) / tile(DESIGNED_FOR)
    return min(MOST_GROWTH, max(1.0, math.floor(growth * 20 + 1e-9) / 20))


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
        self._found: Kept[tuple[object, ...], _Sizes] = Kept(KEEP_SIZES)
        self._found_for: Pack | None = None  # the pack they were found for
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
        # The whole screen's layout first: the "more topics" button shown or hidden takes
        # or gives back the tiles' room (found by review: titles sized for tiles 368 px
        # high that ended 397).
        outer = self.layout()
        assert outer is not None
        outer.activate()
        self._grid.activate()
        key = (self.size().toTuple(), self._metrics, tuple(t.size().toTuple() for t in self.tiles))
        if key == self._evened:
            return
        self._evened = key
        # Finding the sizes shapes every title at several trial sizes: about 75 ms for
        # Urdu at 1920×1080, which a patient felt on every tap of the language button
        # here. What was found is kept for the pack on show, so only a language's first
        # visit at a size and text size pays it.
        if self.session.pack is not self._found_for:
            self._found.clear()
            self._found_for = self.session.pack
        # Colours change no size: high contrast, turned on and off, finds nothing again.
        found = (key[0], self._metrics._replace(colours=0), key[2])
        sizes = self._found.get(found, self._find_sizes)
        for tile in self.tiles:
            tile.with_icon = sizes.icons
            tile.with_summary = sizes.summaries
            tile.scale = sizes.scale
            tile.summary_fits_at(sizes.picture_share)
            tile.update()

    def _find_sizes(self) -> _Sizes:
        for tile in self.tiles:
            tile.with_summary = True
        scale, icons = self._size_titles()
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
        if shown[share] * 2 < len(self.tiles):
            # Most summaries do not fit (Urdu at the largest text: 1 of 11 at 1366×768,
            # for which every picture gave up a tenth of its height): none is shown, and
            # the pictures keep their height.
            return _Sizes(scale, icons, PICTURE_SHARES[0], summaries=False)
        return _Sizes(scale, icons, share, summaries=True)

    def _size_titles(self) -> tuple[float, bool]:
        """One title size for every tile, beside a picture of half the tile, and whether
        the icons sit beside the titles."""
        assert self._metrics is not None
        for tile in self.tiles:
            tile.picture_share = PICTURE_SHARES[0]
        # The icons beside the titles take a fifth of a tile's width. Titles of one
        # Nastaliq line shrank for them to the size of the summaries under them (Urdu at
        # 1920×1080: 0.6 of the tile's size, 22 px over 21), and no longer read as
        # titles. A small picture of a shield or a hand says less to a patient than a
        # title they can read: where the titles beside the icons would not stand out from
        # their summaries (or not all fit), the icons give way.
        beside = self._largest_scale(with_icons=True)
        if beside[0] < len(self.tiles) or not stands_out(self._metrics, beside[1]):
            without = self._largest_scale(with_icons=False)
            # More titles whole first (at the largest text none is, at the smallest size,
            # in landscape), then larger ones.
            icons_shown = without <= beside
        else:
            icons_shown = True
        scale = beside[1] if icons_shown else without[1]
        # Laid out as found, before the summaries are measured under the titles.
        for tile in self.tiles:
            tile.with_icon = icons_shown
            tile.fits_at(scale)
        return scale, icons_shown

    def _largest_scale(self, with_icons: bool) -> tuple[int, float]:
        """The largest title size (a share of the tile's, in steps of 0.05 down to 0.6) at
        which every title fits, with or without the icons beside them, and how many
        titles fit there (all but at the smallest size). Halving the steps, as each try
        shapes every Urdu title, takes a title that fits at a size to fit at every
        smaller one; Nastaliq's line breaks can rarely break that, and the size found is
        then a step smaller than the largest, never one that does not fit."""
        for tile in self.tiles:
            tile.with_icon = with_icons
        steps = [round(1.0 - 0.05 * step, 2) for step in range(9)]  # 1.0 … 0.6

        def fit(index: int) -> bool:
            return all(tile.fits_at(steps[index]) for tile in self.tiles)

        whole = len(self.tiles)
        if fit(0):
            return whole, self._grown()
        fits, fails = len(steps), 0  # fits: the largest size known to fit (one past: none)
        while fits - fails > 1:
            middle = (fits + fails) // 2
            if fit(middle):
                fits = middle
            else:
                fails = middle
        if fits < len(steps):
            return whole, steps[fits]
        return sum(tile.fits_at(steps[-1]) for tile in self.tiles), steps[-1]

    def _grown(self) -> float:
        """The largest title size up to ``title_growth`` at which every title still fits,
        in as many lines as at the tile's own size (the tiles laid out at it). A title
        broken onto a second line only to be larger reads worse, and stands out of line
        with its neighbours."""
        top = title_growth(len(self.tiles), self._tile_area.size())
        if top <= 1.0:
            return 1.0  # a dozen topics or more: nothing to try
        lines = [tile.title_lines() for tile in self.tiles]
        for step in range(round((top - 1.0) / 0.05)):
            scale = round(top - 0.05 * step, 2)
            if all(tile.fits_at(scale) and tile.title_lines() <= before
                   for tile, before in zip(self.tiles, lines, strict=True)):
                return scale
        return 1.0

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.even_titles()
