"""A word-wrapping label whose height always follows its text (Nastaliq lines are tall)."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QMargins, QPoint, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QImage, QPainter, QPaintEvent, QPalette, QPixmap, QRegion
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk._qt import fonts
from kiosk._qt.widgets import rtl_words
from kiosk.core import languages
from kiosk.core.kept import Kept

_KEEP_HEIGHTS = 64


# What reaches a label when something that shapes its lines changes: its own font or one
# it inherits, a style, its contents margins (including a frame's).
_RESHAPED = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange,
                       QEvent.Type.ContentsRectChange})


class RemembersHeights:
    """A label that remembers its height for a width until something that shapes it changes.

    Qt asks a wrapping label for its height many times in one layout pass (and our page
    layout asks again while it searches), and each answer breaks the text into lines
    anew: for Nastaliq that is shaping the whole text, about a millisecond at a time.
    """

    _heights: dict[tuple[object, ...], int]
    # The font's key and the contents margins, read once: the font's key alone took a third
    # of an answer, and a validate asks ~600 times a quiz page. Forgotten when Qt tells
    # the label they changed (the events above, also for a font it inherits or a style
    # sheet sets); an event filter that swallowed those events would leave them stale, and
    # none of the kiosk's does. The rest is cheap and read on every call.
    _shape: tuple[object, ...] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() in _RESHAPED:
            self._shape = None
        return bool(super().event(event))  # type: ignore[misc]

    def heightForWidth(self, width: int) -> int:
        label: QLabel = self  # type: ignore[assignment]
        shape = self._shape
        if shape is None:
            m = label.contentsMargins()
            shape = self._shape = (label.font().key(), m.left(), m.top(), m.right(),
                                   m.bottom())
        # The minimum size too: Qt's answer is never below it, so an answer given under
        # an old, taller minimum would otherwise outlive it (the sorting game's message
        # kept a narrow width's height and squeezed the game to a strip).
        key = (width, label.text(), shape, label.textFormat(), label.margin(), label.indent(),
               label.wordWrap(), label.frameWidth(), label.minimumHeight(),
               label.minimumWidth())
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


# Pictures of labels' words, by everything that decides how they look. Qt draws text
# over 64 px as paths on every paint (at 4K that is every line the kiosk writes: 2 ms for
# an Urdu title, 30 ms for the quiz), so a label draws its words once into a picture and
# copies it after that. The viewer draws the next page's title and quiz ahead, unseen.
# Each picture is cut to its words' ink and kept with where that starts in the label: a
# centred line on the welcome screen fills a third of its label's width. The cut waits
# for the event loop (``cut_kept_pictures``): finding the ink of a 4K title takes about
# 2 ms, which a tap's first paint need not wait for.
_pictures: Kept[tuple[object, ...], tuple[QPointF, QPixmap]] = Kept(48)
_to_cut: list[tuple[tuple[object, ...], QPixmap]] = []


class KeepsPicture:
    """A label that draws its words once into a kept picture, then copies it."""

    def _picture_key(self) -> tuple[object, ...] | None:
        label: QLabel = self  # type: ignore[assignment]
        # Markdown words too (the quiz's intro): a pack's text has no links or pictures
        # (validate refuses them), so what it draws is decided by the key below. Drawn
        # afresh, the Urdu intro took 20 ms of a turn to a quiz at 4K.
        if not label.text() or label.hasSelectedText() or label.width() <= 0 or \
                label.height() <= 0:
            return None
        m = label.contentsMargins()
        return (label.text(), label.textFormat(), label.font().key(), label.width(),
                label.height(),
                m.left(), m.top(), m.right(), m.bottom(), label.margin(), label.indent(),
                label.alignment(), label.wordWrap(), label.isEnabled(),
                label.palette().color(label.foregroundRole()).rgba(),
                label.layoutDirection(), label.devicePixelRatioF())

    def words_picture(self) -> tuple[QPointF, QPixmap] | None:
        """The label's words as drawn (kept): where their ink starts in the label, and a
        picture of that ink (null when there is none). None: nothing to keep."""
        key = self._picture_key()
        if key is None:
            return None
        def draw() -> tuple[QPointF, QPixmap]:
            whole = _draw(self)  # type: ignore[arg-type]
            if not _to_cut:
                QTimer.singleShot(0, cut_kept_pictures)
            _to_cut.append((key, whole))
            return QPointF(), whole
        return _pictures.get(key, draw)

    def draw_words(self, painter: QPainter, origin: QPoint) -> bool:
        """Copy the kept picture of the words onto ``painter``, the label's top left at
        ``origin``; False when there is nothing to keep (the label draws itself)."""
        kept = self.words_picture()
        if kept is None:
            return False
        at, picture = kept
        if not picture.isNull():
            painter.drawPixmap(QPointF(origin) + at, picture)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        label: QLabel = self  # type: ignore[assignment]
        painter = QPainter(label)
        drawn = self.draw_words(painter, QPoint())
        painter.end()
        if not drawn:
            QLabel.paintEvent(label, event)


def keep_pictures_of(*screens: QWidget) -> None:
    """Let go of every kept picture but those of the labels on ``screens`` (the ones shown
    between patients): the last patient's page titles and quiz wait for nobody, and at
    4K the 48 kept pictures came to about 67 MB."""
    wanted = {key for screen in screens for label in screen.findChildren(QLabel)
              if isinstance(label, KeepsPicture) and (key := label._picture_key()) is not None}
    _pictures.keep_only(wanted)
    cut_kept_pictures()


def cut_kept_pictures() -> None:
    """Cut the pictures drawn since the last time to their words' ink."""
    cutting = _to_cut[:]
    _to_cut.clear()
    for key, whole in cutting:
        kept = _pictures.peek(key)
        if kept is not None and kept[1] is whole:  # still kept, and not cut yet
            _pictures.replace(key, _ink_of(whole))


def kept_pictures() -> int:
    """How many pictures of labels' words are kept."""
    return len(_pictures)


_double: QLabel | None = None


def _draw(label: QLabel) -> QPixmap:
    """``label``'s words as Qt draws them, drawn by a hidden double of it.

    Not by the label itself: it would be drawing inside its own paint, which Qt refuses.
    Right-to-left wrapped words are drawn a line at a time instead (``rtl_words``).
    """
    ratio = label.devicePixelRatioF()
    # Up, not to the nearest: at a ratio of 1.5 an odd width lost its last column.
    picture = QPixmap(math.ceil(label.width() * ratio), math.ceil(label.height() * ratio))
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    if rtl_words.drawn_here(label):
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rtl_words.draw(painter, label)
        painter.end()
        return picture
    global _double
    if _double is None:
        _double = QLabel()
        _double.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    double = _double
    # Its own format: drawn as plain text, the quiz's Markdown intro showed its ** marks
    # and, its paragraphs laid out otherwise, lost its last line below the label's edge.
    double.setTextFormat(label.textFormat())
    double.setText(label.text())
    double.setFont(label.font())
    double.setContentsMargins(label.contentsMargins())
    double.setMargin(label.margin())
    double.setIndent(label.indent())
    double.setAlignment(label.alignment())
    double.setWordWrap(label.wordWrap())
    double.setEnabled(label.isEnabled())
    palette = QPalette(label.palette())
    colour = palette.color(label.foregroundRole())
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    double.setPalette(palette)
    double.setForegroundRole(QPalette.ColorRole.WindowText)
    double.setLayoutDirection(label.layoutDirection())
    double.resize(label.size())
    double.render(picture, QPoint(), QRegion(), QWidget.RenderFlag(0))
    return picture


def _ink_of(picture: QPixmap) -> tuple[QPointF, QPixmap]:
    """The part of ``picture`` its words inked (any alpha above none), and where it
    starts in logical pixels; a null picture when nothing was inked."""
    alpha = picture.toImage().convertToFormat(QImage.Format.Format_Alpha8)
    stride, width = alpha.bytesPerLine(), alpha.width()
    bits = memoryview(alpha.constBits())
    # The rows with ink, and every row's alpha OR-ed together as one number: its first
    # and last bytes that are not zero are the ink's first and last columns.
    columns, top, bottom = 0, -1, -1
    for row in range(alpha.height()):
        inked = int.from_bytes(bits[row * stride:row * stride + width], "little")
        if inked:
            columns |= inked
            top = row if top < 0 else top
            bottom = row
    if top < 0:
        return QPointF(), QPixmap()
    across = columns.to_bytes(width, "little")
    left, right = width - len(across.lstrip(b"\0")), len(across.rstrip(b"\0"))
    ratio = picture.devicePixelRatio()
    # Cut where a whole logical pixel starts on a whole device pixel: at a ratio of 1.5 an
    # offset of 2/1.5 comes back from a float as 1.99999 or 2.00001 device pixels, and
    # Qt rounded the ink a whole pixel off the picture it was cut from.
    x, y = _whole(left, ratio), _whole(top, ratio)
    cut = picture.copy(QRect(round(x * ratio), round(y * ratio),
                             right - round(x * ratio), bottom + 1 - round(y * ratio)))
    cut.setDevicePixelRatio(ratio)
    return QPointF(x, y), cut


def _whole(device: int, ratio: float) -> int:
    """The last whole logical pixel at or before device pixel ``device`` that starts on a
    whole device pixel (0 always does)."""
    logical = math.floor(device / ratio)
    while logical > 0 and abs(logical * ratio - round(logical * ratio)) > 1e-6:
        logical -= 1
    return logical


# When QFrame, a label's base, is polished or its style or parent changes, it makes its
# contents margins again from its frame's rectangle; a label smaller than its margins
# (hidden, at the 100x30 Qt gives it) has no such rectangle, and lost them all.
_MARGINS_REMADE = frozenset({QEvent.Type.Polish, QEvent.Type.StyleChange,
                             QEvent.Type.ParentChange})


class WrapLabel(KeepsPicture, RemembersHeights, QLabel):
    _ink_margins: QMargins | None = None  # what set_text_font gave it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The sorting game's hidden label that measures its messages lost them so when
        # Urdu got room below its lines, and measured every message a line too short.
        # (Margins set to nothing on purpose, on a label large enough, stay so.)
        kept = self._ink_margins
        if event.type() in _MARGINS_REMADE and kept is not None and not kept.isNull() and \
                self.contentsMargins().isNull() and \
                (self.width() < kept.left() + kept.right() or
                 self.height() < kept.top() + kept.bottom()):
            self.setContentsMargins(kept)
        return handled

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
        room = fonts.load_fonts().ink_room(language)
        start, end = round(room.start * size), round(room.end * size)
        left, right = (end, start) if languages.is_rtl(language) else (start, end)
        self._ink_margins = QMargins(left, round(room.above * size), right,
                                     round(room.below * size))
        self.setContentsMargins(self._ink_margins)
