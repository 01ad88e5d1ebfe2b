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


def test_a_change_noticed_after_the_kiosk_closed_is_dropped_quietly(qapp, tmp_path) -> None:
    """The staff notice job, still reading when the kiosk closed, found a hand-edited
    settings file and told the service's listener, the bridge PySide had deleted:
    "notice failed unexpectedly", with "Signal source has been deleted"."""
    from kiosk._qt.staff.bridge import ServiceBridge
    from kiosk.core.packdir import load_pack
    from kiosk.core.paths import DataDir
    from kiosk.core.service import KioskService, SettingsChanged

    data = DataDir(tmp_path / "data").create()
    service = KioskService(data)
    service.start(load_pack(service.store.active_pack_folder()))
    shown: list[object] = []
    bridge = ServiceBridge(service)
    bridge.settingsChanged.connect(shown.append)
    shiboken6.delete(bridge)  # as PySide's own clean-up at exit does
    service.change_settings(volume=55)
    data.settings_file.write_text(data.settings_file.read_text().replace("55", "60") + "\n")
    events = service.notice()  # what the job does on its thread; here on this one
    assert [type(event) for event in events] == [SettingsChanged]
    assert shown == []
