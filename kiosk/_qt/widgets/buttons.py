"""Big, finger-sized buttons with an icon that mirrors for right-to-left reading."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QIcon, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy, QWidget

from kiosk._qt import fonts, theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionButton

# QStyle and its options are reached through the module when first drawn with, not
# imported: PySide makes a class's Python enums when it is first named, and QStyle's
# took 10 ms of the kiosk's start (the welcome screen's buttons are drawn without it).

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


# What reaches a button when something its drawing follows changes, its key aside: a
# style sheet of its own or an ancestor's, a font or palette it inherits.
_RESTYLED = frozenset({QEvent.Type.StyleChange, QEvent.Type.FontChange,
                       QEvent.Type.PaletteChange})
_KEEP_LOOKS = 4  # up, pressed, disabled, and one to spare
# Room between an icon and its words beyond Qt's own, in parts of the words' size.
_ICON_ROOM = 0.25
_QT_ICON_SPACING = 4  # px, QCommonStyle's between a push button's icon and its words
# The width of buttons' words' ink, by words and font (a few languages' Back, Next, Listen...).
_ink_widths: dict[tuple[str, str], float] = {}
_KEEP_INK_WIDTHS = 256


class TouchButton(QPushButton):
    """A push button at least one touch target high, styled for the kiosk."""

    # Pictures of its looks, for a button that keeps them (see keep_pictures); None: it
    # draws itself afresh on every paint.
    _looks: dict[tuple[object, ...], QPixmap] | None = None
    # The icon alone, for a button showing no words (its picture with room for words
    # would sit off the middle); the reading direction, and how far the words' ink
    # reaches past their start and end (see _space_icon).
    _glyph: QPixmap | None = None
    _alone: QIcon | None = None  # the same, as an icon made once: kept looks go by its key
    _icon_gap = 0  # the room for the words the icon's picture carries
    _rtl = False
    _ink_past = (0.0, 0.0)

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
        self._dropped = False  # see drop_words
        self._icon_after = False  # see put_icon_after
        self._lift = 0  # see lift_words

    def set_look(self, style: str) -> None:
        """"primary", "secondary" or "quiet": applied by the next apply_metrics."""
        self._style = style

    def set_icon_name(self, icon: str) -> None:
        """Another qtawesome icon (Record becomes Stop): drawn by the next apply_metrics."""
        self._icon_name = icon

    def put_icon_after(self) -> None:
        """The icon after the words in reading order (Next, Later): on their right in
        English and on their left in Urdu, at the button's outer end either way."""
        self._icon_after = True

    def lift_words(self, pixels: int) -> None:
        """Draw the words ``pixels`` higher than the style centres them (from the next
        ``apply_metrics``): the style centres a line's box, and a Nastaliq box is mostly
        room above its letters, so "اردو" sat low beside "English"."""
        self._lift = max(0, pixels)

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
        if self._icon_after:
            # A push button draws its icon first in its own direction: the opposite one
            # puts it last.
            self.setLayoutDirection(Qt.LayoutDirection.LeftToRight if rtl
                                    else Qt.LayoutDirection.RightToLeft)
        background, ink, pressed = style_colours(self._style)
        radius = height // 2
        self.setStyleSheet(
            f"QPushButton {{ background: {background.name()}; color: {ink.name()};"
            f" border: {max(2, metrics.px(3))}px solid {theme.NAVY.name()};"
            f" border-radius: {radius}px;"
            f" padding: 0 {self._pad}px {2 * self._lift}px {self._pad}px; }}"
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
            self._glyph = icons.icon(name, ink).pixmap(QSize(side, side), ratio)
            self._alone = QIcon(self._glyph)
            room = fonts.load_fonts().ink_room(metrics.language)
            self._rtl, self._ink_past = rtl, (room.start, room.end)
            self._space_icon()

    def _space_icon(self) -> None:
        """The icon, with room on its words' side.

        Qt leaves 4 px between a button's icon and its words, and a ک starting Urdu words
        sweeps 0.4 em past their start: the words touched the icon ("T↕" and "لکھائی").
        The icon's picture carries the rest of the room. A push button puts its icon
        first in its own direction, which may be the words' end (Next's arrow).
        """
        if self._glyph is None:
            return
        ratio = self._glyph.devicePixelRatio()
        side = round(self._glyph.width() / ratio)
        on_right = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        start, end = self._ink_past
        past = start if on_right == self._rtl else end  # first in reading order too?
        gap = round((_ICON_ROOM + past) * self.font().pixelSize())
        spaced = QPixmap(math.ceil((side + gap) * ratio), self._glyph.height())
        spaced.setDevicePixelRatio(ratio)
        spaced.fill(Qt.GlobalColor.transparent)
        painter = QPainter(spaced)
        painter.drawPixmap(gap if on_right else 0, 0, self._glyph)
        painter.end()
        self.setIcon(QIcon(spaced))
        self.setIconSize(QSize(side + gap, side))
        self._icon_gap = gap

    def sizeHint(self) -> QSize:
        return self._width_for("" if self._dropped else self.text())

    def _width_for(self, text: str) -> QSize:
        # Nastaliq ink overhangs the advance width that QPushButton measures, so size by
        # the ink's bounding box, plus the icon and the rounded ends.
        if not text:  # the icon alone: a round button, a finger's size each way
            return QSize(self._height, self._height)
        # The icon, and room beside it: Qt's 4 px, and up to half a pad more, of which the
        # icon's picture already carries its room for the words (see _space_icon).
        icon = (self.iconSize().width() + max(_QT_ICON_SPACING, self._pad // 2 - self._icon_gap)
                if not self.icon().isNull() else 0)
        # The ink's width, shaped once for its words and font: asked at every paint (do
        # the words fit?) and layout, it took 0.1 ms a time at 4K in Nastaliq.
        key = (text, self.font().key())
        ink = _ink_widths.get(key)
        if ink is None:
            if len(_ink_widths) >= _KEEP_INK_WIDTHS:
                _ink_widths.clear()
            ink = _ink_widths[key] = QFontMetricsF(self.font()).boundingRect(text).width()
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

    def full_width(self) -> int:
        """The width the button wants with its words, dropped or not."""
        return self._width_for(self.text()).width()

    def drop_words(self, dropped: bool) -> None:
        """Ask only for the icon's room, the words left out however wide the button is:
        a bar too narrow for every button's words gives its room to one button's words
        rather than squeeze them all to no words at all. Lasting words are never left out."""
        dropped = dropped and self._words is not None
        if dropped != self._dropped:
            self._dropped = dropped
            self.updateGeometry()
            self.update()

    def words_shown(self) -> bool:
        return self._words is None or (
            not self._dropped and self.width() >= self._width_for(self._words).width())

    def keep_pictures(self) -> None:
        """Draw each look (up, pressed, disabled) once, and copy it after that.

        For Back and Next, which paint twice a tap (Qt repaints a button at once as it is
        pressed and again as it is let go, before the click turns the page): drawn from
        the style sheet, their rounded border, icon and words took about 0.6 ms a paint
        at 4K. Four looks at most: about 1.3 MB a button at 4K.
        """
        self._looks = {}

    def changeEvent(self, event: QEvent) -> None:
        # Not event(): every event a button gets (paints, presses, hovers) would cross
        # into Python to be looked at.
        if self._looks and event.type() in _RESTYLED:
            self._looks.clear()
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._space_icon()  # the icon changed sides: so does the room beside it
        super().changeEvent(event)

    def _option(self) -> QStyleOptionButton:
        option = QtWidgets.QStyleOptionButton()
        self.initStyleOption(option)
        if not self.words_shown():
            option.text = ""
        if not option.text and self._glyph is not None and self._alone is not None:
            side = round(self._glyph.width() / self._glyph.devicePixelRatio())
            option.icon, option.iconSize = self._alone, QSize(side, side)
        return option

    def _styled_from_above(self) -> bool:
        # Drawn onto a picture, a button under an ancestor's (or the application's) style
        # sheet got the wrong size of words from Qt: such a button draws itself.
        widget = self.parentWidget()
        while widget is not None:
            if widget.styleSheet():
                return True
            widget = widget.parentWidget()
        app = QApplication.instance()
        return isinstance(app, QApplication) and bool(app.styleSheet())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._looks is None or self._styled_from_above():
            if self.words_shown() and self.text():
                super().paintEvent(event)  # QPushButton's own paint: the same option
                return
            styled = QtWidgets.QStylePainter(self)
            styled.drawControl(QtWidgets.QStyle.ControlElement.CE_PushButton, self._option())
            styled.end()
            return
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._look())
        painter.end()

    def _look(self) -> QPixmap:
        assert self._looks is not None
        option = self._option()
        ratio = self.devicePixelRatioF()
        # Everything the style's drawing reads from the option and the widget.
        key = (option.state.value, option.rect.size().toTuple(), option.text,
               option.icon.cacheKey(), option.iconSize.toTuple(), option.features.value,
               option.direction.value, self.font().key(), self.styleSheet(),
               self.palette().cacheKey(), ratio)
        picture = self._looks.get(key)
        if picture is None:
            # Up, not to the nearest: at a ratio of 1.5 an odd width lost its last column.
            picture = QPixmap(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            # QPushButton's own paint, onto the picture: the style sheet's rules are
            # found through the widget, whatever the painter paints on.
            painter = QtWidgets.QStylePainter(picture, self)
            # What a painter on the widget itself starts with (Qt's initFrom).
            painter.setFont(self.font())
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.setBackground(self.palette().brush(self.backgroundRole()))
            painter.setLayoutDirection(self.layoutDirection())
            painter.drawControl(QtWidgets.QStyle.ControlElement.CE_PushButton, option)
            painter.end()
            if len(self._looks) >= _KEEP_LOOKS:
                del self._looks[next(iter(self._looks))]  # the oldest
            self._looks[key] = picture
        return picture
