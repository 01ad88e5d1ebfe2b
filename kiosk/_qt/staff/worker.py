"""Slow work (unpacking, hashing, downloading) off the UI thread, reported back by signals."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from kiosk._qt.turns import next_turn
from kiosk.core.kpack import disk_problem
from kiosk.core.phrases import Value
from kiosk.core.problems import PackError
from kiosk.core.updatelist import ChannelError

log = logging.getLogger("kiosk.staff")


class Job(QObject):
    """Runs ``work(progress)`` in a thread. Signals arrive on the UI thread (queued).

    ``failed`` carries a list of lines (``Value``: phrases still to be translated), so a
    message on screen can follow the staff member's language when it changes.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    # From the worker thread to this object (which lives on the UI thread): these are
    # queued, so every public signal above is emitted, and handled, on the UI thread.
    _moved = Signal(int, int)
    _ended = Signal(object, object, bool)

    # A job must outlive the code that started it until its thread reports back.
    _running: ClassVar[set[Job]] = set()

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], name: str) -> None:
        super().__init__()
        self.work = work
        self.name = name
        self._last = -1
        self._moved.connect(self._deliver_progress)
        self._ended.connect(self._deliver)

    def start(self, serial: bool = False) -> Job:
        """Run in a thread of its own, or (``serial``) in turn on the one shared queue."""
        Job._running.add(self)
        if serial:
            _queue().put(self._run)
        else:
            threading.Thread(target=self._run, name=f"kiosk-{self.name}", daemon=True).start()
        return self

    def _report(self, done: int, total: int) -> None:
        # Thousands of calls per second would flood the UI thread; a percent is enough.
        percent = 100 if total <= 0 else done * 100 // total
        if percent != self._last:
            self._last = percent
            self._tell(self._moved, done, total)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object, object, bool)
    def _deliver(self, result: object, error: list[Value], ok: bool) -> None:
        # Qt hands over every queued signal waiting in one pass: two jobs ending together
        # (a PIN checked, a stick looked at) would both be handled before the screen is
        # drawn again. Each answer is handled in a turn of the event loop of its own.
        # The turn's timer belongs to the application, not to this job: answering lets go
        # of the job, which would otherwise take its timer with it mid-signal.
        app = QCoreApplication.instance()
        assert app is not None
        next_turn(app, lambda: self._answer(result, error, ok))

    def _answer(self, result: object, error: list[Value], ok: bool) -> None:
        try:
            if ok:
                self.succeeded.emit(result)
            else:
                self.failed.emit(error)
        finally:
            self.finished.emit()
            Job._running.discard(self)

    def _run(self) -> None:
        result: object = None
        error: list[Value] = []
        try:
            result = self.work(self._report)
        except PackError as problem:
            error = [p.phrase for p in problem.problems] or [str(problem)]
        except ChannelError as problem:
            error = [problem.phrase]
        except OSError as problem:
            error = [disk_problem(problem, self.name).phrase]
        except Exception as problem:  # a bug must not kill the kiosk from a thread
            log.exception("%s failed unexpectedly", self.name)
            error = [f"{type(problem).__name__}: {problem}"]
        self._tell(self._ended, result, error, not error)

    def _tell(self, signal: Any, *values: object) -> None:
        """Report to the UI thread, unless the kiosk has closed meanwhile: on the way out
        PySide deletes every object still held, this job too, and a job still running
        then (the staff notice read at start, from a slow disk) raised from its thread
        as it ended."""
        try:
            signal.emit(*values)
        except RuntimeError:  # "Signal source has been deleted"
            log.debug("%s ended after the kiosk closed; nobody to tell", self.name)


_serial: queue.SimpleQueue[Callable[[], None]] | None = None
_serial_lock = threading.Lock()


def _queue() -> queue.SimpleQueue[Callable[[], None]]:
    """The shared queue of serial jobs, and its one daemon thread (a job that hangs on a
    dead share holds up the ones behind it, never the UI thread or the kiosk's exit)."""
    global _serial
    with _serial_lock:
        if _serial is None:
            _serial = queue.SimpleQueue()
            serial = _serial

            def work() -> None:
                while True:
                    job = serial.get()
                    try:
                        job()
                    except Exception:  # one job's end must not end the queue
                        # Its object gone before it could report (the kiosk closing).
                        log.exception("a queued job could not report back")

            threading.Thread(target=work, name="kiosk-serial", daemon=True).start()
        return _serial


def jobs_running() -> frozenset[Job]:
    """The jobs started and not yet reported back."""
    return frozenset(Job._running)
