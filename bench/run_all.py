"""Every benchmark, one after another, each writing its figures into docs/performance.md.

    python bench/run_all.py [--quick] [--write docs/performance.md] [--only NAME ...]

The speed budget of issue #14 and what earlier issues measured, from one command:

- ``run``: cold start against a bare PySide6 window, page turns (English and Urdu, at
  1920x1080, 1080x1920, 3840x2160 and the largest text size), the first turn after a
  language switch, opening a topic from home, memory (PSS) after touring every page;
- ``idle``: CPU on the welcome screen and on a page nobody touches, offscreen and under
  X11 (Xvfb), against a bare window;
- ``ui_lag``: how long staff actions hold up the UI thread (issue #13);
- ``scale``: validate, install, first frame and memory at the default pack's size and at
  a thousand pages;
- ``soak``: 100,000 events of the seeded monkey, memory growth after the warm-up;
- ``bundle``: the installed (PyInstaller) kiosk's size and cold start;
- ``narration``: what reading a page aloud costs;
- ``hostile``: how long and how much memory kiosk-pack takes to refuse hostile files of up
  to 64 MB (issue #15).

``--quick`` runs each with fewer repetitions (and a 20,000-event soak): figures to look
at while working, not to write down. Every benchmark compares the kiosk with a baseline
measured in the same run, so figures from different machines are compared as ratios.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (arguments for a full run, arguments for --quick)
BENCHES: dict[str, tuple[list[str], list[str]]] = {
    "run": (["--runs", "15"], ["--runs", "3"]),
    "idle": (["--xvfb"], ["--seconds", "5"]),
    "ui_lag": ([], ["--runs", "1"]),
    "scale": (["--pages", "1000", "--runs", "3"], ["--pages", "300", "--runs", "1"]),
    "soak": ([], ["--events", "20000", "--warm-up", "5000"]),
    "bundle": (["--xvfb"], ["--runs", "3"]),
    "narration": ([], ["--taps", "20", "--plays", "100"]),
    "hostile": ([], []),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", type=Path)
    parser.add_argument("--only", nargs="+", choices=list(BENCHES))
    args = parser.parse_args()
    failed = []
    for name in args.only or list(BENCHES):
        full, quick = BENCHES[name]
        command = [sys.executable, str(HERE / f"{name}.py"), *(quick if args.quick else full)]
        if args.write and not args.quick:
            command += ["--write", str(args.write)]
        print(f"== {name}: {' '.join(command[1:])}", flush=True)
        start = time.monotonic()
        code = subprocess.run(command, cwd=HERE.parent).returncode
        print(f"== {name}: exit {code} after {(time.monotonic() - start) / 60:.1f} min",
              flush=True)
        if code:
            failed.append(name)
    if failed:
        print("missed their goal or failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
