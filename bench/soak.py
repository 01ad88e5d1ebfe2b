"""A long day in a waiting room: the seeded monkey of tests/qt/monkey.py on the real kiosk
for many events, memory watched (issue #14, "Soak").

    python bench/soak.py [--events 100000] [--seed 1] [--warm-up 10000]
                         [--write docs/performance.md]

Taps anywhere, double taps, one-finger swipes, language switches mid-slide, Listen, the
patient walking away, wrong PINs, pack installs and going back, at random (the mix is
``WEIGHTS`` in the monkey). The run stops at the first exception nobody handled, error in
the kiosk's log or warning from Qt. Every ``--every`` events it prints the events a
second since the last line and the process's memory (PSS, from /proc/self/smaps_rollup).

Goal: PSS after the warm-up (the kiosk's caches full: every page prepared once, every
picture drawn) grows under 2% by the last event.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import sys
import tempfile
from pathlib import Path

from perfdoc import measured_with, offscreen_screen, write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent
GOAL_GROWTH = 2.0  # percent, from the end of the warm-up to the last event


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warm-up", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--trail", type=Path, help="write every event here as it is done")
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
    pin = "2468"
    StaffPin(data.root).set_pin(pin)
    (tmp / "work").mkdir()
    k = build(data_dir=data.root)
    k.window.allow_close = True
    k.window.resize(1920, 1080)
    k.window.show()
    QApplication.processEvents()
    # The kiosk logs every visit and page; a soak's worth would be all this prints.
    logging.getLogger("kiosk").setLevel(logging.WARNING)

    last = Sample(0, 0.0, 0, 0)

    def show(sample: Sample) -> None:
        nonlocal last
        rate = (sample.events - last.events) / max(sample.seconds - last.seconds, 1e-9)
        print(f"{sample.events:7d} events  {rate:5.1f}/s  PSS {sample.pss_kib / 1024:6.1f} MiB"
              f"  RSS {sample.rss_kib / 1024:6.1f} MiB", flush=True)
        last = sample

    monkey = Monkey(k, args.seed, tmp / "work", key, pin)
    faulthandler.enable()  # a crash inside Qt prints where Python was
    with open(args.trail or os.devnull, "w", encoding="utf-8") as trail:
        report = monkey.run(args.events, args.every, show, trail if args.trail else None)
    warm = next(s for s in report.samples if s.events == args.warm_up)
    end = report.samples[-1]
    growth = (end.pss_kib - warm.pss_kib) * 100 / warm.pss_kib
    peak = max(s.pss_kib for s in report.samples if s.events >= args.warm_up)
    rows = [
        "| measure | figure | goal |",
        "|---|---|---|",
        f"| Events (seed {args.seed}) | {report.events:,} in {report.seconds / 60:.0f} min "
        f"({report.per_second:.0f} a second) | |",
        f"| PSS after the warm-up ({args.warm_up:,} events) | {warm.pss_kib / 1024:.1f} MiB | |",
        f"| PSS at the last event | {end.pss_kib / 1024:.1f} MiB (peak after the warm-up "
        f"{peak / 1024:.1f} MiB) | |",
        f"| Growth after the warm-up | {growth:+.2f}% | < {GOAL_GROWTH:.0f}% |",
        "| Exceptions, logged errors, Qt warnings | none (the run stops at the first) | none |",
    ]
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
