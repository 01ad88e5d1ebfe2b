"""The kiosk service's usage statistics: the writer, the figures, the CSV, the summary.

Its own class, beside ``KioskService`` rather than in it: the service hands it the
settings and the pack in use as they are at each call, and the way to tell staff.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.paths import DataDir
from kiosk.core.phrases import Phrase
from kiosk.core.usage import export, figures, fleet
from kiosk.core.usage.events import Event
from kiosk.core.usage.recorder import UsageRecorder

if TYPE_CHECKING:
    from kiosk.core.model import Pack
    from kiosk.core.settings import Settings

FLUSH_WAIT_S = 10.0  # a dashboard shown a moment stale beats one that never opens


@dataclass(frozen=True)
class UsageChecked:
    """Whether usage statistics are being saved: ``trouble`` in staff's words, or None."""

    trouble: Phrase | None


class Counting:
    def __init__(self, data: DataDir, settings: Callable[[], Settings],
                 live: Callable[[], Pack | None], emit: Callable[[Any], object]) -> None:
        self.data = data
        self._settings = settings
        self._live = live
        self._emit = emit
        self.recorder: UsageRecorder | None = None

    def start(self) -> UsageRecorder:
        """Start the usage writer (once; the kiosk does it after its first frame)."""
        if self.recorder is None:
            self.recorder = UsageRecorder(
                self.data.usage_file, self._settings().keep_use_days,
                on_trouble=lambda trouble: self._emit(UsageChecked(trouble))).start()
        return self.recorder

    @property
    def trouble(self) -> Phrase | None:
        """What the writer last told staff (the last ``UsageChecked``): a screen made
        after the event reads it here."""
        return self.recorder.trouble if self.recorder is not None else None

    def count(self, event: Event) -> None:
        """Count a patient's event (never waits); nothing when staff turned counting off."""
        if self.recorder is not None and self._settings().count_use:
            self.recorder.add(event)

    def keep_for(self, days: int) -> None:
        if self.recorder is not None:
            self.recorder.keep_for(days)

    def stop(self) -> None:
        """Write what is held and stop the writer (the kiosk is stopping)."""
        if self.recorder is not None:
            self.recorder.close()

    def _flush(self) -> None:
        if self.recorder is not None:
            self.recorder.flush(FLUSH_WAIT_S)  # what the patient just did is in the figures

    def figures(self, first: dt.date, last: dt.date) -> figures.Figures:
        """The dashboard's figures (a worker runs this). FileNotFoundError: nothing yet."""
        self._flush()
        return figures.read(self.data.usage_file, first, last)

    def export(self, out: Path, first: dt.date, last: dt.date) -> int:
        """Write the events of these days as CSV to ``out`` (a USB stick); how many."""
        self._flush()
        return export.export_csv(self.data.usage_file, out, first, last,
                                 self._settings().kiosk_name)

    def write_summary(self, today: dt.date | None = None) -> Path | None:
        """This kiosk's summary for the clinic group (a worker runs this: the folder may
        be a network share). None when no summary folder or no kiosk name is set; OSError
        if the folder cannot be written."""
        settings = self._settings()
        if not settings.summary_folder.strip() or not settings.kiosk_name.strip():
            return None
        today = today or dt.date.today()
        week: figures.Figures | None
        month: figures.Figures | None
        try:
            week = self.figures(today - dt.timedelta(days=6), today)
            month = self.figures(today - dt.timedelta(days=29), today)
        except (FileNotFoundError, sqlite3.Error):
            week = month = None
        live = self._live()
        content = fleet.summary(settings.kiosk_name, (live.id, live.version) if live else None,
                                self.data.root, self.data.logs / "kiosk.log", week, month)
        return fleet.write_summary(Path(settings.summary_folder.strip()).expanduser(), content)
