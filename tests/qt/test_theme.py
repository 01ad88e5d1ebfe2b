"""The two themes: every pairing of words and background is readable, and a patient can
switch to high contrast at any moment (the next patient starts on the staff's choice)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from kiosk._qt import theme
from kiosk._qt.app import Kiosk
from kiosk._qt.session import TEXT_SCALES
from tests.qt.conftest import tap


@pytest.mark.parametrize(("name", "least"), [("standard", 4.5), ("high-contrast", 7.0)])
def test_every_text_colour_pair_has_enough_contrast(name: str, least: float) -> None:
    colours = theme.THEMES[name]
    for words, background in theme.TEXT_PAIRS:
        ratio = theme.contrast(QColor(colours[words]), QColor(colours[background]))
        assert ratio >= least, f"{name}: {words} on {background} is {ratio:.2f}:1"


def test_the_contrast_formula_is_wcags() -> None:
    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def paper_on_screen(k: Kiosk) -> QColor:
    text = k.window.viewer.text
    return text.grab().toImage().pixelColor(text.width() - 3, text.height() - 3)


def test_a_patient_switches_to_high_contrast_and_the_next_patient_does_not(
        qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    w.open_topic("immune-system")
    assert paper_on_screen(kiosk) == QColor(theme.STANDARD["PAPER"])
    assert w.topbar.contrast.accessibleName() == "زیادہ واضح رنگ: بند"
    tap(qtbot, w.topbar.contrast)
    assert theme.current == "high-contrast" and kiosk.session.high_contrast
    assert paper_on_screen(kiosk) == QColor(theme.HIGH_CONTRAST["PAPER"])
    assert w.topbar.contrast.accessibleName() == "زیادہ واضح رنگ: چالو"
    assert w.viewer.title.palette().color(w.viewer.title.foregroundRole()) == QColor("#000000")
    tap(qtbot, w.viewer.next)  # a page drawn ahead in the old colours is drawn again
    assert paper_on_screen(kiosk) == QColor(theme.HIGH_CONTRAST["PAPER"])
    w.reset()
    assert theme.current == "standard" and not kiosk.session.high_contrast


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_larger_text_size_grows_titles_less_than_the_words_they_head(language: str) -> None:
    """A patient who asks for larger text gets the words larger by the whole step, and
    the page's title by less: it is large already, and grown as much it took the room of
    the picture beside it. It stays larger than the words at every size."""
    sizes = [theme.Metrics(unit=1.0, language=language, text_scale=scale)
             for scale in TEXT_SCALES]
    default, largest = sizes[0], sizes[-1]
    for metrics in sizes:
        assert metrics.text_px("title") > metrics.text_px("body")
    words_grew = largest.text_px("body") / default.text_px("body")
    title_grew = largest.text_px("title") / default.text_px("title")
    assert words_grew == pytest.approx(max(TEXT_SCALES), abs=0.02)
    assert 1.0 < title_grew < words_grew - 0.2
    # Sizes that ignore the patient's choice (the welcome screen's) do not move at all.
    assert largest.text_px("hero", scalable=False) == default.text_px("hero", scalable=False)


@pytest.mark.parametrize(("size", "unit"), [
    ((1920, 1080), 1.0), ((1080, 1920), 1.0), ((1366, 768), 768 / 1080),
    ((3840, 2160), 2.0),  # 16:9 either way round: by the short side, as always
    ((1280, 1024), 1280 / 1920), ((1024, 768), 1024 / 1920), ((1280, 800), 1280 / 1920),
    ((1024, 1280), 1280 / 1920),  # squarer: by the long side, which runs out first
    ((2560, 1080), 1.0),  # wider than 16:9: by the short side
    ((800, 600), 0.5),  # never smaller than half
])
def test_type_is_scaled_to_the_side_that_runs_out_first(size, unit: float) -> None:
    """Scaled by the short side alone, a 5:4, 4:3 or 16:10 screen set type as large as a
    16:9 screen as tall, on a page up to a third narrower, and most Urdu pages ran on to
    a second screen at the default size (tests/qt/test_layout.py tours them now)."""
    metrics = theme.Metrics.for_size(QSize(*size), "ur")
    assert metrics.unit == pytest.approx(unit)
