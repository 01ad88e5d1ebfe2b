"""Writing this kiosk's summary for the clinic group: soon after the start, then every few
hours, on a worker thread (the folder is often a network share that may hang)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from kiosk._qt.staff.worker import Job
from kiosk.core.phrases import Value, render
from kiosk.core.usage.counting import Counting

log = logging.getLogger("kiosk.usage")

EVERY_MS = 6 * 3600 * 1000  # "last contact" a few hours old at most; the figures daily
FIRST_MS = 2 * 60 * 1000  # after the start has settled, like the channel's first poll


class SummaryWriter(QObject):
    def __init__(self, counting: Counting, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.counting = counting
        self._job: Job | None = None
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.write)

    def start(self, first_ms: int = FIRST_MS) -> None:
        self.timer.start()
        QTimer.singleShot(first_ms, self, self.write)

    def write(self) -> None:
        if self._job is not None:
            return  # the last one still hangs on a dead share
        counting = self.counting
        job = Job(lambda _progress: counting.write_summary(), "write the summary")
        job.succeeded.connect(self._written)
        job.failed.connect(self._failed)
        job.finished.connect(self._done)
        self._job = job.start()

    def _done(self) -> None:
        self._job = None

    def _written(self, path: object) -> None:
        if path is not None and self._failing:
            log.info("the summary for the clinic group is written again (%s)", path)
        self._failing = False

    def _failed(self, message: list[Value]) -> None:
        if not self._failing:  # said once, not every six hours for a month
            log.warning("the summary for the clinic group cannot be written: %s",
                        "; ".join(render(line) for line in message))
        self._failing = True
