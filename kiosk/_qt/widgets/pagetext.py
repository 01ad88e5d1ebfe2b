"""A page's text: Qt's own Markdown, read-only, kinetic-scrolled, never reaching outside."""

from __future__ import annotations

from collections.abc import Callable
from math import ceil

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QLinearGradient,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScroller, QScrollerProperties, QWidget

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


def _draw_off_screen(width: int, height: int, draw: Callable[[QPainter], None]) -> None:
    """Draw once into a throwaway image, so the glyphs drawn are in Qt's glyph cache.

    The first time a Nastaliq glyph is drawn at a size it is rasterised, which was most
    of what was left of an Urdu page turn; done ahead, it happens while the patient reads.
    """
    if width <= 0 or height <= 0:
        return
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    draw(painter)
    painter.end()


def warm_line(text: str, font: QFont) -> None:
    """Rasterise one line's glyphs ahead of time (a page title)."""
    metrics = QFontMetrics(font)

    def draw(painter: QPainter) -> None:
        painter.setFont(font)
        painter.drawText(painter.device().rect(), Qt.AlignmentFlag.AlignCenter, text)

    _draw_off_screen(min(4000, metrics.horizontalAdvance(text) + 8), metrics.height() * 2,
                     draw)


def _warm_glyphs(doc: QTextDocument, width: int, height: int) -> None:
    """Rasterise the first screenful of a prepared page ahead of time."""
    _draw_off_screen(width, height,
                     lambda painter: doc.drawContents(painter, QRectF(0, 0, width, height)))


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
    # Room at the sides: an Urdu list's bullets hang to the right of its lines.
    frame = doc.rootFrame().frameFormat()
    frame.setLeftMargin(metrics.px(28))
    frame.setRightMargin(metrics.px(28))
    doc.rootFrame().setFrameFormat(frame)
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


class PageText(QAbstractScrollArea):
    """Shows one prepared document and scrolls it; nothing else.

    A QTextEdit lays a document out again whenever it is handed one, which was most of
    an Urdu page turn; this only paints the document it is given.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageText")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No scroll bar: too thin to grab, and it would narrow the text when it appeared.
        # The "more below" button and the fade say there is more; a finger scrolls.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setCursor(Qt.CursorShape.BlankCursor)
        self.viewport().setAutoFillBackground(False)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        scroller = QScroller.scroller(self.viewport())
        props = scroller.scrollerProperties()
        props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        scroller.setScrollerProperties(props)
        self._markdown = ""
        self._prepared: dict[tuple[object, ...], QTextDocument] = {}
        # Held here: the cache may drop a document while it is still on screen.
        self._shown: QTextDocument = _SealedDocument()
        self._paint = QAbstractTextDocumentLayout.PaintContext()
        self._paint.palette.setColor(QPalette.ColorRole.Text, theme.INK)
        self._fade = _BottomFade(self)
        self.more = TouchButton("fa5s.chevron-down", "secondary", self)
        self.more.setObjectName("moreBelow")
        self.more.clicked.connect(self._page_down)
        self.verticalScrollBar().valueChanged.connect(self._update_more)
        self.verticalScrollBar().rangeChanged.connect(self._update_more)

    def document(self) -> QTextDocument:
        return self._shown

    def show_markdown(self, markdown: str, metrics: theme.Metrics, rtl: bool) -> None:
        self._markdown = markdown
        self._shown = self.prepare(markdown, metrics, rtl)
        self._update_range()
        self.verticalScrollBar().setValue(0)
        self.viewport().update()

    def _update_range(self) -> None:
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        bar.setRange(0, max(0, ceil(self._shown.size().height()) - height))
        bar.setPageStep(height)
        bar.setSingleStep(max(10, height // 12))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), theme.PAPER)
        top = self.verticalScrollBar().value()
        painter.translate(0, -top)
        self._paint.clip = QRectF(event.rect()).translated(0, top)
        self._shown.documentLayout().draw(painter, self._paint)
        painter.end()

    def prepare(self, markdown: str, metrics: theme.Metrics, rtl: bool,
                ahead: bool = False) -> QTextDocument:
        """A laid-out document for this text, made once and kept for a few page turns.

        Shaping Nastaliq is the slow part of a page turn; the viewer prepares the next
        and previous pages while the patient reads (``ahead``), so a tap only has to paint,
        with the glyphs already rasterised.
        """
        key = (markdown, metrics, rtl, self.viewport().width())
        doc = self._prepared.pop(key, None)
        if doc is None:
            doc = _make_document(markdown, metrics, rtl)
            doc.setTextWidth(self.viewport().width())
            doc.documentLayout().documentSize()  # lay it out now, not on the tap
            if ahead:
                _warm_glyphs(doc, self.viewport().width(), self.viewport().height())
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
        width = self.viewport().width()
        if self._shown.textWidth() != width:
            self._shown.setTextWidth(width)
        self._update_range()
        self._place_more()
        self._update_more()

    def forget(self) -> None:
        """Drop every prepared page: the next patient starts with nothing of the last."""
        self._shown = _SealedDocument()
        self._prepared.clear()
        self._update_range()
        self.viewport().update()

    def toPlainText(self) -> str:  # the name QTextEdit gives it, for its users
        return self._shown.toPlainText()
