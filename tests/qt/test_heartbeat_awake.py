"""The kiosk's heartbeat for its supervisor, and keeping the display awake."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk._qt import heartbeat
from kiosk.core.supervisor import HEARTBEAT_ENV, HEARTBEAT_INTERVAL_ENV

HERE = Path(__file__).resolve().parent


def test_heartbeat_beats_from_the_event_loop(qtbot, tmp_path: Path, monkeypatch) -> None:
    beat_file = tmp_path / "beat"
    monkeypatch.setenv(HEARTBEAT_ENV, str(beat_file))
    monkeypatch.setenv(HEARTBEAT_INTERVAL_ENV, "20")
    beat = heartbeat.from_environment()
    assert beat is not None
    try:
        assert beat_file.read_text() == "1", "the first beat is immediate"
        qtbot.waitUntil(lambda: beat.count >= 4, timeout=2000)
        # A busy GUI thread (the hang the supervisor looks for) stops the beat.
        before = beat.count
        time.sleep(0.2)
        assert beat.count == before
        assert beat_file.read_text() == str(before)
    finally:
        beat.stop()


def test_no_heartbeat_without_a_supervisor(monkeypatch) -> None:
    monkeypatch.delenv(HEARTBEAT_ENV, raising=False)
    assert heartbeat.from_environment() is None


@pytest.mark.allow_logged_errors
def test_an_unwritable_heartbeat_is_logged_once(qtbot, tmp_path: Path, caplog) -> None:
    beat = heartbeat.Heartbeat(tmp_path / "missing-folder" / "beat", 10)
    beat.start()
    for _ in range(3):  # three failed beats, counted as they happen, not waited for
        with qtbot.waitSignal(beat.timer.timeout):
            pass
    beat.stop()
    assert sum("cannot write the heartbeat" in r.getMessage() for r in caplog.records) == 1


# Qt reads the session bus address once per process, so each D-Bus case runs in its own.
AWAKE = """
import logging, sys
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(name)s: %(message)s")
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from kiosk._qt.awake import ScreenAwake
screen = ScreenAwake()
print("inhibit", screen.inhibit(), flush=True)
sys.stdin.readline()  # the test checks the service saw the inhibit, then lets us go
screen.release()
print("active", screen.active, flush=True)
"""


def start_awake(bus: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(HERE.parents[1])}
    return subprocess.Popen([sys.executable, "-c", AWAKE], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)


@pytest.mark.skipif(sys.platform == "win32", reason="D-Bus is the Linux path")
def test_without_a_session_bus_the_kiosk_carries_on() -> None:
    proc = start_awake("unix:path=/nonexistent/kiosk-test-bus")
    out, _ = proc.communicate("\n", timeout=60)
    assert proc.returncode == 0
    assert "no D-Bus session bus" in out and "screen may blank" in out
    assert "inhibit False" in out and "active False" in out


@pytest.fixture
def session_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None or sys.platform == "win32":
        pytest.skip("dbus-daemon is not installed (apt-get install dbus-daemon)")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = proc.stdout.readline().strip()
        assert address
        yield address
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_bus_without_a_screensaver_service_is_not_fatal(session_bus: str) -> None:
    proc = start_awake(session_bus)
    out, _ = proc.communicate("\n", timeout=60)
    assert proc.returncode == 0
    assert "did not accept a screensaver inhibit" in out and "inhibit False" in out


def test_inhibits_and_releases_the_freedesktop_screensaver(session_bus: str) -> None:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session_bus,
           "QT_QPA_PLATFORM": "offscreen"}
    service = subprocess.Popen([sys.executable, str(HERE / "fake_screensaver.py")], env=env,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert service.stdout.readline().strip() == "ready"
        kiosk = start_awake(session_bus)
        assert kiosk.stdout.readline().strip().endswith("cookie 42)")
        assert kiosk.stdout.readline().strip() == "inhibit True"
        assert service.stdout.readline().split()[:2] == ["Inhibit", "clinic-kiosk"]
        out, _ = kiosk.communicate("\n", timeout=60)
        assert service.stdout.readline().split() == ["UnInhibit", "42"]
        assert "display may sleep again" in out and "active False" in out
    finally:
        service.terminate()
        service.wait(10)
