"""Colours, type sizes and touch-target sizes, scaled to the screen the kiosk is on.

Sizes are given for a 1080-pixel short side and scaled from the window's real size,
so a 1920×1080 landscape screen and a 1080×1920 portrait one get the same type.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QGuiApplication

from kiosk._qt import fonts

INK = QColor("#1d3557")
NAVY = QColor("#264653")
TEAL = QColor("#2a9d8f")
TEAL_DARK = QColor("#21867a")
SAND = QColor("#e9c46a")
CORAL = QColor("#e76f51")
PAPER = QColor("#fbf8f2")
CARD = QColor("#ffffff")
MUTED = QColor("#5c6b73")
MARKER = QColor("#f7dc8c")  # the sentence being read aloud (multiplied onto the page)

STATUS_COLOURS = {
    "approved": QColor("#2a9d8f"),
    "specialist": QColor("#b7791f"),
    "experimental": QColor("#c2410c"),
}

# Body text in pixels at a 1080-pixel short side. Nastaliq needs a larger size to be
# as readable as Latin text at the same distance.
_BASE_PX = {"body": 32, "title": 50, "tile": 34, "small": 24, "button": 30, "hero": 64}
_URDU_BOOST = 1.1
# Headings are large already; boosting their Nastaliq too spends a tall screen's worth of
# lines on a title and pushes the page's text off the bottom.
_NO_BOOST = frozenset({"title", "hero"})

# Touch targets for people standing at a screen: errors rise below 20 mm (Colle &
# Hiszem, Ergonomics 2004). Every control a patient needs is at least PRIMARY_MM; none
# is under SMALLEST_MM.
PRIMARY_MM = 20.0
SMALLEST_MM = 15.0
# When the screen does not say how big it is (or says something impossible, as some
# TVs and projectors do), assume a 21.5-inch 16:9 monitor, the commonest kiosk screen:
# 268 mm along its short side.
FALLBACK_SHORT_SIDE_MM = 268.0


# Set while ``kiosk-pack validate`` imagines a kiosk screen: the staff PC it runs on says
# nothing about the millimetres of the clinic's screen.
_imagined: float | None = None


@contextmanager
def imagined_screen(width: int, height: int) -> Iterator[None]:
    """Size touch targets for a screen of this many pixels, as the fallback monitor."""
    global _imagined
    before, _imagined = _imagined, min(width, height) / FALLBACK_SHORT_SIDE_MM
    try:
        yield
    finally:
        _imagined = before


def pixels_per_mm() -> float:
    """Logical pixels per millimetre on the kiosk's screen, or the stated fallback."""
    if _imagined is not None:
        return _imagined
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1080 / FALLBACK_SHORT_SIDE_MM
    size = screen.geometry().size()
    physical = screen.physicalSize()
    short_px = min(size.width(), size.height()) or 1080
    short_mm = min(physical.width(), physical.height())
    if 100 <= short_mm <= 1500:
        ratio = short_px / short_mm
        if 1.0 <= ratio <= 40.0:
            return ratio
    return short_px / FALLBACK_SHORT_SIDE_MM


def min_target_px() -> int:
    """The smallest any control on a patient screen may be."""
    return round(SMALLEST_MM * pixels_per_mm())


def primary_target_px() -> int:
    """The smallest a control a patient needs may be (Back, Next, Home, answers...)."""
    return round(PRIMARY_MM * pixels_per_mm())


class Metrics(NamedTuple):
    """Type and spacing for one window size, language and text scale.

    A NamedTuple rather than a dataclass, like kiosk.core.paths.DataDir: it is needed
    for the first attract frame, and dataclasses would import inspect on the way.
    """

    unit: float
    language: str
    text_scale: float = 1.0

    @classmethod
    def for_size(cls, size: QSize, language: str, text_scale: float = 1.0) -> Metrics:
        short = min(size.width(), size.height()) or 1080
        return cls(unit=max(0.5, short / 1080), language=language, text_scale=text_scale)

    def px(self, value: float) -> int:
        return max(1, round(value * self.unit))

    def text_px(self, role: str, scalable: bool = True) -> int:
        size = _BASE_PX[role] * self.unit
        if self.language == "ur" and role not in _NO_BOOST:
            size *= _URDU_BOOST
        if scalable:
            size *= self.text_scale
        return max(10, round(size))

    def font(self, role: str, bold: bool = False, scalable: bool = True) -> QFont:
        font = QFont(fonts.load_fonts().family_for(self.language))
        font.setPixelSize(self.text_px(role, scalable))
        font.setBold(bold)
        return font

    @property
    def line_height(self) -> float:
        return fonts.load_fonts().line_height_factor(self.language)

    @property
    def target(self) -> int:
        """The height of a big touch button: never under 20 mm on the real screen."""
        return max(primary_target_px(), self.px(96))

    @property
    def gap(self) -> int:
        return max(self.px(20), primary_target_px() // 5)
