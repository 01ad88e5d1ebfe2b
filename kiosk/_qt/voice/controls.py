"""The speaker button (play, pause, again, with a progress ring) and the volume button.

Both say what they do with a picture first: many patients will not read the word.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from kiosk._qt import theme
from kiosk._qt.voice.narrator import State

_ICONS = {State.STOPPED: "fa5s.volume-up", State.PLAYING: "fa5s.pause",
          State.PAUSED: "fa5s.play", State.FINISHED: "fa5s.redo"}
# Three steps a patient can tell apart by ear, as people hear loudness (see set_volume).
VOLUMES = (0.45, 0.7, 1.0)


class _RoundButton(QAbstractButton):
    """A finger-sized button painted by hand: no style sheet, so a turn repaints it fast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._height = 48
        self._border = 2
        self._icons: dict[str, QPixmap] = {}
        self.pressed.connect(self.update)
        self.released.connect(self.update)

    def apply_metrics(self, metrics: theme.Metrics) -> None:
        self._height = metrics.target
        self._border = max(2, metrics.px(3))
        self._icons.clear()
        self.updateGeometry()

    def _icon(self, name: str, side: int) -> QPixmap:
        key = f"{name}@{side}"
        if key not in self._icons:
            from kiosk._qt import icons

            self._icons[key] = icons.icon(name, theme.CARD if self._filled() else theme.NAVY) \
                .pixmap(QSize(side, side), self.devicePixelRatioF())
        return self._icons[key]

    def _filled(self) -> bool:
        return True

    def _paint_pill(self, painter: QPainter) -> QRectF:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = self._border / 2
        rect = QRectF(self.rect()).adjusted(half, half, -half, -half)
        fill = theme.TEAL if self._filled() else theme.CARD
        if self.isDown():
            fill = theme.TEAL_DARK if self._filled() else theme.SAND
        painter.setPen(QPen(theme.NAVY, self._border))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        return rect


class SpeakerButton(_RoundButton):
    """Reads the screen aloud; the ring around its picture fills as it reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speaker")
        # On a narrow row (portrait, Urdu) the word gives way and the ring stays.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.state = State.STOPPED
        self.progress = 0.0
        self._pad = 24
        # Every word the button can show: it is as wide as the widest, so the row
        # beside it does not jump when "Listen" becomes "Pause".
        self.words: tuple[str, ...] = ()
        # The widest word's width, by the words: the page viewer asks this button's size
        # on every page turn (and validate on every page it measures), and measuring five
        # words in Nastaliq took longer than laying out many a page.
        self._widest: dict[tuple[str, ...], float] = {}

    def apply_metrics(self, metrics: theme.Metrics) -> None:
        self._pad = metrics.px(24)
        self.setFont(metrics.font("button", bold=metrics.has_bold, scalable=False))
        super().apply_metrics(metrics)

    def show_state(self, state: str) -> None:
        # Every page turn says "stopped" again; a 4K button repaint costs a millisecond.
        if State(state) is not self.state:
            self.state = State(state)
            self.update()

    def show_progress(self, progress: float) -> None:
        if progress != self.progress:
            self.progress = progress
            self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._widest.clear()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        words = (*self.words, self.text())
        text = self._widest.get(words)
        if text is None:
            metrics = QFontMetricsF(self.font())
            text = self._widest[words] = max(
                [metrics.boundingRect(w).width() for w in words if w] or [0.0])
        return QSize(round(self._height + text + self._pad * 1.5), self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._height, self._height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self._paint_pill(painter)
        # The ring sits at the leading end: the right in Urdu.
        ring_box = QRectF(0, 0, rect.height(), rect.height())
        worded = bool(self.text()) and self.width() >= self.sizeHint().width()
        if not worded:
            ring_box.moveCenter(rect.center())
        elif self.isRightToLeft():
            ring_box.moveRight(rect.right())
        else:
            ring_box.moveLeft(rect.left())
        if worded:
            ring_box.moveTop(rect.top())
        width = max(3.0, self._height * 0.075)
        ring = ring_box.adjusted(width * 1.6, width * 1.6, -width * 1.6, -width * 1.6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.TEAL_DARK, width))
        painter.drawEllipse(ring)
        if self.progress > 0:
            pen = QPen(theme.SAND, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # Clockwise from the top, as a clock fills, in either language.
            painter.drawArc(ring, 90 * 16, -round(self.progress * 360 * 16))
        side = round(ring.height() * 0.5)
        icon = self._icon(_ICONS[self.state], side)
        painter.drawPixmap(round(ring.center().x() - side / 2), round(ring.center().y() - side / 2),
                           icon)
        if worded:
            text_box = QRectF(rect)
            if self.isRightToLeft():
                text_box.setRight(ring_box.left())
            else:
                text_box.setLeft(ring_box.right())
            painter.setPen(theme.CARD)
            painter.setFont(self.font())
            painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, self.text())


class VolumeButton(_RoundButton):
    """Louder on each tap, then back to quiet: a speaker and one, two or three bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volume")
        self.level = 1

    def _filled(self) -> bool:
        return False

    def show_volume(self, volume: float) -> None:
        self.level = min(range(len(VOLUMES)), key=lambda i: abs(VOLUMES[i] - volume))
        self.update()

    def next_volume(self) -> float:
        return VOLUMES[(self.level + 1) % len(VOLUMES)]

    def sizeHint(self) -> QSize:
        return QSize(round(self._height * 1.5), self._height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Not mirrored in Urdu: a speaker and rising bars read the same in every script.
        painter = QPainter(self)
        rect = self._paint_pill(painter)
        side = round(rect.height() * 0.5)
        bar = max(3.0, side * 0.2)
        gap = bar * 0.7
        width = side + gap * 2 + len(VOLUMES) * bar + (len(VOLUMES) - 1) * gap
        left = rect.center().x() - width / 2
        bottom = rect.center().y() + side * 0.45
        painter.drawPixmap(round(left), round(rect.center().y() - side / 2),
                           self._icon("fa5s.volume-off", side))
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(VOLUMES)):
            height = side * (0.4 + 0.3 * index)
            x = left + side + gap * 2 + index * (bar + gap)
            painter.setBrush(theme.NAVY if index <= self.level else theme.SAND)
            painter.drawRoundedRect(QRectF(x, bottom - height, bar, height), bar / 3, bar / 3)
