"""The dashboard's figures for a range of days, from the daily totals alone."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.core.usage import db
from kiosk.core.usage.db import Figure


@dataclass(frozen=True)
class PageUse:
    page: str
    views: int
    seconds: int  # in all
    read_to_end: int


@dataclass(frozen=True)
class Figures:
    first: dt.date
    last: dt.date
    visits_by_day: tuple[tuple[dt.date, int], ...]  # every day of the range, 0s included
    median_visit_s: int | None  # None: no visit ended in the range
    pages: tuple[PageUse, ...]  # most read first
    stops: tuple[tuple[str, int], ...]  # the last page of visits ("" none), most first
    start_languages: dict[str, int] = field(default_factory=dict)
    page_languages: dict[str, int] = field(default_factory=dict)
    switches: int = 0
    listened_visits: int = 0
    listens: int = 0
    listened_s: int = 0
    quiz_answers: int = 0
    quiz_right: int = 0
    text_sizes: dict[int, int] = field(default_factory=dict)
    emergency: int = 0
    # Visits dated after today, and the last such day: counted while the clock ran ahead
    # (a clock set years on). They keep those dates; staff are told, to set the clock.
    ahead: int = 0
    ahead_until: dt.date | None = None

    @property
    def visits(self) -> int:
        return sum(count for _day, count in self.visits_by_day)


def median_of(lengths: Counter[int]) -> int | None:
    """The middle of a histogram of visit lengths (the lower middle for an even count)."""
    total = sum(lengths.values())
    if not total:
        return None
    middle = (total + 1) // 2
    seen = 0
    for length in sorted(lengths):
        seen += lengths[length]
        if seen >= middle:
            return length
    return None  # unreachable: the loop reaches total


def read(path: Path, first: dt.date, last: dt.date, today: dt.date | None = None) -> Figures:
    """The figures from ``first`` to ``last`` (both included), and the visits dated after
    ``today``. FileNotFoundError if the kiosk has not counted anything yet; sqlite3.Error
    if the file cannot be read."""
    if not path.exists():
        raise FileNotFoundError(path)
    span = (first.isoformat(), last.isoformat())
    connection = db.connect(path, readonly=True)
    try:
        # Summed by SQLite: a busy year is some 90,000 daily rows, too many to add up in
        # Python while staff wait (docs/performance.md).
        per_day = connection.execute(
            "SELECT day, sum(count) FROM daily WHERE day BETWEEN ? AND ? AND figure = ? "
            "GROUP BY day", (*span, int(Figure.VISITS))).fetchall()
        rows = connection.execute(
            "SELECT figure, key, sum(count), sum(total) FROM daily WHERE day BETWEEN ? AND ? "
            "GROUP BY figure, key", span).fetchall()
        ahead, until = connection.execute(
            "SELECT sum(count), max(day) FROM daily WHERE figure = ? AND day > ?",
            (int(Figure.VISITS), (today or dt.date.today()).isoformat())).fetchone()
    finally:
        connection.close()
    shown = from_rows(per_day, rows, first, last)
    if not ahead:
        return shown
    return replace(shown, ahead=ahead, ahead_until=dt.date.fromisoformat(until))


def from_rows(per_day_rows: list[tuple[str, int]], rows: list[tuple[int, str, int, int]],
              first: dt.date, last: dt.date) -> Figures:
    per_day: Counter[str] = Counter(dict(per_day_rows))
    sums: dict[int, Counter[str]] = defaultdict(Counter)
    totals: dict[int, Counter[str]] = defaultdict(Counter)
    for figure, key, count, total in rows:
        sums[figure][key] += count
        totals[figure][key] += total
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    lengths = Counter({int(key): count for key, count in sums[Figure.LENGTH].items()})
    page_rows = sums[Figure.PAGE]
    pages = sorted((PageUse(page, views, totals[Figure.PAGE][page],
                            sums[Figure.READ_TO_END][page])
                    for page, views in page_rows.items()),
                   key=lambda use: (-use.views, use.page))
    return Figures(
        first=first, last=last,
        visits_by_day=tuple((day, per_day[day.isoformat()]) for day in days),
        median_visit_s=median_of(lengths),
        pages=tuple(pages),
        stops=tuple(sorted(sums[Figure.LAST_PAGE].items(), key=lambda kv: (-kv[1], kv[0]))),
        start_languages=dict(sums[Figure.START_LANGUAGE]),
        page_languages=dict(sums[Figure.PAGE_LANGUAGE]),
        switches=sum(sums[Figure.SWITCH].values()),
        listened_visits=sum(sums[Figure.LISTENED].values()),
        listens=sum(sums[Figure.LISTEN].values()),
        listened_s=sum(totals[Figure.LISTEN].values()),
        quiz_answers=sum(sums[Figure.QUIZ].values()),
        quiz_right=sum(totals[Figure.QUIZ].values()),
        text_sizes={int(key): count for key, count in sums[Figure.TEXT_SIZE].items()},
        emergency=sum(sums[Figure.HELP].values()),
    )
