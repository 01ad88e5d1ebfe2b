"""What the kiosk costs while nobody touches it (issue #14, "Idle").

    python bench/idle.py [--seconds 20] [--xvfb] [--write docs/performance.md]

A lobby kiosk shows its welcome screen for hours a day on a fanless PC: CPU there is
heat, noise and power. Each row is one process, measured after it has settled: its CPU
time (user + system, every thread) over ``--seconds`` of wall clock, as a share of one
core. The bare row is a PySide6 window of the same size with nothing in it, measured in
the same run, so the ratio does not depend on this machine. Goal: the welcome screen
under 2% of one core, a page nobody touches under 1%.

``--xvfb`` measures under X11 too (Debian's Xvfb, through xvfb-run), where painting goes
to an X server, as on a kiosk, instead of into memory (offscreen).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from perfdoc import measured_with, offscreen_screen, write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1920, 1080)
SETTLE_S = 3.0  # first frames, pictures prepared, the first collection: not idling yet
GOAL = {"welcome": 2.0, "page": 1.0}


def screen_env(platform_name: str) -> None:
    if platform_name == "offscreen":
        offscreen_screen(*SIZE)
    else:
        os.environ["QT_QPA_PLATFORM"] = platform_name
        os.environ.pop("KIOSK_DATA_DIR", None)


def child(what: str, seconds: float, platform_name: str) -> dict[str, Any]:
    screen_env(platform_name)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    def run_for(wait_s: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(wait_s * 1000), loop.quit)
        loop.exec()

    if what == "bare":
        app = QApplication.instance() or QApplication([])
        window = QWidget()
        window.resize(*SIZE)
        window.show()
        keep: object = (app, window)
    else:
        from kiosk._qt.app import build
        from kiosk._qt.memory import collect_while_nobody_waits
        from kiosk._qt.settle import run_posted_events
        from kiosk.core.settings import Settings

        data = Path(tempfile.mkdtemp(prefix="kiosk-bench-idle-"))
        # Nobody comes back for an hour: the page stays up for the whole measurement.
        Settings(idle_seconds=3600).save(data / "settings.json")
        k = build(data_dir=data)
        k.window.allow_close = True
        k.window.resize(*SIZE)
        k.window.show()
        run_for(0.5)
        if what == "page":
            k.window.attract.started.emit("ur")
            run_posted_events()
            k.window.home.tiles[0].click()
            run_posted_events()
            assert k.window.current is k.window.viewer, "not on a page"
        run_for(0.5)
        collect_while_nobody_waits()  # as the running kiosk does after its first frame
        keep = k
    run_for(SETTLE_S)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    run_for(seconds)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    del keep
    return {"what": what, "wall": wall, "cpu": cpu, "percent": 100 * cpu / wall}


def run_child(what: str, seconds: float, platform_name: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", what, "--seconds", str(seconds),
               "--platform", platform_name]
    if platform_name == "xcb":
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1]}x24", *command]
    out = subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def table(rows: list[dict[str, Any]]) -> str:
    names = {"bare": "A bare PySide6 window (the baseline)",
             "welcome": "The welcome screen (its calm moving cells)",
             "page": "An Urdu page nobody touches"}
    lines = ["| platform | what is on screen | CPU, % of one core | × the bare window | goal |",
             "|---|---|---|---|---|"]
    for platform_name in dict.fromkeys(row["platform"] for row in rows):
        mine = [row for row in rows if row["platform"] == platform_name]
        bare = next(row for row in mine if row["what"] == "bare")
        for row in mine:
            goal = GOAL.get(row["what"])
            # A bare window idles at ~0%: a ratio to it says nothing then.
            ratio = (f"{row['percent'] / bare['percent']:.1f}" if bare["percent"] >= 0.1
                     else "—")
            mark = "" if goal is None else (f"under {goal:g}%" + (
                "" if row["percent"] < goal else " ⚠ not met"))
            lines.append(f"| {platform_name} | {names[row['what']]} | {row['percent']:.1f} | "
                         f"{ratio} | {mark} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--xvfb", action="store_true", help="also under X11 (xvfb-run)")
    parser.add_argument("--write", type=Path, help="update this Markdown file's figures")
    parser.add_argument("--child", choices=("bare", "welcome", "page"), help=argparse.SUPPRESS)
    parser.add_argument("--platform", default="offscreen", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.seconds, args.platform)), flush=True)
        os._exit(0)
    platforms = ["offscreen"]
    if args.xvfb:
        if shutil.which("xvfb-run") is None:
            parser.error("--xvfb needs xvfb-run (Debian: apt install xvfb xauth)")
        platforms.append("xcb")
    rows = []
    for platform_name in platforms:
        for what in ("bare", "welcome", "page"):
            row = run_child(what, args.seconds, platform_name)
            row["platform"] = platform_name
            rows.append(row)
            print(f"{platform_name} {what}: {row['percent']:.1f}% of a core", file=sys.stderr)
    text = table(rows)
    print(text)
    if args.write:
        header = (measured_with(f"python bench/idle.py --seconds {args.seconds:g}"
                                f"{' --xvfb' if args.xvfb else ''}")
                  + f", at {SIZE[0]}×{SIZE[1]}; each row one process, its CPU time over "
                  f"{args.seconds:g} s after {SETTLE_S:g} s to settle.")
        write_block(args.write, "idle", header, text,
                    heading="Idle: what the kiosk costs while nobody touches it (issue #14)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
