"""Polling the update channel on a schedule, from a worker thread, never blocking the UI."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk._qt.staff.worker import Job
from kiosk.core.phrases import Value, render
from kiosk.core.service import KioskService, PackLive, PackReady
from kiosk.core.updatelist import ChannelError

if TYPE_CHECKING:  # the client (with http.client and ssl) is made by the service
    from kiosk.core.channel import ChannelClient

log = logging.getLogger("kiosk.channel")

POLL_MS = 30 * 60 * 1000  # twice an hour: little data, and a fix arrives the same morning
FIRST_POLL_MS = 60 * 1000  # let the kiosk settle after a start before using the network


@dataclass
class ChannelStatus:
    address: str = ""
    checked_at: dt.datetime | None = None
    error: list[Value] = field(default_factory=list)
    waiting: str = ""  # a downloaded pack waiting for the next attract screen
    held_back: tuple[int, ...] = ()  # versions it has had before (staff went back): not taken
    not_taken: tuple[Value, ...] = ()  # newer packs it cannot take, and why
    installed: str = ""
    busy: bool = False


class ChannelPoller(QObject):
    changed = Signal()

    def __init__(self, service: KioskService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.status = ChannelStatus(address=service.settings.update_url)
        self._job: Job | None = None
        self._job_address = ""  # the address the job under way was started for
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self, first_ms: int = FIRST_POLL_MS) -> None:
        if self.service.settings.update_url.strip():
            # Loaded at start, not by the first poll in the middle of a visit (ssl and
            # http.client take about 20 ms); a kiosk with no channel never loads it.
            import kiosk.core.channel  # noqa: F401

            # A download the last run left waiting, read once here with the rest of the
            # start (not at every welcome screen): installed at the first one, as before
            # the restart, even with the channel out of reach.
            client = self._client()
            waiting = client.pending() if client is not None else None
            self.status.waiting = waiting.name if waiting is not None else ""
            if waiting is not None:
                self.changed.emit()  # the controller installs it at the welcome screen
        self.timer.start()
        QTimer.singleShot(first_ms, self.poll)

    def stop(self) -> None:
        self.timer.stop()

    def _client(self) -> ChannelClient | None:
        try:
            return self.service.channel()
        except ChannelError as error:
            self.status.error = [error.phrase]
            return None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def address_changed(self) -> None:
        """Another address (or none): what the old one said, and had waiting, is gone. A
        job for the old one may still be running: its answer is not this address's."""
        self._forget_status()
        if not self.service.settings.update_url.strip():
            self._drop_stale_downloads()  # no check will come to do it

    def _forget_status(self) -> None:
        self.status = ChannelStatus(address=self.service.settings.update_url,
                                    busy=self.status.busy)
        self.changed.emit()

    def _drop_stale_downloads(self) -> None:
        """What an old address downloaded, dropped on a worker (a check drops it first
        itself). Not while a job runs: its end comes back here, or to a check."""
        if self.busy or not self.service.stale_downloads:
            return
        service = self.service
        # Not "checking now" on the Updates tab: it may follow no channel at all.
        self._run(Job(lambda _progress: service.drop_stale_downloads(), "channel-drop"),
                  lambda _result: None, checking=False)

    def _stale(self) -> bool:
        return self._job_address != self.service.settings.update_url

    def poll(self, again: bool = False) -> bool:
        """Check the channel and download anything newer. False if nothing was started.
        ``again``: staff asked, so a pack whose last copy did not match is tried now."""
        if self.status.address != self.service.settings.update_url:
            self._forget_status()  # told before the settings' own news reached the panel
        if self.busy:
            return False
        if self._client() is None:
            self.changed.emit()
            self._drop_stale_downloads()  # no address, or one that cannot be used
            return False
        service = self.service
        self._run(Job(lambda progress: service.check_channel(progress, again),
                      "channel-check"),
                  self._checked)
        return True

    def install_pending(self) -> bool:
        """Install the download the last check left waiting (the caller makes sure
        patients are not mid-visit). Known from that check, not read from the disk here:
        the controller asks at every welcome screen, on the UI thread, and a data folder
        on a failing disk would hold the screen. The worker finds nothing to install if
        it went meanwhile (staff cleared it, or another address was set)."""
        if self.busy or not self.status.waiting:
            return False
        service = self.service
        # The service says "live" (PackLive) itself; the staff side shows it from there.
        self._run(Job(lambda progress: service.install_from_channel(progress),
                      "channel-install"), self._installed)
        return True

    def _run(self, job: Job, on_success: object, checking: bool = True) -> None:
        self._job = job
        self._job_address = self.service.settings.update_url
        self.status.busy = checking
        job.succeeded.connect(on_success)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        self.changed.emit()
        job.start()

    def _checked(self, ready: PackReady) -> None:
        if self._stale():
            return
        self.status.checked_at = dt.datetime.now()
        self.status.error = []
        self.status.waiting = ready.path.name if ready.path is not None else ""
        self.status.held_back = ready.held_back
        self.status.not_taken = ready.not_taken

    def _installed(self, live: PackLive | None) -> None:
        self.status.waiting = ""  # installed: from whichever address, it waits no more
        if live is not None and live.installed is not None:
            installed = live.installed
            self.status.installed = f"{installed.id} v{installed.version}"
            log.info("channel pack %s v%d installed", installed.id, installed.version)

    def _failed(self, message: list[Value]) -> None:
        if self._stale():
            return
        self.status.checked_at = dt.datetime.now()
        self.status.error = message
        # A channel that cannot be reached is normal on clinic internet: a warning, not an error.
        log.warning("update channel: %s", "; ".join(render(line) for line in message))

    def _finished(self) -> None:
        stale = self._stale()
        self._job = None
        self.status.busy = False
        self.changed.emit()
        if stale:
            # The address changed while the old one was checked: the new one is checked
            # now, not in half an hour (its own check was refused as busy), and that check
            # first drops what the old one left in the download folders (with no address,
            # a job of its own does).
            self.poll()
