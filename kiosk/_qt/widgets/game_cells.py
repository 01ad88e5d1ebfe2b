"""The sorting game's picture: the cell being sorted and what the immune system does to it.

Shapes only, no words: a healthy cell with its self marker (an ID card), a germ with
nonself markers and B cells' antibodies, a body cell with virus bits on its surface and
the T cell that attacks it. Split from sorting_game.py, which holds the rules.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk._qt import theme

if TYPE_CHECKING:
    from kiosk._qt.widgets.sorting_game import SortingGame

# A body cell is drawn as the pages draw it (self-markers): skin-coloured, sand ID cards.
SELF_SKIN, NUCLEUS, HURT_PINK = QColor("#f2c9a0"), QColor("#e3a97a"), QColor("#f4a6a6")
GERM_GREEN, B_CELL, ANTIBODY = QColor("#8bbf4a"), QColor("#9d8ec7"), QColor("#c98f00")
HIGHLIGHT, BACKDROP = QColor("#d9480f"), QColor("#f4efe6")
# Where the virus bits show on an infected cell, as angles round its edge.
VIRUS_AT = (2.4, 3.7, 1.2)
# The germ's nonself markers: x across the germ (in radii), and whether on its top edge.
MARKERS = ((-0.5, True), (0.1, True), (0.65, True), (-0.2, False), (0.4, False))


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    return QPen(colour, max(2.0, width), style, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)


def _polar(c: QPointF, angle: float, distance: float) -> QPointF:
    return QPointF(c.x() + math.cos(angle) * distance, c.y() + math.sin(angle) * distance)


class PlayArea(QWidget):
    """The picture: the cell being sorted, and what the immune system does with it."""

    def __init__(self, game: SortingGame) -> None:
        super().__init__(game)
        self.game = game
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.setPen(_pen(theme.NAVY, 3))
        p.setBrush(BACKDROP)
        p.drawRoundedRect(frame, min(28.0, frame.height() / 4), min(28.0, frame.height() / 4))
        game = self.game
        if game.stage == "score":
            self._score(p, frame)
        elif game.stage == "autoimmune":
            self._scene(p, frame)
        else:
            dot = min(frame.height() * 0.06, frame.width() / (len(game.order) * 2.4))
            self._progress(p, frame, dot)
            self._scene(p, frame.adjusted(0, dot * 2, 0, 0))
        p.end()

    def _mirrored(self, slot: int, count: int) -> int:
        # Progress reads the patient's way: from the right in Urdu.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return count - 1 - slot if rtl else slot

    def _progress(self, p: QPainter, frame: QRectF, d: float) -> None:
        game = self.game
        count = len(game.order)
        for i in range(count):
            x = frame.center().x() + (self._mirrored(i, count) - (count - 1) / 2) * d * 2.2
            done = i < len(game.results)
            fill = (theme.TEAL if game.results[i] else theme.SAND) if done else theme.CARD
            p.setPen(_pen(theme.NAVY, d * (0.3 if i == game.index else 0.12)))
            p.setBrush(fill)
            p.drawEllipse(QPointF(x, frame.top() + d * 1.1), d / 2, d / 2)

    def _score(self, p: QPainter, frame: QRectF) -> None:
        # The round's cells again, ringed teal if sorted right and sand if not; in two
        # rows when the box is tall, so they stay big enough to recognise.
        order, results = self.game.order, self.game.results
        count = len(order)
        rows = max((1, 2), key=lambda n: min(frame.width() * n / count, frame.height() / n))
        cols = math.ceil(count / rows)
        w, h = frame.width() / cols, frame.height() / rows
        r = min(w, h) * 0.28
        for i, kind in enumerate(order):
            slot = self._mirrored(i % cols, cols)
            c = QPointF(frame.left() + w * (slot + 0.5), frame.top() + h * (i // cols + 0.5))
            right = i < len(results) and results[i]
            p.setPen(_pen(theme.TEAL if right else theme.SAND, r * 0.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, r * 1.5, r * 1.5)
            self._cell(p, kind, c, r * 0.95)

    def _scene(self, p: QPainter, scene: QRectF) -> None:
        game = self.game
        t = game.seconds()
        grow = min(1.0, max(0.0, (t - game.told_at) / 0.5))
        grow = 1 - (1 - grow) ** 3  # the immune system's answer slides in, easing out
        r = min(scene.width() / 5.6, scene.height() / 3.3)
        kind, told, right = game.kind, game.stage == "told", game.was_right
        helper = game.autoimmune or (told and right)
        bob = r * 0.04 * math.sin(t * 1.6)
        c = QPointF(scene.center().x() - (r * 0.6 * grow if helper else 0),
                    scene.center().y() + bob)
        other = QPointF(c.x() + r * (2.6 - 0.5 * grow), scene.center().y() - bob)
        if game.autoimmune:  # the mistake: a healthy self cell, ID card and all, attacked
            self._body(p, c, r, fill=HURT_PINK)
            spots = [(_polar(c, a, r), a) for a in (-2.3, 0.5, 1.6, 2.7, 3.6)]
            self._antibodies(p, [*spots, (QPointF(c.x() + r * 0.66, c.y() - r * 0.95),
                                          -math.pi / 2)], r, grow)
            self._immune(p, other, r * 0.75, theme.TEAL, angry=True)
            self._zap(p, other, c, r, t)
            return
        self._cell(p, kind, c, r, faded=told and right and kind != "healthy")
        if told and not right:
            self._look_here(p, c, r, kind, t)
        elif told and kind == "healthy":
            self._immune(p, other, r * 0.7, theme.TEAL)
            tick, size = QPointF(c.x() - r * 0.75, c.y() - r * 0.85), r * 0.45 * grow
            p.setPen(_pen(theme.TEAL, size * 0.3))  # a tick: checked, and let be
            p.drawPolyline([QPointF(tick.x() - size * 0.5, tick.y()),
                            QPointF(tick.x() - size * 0.1, tick.y() + size * 0.4),
                            QPointF(tick.x() + size * 0.6, tick.y() - size * 0.45)])
        elif told and kind == "germ":
            self._immune(p, other, r * 0.7, B_CELL)
            self._antibodies(p, [(QPointF(c.x() + x * r, c.y() + (-0.88 if up else 0.88) * r),
                                  -math.pi / 2 if up else math.pi / 2) for x, up in MARKERS],
                             r, grow)
        elif told:
            self._immune(p, other, r * 0.75, theme.TEAL, angry=True)
            self._zap(p, other, c, r, t)

    # -- the cells ---------------------------------------------------------------

    def _cell(self, p: QPainter, kind: str, c: QPointF, r: float, faded: bool = False) -> None:
        p.save()
        p.setOpacity(0.45 if faded else 1.0)  # destroyed: fading away
        if kind == "germ":
            self._germ(p, c, r)
        else:
            self._body(p, c, r)
            if kind == "infected":
                for angle in VIRUS_AT:
                    self._virus(p, _polar(c, angle, r * 0.98), r * 0.17)
                self._virus(p, QPointF(c.x() + r * 0.35, c.y() + r * 0.2), r * 0.12)
        p.restore()

    def _body(self, p: QPainter, c: QPointF, r: float, fill: QColor = SELF_SKIN) -> None:
        p.setPen(_pen(theme.NAVY, r * 0.06))
        p.setBrush(fill)
        p.drawEllipse(c, r, r)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(NUCLEUS)
        p.drawEllipse(QPointF(c.x() - r * 0.2, c.y() + r * 0.15), r * 0.35, r * 0.3)
        # The self marker: an ID card on the cell's edge, as the pages describe it.
        card = QRectF(c.x() + r * 0.35, c.y() - r * 0.95, r * 0.62, r * 0.42)
        p.setPen(_pen(theme.NAVY, r * 0.05))
        p.setBrush(theme.SAND)
        p.drawRoundedRect(card, r * 0.08, r * 0.08)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.NAVY)  # the card's photo, then its two lines of writing
        p.drawEllipse(QPointF(card.left() + card.width() * 0.25, card.center().y()),
                      card.height() * 0.18, card.height() * 0.18)
        p.setPen(_pen(theme.NAVY, r * 0.04))
        for k in (0.35, 0.65):
            y = card.top() + card.height() * k
            p.drawLine(QPointF(card.left() + card.width() * 0.45, y),
                       QPointF(card.right() - card.width() * 0.15, y))

    def _virus(self, p: QPainter, c: QPointF, r: float) -> None:
        p.setPen(_pen(theme.CORAL, r * 0.3))
        for k in range(8):
            p.drawLine(_polar(c, k * math.tau / 8, r * 0.8), _polar(c, k * math.tau / 8, r * 1.35))
        p.setPen(_pen(theme.NAVY, r * 0.18))
        p.setBrush(theme.CORAL)
        p.drawEllipse(c, r * 0.85, r * 0.85)

    def _germ(self, p: QPainter, c: QPointF, r: float) -> None:
        # A rod-shaped bacterium with a tail: not round like a body cell, and no ID card.
        body = QRectF(c.x() - r * 1.05, c.y() - r * 0.6, r * 2.1, r * 1.2)
        tail = QPainterPath(QPointF(body.left(), c.y()))
        tail.cubicTo(body.left() - r * 0.25, c.y() - r * 0.3, body.left() - r * 0.35,
                     c.y() + r * 0.3, body.left() - r * 0.6, c.y())
        p.setPen(_pen(theme.NAVY, r * 0.05))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(tail)
        p.setPen(_pen(theme.NAVY, r * 0.06))
        p.setBrush(GERM_GREEN)
        p.drawRoundedRect(body, r * 0.6, r * 0.6)
        p.setPen(_pen(theme.NAVY, r * 0.04))
        p.setBrush(theme.SAND)
        for x, up in MARKERS:  # nonself markers: triangles, where a body cell has its card
            base, tip = (body.top(), -0.28 * r) if up else (body.bottom(), 0.28 * r)
            x = c.x() + x * r
            p.drawPolygon([QPointF(x - 0.15 * r, base), QPointF(x, base + tip),
                           QPointF(x + 0.15 * r, base)])

    # -- the immune system's answer --------------------------------------------------

    def _immune(self, p: QPainter, c: QPointF, r: float, colour: QColor,
                angry: bool = False) -> None:
        """A T cell (teal) or B cell (purple): friendly, or determined when attacking."""
        p.setPen(_pen(theme.NAVY, r * 0.07))
        p.setBrush(colour)
        p.drawEllipse(c, r, r)
        f = r * 0.85
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.NAVY)
        for side in (-1, 1):
            p.drawEllipse(QPointF(c.x() + side * 0.3 * f, c.y() - 0.15 * f), f * 0.09, f * 0.09)
        p.setPen(_pen(theme.NAVY, f * 0.07))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if not angry:
            p.drawArc(QRectF(c.x() - f * 0.3, c.y() - f * 0.05, f * 0.6, f * 0.4),
                      200 * 16, 140 * 16)
            return
        for side in (-1, 1):  # brows down to the middle, a straight mouth: determined
            eye = c.x() + side * 0.3 * f
            p.drawLine(QPointF(eye + side * 0.15 * f, c.y() - 0.42 * f),
                       QPointF(eye - side * 0.15 * f, c.y() - 0.3 * f))
        p.drawLine(QPointF(c.x() - 0.2 * f, c.y() + 0.25 * f),
                   QPointF(c.x() + 0.2 * f, c.y() + 0.25 * f))

    def _antibodies(self, p: QPainter, spots: list[tuple[QPointF, float]], r: float,
                    grow: float) -> None:
        # Y-shaped antibodies drift in from the B cell's side and grip with their arms.
        p.setPen(_pen(ANTIBODY, r * 0.08))
        for at, angle in spots:
            at = QPointF(at.x() + r * 2 * (1 - grow), at.y())
            fork = _polar(at, angle, r * 0.2)
            p.drawLine(fork, _polar(fork, angle, r * 0.33))
            for side in (-0.6, 0.6):
                p.drawLine(fork, _polar(fork, angle + math.pi + side, r * 0.22))

    def _zap(self, p: QPainter, t_cell: QPointF, c: QPointF, r: float, t: float) -> None:
        p.setPen(_pen(theme.CORAL, r * 0.08))
        p.setBrush(Qt.BrushStyle.NoBrush)
        x0, x1 = t_cell.x() - r * 0.8, c.x() + r * 1.05
        for k, dy in enumerate((-0.35, 0.0, 0.35) if x0 > x1 else ()):
            y = c.y() + dy * r
            wiggle = r * (0.05 * math.sin(t * 8 + k) - 0.12)
            p.drawPolyline([QPointF(x0, y), QPointF((x0 + x1) / 2, y + wiggle),
                            QPointF(x1, y + dy * r * 0.2)])

    def _look_here(self, p: QPainter, c: QPointF, r: float, kind: str, t: float) -> None:
        # A wrong sort: ring what the patient should have looked at, gently pulsing.
        p.setPen(_pen(HIGHLIGHT, r * 0.07, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        k = 1 + 0.06 * math.sin(t * 4)
        if kind == "healthy":
            p.drawEllipse(QPointF(c.x() + r * 0.66, c.y() - r * 0.74), r * 0.5 * k, r * 0.42 * k)
        elif kind == "infected":
            for angle in VIRUS_AT:
                p.drawEllipse(_polar(c, angle, r * 0.98), r * 0.33 * k, r * 0.33 * k)
        else:
            p.drawEllipse(c, r * 1.3 * k, r * 0.95 * k)
