"""The kiosk's heartbeat for its supervisor (kiosk/core/supervisor.py).

A QTimer on the GUI thread rewrites the file named by ``$KIOSK_HEARTBEAT`` every few
seconds. The timer only fires while the event loop turns, so a frozen screen stops the
beat and the supervisor restarts the kiosk, even though the process is still alive.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.core.supervisor import HEARTBEAT_ENV, HEARTBEAT_INTERVAL_ENV, install_fault_log

log = logging.getLogger("kiosk.heartbeat")


class Heartbeat(QObject):
    def __init__(self, path: Path, interval_ms: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.count = 0
        self._failed = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        self.beat()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def beat(self) -> None:
        self.count += 1
        try:
            self._write(str(self.count))
            self._failed = False
        except OSError as error:
            if not self._failed:  # once, not every five seconds for months
                log.error("cannot write the heartbeat file %s: %s", self.path, error)
            self._failed = True

    def _write(self, text: str) -> None:
        # Whole or not at all: a reader (the supervisor, a test) never sees the file empty
        # or half written. The new beat is written beside it and renamed over it.
        spare = self.path.with_name(self.path.name + ".new")
        spare.write_text(text, encoding="ascii")
        try:
            os.replace(spare, self.path)
        except PermissionError:
            # Windows refuses to rename over a file another process has open, as the
            # supervisor has for a moment each time it reads: this beat goes in place.
            spare.unlink(missing_ok=True)
            self.path.write_text(text, encoding="ascii")


def from_environment(parent: QObject | None = None) -> Heartbeat | None:
    """A started heartbeat if a supervisor asked for one, else None."""
    path = os.environ.get(HEARTBEAT_ENV)
    if not path:
        return None
    try:
        interval = int(os.environ.get(HEARTBEAT_INTERVAL_ENV, "5000"))
    except ValueError:
        interval = 5000
    install_fault_log()  # crash tracebacks, and stacks when the supervisor finds us hung
    heartbeat = Heartbeat(Path(path), max(10, interval), parent)
    heartbeat.start()
    log.info("heartbeat every %d ms to %s", interval, path)
    return heartbeat
