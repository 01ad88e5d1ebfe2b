"""Usage events as CSV, one row an event, in columns documented in docs/statistics.md.

The kiosk's name is in every row and the visit numbers are this kiosk's own, so the files
of many kiosks can be pasted one under another in a spreadsheet and still be told apart.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from pathlib import Path

from kiosk.core.usage import db
from kiosk.core.usage.events import End, Kind

COLUMNS = ("kiosk", "date", "time", "visit", "event", "topic", "page", "language",
           "seconds", "percent", "ended_by")
_ENDS = {int(End.IDLE): "idle", int(End.RESTART): "restart"}


def file_stem(kiosk: str) -> str:
    """The kiosk's name in letters any stick or shared folder takes (Urdu ones included)."""
    return re.sub(r"[^\w.-]+", "-", kiosk).strip("-.") or "kiosk"


def csv_name(kiosk: str, first: dt.date, last: dt.date) -> str:
    """What a CSV saved from the staff panel is called: whose, and which days."""
    return f"kiosk-use-{file_stem(kiosk)}-{first}-to-{last}.csv"


def export_csv(path: Path, out: Path, first: dt.date, last: dt.date,
               kiosk: str = "") -> int:
    """Write the events from ``first`` to ``last`` (both included) to ``out``; returns how
    many. Written beside ``out`` first and renamed, so a USB stick pulled halfway leaves
    no half file with the right name. FileNotFoundError when nothing was ever counted."""
    if not path.exists():
        raise FileNotFoundError(path)
    part = out.with_name(out.name + ".part")
    connection = db.connect(path, readonly=True)
    rows = 0
    try:
        cursor = connection.execute(
            "SELECT e.at, e.visit, e.kind, p.key, e.language, e.seconds, e.percent "
            "FROM events e LEFT JOIN pages p ON p.id = e.page "
            "WHERE e.at >= ? AND e.at < ? ORDER BY e.id",
            (db.start_of(first), db.start_of(last + dt.timedelta(days=1))))
        # utf-8-sig: a spreadsheet opened by double-clicking reads the Urdu page names
        # right only with the byte-order mark.
        with part.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            for at, visit, kind, page, language, seconds, percent in cursor:
                writer.writerow(_row(kiosk, at, visit, Kind(kind), page or "",
                                     language or "", seconds, percent))
                rows += 1
            handle.flush()
            os.fsync(handle.fileno())
        part.replace(out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        connection.close()
    return rows


def _row(kiosk: str, at: int, visit: int, kind: Kind, page: str, language: str,
         seconds: int | None, percent: int | None) -> list[object]:
    # To the minute, not the second: matched against an appointment list, a time to the
    # second could point at the one patient who stood at the kiosk then.
    when = dt.datetime.fromtimestamp(at - at % 60).astimezone()
    topic, _, page_id = page.partition("/")
    ended_by = _ENDS.get(percent or 0, "") if kind is Kind.END else ""
    shows_seconds = kind in (Kind.PAGE, Kind.LISTEN, Kind.END)
    shows_percent = kind in (Kind.PAGE, Kind.LISTEN, Kind.QUIZ, Kind.TEXT_SIZE)
    return [kiosk, when.date().isoformat(), when.isoformat(timespec="minutes"), visit,
            kind.word, topic, page_id, language,
            seconds if shows_seconds else "", percent if shows_percent else "", ended_by]
