"""The recorder's own widgets: the level meter and the sentence to read."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk._qt import theme
from kiosk._qt.staff.common import BAD, GOOD, style_label
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core.model import is_rtl


def isolate(text: str) -> str:
    return f"\u2068{text}\u2069"


class LevelMeter(QWidget):
    """How loud the microphone hears the reader: a bar that moves while recording."""

    def __init__(self) -> None:
        super().__init__()
        self.value = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: float) -> None:
        self.value = max(0.0, min(1.0, value))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        painter.setPen(theme.NAVY)
        painter.setBrush(theme.CARD)
        painter.drawRoundedRect(rect, radius, radius)
        # A square root, as a sound meter reads: quiet speech still moves the bar.
        filled = rect.width() * self.value ** 0.5
        if filled > 1:
            bar = QRectF(rect.right() - filled, rect.top(), filled, rect.height()) \
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
                else QRectF(rect.left(), rect.top(), filled, rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BAD if self.value > 0.97 else GOOD))
            painter.drawRoundedRect(bar, radius, radius)
        painter.end()


class SentenceLabel(WrapLabel):
    """The sentence to read: as large as fits the room the buttons leave, never cut off.

    A title is a few words and a quiz's explanation can be forty; one size would make the
    first hard to see from arm's length or push the second off the screen.
    """

    SCALES = (1.3, 1.15, 1.0, 0.85, 0.72, 0.6, 0.5)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.setObjectName("recorderSentence")
        self.language = language
        self._metrics = theme.Metrics(1.0, language)
        # The layout gives it what is left; it fits its type to that, not the other way.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language)
                                else Qt.LayoutDirection.LeftToRight)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def sizeHint(self) -> QSize:
        return QSize(0, 0)

    def style_for(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        style_label(self, metrics, "body", colour=theme.INK)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self.width() <= 0 or self.height() <= 0:
            return
        base = self._metrics
        for scale in self.SCALES:
            metrics = theme.Metrics(base.unit * scale, self.language, 1.0, base.colours)
            self.set_text_font(metrics.font("body", scalable=False), self.language)
            if self.heightForWidth(self.width()) <= self.height():
                return
