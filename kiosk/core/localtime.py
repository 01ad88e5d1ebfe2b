"""Moments as staff read them: by the kiosk's own clock and calendar. The kiosk keeps
moments in UTC (installs, update lists); said in UTC, they are five hours from a clock in
Pakistan, and a list ending at 20:00 UTC on the 7th has ended on the 8th there."""

from __future__ import annotations

import datetime as dt


def local_day(moment: dt.datetime) -> str:
    return moment.astimezone().date().isoformat()


def local_minute(moment: dt.datetime) -> str:
    """To the minute; a moment without a time zone is taken as the kiosk's already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
