"""A patient with a keyboard cannot leave the kiosk (#15), on a real X server.

The real ``kiosk`` command runs full screen on Xvfb, beside another program, under openbox
(a desktop's window manager, with its Alt+Tab and Super+D) or under no window manager (the
locked X session). xdotool then presses what a curious patient would. The kiosk holds the
keyboard, so each shortcut reaches the kiosk (its log says "kept ... from the desktop")
and never the window manager: an X key event goes to one client only, so the log line is
the event to wait on, and proof the desktop did not act on it. A program that takes the
front anyway (asked through the window manager) is followed by the kiosk coming back.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.qt.test_fullscreen import (
    DEADLINE_S,
    OPENBOX,
    ROOT,
    XWININFO,
    log_line,
    wait_for,
    window_geometry,
)
from tests.xserver import XVFB, xvfb

XDOTOOL = shutil.which("xdotool")  # Debian's xdotool
XMESSAGE = shutil.which("xmessage")  # Debian's x11-utils
XPROP = shutil.which("xprop")  # Debian's x11-utils

# What a patient might press to get out: switch program, show the desktop, close, run,
# switch desktop, open a menu.
ESCAPES = ["alt+Tab", "super+d", "alt+F4", "alt+F2", "ctrl+alt+Right", "ctrl+Escape"]


def xdotool(display: str, *args: str) -> str:
    assert XDOTOOL is not None
    result = subprocess.run([XDOTOOL, *args], env={**os.environ, "DISPLAY": display},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def focused(display: str) -> int:
    """The X window with the keyboard focus (xdotool asks the X server, not a WM)."""
    return int(xdotool(display, "getwindowfocus", "-f"))


def window_of(display: str, name: str) -> int | None:
    assert XDOTOOL is not None
    result = subprocess.run([XDOTOOL, "search", "--onlyvisible", "--name", f"^{name}$"],
                            env={**os.environ, "DISPLAY": display}, capture_output=True,
                            text=True, timeout=60)
    ids = result.stdout.split()
    return int(ids[0]) if result.returncode == 0 and ids else None


def kept(log: Path) -> int:
    if not log.is_file():
        return 0
    return len(re.findall(r"kept .+ from the desktop", log.read_text(encoding="utf-8")))


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux") or None in (XVFB, XWININFO, XDOTOOL,
                                                                     XMESSAGE, XPROP),
                    reason="needs Xvfb, x11-utils and xdotool (Debian packages)")
@pytest.mark.parametrize("manager", [
    pytest.param("openbox", marks=pytest.mark.skipif(OPENBOX is None,
                                                     reason="openbox is not installed")),
    "no window manager"])
def test_a_keyboard_cannot_take_a_patient_out_of_the_kiosk(qtbot, tmp_path: Path,
                                                           manager: str) -> None:
    width, height = 1366, 768
    with xvfb(width, height) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        started: list[subprocess.Popen[bytes]] = []
        try:
            if manager == "openbox":
                ready = tmp_path / "openbox-ready"
                started.append(subprocess.Popen(
                    [OPENBOX, "--startup", f"touch {shlex.quote(str(ready))}"], env=env,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
                wait_for(qtbot, "window manager", lambda: ready.is_file() or None)
            behind = None
            if manager == "openbox":
                # A program behind the kiosk, as on a desktop (a browser, a file manager),
                # for the window manager to offer the focus to. (With no window manager
                # nothing could give it the focus, and the kiosk's keys are all that count.)
                other_err = (tmp_path / "other-stderr").open("w")
                other = subprocess.Popen([XMESSAGE, "-name", "behind", "-title", "behind",
                                          "a program behind the kiosk"], env=env,
                                         stderr=other_err)
                started.append(other)
                behind = wait_for(qtbot, "the other program",
                                  lambda: window_of(display, "behind"), other)
            data = tmp_path / "data"
            stderr = (tmp_path / "stderr").open("w")
            kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "--data-dir", str(data)],
                                     cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                     stderr=stderr)
            started.append(kiosk)
            log = data / "logs" / "kiosk.log"
            wait_for(qtbot, "keyboard grab",
                     lambda: log_line(log, r"the kiosk has the keyboard to itself"), kiosk)
            wait_for(qtbot, "pack", lambda: log_line(log, r"loaded pack"), kiosk)
            ours = wait_for(qtbot, "kiosk window", lambda: window_of(display, "Clinic kiosk"),
                            kiosk)
            for count, keys in enumerate(ESCAPES, start=1):
                xdotool(display, "key", "--clearmodifiers", keys)
                # The shortcut reached the kiosk, so not the window manager.
                wait_for(qtbot, f"the kiosk to get {keys}",
                         lambda count=count: kept(log) >= count or None, kiosk)
                assert window_geometry(display) == (0, 0, width, height), keys
            assert kiosk.poll() is None
            if manager == "openbox":
                assert focused(display) == ours or xdotool(
                    display, "getactivewindow") == str(ours)
                # A program that takes the front all the same (asked through the window
                # manager): the kiosk comes back in front and takes the keyboard again.
                assert behind is not None
                xdotool(display, "windowactivate", str(behind))
                wait_for(qtbot, "the kiosk back in front", lambda: log_line(
                    log, r"another program took the focus"), kiosk)
                wait_for(qtbot, "the kiosk active again",
                         lambda: xdotool(display, "getactivewindow") == str(ours) or None,
                         kiosk)
                xdotool(display, "key", "--clearmodifiers", "alt+Tab")
                wait_for(qtbot, "alt+Tab kept again",
                         lambda: kept(log) > len(ESCAPES) or None, kiosk)
                assert window_geometry(display) == (0, 0, width, height)
        finally:
            for proc in reversed(started):
                proc.kill()
                proc.wait(30)
        text = (tmp_path / "stderr").read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in text, text[-3000:]


# -- the locked session the Linux package installs (packaging/linux/) ---------------------------

SESSION = ROOT / "packaging" / "linux"
CAGE = shutil.which("cage")  # Debian's cage, with its Xwayland
XWAYLAND = shutil.which("Xwayland")
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
NOBODY = 65534


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="needs systemd-analyze")
def test_the_session_unit_is_one_systemd_takes_without_a_word(tmp_path: Path) -> None:
    unit = tmp_path / "clinic-kiosk-session.service"
    unit.write_text((SESSION / unit.name).read_text(encoding="utf-8").replace(
        "/usr/lib/clinic-kiosk/", f"{SESSION}/"), encoding="utf-8")
    result = subprocess.run([SYSTEMD_ANALYZE, "verify", str(unit)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and not result.stdout + result.stderr, result.stderr


SYSTEMCTL = shutil.which("systemctl")


@pytest.mark.skipif(SYSTEMCTL is None, reason="needs systemctl")
def test_enabling_the_session_takes_the_place_of_the_login_screen(tmp_path: Path) -> None:
    """What installing.md tells IT to type, on a copy of a system's unit folders: enabling
    the session needs the desktop's login screen off, then makes it the display manager."""
    units = tmp_path / "lib" / "systemd" / "system"
    units.mkdir(parents=True)
    (units / "clinic-kiosk-session.service").write_text(
        (SESSION / "clinic-kiosk-session.service").read_text(encoding="utf-8"))
    (units / "gdm3.service").write_text("[Unit]\nDescription=GNOME login\n[Service]\n"
                                        "ExecStart=/bin/true\n[Install]\n"
                                        "Alias=display-manager.service\n")

    def systemctl(*args: str) -> subprocess.CompletedProcess[str]:
        assert SYSTEMCTL is not None
        return subprocess.run([SYSTEMCTL, f"--root={tmp_path}", *args], capture_output=True,
                              text=True, timeout=120)

    assert systemctl("enable", "gdm3.service").returncode == 0
    refused = systemctl("enable", "clinic-kiosk-session.service")
    assert refused.returncode != 0 and "gdm3.service" in refused.stderr
    assert systemctl("disable", "gdm3.service").returncode == 0
    assert systemctl("enable", "clinic-kiosk-session.service").returncode == 0
    manager = tmp_path / "etc" / "systemd" / "system" / "display-manager.service"
    assert os.readlink(manager) == "/lib/systemd/system/clinic-kiosk-session.service"
    assert (manager.parent / "graphical.target.wants" / "clinic-kiosk-session.service"
            ).is_symlink()


def _unprivileged() -> list[str]:
    """cage refuses to run as root (a session is a user's): tests run as root in CI, so
    the session runs as nobody there, allowed to read (not write) root's files, so a
    checkout or a Python under /root still runs."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
            "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]


def _can_run_python(prefix: list[str]) -> bool:
    result = subprocess.run([*prefix, sys.executable, "-c", "import PySide6, kiosk"],
                            cwd=ROOT, capture_output=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    return result.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux") or CAGE is None or XWAYLAND is None,
                    reason="needs cage and Xwayland (Debian's cage and xwayland)")
def test_the_locked_session_shows_the_kiosk_full_screen_under_cage(qtbot) -> None:
    prefix = _unprivileged()
    if not _can_run_python(prefix):
        pytest.skip("the Python running the tests cannot be run by an unprivileged user")
    # Not pytest's tmp_path: that is root's alone, and the session runs as nobody.
    home = Path(tempfile.mkdtemp(prefix="kiosk-session-"))
    try:
        runtime, data = home / "run", home / "data"
        runtime.mkdir(mode=0o700)
        data.mkdir()
        if prefix:
            for path in (home, runtime, data):
                os.chown(path, NOBODY, NOBODY)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
               "XDG_RUNTIME_DIR": str(runtime), "PYTHONPATH": str(ROOT),
               # A compositor with no screen or input devices: wlroots' headless back end.
               "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
               "WLR_RENDERER": "pixman", "QT_QPA_PLATFORM": "wayland",
               "KIOSK_DATA_DIR": str(data),
               "KIOSK_COMMAND": f"{sys.executable} -m kiosk"}
        # First the status the unit acts on: cage ends with 0 whatever its program did, so
        # the session passes the supervisor's own (0: staff left; else: start it again).
        failing = home / "failing-kiosk"
        failing.write_text("#!/bin/sh\nexit 7\n", encoding="utf-8")
        failing.chmod(0o755)
        ended = subprocess.run([*prefix, str(SESSION / "kiosk-session")], cwd=ROOT,
                               env={**env, "KIOSK_COMMAND": str(failing)},
                               capture_output=True, timeout=DEADLINE_S)
        assert ended.returncode == 7, ended.stderr[-2000:]
        session = subprocess.Popen([*prefix, str(SESSION / "kiosk-session")], cwd=ROOT,
                                   env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            log = data / "logs" / "kiosk.log"
            first = wait_for(qtbot, "first frame", lambda: log_line(
                log, r"first frame at (\d+)x(\d+) on a (\d+)x(\d+) screen"), session)
            width, height, screen_width, screen_height = map(int, first.groups())
            assert (width, height) == (screen_width, screen_height)  # the whole screen
            wait_for(qtbot, "pack", lambda: log_line(log, r"loaded pack"), session)
            supervisor = (data / "logs" / "supervisor.log").read_text(encoding="utf-8")
            assert "kiosk started (pid" in supervisor  # under its supervisor, as at boot
        finally:
            os.killpg(session.pid, signal.SIGKILL)
            session.wait(30)
    finally:
        shutil.rmtree(home, ignore_errors=True)
