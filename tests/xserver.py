"""A fresh Xvfb X server for tests that need a real one (the kiosk's full screen, Wine)."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

XVFB = shutil.which("Xvfb")  # Debian's xvfb
DEADLINE_S = 120  # a failure guard for a server that never starts, never a wait for success


@contextmanager
def xvfb(width: int, height: int) -> Iterator[str]:
    """A fresh X server with one screen of this size, and no window manager: its display."""
    assert XVFB is not None
    read, write = os.pipe()
    server = subprocess.Popen([XVFB, "-displayfd", str(write), "-screen", "0",
                               f"{width}x{height}x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        # Xvfb writes its display number once it accepts clients: the event to wait for.
        ready, _, _ = select.select([read], [], [], DEADLINE_S)
        number = os.read(read, 64).decode().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(30)
