"""Usage statistics without Qt: what a visit counts as, what is stored, what is shown."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kiosk.core.usage import db, export, figures
from kiosk.core.usage.events import End, Event, Kind
from kiosk.core.usage.recorder import CANNOT_SAVE, DAMAGED, UsageRecorder
from kiosk.core.usage.visit import VisitLog

DAY = dt.date(2026, 11, 20)
NOON = dt.datetime.combine(DAY, dt.time(12)).timestamp()


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def visit_log() -> tuple[VisitLog, list[Event], Clock]:
    events: list[Event] = []
    clock = Clock()
    return VisitLog(events.append, wall=lambda: NOON + clock.now, clock=clock), events, clock


def test_a_visit_counts_pages_read_how_far_and_for_how_long() -> None:
    log, events, clock = visit_log()
    log.language("ur")  # the welcome screen setting the language: no visit yet
    log.start("ur")
    log.read("immune/intro", "ur", 1, 3)
    clock.now = 10
    log.read("immune/intro", "ur", 3, 3)  # paged to its last screen
    clock.now = 25
    log.read("immune/cells", "ur", 1, 2)
    log.language("en")
    log.text_size(1.2)
    clock.now = 40
    log.leave_page()  # back to the topics
    log.emergency("help/now")
    log.read("help/now", "en", 1, 1)
    clock.now = 50
    log.touched()  # the patient's last tap
    clock.now = 160  # the kiosk waited, asked "still reading?", and reset
    log.end(End.IDLE)
    log.language("en")  # the reset: not this visit's
    assert [(e.kind, e.page, e.language, e.seconds, e.percent) for e in events] == [
        (Kind.VISIT, "", "ur", 0, 0),
        (Kind.PAGE, "immune/intro", "ur", 25, 100),
        (Kind.LANGUAGE, "", "en", 0, 0),
        (Kind.TEXT_SIZE, "", "", 0, 120),
        (Kind.PAGE, "immune/cells", "ur", 15, 50),
        (Kind.HELP, "help/now", "", 0, 0),
        (Kind.PAGE, "help/now", "en", 10, 100),
        (Kind.END, "help/now", "", 50, int(End.IDLE)),
    ]
    assert {e.visit for e in events} == {1}


def test_how_far_a_page_was_read_survives_a_change_of_text_size() -> None:
    log, events, _clock = visit_log()
    log.start("en")
    log.read("t/p", "en", 2, 2)  # the whole page, at the usual size
    log.read("t/p", "en", 1, 4)  # larger text: the same page on four screens
    log.read("t/q", "en", 3, 4)  # three of four screens at the largest size...
    log.read("t/q", "en", 1, 2)  # ...then smaller again: not the end of the page
    log.leave_page()
    assert [e.percent for e in events if e.kind is Kind.PAGE] == [100, 75]


def test_narration_counts_what_was_heard_not_the_pauses() -> None:
    log, events, clock = visit_log()
    log.start("en")
    log.listening("t/p", "en")
    clock.now = 4
    log.heard(0.4)
    log.paused()
    clock.now = 100  # the patient looked away with the voice paused
    log.listening("t/p", "en")
    clock.now = 106
    log.heard(1.0)
    log.stop_listening()
    listen = [e for e in events if e.kind is Kind.LISTEN]
    assert [(e.page, e.seconds, e.percent) for e in listen] == [("t/p", 10, 100)]


def test_a_quiz_answer_is_right_or_wrong_and_nothing_else() -> None:
    log, events, _clock = visit_log()
    log.start("en")
    log.answered("quiz/q", "en", True)
    log.answered("quiz/q", "en", False)
    assert [e.percent for e in events if e.kind is Kind.QUIZ] == [100, 0]


def visit(n: int, at: float, pages: list[tuple[str, int, int]], language: str = "en",
          length: int = 60, listen: bool = False) -> list[Event]:
    out = [Event(n, at, Kind.VISIT, language=language)]
    for page, seconds, percent in pages:
        out.append(Event(n, at + 1, Kind.PAGE, page, language, seconds, percent))
    if listen:
        out += [Event(n, at + 2, Kind.LISTEN, pages[0][0], language, 20, 80)] * 2
    out.append(Event(n, at + length, Kind.END, pages[-1][0] if pages else "", "", length))
    return out


def recorder(path: Path, **kwargs: object) -> UsageRecorder:
    kwargs.setdefault("today", lambda: DAY)
    return UsageRecorder(path, every=3600, **kwargs).start()  # type: ignore[arg-type]


def test_figures_from_recorded_visits(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    rec = recorder(path)
    day2 = NOON + 86400
    for event in [*visit(1, NOON, [("a/1", 30, 100), ("a/2", 20, 50)], "ur", 50, True),
                  *visit(2, NOON + 100, [("a/1", 10, 40)], "en", 20),
                  *visit(3, day2, [("b/1", 5, 100)], "ur", 120),
                  *visit(4, day2 + 500, [], "ur", 15)]:
        rec.add(event)
    assert rec.flush(60)
    rec.close()
    shown = figures.read(path, DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1))
    assert [count for _day, count in shown.visits_by_day] == [0, 2, 2]
    assert shown.visits == 4
    assert shown.median_visit_s == 20  # 15, 20, 50, 120: the lower middle
    assert [(p.page, p.views, p.seconds, p.read_to_end) for p in shown.pages] == [
        ("a/1", 2, 40, 1), ("a/2", 1, 20, 0), ("b/1", 1, 5, 1)]
    assert dict(shown.stops) == {"a/2": 1, "a/1": 1, "b/1": 1, "": 1}
    assert shown.start_languages == {"ur": 3, "en": 1}
    assert (shown.listened_visits, shown.listens, shown.listened_s) == (1, 2, 40)
    one_day = figures.read(path, DAY, DAY)
    assert one_day.visits == 2 and one_day.median_visit_s == 20


def test_visits_count_on_from_the_last_stored_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    for _run in range(2):
        rec = recorder(path)
        for event in visit(1, NOON, [("a/1", 1, 100)]):
            rec.add(event)
        rec.close()
    connection = sqlite3.connect(path)
    assert sorted({v for (v,) in connection.execute("SELECT visit FROM events")}) == [1, 2]


def test_a_reconnect_keeps_one_visit_under_one_number(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"

    def opener(where: Path, check: bool) -> sqlite3.Connection:
        connection = db.open_for_writing(where, check)
        connection.execute("PRAGMA busy_timeout = 0")  # a lock held fails the write at once
        return connection

    rec = recorder(path, opener=opener)
    rec.add(Event(1, NOON, Kind.VISIT, language="ur"))
    assert rec.flush(60)  # visit 1 starts, stored
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # a backup copying the file
    rec.add(Event(1, NOON + 5, Kind.PAGE, "t/p", "ur", 5, 100))
    assert not rec.flush(60)  # "database is locked": the writer lets go of the file
    blocker.execute("ROLLBACK")
    blocker.close()
    rec.add(Event(1, NOON + 9, Kind.END, "t/p", "", 9))
    assert rec.flush(60)
    rec.close()
    connection = sqlite3.connect(path)
    assert {v for (v,) in connection.execute("SELECT visit FROM events")} == {1}
    assert connection.execute("SELECT count(*) FROM events").fetchone()[0] == 3


def test_a_clock_set_years_ahead_does_not_empty_the_figures(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    rec = recorder(path, today=lambda: DAY + dt.timedelta(days=3 * 365))
    for event in visit(1, NOON, [("a/1", 1, 100)]):
        rec.add(event)
    assert rec.flush(60)
    rec.close()
    assert figures.read(path, DAY, DAY).visits == 1


def test_old_days_are_forgotten_when_the_kept_days_run_out(tmp_path: Path) -> None:
    """A kiosk used every day keeps the last ``keep_days`` days."""
    path = tmp_path / "usage.sqlite"
    rec = recorder(path, keep_days=365)
    for back in range(40):  # a visit a day for 40 days, up to today
        for event in visit(40 - back, NOON - back * 86400, [("a/1", 1, 100)]):
            rec.add(event)
    assert rec.flush(60)
    assert figures.read(path, DAY - dt.timedelta(days=60), DAY).visits == 40
    rec.keep_for(30)
    assert rec.flush(60)
    rec.close()
    assert figures.read(path, DAY - dt.timedelta(days=60), DAY).visits == 31  # today too
    connection = sqlite3.connect(path)
    oldest = db.start_of(DAY - dt.timedelta(days=30))
    assert connection.execute("SELECT min(at) FROM events").fetchone()[0] >= oldest
    assert connection.execute("SELECT min(day) FROM daily").fetchone()[0] >= \
        (DAY - dt.timedelta(days=30)).isoformat()


@pytest.mark.parametrize("wrong", [dt.date(2045, 3, 1), dt.date(2000, 1, 1)],
                         ids=["ahead", "behind"])
def test_a_clock_wrong_for_a_while_makes_no_real_day_old(tmp_path: Path,
                                                         wrong: dt.date) -> None:
    """A flat CMOS battery brings the clock up in 2000, or it is set years ahead. Ahead,
    two starts (a power cut) on the wrong date dropped every real day, and the days
    stamped ahead then stayed the newest; behind, the days stamped in 2000 were dropped
    as soon as the clock was put right. The figures of those days are kept."""
    path = tmp_path / "usage.sqlite"
    real = [NOON - back * 86400 for back in (2, 1, 0)]
    rec = recorder(path)
    for n, at in enumerate(real, 1):
        for event in visit(n, at, [("a/1", 1, 100)]):
            rec.add(event)
    rec.close()
    stamped = dt.datetime.combine(wrong, dt.time(12)).timestamp()
    for start in range(2):  # on the wrong date, and again after a power cut
        rec = recorder(path, today=lambda: wrong)
        for event in visit(10 + start, stamped + start * 60, [("a/1", 1, 100)]):
            rec.add(event)
        rec.close()
    rec = recorder(path)  # the clock put right
    for event in visit(20, NOON + 3600, [("a/1", 1, 100)]):
        rec.add(event)
    rec.close()
    assert figures.read(path, DAY - dt.timedelta(days=2), DAY).visits == 4
    assert figures.read(path, wrong, wrong).visits == 2


def test_a_damaged_file_is_set_aside_and_counting_starts_again(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    path.write_bytes(b"this is not a database, a power cut wrote garbage here" * 100)
    said: list[object] = []
    rec = recorder(path, on_trouble=said.append)
    for event in visit(1, NOON, [("a/1", 1, 100)]):
        rec.add(event)
    assert rec.flush(60)
    rec.close()
    aside = list(tmp_path.glob("usage.sqlite.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    assert rec.trouble is not None and rec.trouble.template == DAMAGED.template
    assert aside[0].name in str(rec.trouble)
    assert figures.read(path, DAY, DAY).visits == 1


def test_a_full_disk_holds_the_events_and_saves_them_when_space_returns(
        tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    full = [True]

    def opener(where: Path, check: bool) -> sqlite3.Connection:
        connection = db.open_for_writing(where, check)
        if full[0]:  # SQLite's own "database or disk is full", as on a full disk
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    rec = recorder(path, opener=opener)
    events = [e for n in range(1, 200) for e in visit(n, NOON + n * 100,
                                                       [(f"t/{n}", 5, 100)])]
    for event in events:
        rec.add(event)
    assert not rec.flush(60)
    assert rec.trouble is not None and rec.trouble.template == CANNOT_SAVE.template
    assert "disk is full" in str(rec.trouble)
    full[0] = False
    assert rec.flush(60)
    rec.close()
    assert rec.trouble is None
    assert figures.read(path, DAY, DAY + dt.timedelta(days=1)).visits == 199


def test_the_screen_never_waits_for_the_database(tmp_path: Path) -> None:
    """Another process holding the database's write lock (a copy, a backup, a long
    export) must not hold up a tap: add() returns while the writer waits its turn."""
    path = tmp_path / "usage.sqlite"
    rec = recorder(path)
    rec.add(Event(1, NOON, Kind.VISIT, language="en"))
    assert rec.flush(60)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    for n in range(1000):
        rec.add(Event(1, NOON + n, Kind.TEXT_SIZE, percent=120))  # none of these waits
    # Had add() written (or waited for the writer), each would have waited out SQLite's
    # 5 s busy timeout and failed; none is stored while the lock is held.
    assert rec.written == 1
    blocker.execute("ROLLBACK")
    blocker.close()
    assert rec.flush(60)
    rec.close()
    assert rec.written == 1001


def test_export_writes_every_event_in_the_documented_columns(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    rec = recorder(path)
    for event in [*visit(7, NOON, [("immune-system/defence-team", 30, 100)], "ur"),
                  *visit(8, NOON + 3 * 86400, [("a/1", 1, 10)])]:
        rec.add(event)
    rec.close()
    out = tmp_path / "use.csv"
    assert export.export_csv(path, out, DAY, DAY, kiosk="Lobby 1") == 3
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert tuple(rows[0]) == export.COLUMNS
    assert [(r["event"], r["topic"], r["page"], r["language"], r["seconds"], r["percent"],
             r["ended_by"]) for r in rows] == [
        ("visit_start", "", "", "ur", "", "", ""),
        ("page_view", "immune-system", "defence-team", "ur", "30", "100", ""),
        ("visit_end", "immune-system", "defence-team", "", "60", "", "idle")]
    assert {r["kiosk"] for r in rows} == {"Lobby 1"}
    assert {r["date"] for r in rows} == {DAY.isoformat()}
    assert dt.datetime.fromisoformat(rows[0]["time"]).timestamp() == int(NOON)
    assert not list(tmp_path.glob("*.part"))


def test_nothing_counted_yet_is_said_as_such(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        figures.read(tmp_path / "usage.sqlite", DAY, DAY)
    with pytest.raises(FileNotFoundError):
        export.export_csv(tmp_path / "usage.sqlite", tmp_path / "x.csv", DAY, DAY)


def test_the_median_of_a_histogram() -> None:
    from collections import Counter

    assert figures.median_of(Counter()) is None
    assert figures.median_of(Counter({10: 1})) == 10
    assert figures.median_of(Counter({10: 2, 20: 1})) == 10
    assert figures.median_of(Counter({10: 1, 20: 2})) == 20


def _sqlite_memory() -> int | None:
    """What SQLite has allocated in this process (all connections), or None where the
    library's own counter cannot be reached (a statically linked SQLite)."""
    import _sqlite3
    import ctypes

    try:
        status = ctypes.CDLL(_sqlite3.__file__).sqlite3_status64
    except (OSError, AttributeError):
        return None
    now, highest = ctypes.c_int64(), ctypes.c_int64()
    status(0, ctypes.byref(now), ctypes.byref(highest), 0)  # SQLITE_STATUS_MEMORY_USED
    return now.value


def test_a_years_file_is_not_held_in_memory_by_the_writer(tmp_path: Path) -> None:
    """The writer keeps one connection open for the whole run. Its first open looks at
    every page of the file (quick_check); with SQLite's default cache (2 MB) a busy
    year's file then stayed cached all day, read for nothing: the writer appends."""
    path = tmp_path / "usage.sqlite"
    connection = db.open_for_writing(path)
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO events (at, visit, kind, page, language, seconds, percent) "
        "VALUES (?, ?, 2, 1, 'ur', 30, 100)",
        ((int(NOON) + n, n // 8) for n in range(120_000)))
    connection.execute("COMMIT")
    connection.close()
    assert path.stat().st_size > 3_000_000  # bigger than the default cache
    caches: list[int] = []

    def opener(where: Path, check: bool) -> sqlite3.Connection:
        opened = db.open_for_writing(where, check)
        caches.append(opened.execute("PRAGMA cache_size").fetchone()[0])
        return opened

    before = _sqlite_memory()
    rec = recorder(path, opener=opener)
    try:
        for event in visit(1, NOON, [("a/1", 30, 100)]):
            rec.add(event)
        assert rec.flush(60)
        held = _sqlite_memory()
    finally:
        rec.close()
    assert caches and all(cache == -db.WRITER_CACHE_KIB for cache in caches)
    # What it holds, where SQLite's own count can be read (2.25 MB before, 0.41 after).
    if before is not None and held:
        assert held - before < 1_200_000
