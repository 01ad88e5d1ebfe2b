"""Where the kiosk's bundled files live: a source checkout, a wheel, or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def data_root() -> Path:
    """The folder holding ``assets/`` and ``translations/``.

    A source checkout keeps them beside the package; a wheel or a frozen bundle
    carries them inside it as ``kiosk/_data`` (see hatch_build.py and build_installer.py).
    """
    candidates = [_PACKAGE / "_data", _PACKAGE.parent]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "kiosk" / "_data")
    for candidate in candidates:
        if (candidate / "assets").is_dir():
            return candidate
    raise FileNotFoundError("the kiosk's assets folder is missing from this installation")


def assets() -> Path:
    return data_root() / "assets"


def default_pack() -> Path:
    return assets() / "packs" / "default"


def fonts() -> Path:
    return assets() / "fonts"


# The font files in fonts(), named once for the two that read them: the Qt layer registers
# them (kiosk/_qt/fonts.py) and validate checks every character against their character
# maps (kiosk/core/glyphs.py). Nastaliq and Noto Sans are registered at start; Naskh, for
# the languages written in it (Pashto, Sindhi), when one is first shown.
URDU_FONT_FILE = "NotoNastaliqUrduKiosk-Regular.ttf"
LATIN_FONT_FILES = ("NotoSansKiosk-Regular.ttf", "NotoSansKiosk-Bold.ttf")
NASKH_FONT_FILES = ("NotoNaskhArabicKiosk-Regular.ttf", "NotoNaskhArabicKiosk-Bold.ttf")


def translations() -> Path:
    return data_root() / "translations"
