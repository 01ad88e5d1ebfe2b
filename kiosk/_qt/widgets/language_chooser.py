"""Every language of the pack, each button written in its own script, over the screen.

With two languages the top bar's button simply switches to the other one. With three or
more, one tap cannot know which the patient wants, and stepping through them would show
each patient screens they cannot read on the way: this card shows them all at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.fill import fill_rect
from kiosk._qt.widgets.flowrow import FlowRow
from kiosk._qt.widgets.owned import layout_of, parent_of
from kiosk.core import languages

# A Nastaliq language's name on its button, against the others' size.
NASTALIQ_NAME = 1.15

def remake_language_buttons(row: QLayout, old: Mapping[str, TouchButton],
                            codes: Iterable[str], object_name: str,
                            clicked: Callable[[str], object],
                            look: Callable[[str], str] = lambda _code: "primary"
                            ) -> dict[str, TouchButton]:
    """A button per language in ``row``, in place of ``old``'s (the welcome screen, this
    card, the staff panel's start language): named ``object_name + code``."""
    for button in old.values():
        row.removeWidget(button)
        button.hide()  # now: deleteLater waits for the event loop
        button.deleteLater()
    made = {}
    for code in codes:
        button = TouchButton(None, look(code))
        button.setObjectName(f"{object_name}{code}")
        button.clicked.connect(lambda _=False, c=code: clicked(c))
        row.addWidget(button)
        button.show()  # at once: a tap may come before the next event loop turn
        made[code] = button
    return made


def dress_language_button(button: TouchButton, code: str, metrics: theme.Metrics,
                          min_width: int) -> None:
    """A button that chooses ``code``: its name in its own script and font, large, its
    ink centred in the button (each script's box holds its letters differently)."""
    own = theme.Metrics(metrics.unit, code)
    name = languages.name_of(code)
    font = own.font("title", bold=own.has_bold, scalable=False)
    if languages.script_of(code) == "nastaliq":
        # Nastaliq has no bold and its letters are slender: at the size of the others,
        # "اردو" read as the lesser choice beside "English", for the kiosk's most readers.
        font.setPixelSize(round(font.pixelSize() * NASTALIQ_NAME))
    button.setText(name)
    button.lift_words(_ink_below_centre(font, name))
    button.apply_metrics(metrics, rtl=False)
    button.setFont(font)
    button.setMinimumHeight(metrics.target + metrics.px(24))
    button.setMaximumHeight(metrics.target + metrics.px(24))
    button.setMinimumWidth(min_width)


def _ink_below_centre(font: QFont, text: str) -> int:
    """How far below the middle of its line's box ``text``'s ink is centred, in pixels."""
    metrics = QFontMetricsF(font)
    ink = metrics.tightBoundingRect(text)
    box_centre = (metrics.descent() - metrics.ascent()) / 2  # from the baseline
    return round(ink.center().y() - box_centre)


class _Card(QWidget):
    """The card itself: a tap between its buttons is not a tap beside it."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()


class LanguageChooser(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("LanguageChooser")
        self.card = _Card(self)
        self.card.setObjectName("card")
        self._row = FlowRow(centred=True)
        layout = QVBoxLayout(self.card)
        layout.addLayout(self._row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card)
        outer.addStretch(1)
        self.buttons: dict[str, TouchButton] = {}
        self.hide()

    def open(self, codes: tuple[str, ...], current: str, metrics: theme.Metrics) -> None:
        """Offer ``codes``, the one on screen shown as chosen."""
        self.buttons = remake_language_buttons(
            self._row, self.buttons, codes, "language-", self._choose,
            lambda code: "primary" if code == current else "secondary")
        for code, button in self.buttons.items():
            dress_language_button(button, code, metrics, metrics.px(240))
        self._row.setSpacing(metrics.gap)
        layout_of(self.card).setContentsMargins(*(metrics.gap * 2,) * 4)
        self.card.setStyleSheet(f"#card {{ background: {theme.CARD.name()};"
                                f" border-radius: {metrics.px(24)}px; }}")
        layout_of(self).setContentsMargins(*(metrics.gap * 2,) * 4)
        self.setGeometry(parent_of(self).rect())
        self.raise_()
        self.show()

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A tap beside the card: the patient changed their mind; nothing changes.
        self.hide()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # not to the screen underneath

    def paintEvent(self, event: QPaintEvent) -> None:
        # The screen underneath dimmed: the choice is on top of it, and a tap there closes.
        painter = QPainter(self)
        fill_rect(painter, event.rect(), QColor(0, 0, 0, 110))
        painter.end()
