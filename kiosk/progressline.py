"""One line on a terminal that says how far a long command has got (``kiosk-pack
validate`` of a big pack measures for ten seconds or more and said nothing meanwhile).

Only on a terminal: a log, a pipe or a test reads what the command found, not a line
rewritten in place.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

EVERY_S = 0.25  # often enough to look alive, seldom enough not to flicker


def progress_line(what: str, stream: TextIO | None = None,
                  clock: Callable[[], float] = time.monotonic
                  ) -> Callable[[int, int], None] | None:
    """A ``(done, total)`` callback that keeps ``what: done of total`` on one line of
    ``stream`` (standard error by default), or None when that is not a terminal. Safe to
    call from any thread; the line is ended when ``done`` reaches ``total``."""
    out = stream if stream is not None else sys.stderr
    try:
        if not out.isatty():
            return None
    except (AttributeError, ValueError):  # closed, or no such stream
        return None
    lock = threading.Lock()
    shown = [-EVERY_S]

    def say(done: int, total: int) -> None:
        with lock:
            now, finished = clock(), done >= total
            if not finished and now - shown[0] < EVERY_S:
                return
            shown[0] = now
            percent = 100 if total <= 0 else done * 100 // total
            out.write(f"\r{what}: {done:,} of {total:,} ({percent}%)"
                      + ("\n" if finished else ""))
            out.flush()
    return say
