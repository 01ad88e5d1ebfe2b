"""Font Awesome 5 icons, drawn by qtawesome from the only icon fonts the kiosk ships.

``qtawesome.icon`` registers all twelve of qtawesome's fonts on first use; the installer
carries only Font Awesome 5 (see kiosk/core/icons.py), so the kiosk keeps its own
``IconicFont`` with just those.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFontDatabase, QIcon

from kiosk.core import icons as icon_sets

log = logging.getLogger("kiosk.ui")

_fonts: list[object] = []


def _iconic():  # type: ignore[no-untyped-def]
    from qtawesome.iconic_font import IconicFont  # brings in qtpy; not needed for the first frame

    # A new QApplication (the self-test after a test run, say) forgets application fonts.
    if _fonts and not all(QFontDatabase.applicationFontFamilies(font_id)
                          for font_id in _fonts[0].fontids.values()):  # type: ignore[attr-defined]
        _fonts.clear()
    if not _fonts:
        _fonts.append(IconicFont(*icon_sets.font_files()))
    return _fonts[0]


def icon(name: str, color: QColor) -> QIcon:
    """The icon ``name`` ("fa5s.brain") in ``color``; an empty icon, logged, if it is unknown.

    Packs are validated, so an unknown name means a pack made for another kiosk version;
    a tile without its icon is better than a screen that cannot paint.
    """
    try:
        return _iconic().icon(name, color=color)  # type: ignore[no-any-return]
    except Exception as error:  # qtawesome raises bare Exception for unknown names
        log.error("cannot draw icon %r: %s", name, error)
        return QIcon()
