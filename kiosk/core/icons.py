"""The icons a pack may name: Font Awesome 5 (solid, regular, brands), as qtawesome ships it.

qtawesome bundles twelve icon fonts (6 MB); the kiosk loads and ships only Font Awesome 5's
three, which hold the medical and everyday pictograms packs need. Knowing the names here,
without Qt, lets ``kiosk-pack validate`` refuse an icon the kiosk could not draw.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

# Prefix in a pack's ``icon = "fa5s.brain"`` -> the start of qtawesome's file names.
ICON_SETS: dict[str, str] = {
    "fa5s": "fontawesome5-solid-webfont",
    "fa5": "fontawesome5-regular-webfont",
    "fa5b": "fontawesome5-brands-webfont",
}
NAME_PATTERN = r"^(" + "|".join(sorted(ICON_SETS, key=len, reverse=True)) + r")\.[a-z0-9-]+$"


class IconFontsMissing(RuntimeError):
    """qtawesome's Font Awesome 5 files are not where qtawesome keeps them."""


@functools.cache
def fonts_folder() -> Path:
    # find_spec locates the package without importing it: importing qtawesome imports Qt.
    try:
        spec = importlib.util.find_spec("qtawesome")
    except (ImportError, ValueError) as error:
        raise IconFontsMissing(f"qtawesome cannot be found: {error}") from error
    if spec is None or not spec.submodule_search_locations:
        raise IconFontsMissing("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@functools.cache
def font_files() -> tuple[tuple[str, str, str], ...]:
    """(prefix, font file, charmap file) for each icon set, as qtawesome's IconicFont takes them."""
    folder = fonts_folder()
    found = []
    for prefix, stem in ICON_SETS.items():
        fonts = sorted(folder.glob(f"{stem}-[0-9]*.ttf"))
        charmaps = sorted(folder.glob(f"{stem}-charmap-[0-9]*.json"))
        if len(fonts) != 1 or len(charmaps) != 1:
            raise IconFontsMissing(f"expected one {stem} font and charmap in {folder}, found "
                                   f"{[p.name for p in fonts + charmaps]}")
        found.append((prefix, fonts[0].name, charmaps[0].name))
    return tuple(found)


@functools.cache
def _names(prefix: str) -> frozenset[str]:
    charmap = dict((p, c) for p, _, c in font_files())[prefix]
    return frozenset(json.loads((fonts_folder() / charmap).read_text(encoding="utf-8")))


def is_known(name: str) -> bool:
    """True if ``name`` (like "fa5s.brain") is an icon the kiosk can draw."""
    prefix, _, icon = name.partition(".")
    return prefix in ICON_SETS and icon in _names(prefix)
