"""Font Awesome 5 icons, drawn by qtawesome from the only icon fonts the kiosk ships.

``qtawesome.icon`` registers all twelve of qtawesome's fonts on first use; the installer
carries only Font Awesome 5 (see kiosk/core/icons.py), so the kiosk keeps its own
``IconicFont`` with just those.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtGui import QColor, QFontDatabase, QIcon

from kiosk.core import icons as icon_sets

log = logging.getLogger("kiosk.ui")

_iconic_font: Any = None  # qtawesome's IconicFont (untyped), made on the first icon


def _import_iconic_font() -> Any:
    if "qtawesome.iconic_font" in sys.modules:
        from qtawesome.iconic_font import IconicFont

        return IconicFont
    from kiosk._qt.qtpy_standin import standing_in

    try:
        with standing_in():  # qtpy's own modules would make every PySide6 class: 13 MiB
            from qtawesome.iconic_font import IconicFont  # not first-frame
    except ImportError as error:
        # A qtawesome that asks qtpy for more than the stand-in gives: through the real
        # qtpy, then, rather than a kiosk without icons.
        log.warning("qtawesome imports through qtpy itself (%s): about 3 MiB more", error)
        for name in [name for name in sys.modules if name.split(".")[0] == "qtawesome"]:
            del sys.modules[name]
        from qtawesome.iconic_font import IconicFont
    return IconicFont


def _iconic() -> Any:
    IconicFont = _import_iconic_font()

    global _iconic_font
    # A new QApplication (the self-test after a test run, say) forgets application fonts.
    if _iconic_font is not None and not all(QFontDatabase.applicationFontFamilies(font_id)
                                            for font_id in _iconic_font.fontids.values()):
        _iconic_font = None
    if _iconic_font is None:
        _iconic_font = IconicFont(*icon_sets.font_files())
        # qtawesome keeps each font file's bytes for the ways of drawing that read the
        # glyphs themselves (``draw="path"``, "glyphrun", "image", spinning icons). The
        # kiosk draws icons as text (``icon`` below passes no ``draw``), from the copy Qt
        # holds: 0.36 MB of bytes never read again.
        _iconic_font.fontdata.clear()
    return _iconic_font


def icon(name: str, color: QColor) -> QIcon:
    """The icon ``name`` ("fa5s.brain") in ``color``; an empty icon, logged, if it is unknown.

    Packs are validated, so an unknown name means a pack made for another kiosk version;
    a tile without its icon is better than a screen that cannot paint.
    """
    try:
        icon: QIcon = _iconic().icon(name, color=color)
        return icon
    except Exception as error:  # qtawesome raises bare Exception for unknown names
        log.error("cannot draw icon %r: %s", name, error)
        return QIcon()
