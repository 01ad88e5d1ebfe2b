"""Full screen on any setup: the kiosk covers its screen at start, with or without a window
manager, in both orientations, and fits itself again when the screen changes.

The real-X11 tests start Xvfb and the real ``kiosk`` command. They wait on events (Xvfb
writing its display number when it is ready, a log line, the window's geometry as the X
server reports it); their deadlines only turn a hang into a failure.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QGuiApplication

from kiosk._qt.i18n import Translations
from kiosk._qt.window import KioskWindow
from tests.xserver import XVFB, xvfb

ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 120  # a failure guard for a hung process, never a wait for success
XWININFO = shutil.which("xwininfo")  # Debian's x11-utils
OPENBOX = shutil.which("openbox")

T = TypeVar("T")


def wait_for(qtbot, what: str, check: Callable[[], T | None],
             proc: subprocess.Popen | None = None) -> T:
    """Wait until ``check`` answers (qtbot polls it); fail if ``proc`` dies first."""
    answers: list[T] = []

    def answered() -> bool:
        answer = check()
        if answer is not None:
            answers.append(answer)
            return True
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the kiosk exited ({proc.returncode}) before {what}")
        return False

    qtbot.waitUntil(answered, timeout=DEADLINE_S * 1000)
    return answers[0]


def window_geometry(display: str) -> tuple[int, int, int, int] | None:
    """The kiosk window's x, y, width and height as the X server has it, once mapped."""
    assert XWININFO is not None
    result = subprocess.run([XWININFO, "-display", display, "-name", "Clinic kiosk"],
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 or "IsViewable" not in result.stdout:
        return None
    numbers = {key: int(value) for key, value in re.findall(
        r"(Absolute upper-left X|Absolute upper-left Y|Width|Height):\s+(-?\d+)", result.stdout)}
    return (numbers["Absolute upper-left X"], numbers["Absolute upper-left Y"],
            numbers["Width"], numbers["Height"])


def log_line(log: Path, pattern: str) -> re.Match[str] | None:
    if not log.is_file():
        return None
    return re.search(pattern, log.read_text(encoding="utf-8", errors="replace"))


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux") or XVFB is None or XWININFO is None,
                    reason="needs Xvfb and xwininfo (Debian's xvfb and x11-utils)")
@pytest.mark.parametrize("manager", ["no window manager",
                                     pytest.param("openbox", marks=pytest.mark.skipif(
                                         OPENBOX is None, reason="openbox is not installed"))])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_real_kiosk_covers_the_screen_from_its_first_frame(
        qtbot, tmp_path: Path, size: tuple[int, int], manager: str) -> None:
    width, height = size
    with xvfb(width, height) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        wm = None
        if manager == "openbox":
            ready = tmp_path / "openbox-ready"
            wm = subprocess.Popen([OPENBOX, "--startup", f"touch {shlex.quote(str(ready))}"],
                                  env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for(qtbot, "window manager", lambda: ready.is_file() or None)
        data = tmp_path / "data"
        stderr = (tmp_path / "stderr").open("w")
        kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "--data-dir", str(data)],
                                 cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            log = data / "logs" / "kiosk.log"
            first = wait_for(qtbot, "first frame", lambda: log_line(
                log, r"first frame at (\d+)x(\d+) on a (\d+)x(\d+) screen"), kiosk)
            # Already full size at the first frame: never a corner window, nor a half-size
            # attract screen until the window manager (if any) got round to it.
            assert tuple(map(int, first.groups())) == (width, height, width, height)
            # And the X server agrees: the mapped window covers the whole screen.
            assert wait_for(qtbot, "mapped kiosk window", lambda: window_geometry(display),
                            kiosk) == (0, 0, width, height)
            # The rest of the kiosk is built after the first frame; it is still covering.
            wait_for(qtbot, "pack", lambda: log_line(log, r"loaded pack"), kiosk)
            assert window_geometry(display) == (0, 0, width, height)
            assert not log_line(log, r"does not cover the screen")
        finally:
            kiosk.kill()
            kiosk.wait(30)
            stderr.close()
            if wm is not None:
                wm.kill()
                wm.wait(30)
        text = (tmp_path / "stderr").read_text(encoding="utf-8", errors="replace")
        assert "QWidget::setGeometry" not in text and "Traceback" not in text, text[-3000:]


# -- following the screen, driven from inside (offscreen: its screen cannot rotate) ---------


@pytest.fixture
def full_screen(qtbot) -> Iterator[KioskWindow]:
    window = KioskWindow(Translations())
    window.allow_close = True
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.screenCovered):
        window.show_full_screen()
    qtbot.waitExposed(window)
    yield window
    window.full_screen = False


def test_the_window_is_laid_out_for_the_whole_screen_before_it_is_shown(qtbot) -> None:
    window = KioskWindow(Translations())
    window.allow_close = True
    qtbot.addWidget(window)
    window.full_screen = True
    window.cover_screen()  # what show_full_screen() does first
    screen = QGuiApplication.primaryScreen().geometry()
    assert not window.isVisible()
    assert window.geometry() == screen
    # The attract screen's words are sized for the real screen, not the default 640x480.
    assert window.attract.invites[0].font().pixelSize() > 0
    sized = window.attract.invites[0].font()
    window.resize(640, 480)
    window.retranslate()
    assert window.attract.invites[0].font() != sized


def test_a_rotated_or_resized_screen_is_covered_again(qtbot, full_screen: KioskWindow) -> None:
    window = full_screen
    screen = QGuiApplication.primaryScreen()
    assert window.geometry() == screen.geometry() and window.isFullScreen()
    # As a rotation leaves it: the window still at the old shape, the screen at the new.
    window.setGeometry(QRect(0, 0, 1080, 640))
    with qtbot.waitSignal(window.screenCovered) as covered:
        screen.geometryChanged.emit(screen.geometry())
    assert covered.args == [screen.geometry()]
    assert window.geometry() == screen.geometry() and window.isFullScreen()


@pytest.mark.parametrize("signal", ["primaryScreenChanged", "screenAdded", "screenRemoved",
                                    "window's screenChanged"])
def test_a_replaced_screen_is_covered_again(qtbot, full_screen: KioskWindow,
                                            signal: str) -> None:
    window = full_screen
    app = QGuiApplication.instance()
    screen = QGuiApplication.primaryScreen()
    window.setGeometry(QRect(10, 10, 800, 600))
    window.showNormal()  # as a window manager may leave a window on a screen it lost
    assert not window.isFullScreen()
    with qtbot.waitSignal(window.screenCovered):
        if signal == "window's screenChanged":
            window.windowHandle().screenChanged.emit(screen)
        else:
            getattr(app, signal).emit(screen)
    assert window.geometry() == screen.geometry() and window.isFullScreen()
    # A burst of screen changes fits the window once, after they have all arrived.
    covered: list[object] = []
    window.screenCovered.connect(lambda *args: covered.append(args))
    with qtbot.waitSignal(window.screenCovered):
        app.screenAdded.emit(screen)
        app.primaryScreenChanged.emit(screen)
        screen.geometryChanged.emit(screen.geometry())
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    assert window.geometry() == screen.geometry()
    assert len(covered) == 1, f"fitted {len(covered)} times for one burst"


def test_a_windowed_kiosk_is_left_its_size(qtbot) -> None:
    window = KioskWindow(Translations())
    window.allow_close = True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.cover_screen()  # not full screen: nothing to cover
    assert window.size().toTuple() == (1280, 800)
    assert window.windowState() == Qt.WindowState.WindowNoState
