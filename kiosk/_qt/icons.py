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

# qtpy, qtawesome's Qt layer, imports these for names qtawesome never uses; they load Qt
# Quick, QML and OpenGL, about 9 MiB from a pip install (the installer leaves them out).
# A None in sys.modules makes their import fail, which qtpy expects of a missing module.
_UNUSED_BY_QTAWESOME = ("PySide6.QtDataVisualization", "PySide6.QtOpenGL",
                        "PySide6.QtOpenGLWidgets")


def _import_iconic_font() -> Any:
    if "qtawesome.iconic_font" in sys.modules:  # block only for the first import
        from qtawesome.iconic_font import IconicFont

        return IconicFont
    blocked = [name for name in _UNUSED_BY_QTAWESOME if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        from qtawesome.iconic_font import IconicFont  # brings in qtpy; not first-frame
    finally:
        for name in blocked:
            if sys.modules.get(name, "") is None:
                del sys.modules[name]
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
