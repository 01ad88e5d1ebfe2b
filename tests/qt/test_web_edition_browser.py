"""The web edition in a real browser: Debian's Chromium, headless, at a phone's width.

Every page of the default pack, in each of its languages, as ``kiosk-pack export-html``
writes it, served by a web server on 127.0.0.1: nothing scrolls sideways, every picture
loads, the font of the page's script loads (Nastaliq for Urdu, Naskh for Pashto) and
nothing is fetched from any other host; Urdu and Pashto are shaped as the kiosk shapes
them (a screenshot of a heading against Qt's drawing of the same words, which
tests/qt/test_shaping.py holds to HarfBuzz).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kiosk._qt import fonts
from kiosk.core.packdir import load_pack
from kiosk.core.resources import default_pack
from kiosk.packcli import main
from tests.webserver import serving

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
PHONE = (360, 740)  # a small Android phone, in CSS pixels



@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("web") / "edition"
    pack = Path(__file__).resolve().parents[2] / "assets" / "packs" / "default"
    assert main(["export-html", str(pack), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def site(edition: Path) -> Iterator[str]:
    with serving(edition) as address:
        yield address


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        pytest.skip("needs Debian's chromium and chromium-driver (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic", "--hide-scrollbars",
                 "--force-device-scale-factor=1", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The driver Debian ships with the browser: nothing is downloaded.
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.set_window_rect(width=PHONE[0], height=PHONE[1])
        yield driver
    finally:
        driver.quit()


def open_page(browser, url: str) -> None:
    browser.get(url)
    # Ready when the fonts are: an event the page gives, not a wait on the clock.
    browser.execute_async_script("document.fonts.ready.then(() => arguments[0]())")


_LOOK = """
const html = document.documentElement, origin = location.origin;
const box = e => e.getBoundingClientRect();
const labelsOut = [...document.querySelectorAll('.label')].filter(l => {
  const p = box(l.closest('.picture')), b = box(l);
  return b.left < p.left - 0.5 || b.right > p.right + 0.5 ||
         b.top < p.top - 0.5 || b.bottom > p.bottom + 0.5;
}).map(l => l.textContent);
// A chip wraps only at its widest (48% of the picture): one near the right edge was a
// column of one word a line, as wide as what was left of the picture past its point.
const labelsWrapped = [...document.querySelectorAll('.label')].filter(l => {
  const p = box(l.closest('.picture')), b = box(l);
  const line = parseFloat(getComputedStyle(l).lineHeight);
  return b.height > 1.5 * line + 2 && b.width < 0.45 * p.width;
}).map(l => l.textContent);
return {
  sideways: html.scrollWidth - window.innerWidth,
  width: window.innerWidth,
  brokenImages: [...document.images].filter(i => !i.complete || i.naturalWidth === 0)
                .map(i => i.getAttribute('src')),
  images: document.images.length,
  lang: html.lang,
  script: html.dataset.script,
  linked: [...document.querySelectorAll('.language-name')].map(a => a.dataset.script),
  fonts: [...document.fonts].map(f => [f.family, f.status]),
  elsewhere: performance.getEntriesByType('resource').map(r => r.name)
             .filter(n => !n.startsWith(origin)),
  labelsOut: labelsOut,
  labelsWrapped: labelsWrapped,
};
"""


def test_every_page_reads_on_a_phone_in_every_language(browser, site: str,
                                                        edition: Path) -> None:
    pack = load_pack(default_pack())
    pages = sorted(p.relative_to(edition).as_posix() for p in edition.rglob("*.html"))
    assert len(pages) == 1 + sum(1 + len(pack.topics_in(code)) for code in pack.languages)
    for page in pages:
        open_page(browser, site + page)
        seen = browser.execute_script(_LOOK)
        assert seen["width"] == PHONE[0]
        assert seen["sideways"] <= 0, f"{page} scrolls sideways by {seen['sideways']} px"
        assert not seen["brokenImages"], (page, seen["brokenImages"])
        assert seen["images"] or page == "index.html", page  # only the language choice has none
        assert not seen["elsewhere"], (page, seen["elsewhere"])
        assert not seen["labelsOut"], (page, seen["labelsOut"])
        assert not seen["labelsWrapped"], (page, seen["labelsWrapped"])
        fonts = {family.strip('"'): status for family, status in seen["fonts"]}
        if page == "index.html":  # every language's title, each in its own script
            assert fonts["Kiosk Nastaliq"] == fonts["Kiosk Naskh"] == "loaded", fonts
            continue
        own = {"nastaliq": "Kiosk Nastaliq", "naskh": "Kiosk Naskh"}.get(seen["script"])
        for family in ("Kiosk Nastaliq", "Kiosk Naskh"):
            # Another script's languages are named from a font of those few letters only.
            assert fonts[family] == ("loaded" if family == own else "unloaded"), (page, fonts)
        for script, family in (("nastaliq", "Kiosk Nastaliq"), ("naskh", "Kiosk Naskh")):
            if script != seen["script"]:  # needed only where a link names such a language
                wanted = "loaded" if script in seen["linked"] else "unloaded"
                assert fonts[f"{family} Names"] == wanted, (page, fonts, seen["linked"])
    errors = [entry["message"] for entry in browser.get_log("browser")
              if entry["level"] in ("SEVERE", "WARNING")]
    assert not errors, errors


NARROWEST = (320, 740)  # the narrowest phone the edition's label chips are worked out for


def test_on_the_narrowest_phone_every_chip_stays_on_its_picture(browser, site: str,
                                                                 edition: Path) -> None:
    """The chips' moves are worked out at 320 px (kiosk/_qt/web_chips.py): a chip moved
    off a point near the top for a wider phone stood above its picture on a narrower one."""
    pages = sorted(p.relative_to(edition).as_posix() for p in edition.rglob("*/*.html"))
    browser.set_window_rect(width=NARROWEST[0], height=NARROWEST[1])
    try:
        for page in pages:
            open_page(browser, site + page)
            seen = browser.execute_script(_LOOK)
            assert seen["width"] == NARROWEST[0]
            assert not seen["labelsOut"], (page, seen["labelsOut"])
            assert not seen["labelsWrapped"], (page, seen["labelsWrapped"])
    finally:
        browser.set_window_rect(width=PHONE[0], height=PHONE[1])


_CHIP_AND_CARD = """
const chip = [...document.querySelectorAll('.label')].find(l => l.textContent === arguments[0]);
const img = chip.closest('.picture').querySelector('img').getBoundingClientRect();
const b = chip.getBoundingClientRect();
return {chip: [b.left - img.left, b.top - img.top, b.width, b.height], width: img.width};
"""


@pytest.mark.parametrize("language, words", [("ur", "اپنا نشان"), ("en", "Self marker")])
def test_the_self_marker_chip_leaves_its_id_card_in_view_on_a_phone(
        browser, site: str, language: str, words: str) -> None:
    """As the browser draws it: centred on its point, the chip covered the top of the ID
    card it names (the card's place in the drawing: tests/qt/test_label_ink.py)."""
    from tests.qt.test_label_ink import CARD

    open_page(browser, f"{site}{language}/self-and-nonself.html")
    seen = browser.execute_script(_CHIP_AND_CARD, words)
    scale = seen["width"] / 800  # the drawing's view box is 800 wide
    card = QRectF(CARD.left() * scale, CARD.top() * scale, CARD.width() * scale,
                  CARD.height() * scale)
    chip = QRectF(*seen["chip"]).adjusted(0.5, 0.5, -0.5, -0.5)  # its border's antialiasing
    assert not chip.intersects(card), (chip, card)


def test_urdu_pages_say_their_own_words_in_urdu(edition: Path) -> None:
    ur = (edition / "ur" / "treatments.html").read_text(encoding="utf-8")
    for words in ("تمام موضوعات", "اس موضوع میں", "صرف ماہر مراکز میں", "تجرباتی",
                  "یہ معلومات کہاں سے ہیں", "ایمرجنسی میں 1122 پر فون کریں"):
        assert words in ur
    for english in ("All topics", "In this topic", "Where this comes from", "emergency"):
        assert english not in ur


# -- Urdu shaped as the kiosk shapes it ---------------------------------------------------


def ink(image: QImage) -> np.ndarray:
    """Where the ink is, cropped to it, at a fixed size (pictures of one line compared
    whatever their pixel sizes)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(grey.constBits(), np.uint8).reshape(
        grey.height(), grey.bytesPerLine())[:, :grey.width()]
    rows, cols = np.nonzero(pixels < 140)
    assert rows.size, "no ink"
    cropped = grey.copy(QRect(int(cols.min()), int(rows.min()), int(np.ptp(cols)) + 1,
                              int(np.ptp(rows)) + 1))
    scaled = cropped.scaled(240, 60, Qt.AspectRatioMode.IgnoreAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)
    out = np.frombuffer(scaled.constBits(), np.uint8).reshape(
        scaled.height(), scaled.bytesPerLine())[:, :scaled.width()]
    return out < 140


def likeness(a: np.ndarray, b: np.ndarray) -> float:
    """How much of each one's ink lies on or beside the other's (1.0: the same)."""
    def grown(mask: np.ndarray) -> np.ndarray:
        out = mask.copy()
        for dy in (-2, -1, 0, 1, 2):
            for dx in (-2, -1, 0, 1, 2):
                out |= np.roll(np.roll(mask, dy, 0), dx, 1)
        return out
    return float(((a & grown(b)).sum() / a.sum() + (b & grown(a)).sum() / b.sum()) / 2)


def drawn_by_qt(text: str, pixel_size: int, family: str) -> QImage:
    font = QFont(family)
    font.setPixelSize(pixel_size)
    image = QImage(pixel_size * len(text), pixel_size * 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


@pytest.mark.parametrize("language, words", [("ur", "آپ کا مدافعتی نظام"),
                                             ("ps", "ستاسو دفاعي نظام")])
def test_the_browser_shapes_each_script_as_the_kiosk_does(qapp, browser, site: str,
                                                          edition: Path, language: str,
                                                          words: str) -> None:
    from selenium.webdriver.common.by import By

    fonts.load_fonts()
    family = fonts.load_fonts().family_for(language)
    open_page(browser, site + f"{language}/immune-system.html")
    heading = browser.find_element(By.CSS_SELECTOR, "main h1")
    text = heading.text
    assert text == words
    # Black, with room round it, so the picture holds all the ink (Nastaliq's marks
    # reach out of the line's box) and only ink.
    browser.execute_script("arguments[0].style.cssText = 'color: black; padding: 24px; "
                           "margin: 0; width: max-content'", heading)
    size = round(float(browser.execute_script(
        "return parseFloat(getComputedStyle(arguments[0]).fontSize)", heading)))
    shown = ink(QImage.fromData(heading.screenshot_as_png))
    reference = ink(drawn_by_qt(text, size, family))
    # The same words with every join broken: each letter in its lone form, as a browser
    # that did not shape Nastaliq (or fell back to another font) would draw them.
    unjoined = ink(drawn_by_qt("\u200c".join(text), size, family))
    assert likeness(shown, reference) > 0.95  # 1.0 here
    assert likeness(shown, unjoined) < 0.8  # 0.53  # the comparison can tell the difference
    assert likeness(reference, unjoined) < 0.8


@pytest.fixture(scope="module", autouse=True)
def _no_stray_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    yield
    shutil.rmtree(tmp_path_factory.getbasetemp() / "chromium-profile0", ignore_errors=True)
