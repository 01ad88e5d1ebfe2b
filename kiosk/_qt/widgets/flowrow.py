"""A row of buttons that wraps onto another line when the card is too narrow for them.

Side by side, "Read from USB stick" and "Stop looking for updates" needed more than a
portrait screen's card, and the card grew past the screen's edge, its buttons and words
cut. This lays its buttons out in reading order (from the right in Urdu), as many to a
line as fit, and tells its card how tall that makes it.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

DEFAULT_GAP = 12  # when nobody sets one: about what a QHBoxLayout would leave


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None, *, centred: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.centred = centred  # each line in the middle (the welcome screen's languages)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's bookkeeping -------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    # Its contents margins are kept around the buttons (the home screen's emergency button
    # sat on the screen's bottom edge, its margin set and ignored).

    def heightForWidth(self, width: int) -> int:
        if not self._shown():
            return 0  # nothing to show: no margins either (no empty strip under a screen)
        m = self.contentsMargins()
        return self._arrange(QRect(0, 0, width - m.left() - m.right(), 0),
                             move=False) + m.top() + m.bottom()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect.marginsRemoved(self.contentsMargins()), move=True)

    def sizeHint(self) -> QSize:
        """All on one line, as when there is room."""
        shown = self._shown()
        gap = self._gap()
        width = sum(item.sizeHint().width() for item in shown) + gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """One button to a line: as narrow as the widest button."""
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def _with_margins(self, size: QSize) -> QSize:
        if not self._shown():
            return QSize(0, 0)
        m = self.contentsMargins()
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    # -- laying out ------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        parent = self.parentWidget()
        if parent is not None:
            # QStyle through the module, as it is wanted: naming it makes its Python
            # enums (10 ms), and the rows shown at start are given their spacing.
            gap = parent.style().pixelMetric(
                QtWidgets.QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return gap if gap >= 0 else DEFAULT_GAP

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lines of buttons within ``rect``; returns the height they take."""
        gap = self._gap()
        parent = self.parentWidget()
        rtl = parent is not None and \
            parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        lines: list[list[tuple[QLayoutItem, int, QSize]]] = [[]]
        x = 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), rect.width())
            if x > 0 and x + width > rect.width():
                lines.append([])
                x = 0
            lines[-1].append((item, x, QSize(width, hint.height())))
            x += width + gap
        y = 0
        for line in lines:
            if not line:
                continue
            used = line[-1][1] + line[-1][2].width()
            indent = (rect.width() - used) // 2 if self.centred else 0
            if move:
                for item, x, size in line:
                    x += indent
                    # Reading order: from the right edge in a right-to-left language.
                    left = rect.right() + 1 - x - size.width() if rtl else rect.x() + x
                    item.setGeometry(QRect(QPoint(left, rect.y() + y), size))
            y += max(size.height() for _item, _x, size in line) + gap
        return max(0, y - gap)
