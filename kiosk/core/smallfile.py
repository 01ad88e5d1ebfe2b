"""Reading a small file that someone else put there: a stick's address file, a pack's
page. Such a path can name a FIFO (opening it for reading would wait for a writer that
never comes, holding a worker thread for good) or a file of gigabytes (read whole, it
would take the kiosk's memory); neither is read here."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotAFile(OSError):
    """The path is there but is not a plain file (a FIFO, a device, a folder)."""


class TooBig(OSError):
    """The file holds more than the caller's limit."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def read_small(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of a plain file; ``TooBig`` past that, ``NotAFile`` for
    anything else, other ``OSError``s as reading raises them."""
    # Non-blocking, so a FIFO opens at once instead of waiting for a writer; the open
    # file is what is checked, so nothing can be swapped in between a check and the read.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotAFile(f"not a plain file: {path}")
        file = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise TooBig(max(status.st_size, len(data)))
    return data
