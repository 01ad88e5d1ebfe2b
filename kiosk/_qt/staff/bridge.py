"""The one place the Qt side meets the kiosk service: commands on worker threads, events
as signals on the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from kiosk._qt.staff.worker import Job
from kiosk.core.service import (
    DiskChecked,
    Event,
    InstallProgress,
    KioskService,
    PackFound,
    PackLive,
    PackReady,
    ProblemFound,
    SettingsChanged,
)
from kiosk.core.usage.counting import UsageChecked

log = logging.getLogger("kiosk.staff")


class ServiceBridge(QObject):
    """Hands the service's events on as signals; runs its slow commands off the UI thread.

    An event may be made on any thread (an install runs in a worker); ``_heard`` is queued
    to this object, which lives on the UI thread, so every public signal below is emitted
    there, where widgets may be touched.
    """

    packFound = Signal(object)  # PackFound
    installProgress = Signal(object)  # InstallProgress
    packReady = Signal(object)  # PackReady
    packLive = Signal(object)  # PackLive
    settingsChanged = Signal(object)  # SettingsChanged
    problem = Signal(object)  # ProblemFound
    diskChecked = Signal(object)  # DiskChecked
    usageChecked = Signal(object)  # UsageChecked
    _heard = Signal(object)

    def __init__(self, service: KioskService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._heard.connect(self._dispatch)
        service.subscribe(self._hand_on)

    def _hand_on(self, event: Event) -> None:
        try:
            self._heard.emit(event)
        except RuntimeError:
            # On the way out PySide deletes this object while a worker may still be at
            # work: a change it finds then has no screen left to show it on.
            log.debug("%s came after the staff screens closed", type(event).__name__)

    @Slot(object)
    def _dispatch(self, event: Event) -> None:
        signal = {PackFound: self.packFound, InstallProgress: self.installProgress,
                  PackReady: self.packReady, PackLive: self.packLive,
                  SettingsChanged: self.settingsChanged, ProblemFound: self.problem,
                  DiskChecked: self.diskChecked, UsageChecked: self.usageChecked}[type(event)]
        signal.emit(event)

    def run(self, command: Callable[[Callable[[int, int], None]], Any], name: str,
            serial: bool = False) -> Job:
        """Start ``command(progress)`` in a worker thread; connect to the job's signals.

        ``serial``: one of many like it (checking each pack on a stick), run one after
        another on one shared thread rather than each on its own."""
        job = Job(command, name)
        job.start(serial=serial)
        return job
