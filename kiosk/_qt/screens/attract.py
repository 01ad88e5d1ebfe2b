"""The attract screen: a calm loop that invites the next patient to touch, in every language."""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.i18n import Translations
from kiosk._qt.widgets.animation import FrameClock
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.fill import fill_rect
from kiosk._qt.widgets.flowrow import FlowRow
from kiosk._qt.widgets.language_chooser import dress_language_button, remake_language_buttons
from kiosk._qt.widgets.owned import layout_of
from kiosk._qt.widgets.wraplabel import KeepsPicture
from kiosk.core.languages import DEFAULT_LANGUAGES

CONTEXT = "AttractScreen"
TOUCH_TO_START = str(QT_TRANSLATE_NOOP("AttractScreen", "Touch the screen to start"))
CHOOSE = str(QT_TRANSLATE_NOOP("AttractScreen", "Learn about your immune system"))

_CELL_COLOURS = ("#8ecae6", "#2a9d8f", "#e9c46a", "#f4a6a6", "#b8a1d9")
# The cells drift at most ~9 px a second on a 1920-wide screen (7 on a 1366-wide one, 18
# at 4K): four frames a second move them a pixel or two (most cells less), calm as
# before, and a cell that has not moved a whole pixel is not drawn again. Thirty frames,
# each drawn whole, took a quarter of a core; these take under 2% (bench/idle.py).
FRAME_MS = 250
_EDGE = 2  # pixels around a cell's picture for its antialiased edge


class _Cell:
    def __init__(self, rng: random.Random) -> None:
        self.x = rng.random()
        self.y = rng.random()
        self.radius = rng.uniform(0.025, 0.07)
        self.speed = rng.uniform(0.05, 0.12)
        self.phase = rng.uniform(0, math.tau)
        self.colour = QColor(rng.choice(_CELL_COLOURS))
        self.colour.setAlpha(150)
        self._sprite: tuple[tuple[int, float], QPixmap] | None = None

    def sprite(self, short: int, ratio: float) -> QPixmap:
        """The cell drawn once for this screen size; each frame copies it (an antialiased
        disc drawn afresh cost five times as much)."""
        if self._sprite is None or self._sprite[0] != (short, ratio):
            r = self.radius * short
            side = math.ceil(2 * r) + 2 * _EDGE
            picture = QPixmap(round(side * ratio), round(side * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawEllipse(QPointF(side / 2, side / 2), r, r)
            painter.end()
            self._sprite = ((short, ratio), picture)
        return self._sprite[1]

    def at(self, t: float, w: int, h: int, ratio: float) -> QRect:
        """Where the cell's picture goes at ``t`` seconds on a ``w`` × ``h`` screen (whole
        pixels: a cell that has not moved by one is not drawn again)."""
        # Slow Lissajous drift: calm, never repeating quickly, never jumping.
        x = (self.x + 0.04 * math.sin(t * self.speed + self.phase)) * w
        y = (self.y + 0.04 * math.cos(t * self.speed * 0.8 + self.phase)) * h
        sprite = self.sprite(min(w, h), ratio)
        side = round(sprite.width() / ratio)
        return QRect(round(x - side / 2), round(y - side / 2), side, side)


class _Words(KeepsPicture, QLabel):
    """Words laid out as a label and drawn by the screen behind them, from a kept picture.

    The cells move under the words five times a second: as widgets of their own the four
    labels were each asked to paint at nearly every frame (through every event filter),
    a quarter of the welcome screen's CPU. The screen draws their pictures with its own."""

    def paintEvent(self, event: QPaintEvent) -> None:
        pass  # the screen behind draws the words: see the class's note


class AttractScreen(QWidget):
    started = Signal(str)  # the language the patient chose
    firstFramePainted = Signal()

    def __init__(self, translations: Translations, default_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttractScreen")
        self.translations = translations
        self.default_language = default_language
        rng = random.Random(1122)  # the same calm pattern on every kiosk
        self._cells = [_Cell(rng) for _ in range(18)]
        # Each frame repaints only where the cells were and now are, drawn at the frame's
        # time (not the paint's), so what is repainted is exactly what moved.
        self.clock = FrameClock(self, frame_ms=FRAME_MS, frame=self._next_frame)
        self._t = 0.0
        self._drawn: list[QRect] = []
        self._placed: tuple[tuple[float, int, int, float], list[QRect]] | None = None
        self._painted = False

        # The invitation in two languages (the site's, and the pack's next), above a
        # button for every language of the pack, each written in its own script: a
        # reader who cannot read the first two still finds theirs.
        self.languages: tuple[str, ...] = DEFAULT_LANGUAGES
        self.invites = (_Words(), _Words())
        self.subtitles = (_Words(), _Words())
        for label in (*self.invites, *self.subtitles):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.buttons: dict[str, TouchButton] = {}
        self._row = FlowRow(centred=True)
        layout = QVBoxLayout(self)
        layout.addStretch(3)
        for label in self.invites:
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(self._row)
        layout.addStretch(1)
        for label in self.subtitles:
            layout.addWidget(label)
        layout.addStretch(2)
        self._make_buttons()

    def set_languages(self, codes: tuple[str, ...], default_language: str) -> None:
        """The pack's languages, in its order, and the site's: the buttons follow them."""
        self.default_language = default_language
        if codes != self.languages:
            self.languages = codes
            self._make_buttons()

    def _make_buttons(self) -> None:
        self.buttons = remake_language_buttons(self._row, self.buttons, self.languages,
                                               "choose-", self.started.emit)

    def invited_in(self) -> tuple[str, ...]:
        """The two languages the invitation is written in."""
        first = self.default_language if self.default_language in self.languages \
            else self.languages[0]
        rest = [code for code in self.languages if code != first]
        return (first, *rest[:1])

    def retranslate(self, metrics: theme.Metrics) -> None:
        # Every language at once: the next patient has not chosen yet.
        shown = self.invited_in()
        for index, (invite, subtitle) in enumerate(zip(self.invites, self.subtitles,
                                                       strict=True)):
            if index >= len(shown):
                invite.clear()
                subtitle.clear()
                invite.hide()
                subtitle.hide()
                continue
            m = theme.Metrics(metrics.unit, shown[index])
            invite.show()
            subtitle.show()
            invite.setText(self.translations.text_in(m.language, CONTEXT, TOUCH_TO_START))
            subtitle.setText(self.translations.text_in(m.language, CONTEXT, CHOOSE))
            invite.setFont(m.font("hero", bold=m.has_bold, scalable=False))
            subtitle.setFont(m.font("title", scalable=False))
            for label in (invite, subtitle):
                label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if m.rtl
                                         else Qt.LayoutDirection.LeftToRight)
                label.setStyleSheet(f"color: {theme.NAVY.name()}; background: transparent;")
        for code, button in self.buttons.items():
            # Five languages side by side on a 1366-wide screen: narrower than two.
            dress_language_button(button, code, metrics,
                                  metrics.px(320 if len(self.buttons) <= 3 else 240))
        self._row.setSpacing(metrics.gap)
        layout_of(self).setSpacing(metrics.gap)
        self.update()  # the words are drawn by this screen, not by their labels

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere but the language buttons starts in the language invited in
        # first: the site's, or the pack's own if it is not written in the site's.
        self.started.emit(self.invited_in()[0])
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        # Shown again after a visit: drawn whole, where the cells are now (no jump at the
        # next frame to where they drifted meanwhile).
        self._t = self.clock.seconds()
        self._drawn = []
        super().showEvent(event)

    def _next_frame(self) -> None:
        self._t = self.clock.seconds()
        placed = self._place()
        if not self._drawn:  # shown again: what is on screen was drawn at another moment
            self._drawn = placed
            self.update()
            return
        dirty = QRegion()
        for before, now in zip(self._drawn, placed, strict=True):
            if before != now:  # most frames, most cells have not moved a whole pixel
                dirty += before
                dirty += now
        self._drawn = placed
        if not dirty.isEmpty():
            self.update(dirty)

    def _place(self) -> list[QRect]:
        """Where each cell is at the frame's time: worked out once a frame, for both
        what to repaint and the painting itself."""
        key = (self._t, self.width(), self.height(), self.devicePixelRatioF())
        if self._placed is None or self._placed[0] != key:
            self._placed = (key, [cell.at(self._t, *key[1:]) for cell in self._cells])
        return self._placed[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fill_rect(painter, event.rect(), theme.PAPER)
        short, ratio = min(self.width(), self.height()), self.devicePixelRatioF()
        region = event.region()
        for cell, rect in zip(self._cells, self._place(), strict=True):
            if region.intersects(rect):
                painter.drawPixmap(rect.topLeft(), cell.sprite(short, ratio))
        for words in (*self.invites, *self.subtitles):
            if region.intersects(words.geometry()):
                words.draw_words(painter, words.pos())
        painter.end()
        if not self._painted:
            self._painted = True
            self.firstFramePainted.emit()
