"""Usage statistics benchmarks (issue #16).

    python bench/usage.py [--runs 3] [--days 365] [--write docs/performance.md]

1. Page turns with counting on against counting off, in alternating child processes
   (tap to painted, every page in English and Urdu at 1920x1080, 0.2 s read between
   taps so the writer's batches land among them); goal: p95 within 1 ms.
2. A year of a busy kiosk (500 visits a day, 20 events each) written into a new database
   through the real writer's code: its size on disk (goal under 200 MB), and the Use tab
   showing a year's range, from reading the totals to the painted tab (goal under 500 ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from perfdoc import measured_with, percentile, write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

TURNS = r'''
import json, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, Qt
from tests.qt import finger
from kiosk._qt.app import build
from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings

counting = sys.argv[1] == "on"
data = DataDir(Path(tempfile.mkdtemp(prefix="kiosk-bench-"))).create()
Settings(count_use=counting).save(data.settings_file)
k = build(data_dir=data.root)
w = k.window
w.resize(1920, 1080)
w.show()
k.app.processEvents()


class Paints(QObject):
    count = 0

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


paints = Paints()
w.viewer.title.installEventFilter(paints)
w.viewer.text.installEventFilter(paints)


def read_a_while():
    until = time.perf_counter() + 0.2
    while time.perf_counter() < until:
        k.app.processEvents()


turns = []
for language in ("en", "ur"):
    w.attract.started.emit(language)  # the patient's tap on the welcome screen
    for topic in k.session.pack.topics:
        w.open_topic(topic.id)
        read_a_while()
        while not w.viewer._at_end():
            before = paints.count
            start = time.perf_counter()
            finger.tap(w.viewer.next)
            k.app.sendPostedEvents()
            assert paints.count > before
            turns.append((time.perf_counter() - start) * 1000)
            read_a_while()
        w.go_home()
    w.reset()
k.service.counting.recorder.flush(30)
written = k.service.counting.recorder.written
k.stop()
print(json.dumps({"turns": turns, "written": written}))
'''


def turns(mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", TURNS, mode], env=ENV, check=True, cwd=ROOT,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def busy_year(path: Path, days: int, seed: int = 16) -> int:
    """``days`` of 500 visits a day, 20 events each, written as the kiosk's writer does."""
    from kiosk.core.usage import db
    from kiosk.core.usage.events import End, Event, Kind

    rng = random.Random(seed)
    pages = [f"topic-{t}/page-{p}" for t in range(12) for p in range(6)]
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = db.open_for_writing(path)
    listened: set[int] = set()
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=days - 1), dt.time(8))
    visit = 0
    events = 0
    for day in range(days):
        batch = []
        for _ in range(500):
            visit += 1
            at = start.timestamp() + day * 86400 + rng.uniform(0, 10 * 3600)
            language = "ur" if rng.random() < 0.7 else "en"
            batch.append(Event(visit, at, Kind.VISIT, language=language))
            read = rng.sample(pages, 15)
            for page in read:
                batch.append(Event(visit, at, Kind.PAGE, page, language, rng.randint(3, 120),
                                   rng.choice((100, 100, 50, 33))))
            batch.append(Event(visit, at, Kind.LANGUAGE, language="en"))
            batch.append(Event(visit, at, Kind.LISTEN, read[0], language, 40, 90))
            batch.append(Event(visit, at, Kind.QUIZ, read[1], language, 0, 100))
            batch.append(Event(visit, at + 300, Kind.END, read[-1], "", rng.randint(20, 900),
                               int(End.IDLE)))
        # The writer commits every 2 s: a day in batches of a few visits' events.
        for index in range(0, len(batch), 200):
            db.write(connection, batch[index:index + 200], 0, listened)
        events += len(batch)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return events


def dashboard(data_root: Path, days: int, runs: int) -> list[float]:
    """The real kiosk's Use tab asked for a year: from the tap to the tab painted with the
    figures (read on a worker thread, as staff would wait for them), in milliseconds."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop

    from kiosk._qt.app import build
    from kiosk._qt.staff.controller import StaffController

    k = build(data_dir=data_root)
    k.window.resize(1920, 1080)
    k.window.show()
    staff = k.staff
    assert isinstance(staff, StaffController)
    staff.open_panel()
    page = staff.panel.usage

    def wait_for_figures() -> None:
        loop = QEventLoop()
        page.read.connect(loop.quit)
        loop.exec()
        page.read.disconnect(loop.quit)

    staff.panel.show_page(page)
    wait_for_figures()
    times = []
    for run in range(runs):
        start = time.perf_counter()
        page.choose_range(days if run % 2 == 0 else 7)
        wait_for_figures()
        k.window.grab()  # laid out and painted, as the screen shows it
        if run % 2 == 0:
            assert page.figures is not None and len(page.figures.visits_by_day) == days
            times.append((time.perf_counter() - start) * 1000)
    k.stop()
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()

    on: list[float] = []
    off: list[float] = []
    written = 0
    for _ in range(args.runs):  # alternating, so a busy moment falls on both alike
        result = turns("on")
        on += result["turns"]
        written += result["written"]
        off += turns("off")["turns"]
    lines = ["| page turns, 1920x1080, EN+UR | p50 ms | p95 ms | turns |", "|---|---|---|---|"]
    for name, values in (("counting on", on), ("counting off", off)):
        lines.append(f"| {name} | {statistics.median(values):.1f} | "
                     f"{percentile(values, 95):.1f} | {len(values)} |")
    delta = percentile(on, 95) - percentile(off, 95)
    lines.append(f"| **p95 on − off** | | **{delta:+.1f}** (goal within 1 ms) | "
                 f"{written} events written |")

    from kiosk.core.paths import DataDir

    data = DataDir(Path(tempfile.mkdtemp(prefix="kiosk-bench-usage-"))).create()
    path = data.usage_file
    started = time.perf_counter()
    events = busy_year(path, args.days)
    seconds = time.perf_counter() - started
    size_mb = path.stat().st_size / 1e6
    times = dashboard(data.root, args.days, 14)
    lines += ["", "| a busy year | figure | goal |", "|---|---|---|",
              f"| events ({args.days} days × 500 visits × 20) | {events:,} | |",
              f"| database on disk | **{size_mb:.0f} MB** | under 200 MB |",
              f"| written through the writer's code | {seconds:.0f} s "
              f"({events / seconds:,.0f} events/s) | |",
              f"| Use tab, a year's range: tap to tab painted, median of 7 | "
              f"**{statistics.median(times):.0f} ms** (max {max(times):.0f}) | under 500 ms |"]
    table = "\n".join(lines)
    print(table)
    if args.write:
        write_block(args.write, "usage", measured_with(f"python bench/usage.py --runs "
                                                       f"{args.runs}"), table,
                    heading="Usage statistics (#16)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
