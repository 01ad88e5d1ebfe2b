"""The kiosk draws with its own fonts only (kiosk/_qt/fonts.py, only_bundled_fonts):
Qt is not shown the machine's, so every character the kiosk writes must be in a bundled
font, and what has no glyph there is drawn another way (the PIN pad's circles)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QImage, QRawFont
from PySide6.QtWidgets import QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.staff.pindots import PinDots
from kiosk.core import glyphs, resources

ROOT = Path(__file__).resolve().parents[2]
GENERIC = {"Sans Serif", "Serif", "Monospace"}  # Qt's own names for what fontconfig picks

LIST_FAMILIES = """
import json, os
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QWidget
{make_app}
print(json.dumps({{"families": QFontDatabase.families(),
                  "env": os.environ.get("FONTCONFIG_FILE"),
                  "drawn in": {{name: QFontInfo(QFont(name)).family()
                               for name in ("Monospace", "Arial", "Sans Serif")}},
                  "a widget": QFontInfo(QWidget().font()).family()}}))
"""
KIOSK_APP = "from kiosk._qt import app, fonts\napp.application()\nfonts.load_fonts()"
PLAIN_APP = "from PySide6.QtWidgets import QApplication\napp = QApplication([])"


def seen_by(make_app: str) -> dict[str, Any]:
    env = {key: value for key, value in os.environ.items() if key != "FONTCONFIG_FILE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", LIST_FAMILIES.format(make_app=make_app)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Fontconfig" not in done.stderr, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def test_the_kiosk_is_shown_only_its_own_fonts() -> None:
    seen = seen_by(KIOSK_APP)
    assert set(seen["families"]) - GENERIC == {fonts.URDU_FAMILY, fonts.LATIN_FAMILY}
    # Any other family, and a widget given none, is drawn in Noto Sans (not Nastaliq).
    assert set(seen["drawn in"].values()) == {fonts.LATIN_FAMILY}
    assert seen["a widget"] == fonts.LATIN_FAMILY
    # Put back once fontconfig has read it: a browser or installer the kiosk starts
    # sees the machine's fonts.
    assert seen["env"] is None


def test_a_plain_qt_app_on_this_machine_sees_more_fonts() -> None:
    """The control: without the kiosk's fontconfig file the machine's fonts are listed."""
    seen = set(seen_by(PLAIN_APP)["families"])
    if not seen - GENERIC:
        pytest.skip("this machine has no fonts of its own to leave out")
    assert seen - GENERIC - {fonts.URDU_FAMILY, fonts.LATIN_FAMILY}


def test_a_widget_given_no_font_draws_in_noto_sans(qapp) -> None:
    """Without the machine's fonts, Qt's default "Sans Serif" would be whichever bundled
    font fontconfig found first: Nastaliq."""
    fonts.load_fonts()
    widget = QWidget()
    assert QFontInfo(widget.font()).family() == fonts.LATIN_FAMILY


# -- every character the kiosk writes has a glyph -------------------------------------

def missing_from(raw_fonts: list[QRawFont], text: str) -> set[str]:
    return {character for character in set(text) if not glyphs.inkless(character)
            and not any(font.supportsCharacter(ord(character)) for font in raw_fonts)}


def bundled_raw_fonts() -> list[QRawFont]:
    files = [fonts.URDU_FILE, *fonts.LATIN_FILES, *fonts.NASKH_FILES]
    return [QRawFont(str(resources.fonts() / name), 20) for name in files]


# The review sheet and the web edition are pages for a browser, which has the machine's
# fonts; these two hold the invisible characters the kiosk takes out of what it is given.
NOT_DRAWN = {"reviewsheet.py", "textnorm.py", "trust.py"}


def shown_code_strings() -> Iterator[tuple[str, str]]:
    """String constants in the kiosk's code, docstrings left out."""
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        if path.name in NOT_DRAWN or "webedition" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                           ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in docstrings):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def shown_pack_and_translation_texts() -> Iterator[tuple[str, str]]:
    for path in sorted(resources.default_pack().rglob("*")):
        if path.suffix in (".md", ".toml", ".json", ".svg", ".txt"):
            yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for path in sorted(resources.translations().glob("kiosk_*.ts")):
        for element in ET.parse(path).iter():
            if element.tag in ("source", "translation", "numerusform") and element.text:
                yield str(path.relative_to(ROOT)), element.text


def test_every_character_the_kiosk_writes_is_in_its_fonts(qapp) -> None:
    raw_fonts = bundled_raw_fonts()
    assert all(font.isValid() for font in raw_fonts)
    found = []
    for where, text in (*shown_code_strings(), *shown_pack_and_translation_texts()):
        for character in sorted(missing_from(raw_fonts, text)):
            found.append(f"{where}: {character} U+{ord(character):04X} "
                         f"{unicodedata.name(character, '?')}")
    assert not found, "no bundled font draws these (they would be empty boxes):\n" + \
        "\n".join(found)


def test_the_check_finds_a_character_no_bundled_font_has(qapp) -> None:
    raw_fonts = bundled_raw_fonts()
    assert missing_from(raw_fonts, "PIN ●○ 💉") == {"●", "○", "💉"}
    assert missing_from(raw_fonts, "مدافعتی نظام\u2067(T)\u2069 ټ") == set()


# -- the PIN pad's circles -------------------------------------------------------------

def runs_across_the_middle(dots: PinDots) -> list[int]:
    """The lengths of the dark runs along the middle row: a filled circle is one long
    run, an empty one two short ones (its two sides)."""
    image = QImage(dots.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    dots.render(image)
    y = image.height() // 2
    runs, length = [], 0
    for x in range(image.width()):
        colour = QColor(image.pixel(x, y))
        if colour.alpha() > 128 and colour.lightness() < 120:
            length += 1
        elif length:
            runs.append(length)
            length = 0
    if length:
        runs.append(length)
    return runs


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_pin_circles_show_how_many_digits_are_typed(qtbot, direction) -> None:
    dots = PinDots()
    qtbot.addWidget(dots)
    dots.setLayoutDirection(direction)
    dots.set_diameter(30)
    dots.show_count(2, 6)
    dots.resize(dots.sizeHint().width() + 40, dots.sizeHint().height())
    runs = runs_across_the_middle(dots)
    filled = [run for run in runs if run >= 20]
    sides = [run for run in runs if run < 20]
    assert (len(filled), len(sides)) == (2, 8), runs
    # Typed digits come first as the reader reads: on the right in a right-to-left pad.
    first_two = runs[:2] if direction is Qt.LayoutDirection.LeftToRight else runs[-2:]
    assert first_two == filled
    dots.show_count(7, 6)  # a PIN may be longer than the fewest digits asked for
    assert len([run for run in runs_across_the_middle(dots) if run >= 20]) == 7
    assert dots.sizeHint().width() > 7 * 30
    # A recovery code's twelve on a narrow screen: closer together, every one apart.
    dots.show_count(5, 12)
    dots.resize(dots.minimumSizeHint())
    runs = runs_across_the_middle(dots)
    assert (len([run for run in runs if run >= 20]), len([run for run in runs if run < 20])) \
        == (5, 14), runs


def test_the_pin_pad_counts_digits_as_circles(qtbot, tmp_path: Path) -> None:
    from kiosk._qt.staff.controller import StaffController
    from kiosk.core.paths import DataDir
    from kiosk.core.staffpin import StaffPin
    from tests.qt.conftest import running_kiosk, tap

    data = DataDir(tmp_path / "data").create()
    StaffPin(data.root).set_pin("246813")
    with running_kiosk(qtbot, data.root) as kiosk:
        staff = kiosk.staff
        assert isinstance(staff, StaffController)
        staff.open_pad()
        pad = staff.pad
        for digit in "246":
            tap(qtbot, pad.pad.digits[digit])
        assert (pad.dots.typed, pad.dots.isVisibleTo(pad)) == (3, True)
        assert not pad.shown_code.isVisibleTo(pad)
        assert pad.dots.colour == theme.NAVY
        assert runs_across_the_middle(pad.dots).count(max(runs_across_the_middle(pad.dots))) == 3
        pad.close_pad()


@pytest.mark.parametrize("script", ["latin", "nastaliq", "naskh"])
def test_validate_and_qt_agree_on_what_the_fonts_draw(qapp, script: str) -> None:
    """Validate reads the fonts' character maps itself, Qt through FreeType."""
    files = [*glyphs.ALWAYS, *glyphs.BY_SCRIPT.get(script, ())]
    raw_fonts = [QRawFont(str(resources.fonts() / name), 20) for name in files]
    every = "".join(text for _where, text in shown_pack_and_translation_texts())
    sample = every + "●○ 💉 ✓ ★ → 中文 हिन्दी ﻻ ڵ"
    assert set(glyphs.undrawable(sample, script)) == missing_from(raw_fonts, sample) != set()


def test_validate_knows_every_font_file_the_kiosk_carries() -> None:
    """A font added to assets/fonts must be named for validate too, or its letters would
    be called undrawable; and validate must name no file the kiosk does not carry."""
    named = {*glyphs.ALWAYS, *(name for files in glyphs.BY_SCRIPT.values() for name in files)}
    assert named == {path.name for path in resources.fonts().glob("*.ttf")}
    assert set(glyphs.ALWAYS) == {fonts.URDU_FILE, *fonts.LATIN_FILES}
