"""The supervisor (``kiosk --supervise``) with small fake kiosks and intervals in milliseconds."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kiosk.core.exitcodes import EXIT_STAFF
from kiosk.core.supervisor import HEARTBEAT_ENV, Policy, Supervisor, policy_from_env

ROOT = Path(__file__).resolve().parents[2]

FAST = Policy(heartbeat_timeout=0.6, startup_grace=2.0, heartbeat_interval_ms=50, poll=0.02,
              quick_exit=5.0, backoff_first=0.05, backoff_max=0.2, stop_timeout=2.0,
              max_restarts=3)


def fake(tmp_path: Path, body: str) -> list[str]:
    """A fake kiosk: a Python script; ``beat()`` is what the GUI thread's timer does."""
    script = tmp_path / "fake_kiosk.py"
    script.write_text(textwrap.dedent("""
        import os, sys, time
        from pathlib import Path
        BEAT = Path(os.environ["KIOSK_HEARTBEAT"])
        COUNT = Path(sys.argv[1])
        n = int(COUNT.read_text()) if COUNT.exists() else 0
        COUNT.write_text(str(n + 1))
        def beat(times, every=0.02):
            for i in range(times):
                BEAT.write_text(str(i))
                time.sleep(every)
    """) + textwrap.dedent(body))
    return [sys.executable, str(script), str(tmp_path / "starts")]


def starts(tmp_path: Path) -> int:
    return int((tmp_path / "starts").read_text())


def test_restarts_the_kiosk_whenever_it_exits_and_stops_on_staff_exit(tmp_path: Path) -> None:
    command = fake(tmp_path, """
        beat(3)
        sys.exit([0, 1, 3][n] if n < 3 else 9)
    """)
    supervisor = Supervisor(command, FAST, heartbeat_dir=tmp_path)
    assert supervisor.supervise() == 0
    assert starts(tmp_path) == 3
    assert [run.code for run in supervisor.runs] == [0, 1, EXIT_STAFF]
    assert "exited normally" in supervisor.runs[0].reason
    assert "code 1" in supervisor.runs[1].reason
    assert not list(tmp_path.glob("kiosk-heartbeat-*")), "heartbeat files are cleaned up"


def test_kills_a_kiosk_whose_heartbeat_stops(tmp_path: Path, caplog) -> None:
    # Beats, then hangs (the GUI thread is stuck; the process lives on and ignores SIGTERM).
    command = fake(tmp_path, """
        import signal
        if hasattr(signal, "SIGTERM") and n == 0:
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if n == 0:
            beat(5)
            time.sleep(60)
        sys.exit(3)
    """)
    # A hung kiosk is killed after the short wait, not the polite one (issue #14).
    policy = Policy(**{**vars(FAST), "stop_timeout": 600.0, "hung_stop_timeout": 0.3})
    supervisor = Supervisor(command, policy, heartbeat_dir=tmp_path)
    caplog.set_level(logging.INFO, logger="kiosk.supervisor")
    started = time.monotonic()
    assert supervisor.supervise() == 0
    assert time.monotonic() - started < 300
    first = supervisor.runs[0]
    assert "heartbeat stopped" in first.reason
    assert first.code != 0
    assert starts(tmp_path) == 2
    assert "heartbeat stopped" in caplog.text
    assert "killing it" in caplog.text


def test_a_hung_kiosk_is_replaced_within_35_seconds_by_default() -> None:
    # Issue #14: a SIGSTOPped kiosk was replaced after 37 s. The supervisor's part: the
    # beat's timeout, one poll, the stack dump's second, the kill's wait and the first
    # backoff (a hung run under a minute counts as a quick failure); a few seconds are
    # left for the new kiosk's first frame (measured 2026-12-02: the new first frame
    # 27.5 s after SIGSTOP, about 1 s of it the start).
    policy = Policy()
    worst = (policy.heartbeat_timeout + policy.poll + min(1.0, policy.stop_timeout)
             + policy.hung_stop_timeout + policy.backoff_first)
    assert worst + 3 <= 35
    assert policy.heartbeat_timeout >= 4 * policy.heartbeat_interval_ms / 1000


def test_kills_a_kiosk_that_never_beats(tmp_path: Path) -> None:
    command = fake(tmp_path, """
        if n == 0:
            time.sleep(60)
        sys.exit(3)
    """)
    policy = Policy(**{**vars(FAST), "startup_grace": 0.5})
    supervisor = Supervisor(command, policy, heartbeat_dir=tmp_path)
    assert supervisor.supervise() == 0
    assert "no heartbeat within" in supervisor.runs[0].reason


def test_a_slow_but_beating_kiosk_is_left_alone(tmp_path: Path) -> None:
    # Runs longer than the heartbeat timeout, beating all the while.
    command = fake(tmp_path, """
        beat(60, every=0.025)
        sys.exit(3)
    """)
    supervisor = Supervisor(command, FAST, heartbeat_dir=tmp_path)
    assert supervisor.supervise() == 0
    assert len(supervisor.runs) == 1
    assert supervisor.runs[0].seconds > FAST.heartbeat_timeout


def test_backs_off_when_the_kiosk_crashes_in_a_loop(tmp_path: Path, caplog) -> None:
    command = fake(tmp_path, "sys.exit(1)\n")
    policy = Policy(**{**vars(FAST), "backoff_first": 0.1, "backoff_max": 0.4,
                       "max_restarts": 4})
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        time.sleep(seconds)

    supervisor = Supervisor(command, policy, heartbeat_dir=tmp_path, sleep=sleep)
    caplog.set_level(logging.INFO, logger="kiosk.supervisor")
    assert supervisor.supervise() == 1  # gave up: only because max_restarts is set
    assert starts(tmp_path) == 5
    waits = [line for line in caplog.text.splitlines() if "keeps failing" in line]
    assert [w.split(" in ")[-1].split(" s ")[0] for w in waits] == ["0.1", "0.2", "0.4", "0.4"]
    assert "giving up" in caplog.text


def test_backoff_resets_after_a_long_healthy_run() -> None:
    supervisor = Supervisor(["unused"], Policy(quick_exit=10, backoff_first=1, backoff_max=8))
    from kiosk.core.supervisor import Run

    assert supervisor.backoff() == 0
    supervisor.runs += [Run(1, "", 1), Run(1, "", 1), Run(1, "", 1)]
    assert supervisor.backoff() == 4
    supervisor.runs += [Run(1, "", 1)] * 5
    assert supervisor.backoff() == 8
    supervisor.runs.append(Run(0, "", 3600))
    assert supervisor.backoff() == 0
    supervisor.runs.append(Run(1, "", 2))
    assert supervisor.backoff() == 1


def test_a_missing_program_is_logged_and_retried(tmp_path: Path) -> None:
    policy = Policy(**{**vars(FAST), "max_restarts": 1})
    supervisor = Supervisor([str(tmp_path / "no-such-kiosk")], policy, heartbeat_dir=tmp_path)
    assert supervisor.supervise() == 1
    assert "could not start" in supervisor.runs[0].reason


def test_policy_from_env(monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_SUPERVISOR_HEARTBEAT_TIMEOUT", "2.5")
    monkeypatch.setenv("KIOSK_SUPERVISOR_MAX_RESTARTS", "7")
    policy = policy_from_env()
    assert policy.heartbeat_timeout == 2.5
    assert policy.max_restarts == 7
    assert policy.poll == Policy().poll


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_kiosk_supervise_end_to_end_with_a_fake_kiosk(tmp_path: Path) -> None:
    """The supervisor's entry point, in its own process, with a fake kiosk command."""
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from kiosk.core import supervisor as s
        s.kiosk_command = lambda args: [sys.executable, "-c",
            "import os, sys, pathlib; pathlib.Path(os.environ['{HEARTBEAT_ENV}']).write_text('1');"
            " sys.exit(3)"]
        sys.exit(s.main([], Path({str(tmp_path / 'logs')!r})))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "logs" / "supervisor.log").read_text()
    assert "staff request" in log


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_kiosk_does_not_outlive_a_killed_supervisor(tmp_path: Path) -> None:
    """A supervisor killed outright takes its kiosk with it: no orphan beside the next one."""
    pid_file = tmp_path / "kiosk.pid"
    script = textwrap.dedent(f"""
        import sys
        from kiosk.core.supervisor import Policy, Supervisor
        child = [sys.executable, "-c", "import os, time, pathlib; "
                 "pathlib.Path({str(pid_file)!r}).write_text(str(os.getpid())); time.sleep(60)"]
        Supervisor(child, Policy(startup_grace=60, poll=0.05)).supervise()
    """)
    supervisor = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 30
        while not pid_file.exists() or not pid_file.read_text():
            assert time.monotonic() < deadline, "the fake kiosk never started"
            time.sleep(0.05)
        kiosk_pid = int(pid_file.read_text())
        supervisor.kill()
        supervisor.wait(10)
        deadline = time.monotonic() + 10
        while Path(f"/proc/{kiosk_pid}").exists():
            status = Path(f"/proc/{kiosk_pid}/status").read_text() if Path(
                f"/proc/{kiosk_pid}/status").exists() else ""
            if "State:\tZ" in status:
                break  # dead, waiting to be reaped by init
            assert time.monotonic() < deadline, "the kiosk outlived its killed supervisor"
            time.sleep(0.05)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the failure path off Windows")
def test_a_failing_windows_job_object_only_warns(caplog) -> None:
    from kiosk.core.supervisor import _kill_with_supervisor

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert _kill_with_supervisor(child, None) is None
    assert "may outlive a crashed supervisor" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_hung_kiosk_leaves_its_stacks_in_the_fault_log(tmp_path: Path, monkeypatch,
                                                         caplog) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    command = fake(tmp_path, """
        if n == 0:
            from kiosk.core.supervisor import install_fault_log
            install_fault_log()
            beat(3)
            def stuck_in_the_gui_thread():
                time.sleep(60)
            stuck_in_the_gui_thread()
        sys.exit(3)
    """)
    faults = tmp_path / "logs" / "kiosk-faults.log"
    supervisor = Supervisor(command, FAST, heartbeat_dir=tmp_path, fault_log=faults)
    caplog.set_level(logging.INFO, logger="kiosk.supervisor")
    assert supervisor.supervise() == 0
    assert "heartbeat stopped" in supervisor.runs[0].reason
    text = faults.read_text()
    assert "--- kiosk pid" in text
    assert "stuck_in_the_gui_thread" in text, text
    assert "stacks are in" in caplog.text
