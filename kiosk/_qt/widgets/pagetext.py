"""A page's text: Qt's own Markdown, read-only, kinetic-scrolled, never reaching outside."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QScroller, QScrollerProperties, QTextBrowser, QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.widgets.buttons import TouchButton

MARKDOWN = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML)


class _SealedDocument(QTextDocument):
    def loadResource(self, kind: int, name: QUrl) -> object:
        # Packs cannot pull in pictures or anything else; the reader already refuses
        # them, and this makes sure nothing slips through to the network or disk.
        return None


_KEEP = 8  # documents kept: the page shown, its neighbours, both languages


def _make_document(markdown: str, metrics: theme.Metrics, rtl: bool) -> QTextDocument:
    # Everything is set before the text goes in, and the block format is merged before
    # anything asks for a layout, so the text is shaped exactly once.
    doc = _SealedDocument()
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
    # List items sit close together; the space after a paragraph would scatter them.
    item = doc.firstBlock()
    while item.isValid():
        if item.textList() is not None and item.next().textList() is not None:
            tight = QTextBlockFormat()
            tight.setBottomMargin(metrics.px(2))
            QTextCursor(item).mergeBlockFormat(tight)
        item = item.next()
    return doc


class _BottomFade(QWidget):
    """Text fading into the page's colour: a hint that the page goes on below."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, 0, self.height())
        clear = QColor(theme.PAPER)
        clear.setAlpha(0)
        gradient.setColorAt(0, clear)
        gradient.setColorAt(1, theme.PAPER)
        painter.fillRect(self.rect(), gradient)
        painter.end()


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
        self._prepared: dict[tuple[object, ...], QTextDocument] = {}
        self._shown: QTextDocument = _SealedDocument()
        self.setDocument(self._shown)
        self._fade = _BottomFade(self)
        self.more = TouchButton("fa5s.chevron-down", "secondary", self)
        self.more.setObjectName("moreBelow")
        self.more.clicked.connect(self._page_down)
        self.verticalScrollBar().valueChanged.connect(self._update_more)
        self.verticalScrollBar().rangeChanged.connect(self._update_more)

    def show_markdown(self, markdown: str, metrics: theme.Metrics, rtl: bool) -> None:
        self._markdown = markdown
        # Held here too: the widget does not own a document it did not create, and the
        # cache may drop it while it is still on screen.
        self._shown = self.prepare(markdown, metrics, rtl)
        self.setDocument(self._shown)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, theme.PAPER)
        palette.setColor(QPalette.ColorRole.Text, theme.INK)
        self.setPalette(palette)
        self.verticalScrollBar().setValue(0)

    def prepare(self, markdown: str, metrics: theme.Metrics, rtl: bool) -> QTextDocument:
        """A laid-out document for this text, made once and kept for a few page turns.

        Shaping Nastaliq is the slow part of a page turn; the viewer prepares the next
        and previous pages while the patient reads, so a tap only has to paint.
        """
        key = (markdown, metrics, rtl, self.viewport().width())
        doc = self._prepared.pop(key, None)
        if doc is None:
            doc = _make_document(markdown, metrics, rtl)
            doc.setTextWidth(self.viewport().width())
            doc.documentLayout().documentSize()  # lay it out now, not on the tap
        self._prepared[key] = doc  # most recently used last
        while len(self._prepared) > _KEEP:
            self._prepared.pop(next(iter(self._prepared)))
        return doc

    def apply_metrics(self, metrics: theme.Metrics, rtl: bool) -> None:
        self.more.apply_metrics(metrics, rtl)
        self._place_more()

    def _page_down(self) -> None:
        bar = self.verticalScrollBar()
        target = min(bar.maximum(), bar.value() + round(self.viewport().height() * 0.8))
        QScroller.scroller(self.viewport()).scrollTo(QPointF(0, target), 350)

    def _update_more(self) -> None:
        # Patients do not know a page scrolls: say so while there is more below.
        bar = self.verticalScrollBar()
        more = bar.maximum() > 0 and bar.value() < bar.maximum() - 2
        self.more.setVisible(more)
        self._fade.setVisible(more)
        if more:
            self._place_more()

    def _place_more(self) -> None:
        view = self.viewport().geometry()
        hint = self.more.sizeHint()
        self.more.resize(hint)
        self.more.move(view.center().x() - hint.width() // 2,
                       view.bottom() - hint.height() - hint.height() // 4)
        band = hint.height() * 2
        self._fade.setGeometry(view.left(), view.bottom() - band, view.width(), band)
        self._fade.raise_()
        self.more.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_more()
        self._update_more()

    def forget(self) -> None:
        """Drop every prepared page: the next patient starts with nothing of the last."""
        self._shown = _SealedDocument()
        self.setDocument(self._shown)
        self._prepared.clear()

    def plain_text(self) -> str:
        return self.document().toPlainText()
