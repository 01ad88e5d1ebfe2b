"""``kiosk --screenshots DIR``: a PNG of every screen and page, in every language and size."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk._qt.app import Kiosk, build
from kiosk._qt.settle import run_posted_events

log = logging.getLogger("kiosk.screenshots")


def _settle() -> None:
    run_posted_events()  # the posted layout requests and the coalesced relayout


def _grab(widget: QWidget, path: Path) -> None:
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def each_screen(kiosk: Kiosk, sizes: list[tuple[int, int]]) -> Iterator[tuple[str, QWidget]]:
    """Show every screen and page in every language and size; yield (name, window) for each.

    The window is settled (layouts done) when yielded. Used by ``--screenshots`` and by
    ``--self-test``, which renders the same screens in memory.
    """
    window = kiosk.window
    session = kiosk.session
    assert session is not None, "screenshots need the pack loaded"
    window.allow_close = True
    window.set_animated(False)  # a picture of a half-faded screen shows nothing useful
    window.show()
    for width, height in sizes:
        window.resize(width, height)
        size = f"{width}x{height}"
        window.reset()
        _settle()
        yield f"{size}-00-attract", window
        for language in session.pack.languages:
            window.start_visit(language)
            window.overlay.stop()
            _settle()
            yield f"{size}-{language}-01-home", window
            for t, topic in enumerate(session.pack.topics, start=1):
                if not topic.has(language):
                    continue  # not offered in this language
                window.open_topic(topic.id)
                for p in range(len(topic.pages)):
                    window.viewer.open(topic, p)
                    _settle()
                    yield (f"{size}-{language}-t{t:02d}-p{p + 1:02d}-{topic.id}"
                           f"-{topic.pages[p].id}"), window
            window.go_home()
            window.overlay.start(session.settings.countdown_seconds)
            _settle()
            yield f"{size}-{language}-99-still-reading", window
            window.reset()


def write_screenshots(folder: Path, sizes: list[tuple[int, int]], data_dir: Path | None,
                      pack_path: Path | None) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    from kiosk._qt.voice.narrator import Narrator
    from kiosk._qt.voice.output import Speaker

    # Screens as on a kiosk with a speaker (the machine taking them may have none):
    # the Listen button shows wherever a page has narration. Nothing is played.
    kiosk = build(data_dir, pack_path, narrator=Narrator(Speaker(), None))
    count = 0
    for name, window in each_screen(kiosk, sizes):
        _grab(window, folder / f"{name}.png")
        count += 1
    print(f"wrote {count} screenshots to {folder}")
    kiosk.window.close()
    return 0
