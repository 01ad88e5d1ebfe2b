"""``kiosk --self-test`` passes on a whole installation and fails, saying why, on a broken one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk._qt import selftest
from kiosk.core import resources
from kiosk.core.packdir import load_pack


def test_self_test_passes_here(qapp) -> None:
    out = io.StringIO()
    assert selftest.run(out, sizes=[(1280, 800)]) == 0, out.getvalue()
    report = out.getvalue()
    for check in ("bundled files", "default pack", "kiosk starts", "fonts", "platform plugins",
                  "translations",
                  "icons", "every page renders", "Urdu shaping", "narration", "log"):
        assert f"ok   {check}:" in report
    assert "FAIL" not in report
    # The tests' own PulseAudio server (tests/qt/sound_server.py) is this machine's output.
    recordings = 2 * len(load_pack(resources.default_pack()).pages())  # both languages
    assert f"{recordings} recordings decode; a sound output" in report
    assert report.rstrip().splitlines()[-1].startswith("self-test passed: 11 checks")


@pytest.mark.allow_logged_errors
def test_self_test_fails_and_says_why(qapp, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources, "fonts", lambda: tmp_path / "no-fonts")
    monkeypatch.setattr(resources, "default_pack", lambda: tmp_path / "no-pack")
    out = io.StringIO()
    assert selftest.run(out) == 1
    report = out.getvalue()
    assert "FAIL bundled files:" in report and "NotoNastaliqUrduKiosk-Regular.ttf" in report
    assert "FAIL default pack:" in report
    assert report.rstrip().splitlines()[-1].startswith("SELF-TEST FAILED: 2 of 2 checks")


def test_pack_urdu_strips_markdown() -> None:
    assert list(selftest._urdu_lines("## **مدافعتی** نظام\nEnglish only\n- خلیے")) == [
        "مدافعتی نظام", "خلیے"]
