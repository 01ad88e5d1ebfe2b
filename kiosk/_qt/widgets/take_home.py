"""A topic's QR code: "Scan to read this at home", opening the topic in the web edition.

A patient called in to see the doctor mid-page can finish on a phone, in the language
the kiosk was showing. The code is drawn module by module on whole pixels (a smoothed,
scaled picture of a code scans worse), as large as the row of buttons it sits in, with a
white margin; the words beside it give way on a narrow row, as the buttons' words do,
and the code never does. Shown only when the pack names its web edition's address.
Tapping it shows it large, for a phone held at arm's length.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.owned import layout_of, parent_of
from kiosk._qt.widgets.wraplabel import WrapLabel

QUIET = 2  # modules of white round the code (the light bar round it adds to that)
# A module under 2 px (about half a millimetre on a cheap monitor) is too small for
# most phones to read: the code is then made taller than the row of buttons.
MIN_MODULE = 2


@lru_cache(maxsize=64)
def modules(address: str) -> tuple[tuple[bool, ...], ...]:
    """The code's dark and light modules, row by row."""
    # Level L raised to the best level that fits the same size (segno's boost): short
    # addresses get more error correction for free, long ones stay small enough to scan.
    import segno  # brings in urllib, http.client and ssl (3.6 MiB): only when a code is shown

    code = segno.make_qr(address, error="l", boost_error=True)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix)


def _draw(rows: tuple[tuple[bool, ...], ...], step: int) -> QPixmap:
    side = (len(rows) + 2 * QUIET) * step
    picture = QPixmap(side, side)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    # Squares drawn with no outline, not fillRect: see kiosk/_qt/widgets/fill.py.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect((QUIET + x) * step, (QUIET + y) * step, step, step)
    painter.end()
    return picture


class QrCode(QWidget):
    """The code itself, square, painted on whole pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = ""
        self._side = 64
        self._pictures: dict[tuple[str, int], QPixmap] = {}
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def prepare(self, address: str) -> None:
        """Encode ``address`` and draw it now (a finger is on its topic's tile), so
        opening the topic does not wait for it."""
        previous = self.address
        self.address = address
        self.picture()
        self.address = previous

    def set_address(self, address: str) -> None:
        self.address = address
        self.update()

    def set_side(self, side: int) -> None:
        self._side = side
        self.setFixedSize(side, side)

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def module_pixels(self) -> int:
        count = len(modules(self.address)) + 2 * QUIET if self.address else 1
        return max(1, min(self.width(), self.height()) // count)

    def picture(self) -> QPixmap:
        """The code drawn once for its address and module size, then copied on paints
        (a page turn repaints the row under the page)."""
        key = (self.address, self.module_pixels())
        picture = self._pictures.get(key)
        if picture is None:
            if len(self._pictures) >= 8:  # a few topics' worth, in both languages
                self._pictures.clear()
            picture = self._pictures[key] = _draw(modules(self.address), key[1])
        return picture

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.address:
            return
        picture = self.picture()
        painter = QPainter(self)
        painter.drawPixmap((self.width() - picture.width()) // 2,
                           (self.height() - picture.height()) // 2, picture)


class TakeHome(QWidget):
    """The code and its one-line prompt, in the row under the page.

    On a narrow row its words give way before the Back and Next buttons' words do
    (``PageViewer`` decides, knowing the whole row): a patient reads those on every page.
    """

    enlarge = Signal(str)  # tapped: show this address's code large

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeHome")
        self.code = QrCode()
        self.words = WrapLabel()
        self.words.setWordWrap(False)  # one line, or none: it gives way on a narrow row
        self.words.setObjectName("takeHomeWords")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code)
        layout.addWidget(self.words)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.compact = False
        self.hide()

    def show_address(self, address: str | None) -> None:
        """The topic's address in the patient's language, or None (no web edition)."""
        self.code.set_address(address or "")
        self.setVisible(bool(address))
        self.setAccessibleName(self.words.text())
        self.setAccessibleDescription(address or "")

    def retranslate(self, metrics: theme.Metrics, row_height: int, longest: str) -> None:
        """``longest``: the pack's longest topic address. The code keeps one size for
        the whole pack, so the page above it does not move from one topic to another."""
        self.code.set_side(max(row_height, (len(modules(longest)) + 2 * QUIET) * MIN_MODULE)
                           if longest else row_height)
        layout_of(self).setSpacing(metrics.gap // 2)
        self.words.set_text_font(metrics.font("small", scalable=False), metrics.language)
        palette = self.words.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.NAVY)
        self.words.setPalette(palette)
        self.words.setText(self.tr("Scan to read this at home"))
        self.setAccessibleName(self.words.text())
        self.updateGeometry()

    def words_shown(self) -> bool:
        return not self.compact and self.isVisible()

    def full_width(self) -> int:
        """Its width with its words: the row it sits in decides if it has that."""
        return (self.code.sizeHint().width() + layout_of(self).spacing()
                + self.words.sizeHint().width())

    def set_compact(self, compact: bool) -> None:
        """The code alone (a narrow row), or with its words."""
        if compact != self.compact:
            self.compact = compact
            self.words.setVisible(not compact)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        side = self.code.sizeHint().width()
        return QSize(side if self.compact else self.full_width(), side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()) and self.code.address:
            self.enlarge.emit(self.code.address)


class QrSheet(QWidget):
    """The code shown large over the page, for a phone held further off; any tap, or
    Close, puts it away. The idle reset puts it away too (``PageViewer.clear``)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("qrSheet")
        self.setAutoFillBackground(True)
        self.words = WrapLabel()
        self.words.setObjectName("qrSheetWords")
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QrCode()
        self.close_button = TouchButton("fa5s.times", "primary")
        self.close_button.setObjectName("qrSheetClose")
        self.close_button.clicked.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.words)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()

    def show_address(self, address: str) -> None:
        self.code.set_address(address)
        self.setGeometry(parent_of(self).rect())
        self._size_code()
        self.show()
        self.raise_()

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        layout_of(self).setSpacing(metrics.gap)
        self.words.set_text_font(metrics.font("title", bold=metrics.has_bold),
                                 metrics.language)
        self.words.setText(self.tr("Scan to read this at home"))
        self.close_button.apply_metrics(metrics, rtl)
        self.close_button.set_words(self.tr("Close"))
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.PAPER)
        self.setPalette(palette)
        if self.isVisible():
            self._size_code()

    def _size_code(self) -> None:
        if not self.code.address:
            return
        # As large as leaves room for the words and Close, on whole pixels a module.
        count = len(modules(self.code.address)) + 2 * QUIET
        margins = layout_of(self).contentsMargins()
        words = self.words.heightForWidth(self.width() - margins.left() - margins.right())
        room = min(self.width() * 0.8, self.height() - words - margins.top() - margins.bottom()
                   - self.close_button.sizeHint().height() - 4 * layout_of(self).spacing())
        self.code.set_side(max(count, int(room) // count * count))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._size_code()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.hide()
