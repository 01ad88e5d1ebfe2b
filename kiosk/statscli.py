"""``kiosk stats``: the usage statistics from a shell (IT, or a script run each month)."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from pathlib import Path

from kiosk.cliargs import iso_date
from kiosk.core.exitcodes import EXIT_ERROR as REFUSED
from kiosk.core.exitcodes import EXIT_USAGE as USAGE


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk stats",
                                description="The kiosk's anonymous usage statistics "
                                            "(docs/statistics.md).")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    export = sub.add_parser("export", help="write the events of a range of days as CSV",
                            description="Write the events of a range of days as CSV, in the "
                                        "columns docs/statistics.md lists.")
    export.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="the kiosk's data folder (default: $KIOSK_DATA_DIR or the usual "
                             "one)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")
    export.add_argument("--from", dest="first", type=iso_date, metavar="DATE",
                        help="the first day (YYYY-MM-DD; default: a year before --to)")
    export.add_argument("--to", dest="last", type=iso_date, metavar="DATE",
                        help="the last day, included (default: today)")
    return p


def main(argv: list[str]) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if not isinstance(exit_.code, str) else USAGE
    from kiosk.core.paths import DataDir
    from kiosk.core.settings import Settings
    from kiosk.core.usage.export import export_csv

    data = DataDir.choose(args.data_dir)
    last = args.last or dt.date.today()
    first = args.first or last - dt.timedelta(days=364)
    if first > last:
        print(f"--from {first} is after --to {last}.", file=sys.stderr)
        return USAGE
    name = Settings.load(data.settings_file).kiosk_name
    try:
        rows = export_csv(data.usage_file, args.output, first, last, name)
    except FileNotFoundError:
        print(f"Nothing was counted on this kiosk yet (no {data.usage_file}).", file=sys.stderr)
        return REFUSED
    except sqlite3.Error as error:
        print(f"{data.usage_file} cannot be read: {error}", file=sys.stderr)
        return REFUSED
    except OSError as error:
        print(f"{args.output} cannot be written: {error.strerror or error}", file=sys.stderr)
        return REFUSED
    print(f"{rows} events from {first} to {last} written to {args.output}.")
    return 0
