"""Whether the kiosk's data disk can still take an install: written to, and room left.

After disk errors ext4 turns a disk read-only; months of logs or a stick copied to the
wrong place fill it. The kiosk goes on showing its pack either way, so nobody notices
until an install fails: the staff panel asks here when it opens, and says so at once.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
from pathlib import Path

from kiosk.core.phrases import Phrase, translate

log = logging.getLogger("kiosk.disk")

# Less room than this and no pack fits (the default pack is 14 MB, unpacked beside the
# one in use), and logs and saves soon fail too.
LOW_BYTES = 64 * 1024 * 1024
PROBE = ".disk-check"

READ_ONLY = translate(
    "Problems", "The kiosk's disk cannot be written to (after disk errors it may have turned "
                "read-only). Patients still see the pack in use, but nothing can be installed "
                "or saved. Restart the kiosk; if this stays, call IT.")
FULL = translate(
    "Problems", "The kiosk's disk is almost full ({free} MB left). Patients still see the "
                "pack in use, but new packs cannot be installed. Ask IT to free some space.")


def disk_trouble(folder: Path, low_bytes: int = LOW_BYTES) -> Phrase | None:
    """What is wrong with the disk ``folder`` is on, in staff's words; None if nothing."""
    probe = folder / PROBE
    try:
        # Written, flushed to the disk and removed: a read-only disk refuses the open, a
        # failing one the flush.
        with open(probe, "wb") as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as error:
        with contextlib.suppress(OSError):
            probe.unlink()
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return FULL.fill(free="0")
        log.error("the data disk at %s cannot be written: %s", folder, error)
        return READ_ONLY
    try:
        free = shutil.disk_usage(folder).free
    except OSError as error:
        log.error("cannot tell how much room is left at %s: %s", folder, error)
        return None
    if free < low_bytes:
        log.error("the data disk at %s is almost full: %d MB left", folder, free // 2**20)
        return FULL.fill(free=str(free // 2**20))
    return None
