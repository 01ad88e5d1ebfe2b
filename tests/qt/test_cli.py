"""The ``kiosk`` command as an installer or a benchmark runs it: a real process."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def kiosk(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def small_pack(tmp_path: Path, default_pack_dir: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir, pack)
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    text = re.sub(r"^topics = \[.*?\]", 'topics = ["immune-system"]', text, count=1,
                  flags=re.M | re.S)
    # Its emergency page is in a topic this small pack leaves out.
    text = re.sub(r"^emergency_page = .*$", "", text, count=1, flags=re.M)
    manifest.write_text(text, encoding="utf-8")
    return pack


def test_quit_after_first_frame_exits_cleanly_in_full_screen(tmp_path: Path) -> None:
    result = kiosk("--quit-after-first-frame", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "logs" / "kiosk.log").is_file()


def test_data_dir_can_come_from_the_environment(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "kiosk", "--quit-after-first-frame"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "fonts loaded" in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_a_broken_pack_is_refused_with_its_problems(tmp_path: Path,
                                                    default_pack_dir: Path) -> None:
    pack = small_pack(tmp_path, default_pack_dir)
    next((pack / "topics" / "immune-system").glob("*.ur.md")).unlink()
    result = kiosk("--pack", str(pack), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 1
    assert "This pack cannot be shown" in result.stderr
    assert ".ur.md: is missing" in result.stderr


def test_screenshots_cover_every_page_in_every_language(tmp_path: Path,
                                                       default_pack_dir: Path) -> None:
    pack = small_pack(tmp_path, default_pack_dir)
    out = tmp_path / "shots"
    result = kiosk("--screenshots", str(out), "--size", "1280x800", "--pack", str(pack),
                   "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    pages = len(list((pack / "topics" / "immune-system").glob("*.en.md")))
    # attract + (home + pages + still-reading) per language: English, Urdu and Pashto
    assert len(names) == 1 + 3 * (pages + 2), names
    assert any("-ur-t01-p01-" in n for n in names) and any("-en-01-home" in n for n in names)
    assert any("-ps-t01-p01-" in n for n in names)


def read_beat(path: Path) -> int | None:
    """The heartbeat's count, or None while there is none to read yet."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except OSError:  # not written yet
        return None
    # The kiosk replaces the file whole (heartbeat.py); still, read it once, and take
    # anything but a number as "not yet" rather than fail on it.
    return int(text) if text.isdigit() else None


def test_a_running_kiosk_beats_its_heartbeat_and_loads_its_pack(qtbot, tmp_path: Path) -> None:
    # What the supervisor sees of a real start: the heartbeat file appears and counts up,
    # and the rest of the kiosk is built after the first frame.
    from kiosk.core.supervisor import HEARTBEAT_ENV, HEARTBEAT_INTERVAL_ENV

    beat = tmp_path / "heartbeat"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", HEARTBEAT_ENV: str(beat),
           HEARTBEAT_INTERVAL_ENV: "100"}
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--data-dir",
                             str(tmp_path / "data")], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def fourth_beat() -> bool:
            if proc.poll() is not None:  # fail now (waitUntil retries on an assert)
                pytest.fail(f"the kiosk exited ({proc.returncode})")
            count = read_beat(beat)
            return count is not None and count > 3

        # Wait for the event (the fourth beat); the timeout only turns a hang into a failure.
        qtbot.waitUntil(fourth_beat, timeout=120_000)
        # The pack is loaded in the same turn of the event loop as the first beat, so the
        # fourth beat comes after it.
        log = (tmp_path / "data" / "logs" / "kiosk.log").read_text(encoding="utf-8")
        assert "loaded pack" in log
    finally:
        proc.kill()
        proc.wait(timeout=30)


def set_pin_as_the_windows_installer_does(tmp_path: Path, typed: bytes) -> tuple[int, str]:
    """``kiosk --set-pin --data-dir DIR < pin.txt > pin-out.txt 2>&1``, the input written as
    the installer's Pascal writes it (SaveStringToFile: the PIN, CRLF, the PIN, CRLF)."""
    pin_file, out_file = tmp_path / "pin.txt", tmp_path / "pin-out.txt"
    pin_file.write_bytes(typed)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with pin_file.open("rb") as stdin, out_file.open("wb") as stdout:
        result = subprocess.run([sys.executable, "-m", "kiosk", "--set-pin", "--data-dir",
                                 str(tmp_path / "data")], cwd=ROOT, env=env, stdin=stdin,
                                stdout=stdout, stderr=subprocess.STDOUT, timeout=120)
    return result.returncode, out_file.read_text(encoding="utf-8")


def test_the_windows_installer_sets_the_pin_through_a_file(tmp_path: Path) -> None:
    from kiosk.core.staffpin import Outcome, StaffPin

    status, said = set_pin_as_the_windows_installer_does(tmp_path, b"482193\r\n482193\r\n")
    assert status == 0, said
    match = re.search(r"Recovery code.*: (\d{4} \d{4} \d{4})\s*$", said)
    assert match, said  # the installer shows this text to whoever installs
    pin = StaffPin(tmp_path / "data")
    assert pin.check("482193").outcome is Outcome.OK
    assert pin.recover(match.group(1).replace(" ", "")).outcome is Outcome.OK
    assert "482193" not in said.replace(match.group(1), "")  # the PIN itself is never shown


@pytest.mark.parametrize(("typed", "why"), [
    (b"482193\r\n482194\r\n", "not the same"),
    (b"123456\r\n123456\r\n", "Anyone could guess"),
    (b"4821\r\n4821\r\n", "6 to 8 digits"),
    (b"48a193\r\n48a193\r\n", "6 to 8 digits"),
    (b"482193\r\n", "not the same"),  # cut short: never half a PIN
])
def test_the_windows_installer_hears_why_a_pin_is_refused(tmp_path: Path, typed: bytes,
                                                         why: str) -> None:
    from kiosk.core.staffpin import StaffPin

    status, said = set_pin_as_the_windows_installer_does(tmp_path, typed)
    assert status == 2 and why in said and "Not set" in said, said
    assert not StaffPin(tmp_path / "data").has_pin()


def test_set_pin_without_standard_input_says_so(monkeypatch, tmp_path: Path, capsys) -> None:
    # The windowless Windows executable has no stdin at all (None), unlike a closed one.
    from kiosk.cli import main

    monkeypatch.setattr(sys, "stdin", None)
    assert main(["--set-pin", "--data-dir", str(tmp_path)]) == 2
    assert "No standard input" in capsys.readouterr().err
    assert not (tmp_path / "staff.json").exists()


def test_the_recovery_code_is_printed_whatever_the_folder_is_called(tmp_path: Path) -> None:
    # A data folder whose name the output's encoding cannot spell must not cost the code:
    # the PIN would be set, and its recovery code lost with a traceback.
    from kiosk.core.staffpin import Outcome, StaffPin

    data = tmp_path / "d\u00e4t\u00e4 \u06a9\u0644\u06cc\u0646\u06a9"
    pin_file = tmp_path / "pin.txt"
    pin_file.write_bytes(b"482193\r\n482193\r\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "ascii"}
    with pin_file.open("rb") as stdin:
        result = subprocess.run([sys.executable, "-m", "kiosk", "--set-pin", "--data-dir",
                                 str(data)], cwd=ROOT, env=env, stdin=stdin,
                                capture_output=True, timeout=120)
    said = result.stdout.decode("ascii")
    assert result.returncode == 0, said + result.stderr.decode("ascii", "replace")
    assert re.search(r"Recovery code.*: \d{4} \d{4} \d{4}\s*$", said), said
    assert StaffPin(data).check("482193").outcome is Outcome.OK
