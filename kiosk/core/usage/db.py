"""The usage database: every event, and each day's totals beside them.

SQLite in WAL mode with ``synchronous=NORMAL``: a power cut can lose the last commits,
never the file. Each batch of events and the daily totals it adds to are one transaction,
so the dashboard's figures always agree with the events. The dashboard reads only the
totals (a few hundred rows a day), which keeps a year's range quick on a busy kiosk; the
events are kept for export and for whoever wants to ask other questions of them.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kiosk.core.usage.events import Event, Kind

log = logging.getLogger("kiosk.usage")

SCHEMA_VERSION = 1
LENGTH_STEP_S = 5  # visit lengths are kept to the nearest 5 s for the median
# The writer's connection stays open all day and appends: it needs the pages on the way
# to each table's end, not the file. SQLite's default (2 MB) filled at start, when the
# first open looks at every page, and stayed full for nothing on a busy year's file.
WRITER_CACHE_KIB = 256

_SCHEMA = """
CREATE TABLE IF NOT EXISTS about (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    visit INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    page INTEGER REFERENCES pages(id),
    language TEXT,
    seconds INTEGER,
    percent INTEGER
);
CREATE INDEX IF NOT EXISTS events_at ON events(at);
CREATE TABLE IF NOT EXISTS daily (
    day TEXT NOT NULL,
    figure INTEGER NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (day, figure, key)
) WITHOUT ROWID;
"""


class Figure(enum.IntEnum):
    """The daily totals (stored numbers: never renumber, only add)."""

    VISITS = 1  # key "": visits started
    LENGTH = 2  # key: visit length in seconds, to LENGTH_STEP_S; count: visits
    START_LANGUAGE = 3  # key: language a visit started in
    SWITCH = 4  # key: language switched to
    PAGE = 5  # key: page; count: views, total: seconds on it
    READ_TO_END = 6  # key: page; count: views that reached its last part
    LAST_PAGE = 7  # key: the last page of a visit ("" if it read none)
    LISTEN = 8  # key: page; count: times read aloud, total: seconds heard
    LISTENED = 9  # key "": visits that listened at least once
    QUIZ = 10  # key: page; count: answers, total: right answers
    TEXT_SIZE = 11  # key: the size chosen, in percent
    HELP = 12  # key "": the emergency page opened from the topics
    PAGE_LANGUAGE = 13  # key: language; count: page views in it


class Damaged(Exception):
    """The file is not a whole SQLite database (or not ours)."""


def day_of(at: float) -> str:
    """The kiosk's local date of a time: a clinic counts its days as its clock does."""
    return dt.datetime.fromtimestamp(at).date().isoformat()


def start_of(day: dt.date) -> int:
    """Seconds since 1970 at the local midnight that starts ``day``."""
    return int(dt.datetime.combine(day, dt.time()).timestamp())


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection; ``readonly`` refuses writes (the dashboard, exports). Not a
    ``mode=ro`` URI: a network path (``\\\\server\\share``) makes no URI SQLite takes."""
    connection = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 5000")
    if readonly:
        connection.execute("PRAGMA query_only = ON")
    return connection


def open_for_writing(path: Path, check: bool = True) -> sqlite3.Connection:
    """Open (or make) the database; Damaged if the file is not whole (``check``: look at
    every page, once a run: on a year's file that takes a moment). OperationalError (a
    folder that cannot be written, a full disk) says nothing about the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = connect(path)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        if check:
            answer = connection.execute("PRAGMA quick_check").fetchone()
            if answer is None or answer[0] != "ok":
                raise Damaged(f"quick_check: {answer[0] if answer else 'no answer'}")
        connection.executescript(_SCHEMA)
        version = connection.execute(
            "SELECT value FROM about WHERE name = 'schema'").fetchone()
        if version is None:
            connection.execute("INSERT INTO about VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif version[0] != str(SCHEMA_VERSION):
            raise Damaged(f"schema version {version[0]}, this kiosk knows {SCHEMA_VERSION}")
    except sqlite3.OperationalError as error:
        connection.close()
        if "not a database" in str(error) or "malformed" in str(error):
            raise Damaged(str(error)) from error
        raise  # a full or read-only disk: the file may be fine
    except (sqlite3.DatabaseError, Damaged) as error:
        connection.close()
        raise Damaged(str(error)) from error
    return connection


def set_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Move a damaged database (and its WAL files) out of the way; returns its new name."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    return aside


def last_visit(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT max(visit) FROM events").fetchone()
    return int(row[0] or 0)


def _page_ids(connection: sqlite3.Connection, keys: Iterable[str]) -> dict[str, int]:
    wanted = sorted({key for key in keys if key})
    for key in wanted:
        connection.execute("INSERT OR IGNORE INTO pages (key) VALUES (?)", (key,))
    ids: dict[str, int] = {}
    for key in wanted:
        row = connection.execute("SELECT id FROM pages WHERE key = ?", (key,)).fetchone()
        ids[key] = int(row[0])
    return ids


class Totals:
    """What a batch adds to each day's figures, and the visits that have listened."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, int, str]] = Counter()
        self.totals: Counter[tuple[str, int, str]] = Counter()

    def add(self, day: str, figure: Figure, key: str = "", total: int = 0) -> None:
        self.counts[day, int(figure), key] += 1
        self.totals[day, int(figure), key] += total

    def rows(self) -> Iterator[tuple[str, int, str, int, int]]:
        for where, count in self.counts.items():
            yield (*where, count, self.totals[where])


def totals_of(events: Iterable[Event], listened: set[int]) -> Totals:
    """The daily figures ``events`` add to. ``listened``: visits already counted as having
    listened (kept by the caller across batches; a visit's events may span several)."""
    totals = Totals()
    for event in events:
        day = day_of(event.at)
        kind = event.kind
        if kind is Kind.VISIT:
            totals.add(day, Figure.VISITS)
            totals.add(day, Figure.START_LANGUAGE, event.language)
        elif kind is Kind.PAGE:
            totals.add(day, Figure.PAGE, event.page, event.seconds)
            totals.add(day, Figure.PAGE_LANGUAGE, event.language)
            if event.percent >= 100:
                totals.add(day, Figure.READ_TO_END, event.page)
        elif kind is Kind.LANGUAGE:
            totals.add(day, Figure.SWITCH, event.language)
        elif kind is Kind.TEXT_SIZE:
            totals.add(day, Figure.TEXT_SIZE, str(event.percent))
        elif kind is Kind.LISTEN:
            totals.add(day, Figure.LISTEN, event.page, event.seconds)
            if event.visit not in listened:
                listened.add(event.visit)
                totals.add(day, Figure.LISTENED)
        elif kind is Kind.QUIZ:
            totals.add(day, Figure.QUIZ, event.page, 1 if event.percent >= 100 else 0)
        elif kind is Kind.HELP:
            totals.add(day, Figure.HELP)
        elif kind is Kind.END:
            step = LENGTH_STEP_S
            totals.add(day, Figure.LENGTH, str(round(event.seconds / step) * step))
            totals.add(day, Figure.LAST_PAGE, event.page)
            listened.discard(event.visit)
    return totals


def write(connection: sqlite3.Connection, events: list[Event], visit_base: int,
          listened: set[int]) -> None:
    """Store ``events`` and their daily totals in one transaction (all or nothing).

    ``visit_base`` is added to each event's visit number: this run's visits count on from
    the last one stored."""
    seen = set(listened)
    connection.execute("BEGIN IMMEDIATE")
    try:
        ids = _page_ids(connection, (event.page for event in events))
        connection.executemany(
            "INSERT INTO events (at, visit, kind, page, language, seconds, percent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(int(e.at), e.visit + visit_base, int(e.kind), ids.get(e.page),
              e.language or None, e.seconds, e.percent) for e in events])
        connection.executemany(
            "INSERT INTO daily (day, figure, key, count, total) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (day, figure, key) DO UPDATE SET count = count + excluded.count, "
            "total = total + excluded.total",
            list(totals_of(events, seen).rows()))
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:  # SQLite rolls a full disk's write back itself
            connection.execute("ROLLBACK")
        raise
    listened.clear()
    listened.update(seen)


def forget_old(connection: sqlite3.Connection, keep_days: int, today: dt.date) -> int:
    """Drop events and totals older than ``keep_days`` before ``today``, but never those
    of the last ``keep_days`` days on which the kiosk was used; returns how many events
    went.

    A kiosk's clock is often wrong for a while: a flat CMOS battery brings it up in 2000,
    or someone sets it years ahead. Counted by the calendar alone, a clock ahead made a
    year of real figures "old" (and the days it stamped ahead then kept them so once the
    clock was put right), and a clock put right made the days it had stamped in 2000
    "old". Days of use cannot be made old by a clock: in daily use the two rules drop
    the same days."""
    days_of_use = connection.execute(
        "SELECT DISTINCT day FROM daily ORDER BY day DESC LIMIT 1 OFFSET ?",
        (keep_days - 1,)).fetchone()
    if days_of_use is None:
        return 0  # fewer days of use than are kept
    day = min(today - dt.timedelta(days=keep_days), dt.date.fromisoformat(days_of_use[0]))
    connection.execute("BEGIN IMMEDIATE")
    try:
        gone = connection.execute("DELETE FROM events WHERE at < ?",
                                  (start_of(day),)).rowcount
        connection.execute("DELETE FROM daily WHERE day < ?", (day.isoformat(),))
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:  # SQLite rolls a full disk's write back itself
            connection.execute("ROLLBACK")
        raise
    return gone
