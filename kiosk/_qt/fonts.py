"""The kiosk's bundled fonts: registering them with Qt and telling screens which to use.

The fonts are built by tools/fonts/make_fonts.py (see assets/fonts/README.md). They carry
kiosk-specific family names on purpose: Qt prefers an installed system font over an
application font with the same family, and Debian's Noto Nastaliq Urdu 2.000 is drawn
broken by Qt (letters detach), so sharing its name would let it win on a Debian kiosk.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from kiosk.core import languages, resources

log = logging.getLogger("kiosk.fonts")

URDU_FAMILY = "Noto Nastaliq Urdu Kiosk"
LATIN_FAMILY = "Noto Sans Kiosk"

URDU_FILE = resources.URDU_FONT_FILE
LATIN_FILES = resources.LATIN_FONT_FILES
# Naskh, for the languages written in it (Pashto, Sindhi: #18). Registered the first time
# a screen asks for it, so the kiosk's start does not grow with the scripts it carries.
NASKH_FAMILY = "Noto Naskh Arabic Kiosk"
NASKH_FILES = resources.NASKH_FONT_FILES
# fontconfig's settings for the kiosk: no font folder, Debian's rules for drawing text.
FONTCONFIG_FILE = "fonts.conf"

# Line heights, as the multiple of Qt's natural line height (ascent + descent) that
# QTextBlockFormat.ProportionalHeight takes. Measured from shaped glyph bounds (HarfBuzz
# ink extents), and re-measured against every Urdu string the kiosk shows by
# tests/qt/test_shaping.py, which fails if content outgrows these numbers:
#   Noto Nastaliq Urdu: ascent 1.904 em + descent 0.596 em = 2.5 em natural. Nastaliq
#   stacks letters diagonally, so ink climbs with the letters in a word: the default
#   pack (381 strings, Nov 2026) reaches 2.12 em above the baseline, and ordinary
#   words such as کھنچتی 2.26 em; ے/م/ں tails hang 0.60 em below. Lines stop
#   colliding at 2.26 + 0.60 = 2.86 em, so 1.16 x 2.5 = 2.9 em.
#   Noto Sans: 1.069 + 0.293 = 1.36 em natural with all Latin ink inside it; 1.1 gives
#   the ~1.5 em spacing that reads easily from a waiting-room chair.
#   The kiosk's own text needs 2.12 + 0.68 = 2.80 em (tests/qt/test_shaping.py checks
#   it); 1.12 gives exactly that. Looser spacing pushed most Urdu pages past one screen.
#   Noto Naskh Arabic: 1.069 + 0.634 = 1.70 em natural, every glyph's ink inside it (the
#   font's own bounds: 1.056 above, 0.61 below); 1.0 gives 1.7 em, roomy for the dots
#   and marks of Pashto and Sindhi letters without pushing pages past one screen.
_LINE_HEIGHT = {"nastaliq": 1.12, "latin": 1.1, "naskh": 1.0}


class InkRoom(NamedTuple):
    """How far a script's ink reaches past its lines' boxes, in multiples of the pixel
    size: the room a text box needs around its lines to draw all of it."""

    above: float  # above the first line's ascent
    below: float  # below the last line's descent
    start: float  # past the start of a line (the right, in a right-to-left script)
    end: float  # past its end


# Measured as the line height above (tests/qt/test_shaping.py fails if content outgrows
# them). Qt puts a line's baseline one ascent below its top, so the first line of tall
# Urdu words pokes up to 2.3 - 1.904 em above its text box. A kasra under قابلِ hangs
# 0.08 em below the descent. A ک or گ that starts a line sweeps its stroke 0.38 em past
# the line's start, up and to the right, and a last ر 0.2 em past its end. Pashto's Naskh
# reaches 0.02 em past a line's end.
_INK_ROOM = {"nastaliq": InkRoom(0.4, 0.1, 0.4, 0.25), "latin": InkRoom(0.0, 0.0, 0.0, 0.0),
             "naskh": InkRoom(0.0, 0.0, 0.05, 0.05)}


class FontError(RuntimeError):
    """A bundled font is missing or Qt refused it; the kiosk cannot show Urdu properly."""


class FontSet(NamedTuple):  # not a dataclass: see kiosk.core.paths.DataDir
    urdu_family: str
    latin_family: str
    files: tuple[Path, ...]

    def family_for(self, language: str) -> str:
        script = languages.script_of(language)
        if script == "nastaliq":
            return self.urdu_family
        if script == "naskh":
            return naskh_family()
        return self.latin_family

    def line_height_factor(self, language: str) -> float:
        """Line spacing for ``QTextBlockFormat.setLineHeight(factor * 100, ProportionalHeight)``.

        It multiplies Qt's natural line height for this language's font, not the pixel size.
        """
        return _LINE_HEIGHT[languages.script_of(language)]

    def ink_above_ascent(self, language: str) -> float:
        """Top padding a text box needs, as a multiple of the font's pixel size."""
        return _INK_ROOM[languages.script_of(language)].above

    def ink_room(self, language: str) -> InkRoom:
        """The room a text box in this language needs around its lines for their ink."""
        return _INK_ROOM[languages.script_of(language)]


_lock = threading.Lock()
_loaded: FontSet | None = None
_registered: dict[Path, str] = {}
_as_registered: dict[Path, tuple[int, int] | None] = {}  # each file's size and time then
_files_changed = False  # said once in the log, not at every patient
_naskh_ready = False  # registered: asked for at every font a Pashto screen makes


@contextlib.contextmanager
def only_bundled_fonts(folder: Path | None = None) -> Iterator[None]:
    """Around making the QGuiApplication: Qt is shown the kiosk's own fonts, none of the
    machine's.

    Everything the kiosk draws is in the fonts it registers, so listing the hundreds a
    desktop install carries only took time at start (about 25 ms here, with 395) and
    memory (about 1 MiB), and let whatever a PC happens to have stand in for a missing
    glyph: words looked different from one clinic's kiosk to the next.

    fontconfig reads its settings from the file ``FONTCONFIG_FILE`` names when Qt first
    asks it for fonts, once for each QApplication (Qt lets them go with its font
    database), so make every one inside this. The reading is done here and the variable
    put back, so no program the kiosk or a test starts (a browser, an installer) is left
    without the machine's fonts.
    """
    config = (folder or resources.fonts()) / FONTCONFIG_FILE
    before = os.environ.get("FONTCONFIG_FILE")
    if config.is_file():
        os.environ["FONTCONFIG_FILE"] = str(config)
    else:  # a damaged installation: the machine's fonts are better than none
        log.warning("%s is missing; the machine's own fonts stay in use", config)
    try:
        yield
        QFontDatabase.families()  # fontconfig reads its settings now
    finally:
        if before is None:
            os.environ.pop("FONTCONFIG_FILE", None)
        else:
            os.environ["FONTCONFIG_FILE"] = before


def register_font_file(path: Path) -> str:
    """Register one font file with Qt (once per file) and return its family name.

    Needs a QGuiApplication. Raises FontError if the file is missing or Qt rejects it.
    """
    path = path.resolve()
    with _lock:
        if path in _registered:
            return _registered[path]
        if not path.is_file():
            raise FontError(f"font file {path} is missing; the kiosk installation is incomplete")
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise FontError(f"Qt could not load the font {path} (damaged file?)")
        _registered[path] = families[0]
        _as_registered[path] = _stamp(path)
        log.debug("registered %s as %r", path.name, families[0])
        return families[0]


def load_fonts(folder: Path | None = None) -> FontSet:
    """Register the bundled fonts with Qt; later calls return the same FontSet.

    Needs a QGuiApplication. Raises FontError naming any missing or unreadable file.
    """
    global _loaded
    if _loaded is not None and folder is None:
        return _loaded
    root = folder or resources.fonts()
    paths = [root / URDU_FILE, *(root / name for name in LATIN_FILES)]
    missing = [path.name for path in paths if not path.is_file()]
    if missing:
        raise FontError(f"bundled font(s) missing from {root}: {', '.join(missing)}")
    families = [register_font_file(path) for path in paths]
    urdu, latin = families[0], families[1]
    if urdu != URDU_FAMILY or any(family != LATIN_FAMILY for family in families[1:]):
        # Screens ask for these names; a renamed file would silently fall back to a
        # system font, which for Urdu may be one Qt draws broken.
        raise FontError(f"bundled fonts have unexpected families {families}")
    fontset = FontSet(urdu_family=urdu, latin_family=latin, files=tuple(paths))
    # What a widget draws with when nothing gave it a font: without the machine's fonts,
    # fontconfig's first match for Qt's "Sans Serif" would be the first registered, Nastaliq.
    default = QGuiApplication.font()
    if default.family() != latin:
        default.setFamilies([latin])
        QGuiApplication.setFont(default)
    log.info("fonts loaded: %s (Urdu), %s (Latin) from %s", urdu, latin, root)
    if folder is None:
        _loaded = fontset
    return fontset


def naskh_family(folder: Path | None = None) -> str:
    """Register the bundled Naskh font (on first use) and return its family name.

    Needs a QGuiApplication. Raises FontError if a file is missing or misnamed.
    """
    global _naskh_ready
    if folder is None and _naskh_ready:
        return NASKH_FAMILY
    root = folder or resources.fonts()
    families = {register_font_file(root / name) for name in NASKH_FILES}
    if families != {NASKH_FAMILY}:
        raise FontError(f"the bundled Naskh font has unexpected families {sorted(families)}")
    if folder is None:
        _naskh_ready = True
    return NASKH_FAMILY


def forget_drawn_glyphs() -> None:
    """Let go of every glyph Qt has drawn, keeping the fonts as they are.

    A font engine keeps each glyph it draws (FreeType's bitmap, the raster engine's copy
    of it) at each size and sub-pixel position for as long as it lives, and the kiosk's
    fonts live for good: over a day of patients their engines filled slowly and without
    a level in sight (8-10 MiB over 30,000 soak events, the whole of the soak's creep).
    Qt has no public call to empty them, but any change to its font database drops every
    engine (the font cache is cleared), and the next text drawn gets a fresh one. So a
    bundled file already registered is registered a second time and taken away again;
    Qt reads every application font's file again, and the families, and what they draw,
    are as before.
    """
    global _files_changed
    with _lock:  # not held over Qt's calls: a slot on fontDatabaseChanged may register
        registered = dict(_registered)
        as_registered = dict(_as_registered)
    if not registered:
        return
    # The engines Qt holds are kept while a file is not as it was (a damaged disk, an
    # upgrade under the running kiosk): read again, Urdu could fall back to another font.
    changed = sorted(path.name for path in registered if _stamp(path) != as_registered.get(path))
    if changed:
        if not _files_changed:
            log.warning("the fonts' drawn glyphs are kept: %s changed or cannot be read "
                        "since the kiosk started", ", ".join(changed))
        _files_changed = True
        return
    _files_changed = False
    began = time.perf_counter()
    path = next(iter(registered))
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("the fonts' drawn glyphs are kept: %s did not load again", path.name)
        return
    QFontDatabase.removeApplicationFont(font_id)
    # Asking for each family fills the database again here, not at the next patient's tap.
    lost = sorted(family for family in set(registered.values())
                  if QFontInfo(QFont(family)).family() != family)
    if lost:
        log.error("after the drawn glyphs were let go, %s no longer resolves: text may "
                  "show in another font until the kiosk starts again", ", ".join(lost))
    log.debug("drawn glyphs let go in %.0f ms", (time.perf_counter() - began) * 1000)


def _stamp(path: Path) -> tuple[int, int] | None:
    """A file's size and modification time, or None if it cannot be read."""
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_size, status.st_mtime_ns) if os.access(path, os.R_OK) else None
