"""How long each picture takes to draw at full-screen size: the child process that
``kiosk.core.drawbudget`` starts for ``kiosk-pack validate``.

    python -m kiosk._qt.drawtime PICTURE.svg ...

Prints one JSON line per picture, in order, as soon as it is drawn:
``{"file": "...", "seconds": 0.012}``. A picture that never finishes is the parent's to
stop: that is why this runs in a process of its own.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SCREEN = QSize(1920, 1080)  # the largest the kiosk draws a picture, near enough


def draw(path: str) -> float:
    started = time.monotonic()
    renderer = QSvgRenderer(path)
    size = renderer.defaultSize()
    if size.isEmpty():
        size = SCREEN
    size = size.scaled(SCREEN, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return time.monotonic() - started


def main(files: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk._qt.fonts import load_fonts, only_bundled_fonts

    with only_bundled_fonts():
        app = QGuiApplication([sys.argv[0]])

    load_fonts()  # pictures name the kiosk's fonts; their labels are drawn with them
    for path in files:
        print(json.dumps({"file": path, "seconds": round(draw(path), 4)}), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
