"""Python's full garbage collection at a moment nobody waits for it.

The interpreter runs a full (oldest-generation) collection whenever enough allocations
add up, at whatever moment that is: measured at 23–54 ms on the UI thread with the kiosk
and its staff panel built, enough to hold up a tap past the 50 ms the screen is allowed.
So the kiosk collects itself where a pause is harmless (just after its first frame, and
on the welcome screen after each patient) and then freezes what survived: the
interpreter's own collections skip frozen objects, and have little left to walk.
Unfreezing first each time lets the next collection free what has since become garbage
(an old pack's pages, a closed panel), so nothing frozen is kept for good.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger("kiosk.ui")


def collect_while_nobody_waits() -> None:
    began = time.perf_counter()
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    log.debug("collected %d objects in %.0f ms; %d kept aside", found,
              (time.perf_counter() - began) * 1000, gc.get_freeze_count())
