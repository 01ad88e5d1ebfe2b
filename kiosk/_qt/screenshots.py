"""``kiosk --screenshots DIR``: a PNG of every screen and page, in both languages and sizes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from kiosk._qt.app import build

log = logging.getLogger("kiosk.screenshots")


def _settle() -> None:
    # Let posted layout requests and the coalesced relayout run before grabbing.
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _grab(widget: QWidget, path: Path) -> None:
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def write_screenshots(folder: Path, sizes: list[tuple[int, int]], data_dir: Path | None,
                      pack_path: Path | None) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    kiosk = build(data_dir, pack_path)
    window = kiosk.window
    window.allow_close = True
    window.show()
    count = 0
    for width, height in sizes:
        window.resize(width, height)
        size = f"{width}x{height}"
        window.reset()
        _grab(window, folder / f"{size}-00-attract.png")
        count += 1
        for language in kiosk.session.pack.languages:
            window.start_visit(language)
            window.overlay.stop()
            _grab(window, folder / f"{size}-{language}-01-home.png")
            count += 1
            for t, topic in enumerate(kiosk.session.pack.topics, start=1):
                window.open_topic(topic.id)
                for p in range(len(topic.pages)):
                    window.viewer.open(topic, p)
                    _grab(window, folder / f"{size}-{language}-t{t:02d}-p{p + 1:02d}-{topic.id}"
                                           f"-{topic.pages[p].id}.png")
                    count += 1
            window.go_home()
            window.overlay.start(kiosk.session.settings.countdown_seconds)
            _grab(window, folder / f"{size}-{language}-99-still-reading.png")
            count += 1
            window.reset()
    print(f"wrote {count} screenshots to {folder}")
    window.close()
    return 0
