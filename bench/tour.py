"""A patient's tour of every page in every language, then the kiosk's memory (issue #14).

    python bench/tour.py [--width 1920] [--height 1080] [--parts]

Prints one line of JSON: PSS and RSS in KiB, measured as the kiosk stands between
patients (after the welcome screen's collection), and the pages turned; ``--parts``
also lists the 30 largest mappings on stderr.

The same file is frozen by ``build_installer.py --app tour`` with everything the kiosk's
own bundle carries and prunes, so ``bench/bundle.py`` can tour the installed kiosk: the
bundle leaves out Qt's FFmpeg media back end and the kiosk's sources, and its memory is
what a clinic's PC holds. Taps are mouse events sent to the window, which hands them to
the widget under them as it does a screen's: ``tap`` below is tests/qt/finger.py's, kept
here because the frozen tour carries the kiosk and this folder, not the tests.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time

from PySide6.QtCore import QEvent, QEventLoop, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from smaps import memory_by_mapping, memory_kib  # beside this script

from kiosk._qt.app import build

READ_S = 0.4  # a patient reads; the viewer gets the neighbouring pages ready meanwhile


def tap(widget: QWidget) -> None:
    """Down and up on ``widget``'s centre, sent to its window as the screen's input is
    (the window hands it to the widget there, and the kiosk's input watchers see it)."""
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None, "the window is not shown"
    centre = QPointF(widget.mapTo(top, QPointF(widget.width() / 2, widget.height() / 2)))
    where = QPointF(top.mapToGlobal(centre))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QApplication.sendEvent(handle, QMouseEvent(
            kind, centre, where, Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind is QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def read_a_while(app: QApplication) -> None:
    until = time.perf_counter() + READ_S
    while time.perf_counter() < until:
        app.processEvents()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    parser.add_argument("--parts", action="store_true",
                        help="also print the 30 largest mappings to stderr")
    args = parser.parse_args(argv)
    kiosk = build(data_dir=tempfile.mkdtemp(prefix="kiosk-tour-"))
    window = kiosk.window
    window.resize(args.width, args.height)
    window.show()
    kiosk.app.processEvents()
    pack = kiosk.session.pack
    turned = 0
    for language in pack.languages:
        window.start_visit(language)
        for index, _topic in enumerate(pack.topics_in(language)):
            window.go_home()
            read_a_while(kiosk.app)
            tap(window.home.tiles[index])
            read_a_while(kiosk.app)
            while not window.viewer._at_end():
                tap(window.viewer.next)
                turned += 1
                read_a_while(kiosk.app)
        window.reset()
    # As the kiosk stands between patients: the welcome screen collects Python's garbage
    # and gives back what the last patient left once nobody has touched it for a while.
    waiting = QEventLoop()
    window._collector.timeout.connect(waiting.quit)
    if not window._collector.isActive():
        print("the welcome screen's collection never started", file=sys.stderr)
        return 1
    waiting.exec()
    kiosk.app.processEvents()
    if args.parts:
        for name, kib in memory_by_mapping()[:30]:
            print(f"{kib / 1024:7.1f} MiB  {name}", file=sys.stderr)
    print(json.dumps({"turned": turned, **memory_kib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
