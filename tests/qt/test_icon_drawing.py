"""The kiosk draws Font Awesome 5 from its own qtawesome font set, and survives an unknown name."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontDatabase

from kiosk._qt import icons
from kiosk.core import icons as icon_sets

ROOT = Path(__file__).resolve().parents[2]


def inked(name: str) -> bool:
    image = icons.icon(name, QColor("black")).pixmap(48, 48).toImage()
    return any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48))


@pytest.mark.parametrize("name", ["fa5s.brain", "fa5.eye", "fa5b.usb"])
def test_each_icon_set_draws(qapp, name: str) -> None:
    assert inked(name)


def test_the_icon_font_keeps_no_copy_of_its_files_and_draws_as_qtawesome_does(qapp) -> None:
    # Issue #14 (memory): qtawesome keeps each font file's bytes (0.36 MB) for ways of
    # drawing the kiosk does not use; the kiosk lets them go, and draws the same.
    mine = icons._iconic()
    assert mine.fontdata == {}
    theirs = icons._import_iconic_font()(*icon_sets.font_files())  # bytes and all
    try:
        assert theirs.fontdata
        for name in ("fa5s.brain", "fa5.eye", "fa5b.usb"):
            for size in (24, 131):
                drawn = [font.icon(name, color=QColor("#14507a")).pixmap(size, size).toImage()
                         for font in (mine, theirs)]
                assert drawn[0] == drawn[1], (name, size)
    finally:
        for font_id in theirs.fontids.values():
            QFontDatabase.removeApplicationFont(font_id)


@pytest.mark.allow_logged_errors
def test_an_unknown_icon_is_logged_and_drawn_as_nothing(qapp, caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="kiosk.ui"):
        assert icons.icon("mdi6.heart", QColor("black")).isNull()
    assert any("mdi6.heart" in record.getMessage() for record in caplog.records)


_DRAW = """
import sys
if sys.argv[1] == "qtpy":
    import qtpy.QtGui  # the real qtpy first: qtawesome then imports through it
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk._qt import icons
for name in ("fa5s.brain", "fa5.eye", "fa5b.usb", "fa5s.phone-alt", "fa5s.arrow-right"):
    for size in (24, 48, 131):
        image = icons.icon(name, QColor("#14507a")).pixmap(size, size).toImage()
        print(name, size, bytes(image.constBits()).hex())
print("QTPY", "qtpy" in sys.modules)
import qtpy.QtGui  # whatever imports qtpy after the stand-in gets the real one
print("LATER", hasattr(qtpy.QtGui, "QFileSystemModel"))  # qtpy's own, not PySide6.QtGui's
"""


def test_icons_draw_the_same_through_the_stand_in_as_through_qtpy() -> None:
    # Issue #14 (memory): qtawesome imports Qt through a stand-in for qtpy (13 MiB of
    # classes saved). Each process draws alone, for qtpy patches PySide6 for good.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    drawn = {}
    for way in ("stand-in", "qtpy"):
        result = subprocess.run([sys.executable, "-c", _DRAW, way], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        drawn[way] = result.stdout.splitlines()
    assert drawn["stand-in"][-2] == "QTPY False" and drawn["qtpy"][-2] == "QTPY True"
    assert drawn["stand-in"][-1] == drawn["qtpy"][-1] == "LATER True"
    assert len(drawn["stand-in"]) == 15 + 2
    assert drawn["stand-in"][:15] == drawn["qtpy"][:15]


def test_a_qtawesome_that_needs_more_of_qtpy_imports_through_qtpy_itself() -> None:
    # A later qtawesome may ask qtpy for a name the stand-in cannot give: the kiosk
    # then pays qtpy's memory, not its icons.
    script = """
import sys
from kiosk._qt import qtpy_standin
fetch = qtpy_standin._StandIn.__getattr__
def missing(self, name):
    if name == "QThread":
        raise AttributeError(name)
    return fetch(self, name)
qtpy_standin._StandIn.__getattr__ = missing
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk._qt import icons
image = icons.icon("fa5s.brain", QColor("black")).pixmap(48, 48).toImage()
print("INKED", any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48)))
print("QTPY", getattr(sys.modules.get("qtpy"), "__file__", None) is not None)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["INKED", "True", "QTPY", "True"], result.stdout
    assert "qtawesome imports through qtpy itself" in result.stderr


def test_qtawesome_s_hashlib_waits_until_it_is_used() -> None:
    # hashlib loads OpenSSL (3.7 MiB); qtawesome imports it only to check fonts the
    # kiosk never loads through it. Its stand-in gives the real module when used.
    script = """
import sys
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk._qt import icons
icons.icon("fa5s.brain", QColor("black")).pixmap(48, 48)
print("LOADED", "hashlib" in sys.modules, "_hashlib" in sys.modules)
import qtawesome
print("MD5", qtawesome.hashlib.md5(b"kiosk").hexdigest())
import hashlib
print("REAL", hashlib.md5(b"kiosk").hexdigest(), hashlib.__file__ is not None)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == "LOADED False False", result.stdout
    digest = lines[1].split()[1]
    assert lines[2] == f"REAL {digest} True", result.stdout
    assert digest == hashlib.md5(b"kiosk").hexdigest()
