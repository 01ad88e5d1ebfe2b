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


def translations() -> Path:
    return data_root() / "translations"
