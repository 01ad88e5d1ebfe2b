"""A scroll area whose viewport PySide already knows.

Qt makes a scroll area's viewport itself, as an object PySide has no Python wrapper for.
The first time Python is handed it (``viewport()``), PySide works out which Python class
to wrap it in by walking every widget class it knows, and makes each one's Python type
and enums on the way: about seventy classes and most of a MiB of Python objects that
stay for good, for one plain widget. Giving the area a viewport made here avoids that:
``viewport()`` then returns the wrapper Python already holds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


def scroll_area() -> QScrollArea:
    area = QScrollArea()
    viewport = QWidget()
    # The name Qt gives its own, which its style sheets and tools look for.
    viewport.setObjectName("qt_scrollarea_viewport")
    area.setViewport(viewport)
    return area
