"""A chevron under a patient's scrolling words that says there is more below, and takes
them there: a scroll bar is too thin for a finger, and nothing else on a touchscreen
shows that words go on past the edge."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QScrollerProperties, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.scroll_area import scroll_area

DOWN, UP = "fa5s.chevron-down", "fa5s.chevron-up"


class MoreBelow(QObject):
    """The cue for ``area``: shown while its words overflow, pointing down until the end
    and then up, a tap a screenful further (or back to the top from the end).

    By default the area's scroll range decides whether it overflows; a screen that knows
    sooner (the quiz measures its page before Qt lays it out) says so with
    ``set_overflow``, and ``follows_range=False``.
    """

    def __init__(self, area: QScrollArea, name: str, follows_range: bool = True) -> None:
        super().__init__(area)
        self.area = area
        self.button = TouchButton(DOWN, "secondary")
        self.button.setObjectName(name)
        self.button.clicked.connect(self.page_down)
        self.button.hide()
        self.overflow = False
        self._cue = ""  # the chevron's icon as last drawn
        self._looks: tuple[theme.Metrics, bool] | None = None  # see apply_metrics
        self._gesture: Qt.GestureType | None = None  # the scroller's, once grabbed
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.update_cue)
        if follows_range:
            bar.rangeChanged.connect(lambda _low, high: self.set_overflow(high > 0))

    def apply_metrics(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._looks = (metrics, rtl)
        self._cue = ""  # drawn for these metrics by update_cue
        self.update_cue()

    def set_overflow(self, overflow: bool) -> None:
        if overflow != self.overflow:
            self.overflow = overflow
            self.button.setVisible(overflow)
            # Not now: this may run inside the gesture's own handling of a tap, and
            # ungrabbing it there crashes Qt.
            QTimer.singleShot(0, self, self._grab)
        self.update_cue()

    def _grab(self) -> None:
        # Mouse drags are what a touchscreen's swipes arrive as. Only while there is
        # something to scroll: the gesture holds every tap back until the finger lifts.
        # QScroller registers a new gesture recognizer with every grab (Qt never reuses
        # its number, and PySide makes a new enum class for each: about 5 KB a time, the
        # soak's creep of 6 MiB over 100,000 events), so the scroller's gesture is
        # registered once and the viewport takes it up and lets it go as words overflow.
        viewport = self.area.viewport()
        if self.overflow:
            if self._gesture is None:
                self._gesture = QScroller.grabGesture(
                    viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
            else:
                viewport.grabGesture(self._gesture)
        elif self._gesture is not None:
            viewport.ungrabGesture(self._gesture)

    def at_end(self) -> bool:
        bar = self.area.verticalScrollBar()
        return bar.value() >= bar.maximum() - 2

    def update_cue(self) -> None:
        # At the end the same button takes the patient back up to the start.
        name = UP if self.at_end() else DOWN
        if name != self._cue and self._looks is not None:  # not on every frame of a scroll
            self._cue = name
            # Through the button's own drawing: an icon-only TouchButton draws the glyph
            # its apply_metrics made, so setIcon left the chevron pointing down at the end.
            self.button.set_icon_name(name)
            self.button.apply_metrics(*self._looks)

    def to_top(self) -> None:
        """Back to the start at once, a slide still under way stopped (else it carried on
        in a hidden screen and the next page's sources opened scrolled down)."""
        QScroller.scroller(self.area.viewport()).stop()
        self.area.verticalScrollBar().setValue(0)

    def page_down(self) -> None:
        bar = self.area.verticalScrollBar()
        step = round(self.area.viewport().height() * 0.8)
        target = 0 if self.at_end() else min(bar.maximum(), bar.value() + step)
        QScroller.scroller(self.area.viewport()).scrollTo(QPointF(0, target), 350)


def finger_scroll(page: QWidget) -> QScrollArea:
    """A frameless, transparent scroll area without scroll bars: too thin for a finger,
    and one appearing would narrow the words. Finger drags scroll it (``MoreBelow``)."""
    area = scroll_area()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.viewport().setAutoFillBackground(False)
    page.setAutoFillBackground(False)  # setWidget turned it on
    # Sized by its height for the width, not by its minimum size hint: a WrapLabel's
    # minimum follows its last width, and a stale one left the page a few pixels too tall.
    page.setMinimumSize(1, 1)
    scroller = QScroller.scroller(area.viewport())
    props = scroller.scrollerProperties()
    for metric in (QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                   QScrollerProperties.ScrollMetric.VerticalOvershootPolicy):
        props.setScrollMetric(metric, QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    scroller.setScrollerProperties(props)
    return area
