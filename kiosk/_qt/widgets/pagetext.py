"""A page's text: Qt's own Markdown, read-only, kinetic-scrolled, never reaching outside."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPalette, QTextBlockFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QScroller, QScrollerProperties, QTextBrowser, QWidget

from kiosk._qt import fonts, theme

MARKDOWN = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML)


class PageText(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageText")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setCursor(Qt.CursorShape.BlankCursor)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        scroller = QScroller.scroller(self.viewport())
        props = scroller.scrollerProperties()
        props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        scroller.setScrollerProperties(props)
        self._markdown = ""

    def loadResource(self, kind: int, name: QUrl) -> object:
        # Packs cannot pull in pictures or anything else; the reader already refuses
        # them, and this makes sure nothing slips through to the network or disk.
        return None

    def show_markdown(self, markdown: str, metrics: theme.Metrics, rtl: bool) -> None:
        self._markdown = markdown
        doc = self.document()
        doc.setDefaultFont(metrics.font("body"))
        option = QTextOption()
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
        ink = fonts.load_fonts().ink_above_ascent(metrics.language) * metrics.text_px("body")
        doc.setDocumentMargin(max(metrics.px(8), round(ink)))
        doc.setMarkdown(markdown, MARKDOWN)
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(metrics.line_height * 100,
                            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setLayoutDirection(direction)
        block.setBottomMargin(metrics.px(14))
        cursor.mergeBlockFormat(block)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, theme.PAPER)
        palette.setColor(QPalette.ColorRole.Text, theme.INK)
        self.setPalette(palette)
        self.verticalScrollBar().setValue(0)

    def plain_text(self) -> str:
        return self.document().toPlainText()
