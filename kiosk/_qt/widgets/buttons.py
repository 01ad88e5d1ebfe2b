"""Big, finger-sized buttons with an icon that mirrors for right-to-left reading."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from kiosk._qt import theme

# Icons that point somewhere must point the other way in Urdu.
_MIRRORED = {
    "fa5s.arrow-left": "fa5s.arrow-right",
    "fa5s.arrow-right": "fa5s.arrow-left",
    "fa5s.chevron-left": "fa5s.chevron-right",
    "fa5s.chevron-right": "fa5s.chevron-left",
}

def style_colours(style: str) -> tuple[QColor, QColor, QColor]:
    """Background, words and pressed background, in the theme in use now."""
    return {
        "primary": (theme.TEAL, theme.CARD, theme.TEAL_DARK),
        "secondary": (theme.CARD, theme.NAVY, theme.SAND),
        "quiet": (theme.PAPER, theme.NAVY, theme.SAND),
        "urgent": (theme.URGENT, theme.CARD, theme.URGENT_DARK),
    }[style]


class TouchButton(QPushButton):
    """A push button at least one touch target high, styled for the kiosk."""

    def __init__(self, icon: str | None = None, style: str = "secondary",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_name = icon
        self._style = style
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(False)
        self._pad = 24
        self._height = 48
        self._words: str | None = None  # see set_words

    def set_look(self, style: str) -> None:
        """"primary", "secondary" or "quiet": applied by the next apply_metrics."""
        self._style = style

    def set_icon_name(self, icon: str) -> None:
        """Another qtawesome icon (Record becomes Stop): drawn by the next apply_metrics."""
        self._icon_name = icon

    def set_height(self, height: int) -> None:
        """A taller button than the metrics' touch target (a digit pad's keys)."""
        self._height = height
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def apply_metrics(self, metrics: theme.Metrics, rtl: bool) -> None:
        height = metrics.target
        self._height = height
        self._pad = metrics.px(28)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setFont(metrics.font("button", bold=metrics.has_bold, scalable=False))
        background, ink, pressed = style_colours(self._style)
        radius = height // 2
        self.setStyleSheet(
            f"QPushButton {{ background: {background.name()}; color: {ink.name()};"
            f" border: {max(2, metrics.px(3))}px solid {theme.NAVY.name()};"
            f" border-radius: {radius}px; padding: 0 {self._pad}px; }}"
            f"QPushButton:pressed {{ background: {pressed.name()}; }}"
            f"QPushButton:disabled {{ color: #9aa5ab; border-color: #c9d1d5; }}"
        )
        if self._icon_name:
            from kiosk._qt import icons  # not at the top: the attract screen's buttons have none

            name = _MIRRORED.get(self._icon_name, self._icon_name) if rtl else self._icon_name
            side = round(height * 0.42)
            # Drawn once here as a picture: qtawesome's own icon draws its font glyph
            # again on every paint, and Back and Next repaint on every page turn.
            ratio = self.devicePixelRatioF()
            self.setIcon(QIcon(icons.icon(name, ink).pixmap(QSize(side, side), ratio)))
            self.setIconSize(QSize(side, side))

    def sizeHint(self) -> QSize:
        return self._width_for(self.text())

    def _width_for(self, text: str) -> QSize:
        # Nastaliq ink overhangs the advance width that QPushButton measures, so size by
        # the ink's bounding box, plus the icon and the rounded ends.
        if not text:  # the icon alone: a round button, a finger's size each way
            return QSize(self._height, self._height)
        ink = QFontMetricsF(self.font()).boundingRect(text).width()
        icon = self.iconSize().width() + self._pad // 2 if not self.icon().isNull() else 0
        width = ink + icon + 2 * self._pad + self._height // 2
        return QSize(max(self._height, round(width)), self._height)

    def minimumSizeHint(self) -> QSize:
        return self._width_for("") if self._words is not None else self.sizeHint()

    def set_words(self, words: str) -> None:
        """Words that give way to the icon alone when the button is given less room than
        they need (a narrow portrait screen). They stay its text (and accessible name);
        only their drawing is left out."""
        self._words = words
        self.setText(words)

    def set_lasting_words(self, words: str) -> None:
        """Words that never give way (a language's name: the only thing a reader of it
        recognises on the button)."""
        self._words = None
        self.setText(words)

    def words_shown(self) -> bool:
        return self._words is None or self.width() >= self._width_for(self._words).width()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.words_shown():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
