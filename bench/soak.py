"""A long day in a waiting room: the seeded monkey of tests/qt/monkey.py on the real kiosk
for many events, memory watched (issue #14, "Soak").

    python bench/soak.py [--events 100000] [--seed 1] [--warm-up 10000]
                         [--write docs/performance.md]

Taps anywhere, double taps, one-finger swipes, language switches mid-slide, Listen, the
patient walking away, wrong PINs, pack installs and going back, at random (the mix is
``WEIGHTS`` in the monkey). The run stops at the first exception nobody handled, error in
the kiosk's log or warning from Qt. Every ``--every`` events it prints the events a
second since the last line and the process's memory (PSS, from /proc/self/smaps_rollup),
read as the kiosk stands between patients (the welcome screen, after its collection).

Goal: PSS after the warm-up (the kiosk's caches full: every page prepared once, every
picture drawn) grows under 2% by the last event. Its anonymous part is printed beside it:
the PSS of mapped files (libraries, fonts) falls while another process maps the same
files, so a soak run beside tests moves PSS by tens of MiB that are not the kiosk's.
"""

from __future__ import annotations

import argparse
import ctypes
import faulthandler
import logging
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from perfdoc import measured_with, offscreen_screen, write_block  # beside this script

if TYPE_CHECKING:
    from tests.qt.monkey import Sample

ROOT = Path(__file__).resolve().parent.parent
GOAL_GROWTH = 2.0  # percent, from the end of the warm-up to the last event


WINDOW = 10  # samples: PSS moves a few % between two (bounded caches fill and empty)


class _MallInfo2(ctypes.Structure):
    """glibc's ``struct mallinfo2`` (2.33 and later)."""

    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def summary(samples: list[Sample], warm_up: int) -> tuple[float, list[str]]:
    """Growth in percent, and table rows: the median PSS of the ``WINDOW`` samples after
    the warm-up against that of the last ``WINDOW``; its anonymous part and RSS the same
    way."""
    after = [s for s in samples if s.events > warm_up]
    first, last = after[:WINDOW], after[-WINDOW:]
    rows = []
    growth = 0.0
    for name, unit in (("PSS", "pss_kib"), ("PSS of anonymous memory", "anon_kib"),
                       ("RSS", "rss_kib")):
        start = statistics.median(getattr(s, unit) for s in first)
        end = statistics.median(getattr(s, unit) for s in last)
        low = min(getattr(s, unit) for s in after)
        high = max(getattr(s, unit) for s in after)
        change = (end - start) * 100 / start
        if name == "PSS":
            growth = change
        rows.append(
            f"| {name}, median of {len(first)} samples after the warm-up "
            f"({first[0].events:,}–{first[-1].events:,} events) → of the last {len(last)} "
            f"({last[0].events:,}–{last[-1].events:,}) | {start / 1024:.1f} → {end / 1024:.1f} MiB "
            f"(**{change:+.1f}%**; every sample after the warm-up {low / 1024:.0f}–"
            f"{high / 1024:.0f} MiB) | {'< 2% (PSS)' if name == 'PSS' else ''} |")
    return growth, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warm-up", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--trail", type=Path, help="write every event here as it is done")
    parser.add_argument("--heap", action="store_true",
                        help="also print, each sample, the C heap in use and held (glibc), "
                             "Python's objects and the window's QObjects: growth in use is "
                             "a leak, growth only in what is held is fragmentation")
    args = parser.parse_args()
    if args.warm_up >= args.events or args.warm_up % args.every:
        parser.error("--warm-up must be a multiple of --every and less than --events")

    offscreen_screen(1920, 1080)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from tests.qt import sound_server

    sound_server.start()  # narration plays into a private sound server, as in the tests

    from kiosk._qt.app import build
    from kiosk.core.paths import DataDir
    from kiosk.core.settings import Settings
    from kiosk.core.staffpin import StaffPin
    from tests.core.kpack_helpers import new_key, pub_text
    from tests.qt.monkey import WEIGHTS, Monkey, Sample

    tmp = Path(tempfile.mkdtemp(prefix="kiosk-soak-"))
    data = DataDir(tmp / "data").create()
    key = new_key()
    Settings(trusted_keys=(pub_text(key),)).save(data.settings_file)
    pin = "246813"
    StaffPin(data.root).set_pin(pin)
    (tmp / "work").mkdir()
    k = build(data_dir=data.root)
    k.window.allow_close = True
    k.window.resize(1920, 1080)
    k.window.show()
    QApplication.processEvents()
    # The kiosk logs every visit and page; a soak's worth would be all this prints.
    logging.getLogger("kiosk").setLevel(logging.WARNING)

    last = Sample(0, 0.0, 0, 0, 0)

    def heap() -> str:
        import gc

        from PySide6.QtCore import QObject

        from kiosk.core.clib import libc

        info = _MallInfo2()
        library = libc()
        if library is not None and hasattr(library, "mallinfo2"):
            library.mallinfo2.restype = _MallInfo2
            info = library.mallinfo2()
        mib = 1024 * 1024
        objects = len(gc.get_objects()) + gc.get_freeze_count()  # frozen ones are not listed
        return (f"  heap in use {info.uordblks / mib:6.1f} held {info.arena / mib:6.1f} "
                f"mapped {info.hblkhd / mib:6.1f} MiB  python objects {objects:,}"
                f"  QObjects {len(k.window.findChildren(QObject)):,}")

    def show(sample: Sample) -> None:
        nonlocal last
        rate = (sample.events - last.events) / max(sample.seconds - last.seconds, 1e-9)
        print(f"{sample.events:7d} events  {rate:5.1f}/s  PSS {sample.pss_kib / 1024:6.1f} MiB"
              f" (anonymous {sample.anon_kib / 1024:6.1f})  RSS {sample.rss_kib / 1024:6.1f} MiB"
              + (heap() if args.heap else ""),
              flush=True)
        last = sample

    monkey = Monkey(k, args.seed, tmp / "work", key, pin)
    faulthandler.enable()  # a crash inside Qt prints where Python was
    with open(args.trail or os.devnull, "w", encoding="utf-8") as trail:
        report = monkey.run(args.events, args.every, show, trail if args.trail else None)
    growth, rows = summary(report.samples, args.warm_up)
    rows = ["| measure | figure | goal |", "|---|---|---|",
            f"| Events (seed {args.seed}) | {report.events:,} in {report.seconds / 60:.0f} min "
            f"({report.per_second:.0f} a second) | |", *rows,
            "| Exceptions, logged errors, Qt warnings | none (the run stops at the first) | "
            "none |"]
    mix = ", ".join(f"{name} {report.done[name]:,}" for name in WEIGHTS)
    text = "\n".join(rows) + f"\n\nThe events: {mix}."
    print(text)
    if args.write:
        command = "python bench/soak.py" + (f" --events {args.events}"
                                            if args.events != 100_000 else "")
        write_block(args.write, "soak", measured_with(command) + ", offscreen, 1920×1080.",
                    text, heading="Soak: a long day of patients and staff (issue #14)")
    return 0 if growth < GOAL_GROWTH else 1


if __name__ == "__main__":
    sys.exit(main())
