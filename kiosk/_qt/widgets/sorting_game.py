"""'Self or nonself?': a T cell checks each cell's marker; the patient taps cells to sort them.

The switch shows what goes wrong in autoimmune disease: the T cell then attacks the
body's own cells too. Everything drawn is shapes; the words are labels in the patient's
language, so nothing here needs translating but the app's own strings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets.animation import FrameClock
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.wraplabel import WrapLabel

# Where the cells sit, as fractions of the play area: self cells and germs mixed.
_LAYOUT = (
    ("self", 0.15, 0.25), ("germ", 0.40, 0.18), ("self", 0.68, 0.26), ("self", 0.88, 0.55),
    ("germ", 0.20, 0.66), ("self", 0.45, 0.72), ("germ", 0.75, 0.80), ("self", 0.55, 0.45),
)


@dataclass
class GameCell:
    kind: str  # "self" or "germ"
    x: float
    y: float
    state: str = "waiting"  # waiting, passed, tagged, mistake


class PlayArea(QWidget):
    tapped = Signal(int)

    def __init__(self, game: SortingGame) -> None:
        super().__init__(game)
        self.game = game
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)

    def radius(self) -> float:
        return min(self.width(), self.height()) * 0.085

    def centre(self, cell: GameCell, t: float, index: int) -> QPointF:
        wobble = 0.012 * math.sin(t * 0.9 + index)
        return QPointF((cell.x + wobble) * self.width(), (cell.y - wobble) * self.height())

    def cell_at(self, point: QPointF) -> int | None:
        t = self.game.seconds()
        for index, cell in enumerate(self.game.cells):
            centre = self.centre(cell, t, index)
            # Generous: a child's finger, not a mouse pointer.
            if math.dist((centre.x(), centre.y()), (point.x(), point.y())) <= self.radius() * 1.5:
                return index
        return None

    def mouseReleaseEvent(self, event) -> None:
        index = self.cell_at(event.position())
        if index is not None:
            self.tapped.emit(index)
        event.accept()

    def mousePressEvent(self, event) -> None:
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(theme.NAVY, 3))
        painter.setBrush(QColor("#f4efe6"))
        painter.drawRoundedRect(rect, 28, 28)
        t = self.game.seconds()
        r = self.radius()
        for index, cell in enumerate(self.game.cells):
            centre = self.centre(cell, t, index)
            if cell.kind == "self":
                self._self_cell(painter, centre, r, cell.state)
            else:
                self._germ(painter, centre, r, cell.state, t)
        self._t_cell(painter, self.game.patrol_point(self), r * 1.15)
        painter.end()

    def _face(self, painter: QPainter, c: QPointF, r: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.NAVY)
        for dx in (-0.3, 0.3):
            painter.drawEllipse(QPointF(c.x() + dx * r, c.y() - 0.15 * r), r * 0.09, r * 0.09)
        pen = QPen(theme.NAVY, max(2.0, r * 0.07))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        smile = QRectF(c.x() - r * 0.3, c.y() - r * 0.05, r * 0.6, r * 0.4)
        painter.drawArc(smile, 200 * 16, 140 * 16)

    def _self_cell(self, painter: QPainter, c: QPointF, r: float, state: str) -> None:
        fill = QColor("#8ecae6")
        if state == "mistake":
            fill = QColor("#f4a6a6")
        painter.setPen(QPen(theme.NAVY, max(2.0, r * 0.07)))
        painter.setBrush(fill)
        painter.drawEllipse(c, r, r)
        # The "self" marker: a little ID badge on the cell's edge.
        badge = QRectF(c.x() + r * 0.45, c.y() - r * 0.95, r * 0.55, r * 0.4)
        painter.setBrush(theme.TEAL)
        painter.drawRoundedRect(badge, r * 0.08, r * 0.08)
        self._face(painter, c, r)
        if state == "passed":
            pen = QPen(theme.TEAL, max(3.0, r * 0.12))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            path = QPainterPath(QPointF(c.x() - r * 0.45, c.y() + r * 1.25))
            path.lineTo(c.x() - r * 0.1, c.y() + r * 1.55)
            path.lineTo(c.x() + r * 0.5, c.y() + r * 1.0)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif state == "mistake":
            self._antibodies(painter, c, r)

    def _germ(self, painter: QPainter, c: QPointF, r: float, state: str, t: float) -> None:
        fill = QColor(theme.CORAL)
        if state == "tagged":
            fill.setAlpha(110)
        pen = QPen(theme.CORAL if state != "tagged" else fill, max(3.0, r * 0.14))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for k in range(8):
            a = k * math.tau / 8 + 0.2 * math.sin(t)
            painter.drawLine(QPointF(c.x() + math.cos(a) * r * 0.9, c.y() + math.sin(a) * r * 0.9),
                             QPointF(c.x() + math.cos(a) * r * 1.3, c.y() + math.sin(a) * r * 1.3))
        painter.setPen(QPen(theme.NAVY, max(2.0, r * 0.07)))
        painter.setBrush(fill)
        painter.drawEllipse(c, r * 0.9, r * 0.9)
        # "Nonself" markers: small triangles, not the self badge.
        painter.setBrush(theme.SAND)
        for a in (0.6, 2.6, 4.4):
            p = QPointF(c.x() + math.cos(a) * r * 0.55, c.y() + math.sin(a) * r * 0.55)
            tri = QPainterPath(QPointF(p.x(), p.y() - r * 0.16))
            tri.lineTo(p.x() + r * 0.15, p.y() + r * 0.12)
            tri.lineTo(p.x() - r * 0.15, p.y() + r * 0.12)
            tri.closeSubpath()
            painter.drawPath(tri)
        if state == "tagged":
            self._antibodies(painter, c, r)

    def _antibodies(self, painter: QPainter, c: QPointF, r: float) -> None:
        pen = QPen(QColor("#c98f00"), max(3.0, r * 0.1))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for a in (0.9, 2.3, 3.9, 5.4):
            base = QPointF(c.x() + math.cos(a) * r * 1.05, c.y() + math.sin(a) * r * 1.05)
            tip = QPointF(c.x() + math.cos(a) * r * 1.5, c.y() + math.sin(a) * r * 1.5)
            painter.drawLine(base, tip)
            for da in (-0.35, 0.35):
                painter.drawLine(tip, QPointF(tip.x() + math.cos(a + da) * r * 0.3,
                                              tip.y() + math.sin(a + da) * r * 0.3))

    def _t_cell(self, painter: QPainter, c: QPointF, r: float) -> None:
        painter.setPen(QPen(theme.NAVY, max(2.0, r * 0.07)))
        painter.setBrush(theme.TEAL)
        painter.drawEllipse(c, r, r)
        painter.setBrush(QColor("#21867a"))
        painter.drawEllipse(c, r * 0.45, r * 0.45)
        self._face(painter, QPointF(c.x(), c.y() - r * 0.05), r * 0.9)


class SortingGame(QWidget):
    sorted = Signal(int, str)  # cell index, its new state

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SortingGame")
        self.cells: list[GameCell] = []
        self.autoimmune = False
        self.target: int | None = None
        self.area = PlayArea(self)
        self.clock = FrameClock(self, self.area)
        self.area.tapped.connect(self.tap_cell)
        self.message = WrapLabel()
        self.message.setObjectName("gameMessage")
        self.mode = TouchButton("fa5s.exchange-alt", "secondary")
        self.mode.setObjectName("autoimmuneSwitch")
        self.mode.clicked.connect(self.toggle_autoimmune)
        self.again = TouchButton("fa5s.redo", "quiet")
        self.again.setObjectName("playAgain")
        self.again.clicked.connect(self.restart)
        row = QHBoxLayout()
        row.addWidget(self.mode, 1)
        row.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self._metrics: theme.Metrics | None = None
        self._last = ""
        self.restart()

    def seconds(self) -> float:
        return self.clock.seconds()

    def restart(self) -> None:
        self.cells = [GameCell(kind, x, y) for kind, x, y in _LAYOUT]
        self.target = None
        self._last = "start"
        self._show_message()
        self.area.update()

    def toggle_autoimmune(self) -> None:
        self.autoimmune = not self.autoimmune
        self.restart()
        self._last = "autoimmune" if self.autoimmune else "healthy"
        self._retranslate_mode()
        self._show_message()

    def tap_cell(self, index: int) -> None:
        cell = self.cells[index]
        if cell.state != "waiting":
            return
        self.target = index
        if cell.kind == "germ":
            cell.state = "tagged"
        elif self.autoimmune:
            cell.state = "mistake"
        else:
            cell.state = "passed"
        self._last = cell.state
        self._show_message()
        self.sorted.emit(index, cell.state)
        self.area.update()

    def germs_left(self) -> int:
        return sum(1 for c in self.cells if c.kind == "germ" and c.state == "waiting")

    def patrol_point(self, area: PlayArea) -> QPointF:
        """The T cell drifts on a slow loop, or goes to the cell it is checking."""
        if self.target is not None:
            cell = self.cells[self.target]
            c = area.centre(cell, self.seconds(), self.target)
            return QPointF(c.x() - area.radius() * 1.6, c.y() + area.radius() * 0.4)
        t = self.seconds() * 0.35
        return QPointF(area.width() * (0.5 + 0.33 * math.sin(t)),
                       area.height() * (0.5 + 0.3 * math.sin(t * 1.7)))

    def _retranslate_mode(self) -> None:
        self.mode.setText(self.tr("Show a healthy immune system") if self.autoimmune
                          else self.tr("Show autoimmune disease"))

    def _show_message(self) -> None:
        words = {
            "start": self.tr("Tap a cell to check its marker."),
            "passed": self.tr("Part of you: the T cell leaves it alone."),
            "tagged": self.tr("A germ! The T cell marks it for attack."),
            "mistake": self.tr("A mistake: the T cell attacks your own cell. "
                               "This is what happens in autoimmune disease."),
            "autoimmune": self.tr("Now the T cell is confused. Tap a cell and see."),
            "healthy": self.tr("The T cell works properly again."),
        }
        text = words.get(self._last, "")
        if self._last in ("passed", "tagged") and self.germs_left() == 0:
            text += " " + self.tr("All the germs are found. Well done!")
        self.message.setText(text)

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self.layout().setSpacing(metrics.gap // 2)
        self.message.set_text_font(metrics.font("body", bold=metrics.language != "ur"),
                                   metrics.language)
        self.message.setStyleSheet(f"color: {theme.NAVY.name()};")
        self.mode.apply_metrics(metrics, metrics.language == "ur")
        self.again.apply_metrics(metrics, metrics.language == "ur")
        # An icon alone: the switch beside it needs the room for its words.
        self.again.setAccessibleName(self.tr("Play again"))
        self._retranslate_mode()
        self._show_message()
