"""Where a drawing has something drawn on it, on a coarse grid: label chips look for a
spot near the point they name that covers as little of it as they can.

A pack places each label by one point, the same for every language, and its author
sees the English chip there. Urdu's chips are about twice as tall: centred on the same
point, "اپنا نشان" covered half the ID card it names. Measured on the drawing itself, a
tall chip can grow away from what is drawn (up into the empty sky, not down onto the
card) while the point stays inside it.
"""

from __future__ import annotations

from array import array
from collections import Counter
from itertools import accumulate
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.core.kept import Kept

# Columns across the grid: a chip at the default size is 5 to 14 of them.
_COLUMNS = 64
# A pixel is drawn on when its colour is this far (red, green and blue differences
# summed) from the drawing's own background: an antialiased outline's edge counts, a
# background's slight shading does not.
_DIFFERENT = 48


class InkMap:
    """How much of a drawing is drawn on, by grid cell, summed for quick rectangles."""

    def __init__(self, columns: int, rows: int, inked: list[bool]) -> None:
        self.columns, self.rows = columns, rows
        # Summed from the top left: any rectangle's count is four lookups.
        sums = [0] * (columns + 1)
        above = sums
        for row in range(rows):
            across = [0, *accumulate(inked[row * columns:(row + 1) * columns])]
            above = [a + b for a, b in zip(above, across, strict=True)]
            sums += above
        self._sums = array("I", sums)

    def covered(self, box: QRectF, drawing: QRectF) -> int:
        """How many of the grid's cells drawn on lie under ``box``, for the drawing
        drawn at ``drawing`` (both in the picture's coordinates)."""
        if drawing.isEmpty():
            return 0
        def cell(value: float, start: float, length: float, cells: int) -> int:
            return max(0, min(cells, round((value - start) / length * cells)))
        left = cell(box.left(), drawing.left(), drawing.width(), self.columns)
        right = cell(box.right(), drawing.left(), drawing.width(), self.columns)
        top = cell(box.top(), drawing.top(), drawing.height(), self.rows)
        bottom = cell(box.bottom(), drawing.top(), drawing.height(), self.rows)
        if left >= right or top >= bottom:
            return 0
        width, sums = self.columns + 1, self._sums
        return (sums[bottom * width + right] - sums[top * width + right]
                - sums[bottom * width + left] + sums[top * width + left])


def ink_map(renderer: QSvgRenderer, mirrored: bool = False) -> InkMap:
    """Where ``renderer``'s drawing is drawn on, mirrored left to right if it is drawn so."""
    size = renderer.defaultSize()
    rows = max(1, round(_COLUMNS * size.height() / size.width())) \
        if size.width() > 0 and size.height() > 0 else _COLUMNS * 3 // 4
    image = QImage(_COLUMNS, rows, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, _COLUMNS, rows))
    painter.end()
    if mirrored:
        image = image.flipped(Qt.Orientation.Horizontal)
    pixels = array("I", bytes(image.constBits()))  # 0xAARRGGBB, one a pixel, row by row
    background = _background(pixels, _COLUMNS, rows)

    def drawn_on(pixel: int) -> bool:
        if background is None:  # bare paper shows through: whatever is painted is drawn
            return pixel >> 24 >= _SEEN
        if pixel >> 24 < 0x80:
            return False
        return sum(abs((pixel >> shift & 0xFF) - (background >> shift & 0xFF))
                   for shift in (16, 8, 0)) > _DIFFERENT
    verdicts = {pixel: drawn_on(pixel) for pixel in set(pixels)}  # a few hundred colours
    return InkMap(_COLUMNS, rows, [verdicts[pixel] for pixel in pixels])


# A drawing whose paper is painted shows the page only at its rounded corners (0.2% of
# the bundled drawings): one that shows it through this much of itself paints none.
_SHOWS_THROUGH = 0.05
# In a drawing with no background of its own, a pixel this opaque is drawn on: a thin
# outline, a fraction of a grid cell wide, is only partly opaque there.
_SEEN = 0x30


def _background(pixels: array[int], columns: int, rows: int) -> int | None:
    """The colour of the paper the drawing is drawn on: the commonest colour round its
    edge (most drawings paint one; in the middle, two large white panels outnumbered
    the cream paper of "first signs"), or None where the kiosk's page shows through
    much of it (a drawing with no background painted: its largest shape was taken for
    the paper, for chips to slide onto).
    """
    opaque = [pixel for pixel in pixels if pixel >> 24 >= 0x80]
    if not opaque or (len(pixels) - len(opaque)) / len(pixels) >= _SHOWS_THROUGH:
        return None
    edge = [*pixels[:columns], *pixels[-columns:],
            *(pixels[row * columns + column] for row in range(1, rows - 1)
              for column in (0, columns - 1))]
    painted = [pixel for pixel in edge if pixel >> 24 >= 0x80]
    return Counter(painted or opaque).most_common(1)[0][0]


# How far a chip may slide from its point: the point stays at least this share of the
# chip's height (and width) from its edges, so the chip still sits on what it names.
_KEEP_POINT_IN = 0.2
_STEPS = 3  # each way, along each side: 49 places tried for a chip
# A slide that hides less than this share of the ink the chip hid where it was is not
# worth the chip's leaving its point.
_WORTH = 0.8


class Room:
    """Where a picture's chips may move: onto the picture, and never nearer another chip
    than ``gap`` (``boxes``: every chip on it, moved in place as they go)."""

    def __init__(self, boxes: list[QRectF], picture: QRectF, gap: float) -> None:
        self.boxes, self.picture, self.gap = boxes, picture, gap

    def covers(self, box: QRectF, other: QRectF) -> bool:
        gap = self.gap
        return box.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1).intersects(other)

    def free(self, moved: QRectF, mine: QRectF) -> bool:
        """Whether ``mine``, moved to ``moved``, is on the picture and clear of the rest."""
        return self.picture.contains(moved) and not any(
            self.covers(moved, other) for other in self.boxes if other is not mine)


def slide_off_ink(chips: list[tuple[QRectF, QPointF]], others: list[QRectF],
                  drawing: QRectF, picture: QRectF, ink: InkMap, gap: float) -> None:
    """Move each chip (with the point it names), in place, to where near its point it
    covers least of the drawing at ``drawing``: never onto another chip (``others`` are
    the captions), never off ``picture``, and only for a clear gain.

    A chip already moved off its point (two labels that covered each other) stays.
    """
    room = Room([box for box, _point in chips] + others, picture, gap)
    for box, point in chips:
        if not box.contains(point):
            continue
        now = ink.covered(box, drawing)
        if not now:
            continue
        reach_x = box.width() * (0.5 - _KEEP_POINT_IN)
        reach_y = box.height() * (0.5 - _KEEP_POINT_IN)
        best, least = None, now * _WORTH
        for step_y in range(-_STEPS, _STEPS + 1):
            for step_x in range(-_STEPS, _STEPS + 1):
                moved = QRectF(box)
                moved.moveCenter(QPointF(point.x() + reach_x * step_x / _STEPS,
                                         point.y() + reach_y * step_y / _STEPS))
                covered = ink.covered(moved, drawing)
                better = covered < least or (covered == least and best is not None
                                             and _nearer(moved, best, box))
                if better and room.free(moved, box):
                    best, least = moved, covered
        if best is not None:
            box.moveTopLeft(best.topLeft())


def _nearer(moved: QRectF, best: QRectF, box: QRectF) -> bool:
    """Whether ``moved`` is nearer ``box`` than ``best`` is (ties go to the smaller slide)."""
    def distance(other: QRectF) -> float:
        offset = other.center() - box.center()
        return offset.x() ** 2 + offset.y() ** 2
    return distance(moved) < distance(best)


_maps: Kept[tuple[Path, bool], InkMap] = Kept(16)  # about 13 KB each


def ink_of(path: Path, renderer: QSvgRenderer, mirrored: bool = False) -> InkMap:
    """``ink_map`` of the drawing at ``path``, kept for the next time it is drawn."""
    return _maps.get((path, mirrored), lambda: ink_map(renderer, mirrored))


def clear_cache() -> None:
    _maps.clear()
