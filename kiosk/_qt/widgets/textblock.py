"""Laying out a short run of text in a box: wrapped, right-to-left aware, never clipped.

Tiles and picture labels paint their own text so they can shrink a long Urdu title to
fit instead of cutting its tall Nastaliq ink off.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)


class TextBlock:
    def __init__(self) -> None:
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self._text = ""
        self._line_height = 1.0
        self.rtl = False
        self.align = Qt.AlignmentFlag.AlignLeading

    def set(self, text: str, font: QFont, width: float, rtl: bool, line_height: float,
            colour: QColor, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading) -> None:
        self._text = text
        self._line_height = line_height
        self.rtl = rtl
        self.align = align
        option = QTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(align)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.doc.setDefaultTextOption(option)
        self.doc.setDefaultFont(font)
        self.doc.setDefaultStyleSheet("")
        self.doc.setPlainText(text)
        cursor = QTextCursor(self.doc)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(line_height * 100,
                            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setAlignment(align)
        block.setLayoutDirection(option.textDirection())
        cursor.mergeBlockFormat(block)
        fmt = cursor.charFormat()
        fmt.setForeground(colour)
        cursor.mergeCharFormat(fmt)
        self.doc.setTextWidth(width)

    def fit(self, text: str, font: QFont, box: QRectF, rtl: bool, line_height: float,
            colour: QColor, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading,
            min_scale: float = 0.6) -> bool:
        """Shrink the font until the text fits ``box``; True if it fits at all."""
        base = font.pixelSize()
        scale = 1.0
        while True:
            sized = QFont(font)
            sized.setPixelSize(max(8, round(base * scale)))
            self.set(text, sized, box.width(), rtl, line_height, colour, align)
            if self.fits(box) or scale <= min_scale:
                return self.fits(box)
            scale -= 0.05

    def lines(self) -> int:
        """How many lines the text is broken into (``QTextDocument.lineCount`` counts
        blocks under the rich-text layout)."""
        block, count = self.doc.firstBlock(), 0
        while block.isValid():
            layout = block.layout()
            count += layout.lineCount() if layout is not None else 1
            block = block.next()
        return count

    def ink_height(self) -> float:
        return self.doc.size().height()

    def ideal_width(self) -> float:
        return self.doc.idealWidth()

    def fits(self, box: QRectF) -> bool:
        return self.ink_height() <= box.height() + 0.5 and self.ideal_width() <= box.width() + 0.5

    def draw(self, painter: QPainter, top_left: QPointF) -> None:
        painter.save()
        painter.translate(top_left)
        self.doc.drawContents(painter)
        painter.restore()

    @property
    def text(self) -> str:
        return self._text
