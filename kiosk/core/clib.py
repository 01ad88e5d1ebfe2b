"""The C library, for the few calls Python's ``os`` module lacks (Linux only).

Loaded on first use: ctypes is not needed on the way to the kiosk's first frame.
"""

from __future__ import annotations

import functools
import sys
from typing import Any


@functools.cache
def libc() -> Any:
    """The C library the process runs on (``ctypes.CDLL``, errno kept), or None off Linux."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def last_error() -> int:
    """errno as the last call through ``libc()`` left it."""
    import ctypes

    return ctypes.get_errno()
