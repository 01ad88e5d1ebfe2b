"""``kiosk --supervise``: keep the kiosk running for months without anyone at the keyboard.

The supervisor starts the kiosk as a child process and

* restarts it whenever it exits, whatever the reason, except a staff "exit to desktop"
  (exit code ``EXIT_STAFF``), which ends the supervisor too;
* kills and restarts it when its heartbeat stops: the kiosk's GUI thread rewrites the file
  named by ``$KIOSK_HEARTBEAT`` every few seconds (kiosk/_qt/heartbeat.py), so a frozen
  screen stops the beat even though the process is still alive;
* backs off when the kiosk crashes in a loop (each quick failure doubles the wait, up to a
  cap) so a broken install does not spin the CPU, and logs why each restart happened.

No Qt here: the supervisor stays small, starts fast and is tested without a display.
Every interval is a field of ``Policy`` so tests can run it in milliseconds.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.clib import libc
from kiosk.core.exitcodes import EXIT_STAFF

log = logging.getLogger("kiosk.supervisor")

# Loaded in the supervisor, used in the child between fork and exec (no imports there).
_LIBC = libc()

HEARTBEAT_ENV = "KIOSK_HEARTBEAT"
FAULT_LOG_ENV = "KIOSK_FAULT_LOG"
DUMP_SIGNAL = "SIGUSR1"
HEARTBEAT_INTERVAL_ENV = "KIOSK_HEARTBEAT_INTERVAL_MS"
SUPERVISED_ENV = "KIOSK_SUPERVISED"


@dataclass(frozen=True)
class Policy:
    heartbeat_timeout: float = 25.0  # no beat for this long (five beats): the kiosk is hung
    startup_grace: float = 90.0  # the first beat may take this long (cold start, slow disk)
    heartbeat_interval_ms: int = 5000  # how often the kiosk beats (passed to it)
    poll: float = 0.5  # how often the supervisor looks
    quick_exit: float = 60.0  # a run shorter than this counts towards a crash loop
    backoff_first: float = 1.0  # wait before restarting after the first quick exit
    backoff_max: float = 300.0  # the longest wait between restarts
    stop_timeout: float = 10.0  # after asking the kiosk to stop, kill it after this
    # A hung kiosk (its heartbeat stopped) is past answering: killed sooner, so patients
    # see a working screen again within 35 s of it freezing (issue #14).
    hung_stop_timeout: float = 2.0
    max_restarts: int | None = None  # tests stop after this many restarts; None: forever


@dataclass
class Run:
    """One life of the child: why it ended and how long it lived."""

    code: int | None
    reason: str
    seconds: float


def kiosk_command(args: Sequence[str] = ()) -> list[str]:
    """The command that starts the kiosk itself: the frozen executable or ``python -m kiosk``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "kiosk", *args]


class Supervisor:
    def __init__(self, command: Sequence[str], policy: Policy | None = None,
                 heartbeat_dir: Path | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 fault_log: Path | None = None) -> None:
        self.command = list(command)
        self.fault_log = fault_log
        self.policy = policy or Policy()
        self._dir = heartbeat_dir
        self._sleep = sleep
        self.runs: list[Run] = []
        self._stopping = False
        self._child: subprocess.Popen[bytes] | None = None
        self._job: int | None = None  # Windows: the job object children are tied to

    # -- one life of the child ---------------------------------------------------------

    def _beat_file(self) -> Path:
        folder = self._dir or Path(tempfile.gettempdir())
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="kiosk-heartbeat-", dir=folder)
        os.close(fd)
        return Path(name)

    def run_once(self) -> Run:
        """Start the kiosk and watch it until it exits or stops beating."""
        policy = self.policy
        beat = self._beat_file()
        env = {**os.environ, HEARTBEAT_ENV: str(beat), SUPERVISED_ENV: "1",
               HEARTBEAT_INTERVAL_ENV: str(policy.heartbeat_interval_ms)}
        if self.fault_log is not None:
            env[FAULT_LOG_ENV] = str(self.fault_log)
        started = time.monotonic()
        try:
            child = subprocess.Popen(self.command, env=env, preexec_fn=_die_with_parent
                                     if sys.platform.startswith("linux") else None)
        except OSError as error:
            beat.unlink(missing_ok=True)
            return Run(None, f"could not start {self.command[0]}: {error}", 0.0)
        self._child = child
        if sys.platform == "win32":
            self._job = _kill_with_supervisor(child, self._job)
        log.info("kiosk started (pid %d): %s", child.pid, " ".join(self.command))
        # The beat is a change of the file's content, timed by this process's own
        # monotonic clock: a kiosk PC's wall clock jumps (NTP, a flat CMOS battery).
        last_content = _read(beat)
        last_change: float | None = None
        try:
            while True:
                code = child.poll()
                now = time.monotonic()
                if code is not None:
                    return Run(code, _describe_exit(code), now - started)
                if self._stopping:
                    self._stop(child)
                    return Run(child.returncode, "supervisor asked to stop", now - started)
                content = _read(beat)
                if content != last_content:
                    last_content, last_change = content, now
                if last_change is None:
                    if now - started > policy.startup_grace:
                        self._stop(child)
                        return Run(child.returncode, f"no heartbeat within "
                                   f"{policy.startup_grace:g} s of starting", now - started)
                elif now - last_change > policy.heartbeat_timeout:
                    self._dump_stacks(child)
                    self._stop(child, policy.hung_stop_timeout)
                    return Run(child.returncode, f"heartbeat stopped for "
                               f"{policy.heartbeat_timeout:g} s (hung?)", now - started)
                self._sleep(policy.poll)
        finally:
            self._child = None
            beat.unlink(missing_ok=True)

    def _dump_stacks(self, child: subprocess.Popen[bytes]) -> None:
        """Ask a hung kiosk where it is stuck: faulthandler writes every thread's stack to
        the fault log even while the GUI thread is blocked in Qt's C++ (POSIX only)."""
        sig = getattr(signal, DUMP_SIGNAL, None)
        if self.fault_log is None or sig is None or child.poll() is not None:
            return
        child.send_signal(sig)
        self._sleep(min(1.0, self.policy.stop_timeout))
        log.warning("the hung kiosk's Python stacks are in %s", self.fault_log)

    def _stop(self, child: subprocess.Popen[bytes], wait: float | None = None) -> None:
        """Ask politely, then kill: a hung Qt event loop never answers the polite request."""
        if child.poll() is not None:
            return
        child.terminate()
        try:
            child.wait(self.policy.stop_timeout if wait is None else wait)
        except subprocess.TimeoutExpired:
            log.warning("kiosk (pid %d) ignored the request to stop; killing it", child.pid)
            child.kill()
            child.wait()

    # -- the loop ----------------------------------------------------------------------

    def backoff(self) -> float:
        """Seconds to wait before the next start: doubles with each quick failure in a row."""
        quick = 0
        for run in reversed(self.runs):
            if run.seconds >= self.policy.quick_exit:
                break
            quick += 1
        if quick == 0:
            return 0.0
        return float(min(self.policy.backoff_max, self.policy.backoff_first * 2.0 ** (quick - 1)))

    def supervise(self) -> int:
        """Run the kiosk until staff exit it; returns 0 then (or 1 if told to stop early)."""
        restarts = 0
        while True:
            run = self.run_once()
            self.runs.append(run)
            if run.code == EXIT_STAFF:
                log.info("kiosk exited at staff request after %.0f s; supervisor stopping",
                         run.seconds)
                return 0
            if self._stopping:
                log.info("supervisor stopping: %s", run.reason)
                return 0
            if self.policy.max_restarts is not None and restarts >= self.policy.max_restarts:
                log.error("kiosk ended after %.1f s: %s; giving up after %d restarts",
                          run.seconds, run.reason, restarts)
                return 1
            wait = self.backoff()
            level = logging.WARNING if wait else logging.INFO
            log.log(level, "kiosk ended after %.1f s: %s; restarting%s", run.seconds,
                    run.reason, f" in {wait:g} s (it keeps failing quickly)" if wait else "")
            restarts += 1
            self._wait(wait)
            if self._stopping:
                return 0

    def _wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self._stopping and time.monotonic() < deadline:
            self._sleep(min(self.policy.poll, max(0.0, deadline - time.monotonic())))

    def stop(self) -> None:
        """Stop the kiosk and the supervisor (a signal handler calls this)."""
        self._stopping = True


def _die_with_parent() -> None:
    """Linux: the kiosk gets SIGTERM if the supervisor is killed outright (no orphan that a
    restarted supervisor would run a second kiosk beside). Runs in the child, before exec."""
    if _LIBC is not None:
        with contextlib.suppress(OSError, AttributeError):
            _LIBC.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _kill_with_supervisor(child: subprocess.Popen[bytes], job: int | None) -> int | None:
    """Windows: put the kiosk in a job object closed (and so killed) with the supervisor.

    The equivalent of PR_SET_PDEATHSIG: if the supervisor dies outright, Task Scheduler
    starts a new one, which must not find the old kiosk still on screen. Not tried on
    Windows by its authors (see docs/installing.md); failing here only logs a warning.
    """
    try:
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        if job is None:

            class Basic(ctypes.Structure):
                _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64),
                            ("PerJobUserTimeLimit", ctypes.c_int64),
                            ("LimitFlags", wintypes.DWORD),
                            ("MinimumWorkingSetSize", ctypes.c_size_t),
                            ("MaximumWorkingSetSize", ctypes.c_size_t),
                            ("ActiveProcessLimit", wintypes.DWORD),
                            ("Affinity", ctypes.c_size_t),
                            ("PriorityClass", wintypes.DWORD),
                            ("SchedulingClass", wintypes.DWORD)]

            class Extended(ctypes.Structure):
                _fields_ = [("BasicLimitInformation", Basic),
                            ("IoInfo", ctypes.c_ulonglong * 6),
                            ("ProcessMemoryLimit", ctypes.c_size_t),
                            ("JobMemoryLimit", ctypes.c_size_t),
                            ("PeakProcessMemoryUsed", ctypes.c_size_t),
                            ("PeakJobMemoryUsed", ctypes.c_size_t)]

            kernel32.CreateJobObjectW.restype = wintypes.HANDLE
            kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
            kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int,
                                                         ctypes.c_void_p, wintypes.DWORD]
            handle = kernel32.CreateJobObjectW(None, None)
            if not handle:
                raise OSError("CreateJobObjectW failed")
            info = Extended()
            info.BasicLimitInformation.LimitFlags = 0x2000  # JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
            # 9 = JobObjectExtendedLimitInformation
            if not kernel32.SetInformationJobObject(handle, 9, ctypes.byref(info),
                                                    ctypes.sizeof(info)):
                raise OSError("SetInformationJobObject failed")
            job = int(handle)
        kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        if not kernel32.AssignProcessToJobObject(job, int(child._handle)):  # type: ignore[attr-defined]
            raise OSError("AssignProcessToJobObject failed")
    except Exception as error:
        log.warning("the kiosk may outlive a crashed supervisor: %s", error)
    return job


_fault_file: object = None


def install_fault_log() -> Path | None:
    """In the kiosk: send crash tracebacks, and stacks on the supervisor's request, to the
    file named by ``$KIOSK_FAULT_LOG``. Returns that path, or None if not supervised."""
    global _fault_file
    import faulthandler

    name = os.environ.get(FAULT_LOG_ENV)
    if not name or _fault_file is not None:
        return Path(name) if name else None
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.stat().st_size > 1_000_000:  # months unattended: cap it
        path.replace(path.with_suffix(".log.1"))
    stream = path.open("a", encoding="utf-8")
    stream.write(f"--- kiosk pid {os.getpid()} started {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
    stream.flush()
    faulthandler.enable(stream, all_threads=True)
    sig = getattr(signal, DUMP_SIGNAL, None)
    if sig is not None:
        faulthandler.register(sig, stream, all_threads=True)
    _fault_file = stream  # must stay open for faulthandler
    return path


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _describe_exit(code: int) -> str:
    if code == 0:
        return "exited normally (0)"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with code {code} (0x{code & 0xFFFFFFFF:X})" if code > 255 else \
        f"exited with code {code}"


def policy_from_env(base: Policy | None = None) -> Policy:
    """Intervals from ``KIOSK_SUPERVISOR_<FIELD>`` variables (used by tests and field triage)."""
    base = base or Policy()
    changes: dict[str, float | int | None] = {}
    for name in vars(base):
        raw = os.environ.get(f"KIOSK_SUPERVISOR_{name.upper()}")
        if raw is None:
            continue
        if name in ("heartbeat_interval_ms", "max_restarts"):
            changes[name] = int(raw)
        else:
            changes[name] = float(raw)
    return Policy(**{**vars(base), **changes})


def main(kiosk_args: Sequence[str], log_dir: Path | None) -> int:
    """``kiosk --supervise``: supervise ``kiosk <kiosk_args>`` until staff exit it."""
    from kiosk.core import logs

    logs.setup(log_dir, filename="supervisor.log")
    fault_log = log_dir / "kiosk-faults.log" if log_dir is not None else None
    supervisor = Supervisor(kiosk_command(kiosk_args), policy_from_env(), fault_log=fault_log)

    def on_signal(signum: int, _frame: object) -> None:
        log.info("supervisor received signal %d", signum)
        supervisor.stop()

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), on_signal)
    log.info("supervisor started (pid %d)", os.getpid())
    return supervisor.supervise()
