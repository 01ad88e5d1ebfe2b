"""Small building blocks shared by the staff screens: labels, cards, scrolling pages, and
the core's words (problems, changes) in the staff member's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLayout,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk._qt import theme
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.fill import fill_rect
from kiosk._qt.widgets.flowrow import FlowRow
from kiosk._qt.widgets.owned import parent_of
from kiosk._qt.widgets.scroll_area import scroll_area
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core.languages import name_of as language_name
from kiosk.core.localtime import local_minute
from kiosk.core.phrases import Value, render

if TYPE_CHECKING:  # a pack check's, imported when staff bring one
    from kiosk.core.recording import Voices

GOOD = QColor("#1f7a4d")
WARN = QColor("#9a5b00")
BAD = QColor("#b3261e")


def latin(text: str) -> str:
    """A path, key or web address kept left to right inside an Urdu sentence."""
    return f"\u2066{text}\u2069"


def local_time(when: str | dt.datetime) -> str:
    """A moment as staff read the kiosk's clock (its own time zone, to the minute), kept
    left to right: in an Urdu line "2026-12-07 09:32" came out as "09:32 2026-12-07".
    The store notes installs in UTC, five hours from a clock in Pakistan."""
    try:
        moment = dt.datetime.fromisoformat(when) if isinstance(when, str) else when
    except ValueError:
        return latin(str(when))
    return latin(local_minute(moment))


def _qt_translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template)


def isolated(text: str) -> str:
    """First-strong isolate: a Latin file name, a number or a key owner's name keeps its
    own direction inside an Urdu sentence, and the sentence keeps its order around it."""
    return f"\u2068{text}\u2069"


def say(value: Value) -> str:
    """Words from kiosk.core (a problem, a change) in the language now active."""
    return render(value, _qt_translate,
                  isolated if QGuiApplication.isRightToLeft() else None)


def say_lines(values: Iterable[Value]) -> str:
    return "\n".join(say(value) for value in values)


def say_voices(voices: Iterable[Voices]) -> str:
    """Who reads a pack's pages aloud, a line per language: staff see how much of it
    patients would hear in a machine's voice before they install or record it."""
    lines = []
    for count in voices:
        lines.append(QCoreApplication.translate(
            "Voices", "Read aloud in %1: %2 of %3 pages by a person, %4 by a machine's draft, "
                      "%5 not recorded.")
            .replace("%1", isolated(language_name(count.language)))
            .replace("%2", str(count.person)).replace("%3", str(count.pages))
            .replace("%4", str(count.machine)).replace("%5", str(count.silent)))
    return "\n".join(lines)


def label(name: str, parent: QWidget | None = None) -> WrapLabel:
    result = WrapLabel(parent)
    result.setObjectName(name)
    return result


def style_label(widget: WrapLabel, metrics: theme.Metrics, role: str = "body",
                bold: bool = False, colour: QColor = theme.NAVY,
                scalable: bool = False) -> None:
    """``scalable``: at the patient's text size (staff screens keep theirs)."""
    # Nastaliq has no bold; a synthetic one smears the dots.
    widget.set_text_font(metrics.font(role, bold=bold and metrics.has_bold,
                                      scalable=scalable), metrics.language)
    widget.setStyleSheet(f"color: {colour.name()}; background: transparent;")


class Card(QFrame):
    """A white rounded box holding one item (a pack, a setting)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.body = QVBoxLayout(self)

    def apply_metrics(self, metrics: theme.Metrics) -> None:
        pad = metrics.px(28)
        self.body.setContentsMargins(pad, pad, pad, pad)
        self.body.setSpacing(metrics.px(12))
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {theme.CARD.name()}; border: "
            f"{max(2, metrics.px(3))}px solid {theme.NAVY.name()}; "
            f"border-radius: {metrics.px(24)}px; }}")


class ScrollColumn(QWidget):
    """The page inside ``scrolling``: as tall as its words need at the area's width.

    A scroll area keeps its page at least the page's minimum height, and a column of
    wrapping labels counts each at its narrowest, a word a line: the About screen's came
    to 6,384 px at 1366x768 when it used this column, a scroll bar beside words that fit
    over a long empty page.
    Where the column's height follows its width, the area asks ``heightForWidth`` at its
    own width, so that minimum is left out; a column of fixed heights keeps its minimum,
    and scrolls when it needs more.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return QSize(hint.width(), 0)
        return hint


def scrolling(content: ScrollColumn) -> QScrollArea:
    """A page taller than the screen scrolls with one finger, like the patients' text."""
    area = scroll_area()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


class TabPage(QWidget):
    """One tab of the staff panel: its items in a column that scrolls with one finger."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        content = ScrollColumn()
        self._column = QVBoxLayout(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.area = scrolling(content)
        layout.addWidget(self.area)

    def fill(self, *items: QWidget | QLayout) -> None:
        for item in items:
            if isinstance(item, QLayout):
                self._column.addLayout(item)
            else:
                self._column.addWidget(item)
        self._column.addStretch(1)

    def space(self, metrics: theme.Metrics) -> None:
        self._column.setSpacing(metrics.gap)
        self._column.setContentsMargins(metrics.gap, 0, metrics.gap, metrics.gap)


class Backdrop(QWidget):
    """A full-window layer in the kiosk's paper colour that hides the patient screens."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fill_rect(painter, self.rect(), theme.PAPER)
        painter.end()

    def cover_parent(self) -> None:
        self.setGeometry(parent_of(self).rect())


def set_style(button: TouchButton, style: str, metrics: theme.Metrics, rtl: bool) -> None:
    button.set_look(style)
    button.apply_metrics(metrics, rtl)


class ButtonRows(QGridLayout):
    """Buttons in rows that fit the room (never fewer than two a row); laid out again
    only when the number a row changes (the panel's tabs, the Use tab's ranges)."""

    def __init__(self, buttons: Iterable[QWidget]) -> None:
        super().__init__()
        self.buttons = list(buttons)
        self.columns = 0

    def place(self, room: int, gap: int) -> None:
        widths = sorted((b.sizeHint().width() for b in self.buttons), reverse=True)
        count = len(self.buttons)
        # The fewest rows that fit, filled evenly: four buttons as two and two, not three
        # and one left alone.
        fitting = (-(-count // rows) for rows in range(1, count + 1))
        columns = max(2, next((n for n in fitting if sum(widths[:n]) + gap * (n - 1) <= room),
                              2))
        self.setSpacing(gap)
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons:
            self.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.addWidget(button, index // columns, index % columns)
        for column in range(len(self.buttons) + 1):
            self.setColumnStretch(column, 1 if column == columns else 0)


def button_row(*buttons: QWidget) -> FlowRow:
    """Buttons side by side from the reading edge, wrapping onto more lines where the
    card is too narrow for them all (a portrait screen, longer Urdu labels)."""
    row = FlowRow()
    for button in buttons:
        row.addWidget(button)
    return row
