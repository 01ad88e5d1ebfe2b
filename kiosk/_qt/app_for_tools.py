"""A QApplication for the command-line tools that lay out or draw without showing a
window (``kiosk-pack validate``'s text-fit pass, ``export-html``'s label chips,
``preview``): its own module, so a tool that needs Qt's text but none of the kiosk's
screens does not import them (about 0.2 s)."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from kiosk._qt import fonts


def ensure_application() -> QApplication:
    """A QApplication for measuring; off screen when there is no display (a build server)."""
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with fonts.only_bundled_fonts():  # measured with the kiosk's fonts, as it draws
        return QApplication(sys.argv[:1])
