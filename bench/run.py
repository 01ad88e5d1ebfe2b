"""Kiosk benchmarks: ratios against a baseline measured in the same run.

    python bench/run.py [--runs 15] [--write docs/performance.md]

1. Cold start to the first painted attract frame (``kiosk --quit-after-first-frame``)
   against a minimal PySide6 window started the same way; goal <= 1.3x.
2. Tap-to-painted page turn, p50 and p95, in every language of the default pack (English,
   Urdu, Pashto), at 1920x1080, at 3840x2160,
   and at 1920x1080 with the largest text size (where long pages continue on a second
   screen, and a turn to it counts as a turn); goal p95 <= 16 ms.
   Taps come 0.4 s apart (a fast reader), so work the kiosk does while a page is read
   (preparing the neighbouring pages) is not counted against the tap.
   Also at 1080x1920 (portrait), the first turn after a language switch, and opening a
   topic from its tile on the home screen (goal p95 <= 50 ms).
3. Memory (PSS and RSS) after touring every page in every language, against the baseline
   window; goal PSS <= 100 MiB.

Machines here are noisy, so starts alternate kiosk/baseline and medians are reported.

``--ui-lag`` also runs bench/ui_lag.py (staff actions against an event-loop lag probe,
issue #13; a few minutes), with the same ``--write``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from perfdoc import percentile, write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def compile_kiosk() -> None:
    """Write the kiosk's bytecode, as ``pip install .`` does when it installs the package.

    Run from a source checkout with PYTHONDONTWRITEBYTECODE set (this machine and many CI
    images set it), every start would otherwise compile the ~20 modules the first frame
    imports (~10 ms), which no installed kiosk does. The baseline's imports are PySide6's,
    compiled by pip; its one-file script is compiled on every start, as any script is.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kiosk")], check=True)


def cold_start(runs: int) -> dict[str, float]:
    compile_kiosk()
    data = tempfile.mkdtemp(prefix="kiosk-bench-")
    kiosk = [sys.executable, "-m", "kiosk", "--quit-after-first-frame", "--data-dir", data]
    base = [sys.executable, str(ROOT / "bench" / "minimal_window.py")]
    timed(kiosk), timed(base)  # warm the disk cache for both alike
    k, b = [], []
    for _ in range(runs):
        k.append(timed(kiosk))
        b.append(timed(base))
    return {"kiosk_s": statistics.median(k), "baseline_s": statistics.median(b),
            "ratio": statistics.median(k) / statistics.median(b)}


TOUR = r'''
import json, os, sys, time, tempfile
from kiosk._qt.app import build
from tests.qt import finger  # taps reach the window first, as a screen's do

def memory_kb():
    found = {}
    for line in open("/proc/self/smaps_rollup"):
        name, _, rest = line.partition(":")
        if name in ("Rss", "Pss"):
            found[name.lower() + "_kb"] = int(rest.split()[0])
    return found

mode = sys.argv[1]
width, height, larger, settle = ((int(a) for a in sys.argv[2:6]) if len(sys.argv) > 5
                                 else (1920, 1080, 0, 0))
DWELL_S = 0.4
if mode == "baseline":
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    w = QWidget(); w.resize(1920, 1080); w.show(); w.repaint(); app.processEvents()
    print(json.dumps(memory_kb()))
    sys.exit(0)

from PySide6.QtCore import QEvent, QObject


class PaintCounter(QObject):
    count = 0

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


k = build(data_dir=tempfile.mkdtemp(prefix="kiosk-bench-"))
w = k.window
painter = PaintCounter()
w.resize(width, height)
w.show()
k.app.processEvents()
# One of them changes on every turn: the title on a page turn, the words on a turn to a
# page's next screen, the quiz on a turn to a quiz (whose title may give way to it).
w.viewer.title.installEventFilter(painter)
w.viewer.text.installEventFilter(painter)
w.viewer.quiz.installEventFilter(painter)
LANGUAGES = list(k.session.pack.languages)
turns = {code: [] for code in LANGUAGES}
opens = {code: [] for code in LANGUAGES}  # a tap on a topic's tile on home, to painted
# The same as a finger taps: down for 100 ms (taps last 80-120 ms), then lifted; from the
# lift to painted (the kiosk gets the page ready while the finger is down).
held = {code: [] for code in LANGUAGES}
FINGER_S = 0.1
switched = {code: [] for code in LANGUAGES}  # the first turn after choosing a language


def choose_language(code):
    """The top bar's language button, and in a pack of three or more, the card's choice."""
    finger.tap(w.topbar.language)
    chooser = w.topbar.chooser
    if chooser is not None and chooser.isVisible():
        finger.tap(chooser.buttons[code])
    assert k.session.language == code


def read_a_while():
    dwell = time.perf_counter() + DWELL_S
    while time.perf_counter() < dwell:
        k.app.processEvents()


def tap_painted(button):
    """Tap, then what the event loop does after a tap: deliver the posted layout and
    update requests, which lay out and paint every region the tap changed."""
    before = painter.count
    start = time.perf_counter()
    finger.tap(button)
    k.app.sendPostedEvents()
    assert painter.count > before, "the tap was not painted inside the measurement"
    return (time.perf_counter() - start) * 1000


for language in LANGUAGES:
    w.start_visit(language)
    for _ in range(larger):
        k.session.cycle_text_scale()
    k.app.processEvents()
    for index, topic in enumerate(k.session.pack.topics_in(language)):
        w.go_home()
        read_a_while()  # the patient looks over the topics
        if index % 2:
            tile = w.home.tiles[index]
            finger.down(tile)
            down = time.perf_counter() + FINGER_S
            while time.perf_counter() < down:
                k.app.processEvents()
            before = painter.count
            start = time.perf_counter()
            finger.up(tile)
            k.app.sendPostedEvents()
            assert painter.count > before, "the tap was not painted inside the measurement"
            held[language].append((time.perf_counter() - start) * 1000)
        else:
            opens[language].append(tap_painted(w.home.tiles[index]))
        read_a_while()  # the first page is read too
        if index % 3 == 0:
            # Switched to another language the topic is in and back, each read a while,
            # then a turn.
            other = next(code for code in LANGUAGES[LANGUAGES.index(language) + 1:]
                         + LANGUAGES if code != language and topic.has(code))
            for code in (other, language):
                choose_language(code)
                read_a_while()
            if not w.viewer._at_end():
                switched[language].append(tap_painted(w.viewer.next))
                read_a_while()
        while not w.viewer._at_end():
            turns[language].append(tap_painted(w.viewer.next))
            # A patient reads before the next tap; let the slide and the prefetch run.
            read_a_while()
    w.reset()
if settle:
    # Measured as the kiosk stands between patients: the welcome screen collects Python's
    # garbage and empties its caches of source lines once nobody has touched it for a while.
    from PySide6.QtCore import QEventLoop
    waiting = QEventLoop()
    w._collector.timeout.connect(waiting.quit)
    if w._collector.isActive():
        waiting.exec()
    else:
        print("the welcome screen's collection never started: memory measured without it",
              file=sys.stderr)
print(json.dumps({"turns": turns, "opens": opens, "held": held, "switched": switched,
                  **memory_kb()}))
'''


# Screen size and how many times the patient tapped "Text size" (2: the largest).
TOURS = (("1920x1080", 1920, 1080, 0), ("1080x1920", 1080, 1920, 0),
         ("3840x2160", 3840, 2160, 0), ("1920x1080, largest text", 1920, 1080, 2))


def tour(mode: str, width: int = 1920, height: int = 1080, larger: int = 0,
         settle: bool = False) -> dict:
    """``settle``: wait for the welcome screen's collection before memory is measured."""
    out = subprocess.run([sys.executable, "-c", TOUR, mode, str(width), str(height), str(larger),
                          str(int(settle))],
                         env=ENV, check=True, cwd=ROOT, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--ui-lag", action="store_true", help="also run bench/ui_lag.py")
    args = parser.parse_args()
    if args.ui_lag:
        write = ["--write", str(args.write)] if args.write else []
        subprocess.run([sys.executable, str(ROOT / "bench" / "ui_lag.py"), *write], check=True,
                       cwd=ROOT)
    start = cold_start(args.runs)
    tours = {name: tour("kiosk", *config, settle=name == TOURS[0][0]) for name, *config in TOURS}
    kiosk = tours[TOURS[0][0]]
    base = tour("baseline")
    rows = []
    rows.append(("Cold start to first attract frame", f"{start['kiosk_s'] * 1000:.0f} ms",
                 f"{start['baseline_s'] * 1000:.0f} ms", f"{start['ratio']:.2f}x", "<= 1.3x"))
    for name, measured in tours.items():
        for language, label in (("en", "English"), ("ur", "Urdu"), ("ps", "Pashto")):
            for key, what, goal in (("turns", "Page turn", "p95 <= 16 ms"),
                                    ("switched", "First turn after a language switch",
                                     "p95 <= 16 ms"),
                                    ("opens", "Opening a topic from home, instant tap",
                                     "p95 <= 50 ms"),
                                    ("held", "Opening a topic, finger down 100 ms, from the "
                                     "lift", "p95 <= 50 ms")):
                t = measured[key][language]
                rows.append((f"{what}, tap to painted, {label}, {name} (n={len(t)})",
                             f"p50 {percentile(t, 50):.1f} ms / p95 {percentile(t, 95):.1f} ms",
                             "", "", goal))
    rows.append(("Memory (PSS) after touring every page", f"{kiosk['pss_kb'] / 1024:.0f} MiB",
                 f"{base['pss_kb'] / 1024:.0f} MiB", f"{kiosk['pss_kb'] / base['pss_kb']:.2f}x",
                 "<= 100 MiB"))
    rows.append(("Resident memory (RSS), the same", f"{kiosk['rss_kb'] / 1024:.0f} MiB",
                 f"{base['rss_kb'] / 1024:.0f} MiB", f"{kiosk['rss_kb'] / base['rss_kb']:.2f}x",
                 ""))
    table = ["| measure | kiosk | minimal PySide6 window | ratio | goal |",
             "|---|---|---|---|---|"]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    text = "\n".join(table)
    print(text)
    if args.write:
        import PySide6

        header = (f"Measured {dt.date.today().isoformat()} with `python bench/run.py --runs "
                  f"{args.runs}` on {platform.machine()} ({os.cpu_count()} cores), Python "
                  f"{platform.python_version()}, PySide6 {PySide6.__version__}, offscreen.")
        write_block(args.write, "bench", header, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
