"""Writing files so that a power cut leaves either the old or the new one, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kiosk.core.clib import last_error, libc


def fsync_dir(folder: Path) -> None:
    # Windows cannot open a directory for fsync; NTFS journals the rename itself.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _syncfs() -> Callable[[int], int] | None:
    return getattr(libc(), "syncfs", None)


def can_sync_filesystem() -> bool:
    """Whether ``sync_filesystem`` works here (Linux: syncfs)."""
    return _syncfs() is not None


def sync_filesystem(folder: Path) -> None:
    """Everything written to ``folder``'s file system so far is on the disk: files, their
    folders and names, as an fsync of each would leave them.

    One call for a pack's thousands of files. An fsync of each commits the file system's
    journal once a file: 1.5 s for 3,500 small files on this machine's ext4, against
    0.2 s for one syncfs after writing them all.
    """
    syncfs = _syncfs()
    if syncfs is None:
        raise OSError(errno.ENOSYS, "syncfs is not available here")
    fd = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            code = last_error()
            raise OSError(code, os.strerror(code), str(folder))
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
