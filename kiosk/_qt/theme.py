"""Colours, type sizes and touch-target sizes, scaled to the screen the kiosk is on.

Sizes are given for a 1920×1080 screen and scaled from the window's real size, so a
1920×1080 landscape screen and a 1080×1920 portrait one get the same type, and a
squarer screen type set to its width (see ``Metrics.for_size``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QGuiApplication

from kiosk._qt import fonts
from kiosk.core import languages

# Two themes. Every colour on a patient screen comes from here, and every pair of words
# and what they sit on is in TEXT_PAIRS, whose contrast tests/qt/test_theme.py computes:
# at least 4.5:1 in the standard theme (WCAG AA), 7:1 in the high-contrast one (AAA).
STANDARD = {
    "INK": "#1d3557", "NAVY": "#264653", "TEAL": "#1f7a70", "TEAL_DARK": "#17635a",
    "SAND": "#e9c46a", "CORAL": "#e76f51", "PAPER": "#fbf8f2", "CARD": "#ffffff",
    "MUTED": "#5c6b73", "MARKER": "#f7dc8c", "URGENT": "#b3261e", "URGENT_DARK": "#8c1d18",
    "approved": "#1f7a70", "specialist": "#8a5a12", "experimental": "#b23a0b",
}
HIGH_CONTRAST = {
    "INK": "#000000", "NAVY": "#000000", "TEAL": "#00554b", "TEAL_DARK": "#003a33",
    "SAND": "#ffd83d", "CORAL": "#a3200b", "PAPER": "#ffffff", "CARD": "#ffffff",
    "MUTED": "#262626", "MARKER": "#ffe35c", "URGENT": "#8a1f00", "URGENT_DARK": "#5c1400",
    "approved": "#00554b", "specialist": "#5e3a00", "experimental": "#8a1f00",
}
THEMES = {"standard": STANDARD, "high-contrast": HIGH_CONTRAST}
# (words, background): every pairing a screen uses. MARKER is multiplied onto PAPER.
TEXT_PAIRS = (("INK", "PAPER"), ("NAVY", "PAPER"), ("NAVY", "CARD"), ("CARD", "TEAL"),
              ("MUTED", "CARD"), ("MUTED", "PAPER"), ("NAVY", "SAND"), ("INK", "MARKER"),
              ("CARD", "approved"), ("CARD", "specialist"), ("CARD", "experimental"),
              ("CARD", "URGENT"), ("CARD", "URGENT_DARK"))

INK = QColor(STANDARD["INK"])
NAVY = QColor(STANDARD["NAVY"])
TEAL = QColor(STANDARD["TEAL"])
TEAL_DARK = QColor(STANDARD["TEAL_DARK"])
SAND = QColor(STANDARD["SAND"])
CORAL = QColor(STANDARD["CORAL"])
PAPER = QColor(STANDARD["PAPER"])
CARD = QColor(STANDARD["CARD"])
MUTED = QColor(STANDARD["MUTED"])
MARKER = QColor(STANDARD["MARKER"])  # the sentence being read aloud (multiplied onto paper)
URGENT = QColor(STANDARD["URGENT"])  # the emergency button: what to do now
URGENT_DARK = QColor(STANDARD["URGENT_DARK"])

STATUS_COLOURS = {status: QColor(STANDARD[status])
                  for status in ("approved", "specialist", "experimental")}

current = "standard"
generation = 0  # goes up on every change: pictures drawn in the old colours are stale


def use(name: str) -> bool:
    """Make ``name`` the theme; True if that changed anything (screens then restyle)."""
    global current, generation
    if name == current:
        return False
    colours = THEMES[name]
    names = globals()
    for key, value in colours.items():
        if key in STATUS_COLOURS:
            STATUS_COLOURS[key] = QColor(value)
        else:
            names[key] = QColor(value)
    current = name
    generation += 1
    return True


def contrast(words: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    light, dark = sorted((luminance(words), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# Body text in pixels at a 1080-pixel short side. Nastaliq needs a larger size to be
# as readable as Latin text at the same distance.
_BASE_PX = {"body": 32, "title": 50, "tile": 34, "small": 24, "button": 30, "hero": 64}
_URDU_BOOST = 1.1
# Headings are large already; boosting their Nastaliq too spends a tall screen's worth of
# lines on a title and pushes the page's text off the bottom.
_NO_BOOST = frozenset({"title", "hero"})
# Headings grow less than the words when a patient asks for larger text (as Android 14's
# nonlinear font scaling does: large text is read already). Grown as much, a page title
# at the largest size took two Nastaliq lines of a picture's column, and with a
# treatment's two status labels left the picture a band 105 px high at 1366×768. At the
# largest size a title is still larger than the words: by 18% in Nastaliq, 30% in Latin.
_HEADING_GROWTH = 0.5

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
    # Which colours (``generation``): part of the key of everything styled or drawn for
    # these metrics, so a change of theme restyles and redraws what it must.
    colours: int = 0

    @classmethod
    def for_size(cls, size: QSize, language: str, text_scale: float = 1.0) -> Metrics:
        """Type and spacing scaled to a 16:9 screen of 1080 px on its short side, or to
        its long side's 1920 px on a squarer screen.

        Scaled by the short side alone, a 4:3, 5:4 or 16:10 monitor (cheap used ones are
        common in clinics) set type as large as a 16:9 screen as tall, on a page up to a
        third narrower: at the default size 36 of 64 Urdu pages ran on to a second
        screen at 1024×768, 32 at 1280×1024 and 19 at 1280×800, their safety lines
        behind a tap. (Touch targets keep their millimetres: see ``target``.)
        """
        short = min(size.width(), size.height()) or 1080
        long = max(size.width(), size.height()) or 1920
        return cls(unit=max(0.5, min(short / 1080, long / 1920)), language=language,
                   text_scale=text_scale, colours=generation)

    @property
    def script(self) -> str:
        return languages.script_of(self.language)

    @property
    def rtl(self) -> bool:
        return languages.is_rtl(self.language)

    @property
    def has_bold(self) -> bool:
        """Nastaliq has no bold face: Qt's made-up one smears its joins."""
        return self.script != "nastaliq"

    def px(self, value: float) -> int:
        return max(1, round(value * self.unit))

    def text_px(self, role: str, scalable: bool = True) -> int:
        size = _BASE_PX[role] * self.unit
        if self.script != "latin" and role not in _NO_BOOST:
            size *= _URDU_BOOST
        if scalable:
            size *= self.text_scale ** _HEADING_GROWTH if role in _NO_BOOST \
                else self.text_scale
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
