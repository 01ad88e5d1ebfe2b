"""A power cut (SIGKILL) while usage events are written: the database stays whole, every
batch the writer confirmed is there, and the daily totals agree with the events.

The child process is killed by SQLite's own statement trace at a seeded statement (inside
a batch's transaction, between the events and their totals, before the COMMIT...), so
nothing here depends on timing. All kills go to one database, as months of power cuts
would, and each child carries on from what the last one left.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk.core.usage import db
from kiosk.core.usage.events import Kind

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30

CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from kiosk.core.usage import db
    from kiosk.core.usage.events import Event, Kind
    from kiosk.core.usage.recorder import UsageRecorder

    path, die_at = Path(sys.argv[1]), int(sys.argv[2])
    seen = [0]

    def trace(_statement):
        seen[0] += 1
        if seen[0] == die_at:
            os._exit(137)

    def opener(where, check):
        connection = db.open_for_writing(where, check)
        connection.set_trace_callback(trace)
        return connection

    recorder = UsageRecorder(path, every=3600, opener=opener).start()
    now = time.time()
    for visit in range(1, 41):
        recorder.add(Event(visit, now, Kind.VISIT, language="ur"))
        recorder.add(Event(visit, now, Kind.PAGE, f"t/{visit % 7}", "ur", 12, 100))
        recorder.add(Event(visit, now, Kind.END, f"t/{visit % 7}", "", 30))
        if visit % 4 == 0:
            if not recorder.flush(60):
                sys.exit(3)
            print("confirmed", recorder.written, flush=True)
    recorder.close()
    print("done", flush=True)
""")


def counts(path: Path) -> tuple[str, int, int, int]:
    connection = sqlite3.connect(path)
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        events = connection.execute("SELECT count(*) FROM events").fetchone()[0]
        visits = connection.execute("SELECT count(*) FROM events WHERE kind = ?",
                                    (int(Kind.VISIT),)).fetchone()[0]
        totalled = connection.execute("SELECT coalesce(sum(count), 0) FROM daily "
                                      "WHERE figure = ?", (int(db.Figure.VISITS),)).fetchone()[0]
    finally:
        connection.close()
    return check, events, visits, totalled


def test_kills_mid_write_lose_nothing_confirmed_and_never_damage(tmp_path: Path) -> None:
    path = tmp_path / "usage" / "usage.sqlite"
    rng = random.Random(1604)
    # A whole run is about 385 statements: kill anywhere in it, and once not at all.
    points = [*sorted(rng.sample(range(1, 400), KILLS - 1)), 10_000]
    stored = 0
    killed = 0
    for point in points:
        child = subprocess.run([sys.executable, "-c", CHILD, str(path), str(point)],
                               cwd=ROOT, capture_output=True, text=True, timeout=120)
        confirmed = [int(line.split()[1]) for line in child.stdout.splitlines()
                     if line.startswith("confirmed")]
        if child.returncode == 137:
            killed += 1
        else:
            assert child.returncode == 0, child.stderr
        check, events, visits, totalled = counts(path)
        assert check == "ok", f"killed at statement {point}: {check}"
        assert events >= stored + (confirmed[-1] if confirmed else 0), \
            f"killed at statement {point}: confirmed events are missing"
        assert visits == totalled, f"killed at statement {point}: totals disagree"
        stored = events
    assert killed >= KILLS - 5, "most children should have died mid-write"
    assert stored > 0
    # Visit numbers still count on after all those restarts: no two runs share one.
    connection = sqlite3.connect(path)
    starts = connection.execute("SELECT visit FROM events WHERE kind = ?",
                                (int(Kind.VISIT),)).fetchall()
    connection.close()
    assert len(starts) == len(set(starts))
