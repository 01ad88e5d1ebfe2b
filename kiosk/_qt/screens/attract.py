"""The attract screen: a calm loop that invites the next patient to touch, in both languages."""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.i18n import LANGUAGE_NAMES, Translations
from kiosk._qt.widgets.animation import FrameClock
from kiosk._qt.widgets.buttons import TouchButton

CONTEXT = "AttractScreen"
TOUCH_TO_START = QT_TRANSLATE_NOOP("AttractScreen", "Touch the screen to start")
CHOOSE = QT_TRANSLATE_NOOP("AttractScreen", "Learn about your immune system")

_CELL_COLOURS = ("#8ecae6", "#2a9d8f", "#e9c46a", "#f4a6a6", "#b8a1d9")


class _Cell:
    def __init__(self, rng: random.Random) -> None:
        self.x = rng.random()
        self.y = rng.random()
        self.radius = rng.uniform(0.025, 0.07)
        self.speed = rng.uniform(0.05, 0.12)
        self.phase = rng.uniform(0, math.tau)
        self.colour = QColor(rng.choice(_CELL_COLOURS))
        self.colour.setAlpha(150)


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
        self.clock = FrameClock(self)
        self._painted = False

        self.invite_en = QLabel()
        self.invite_ur = QLabel()
        self.subtitle_en = QLabel()
        self.subtitle_ur = QLabel()
        for label in (self.invite_en, self.invite_ur, self.subtitle_en, self.subtitle_ur):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.english = TouchButton(None, "primary")
        self.urdu = TouchButton(None, "primary")
        self.english.setObjectName("chooseEnglish")
        self.urdu.setObjectName("chooseUrdu")
        self.english.clicked.connect(lambda: self.started.emit("en"))
        self.urdu.clicked.connect(lambda: self.started.emit("ur"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.english)
        buttons.addWidget(self.urdu)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(3)
        layout.addWidget(self.invite_en)
        layout.addWidget(self.invite_ur)
        layout.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.subtitle_en)
        layout.addWidget(self.subtitle_ur)
        layout.addStretch(2)

    def retranslate(self, metrics: theme.Metrics) -> None:
        # Both languages at once: the next patient has not chosen yet.
        en = theme.Metrics(metrics.unit, "en")
        ur = theme.Metrics(metrics.unit, "ur")
        self.invite_en.setText(TOUCH_TO_START)
        self.invite_ur.setText(self.translations.text_in("ur", CONTEXT, TOUCH_TO_START))
        self.subtitle_en.setText(CHOOSE)
        self.subtitle_ur.setText(self.translations.text_in("ur", CONTEXT, CHOOSE))
        self.invite_en.setFont(en.font("hero", bold=True, scalable=False))
        self.invite_ur.setFont(ur.font("hero", scalable=False))
        self.subtitle_en.setFont(en.font("title", scalable=False))
        self.subtitle_ur.setFont(ur.font("title", scalable=False))
        for label in (self.invite_en, self.invite_ur, self.subtitle_en, self.subtitle_ur):
            label.setStyleSheet(f"color: {theme.NAVY.name()}; background: transparent;")
        self.english.setText(LANGUAGE_NAMES["en"])
        self.urdu.setText(LANGUAGE_NAMES["ur"])
        for button, m in ((self.english, en), (self.urdu, ur)):
            button.apply_metrics(metrics, rtl=False)
            button.setFont(m.font("title", bold=m.language == "en", scalable=False))
            button.setMinimumHeight(metrics.target + metrics.px(24))
            button.setMaximumHeight(metrics.target + metrics.px(24))
            button.setMinimumWidth(metrics.px(320))
        self.layout().setSpacing(metrics.gap)

    def mouseReleaseEvent(self, event) -> None:
        # A touch anywhere but the language buttons starts in the site's language.
        self.started.emit(self.default_language)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.PAPER)
        t = self.clock.seconds()
        w, h = self.width(), self.height()
        short = min(w, h)
        pen = QPen(theme.NAVY)
        pen.setWidthF(max(2.0, short / 400))
        for cell in self._cells:
            # Slow Lissajous drift: calm, never repeating quickly, never jumping.
            x = (cell.x + 0.04 * math.sin(t * cell.speed + cell.phase)) * w
            y = (cell.y + 0.04 * math.cos(t * cell.speed * 0.8 + cell.phase)) * h
            r = cell.radius * short * (1 + 0.05 * math.sin(t * 0.6 + cell.phase))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(cell.colour)
            painter.drawEllipse(QPointF(x, y), r, r)
        painter.end()
        if not self._painted:
            self._painted = True
            self.firstFramePainted.emit()
