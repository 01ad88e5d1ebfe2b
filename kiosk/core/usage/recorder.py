"""Writing usage events off the screen's thread, a batch every few seconds.

``add`` only puts the event on a queue: a tap never waits for the disk, a lock or a
damaged file. A writer thread owns the database connection (sqlite3 refuses its use from
any other thread, which keeps that promise checked) and writes what has gathered every
``every`` seconds, so a power cut loses at most those seconds. A damaged file is set
aside and counting starts again; a full or read-only disk keeps events in memory (up to
``MAX_PENDING``) and tries again, and staff are told either way.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from kiosk.core.phrases import Phrase, translate
from kiosk.core.usage import db
from kiosk.core.usage.events import Event

log = logging.getLogger("kiosk.usage")

EVERY_S = 2.0
MAX_RETRY_S = 300.0
MAX_PENDING = 20_000  # about 40 busy days' events; older ones go first if it fills

DAMAGED = translate(
    "Problems", "The usage statistics file was damaged. It is kept as {name}, and counting "
                "started again in a new file. Patients' pages are not affected.")
CANNOT_SAVE = translate(
    "Problems", "Usage statistics cannot be saved at the moment ({reason}). The kiosk "
                "keeps showing pages and holds the newest events until they can be saved.")

FULL = translate("Problems", "the disk is full")
READ_ONLY = translate("Problems", "the data folder cannot be written")

Trouble = Callable[[Phrase | None], object]


class UsageRecorder:
    def __init__(self, path: Path, keep_days: int = 365, *, every: float = EVERY_S,
                 today: Callable[[], dt.date] = dt.date.today,
                 on_trouble: Trouble | None = None,
                 opener: Callable[[Path, bool], sqlite3.Connection] = db.open_for_writing
                 ) -> None:
        self.path = path
        self._opener = opener
        self.keep_days = keep_days
        self._every = every
        self._today = today
        self._on_trouble = on_trouble
        self._queue: queue.SimpleQueue[Event | threading.Event | None] = queue.SimpleQueue()
        self._wake = threading.Event()
        self._pending: deque[Event] = deque(maxlen=MAX_PENDING)
        self._listened: set[int] = set()
        self._connection: sqlite3.Connection | None = None
        self._visit_base: int | None = None  # visits stored before this run, once a file
        self._checked = False  # the file looked at page by page (once a run)
        self._failures = 0  # writes failed in a row: tried again less often
        self._retry_at = 0.0
        self._forgot_on: dt.date | None = None
        self.trouble: Phrase | None = None
        self.written = 0  # events written since the start (tests and the soak read it)
        self._thread = threading.Thread(target=self._run, name="usage-writer", daemon=True)

    # -- the screen's side: never waits ------------------------------------------------

    def start(self) -> UsageRecorder:
        self._thread.start()
        return self

    def add(self, event: Event) -> None:
        self._queue.put(event)

    def flush(self, timeout: float | None = None) -> bool:
        """Write what was added so far and wait for it (tests, and the kiosk stopping);
        False if it could not be written (the trouble says why) or it took too long."""
        if not self._thread.is_alive():
            return False
        done = threading.Event()
        self._queue.put(done)
        self._wake.set()
        return done.wait(timeout) and not self._pending

    def keep_for(self, days: int) -> None:
        """Keep events this many days (a setting staff changed); applied at the next write."""
        self.keep_days = days
        self._forgot_on = None

    def close(self, timeout: float | None = 10.0) -> None:
        """Write what is left and stop the writer."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._wake.set()
            self._thread.join(timeout)

    # -- the writer thread -------------------------------------------------------------

    def _run(self) -> None:
        closing = False
        while not closing:
            self._wake.wait(self._every)
            self._wake.clear()
            waiting: list[threading.Event] = []
            while True:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    closing = True
                elif isinstance(item, threading.Event):
                    waiting.append(item)
                else:
                    self._pending.append(item)
            try:
                if waiting or closing or self._due():
                    self._write()
            except Exception:  # a writer that dies stops counting for months: say, go on
                log.exception("usage statistics: the writer failed")
            for done in waiting:
                done.set()
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _due(self) -> bool:
        """Whether this turn should write: something waits, and a failing disk is given
        longer each time (up to 5 minutes) before it is tried again."""
        return bool(self._pending) and time.monotonic() >= self._retry_at

    def _write(self) -> None:
        connection = self._open()
        if connection is None:
            return
        try:
            self._forget_old(connection)
            if self._pending:
                batch = list(self._pending)
                db.write(connection, batch, self._visit_base or 0, self._listened)
                self._pending.clear()
                self.written += len(batch)
        except sqlite3.OperationalError as error:
            self._cannot_save(error)
            return
        except sqlite3.DatabaseError as error:
            self._damaged(str(error))
            return
        self._failures = 0
        self._say(None)

    def _open(self) -> sqlite3.Connection | None:
        if self._connection is not None:
            return self._connection
        try:
            self._connection = self._opener(self.path, not self._checked)
        except db.Damaged as error:
            self._damaged(str(error))
            return self._connection
        except (sqlite3.OperationalError, OSError) as error:
            self._cannot_save(error)
            return None
        self._checked = True
        if self._visit_base is None:  # not again on a reconnect: one visit, one number
            self._visit_base = db.last_visit(self._connection)
        return self._connection

    def _damaged(self, why: str) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        try:
            aside = db.set_aside(self.path)
        except OSError as error:
            self._cannot_save(error)
            return
        log.error("usage statistics: %s was damaged (%s), kept as %s; starting a new one",
                  self.path.name, why, aside.name)
        try:
            self._connection = self._opener(self.path, False)
        except (db.Damaged, sqlite3.Error, OSError) as error:
            self._cannot_save(error)
            return
        self._checked = True
        self._visit_base = 0
        self._listened.clear()
        self._say(DAMAGED.fill(name=aside.name))

    def _cannot_save(self, error: BaseException) -> None:
        text = str(error).lower()
        reason: Phrase | str = (
            FULL if "full" in text or "no space" in text else
            READ_ONLY if "readonly" in text or "read-only" in text or "permission" in text
            else str(error))
        if self.trouble is None or self.trouble.template != CANNOT_SAVE.template:
            log.error("usage statistics cannot be saved: %s (%d events held)", error,
                      len(self._pending))
        self._say(CANNOT_SAVE.fill(reason=reason))
        self._failures += 1
        self._retry_at = time.monotonic() + min(MAX_RETRY_S,
                                                self._every * 2 ** min(self._failures, 10))
        if self._connection is not None:
            self._connection.close()  # opened again next time: the disk may be back
            self._connection = None

    def _forget_old(self, connection: sqlite3.Connection) -> None:
        today = self._today()
        if self._forgot_on == today:
            return
        gone = db.forget_old(connection, self.keep_days, today)
        self._forgot_on = today
        if gone:
            log.info("usage statistics: %d events dropped, older than %d days and than "
                     "the last %d days of use", gone, self.keep_days, self.keep_days)

    def _say(self, trouble: Phrase | None) -> None:
        # A damaged file set aside stays said for the rest of this run: the next good
        # write must not wipe it before anyone opened the panel.
        if trouble is None and self.trouble is not None and \
                self.trouble.template == DAMAGED.template:
            return
        if trouble != self.trouble:
            self.trouble = trouble
            if self._on_trouble is not None:
                self._on_trouble(trouble)
