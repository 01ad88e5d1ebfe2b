"""Every word the app itself shows has an Urdu translation, compiled and up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk._qt.app import Kiosk
from kiosk.core import resources
from tests.qt.conftest import tap

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "kiosk_ur.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: it comes with PySide6-Essentials")
    return found


def test_every_ui_string_in_the_code_has_an_urdu_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = messages(fresh)
    translated = messages(TS)
    assert in_code, "lupdate found no UI strings at all"
    missing = sorted(key for key in in_code if key not in translated)
    assert not missing, f"run `python tools/i18n.py update` and translate: {missing}"
    unfinished = []
    for key, element in translated.items():
        forms = element.findall("numerusform") or [element]
        if element.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                (f.text or "").strip() for f in forms):
            unfinished.append(key)
    assert not unfinished, f"these have no finished Urdu translation: {unfinished}"


def test_compiled_translations_are_not_stale(tmp_path: Path) -> None:
    fresh = tmp_path / "kiosk_ur.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True)
    shipped = resources.translations() / "kiosk_ur.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped} was not compiled from the current {TS.name}: reinstall "
        "(pip install -e .) or run `python tools/i18n.py compile`")


_LATIN = re.compile(r"[A-Za-z]{2,}")
# Words that stay in Latin letters on an Urdu screen, on purpose.
_ALLOWED = {"English"}


def latin_on_screen(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
            if text not in _ALLOWED and _LATIN.search(text):
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


def test_urdu_screens_show_no_english_words(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.urdu)
    assert latin_on_screen(w) == []
    for index in range(len(w.home.tiles)):
        tap(qtbot, w.home.tiles[index])
        for _ in range(len(w.viewer.topic.pages)):
            assert latin_on_screen(w) == [], w.viewer.page.key
            if w.viewer.index + 1 < len(w.viewer.topic.pages):
                tap(qtbot, w.viewer.next)
        tap(qtbot, w.topbar.home)
    w.overlay.start(20)
    assert latin_on_screen(w.overlay) == []


def test_a_qm_file_rewritten_under_a_running_kiosk_changes_nothing_it_shows(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue #14 (soak): pyside6-lrelease rewrites a .qm file in place. Mapped by
    # QTranslator, a running kiosk then read the new bytes through the old file's index:
    # words went missing, and a soak crashed inside QTranslator's lookup right after.
    from kiosk._qt.i18n import Translations

    folder = tmp_path / "translations"
    shutil.copytree(resources.translations(), folder)
    monkeypatch.setattr(resources, "translations", lambda: folder)
    translations = Translations()
    assert translations.text_in("ur", "Problems", "Urdu") == "اردو"
    compiled = folder / "kiosk_ur.qm"
    data = compiled.read_bytes()
    with compiled.open("r+b") as rewritten:  # the same file, other bytes, as lrelease does
        rewritten.truncate(0)
        rewritten.write(data[len(data) // 2:] + data[:len(data) // 2])
    assert translations.text_in("ur", "Problems", "Urdu") == "اردو"
    assert translations.text_in("ur", "Problems", "English") == "انگریزی"
