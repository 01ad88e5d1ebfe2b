"""Treatment status on a page: approved, specialist centres only, or experimental.

One label per treatment the page names ("Methotrexate: approved treatment", "Stem cells:
experimental, clinical trial only"), or the page's one status in a pack that gives no
names. Each status has a colour, words and its own shape, so none is told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.dot_room import shown
from kiosk._qt.widgets.wraplabel import KeepsPicture, RemembersHeights
from kiosk.core.model import Status, Treatment

# A status chip's one-line width by its words, font and padding: shared, so the chip
# measured for the next page while the patient reads has already found the one shown on
# the turn. Three statuses in each language and size: it stays small.
_one_line_widths: dict[tuple[object, ...], int] = {}
# The status's shape, by status, size and pixel ratio: drawn from the icon font once, not
# on every treatment page (a third of a millisecond each).
_marks: dict[tuple[Status, int, float], QPixmap] = {}


# Each status has its own shape beside its words, so none is told by colour alone.
STATUS_MARKS = {Status.APPROVED: "fa5s.check-circle", Status.SPECIALIST: "fa5s.hospital",
                Status.EXPERIMENTAL: "fa5s.flask"}


class StatusChip(KeepsPicture, RemembersHeights, QLabel):
    """One treatment's status, or the page's.

    It keeps to one line where it has the room, and wraps rather than lose its last
    words in a narrow column at a large text size. Its coloured pill is painted, not
    styled: a style sheet restyles the label on every change (~3 ms a page turn). Its
    words are drawn once and copied after that, as a title's are.
    """

    _shown: tuple[object, ...] | None = None
    _natural = 0  # the width of its words on one line, padding included
    _colour = theme.NAVY
    _radius = 0
    _mark: QPixmap | None = None  # the status's shape (made with the first chip shown)

    def retranslate(self, treatment: Treatment | None, metrics: theme.Metrics) -> None:
        # Called on every page turn; most turns keep the label.
        if (treatment, metrics) == self._shown:
            return
        self._shown = (treatment, metrics)
        self.setVisible(treatment is not None)
        if treatment is None:
            self.clear()
            return
        status = treatment.status
        self.setText(shown(self._words(treatment, metrics.language), metrics.language))
        self.setWordWrap(True)
        self.setFont(metrics.font("small", bold=metrics.has_bold))
        self._colour = theme.STATUS_COLOURS[status.value]
        pad = metrics.px(10)
        self._radius = pad
        side = round(QFontMetricsF(self.font()).height() * 0.6)
        self._mark = _mark(status, side, self.devicePixelRatioF())
        lead = pad + side + pad // 2
        if self.isRightToLeft():
            self.setContentsMargins(pad * 2, pad // 2, lead, pad // 2)
        else:
            self.setContentsMargins(lead, pad // 2, pad * 2, pad // 2)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.setPalette(palette)
        key = (self.text(), self.font().key(), pad, side)
        if key not in _one_line_widths:
            _one_line_widths[key] = self._one_line_width()
        self._natural = _one_line_widths[key]
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.updateGeometry()
        self.update()

    def _words(self, treatment: Treatment, language: str) -> str:
        if treatment.name is None:
            return {
                Status.APPROVED: self.tr("Approved treatment"),
                Status.SPECIALIST: self.tr("Specialist centres only"),
                Status.EXPERIMENTAL: self.tr("Experimental: clinical trial only"),
            }[treatment.status]
        if treatment.status is Status.APPROVED and treatment.approved_by is not None:
            words = self.tr("%1: approved by %2").replace(
                "%2", treatment.approved_by.get(language))
        else:
            words = {
                Status.APPROVED: self.tr("%1: approved treatment"),
                Status.SPECIALIST: self.tr("%1: specialist centres only"),
                Status.EXPERIMENTAL: self.tr("%1: experimental, clinical trial only"),
            }[treatment.status]
        return words.replace("%1", treatment.name.get(language))

    def _one_line_width(self) -> int:
        # The narrowest width at which the words still take one line, found by asking
        # the label itself, so its padding is counted as Qt counts it.
        one_line = self.heightForWidth(10_000)
        narrow, wide = 1, 10_000
        while wide - narrow > 1:
            middle = (narrow + wide) // 2
            if self.heightForWidth(middle) <= one_line:
                wide = middle
            else:
                narrow = middle
        return wide

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(QRectF(self.rect()), self._radius, self._radius)
        if self._mark is not None:
            side = round(self._mark.width() / self._mark.devicePixelRatio())
            margins = self.contentsMargins()
            # Beside the first line of the words, at the leading end.
            first_line = QFontMetricsF(self.font()).height()
            top = margins.top() + round((first_line - side) / 2)
            x = (self.width() - margins.right() + self._radius // 2 if self.isRightToLeft()
                 else self._radius - 1)
            painter.drawPixmap(x, max(margins.top(), top), self._mark)
        painter.end()
        KeepsPicture.paintEvent(self, event)

    def sizeHint(self) -> QSize:
        return QSize(self._natural, self.heightForWidth(self._natural))

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self._natural, 4 * self.fontMetrics().height()), 1)

    def height_in(self, width: int) -> int:
        """Its height in a column ``width`` wide: one line if it fits, more if not."""
        return self.heightForWidth(min(width, self._natural))

    def draw_ahead(self, width: int) -> None:
        """Draw its words now into the picture it will copy when shown in a column
        ``width`` wide (the next page's, while the patient reads)."""
        self.resize(min(width, self._natural), self.height_in(width))
        self.words_picture()


def _mark(status: Status, side: int, ratio: float) -> QPixmap:
    key = (status, side, ratio)
    mark = _marks.get(key)
    if mark is None:
        from kiosk._qt import icons  # qtawesome: not needed before the first treatment page

        mark = _marks[key] = icons.icon(STATUS_MARKS[status], QColor("white")).pixmap(
            QSize(side, side), ratio)
    return mark


class StatusChips(QWidget):
    """A page's status labels, one under another at the leading edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: list[StatusChip] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._shown: tuple[object, ...] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.hide()

    def retranslate(self, statuses: tuple[Treatment, ...], metrics: theme.Metrics) -> None:
        if (statuses, metrics) == self._shown:
            return
        self._shown = (statuses, metrics)
        while len(self.chips) < len(statuses):
            chip = StatusChip(self)
            chip.setObjectName("statusChip")
            self.chips.append(chip)
            self._layout.addWidget(chip, 0, Qt.AlignmentFlag.AlignLeading)
        for index, chip in enumerate(self.chips):
            chip.retranslate(statuses[index] if index < len(statuses) else None, metrics)
        self._layout.setSpacing(metrics.px(8))
        self.setVisible(bool(statuses))
        self.updateGeometry()

    def draw_ahead(self, width: int) -> None:
        """Draw each label's words now, for a column ``width`` wide (see StatusChip)."""
        for chip in self.shown():
            chip.draw_ahead(width)

    def shown(self) -> list[StatusChip]:
        return [chip for chip in self.chips if not chip.isHidden()]

    def texts(self) -> list[str]:
        """What the chips shown say (their last two words joined only to keep them on
        one line)."""
        return [" ".join(chip.text().split()) for chip in self.shown()]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.height_in(width)

    def height_in(self, width: int) -> int:
        """Its height in a column ``width`` wide: each label one line if it fits."""
        chips = self.shown()
        if not chips:
            return 0
        return sum(chip.height_in(width) for chip in chips) + \
            self._layout.spacing() * (len(chips) - 1)

    def sizeHint(self) -> QSize:
        chips = self.shown()
        width = max((chip.sizeHint().width() for chip in chips), default=0)
        return QSize(width, self.height_in(width))

    def minimumSizeHint(self) -> QSize:
        chips = self.shown()
        width = max((chip.minimumSizeHint().width() for chip in chips), default=0)
        return QSize(width, 1)
