"""Test-wide setup. Qt tests run headless; the tests set that themselves."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

# Offscreen's default screen is 800x800 and drops touches outside it; give the tests
# a screen that holds a 1920x1080 landscape and a 1080x1920 portrait kiosk, at 96 dpi.
# Written whole and then renamed into place: the test run's workers (pytest-xdist) each
# write it while another's Qt may be reading it.
_SCREEN = Path(tempfile.gettempdir()) / "kiosk-test-screen.json"
_writing = _SCREEN.with_name(f"{_SCREEN.name}.{os.getpid()}.tmp")
_writing.write_text(json.dumps({"screens": [{
    "name": "kiosk", "x": 0, "y": 0, "width": 1920, "height": 1920,
    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
os.replace(_writing, _SCREEN)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
# Never touch a real kiosk's state from a test run.
os.environ.pop("KIOSK_DATA_DIR", None)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def qapp() -> object:
    """The tests' QApplication, made as the kiosk makes its own: shown only the kiosk's
    fonts (kiosk/_qt/fonts.py, only_bundled_fonts), and given them, as the kiosk does
    before its first screen. Replaces pytest-qt's.

    Without them a test drawing words before any kiosk was built in its process drew
    every letter as an empty box (in one order of the suite, three spaces came out as
    three boxes and a test of a picture with no ink failed)."""
    from kiosk._qt import fonts
    from kiosk._qt.app import application

    app = application()
    fonts.load_fonts()
    return app


@pytest.fixture(autouse=True)
def _own_validate_cache(monkeypatch: pytest.MonkeyPatch,
                        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test's validate remembers only what that test measured (never the developer's
    own cache, nor another test's)."""
    monkeypatch.setenv("KIOSK_CACHE_DIR", str(tmp_path_factory.mktemp("validate-cache")))


@pytest.fixture
def default_pack_dir() -> Path:
    return ROOT / "assets" / "packs" / "default"


@pytest.hookimpl(optionalhook=True)  # a pytest without xdist (-p no:xdist) still runs
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: a worker a core, at most four. Each worker holds a whole Qt
    application and the kiosks its tests build; past four they buy little and cost about
    a GB of memory each."""
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                      else os.cpu_count() or 1))
