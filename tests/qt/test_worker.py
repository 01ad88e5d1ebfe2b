"""Jobs off the UI thread: what happens when nobody is left to hear them end."""

from __future__ import annotations

import threading

import shiboken6

from kiosk._qt.staff.worker import Job


def test_a_job_that_ends_after_the_kiosk_closed_ends_quietly(qapp, monkeypatch) -> None:
    """On the way out PySide deletes every object still held, running jobs too; the
    staff notice job, still reading a slow disk, then raised "Signal source has been
    deleted" from its thread as it ended."""
    raised: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    reading, deleted = threading.Event(), threading.Event()

    def work(progress) -> str:
        reading.set()
        deleted.wait()
        progress(1, 2)  # a step of progress, then the end: both after the deletion
        return "read"

    job = Job(work, "closing-test").start()
    assert reading.wait(30)
    thread = next(t for t in threading.enumerate() if t.name == "kiosk-closing-test")
    shiboken6.delete(job)  # as PySide's own clean-up at exit does
    deleted.set()
    thread.join(30)
    assert not thread.is_alive()
    assert raised == []
    Job._running.discard(job)
