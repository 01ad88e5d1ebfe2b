"""A word-wrapping label whose height always follows its text (Nastaliq lines are tall)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk._qt import fonts

_KEEP_HEIGHTS = 64


class RemembersHeights:
    """A label that remembers its height for a width until something that shapes it changes.

    Qt asks a wrapping label for its height many times in one layout pass (and our page
    layout asks again while it searches), and each answer breaks the text into lines
    anew: for Nastaliq that is shaping the whole text, about a millisecond at a time.
    """

    _heights: dict[tuple[object, ...], int]

    def heightForWidth(self, width: int) -> int:
        label: QLabel = self  # type: ignore[assignment]
        m = label.contentsMargins()
        key = (width, label.text(), label.font().key(), m.left(), m.top(), m.right(),
               m.bottom(), label.margin(), label.indent(), label.wordWrap(),
               label.textFormat(), label.frameWidth())
        try:
            heights = self._heights
        except AttributeError:
            heights = self._heights = {}
        height = heights.get(key)
        if height is None:
            if len(heights) >= _KEEP_HEIGHTS:
                heights.clear()
            height = heights[key] = QLabel.heightForWidth(label, width)
        return height


class WrapLabel(RemembersHeights, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:
        # Never squeeze below the height the wrapped text needs at the current width.
        hint = super().minimumSizeHint()
        if self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def set_text_font(self, font: QFont, language: str) -> None:
        """Set the font and leave room for ink that leaves the font's box.

        Nastaliq letters reach above the ascent and past the first letter's advance, so
        an Urdu line flush against the label's edge would lose its first letter's tip.
        """
        self.setFont(font)
        size = font.pixelSize()
        top = round(fonts.load_fonts().ink_above_ascent(language) * size)
        side = round(0.25 * size) if language == "ur" else 0
        self.setContentsMargins(side, top, side, 0)
