"""A word-wrapping label's right-to-left words, drawn a line at a time, each line flush.

A word-wrapping QLabel lays its words out with Qt's document layout, which puts a
right-to-left line's trailing space at the line's start: every line but the last stood in
from the label's edge by a space (15-18 px of Pashto at the largest text), and a full line
ran a space past its end, losing its last letter or full stop. QTextLayout, which the
document layout drives, places those lines right: here it lays the label's words out and
draws them itself, breaking them where the label does.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

_LEFT, _RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
_ACROSS = _LEFT | _RIGHT | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignJustify


def _on_screen(align: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """Where ``align`` puts a right-to-left label's lines on the screen: leading (Qt's
    left) is the right, unless the alignment is absolute. (QStyle.visualAlignment says
    the same, but naming QStyle makes its Python class, 10 ms before the first frame.)"""
    across = align & _ACROSS
    if not across:
        return _RIGHT  # no side named: the leading one, as Qt takes it
    if align & Qt.AlignmentFlag.AlignAbsolute or not across & (_LEFT | _RIGHT):
        return across
    return _RIGHT if across & _LEFT else _LEFT


def _right_to_left(text: str) -> bool:
    """Whether ``text`` reads right to left, as Qt decides it: by its first letter of a
    script with a direction (Unicode's first strong character)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def drawn_here(label: QLabel) -> bool:
    """Whether ``label``'s words are drawn here: plain, wrapped right-to-left words in a
    right-to-left label, with no margin or indent of Qt's own (the kiosk's labels use
    contents margins). English in an Urdu screen (a staff message) Qt draws as English."""
    return (label.layoutDirection() == Qt.LayoutDirection.RightToLeft and label.wordWrap()
            and label.textFormat() == Qt.TextFormat.PlainText and label.margin() == 0
            and label.indent() <= 0 and _right_to_left(label.text()))


def laid_out(label: QLabel, width: float) -> tuple[QTextLayout, float]:
    """``label``'s words laid out right to left in lines ``width`` wide, and their height."""
    # A label breaks its lines at a newline (the quiz's score, then "Ask your doctor");
    # QTextLayout breaks only at Unicode's line separator.
    text = label.text().replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\u2028")
    layout = QTextLayout(text, label.font())
    option = QTextOption(_on_screen(label.alignment()) | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def draw(painter: QPainter, label: QLabel) -> None:
    """Draw ``label``'s words (see ``drawn_here``) where the label would, in its colour."""
    box = QRect(label.contentsRect())
    layout, height = laid_out(label, box.width())
    align = label.alignment()
    top = float(box.top())
    if align & Qt.AlignmentFlag.AlignBottom:
        top = box.bottom() + 1 - height
    elif align & Qt.AlignmentFlag.AlignVCenter:
        top += (box.height() - height) / 2
    group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
    painter.setPen(label.palette().color(group, label.foregroundRole()))
    layout.draw(painter, QPointF(box.left(), top))
