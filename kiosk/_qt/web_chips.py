"""Where the web edition's label chips sit on a phone: moved off what their drawing
shows, as the kiosk moves its own (``drawing_ink.slide_off_ink``).

A chip is laid out by the phone's browser, centred on its point, and its size is known
only there; here it is worked out for the narrowest phone the edition is made for
(320 px wide: a picture 246 px wide, its chip's words at 16.2 px, as site.css sets
them), where a chip is largest against its picture. Centred on the
pack's point, the Urdu "اپنا نشان" covered the ID card it names. The move is given in
the chip's own widths and heights, so on a wider screen, where the picture is larger
and the chip not, it moves less of the picture's width.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from kiosk._qt import fonts
from kiosk._qt.widgets import drawing_ink
from kiosk._qt.widgets.illustration import renderer_for
from kiosk.core import languages

# site.css: .label's font-size (.9rem of the page's 18 px), padding (0 .4rem), border,
# max-width (of its whole box: border-box) and line heights; the picture's width on a
# 320 px phone, less the page's and the card's margins (on a wider one, a move made for
# this one keeps the chip on the picture: the picture grows, the chip does not).
PICTURE_WIDTH = 246.0
WORDS_PX = 16.2
PADDING = 7.2
BORDER = 1.0
MOST_OF_WIDTH = 0.48
LINE_HEIGHT = {"nastaliq": 2.1}
OTHER_LINE_HEIGHT = 1.5
GAP = 4.0
# Latin words are set in the phone's own font, not the kiosk's: Debian's Chromium takes
# DejaVu Sans, 13% wider than Noto Sans for "Self marker", and a chip moved as far as a
# narrower one left the picture. A wider chip is assumed; one narrower moves less.
WIDEST_LATIN = 1.2
_MEASURED_AT = 144  # px: QFont sizes in whole pixels; measured ten times up, then scaled


def chip_shifts(picture: Path, labels: list[tuple[str, float, float]], language: str,
                mirrored: bool) -> list[tuple[float, float]]:
    """How far to move each label's chip (``webedition.export.ChipPlacer``)."""
    placed = centred_chips(picture, labels, language)
    if placed is None:
        return [(0.0, 0.0)] * len(labels)
    area, chips = placed
    first = [QRectF(box) for box, _point in chips]
    for box, _point in chips:
        # Centred on a point near the top or bottom, a tall Urdu chip ran off the picture
        # ("ہڈی", 5 px above it): moved in, so all of it is on the picture.
        if box.top() < area.top():
            box.moveTop(area.top())
        elif box.bottom() > area.bottom():
            box.moveBottom(area.bottom())
    ink = drawing_ink.ink_of(picture, renderer_for(picture), mirrored)
    drawing_ink.slide_off_ink(chips, [], area, area, ink, GAP)
    return [(round((box.left() - was.left()) / was.width(), 3),
             round((box.top() - was.top()) / was.height(), 3))
            for (box, _point), was in zip(chips, first, strict=True)]


def centred_chips(picture: Path, labels: list[tuple[str, float, float]], language: str
                  ) -> tuple[QRectF, list[tuple[QRectF, QPointF]]] | None:
    """The picture's area on the phone, and each chip as the browser places it before any
    move, with its point; None for a drawing that cannot be drawn."""
    renderer = renderer_for(picture)
    size = renderer.defaultSize()
    if not renderer.isValid() or size.isEmpty():
        return None
    width = PICTURE_WIDTH
    height = width * size.height() / size.width()
    font = QFont(fonts.load_fonts().family_for(language))
    font.setPixelSize(_MEASURED_AT)
    metrics = QFontMetricsF(font)
    line = WORDS_PX * LINE_HEIGHT.get(languages.script_of(language), OTHER_LINE_HEIGHT)
    widest = width * MOST_OF_WIDTH
    stretch = WIDEST_LATIN if languages.script_of(language) == "latin" else 1.0
    chips = []
    for text, x, y in labels:
        words = metrics.horizontalAdvance(text) * WORDS_PX / _MEASURED_AT * stretch
        edges = 2 * (PADDING + BORDER)
        lines = max(1, math.ceil(words / (widest - edges)))
        chip_width = min(words + edges, widest)
        chip_height = lines * line + 2 * BORDER
        # As site.css places it: leaning in by its point's share of the picture.
        box = QRectF(x * width - x * chip_width, y * height - chip_height / 2,
                     chip_width, chip_height)
        chips.append((box, QPointF(x * width, y * height)))
    return QRectF(0, 0, width, height), chips

