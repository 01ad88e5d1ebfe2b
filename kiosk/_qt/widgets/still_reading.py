"""'Still reading?': a gentle countdown before the kiosk resets for the next patient."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.fill import fill_rect
from kiosk._qt.widgets.owned import layout_of, parent_of


class StillReadingOverlay(QWidget):
    continued = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("StillReadingOverlay")
        self.remaining = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.card = QWidget(self)
        self.card.setObjectName("card")
        self.question = QLabel()
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setWordWrap(True)
        self.carry_on = TouchButton("fa5s.hand-pointer", "primary")
        self.carry_on.setObjectName("continue")
        self.carry_on.clicked.connect(self._continue)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.carry_on)
        row.addStretch(1)
        layout = QVBoxLayout(self.card)
        layout.addWidget(self.question)
        layout.addWidget(self.countdown)
        layout.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._metrics: theme.Metrics | None = None
        self.hide()

    def start(self, seconds: int) -> None:
        self.remaining = seconds
        self.setGeometry(parent_of(self).rect())
        self._update_countdown()
        self.show()
        self.raise_()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def _continue(self) -> None:
        self.stop()
        self.continued.emit()

    def _count_down(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.stop()
            self.expired.emit()
        else:
            self._update_countdown()

    def _update_countdown(self) -> None:
        self.countdown.setText(
            self.tr("Starting again in %n seconds", "", self.remaining))

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self.question.setText(self.tr("Still reading?"))
        self.carry_on.setText(self.tr("Continue"))
        self._update_countdown()
        self.question.setFont(metrics.font("hero", bold=not rtl, scalable=False))
        self.countdown.setFont(metrics.font("body", scalable=False))
        self.carry_on.apply_metrics(metrics, rtl)
        self.carry_on.setMinimumWidth(metrics.px(360))
        self.card.setMinimumWidth(min(metrics.px(900), round(parent_of(self).width() * 0.85)))
        margin = metrics.px(40)
        layout_of(self.card).setContentsMargins(margin, margin, margin, margin)
        layout_of(self.card).setSpacing(metrics.gap)
        self.card.setStyleSheet(
            f"#card {{ background: {theme.CARD.name()}; border: {metrics.px(4)}px solid"
            f" {theme.NAVY.name()}; border-radius: {metrics.px(32)}px; }}"
            f"QLabel {{ color: {theme.NAVY.name()}; }}")

    def resize_to_parent(self) -> None:
        self.setGeometry(parent_of(self).rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fill_rect(painter, self.rect(), QColor(20, 40, 50, 150))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere on the dimmed screen means someone is still there.
        self._continue()
        event.accept()
