"""Check that Qt shapes text exactly as HarfBuzz does with the same font file.

Qt drives its own copy of HarfBuzz through its own font callbacks, and those callbacks
are where Urdu has gone wrong before (contour-point anchors put letters in the wrong
place). uharfbuzz, reading the font file directly, is the reference: a kiosk build can
run this against every string it shows and prove nothing detached.

uharfbuzz is imported only inside the functions that need it, so the kiosk starts
without it.
"""

from __future__ import annotations

import logging
import re
import statistics
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QRawFont, QTextLayout, QTextOption

from kiosk._qt.fonts import register_font_file

log = logging.getLogger("kiosk.fonts")

#: harfbuzz_glyphs, or something that answers as it would (font, text, pixel size,
#: language=, direction=) -> glyphs in visual order.
Shaper = Callable[..., list["Glyph"]]

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Far wider than any screen: a string is compared as one unwrapped line, because
# wrapping changes nothing about how a word is shaped.
_LINE_WIDTH = 1_000_000.0
# Glyphs each side of one whose median offset lines it up (see _compare).
_NEIGHBOURS = 12


@dataclass(frozen=True)
class Glyph:
    """One glyph as drawn: its id in the font and where its origin is, in pixels.

    x grows to the right (from the line's left edge for Qt, from the start of the shaped
    piece for HarfBuzz); y grows downwards from the baseline, as in Qt.
    """

    id: int
    x: float
    y: float


@dataclass(frozen=True)
class Mismatch:
    index: int  # the glyph's position in visual (left-to-right) order along the line
    problem: str
    qt: Glyph | None
    harfbuzz: Glyph | None

    def __str__(self) -> str:
        return f"glyph {self.index}: {self.problem} (Qt {self.qt}, HarfBuzz {self.harfbuzz})"


@dataclass(frozen=True)
class Segment:
    """A stretch of the text Qt shaped as one piece: one font, one direction.

    ``glyphs`` are in visual order, x measured from the line's left edge.
    """

    start: int
    end: int
    rtl: bool
    glyphs: tuple[Glyph, ...]
    raw_font: QRawFont


def qt_segments(text: str, font: QFont, rtl: bool = True) -> list[Segment]:
    """Lay text out on one line with Qt and split the result into shaped segments.

    Qt runs the Unicode bidi algorithm and splits text by script and font before
    shaping, so an Urdu line with "1122" or "(MS)" in it is shaped in several pieces.
    Each glyph run is cut wherever its string indexes stop being contiguous, which
    recovers those pieces. Needs a QGuiApplication.
    """
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(_LINE_WIDTH)
    layout.endLayout()
    baseline = line.y() + line.ascent()
    flags = QTextLayout.GlyphRunRetrievalFlag
    runs = line.glyphRuns(-1, -1, flags.RetrieveGlyphIndexes | flags.RetrieveGlyphPositions
                          | flags.RetrieveStringIndexes)
    segments: list[Segment] = []
    for run in runs:
        raw = run.rawFont()
        entries = list(zip(run.stringIndexes(), run.glyphIndexes(), run.positions(),
                           strict=True))
        pieces: list[list[tuple[int, int, QPointF]]] = []
        for entry in entries:
            # Qt keeps each piece's glyphs in logical order and the pieces in visual
            # order, so the string index falls back exactly where a new piece starts.
            if pieces and entry[0] >= pieces[-1][-1][0]:
                pieces[-1].append(entry)
            else:
                pieces.append([entry])
        for piece in pieces:
            glyphs = [Glyph(glyph_id, pos.x(), pos.y() - baseline) for _, glyph_id, pos in piece]
            if run.isRightToLeft():
                glyphs.reverse()
            segments.append(Segment(piece[0][0], len(text), run.isRightToLeft(),
                                    tuple(glyphs), raw))
    segments.sort(key=lambda segment: segment.start)
    # A piece's last glyph may be a ligature of several characters, so a piece ends
    # where the next begins rather than after its last glyph's first character.
    return [replace(segment, end=after.start) for segment, after
            in pairwise(segments)] + segments[-1:]


def _script_of(char: str) -> str | None:
    """A letter's script, Arabic or Latin; None for spaces, digits and punctuation, whose
    script is the letters' around them (Unicode's Common)."""
    code = ord(char)
    arabic = 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or \
        0x08A0 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF
    if arabic and (char.isalpha() or unicodedata.category(char).startswith("M")):
        return "Arab"
    if char.isalpha() and code < 0x0250:
        return "Latn"
    return None


def script_of_piece(text: str, start: int, end: int) -> str | None:
    """The script Qt shapes ``text[start:end]`` in: its own letters', or, for a piece of
    spaces and punctuation only, the letters' before it (after it at the line's start).

    Qt splits a line by script first and by direction after, so ": " between a Latin
    name and Urdu words is a right-to-left piece shaped as Latin. A font with Latin
    glyphs merged in (the bundled Naskh) substitutes Latin forms of a space or a full
    stop there; HarfBuzz guessing from ": " alone would not.
    """
    for char in text[start:end]:
        if (found := _script_of(char)) is not None:
            return found
    for char in reversed(text[:start]):
        if (found := _script_of(char)) is not None:
            return found
    for char in text[end:]:
        if (found := _script_of(char)) is not None:
            return found
    return None


def harfbuzz_glyphs(font_path: Path, text: str, pixel_size: int, *, language: str = "ur",
                    direction: str = "rtl", script: str | None = None) -> list[Glyph]:
    """Shape text with HarfBuzz from the font file itself: glyphs in visual order.

    The script is ``script``, or guessed from the text, as Qt does per piece.
    """
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(font_path)))
    font = hb.Font(face)
    scale = pixel_size / face.upem
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = direction
    buf.language = language
    if script is not None:
        buf.script = script
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    glyphs = []
    pen = 0
    # HarfBuzz hands right-to-left text back already in visual (left-to-right) order.
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        glyphs.append(Glyph(info.codepoint, (pen + pos.x_offset) * scale,
                            -(pos.y_offset * scale)))
        pen += pos.x_advance
    return glyphs


def qt_font_for(font_path: Path, pixel_size: int) -> QFont:
    """The QFont a screen would use for this font file, at this pixel size (and at its
    weight: a family's bold file is reached by asking for bold)."""
    font = QFont(register_font_file(font_path))
    font.setPixelSize(pixel_size)
    font.setWeight(QFont.Weight(QRawFont(str(font_path), pixel_size).weight()))
    return font


def compare_with_harfbuzz(font_path: Path, text: str, pixel_size: int, *,
                          tolerance: float = 1.0, language: str = "ur",
                          rtl: bool = True, shaper: Shaper | None = None) -> list[Mismatch]:
    """Every glyph where Qt's layout of text differs from HarfBuzz's; empty if none.

    Each piece Qt shaped (see qt_segments) is shaped again by HarfBuzz from the font
    file, in the same direction; glyph ids must be equal and glyph origins within
    ``tolerance`` pixels once the piece as a whole is lined up (where bidi puts a piece
    is Qt's business; where a letter sits inside it is the font's). Also reported: any
    piece drawn with another font, i.e. a fallback for a character the font lacks, or a
    system font with the same family name winning over the file. ``index`` counts
    glyphs in visual order across the line. ``shaper`` stands in for HarfBuzz itself
    (see shaping_reference). Needs a QGuiApplication.
    """
    shaper = shaper or harfbuzz_glyphs
    # Bidi controls (the isolates around a file name in an Urdu sentence) only move whole
    # pieces about and are invisible; what is compared is how the letters join.
    text = _BIDI_CONTROLS.sub("", text)
    font = qt_font_for(font_path, pixel_size)
    expected = _identity(QRawFont(str(font_path), pixel_size))
    mismatches: list[Mismatch] = []
    counted = 0
    for segment in qt_segments(text, font, rtl):
        if _identity(segment.raw_font) != expected:
            mismatches.append(Mismatch(
                counted, f"{text[segment.start:segment.end]!r} drawn with "
                         f"{segment.raw_font.familyName()!r}, not {font_path.name}", None, None))
            counted += len(segment.glyphs)
            continue
        if segment.start >= segment.end:
            mismatches.append(Mismatch(counted, "glyphs Qt drew for no character of the text",
                                       None, None))
            counted += len(segment.glyphs)
            continue
        piece = {"language": language, "direction": "rtl" if segment.rtl else "ltr"}
        script = script_of_piece(text, segment.start, segment.end)
        if script is not None and not any(_script_of(char) for char in
                                          text[segment.start:segment.end]):
            piece["script"] = script  # only where guessing from the piece would miss it
        want = shaper(font_path, text[segment.start:segment.end], pixel_size, **piece)
        mismatches.extend(_compare(segment.glyphs, want, tolerance, counted))
        counted += len(segment.glyphs)
    if mismatches:
        log.warning("Qt and HarfBuzz disagree on %r in %s: %s", text, font_path.name,
                    mismatches[0])
    return mismatches


def _compare(got: tuple[Glyph, ...], want: list[Glyph], tolerance: float,
             first: int) -> list[Mismatch]:
    if [g.id for g in got] != [g.id for g in want]:
        return [Mismatch(first + index, "different glyph", qt, hb)
                for index, (qt, hb) in enumerate(zip(got, want, strict=False))
                if qt.id != hb.id] or [
            Mismatch(first + min(len(got), len(want)),
                     f"{len(got)} glyphs from Qt, {len(want)} from HarfBuzz", None, None)]
    if not got:
        return []
    # The median shift of the glyphs around each one lines it up without letting one
    # misplaced glyph (the thing being looked for) drag the reference with it. Around it,
    # not along the whole piece: over a 200-letter line Qt's rounding of each advance to
    # 1/64 px drifts by a pixel or two, which moves no letter away from its neighbours.
    offsets = [qt.x - hb.x for qt, hb in zip(got, want, strict=True)]
    mismatches = []
    for index, (qt, hb) in enumerate(zip(got, want, strict=True)):
        shift = statistics.median(offsets[max(0, index - _NEIGHBOURS):index + _NEIGHBOURS + 1])
        dx, dy = qt.x - hb.x - shift, qt.y - hb.y
        if abs(dx) > tolerance or abs(dy) > tolerance:
            mismatches.append(Mismatch(first + index, f"placed {dx:+.1f}, {dy:+.1f} px off",
                                       qt, hb))
        elif hb.id == 0:
            mismatches.append(Mismatch(first + index, "character missing from the font", qt, hb))
    return mismatches


def _identity(raw: QRawFont) -> bytes:
    # head holds the font's revision, checksum and dates: equal heads mean the same file
    # as far as shaping is concerned, without comparing megabytes of glyph data.
    return bytes(raw.fontTable("head").data()) + raw.familyName().encode()
