"""The installers: build the PyInstaller bundle and prove the frozen kiosk works.

Slow (PyInstaller, then dpkg-deb), so marked; it still runs in the plain ``pytest`` the
README and .ci/run use. Everything it builds stays in build/bundle-test-<pid>/ (a folder
per run: other people may run the tests in the same checkout at the same time), removed
afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.icons import font_files
from tests.xserver import DEADLINE_S, XVFB, xvfb

ROOT = Path(__file__).resolve().parent.parent
NAME = "clinic-kiosk"
EXE = NAME + (".exe" if sys.platform == "win32" else "")
CONSOLE_EXE = NAME + ("-console.exe" if sys.platform == "win32" else "")

pytestmark = pytest.mark.slow


def env(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("KIOSK_", "PYTEST_")) and k != "QT_QPA_PLATFORM"}
    return {**clean, **extra}


@pytest.fixture(scope="module")
def built() -> Iterator[dict[str, object]]:
    """Run ``python build_installer.py`` once for the module; its output and files."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[test]' installs PyInstaller")
    out = ROOT / "build" / f"bundle-test-{os.getpid()}"
    dist = out / "dist"
    shutil.rmtree(out, ignore_errors=True)
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--dist",
                                 str(dist), "--work", str(out / "work")], cwd=ROOT, env=env(),
                                capture_output=True, text=True, timeout=1200)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        yield {"dist": dist, "bundle": dist / NAME, "stdout": result.stdout,
               "seconds": time.monotonic() - started}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def self_test(command: list[str]) -> str:
    result = subprocess.run([*command, "--self-test"], env=env(), capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, f"self-test failed:\n{result.stdout}\n{result.stderr[-3000:]}"
    assert "self-test passed" in result.stdout
    assert "frozen bundle" in result.stdout
    return result.stdout


def test_the_bundle_reports_its_size_within_budget(built) -> None:
    out = built["stdout"]
    match = re.search(r"bundle .*: ([\d.]+) MB in \d+ files \(budget ([\d.]+) MB\)", out)
    assert match, out
    assert float(match.group(1)) <= float(match.group(2))
    top = out[match.end():].strip().splitlines()[:10]
    assert len(top) == 10 and all(re.match(r"\s*[\d.]+ MB  \S", line) for line in top), top


def test_the_bundle_carries_what_the_kiosk_needs_and_not_what_it_does_not(built) -> None:
    internal = built["bundle"] / "_internal"
    data = internal / "kiosk" / "_data"
    assert (data / "assets" / "fonts" / "NotoNastaliqUrduKiosk-Regular.ttf").is_file()
    assert (data / "assets" / "packs" / "default" / "pack.toml").is_file()
    assert (data / "translations" / "kiosk_ur.qm").is_file()
    # Pashto (#18): its interface words and the Naskh font its pages are drawn in.
    assert (data / "translations" / "kiosk_ps.qm").is_file()
    assert (data / "assets" / "fonts" / "NotoNaskhArabicKiosk-Regular.ttf").is_file()
    assert (data / "assets" / "fonts" / "NotoNaskhArabicKiosk-Bold.ttf").is_file()
    # Qt is shown these fonts and no others (kiosk/_qt/fonts.py, only_bundled_fonts).
    assert (data / "assets" / "fonts" / "fonts.conf").is_file()
    icon_fonts = {p.name for p in (internal / "qtawesome" / "fonts").iterdir()}
    assert icon_fonts == {name for _prefix, *files in font_files() for name in files}, \
        "exactly Font Awesome 5's fonts and charmaps"
    # HarfBuzz answered at build time; the engine itself is not shipped.
    assert (data / "shaping-reference.json.gz").is_file()
    assert not list(internal.rglob("*harfbuzz*.so")) and not (internal / "uharfbuzz").exists()
    # Narration plays through Qt's audio sink and libsndfile: no FFmpeg, no media plug-in.
    unwanted = re.compile(r"qt6(qml|quick|pdf|virtualkeyboard|opengl)|libqpdf|"
                          r"libqgtk3|opengl32sw|^libgtk|^tkinter$|^mypy$|^libav(codec|format)|"
                          r"ffmpegmediaplugin|qtexttospeech_mock|^scipy$|^libmvec", re.IGNORECASE)
    hits = sorted(p.name for p in internal.rglob("*") if unwanted.search(p.name))
    assert not hits, f"pruned modules came back: {hits}"
    plugins = {p.relative_to(internal).as_posix() for p in internal.rglob("*plugins/*/*")}
    assert all(("platforms/" in p or "wayland-" in p or "styles/" in p or "texttospeech/" in p)
               for p in plugins), plugins
    assert list(internal.rglob("*Qt6Multimedia*")) and list(internal.rglob("*sndfile*")), \
        "what plays narration"
    assert not list(internal.rglob("*/translations/qt*_*.qm")), "Qt's own translations pruned"


def test_the_frozen_kiosk_passes_its_self_test(built) -> None:
    report = self_test([str(built["bundle"] / CONSOLE_EXE)])
    assert "ok   Urdu shaping" in report and "ok   icons" in report
    assert re.search(r"ok   narration: \d+ recordings decode", report), report
    assert "recorded when this installer was built" in report


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"),
                    reason="a .deb is built on Linux with dpkg-deb")
def test_the_deb_installs_and_its_launcher_passes_the_self_test(built, tmp_path: Path) -> None:
    debs = list(built["dist"].glob(f"{NAME}_*.deb"))
    assert len(debs) == 1, list(built["dist"].iterdir())
    info = subprocess.run(["dpkg-deb", "--info", str(debs[0])], capture_output=True, text=True,
                          check=True).stdout
    assert f"Package: {NAME}" in info and "libxcb-cursor0" in info
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(root)], check=True)
    assert (root / "opt" / NAME / NAME).is_file()
    autostart = (root / "etc" / "xdg" / "autostart" / f"{NAME}.desktop").read_text()
    assert f"Exec=/usr/bin/{NAME}-autostart" in autostart
    assert "--supervise" in (root / "usr" / "bin" / f"{NAME}-autostart").read_text()
    assert (root / "usr" / "share" / "applications" / f"{NAME}.desktop").is_file()
    assert (root / "etc" / "default" / NAME).is_file()
    subprocess.run(["sh", "-n", str(root / "usr" / "bin" / f"{NAME}-autostart")], check=True)
    # The locked session (#15), installed but off until IT turns it on.
    assert "Suggests: cage, xwayland" in info
    unit = (root / "lib" / "systemd" / "system" / f"{NAME}-session.service").read_text()
    assert f"ExecStart=/usr/lib/{NAME}/kiosk-session" in unit
    assert f"PAMName={NAME}-session" in unit and (root / "etc" / "pam.d" / f"{NAME}-session"
                                                   ).is_file()
    xsession = (root / "usr" / "share" / "xsessions" / f"{NAME}.desktop").read_text()
    assert f"Exec=/usr/lib/{NAME}/kiosk-xsession" in xsession
    for script in ("kiosk-session", "kiosk-xsession"):
        path = root / "usr" / "lib" / NAME / script
        assert os.access(path, os.X_OK)
        subprocess.run(["sh", "-n", str(path)], check=True)
    conffiles = subprocess.run(["dpkg-deb", "-I", str(debs[0]), "conffiles"],
                               capture_output=True, text=True, check=True).stdout
    assert f"/etc/pam.d/{NAME}-session" in conffiles
    self_test([str(root / "usr" / "bin" / NAME)])
    tarballs = list(built["dist"].glob(f"{NAME}-*-linux-*.tar.gz"))
    assert len(tarballs) == 1


@pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed")
def test_the_bundle_shows_a_real_window_under_x11(built, tmp_path: Path) -> None:
    """The xcb platform plugin and its libraries load: a first frame on a real X server."""
    with xvfb(1920, 1080) as display:  # ready when it says its display number, not "soon"
        result = subprocess.run([str(built["bundle"] / EXE), "--quit-after-first-frame",
                                 "--data-dir", str(tmp_path / "data")],
                                env=env(DISPLAY=display, QT_QPA_PLATFORM="xcb"),
                                capture_output=True, text=True, timeout=DEADLINE_S)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_the_frozen_supervisor_runs_the_kiosk_and_stops_it(built, tmp_path: Path) -> None:
    """``clinic-kiosk --supervise`` starts the frozen kiosk, which beats; SIGTERM ends both."""
    data = tmp_path / "data"
    proc = subprocess.Popen([str(built["bundle"] / EXE), "--supervise", "--data-dir", str(data)],
                            env=env(QT_QPA_PLATFORM="offscreen",
                                    KIOSK_SUPERVISOR_HEARTBEAT_INTERVAL_MS="200"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        kiosk_log = data / "logs" / "kiosk.log"
        # The deadline only turns a hang into a failure; the wait is for the log line.
        deadline = time.monotonic() + DEADLINE_S
        while not (kiosk_log.is_file() and "heartbeat every 200 ms" in kiosk_log.read_text()):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the supervised kiosk never started beating")
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    log = (data / "logs" / "supervisor.log").read_text()
    assert "kiosk started (pid" in log and "supervisor stopping" in log
    assert "restarting" not in log, log
