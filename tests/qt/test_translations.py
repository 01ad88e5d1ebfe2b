"""Every word the app itself shows has a translation in each language the kiosk carries
(Urdu, Pashto), compiled and up to date, and its screens show no English in them."""

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
EVERY_TS = sorted((ROOT / "translations").glob("kiosk_*.ts"))


def messages(ts: Path, plurals_only: bool = False) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if not plurals_only or message.get("numerus") == "yes":
                out[(name, message.findtext("source"))] = message.find("translation")
    return out


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: it comes with PySide6-Essentials")
    return found


def test_the_kiosk_carries_urdu_and_pashto() -> None:
    assert {ts.stem for ts in EVERY_TS} >= {"kiosk_ur", "kiosk_ps", "kiosk_en"}


@pytest.mark.parametrize(("language", "one", "many"), [
    ("en", "Starting again in 1 second", "Starting again in 5 seconds"),
    ("ps", "په 1 ثانیه کې بیا له سره پیلېږي", "په 5 ثانیو کې بیا له سره پیلېږي"),
])
def test_a_count_of_one_reads_as_one(qtbot, kiosk: Kiosk, language: str, one: str,
                                     many: str) -> None:
    """Not "in 1 seconds": English and Pashto say one thing and two things differently
    (English from its file of plurals alone)."""
    w = kiosk.window
    tap(qtbot, w.attract.buttons[language])
    w.overlay.start(5)
    assert w.overlay.countdown.text() == many
    w.overlay.start(1)
    assert w.overlay.countdown.text() == one


@pytest.mark.parametrize("ts", EVERY_TS, ids=lambda ts: ts.stem)
def test_every_ui_string_in_the_code_has_a_translation(tmp_path: Path, ts: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    # English is the code's own language: its file holds only what a number changes.
    in_code = messages(fresh, plurals_only=ts.stem == "kiosk_en")
    translated = messages(ts)
    assert in_code, "lupdate found no UI strings at all"
    missing = sorted(key for key in in_code if key not in translated)
    assert not missing, f"run `python tools/i18n.py update` and translate: {missing}"
    unfinished = []
    for key, element in translated.items():
        forms = element.findall("numerusform") or [element]
        if element.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                (f.text or "").strip() for f in forms):
            unfinished.append(key)
    assert not unfinished, f"these have no finished translation in {ts.name}: {unfinished}"
    # Every {field}, %1 and %n of the English survives in the translation.
    for key, element in translated.items():
        for form in element.findall("numerusform") or [element]:
            want = sorted(re.findall(r"\{\w+\}|%\d|%n", key[1] or ""))
            got = sorted(re.findall(r"\{\w+\}|%\d|%n", form.text or ""))
            assert got == want, f"{ts.name}: {key}: {form.text!r}"


@pytest.mark.parametrize("ts", EVERY_TS, ids=lambda ts: ts.stem)
def test_compiled_translations_are_not_stale(tmp_path: Path, ts: Path) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True,
                   capture_output=True)
    shipped = resources.translations() / fresh.name
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped} was not compiled from the current {ts.name}: reinstall "
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


@pytest.mark.parametrize("language", ["ur", "ps"])
def test_screens_show_no_english_words(qtbot, kiosk: Kiosk, language: str) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons[language])
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
    assert translations.text_in("ur", "TopBar", "Home") == "مرکزی صفحہ"
    compiled = folder / "kiosk_ur.qm"
    data = compiled.read_bytes()
    with compiled.open("r+b") as rewritten:  # the same file, other bytes, as lrelease does
        rewritten.truncate(0)
        rewritten.write(data[len(data) // 2:] + data[:len(data) // 2])
    assert translations.text_in("ur", "TopBar", "Home") == "مرکزی صفحہ"
    assert translations.text_in("ur", "TopBar", "Text size") == "لکھائی کا سائز"


@pytest.mark.allow_logged_errors
def test_a_language_without_its_own_words_borrows_urdus(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """#18: a translation begun but not compiled (or none at all) leaves the kiosk
    starting, with Urdu's words for a right-to-left language and English's for a
    left-to-right one."""
    from kiosk._qt.i18n import Translations

    folder = tmp_path / "translations"
    shutil.copytree(resources.translations(), folder)
    (folder / "kiosk_ps.qm").unlink()
    monkeypatch.setattr(resources, "translations", lambda: folder)
    translations = Translations()
    assert "kiosk_ps.qm is missing" in caplog.text
    assert translations.languages == frozenset({"ur"})
    assert translations.interface_language("ps") == "ur"
    assert translations.text_in("ps", "TopBar", "Home") == "مرکزی صفحہ"
    assert translations.interface_language("xx") == "en"  # an unknown code: left to right
    assert translations.text_in("xx", "TopBar", "Home") == "Home"


def test_a_partly_translated_language_shows_urdu_for_the_words_it_lacks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk._qt.i18n import Translations

    folder = tmp_path / "translations"
    folder.mkdir()
    for name in ("kiosk_ur.ts", "kiosk_ur.qm"):
        shutil.copy(resources.translations() / name, folder / name)
    sindhi = folder / "kiosk_sd.ts"
    sindhi.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        'language="sd"><context><name>TopBar</name><message><source>Home</source>'
        '<translation>گهر</translation></message></context></TS>\n', encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), str(sindhi), "-qm",
                    str(sindhi.with_suffix(".qm"))], check=True, capture_output=True)
    monkeypatch.setattr(resources, "translations", lambda: folder)
    translations = Translations()
    assert translations.interface_language("sd") == "sd"
    assert translations.text_in("sd", "TopBar", "Home") == "گهر"
    assert translations.text_in("sd", "TopBar", "Text size") == "لکھائی کا سائز"  # Urdu's
