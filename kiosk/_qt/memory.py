"""Keeping the kiosk's memory small over months: when to collect, and what to give back.

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
import linecache
import logging
import time

from kiosk.core.clib import libc

log = logging.getLogger("kiosk.ui")

# Pictures of a page (8 MB at 1920x1080, 33 MB at 4K) come and go on every page turn.
# glibc serves a block this large from its own mapping, handed back when freed, but it
# raises that threshold to the largest block freed so far (up to 32 MB), so after the
# first page turns every picture landed in the main heap instead, and the holes they left
# were kept: 45 MiB of the kiosk's 236 MiB after a tour of every page. A fixed threshold
# stops the raising.
OWN_MAPPING_FROM = 256 * 1024
_M_MMAP_THRESHOLD = -3  # glibc's malloc.h


def give_big_blocks_back() -> None:
    """Large blocks get their own mapping, returned to the system when freed (glibc)."""
    c = libc()
    try:
        done = c.mallopt(_M_MMAP_THRESHOLD, OWN_MAPPING_FROM) if c is not None else 0
    except AttributeError:  # not glibc (musl has no mallopt to speak of)
        done = 0
    if not done:
        log.debug("the C library keeps its own threshold for large blocks")


def forget_source_files() -> None:
    """Let go of the source files PySide6 read while modules were imported.

    PySide6 reads the source of every module imported after it, looking for "from
    __feature__ import" (shibokensupport/feature.py), and Python's line cache keeps each
    file: about 7 MB from a source install (a bundle carries no source to read). The
    lines land among the modules' own objects; let go only at the first collection, they
    left holes Python's allocator can never hand back (23 of its 1 MiB arenas after a
    tour, for 16 MB in use). Let go as the imports end, their places are filled by the
    objects made next. A traceback reads a file again; source made at run time (attrs'
    and cattrs' generated methods, no file time) cannot be, so it stays.
    """
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            linecache.cache.pop(name, None)


def collect_while_nobody_waits() -> None:
    began = time.perf_counter()
    gc.unfreeze()
    forget_source_files()
    found = gc.collect()
    gc.freeze()
    trimmed = give_free_heap_back()
    log.debug("collected %d objects in %.0f ms; %d kept aside; heap %s", found,
              (time.perf_counter() - began) * 1000, gc.get_freeze_count(),
              "given back" if trimmed else "kept")


def give_free_heap_back() -> bool:
    """Hand the heap's free pages back to the system (glibc's ``malloc_trim``).

    glibc keeps what is freed for the next allocation. A day of patients leaves holes
    between blocks still in use that only it can reuse: 12-17 MiB held beyond what was in
    use, growing slowly, in a 40,000-event soak. Trimming walks every free block (a few
    ms), so it is done where the collection already pauses: between patients.
    """
    c = libc()
    try:
        return bool(c.malloc_trim(0)) if c is not None else False
    except AttributeError:  # not glibc
        return False
