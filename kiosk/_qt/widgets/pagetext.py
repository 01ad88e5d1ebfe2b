"""A page's text: Qt's own Markdown, read-only, shown whole or one screenful at a time.

Nothing on a patient screen scrolls: a page's words either fit their box (the page
layout sees to that at the default text size) or, at the larger sizes, continue on a
following screen, cut between lines, never through one.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QPixmap,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.dot_room import shown_markdown
from kiosk._qt.widgets import bigtext
from kiosk._qt.widgets.fill import fill_rect
from kiosk.core.kept import Kept

MARKDOWN = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML)


class _SealedDocument(QTextDocument):
    def loadResource(self, kind: int, name: QUrl) -> object:
        # Packs cannot pull in pictures or anything else; the reader already refuses
        # them, and this makes sure nothing slips through to the network or disk.
        return None


_KEEP = 8  # documents kept: the page shown, its neighbours, both languages


def ink_pad(metrics: theme.Metrics) -> int:
    """Room above a line for Nastaliq ink that climbs past the font's ascent."""
    ink = fonts.load_fonts().ink_above_ascent(metrics.language) * metrics.text_px("body")
    return max(metrics.px(8), round(ink))


def make_document(markdown: str, metrics: theme.Metrics, rtl: bool) -> QTextDocument:
    # Everything is set before the text goes in, and the block format is merged before
    # anything asks for a layout, so the text is shaped exactly once; a later change of
    # width only breaks the shaped lines again (well under a millisecond).
    doc = _SealedDocument()
    doc.setDefaultFont(metrics.font("body"))
    option = QTextOption()
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(ink_pad(metrics))
    # Where a line may not break (a count, an abbreviation, the last two words), marked
    # in the text before it goes in: edited in afterwards, each page took 0.2 ms more.
    doc.setMarkdown(shown_markdown(markdown, metrics.language), MARKDOWN)
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
    if rtl:
        _own_bullets(doc)
    return doc


_BULLETS = frozenset({QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                      QTextListFormat.Style.ListSquare})


def _own_bullets(doc: QTextDocument) -> None:
    """Take the bullets of a right-to-left document's lists from Qt; PageText draws them.

    Qt puts a right-to-left bullet at the end of its first line's natural width, and for
    some Nastaliq lines that width is wider than the line's advance, which is what the
    words are aligned by: the bullet then floats up to a word's width off its line, out
    of the page. The bullet is drawn where the line really ends (``bullet_marks``).
    """
    owned = []
    block = doc.firstBlock()
    while block.isValid():
        items = block.textList()
        if items is not None and (items in owned or items.format().style() in _BULLETS):
            if items not in owned:
                plain = items.format()
                plain.setStyle(QTextListFormat.Style.ListStyleUndefined)
                items.setFormat(plain)
                owned.append(items)
            block.setUserState(_OWN_BULLET)
        block = block.next()


_OWN_BULLET = 1  # QTextBlock.userState of a list item whose bullet PageText draws


def bullet_marks(doc: QTextDocument, body_px: int) -> list[QRectF]:
    """Where the bullets of ``_own_bullets`` go: beside each item's first line, in the
    middle of the list's indent, at the height of the line's letters."""
    marks = []
    layout = doc.documentLayout()
    side = max(5.0, body_px * 0.36)
    block = doc.firstBlock()
    while block.isValid():
        if block.userState() == _OWN_BULLET and block.layout().lineCount():
            line = block.layout().lineAt(0)
            box = layout.blockBoundingRect(block)
            right = box.left() + line.x() + line.width()
            centre_x = right + doc.indentWidth() * 0.6
            centre_y = box.top() + line.y() + line.ascent() - body_px * 0.3
            marks.append(QRectF(centre_x - side / 2, centre_y - side / 2, side, side))
        block = block.next()
    return marks


def text_height(doc: QTextDocument, width: float) -> float:
    """How tall the document is when its lines are broken at ``width``."""
    if doc.textWidth() != width:
        doc.setTextWidth(width)
    return doc.size().height()


def screens_needed(doc: QTextDocument, width: float, room: float, pad: float) -> int:
    """How many screens ``room`` tall the words broken at ``width`` need (``pad``: the room
    kept above the first line of each screen after the first, as ``screenfuls``)."""
    text_height(doc, width)
    return len(screenfuls(doc, room, pad))


def line_boxes(doc: QTextDocument) -> list[tuple[float, float]]:
    """Top and bottom of every laid-out line, in document coordinates, top to bottom."""
    return [(top, bottom) for top, bottom, _ in _lines(doc)]


def _lines(doc: QTextDocument) -> list[tuple[float, float, int]]:
    """Every laid-out line's top and bottom, and which block (paragraph, list item,
    heading) it is a line of, counted from the first."""
    layout = doc.documentLayout()
    lines: list[tuple[float, float, int]] = []
    block, number = doc.begin(), 0
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        laid_out = block.layout()
        for index in range(laid_out.lineCount()):
            line = laid_out.lineAt(index)
            top = origin + line.y()
            lines.append((top, top + line.height(), number))
        block, number = block.next(), number + 1
    return lines


def screenfuls(doc: QTextDocument, room: float, pad: float) -> list[tuple[float, float]]:
    """Cut the document into screens of at most ``room`` pixels, between lines.

    Each screen runs from a line's top to the bottom of the last line that fits with
    ``pad`` below it, the document's own margin under a page that fits one screen; the
    next one starts at the following line's top (the space between them is shown on
    neither). Screens after the first are drawn ``pad`` lower, so their first line's
    tall ink keeps its room. A line taller than a screen gets one to itself.

    A paragraph or list item that would be cut moves whole to the next screen where it
    fits there and this screen is at least half full: cut mid-sentence ("a child with
    these signs should see a"), a patient who reads slowly lost the thread at the tap.
    """
    total = doc.size().height()
    if total <= room:
        return [(0.0, total)]
    lines = _lines(doc)
    screens: list[tuple[float, float]] = []
    start, limit, first, index = 0.0, float(room), 0, 0
    while index < len(lines):
        bottom = lines[index][1]
        # Without the room below, a cut screen's last line sat on the panel's edge, its
        # Nastaliq tails touching it (the largest Urdu text in portrait).
        if bottom + pad - start > limit and index > first:  # a first line stays, however tall
            cut = _keeping_together(lines, first, index, start, room, pad)
            screens.append((start, lines[cut - 1][1]))
            start, limit, first, index = lines[cut][0], room - pad, cut, cut
            continue
        index += 1
    last = lines[-1][1] if lines else 0.0
    screens.append((start, min(total, start + limit) if last - start <= limit else last))
    return screens


def _keeping_together(lines: list[tuple[float, float, int]], first: int, cut: int,
                      start: float, room: float, pad: float) -> int:
    """Where to cut before line ``cut`` (the first that does not fit the screen that
    begins with line ``first``): at the start of its block instead, where that keeps the
    block whole on the next screen and leaves this one at least half full."""
    block = lines[cut][2]
    head = cut
    while head > first and lines[head - 1][2] == block:
        head -= 1
    if head in (cut, first):
        return cut  # between blocks already, or a block that began the screen
    tail = cut
    while tail + 1 < len(lines) and lines[tail + 1][2] == block:
        tail += 1
    whole_fits = lines[tail][1] - lines[head][0] + 2 * pad <= room
    half_full = lines[head][0] - start >= (room - pad) / 2
    return head if whole_fits and half_full else cut


def sentence_boxes(doc: QTextDocument, sentence: str) -> list[QRectF]:
    """The boxes, one a line, that ``sentence`` covers in ``doc`` (document coordinates)."""
    plain = doc.toPlainText()
    # Qt writes a list item's text without its mark, and a paragraph's lines unbroken;
    # only runs of spaces can differ from the sentence as the narration gives it.
    start = " ".join(plain.split()).find(sentence)
    if start < 0:
        return []
    # Back from the squeezed text to positions in the document's own.
    position, squeezed, begin, end = 0, 0, -1, -1
    previous_space = True
    for position, char in enumerate(plain):
        space = char.isspace()
        if space and previous_space:
            continue
        if squeezed == start and begin < 0:
            begin = position
        squeezed += 1
        previous_space = space
        if squeezed == start + len(sentence):
            end = position + 1
            break
    if begin < 0 or end < 0:
        return []
    boxes: list[QRectF] = []
    layout = doc.documentLayout()
    block = doc.findBlock(begin)
    while block.isValid() and block.position() < end:
        origin = layout.blockBoundingRect(block).topLeft()
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            first = max(begin, block.position() + line.textStart()) - block.position()
            last = min(end, block.position() + line.textStart() + line.textLength()) \
                - block.position()
            if first >= last:
                continue
            xs = (line.cursorToX(first)[0], line.cursorToX(last)[0])
            boxes.append(QRectF(origin.x() + min(xs), origin.y() + line.y(),
                                abs(xs[1] - xs[0]), line.height()))
        block = block.next()
    return boxes


def _first_lines(doc: QTextDocument, tops: set[float]) -> dict[float, tuple[QPointF, QTextLine]]:
    """The lines that start at ``tops``, with the origin their block is drawn from."""
    found: dict[float, tuple[QPointF, QTextLine]] = {}
    if not tops:
        return found
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid() and len(found) < len(tops):
        origin = layout.blockBoundingRect(block).topLeft()
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            if origin.y() + line.y() in tops:
                found[origin.y() + line.y()] = (origin, line)
        block = block.next()
    return found


def _cut(doc: QTextDocument, metrics: theme.Metrics, room: int
         ) -> tuple[int, list[tuple[float, float]], list[QRectF],
                    dict[float, tuple[QPointF, QTextLine]]]:
    """``doc`` cut into screens ``room`` tall: the ink pad, the screens, the bullets and
    the first line of each screen after the first (what ``_Screen`` paints from)."""
    pad = ink_pad(metrics)
    screens = screenfuls(doc, room, pad)
    return (pad, screens, bullet_marks(doc, metrics.text_px("body")),
            _first_lines(doc, {top for top, _ in screens[1:]}))


class _Screen(NamedTuple):
    """One screenful of a document, and how to paint it."""

    doc: QTextDocument
    screens: list[tuple[float, float]]
    index: int
    pad: int
    bullets: list[QRectF]
    first_lines: dict[float, tuple[QPointF, QTextLine]]

    def paint(self, painter: QPainter, width: int, height: int) -> None:
        fill_rect(painter, QRect(0, 0, width, height), theme.PAPER)
        top, bottom = self.screens[self.index]
        shift = 0 if self.index == 0 else self.pad
        painter.translate(0, shift - top)
        # From the screen's first line down: the line above it belongs to the screen
        # before, and its Nastaliq tails reach into the room above this one's first line.
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, theme.INK)
        context.clip = QRectF(0, top if self.index else 0, width,
                              bottom - top if self.index else bottom)
        painter.setClipRect(context.clip)
        # At 4K a page's words are past Qt's glyph cache, and Qt fills their outlines anew.
        own = bigtext.worth_it(self.doc, painter, _OWN_BULLET)
        if own:
            bigtext.draw_document(painter, self.doc, context.clip, theme.INK)
        else:
            self.doc.documentLayout().draw(painter, context)
        first = self.first_lines.get(top)
        if first is not None:
            # That room is the first line's own: its tall letters climb into it.
            painter.setClipRect(QRectF(0, top - shift, width, shift))
            painter.setPen(theme.INK)
            origin, line = first
            if own:
                bigtext.draw_line(painter, line, origin, theme.INK)
            else:
                line.draw(painter, origin)
            painter.setClipRect(context.clip)
        if self.bullets:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.INK)
            for mark in self.bullets:
                painter.drawEllipse(mark)


# The screen shown (its slide-in repaints it), the next and previous pages, and the
# next screen of a page that continues. A 4K page is ~20 MB, a 1080p one ~5 MB.
_KEEP_AHEAD = 4


class PageText(QWidget):
    """Paints one screenful of a prepared document; nothing else.

    A QTextEdit lays a document out again whenever it is handed one, which was most of
    an Urdu page turn; this only paints the document it is given.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageText")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Every paint fills the whole area with paper first, so Qt need not paint the
        # page behind it (at 4K that is a second 10 MB fill on every turn).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._prepared: Kept[tuple[object, ...], QTextDocument] = Kept(_KEEP)
        # Held here: the cache may drop a document while it is still on screen.
        self._shown: QTextDocument = _SealedDocument()
        self._screens: list[tuple[float, float]] = [(0.0, 0.0)]
        self._screen = 0
        self._pad = 0
        self._bullets: list[QRectF] = []
        # The first line of each screen after the first: (its block's origin, the line).
        self._first_lines: dict[float, tuple[QPointF, QTextLine]] = {}
        self._ahead: list[tuple[QTextDocument, int, QSize, QPixmap]] = []
        self._marked: list[QRectF] = []  # the sentence being read aloud, in the document

    def document(self) -> QTextDocument:
        return self._shown

    def prepare(self, markdown: str, metrics: theme.Metrics, rtl: bool) -> QTextDocument:
        """A laid-out document for this text, made once and kept for a few page turns.

        Shaping Nastaliq is the slow part of a page turn; the viewer prepares the next
        and previous pages while the patient reads, so a tap only has to paint.
        """
        return self._prepared.get((markdown, metrics, rtl),
                                  lambda: make_document(markdown, metrics, rtl))

    def share_documents(self, other: PageText) -> None:
        """Keep prepared documents with ``other``: two viewers of one text size in different
        shapes (``kiosk-pack validate`` measures landscape and portrait) shape each text
        once between them."""
        self._prepared = other._prepared

    def show_document(self, doc: QTextDocument, metrics: theme.Metrics, room: int) -> None:
        """Show ``doc`` (already at the box's width), cut into screens ``room`` pixels tall.

        The room is given, not read from this widget: a page is laid out before a hidden
        viewer's layouts have run, and this widget's own height may not be set yet.
        """
        self._shown = doc
        self._marked = []
        self._pad, self._screens, self._bullets, self._first_lines = _cut(doc, metrics, room)
        self._screen = 0
        self.update()

    def show_nothing(self) -> None:
        """No words on this page (a quiz has its own): one empty screen."""
        self._shown = _SealedDocument()
        self._screens = [(0.0, 0.0)]
        self._screen = 0
        self._bullets = []
        self._first_lines = {}
        self.update()

    @property
    def screen_count(self) -> int:
        return len(self._screens)

    @property
    def screenful(self) -> int:
        return self._screen

    def show_screen(self, index: int) -> None:
        self._screen = max(0, min(index, len(self._screens) - 1))
        self.update()

    def bullets(self) -> list[QRectF]:
        """Where this page's Urdu list bullets are drawn, in document coordinates."""
        return list(self._bullets)

    def visible_range(self) -> tuple[float, float]:
        """The part of the document on screen now, in document coordinates (tests read it)."""
        return self._screens[self._screen]

    def mark(self, sentence: str) -> int | None:
        """Highlight ``sentence`` (being read aloud); the screen it is on, None if not here.

        Matched by its words, so the Markdown's bold and list marks do not matter.
        """
        wanted = " ".join(sentence.split())
        self._marked = sentence_boxes(self._shown, wanted) if wanted else []
        self.update()
        if not self._marked:
            return None
        top = self._marked[0].top()
        for index, (start, end) in enumerate(self._screens):
            if start - 1 <= top < end:
                return index
        return None

    def marked(self) -> list[QRectF]:
        return list(self._marked)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        ahead = self._ahead_for(self._shown, self._screen, self.size())
        if ahead is not None:
            painter.drawPixmap(0, 0, ahead)
        else:
            _Screen(self._shown, self._screens, self._screen, self._pad, self._bullets,
                    self._first_lines).paint(painter, self.width(), self.height())
        if self._marked:
            # Multiplied onto the page: the paper turns the marker's colour and the ink
            # stays as dark as it was, so the words keep their contrast.
            top, _bottom = self._screens[self._screen]
            shift = 0 if self._screen == 0 else self._pad
            painter.translate(0, shift - top)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.MARKER)
            for box in self._marked:
                painter.drawRect(box)
        painter.end()

    def render_ahead(self, doc: QTextDocument, metrics: theme.Metrics, size: QSize,
                     screen: int = 0) -> None:
        """Draw one screen of ``doc`` (already at its width) into a picture now, so showing
        it later costs one copy: a neighbouring page's first screen (its last, ``-1``,
        for the page before), or the next screen of a page that continues."""
        if size.isEmpty() or (screen >= 0 and self._ahead_for(doc, screen, size) is not None):
            return
        pad, screens, bullets, first_lines = _cut(doc, metrics, size.height())
        screen = len(screens) - 1 if screen < 0 else min(screen, len(screens) - 1)
        if self._ahead_for(doc, screen, size) is not None:
            return
        ratio = self.devicePixelRatioF()
        picture = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        _Screen(doc, screens, screen, pad, bullets, first_lines).paint(
            painter, size.width(), size.height())
        painter.end()
        self._ahead.append((doc, screen, size, picture))
        del self._ahead[:-_KEEP_AHEAD]

    def render_next_screen(self, metrics: theme.Metrics) -> None:
        """The page on screen continues: draw its next screen ahead (the likeliest tap)."""
        if self._screen + 1 < len(self._screens):
            self.render_ahead(self._shown, metrics, self.size(), self._screen + 1)

    def _ahead_for(self, doc: QTextDocument, screen: int, size: QSize) -> QPixmap | None:
        for kept, kept_screen, kept_size, picture in self._ahead:
            if kept is doc and kept_screen == screen and kept_size == size and \
                    doc.textWidth() == size.width():
                return picture
        return None

    def forget(self) -> None:
        """Drop every prepared page: the next patient starts with nothing of the last."""
        self._shown = _SealedDocument()
        self._marked = []
        self._prepared.clear()
        self._ahead.clear()
        self._screens = [(0.0, 0.0)]
        self._screen = 0
        self._bullets = []
        self._first_lines = {}
        self.update()

    def toPlainText(self) -> str:  # the name QTextEdit gives it, for its users
        return self._shown.toPlainText()
