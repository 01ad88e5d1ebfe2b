"""Start-up: the attract screen is painted first, the rest is built right after it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk._qt.app import begin, choose_pack, finish
from tests.core.kpack_helpers import build, make_pack, make_store, new_key, pub_text
from tests.qt.conftest import tap

ROOT = Path(__file__).resolve().parents[2]


def _run(script: str) -> str:
    """What ``script`` prints, run in a Python of its own (offscreen); it must succeed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_first_frame_needs_none_of_the_heavy_imports_or_classes(tmp_path: Path) -> None:
    # Icons, validation and signing are most of the start-up time and the attract screen
    # needs none of them; this keeps a stray import from undoing that. dataclasses is
    # small (~3 ms) but easy to pull in again with one decorator.
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QTimer
        from kiosk._qt.app import begin
        k = begin({str(tmp_path)!r})
        def first_frame():
            heavy = [m for m in ("qtawesome", "kiosk.core.icons", "cattrs", "cryptography",
                                 "kiosk.core.store", "logging.handlers", "dataclasses")
                     if m in sys.modules]
            print("HEAVY", heavy)
            # PySide makes a Qt class's Python type, with every enum it holds, when it is
            # first named: QStyle's took 10 ms, the text classes' 5, QGradient's 3 (named
            # by PySide itself, choosing among fillRect's overloads for a colour).
            import PySide6.QtGui as gui, PySide6.QtWidgets as widgets
            made = [name for module, name in (
                        (widgets, "QStyle"), (widgets, "QStyleOptionButton"),
                        (gui, "QTextDocument"), (gui, "QTextFormat"), (gui, "QRawFont"),
                        (gui, "QGradient"), (gui, "QKeySequence"))
                    if name in vars(module)]
            widgets.QStyle
            print("MADE", made, "QStyle" in vars(widgets))  # the control: seen once made
            k.app.exit(0)
        k.window.attract.firstFramePainted.connect(lambda: QTimer.singleShot(0, first_frame))
        k.window.resize(1280, 800)
        k.window.show()
        sys.exit(k.app.exec())
    """)
    out = _run(script)
    assert "HEAVY []" in out, out
    assert "MADE [] True" in out, out


def test_no_screen_a_patient_sees_makes_the_gradient_class(tmp_path: Path) -> None:
    # Choosing among fillRect's overloads for a colour, PySide makes QGradient and its 182
    # enum members (about 90 KiB, kept for good): the kiosk fills through fill_rect.
    # Every page of every topic in every language, the fade between screens, the
    # language chooser, the still-reading question, the way back to the welcome screen
    # and the take-home code, each painted (grab paints what is shown, overlays included).
    script = textwrap.dedent(f"""
        import PySide6.QtGui as gui
        from kiosk._qt.app import build
        k = build({str(tmp_path)!r})
        window = k.window
        window.resize(1280, 800)
        window.show()
        pack = k.session.pack
        for language in pack.languages:
            window.start_visit(language)
            for topic in pack.topics_in(language):
                window.go_home()
                window.open_topic(topic.id)
                window.grab()
                while not window.viewer._at_end():
                    window.viewer.go_next()
                    window.grab()
            window.topbar.language.click()
            window.grab()
            window.topbar.close_chooser()
            window._ask_still_reading()
            window.grab()
            window.reset()
            window.grab()
        # The take-home code, shown only for a pack with a web edition (this one has none).
        window.start_visit(pack.languages[0])
        window.open_topic(pack.topics_in(pack.languages[0])[0].id)
        window.viewer.take_home.show_address("https://example.org/kiosk/en/immune-system")
        window.grab()
        shown = window.viewer.take_home.isVisible()
        print("MADE", "QGradient" in vars(gui), "CODE SHOWN", shown)
        image = gui.QImage(4, 4, gui.QImage.Format.Format_ARGB32)
        painter = gui.QPainter(image)
        painter.fillRect(0, 0, 2, 2, gui.QColor("red"))
        painter.end()
        print("CONTROL", "QGradient" in vars(gui))  # seen once made
    """)
    out = _run(script)
    assert "MADE False CODE SHOWN True" in out, out
    assert "CONTROL True" in out, out


def test_the_kiosk_is_usable_once_the_rest_is_built(qtbot, tmp_path: Path) -> None:
    k = begin(tmp_path / "data")
    window = k.window
    window.allow_close = True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.attract.firstFramePainted):
        window.show()
    tap(qtbot, window.attract.buttons["en"])  # too early: ignored, nothing breaks
    assert not window.attached
    finish(k)
    assert window.attached
    QApplication.processEvents()  # the welcome screen's buttons laid out for the pack's languages
    tap(qtbot, window.attract.buttons["en"])
    assert window.current is window.home
    window.idle.stop()


def test_a_kiosk_that_cannot_open_its_content_does_not_look_healthy(tmp_path: Path) -> None:
    # Issue #14: on a full disk the welcome screen was painted, opening the content failed
    # after it, and the heartbeat went on: taps did nothing and nobody restarted it.
    beat = tmp_path / "beat"
    script = textwrap.dedent(f"""
        import sys
        import kiosk._qt.app as app

        def disk_full(*args, **kwargs):
            raise OSError(28, "No space left on device")

        app.finish = disk_full
        sys.exit(app.run(True, {str(tmp_path / "data")!r}, None))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_HEARTBEAT": str(beat)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 3, result.stderr
    assert "could not open its content" in result.stderr
    assert not beat.exists()


@pytest.mark.allow_logged_errors
def test_a_read_only_data_disk_still_shows_the_installed_pack(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue #14: ext4 turns a disk read-only after errors. Repair (which writes) failed,
    # and the kiosk fell back to the bundled pack instead of the one staff installed.
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    store.install(build(make_pack(tmp_path / "v2", 2), tmp_path / "v2.kpack", key))

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(store, "repair", read_only)
    assert choose_pack(None, store).version == 2
