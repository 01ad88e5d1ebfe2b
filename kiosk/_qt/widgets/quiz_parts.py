"""The quiz's parts: answer buttons, the feedback card and a scroll area for a finger."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QWidget,
)

from kiosk._qt import icons, theme
from kiosk._qt.dot_room import shown
from kiosk._qt.widgets import rtl_words
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core import languages
from kiosk.core.model import Choice

MAX_CHOICES = 4  # the pack schema's limit
# An answer's colours in each state: background, words, edge.
def _state_colours(state: str) -> tuple[QColor, QColor, QColor]:
    """An answer's background, words and edge in ``state``, in the theme in use now."""
    return {
        "open": (theme.CARD, theme.NAVY, theme.NAVY),
        "right": (theme.TEAL, theme.CARD, theme.TEAL_DARK),
        "wrong": (theme.SAND, theme.NAVY, theme.NAVY),
        "faded": (theme.PAPER, theme.MUTED, theme.MUTED.lighter(170)),
    }[state]
_MARKS = {"right": "fa5s.check", "wrong": "fa5s.times"}
ACROSS, DOWN = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom


def paint_words(label: QLabel, colour: QColor) -> None:
    # A palette, not a style sheet: a style sheet inside another widget's resets the
    # label's contents margins, which keep Nastaliq's tall ink from being cut. The role
    # is explicit because inside a button a label would draw in ButtonText.
    label.setForegroundRole(QPalette.ColorRole.WindowText)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def quiz_font(metrics: theme.Metrics, role: str, bold: bool = False, scale: float = 1.0) -> QFont:
    # Nastaliq has no bold; a synthetic one smears the dots.
    font = metrics.font(role, bold=bold and metrics.has_bold)
    font.setPixelSize(max(10, round(font.pixelSize() * scale)))
    return font


def rounded(widget: QWidget, fill: QColor, edge: QColor, line: int, radius: float) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(edge)
    pen.setWidth(line)
    painter.setPen(pen)
    painter.setBrush(fill)
    inset = line / 2 + 1
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset),
                            radius, radius)
    painter.end()


def ink_rows(layout: QTextLayout) -> tuple[float, float]:
    """Where a laid-out text's ink starts and ends, from the top of its first line's box:
    each glyph's own box, where it is placed. Nastaliq puts dots and strokes above and
    below with offsets a font's metrics do not show."""
    top, bottom = math.inf, -math.inf
    for run in layout.glyphRuns():
        raw = run.rawFont()
        for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=True):
            box = raw.boundingRect(glyph)  # the font's metrics, not a path: a tap's work
            if not box.isEmpty():
                top, bottom = min(top, at.y() + box.top()), max(bottom, at.y() + box.bottom())
    return (top, bottom) if top < bottom else (0.0, 0.0)


class ChoiceButton(QAbstractButton):
    """An answer: wrapped words in a big rounded button, so long Urdu never clips.

    After an answer a tick or a cross marks it, so the verdict does not rest on colour.
    The button places its words itself (no layout): Nastaliq words are centred on their
    ink, which a layout, centring boxes, cannot do.
    """

    line, radius = 3, 36.0
    # The room beside the words, between the mark and the words, and above and below.
    _side, _gap, _ends = 32, 16, 8
    _nastaliq = False
    _language = "en"
    # False where the quiz is only measured, never seen (validate): centring Nastaliq on
    # its ink lays each answer out once more, and decides nothing about whether it fits.
    centres_on_ink = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choice: Choice | None = None  # answers are shuffled: the button knows its own
        self.state = "open"  # open, right, wrong, faded
        self.marked = False  # being read aloud
        # Where the words' ink starts and ends in their label, by its width and height.
        self._inks: dict[tuple[int, int], tuple[int, int]] = {}
        self.label = WrapLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.mark = QLabel(self)
        for part in (self.label, self.mark):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        if text == self.text():
            return  # the quiz words its answers again on every tap: their ink is known
        super().setText(text)  # text() answers as on any button
        self.label.setText(shown(text, self._language))
        self._measure_ink()

    def apply(self, metrics: theme.Metrics) -> None:
        self.label.set_text_font(quiz_font(metrics, "body", bold=True), metrics.language)
        pad = metrics.px(16)
        self._side, self._gap, self._ends = pad * 2, pad, pad // 2
        self._nastaliq = languages.script_of(metrics.language) == "nastaliq"
        if metrics.language != self._language:  # words set before: room for their dots
            self._language = metrics.language
            self.label.setText(shown(self.text(), self._language))
        # The mark's room is kept while it is blank: words re-wrapping on a tap would jump.
        side = round(metrics.text_px("body") * 0.9)
        self.mark.setFixedSize(side, side)
        self.setMinimumHeight(metrics.target)
        self.line, self.radius = max(2, metrics.px(3)), metrics.px(36)
        self.set_state(self.state)
        self._measure_ink()

    def _measure_ink(self) -> None:
        self._inks.clear()
        self.updateGeometry()
        self._place()

    def _ink(self, width: int) -> tuple[int, int]:
        """Where the words' ink starts and ends in their label at ``width`` (the label's
        box for Latin).

        A Nastaliq line's box holds room for the tallest stacks of letters, and most
        words' ink sits low in it: centred by their boxes, Urdu answers stood 7-12 px low
        in their buttons at 1366x768, beside English centred to a pixel. So a Nastaliq
        answer is centred by its ink: its first line's highest and its last line's
        lowest. Latin keeps its boxes: its ink sits in them, and baselines line up across
        a row.
        """
        height = self.label.heightForWidth(width)
        text = self.label.text()
        if not self._nastaliq or not text or not self.centres_on_ink:
            return 0, height
        known = self._inks.get((width, height))
        if known is None:
            margins = self.label.contentsMargins()
            # Nastaliq is written right to left: the words break as the label draws them.
            top, bottom = ink_rows(rtl_words.laid_out(
                self.label, width - margins.left() - margins.right())[0])
            top, bottom = top + margins.top(), bottom + margins.top()
            # A pixel each way for antialiasing, and never outside the label's box.
            known = self._inks[(width, height)] = (max(0, math.floor(top) - 1),
                                                   min(height, math.ceil(bottom) + 1))
        return known

    def _words_width(self, width: int) -> int:
        return max(1, width - 2 * self._side - self.mark.width() - self._gap)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Sized by the words' boxes, not their ink: answers of one line are all one
        # height (sized by ink, a column of Urdu answers came out 109, 122 and 127 px),
        # and the ink, inside its boxes, fits wherever it is centred.
        words = self.label.heightForWidth(self._words_width(width))
        return max(self.minimumHeight(), words + 2 * self._ends)

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumHeight(), self.minimumHeight())

    def _place(self) -> None:
        """The mark at the start, centred; the words after it, their ink centred."""
        height, side = self.height(), self.mark.width()
        width = self._words_width(self.width())
        top, bottom = self._ink(width)
        # Centred, but never with ink above the button's padding: a button laid out
        # shorter than it asked for (for a moment, while the quiz is laid out) cuts the
        # end of the words, not their start.
        y = max(self._ends, (height - (bottom - top)) // 2) - top
        direction = self.layoutDirection()
        self.mark.setGeometry(QStyle.visualRect(
            direction, self.rect(), QRect(self._side, (height - side) // 2, side, side)))
        self.label.setGeometry(QStyle.visualRect(direction, self.rect(), QRect(
            self._side + side + self._gap, y, width, self.label.heightForWidth(width))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place()

    def set_state(self, state: str) -> None:
        self.state = state
        ink = _state_colours(state)[1]
        paint_words(self.label, ink)
        side = self.mark.width()
        if state in _MARKS:
            self.mark.setPixmap(icons.icon(_MARKS[state], ink).pixmap(side, side))
        else:
            self.mark.clear()
        self.update()

    def set_marked(self, marked: bool) -> None:
        if marked != self.marked:
            self.marked = marked
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        fill, _, edge = _state_colours(self.state)
        # A pressed answer darkens under the finger: the tap was felt.
        pressed = self.isDown() and self.state == "open"
        # Read aloud: the marker's colour and a thicker edge, as the page's words get.
        if self.marked and not pressed:
            fill = theme.MARKER
        rounded(self, theme.SAND if pressed else fill, edge,
                self.line * (2 if self.marked else 1), min(self.height() / 2, self.radius))


class Card(QWidget):
    """A white rounded box, edged in the verdict's colour, holding the feedback."""

    edge, line, radius = theme.NAVY, 3, 24

    def paintEvent(self, event: QPaintEvent) -> None:
        rounded(self, theme.CARD, self.edge, self.line, self.radius)
