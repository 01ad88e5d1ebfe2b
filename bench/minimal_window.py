"""The baseline: the smallest PySide6 window, started and stopped the way the kiosk is.

It quits as soon as its first frame is painted, like ``kiosk --quit-after-first-frame``;
with ``--memory`` it first prints its PSS and RSS (KiB, as JSON).
It loads the same Qt modules as the kiosk (QtSvg, QtMultimedia for narration,
QtTextToSpeech), so the bundles compared carry the same Qt.
"""

from __future__ import annotations

import json
import sys

import PySide6.QtMultimedia
import PySide6.QtSvg
import PySide6.QtTextToSpeech  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget
from smaps import memory_kib  # beside this script


class Window(QWidget):
    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), self.palette().window())
        if "--memory" in sys.argv:  # bench/bundle.py: its memory, as the kiosk's is read
            print(json.dumps(memory_kib()), flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1920, 1080)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
