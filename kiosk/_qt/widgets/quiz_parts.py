"""The quiz's parts: answer buttons, the feedback card and a scroll area for a finger."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QWidget,
)

from kiosk._qt import icons, theme
from kiosk._qt.widgets.owned import layout_of
from kiosk._qt.widgets.scroll_area import scroll_area
from kiosk._qt.widgets.wraplabel import WrapLabel
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


# The last two words of an answer go to a new line together, up to this many letters: a
# pair that long still fits any answer button, and validate measures it as one word.
_KEPT_TOGETHER = 16


def last_words_together(text: str) -> str:
    """``text`` with its last two words joined by a no-break space, so an answer that wraps
    never leaves one word alone on its last line. A lone word under a line reads as a
    separate answer, and in Urdu it is often half of the verb ("کم کرے / گا")."""
    words = text.split(" ")
    if len([word for word in words if word]) < 3 or \
            len(words[-2]) + len(words[-1]) + 1 > _KEPT_TOGETHER or not all(words[-2:]):
        return text
    return " ".join(words[:-2]) + " " + words[-2] + "\u00a0" + words[-1]


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


class ChoiceButton(QAbstractButton):
    """An answer: wrapped words in a big rounded button, so long Urdu never clips.

    After an answer a tick or a cross marks it, so the verdict does not rest on colour.
    """

    line, radius = 3, 36.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choice: Choice | None = None  # answers are shuffled: the button knows its own
        self.state = "open"  # open, right, wrong, faded
        self.marked = False  # being read aloud
        self.label = WrapLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.mark = QLabel(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        for part in (self.label, self.mark):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        super().setText(text)  # text() answers as on any button
        self.label.setText(last_words_together(text))
        self.updateGeometry()

    def apply(self, metrics: theme.Metrics) -> None:
        self.label.set_text_font(quiz_font(metrics, "body", bold=True), metrics.language)
        pad = metrics.px(16)
        layout_of(self).setContentsMargins(pad * 2, pad // 2, pad * 2, pad // 2)
        layout_of(self).setSpacing(pad)
        # The mark's room is kept while it is blank: words re-wrapping on a tap would jump.
        side = round(metrics.text_px("body") * 0.9)
        self.mark.setFixedSize(side, side)
        self.setMinimumHeight(metrics.target)
        self.line, self.radius = max(2, metrics.px(3)), metrics.px(36)
        self.set_state(self.state)

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

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = layout_of(self).contentsMargins()
        inner = (width - margins.left() - margins.right() - self.mark.width()
                 - layout_of(self).spacing())
        return max(self.minimumHeight(),
                   self.label.heightForWidth(inner) + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumHeight(), self.minimumHeight())

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


def finger_scroll(page: QWidget) -> QScrollArea:
    """A frameless, transparent scroll area without scroll bars: too thin for a finger,
    and one appearing would narrow the words. Finger drags scroll it (see QuizBody)."""
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
