"""A page's words too large for Qt's glyph cache, drawn from pictures of glyphs kept here.

Qt's raster engine draws text from its glyph cache only up to 64 px: its FreeType engine
keeps every larger size for outlines (``QFreetypeFace::computeSize``), and those are
filled again on every paint. At 3840×2160 a page's Urdu words are 70 px, and filling
their outlines took 19 of the 50 ms that opening a topic may take. FreeType still
draws a glyph that size when asked for it directly (``QRawFont.alphaMapForGlyph``,
about 10 µs), so a page's words at that size are drawn here: each glyph once into a
picture kept by font, size and colour, then copied to where Qt's own layout put it
(rounded to a whole pixel; at 70 px that is under 1% of a letter). Smaller text is left
to Qt, whose cache does the same and also places glyphs between pixels.

Only documents made of words are drawn so: one with anything else Qt draws around them
(an underline, a shaded block, a table, a list whose markers Qt draws) is left to Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGlyphRun,
    QImage,
    QPainter,
    QRawFont,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextLine,
    QTransform,
)

#: Qt draws glyphs up to this size (device pixels) from its own cache.
QT_CACHED_UP_TO_PX = 64
# Glyph pictures kept: a page of Urdu uses about 150 glyphs; the default pack's Urdu and
# Pashto at all three text sizes about 2,200 (about 20 MB at 4K). Past this the oldest go
# first, and all of them between patients.
_KEEP = 3000

_BOLD = 600  # QFont.Weight.DemiBold and heavier
# How far past a bold glyph's growth its last, faint ring of ink reaches (pixels): set
# so that bold Urdu at 4K gains the ink Qt's bold gains at 1080p (+54% against +55%
# on white paper; a whole pixel a side gave +35%, a ring reaching a pixel past +67%).
_FADING_PAST = 0.8
_Key = tuple[str, str, float, int, int, float, int, int]  # font, thickening, glyph, colour
_pictures: dict[_Key, tuple[QImage, float, float] | None] = {}


def worth_it(doc: QTextDocument, painter: QPainter, own_bullet: int) -> bool:
    """Whether ``doc`` is drawn here: its words are past Qt's cache on this device, and
    it holds nothing but words (and the bullets PageText draws itself: ``only_words``)."""
    device = painter.device()
    if device is None or device.devicePixelRatioF() != 1.0 or \
            painter.worldTransform().type().value > QTransform.TransformationType.TxTranslate.value:
        return False  # glyphs would be scaled: Qt's outlines draw them better
    if doc.defaultFont().pixelSize() <= QT_CACHED_UP_TO_PX:
        return False
    return only_words(doc, own_bullet)


def only_words(doc: QTextDocument, own_bullet: int) -> bool:
    """Nothing in ``doc`` that Qt draws besides glyphs: no table or frame, no block shading
    or rule, no list marker Qt draws (``own_bullet``: the userState of a list item whose
    bullet PageText draws), no underline, strike-through, italic, highlight or colour of
    its own."""
    if doc.rootFrame().childFrames():
        return False
    block = doc.firstBlock()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.background().style() != _NO_BRUSH or \
                fmt.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth) or \
                fmt.hasProperty(QTextFormat.Property.BlockQuoteLevel) or \
                (block.textList() is not None and block.userState() != own_bullet):
            return False
        for fragment in _fragments(block):
            char = fragment.charFormat()
            # Italic too: no bundled font has an italic face, so Qt slants the glyphs, and
            # a slanted glyph's picture does not start at its box (found 10-16 px off).
            if char.fontUnderline() or char.fontStrikeOut() or char.fontOverline() or \
                    char.fontItalic() or \
                    char.background().style() != _NO_BRUSH or char.isAnchor() or \
                    char.foreground().style() != _NO_BRUSH:
                return False
        block = block.next()
    return True


def draw_document(painter: QPainter, doc: QTextDocument, clip: QRectF, ink: QColor) -> None:
    """Draw the words of ``doc`` whose lines reach into ``clip`` (document coordinates)."""
    block = doc.firstBlock()
    layout = doc.documentLayout()
    while block.isValid():
        box = layout.blockBoundingRect(block)
        if box.bottom() >= clip.top() and box.top() <= clip.bottom():
            text = block.layout()
            origin = box.topLeft()  # where Qt draws the block's lines from
            for index in range(text.lineCount()):
                line = text.lineAt(index)
                top = origin.y() + line.y()
                if top + line.height() >= clip.top() and top <= clip.bottom():
                    draw_line(painter, line, origin, ink)
        elif box.top() > clip.bottom():
            break
        block = block.next()


def draw_line(painter: QPainter, line: QTextLine, origin: QPointF, ink: QColor) -> None:
    """``line.draw(painter, origin)``, from kept glyph pictures."""
    # Whole device pixels: the painter may be moved by a fraction (a screen's top).
    shift = painter.worldTransform()
    dx, dy = shift.dx(), shift.dy()
    for run in line.glyphRuns():
        _draw_run(painter, run, origin.x() + dx, origin.y() + dy, dx, dy, ink)


def _draw_run(painter: QPainter, run: QGlyphRun, x0: float, y0: float, dx: float, dy: float,
              ink: QColor) -> None:
    raw = run.rawFont()
    # Bold asked of a font with no bold face (Nastaliq, Naskh's regular): Qt thickens the
    # glyphs it draws from its cache by a 24th of the size (FreeType's embolden), but not
    # its outlines, so bold Urdu lost its weight at 4K. Its pictures here are thickened
    # as at 1080p: the safety lines a page sets in bold stay bold.
    thicken = raw.pixelSize() / 48 if raw.weight() >= _BOLD and \
        "bold" not in raw.styleName().lower() else 0.0
    # Kept by how it is drawn too: a picture is never reused at another thickness.
    font = (raw.familyName(), raw.styleName(), raw.pixelSize(), raw.weight(), raw.style().value,
            thicken)
    colour = ink.rgba()
    for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=True):
        key = (*font, glyph, colour)
        if key in _pictures:
            kept = _pictures[key]
        else:
            kept = _picture(raw, glyph, ink, thicken)
            if len(_pictures) >= _KEEP:
                del _pictures[next(iter(_pictures))]
            _pictures[key] = kept
        if kept is None:
            continue  # a space, or a mark with no ink
        picture, left, top = kept
        painter.drawImage(QPointF(round(x0 + at.x() + left) - dx,
                                  round(y0 + at.y() + top) - dy), picture)


def _picture(raw: QRawFont, glyph: int, ink: QColor, thicken: float
             ) -> tuple[QImage, float, float] | None:
    """The glyph in ``ink``, and where it starts from its origin; ``thicken``: by how many
    pixels (a fraction too) its ink grows on every side."""
    coverage = raw.alphaMapForGlyph(glyph, QRawFont.AntialiasingType.PixelAntialiasing)
    if coverage.isNull() or coverage.width() == 0 or coverage.height() == 0:
        return None
    picture = QImage(coverage.size(), QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(ink)
    painter = QPainter(picture)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, coverage)
    painter.end()
    # FreeType's picture starts at the glyph's ink box, whole pixels from its origin.
    box = raw.boundingRect(glyph)
    if not thicken:
        return picture, box.left(), box.top()
    # The picture laid on itself at each offset within ``thicken`` pixels, keeping the
    # darker at each pixel: its ink grown evenly, its edges still smooth. Offsets up to
    # _FADING_PAST beyond are laid on fainter the farther they are, for the fraction of
    # a pixel (FreeType grows bold by a 48th of the size a side: 1.46 px at 70 px).
    reach = math.ceil(thicken)
    grown = QImage(picture.width() + 2 * reach, picture.height() + 2 * reach,
                   QImage.Format.Format_ARGB32_Premultiplied)
    grown.fill(0)
    painter = QPainter(grown)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Lighten)
    for x in range(-reach, reach + 1):
        for y in range(-reach, reach + 1):
            weight = min(1.0, thicken + _FADING_PAST - math.hypot(x, y))
            if weight > 0:
                painter.setOpacity(weight)
                painter.drawImage(reach + x, reach + y, picture)
    painter.end()
    return grown, box.left() - reach, box.top() - reach


def forget() -> None:
    """Let the kept glyph pictures go (between patients, with Qt's own)."""
    _pictures.clear()


def kept() -> int:
    return len(_pictures)


def _fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            yield fragment
        iterator += 1


_NO_BRUSH = QBrush().style()
