"""A daily summary per kiosk in a folder the clinic group shares, and the report over it.

Each kiosk that has a name and a summary folder writes ``<name>.json`` there: when it
last wrote (its last contact), its software and pack versions, free disk, its last logged
error, and the same aggregate figures the dashboard shows for the last 7 and 30 days.
Never events, never anything about a patient. ``kiosk-pack fleet-report FOLDER`` reads
every summary and flags a kiosk silent for more than two days.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.core import jsontext
from kiosk.core.atomic import write_atomic
from kiosk.core.usage.export import file_stem
from kiosk.core.usage.figures import Figures

log = logging.getLogger("kiosk.usage")

FORMAT = 1
SILENT_AFTER = dt.timedelta(days=2)
MAX_SUMMARY_BYTES = 256 * 1024  # a summary is ~1 KB: anything far bigger is not one
LOG_TAIL_BYTES = 256 * 1024


def file_name(kiosk: str) -> str:
    """The summary's file name, from the kiosk's name."""
    return f"{file_stem(kiosk)}.json"


def last_error(log_file: Path) -> tuple[str, str] | None:
    """(when, what) of the last ERROR line of the kiosk's log, or None."""
    try:
        with log_file.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - LOG_TAIL_BYTES))
            tail = handle.read().decode("utf-8", "replace")
    except OSError:
        return None
    for line in reversed(tail.splitlines()):
        match = re.match(r"(\S+ \S+) (?:ERROR|CRITICAL)\s+(.*)", line)
        if match:
            return match.group(1), _without_paths(match.group(2))[:300]
    return None


def _without_paths(message: str) -> str:
    """A log line without its file paths: they can name a Windows user, a host or a
    share, which a summary on a shared folder has no business carrying."""
    message = re.sub(r"(?:[A-Za-z]:\\|\\\\)[^\s:;,'\"]*", "<path>", message)
    return re.sub(r"(?<![\w.])/[^\s:;,'\"]+", "<path>", message)


def _use(figures: Figures) -> dict[str, Any]:
    return {
        "visits": figures.visits,
        "median_visit_seconds": figures.median_visit_s,
        "page_views": sum(page.views for page in figures.pages),
        "languages": figures.start_languages,
        "listened_visits": figures.listened_visits,
        "quiz_answers": figures.quiz_answers,
        "quiz_right": figures.quiz_right,
        "emergency_page": figures.emergency,
    }


def summary(kiosk: str, pack: tuple[str, int] | None, data_root: Path, log_file: Path,
            week: Figures | None, month: Figures | None,
            now: dt.datetime | None = None) -> dict[str, Any]:
    now = (now or dt.datetime.now()).astimezone()
    try:
        free = shutil.disk_usage(data_root).free // (1024 * 1024)
    except OSError:
        free = None
    error = last_error(log_file)
    return {
        "format": FORMAT,
        "kiosk": kiosk,
        "written": now.isoformat(timespec="seconds"),
        "software": __version__,
        "pack": {"id": pack[0], "version": pack[1]} if pack else None,
        "free_disk_mb": free,
        "last_error": {"at": error[0], "message": error[1]} if error else None,
        "last_7_days": _use(week) if week else None,
        "last_30_days": _use(month) if month else None,
    }


def write_summary(folder: Path, content: dict[str, Any]) -> Path:
    """Write (replace) this kiosk's summary in ``folder``; OSError if it cannot."""
    path = folder / file_name(str(content["kiosk"]))
    write_atomic(path, json.dumps(content, indent=2, ensure_ascii=False).encode("utf-8"))
    return path


# -- the report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    kiosk: str
    last_contact: dt.datetime | None
    silent_days: int | None  # whole days since the last contact; None: never readable
    pack: str
    software: str
    free_disk_mb: int | None
    visits_7_days: int | None
    last_error: str
    problem: str = ""  # the summary could not be read: why

    def silent(self, now: dt.datetime) -> bool:
        return self.last_contact is None or now - self.last_contact > SILENT_AFTER


def read_rows(folder: Path, now: dt.datetime | None = None) -> list[Row]:
    """Every kiosk's summary in ``folder`` (OSError if the folder cannot be read)."""
    now = (now or dt.datetime.now()).astimezone()
    rows = []
    for path in sorted(folder.glob("*.json")):
        try:
            if path.stat().st_size > MAX_SUMMARY_BYTES:
                raise ValueError("too big to be a kiosk summary")
            data = jsontext.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a kiosk summary (format 1)")
            written = dt.datetime.fromisoformat(str(data["written"]))
            if written.tzinfo is None:
                written = written.astimezone()
            # The share's own time of the file too: a kiosk whose clock runs days ahead
            # must not look as if it had written a moment ago, for ever.
            stamped = dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
            written = min(written, stamped)
            pack = data.get("pack") or {}
            week = data.get("last_7_days") or {}
            error = data.get("last_error") or {}
            rows.append(Row(
                kiosk=str(data.get("kiosk") or path.stem), last_contact=written,
                silent_days=max(0, (now - written).days),
                pack=f"{pack.get('id', '')} v{pack.get('version', '')}" if pack else "",
                software=str(data.get("software", "")),
                free_disk_mb=_int(data.get("free_disk_mb")),
                visits_7_days=_int(week.get("visits")),
                last_error=f"{error.get('at', '')} {error.get('message', '')}".strip()))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            rows.append(Row(path.stem, None, None, "", "", None, None, "", str(error)))
    return rows


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


COLUMNS = ("kiosk", "status", "last_contact", "days_silent", "pack", "software",
           "free_disk_mb", "visits_last_7_days", "last_error")


def _cells(row: Row, now: dt.datetime) -> list[str]:
    status = ("unreadable: " + row.problem if row.problem else
              "SILENT" if row.silent(now) else "ok")
    return [row.kiosk, status,
            row.last_contact.isoformat(timespec="minutes") if row.last_contact else "",
            "" if row.silent_days is None else str(row.silent_days), row.pack, row.software,
            "" if row.free_disk_mb is None else str(row.free_disk_mb),
            "" if row.visits_7_days is None else str(row.visits_7_days), row.last_error]


def table(rows: list[Row], now: dt.datetime) -> str:
    """The report as a table for a terminal (the last error cut to fit)."""
    lines = [list(COLUMNS)] + [_cells(row, now) for row in rows]
    for line in lines:
        line[-1] = line[-1][:60]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths,
                                                                      strict=True)).rstrip()
                     for line in lines)


def as_csv(rows: list[Row], now: dt.datetime) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(_cells(row, now))
    return out.getvalue()
