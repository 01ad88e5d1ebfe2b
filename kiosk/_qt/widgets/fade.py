"""A screen comes in with a short fade, drawn as a cover of the background fading away.

Qt's opacity effect drew the whole screen into a picture of its own on every frame of
the fade and blended it: at 3840×2160 a new 30 MB picture a frame, fresh memory the
system zeroes page by page (10,000 page faults on opening a topic). A screen at opacity
``a`` over the window's background looks the same as the background at ``1 - a`` over
the screen, which is one translucent fill over what the screen already paints.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from kiosk._qt.widgets.fill import fill_rect
from kiosk._qt.widgets.owned import parent_of


class FadeCover(QWidget):
    """Lies over a stack of screens during a fade; taps go through it to the screen."""

    def __init__(self, stack: QWidget, duration_ms: int, start_opacity: float) -> None:
        super().__init__(stack)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._strength = 0.0  # of the background over the screen: 1 - the screen's opacity
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(duration_ms)
        self._animation.setStartValue(1.0 - start_opacity)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._step)
        self._animation.finished.connect(self.hide)
        self.hide()

    @property
    def fading(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def start(self) -> None:
        """Fade the stack's current screen in from the background."""
        self._animation.stop()
        self.setGeometry(parent_of(self).rect())
        self.raise_()
        self._strength = float(self._animation.startValue())
        self.show()
        self._animation.start()

    def stop(self) -> None:
        self._animation.stop()
        self.hide()

    def _step(self, value: object) -> None:
        self._strength = float(value)  # type: ignore[arg-type]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = QColor(parent_of(self).palette().color(QPalette.ColorRole.Window))
        colour.setAlphaF(max(0.0, min(1.0, self._strength)))
        painter = QPainter(self)
        fill_rect(painter, event.rect(), colour)
        painter.end()
