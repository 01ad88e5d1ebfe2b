"""The staff side, driven with taps: gesture, PIN pad, panel, USB packs, rollback, settings,
exit, the update channel, and the side-by-side preview."""

from __future__ import annotations

import datetime as dt
import errno
import functools
import http.server
import json
import re
import shutil
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication

from kiosk._qt.app import Kiosk, begin, build, finish
from kiosk._qt.settle import run_posted_events
from kiosk._qt.staff import usb
from kiosk._qt.staff.common import local_time, say_lines
from kiosk._qt.staff.controller import StaffController
from kiosk._qt.staff.pinpad import PinPad
from kiosk._qt.staff.usb import Volume
from kiosk._qt.staff.worker import jobs_running
from kiosk.core import channel, channelfiles, glyphs, packsources
from kiosk.core.exitcodes import EXIT_STAFF
from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings
from kiosk.core.staffpin import StaffPin
from kiosk.core.store import PackStore, Source
from kiosk.core.updatelist import CHANNEL_FILE, publish
from tests.core.kpack_helpers import PACK_ID, craft, make_pack, new_key, pack_files, pub_text
from tests.core.kpack_helpers import build as build_kpack
from tests.qt import finger
from tests.qt.conftest import tap, words_of

PIN = "246813"
URDU_LETTER = re.compile("[\u0600-\u06ff]")
KEY = new_key()


@pytest.fixture
def usb_stick(tmp_path: Path, monkeypatch) -> Path:
    """A folder the kiosk takes for a mounted USB stick."""
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(usb, "removable_volumes", lambda: [Volume(stick, "STICK")])
    return stick


def signed(tmp_path: Path, version: int, name: str | None = None, key=KEY, **kw) -> Path:
    folder = make_pack(tmp_path / f"src-{version}-{name or 'x'}", version, **kw)
    out = tmp_path / (name or f"test-v{version}.kpack")
    return build_kpack(folder, out, key)


@pytest.fixture
def start(qtbot, tmp_path: Path) -> Iterator[Callable[..., Kiosk]]:
    """Start (or restart) the kiosk on one data folder, with a PIN and a trusted key."""
    data = DataDir(tmp_path / "data").create()
    started: list[Kiosk] = []
    others = jobs_running()  # an earlier test's, if any: not this test's to wait for

    def launch(pin: str | None = PIN, **settings: object) -> Kiosk:
        if not started:
            Settings(trusted_keys=[pub_text(KEY)], **settings).save(data.settings_file)
            if pin:
                StaffPin(data.root).set_pin(pin)
        k = build(data_dir=data.root)
        k.window.allow_close = True
        qtbot.addWidget(k.window)
        k.window.resize(1920, 1080)
        k.window.show()
        qtbot.waitExposed(k.window)
        staff(k).gesture.set_hold_ms(40)
        started.append(k)
        return k

    yield launch
    for k in started:
        k.stop()
        k.window.idle.stop()
        k.window.overlay.stop()
        staff(k).poller.stop()
        k.window.translations.activate("en")
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: not any(staff(k).poller.busy for k in started), timeout=5000)
    # Nor a worker still reading this test's store (a look between patients, say): what
    # it logs now counts against this test (conftest's no_logged_errors reads the
    # teardown's log too), never against the next one.

    def workers_done() -> None:
        left = jobs_running() - others
        assert not left, f"workers still running: {sorted(job.name for job in left)}"

    qtbot.waitUntil(workers_done, timeout=10000)


def staff(k: Kiosk) -> StaffController:
    assert isinstance(k.staff, StaffController)
    return k.staff


def type_digits(qtbot, pad, digits: str) -> None:
    for digit in digits:
        tap(qtbot, pad.digits[digit])
    tap(qtbot, pad.ok)
    pad_answered(qtbot, pad)


def pad_answered(qtbot, widget) -> None:
    """A PIN is checked off the UI thread (scrypt is slow on purpose): wait for its answer."""
    while widget is not None and not isinstance(widget, PinPad):
        widget = widget.parentWidget()
    if widget is not None:
        qtbot.waitUntil(lambda: not widget.working, timeout=10000)


def unlock(qtbot, k: Kiosk, pin: str = PIN) -> None:
    s = staff(k)
    s.open_pad()
    type_digits(qtbot, s.pad.pad, pin)
    assert s.panel.isVisible()


def first_start(qtbot, tmp_path: Path) -> tuple[Kiosk, DataDir]:
    """A kiosk started as an installer leaves it: no PIN yet, so the setup pad shows."""
    data = DataDir(tmp_path / "data").create()
    k = finish(begin(data.root), ask_for_pin=True)
    k.window.allow_close = True
    qtbot.addWidget(k.window)
    k.window.resize(1920, 1080)
    k.window.show()
    qtbot.waitExposed(k.window)
    qtbot.waitUntil(staff(k).pad.isVisible, timeout=5000)
    return k, data


def long_press_corner(qtbot, k: Kiosk) -> None:
    """Staff's hold on the blank top-left corner, until the hold fires (no clock in it)."""
    gesture = staff(k).gesture
    target = k.window.childAt(QPoint(5, 5)) or k.window  # whatever lies in the corner
    corner = target.mapFrom(k.window, QPoint(5, 5))
    with qtbot.waitSignal(gesture.triggered):
        finger.down(target, corner)
        assert gesture.is_holding()
    finger.up(target, corner)


def settings_tab(qtbot, k: Kiosk):
    """Staff in, on the Settings tab."""
    unlock(qtbot, k)
    s = staff(k)
    tap(qtbot, s.panel.tabs[s.panel.settings])
    return s.panel.settings


# -- the way in ---------------------------------------------------------------------------------


def test_long_press_in_the_corner_opens_the_pad_and_first_start_sets_a_pin(qtbot, start) -> None:
    k = start(pin=None)
    s = staff(k)
    tap(qtbot, k.window.attract, QPoint(5, 5))  # a tap is a patient starting a visit
    assert not s.pad.isVisible() and k.window.current is k.window.home
    k.window.reset()
    long_press_corner(qtbot, k)
    assert s.pad.isVisible()
    assert k.window.current is k.window.attract  # lifting the finger started no visit
    assert "Choose" in s.pad.heading.text()
    type_digits(qtbot, s.pad.pad, "13")
    assert "at least" in s.pad.message.text()  # too short, said kindly
    type_digits(qtbot, s.pad.pad, "4821")
    assert "at least 6 digits" in s.pad.message.text()  # a new PIN has six at least
    for guessable in ("111111", "123456", "987654"):
        type_digits(qtbot, s.pad.pad, guessable)
        assert "Anyone could guess" in s.pad.message.text()
        assert "Choose" in s.pad.heading.text()  # still choosing, not confirming
    type_digits(qtbot, s.pad.pad, "135792")
    type_digits(qtbot, s.pad.pad, "135793")
    assert "not the same" in s.pad.message.text()
    type_digits(qtbot, s.pad.pad, "135792")
    type_digits(qtbot, s.pad.pad, "135792")
    # Its recovery code, shown once to be written down, before the panel opens.
    code = s.pad.shown_code.text().replace(" ", "")
    assert "recovery code" in s.pad.heading.text() and len(code) == 12 and code.isdigit()
    assert not s.pad.pad.digits["1"].isEnabled()  # nothing to type here
    assert not s.pad.cancel.isVisible()  # and no way past it but OK
    tap(qtbot, s.pad.pad.ok)
    assert s.panel.isVisible() and not s.pad.isVisible()
    assert StaffPin(k.data.root).check("135792").outcome.value == "ok"



def test_a_kiosk_without_a_pin_shows_only_the_setup_pad_until_one_is_chosen(
        qtbot, tmp_path: Path) -> None:
    """#13 item 5: the first-start prompt cannot be cancelled or walked away from, so
    nobody can take the kiosk over later by choosing their own PIN."""
    k, data = first_start(qtbot, tmp_path)
    s = staff(k)
    assert not s.pad.cancel.isVisible() and "Choose" in s.pad.heading.text()
    assert not k.window.attract.isVisible()
    s.pad._cancel()  # even a cancel that got through does nothing
    s._staff_walked_away()  # nor does leaving it for minutes
    assert s.pad.isVisible() and not k.window.attract.isVisible()
    type_digits(qtbot, s.pad.pad, "135792")
    type_digits(qtbot, s.pad.pad, "135792")
    tap(qtbot, s.pad.pad.ok)  # the recovery code is written down
    assert s.panel.isVisible() and StaffPin(data.root).has_pin()

def test_wrong_pin_five_times_locks_the_pad_even_after_a_restart(qtbot, start) -> None:
    k = start()
    s = staff(k)
    s.open_pad()
    for left in (4, 3, 2, 1):
        type_digits(qtbot, s.pad.pad, "0000")
        assert f": {left}" in s.pad.message.text()
        assert not s.panel.isVisible()
    type_digits(qtbot, s.pad.pad, "0000")
    assert "try again in 5 min" in s.pad.message.text()
    assert not s.pad.pad.ok.isEnabled() and not s.panel.isVisible()
    tap(qtbot, s.pad.cancel)
    assert k.window.current is k.window.attract  # the kiosk carries on for patients

    again = start()  # a restart (or a pulled plug) does not lift the lock
    s2 = staff(again)
    s2.open_pad()
    assert not s2.pad.pad.digits["2"].isEnabled()
    assert "try again" in s2.pad.message.text()
    s2.service.pin.clock = lambda: 10**12  # much later
    s2.pad._refresh_lock()
    type_digits(qtbot, s2.pad.pad, PIN)
    assert s2.panel.isVisible()


def test_a_pin_guessed_at_again_and_again_rests_for_hours(qtbot, start) -> None:
    k = start()
    s = staff(k)
    now = [1_000_000.0]
    s.service.pin.clock = lambda: now[0]
    for _lockout in range(5):  # five earlier rests, each waited out
        for _ in range(5):
            result = s.service.check_pin("0000")
        now[0] += result.seconds_left
    s.open_pad()
    for _ in range(5):
        type_digits(qtbot, s.pad.pad, "0000")
    text = s.pad.message.text()
    assert "try again in 2 h 40 min" in text and "kiosk --set-pin" in text  # 300 s x 2^5
    assert not s.pad.pad.ok.isEnabled()


def test_right_pin_opens_the_panel_and_close_returns_to_the_attract_screen(qtbot, start) -> None:
    k = start()
    k.window.start_visit("en")
    long_press_corner(qtbot, k)
    s = staff(k)
    assert "Staff only" in s.pad.heading.text()
    type_digits(qtbot, s.pad.pad, PIN)
    assert s.panel.isVisible()
    tap(qtbot, s.panel.close_button)
    assert not s.panel.isVisible() and k.window.current is k.window.attract


def test_staff_screens_left_alone_go_back_to_the_patients(qtbot, start) -> None:
    k = start()
    s = staff(k)
    s.panel_idle.set_seconds(0)
    s.open_pad()
    qtbot.waitUntil(lambda: not s.pad.isVisible(), timeout=2000)
    assert k.window.attract.isVisible()
    s.panel_idle.set_seconds(60)
    unlock(qtbot, k)
    s.panel_idle.set_seconds(0)
    s.panel_idle.start()
    qtbot.waitUntil(lambda: not s.panel.isVisible(), timeout=2000)
    assert not s.panel_open and k.window.attract.isVisible()


# -- packs from a USB stick ---------------------------------------------------------------------


def card_for(qtbot, k: Kiosk, name: str):
    packs = staff(k).panel.packs
    # On screen, as a person would see it (a card is built, then shown, a turn apart).
    qtbot.waitUntil(lambda: any(p.name == name and c.isVisible()
                                for p, c in packs.cards.items()), timeout=5000)
    card = next(c for p, c in packs.cards.items() if p.name == name)
    qtbot.waitUntil(lambda: card.state != "checking", timeout=10000)
    return card


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time zones set by TZ: not on Windows")
def test_times_staff_read_are_the_kiosk_s_own_and_stay_in_order_in_urdu(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The History tab gave install times in UTC (five hours behind a clock in Pakistan)
    beside the Updates tab's local "Last checked", and an Urdu line put the time before
    the date."""
    monkeypatch.setenv("TZ", "Asia/Karachi")
    time.tzset()
    try:
        assert local_time("2026-12-07T20:00:00+00:00") == "\u20662026-12-08 01:00\u2069"
        assert local_time(dt.datetime(2026, 12, 7, 9, 5)) == "\u20662026-12-07 09:05\u2069"
        assert local_time("not a time") == "\u2066not a time\u2069"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_signed_usb_pack_is_listed_installs_with_progress_and_goes_live_at_the_next_attract(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    (usb_stick / "kiosk-packs").mkdir()
    signed(tmp_path, 2, "clinic.kpack")
    (tmp_path / "clinic.kpack").rename(usb_stick / "kiosk-packs" / "clinic.kpack")
    k = start()
    shown = k.session.pack
    unlock(qtbot, k)
    card = card_for(qtbot, k, "clinic.kpack")
    assert "My clinic's pack, version 2" in card.heading.text()
    assert "Signed by a trusted key" in card.signature.text()
    assert "no problems" in card.validation.text()
    # In nurses' words: the topic by its title, not by its folder's name (#13 item 8).
    assert "What would change" in card.changes.text() and "New topic: First topic" in \
        card.changes.text() and "first-topic" not in card.changes.text()
    seen: list[int] = []
    card.progress.valueChanged.connect(seen.append)
    tap(qtbot, card.install)
    qtbot.waitUntil(lambda: card.state != "installing", timeout=10000)
    assert card.state == "done", card.message.text()
    assert seen and seen[-1] == 100 and card.progress.isVisible()
    assert "next start screen" in card.message.text()
    assert k.session.pack is shown  # not while staff are still in the panel
    assert "test-pack" in staff(k).panel.history.now.text()
    active = PackStore(k.data).status().active
    assert active is not None and local_time(active.installed_at) in \
        staff(k).panel.history.now.text()  # by the kiosk's clock, not UTC's
    tap(qtbot, staff(k).panel.close_button)
    assert k.session.pack.id == PACK_ID and k.session.pack.version == 2
    assert [t.topic.id for t in k.window.home.tiles] == ["first-topic"]


def test_an_unsigned_pack_cannot_be_installed_while_the_setting_is_off(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    """#13 item 2: "allow unsigned packs from USB" off means off, not one tap away."""
    build_kpack(make_pack(tmp_path / "src", 2), usb_stick / "unsigned.kpack")
    k = start()
    unlock(qtbot, k)
    card = card_for(qtbot, k, "unsigned.kpack")
    assert "Not signed" in card.signature.text() and "cannot be installed" in \
        card.signature.text()
    assert not card.install.isEnabled()
    tap(qtbot, card.install)  # a tap on the greyed button does nothing
    assert card.state == "ready" and not card.anyway.isVisible()
    assert PackStore(k.data).status().active is None


def test_an_unsigned_pack_installs_after_a_warning_where_the_kiosk_allows_it(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    build_kpack(make_pack(tmp_path / "src", 2), usb_stick / "unsigned.kpack")
    k = start(allow_unsigned_usb=True)
    unlock(qtbot, k)
    card = card_for(qtbot, k, "unsigned.kpack")
    assert "Not signed" in card.signature.text()
    assert "cannot be installed" not in card.signature.text()
    tap(qtbot, card.install)
    assert card.anyway.isVisible() and "Warning" in card.message.text()
    assert not card.install.isVisible()
    tap(qtbot, card.back)  # changed their mind
    assert card.state == "ready" and PackStore(k.data).status().active is None
    tap(qtbot, card.install)
    tap(qtbot, card.anyway)
    qtbot.waitUntil(lambda: card.state == "done", timeout=10000)
    assert PackStore(k.data).status().active.id == PACK_ID


def test_a_pack_signed_by_an_unknown_key_cannot_be_installed(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    signed(tmp_path, 2, "stranger.kpack", key=new_key())
    (tmp_path / "stranger.kpack").rename(usb_stick / "stranger.kpack")
    k = start()
    unlock(qtbot, k)
    card = card_for(qtbot, k, "stranger.kpack")
    # #13 item 2: a signature by a key the kiosk does not have is not called invalid.
    assert "does not know" in card.signature.text() and "cannot be checked" in \
        card.signature.text()
    assert "NOT valid" not in card.signature.text() and "Damaged" not in card.signature.text()
    assert not card.install.isEnabled()


def test_a_pack_changed_after_signing_is_called_damaged(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    path = signed(tmp_path, 2, "changed.kpack")
    with zipfile.ZipFile(path) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(entries["kpack.json"])
    manifest["version"] = 9  # changed after it was signed
    entries["kpack.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(usb_stick / "changed.kpack", "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    k = start()
    unlock(qtbot, k)
    card = card_for(qtbot, k, "changed.kpack")
    assert "Damaged or changed after it was signed" in card.signature.text()
    assert not card.install.isEnabled()


@pytest.mark.allow_logged_errors
def test_corrupt_or_pulled_packs_fail_cleanly_and_the_kiosk_keeps_its_pack(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    good = signed(tmp_path, 2, "good.kpack")
    (usb_stick / "broken.kpack").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    good.rename(usb_stick / "good.kpack")
    k = start()
    shown = k.session.pack
    unlock(qtbot, k)
    broken = card_for(qtbot, k, "broken.kpack")
    assert broken.state == "failed" and "cannot be read" in broken.signature.text()
    card = card_for(qtbot, k, "good.kpack")
    (usb_stick / "good.kpack").unlink()  # the stick is pulled before Install is tapped
    tap(qtbot, card.install)
    qtbot.waitUntil(lambda: bool(card.refusal), timeout=10000)
    assert "Not installed" in card.message.text() and "nothing was lost" in card.message.text()
    assert PackStore(k.data).status().active is None
    tap(qtbot, staff(k).panel.close_button)
    assert k.session.pack is shown


def test_staff_read_a_packs_problems_and_changes_in_urdu(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    signed(tmp_path, 2, "cure.kpack", en="This medicine is a guaranteed cure.\n")
    signed(tmp_path, 3, "good.kpack")
    for name in ("cure.kpack", "good.kpack"):
        (tmp_path / name).rename(usb_stick / name)
    k = start()
    unlock(qtbot, k)
    bad, good = card_for(qtbot, k, "cure.kpack"), card_for(qtbot, k, "good.kpack")
    assert "promises too much" in bad.validation.text()
    assert "first-page.en.md, line 1" in bad.validation.text()
    assert "New topic: First topic" in good.changes.text()

    tap(qtbot, staff(k).panel.language)
    claim = bad.validation.text().splitlines()[1]
    assert "promises too much" not in claim and URDU_LETTER.search(claim), claim
    # The file name and the quoted words stay as written, each kept left to right.
    assert "\u2068topics/first-topic/first-page.en.md\u2069" in claim
    assert "\u2068guaranteed\u2069" in claim  # the first promise in the sentence
    topic_line = QCoreApplication.translate("Changes", "New topic: {topic}")
    assert topic_line != "New topic: {topic}"
    assert topic_line.replace("{topic}", "\u2068پہلا موضوع\u2069") in good.changes.text()
    assert URDU_LETTER.search(good.changes.text().splitlines()[0])

    while k.session.language != "en":  # round the pack's languages, back to English
        tap(qtbot, staff(k).panel.language)
    assert "promises too much" in bad.validation.text()  # nothing kept in the old language


def test_staff_read_which_characters_cannot_be_drawn_in_words_they_can_read(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    """A pack with a syringe emoji and a Hindi word: the panel draws with the kiosk's own
    fonts, so the problem names them instead of showing boxes where it names them."""
    signed(tmp_path, 2, "boxes.kpack", en="Ask your nurse \u0915\u093e \U0001F489 today.\n")
    (tmp_path / "boxes.kpack").rename(usb_stick / "boxes.kpack")
    k = start()
    unlock(qtbot, k)
    card = card_for(qtbot, k, "boxes.kpack")
    assert "U+1F489 SYRINGE" in card.validation.text()
    assert "U+0915 DEVANAGARI LETTER KA" in card.validation.text()
    assert glyphs.undrawable(card.validation.text(), "latin") == []
    tap(qtbot, staff(k).panel.language)
    assert URDU_LETTER.search(card.validation.text().splitlines()[1])
    assert "U+1F489 SYRINGE" in card.validation.text()
    assert glyphs.undrawable(card.validation.text(), "nastaliq") == []
    assert not card.install.isEnabled()


def test_preview_from_the_panel_unpacks_without_freezing_and_closes_back_to_it(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    signed(tmp_path, 2, "good.kpack").rename(usb_stick / "good.kpack")
    files = pack_files(3)
    files["pack.toml"] = b"this is not toml ["
    craft(usb_stick / "broken.kpack", files, KEY, version=3)  # a sound file, a broken pack
    k = start()
    unlock(qtbot, k)
    s = staff(k)
    tap(qtbot, card_for(qtbot, k, "good.kpack").preview)
    overlay = s.preview_overlay
    assert overlay is not None and overlay.isVisible() and not s.panel.isVisible()
    if overlay.state == "opening":  # the unpacking runs in a thread; the screen says so
        assert "Opening" in overlay.failure.text()
        with qtbot.waitSignal(overlay.ready, timeout=10000):
            pass
    assert overlay.state == "shown"
    en, ur = overlay.view.panes
    assert words_of(en.viewer.title) == "First page" and words_of(ur.viewer.title) == "پہلا صفحہ"
    unpacked = Path(overlay.view._scratch.name)
    assert any(unpacked.iterdir())
    tap(qtbot, overlay.view.close_button)
    qtbot.waitUntil(lambda: s.preview_overlay is None and s.panel.isVisible(), timeout=2000)
    # The unpacked copy is deleted after the panel is back (in a thread: a thousand files).
    qtbot.waitUntil(lambda: not unpacked.exists(), timeout=10000)

    tap(qtbot, card_for(qtbot, k, "broken.kpack").preview)
    overlay = s.preview_overlay
    qtbot.waitUntil(lambda: overlay.state == "failed", timeout=10000)
    assert "pack.toml" in overlay.failure.text() and overlay.close_button.isVisible()
    tap(qtbot, overlay.close_button)
    qtbot.waitUntil(lambda: s.panel.isVisible(), timeout=2000)



def test_a_pack_folder_on_a_stick_is_previewed_for_recording_and_says_who_reads_it(
        qtbot, start, usb_stick: Path, tmp_path: Path, default_pack_dir: Path) -> None:
    shutil.copytree(default_pack_dir, usb_stick / "kiosk-packs" / "our-pack")
    signed(tmp_path, 2, "good.kpack").rename(usb_stick / "good.kpack")
    k = start()
    unlock(qtbot, k)
    s = staff(k)
    built = card_for(qtbot, k, "good.kpack")
    # The starter pack has no narration: staff see that before installing it.
    assert built.voices.isVisible()
    assert "Read aloud in \u2068English\u2069: 0 of 1 pages by a person, 0 by a machine's " \
           "draft, 1 not recorded." in built.voices.text()
    packs = s.panel.packs
    qtbot.waitUntil(lambda: any(p.name == "our-pack" for p in packs.folders), timeout=5000)
    folder = next(c for p, c in packs.folders.items() if p.name == "our-pack")
    qtbot.waitUntil(lambda: folder.state != "checking", timeout=10000)
    assert folder.state == "ready" and "a pack folder" in folder.heading.text()
    pages = len(folder.pack.pages())
    assert f"0 of {pages} pages by a person, {pages} by a machine's draft" in folder.voices.text()
    assert "kiosk-pack build" in folder.about.text()
    # Nobody has signed either pack off: staff read that on the cards, in plain words.
    for card in (built, folder):
        assert card.review.isVisible() and "awaiting clinician review" in card.review.text()
    history = s.panel.history
    history.refresh()
    assert "awaiting clinician review" in history.now.text()
    tap(qtbot, folder.preview)
    overlay = s.preview_overlay
    assert overlay is not None
    qtbot.waitUntil(lambda: overlay.state == "shown", timeout=10000)
    view = overlay.view
    assert all(pane.record.isVisible() for pane in view.panes)  # the test machine has a mic
    tap(qtbot, view.panes[1].record)
    assert view.recorder is not None and view.recorder.isVisible()
    assert view.recorder.walk.page.key == folder.pack.pages()[0].key
    tap(qtbot, view.recorder.buttons["close"])
    tap(qtbot, view.close_button)
    qtbot.waitUntil(lambda: s.preview_overlay is None and s.panel.isVisible(), timeout=2000)
    shutil.rmtree(usb_stick / "kiosk-packs" / "our-pack")  # the stick taken out
    packs.refresh_soon()
    qtbot.waitUntil(lambda: not packs.folders, timeout=5000)
    assert not packs.folders and built.path in packs.cards


# -- rollback -----------------------------------------------------------------------------------


def showing_version_3(start, tmp_path: Path) -> tuple[Kiosk, PackStore]:
    """A kiosk with versions 2 and 3 installed, showing 3 since its last attract screen."""
    k = start()
    store = PackStore(k.data, staff(k).service.settings)
    store.install(signed(tmp_path, 2), Source.USB)
    store.install(signed(tmp_path, 3), Source.USB)
    k.window.start_visit("en")
    k.window.reset()  # the kiosk picks up v3 at the attract screen
    return k, store


def test_rollback_from_the_panel_switches_safely_at_the_next_attract(
        qtbot, start, tmp_path: Path) -> None:
    k, _store = showing_version_3(start, tmp_path)
    assert k.session.pack.version == 3
    newest = k.session.pack.root
    unlock(qtbot, k)
    s = staff(k)
    tap(qtbot, s.panel.tabs[s.panel.history])
    assert "version 3" in s.panel.history.now.text()
    assert "version 2" in s.panel.history.older.text()
    tap(qtbot, s.panel.history.rollback)
    assert "Go back" in s.panel.history.message.text()
    tap(qtbot, s.panel.history.confirm)
    qtbot.waitUntil(lambda: "Done" in s.panel.history.message.text(), timeout=5000)
    assert not newest.exists()  # the store deleted the folder that was being shown
    assert k.window.current is k.window.attract and not k.window.home.isVisible()
    tap(qtbot, s.panel.close_button)
    assert k.session.pack.version == 2 and k.session.pack.root.is_dir()



def test_after_going_back_a_version_the_usb_card_tells_the_truth_again(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    """#13 item 4: the card of a pack undone by "Go back one version" no longer says
    Installed, and "Look again" checks listed packs afresh."""
    k = start()
    PackStore(k.data, staff(k).service.settings).install(signed(tmp_path, 2), Source.USB)
    signed(tmp_path, 3, "clinic.kpack")
    (tmp_path / "clinic.kpack").rename(usb_stick / "clinic.kpack")
    unlock(qtbot, k)
    s = staff(k)
    card = card_for(qtbot, k, "clinic.kpack")
    tap(qtbot, card.install)
    qtbot.waitUntil(lambda: card.state == "done", timeout=10000)
    assert "Installed" in card.message.text()
    tap(qtbot, s.panel.tabs[s.panel.history])
    tap(qtbot, s.panel.history.rollback)
    tap(qtbot, s.panel.history.confirm)
    qtbot.waitUntil(lambda: "Done" in s.panel.history.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: card.state == "ready", timeout=10000)
    assert "Installed" not in card.message.text() and card.install.isEnabled()
    tap(qtbot, s.panel.tabs[s.panel.packs])
    checks = card._checks
    tap(qtbot, s.panel.packs.rescan)  # Look again: the stick is read, then the card again
    qtbot.waitUntil(lambda: card._checks > checks and card.state == "ready", timeout=10000)
    assert card.install.isEnabled()


def test_looking_for_packs_never_holds_up_the_screen(qtbot, start, usb_stick: Path,
                                                     tmp_path: Path, monkeypatch) -> None:
    """#13 item 7: the 3-second look for packs reads sticks and the watch folder in a
    worker; a network share that stops answering must not freeze the kiosk."""
    signed(tmp_path, 2, "clinic.kpack").rename(usb_stick / "clinic.kpack")
    answering = threading.Event()
    on_ui_thread: list[bool] = []
    real = packsources.find_kpacks

    def slow_share(folders):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        answering.wait(10)  # the share hangs until the test lets it answer
        return real(folders)

    monkeypatch.setattr(packsources, "find_kpacks", slow_share)
    k = start()
    unlock(qtbot, k)  # opening the panel looks for packs
    packs = staff(k).panel.packs
    qtbot.waitUntil(lambda: bool(on_ui_thread), timeout=5000)
    assert staff(k).panel.isVisible() and not packs.cards  # the screen is free meanwhile
    packs.timer.timeout.emit()  # a tick while the share still hangs starts no second look
    answering.set()
    qtbot.waitUntil(lambda: bool(packs.cards), timeout=5000)
    assert on_ui_thread == [False]

def test_a_pack_still_being_copied_into_the_watch_folder_is_checked_again_once_copied(
        qtbot, start, tmp_path: Path) -> None:
    """A big pack copied over a slow share is seen half-written; once the copy is done,
    the card says what the pack is, without staff having to know to tap Look again."""
    watch = tmp_path / "share" / "کیوسک پیک"
    watch.mkdir(parents=True)
    whole = signed(tmp_path, 2, "clinic.kpack").read_bytes()
    target = watch / "clinic.kpack"
    target.write_bytes(whole[:len(whole) // 2])
    k = start(watch_folder=str(watch))
    unlock(qtbot, k)
    card = card_for(qtbot, k, "clinic.kpack")
    assert card.state == "failed" and "cannot be read" in card.signature.text()
    assert not card.install.isEnabled()
    with target.open("ab") as rest:  # the copy finishes
        rest.write(whole[len(whole) // 2:])
    # The panel's own look every few seconds finds the file grown and checks it again.
    qtbot.waitUntil(lambda: card.state == "ready", timeout=20000)
    assert "My clinic's pack, version 2" in card.heading.text()
    assert "Signed by a trusted key" in card.signature.text()
    assert card.install.isEnabled()
    tap(qtbot, card.install)
    qtbot.waitUntil(lambda: card.state == "done", timeout=10000)
    assert PackStore(k.data).status().active.version == 2


def test_a_pack_that_grows_while_it_is_read_is_said_to_be_still_copying(
        qtbot, start, tmp_path: Path) -> None:
    """Half a pack, read while its copy went on, was "cannot be read ... damaged, or the
    USB stick was taken out", with what half a zip says of itself."""
    watch = tmp_path / "share"
    watch.mkdir()
    whole = signed(tmp_path, 2, "clinic.kpack").read_bytes()
    target = watch / "clinic.kpack"
    target.write_bytes(whole[:len(whole) // 3])
    k = start(watch_folder=str(watch))
    s = staff(k)
    real_check = s.service.check

    finished: list[bool] = []
    copying = threading.Lock()  # the copier: its writes never cross the checks' own

    def copy_goes_on_while_read(path: Path):  # type: ignore[no-untyped-def]
        with copying:
            if not finished:  # the copy moves on during every read, however many looks
                have = target.stat().st_size
                with target.open("ab") as more:
                    more.write(whole[have:have + 1000])
        return real_check(path)

    s.service.check = copy_goes_on_while_read  # type: ignore[method-assign]
    unlock(qtbot, k)
    card = card_for(qtbot, k, "clinic.kpack")
    assert card.state == "failed"
    assert "still being copied" in card.signature.text() and card.validation.text() == ""
    assert "damaged" not in card.signature.text()
    with copying, target.open("ab") as rest:  # the copy finishes
        finished.append(True)
        rest.write(whole[target.stat().st_size:])
    qtbot.waitUntil(lambda: card.state == "ready", timeout=20000)
    assert "My clinic's pack, version 2" in card.heading.text()


def test_a_stick_pulled_while_its_pack_is_read_is_not_said_to_be_copying(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    """Found by review: a file that could not be looked at after a failed read (the stick
    pulled) counted as one that changed, and its card said "still being copied"."""
    signed(tmp_path, 2, "clinic.kpack").rename(usb_stick / "clinic.kpack")
    k = start()
    s = staff(k)

    def pulled_mid_read(path: Path):  # type: ignore[no-untyped-def]
        path.unlink()
        raise OSError(errno.EIO, "Input/output error")

    s.service.check = pulled_mid_read  # type: ignore[method-assign]
    unlock(qtbot, k)
    card = card_for(qtbot, k, "clinic.kpack")
    assert card.state == "failed" and "cannot be read" in card.signature.text()
    assert "still being copied" not in card.signature.text()


def test_look_again_tapped_while_the_panel_is_already_looking_is_not_lost(
        qtbot, start, usb_stick: Path, tmp_path: Path, monkeypatch) -> None:
    """On a slow share a look can take seconds; staff who tap Look again during one get
    the listed packs checked afresh all the same."""
    signed(tmp_path, 2, "clinic.kpack").rename(usb_stick / "clinic.kpack")
    k = start()
    s = staff(k)
    real_check = s.service.check
    reads: list[Path] = []

    def stick_read_badly_once(path: Path):
        reads.append(path)
        if len(reads) == 1:
            raise OSError(errno.EIO, "Input/output error")  # a stick with a bad moment
        return real_check(path)

    monkeypatch.setattr(s.service, "check", stick_read_badly_once)
    unlock(qtbot, k)
    packs = s.panel.packs
    card = card_for(qtbot, k, "clinic.kpack")
    assert card.state == "failed" and "cannot be read" in card.signature.text()
    qtbot.waitUntil(lambda: not packs._scanning, timeout=10000)
    looking, answering = threading.Event(), threading.Event()
    real_find = packsources.find_kpacks

    def slow_share(folders):
        looking.set()
        answering.wait(10)  # the share is slow until the test lets it answer
        return real_find(folders)

    monkeypatch.setattr(packsources, "find_kpacks", slow_share)
    packs.timer.timeout.emit()  # the panel's own look, every few seconds
    qtbot.waitUntil(looking.is_set, timeout=5000)
    tap(qtbot, packs.rescan)  # staff's Look again, while that look is under way
    answering.set()
    qtbot.waitUntil(lambda: card.state == "ready", timeout=10000)
    assert "My clinic's pack, version 2" in card.heading.text()
    assert card.install.isEnabled()


def test_a_pack_replaced_after_its_card_was_read_is_not_installed_unseen(
        qtbot, start, tmp_path: Path) -> None:
    """Another PC puts a newer clinic.kpack in the shared folder after staff read its card:
    Install puts in nothing they have not seen; the card shows the new file instead."""
    watch = tmp_path / "share"
    watch.mkdir()
    target = watch / "clinic.kpack"
    target.write_bytes(signed(tmp_path, 2, "v2.kpack").read_bytes())
    newer = signed(tmp_path, 3, "v3.kpack").read_bytes()
    k = start(watch_folder=str(watch))
    unlock(qtbot, k)
    packs = staff(k).panel.packs
    card = card_for(qtbot, k, "clinic.kpack")
    assert "My clinic's pack, version 2" in card.heading.text() and card.install.isEnabled()
    # The panel's own looks would notice the new file's stamp and check it again too:
    # held still here, so that it is the tap on Install that meets the new file.
    packs.timer.stop()
    qtbot.waitUntil(lambda: not packs._scanning, timeout=10000)
    target.write_bytes(newer)  # replaced on the share
    tap(qtbot, card.install)
    qtbot.waitUntil(lambda: card.state == "ready", timeout=10000)
    assert PackStore(k.data).status().active is None  # neither version went in
    assert "Not installed" in card.message.text()
    assert "changed after it was checked" in card.message.text()
    assert "My clinic's pack, version 3" in card.heading.text()  # what the file is now
    assert card.install.isEnabled()
    tap(qtbot, card.install)  # staff have seen version 3 now, and want it
    qtbot.waitUntil(lambda: card.state == "done", timeout=10000)
    assert PackStore(k.data).status().active.version == 3
    assert "My clinic's pack, version 3" in card.heading.text()
    assert "Installed" in card.message.text()


def test_a_rollback_from_outside_the_kiosk_is_picked_up_between_patients(
        qtbot, start, tmp_path: Path) -> None:
    k, store = showing_version_3(start, tmp_path)
    k.window.start_visit("en")
    store.rollback()  # kiosk-pack rollback while a patient is on the home screen
    assert k.session.pack.version == 3
    k.window.reset()  # between patients, the kiosk looks (off the UI thread) and takes it
    qtbot.waitUntil(lambda: k.session.pack.version == 2, timeout=5000)
    assert k.session.pack.root.is_dir()



def test_a_rollback_while_the_kiosk_waits_on_its_welcome_screen_is_taken_at_the_next_visit(
        qtbot, start, tmp_path: Path) -> None:
    """#13 item 3: kiosk-pack rollback while the welcome screen shows; the next patient must
    see version 2 whole, not pages of the deleted version 3 with no pictures."""
    k, store = showing_version_3(start, tmp_path)
    assert k.window.current is k.window.attract and k.session.pack.version == 3
    store.rollback()
    tap(qtbot, k.window.attract, QPoint(400, 300))  # the next patient
    assert k.window.current is k.window.home
    assert k.session.pack.version == 2 and k.session.pack.root.is_dir()
    assert all(tile.topic.illustration.is_file() for tile in k.window.home.tiles)

# -- settings and exit --------------------------------------------------------------------------


def test_settings_take_effect(qtbot, start) -> None:
    k = start()
    s = staff(k)
    page = settings_tab(qtbot, k)
    tap(qtbot, page.idle_more)
    assert s.service.settings.idle_seconds == 120 and k.window.idle._timer.interval() == 120_000
    tap(qtbot, page.idle_less)
    tap(qtbot, page.idle_less)
    assert s.service.settings.idle_seconds == 60
    tap(qtbot, page.lang_buttons["ur"])
    tap(qtbot, page.number_change)
    entry = s.number_entry
    assert entry.isVisible() and entry.shown.text() == "1122"
    type_digits(qtbot, entry.pad, "115")  # a new number replaces the old, not after it
    assert page.idle_value.text() == "1 min" and page.number_value.text() == "115"
    tap(qtbot, page.number_change)
    tap(qtbot, entry.pad.erase_button)  # erasing first edits the number in use
    type_digits(qtbot, entry.pad, "6")
    assert page.number_value.text() == "116"
    saved = Settings.load(k.data.settings_file)
    assert (saved.idle_seconds, saved.default_language, saved.emergency_number) == \
        (60, "ur", "116")
    tap(qtbot, s.panel.close_button)
    assert k.session.language == "ur"  # the next patient starts in Urdu
    tap(qtbot, k.window.attract, QPoint(400, 300))
    assert k.window.current is k.window.home and k.session.language == "ur"
    k.window.open_topic("ask-your-doctor")
    topic = k.session.pack.topic("ask-your-doctor")
    k.window.viewer.open(topic, [p.id for p in topic.pages].index("get-help-now"))
    assert "116" in k.window.viewer.text.toPlainText()
    assert "1122" not in k.window.viewer.text.toPlainText()


def test_exit_to_desktop_ends_the_kiosk_with_the_staff_exit_code(qtbot, start) -> None:
    k = start()
    s = staff(k)
    codes: list[int] = []
    s._exit = codes.append
    unlock(qtbot, k)
    tap(qtbot, s.panel.tabs[s.panel.settings])
    tap(qtbot, s.panel.settings.exit_button)
    assert codes == [] and s.panel.settings.exit_confirm.isVisible()
    tap(qtbot, s.panel.settings.exit_confirm)
    assert codes == [EXIT_STAFF] == [3]


# -- the update channel -------------------------------------------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def channel_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    folder = tmp_path / "channel"
    folder.mkdir()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    server.shutdown()
    server.server_close()


def test_channel_poll_downloads_in_the_background_and_installs_at_the_next_attract(
        qtbot, start, channel_server, tmp_path: Path) -> None:
    url, folder = channel_server
    publish([signed(tmp_path, 2)], folder, KEY, addresses=[url])
    k = start(update_url=url, local_update_hosts=["127.0.0.1"])
    s = staff(k)
    k.window.start_visit("en")  # a patient is reading
    with qtbot.waitSignal(s.poller.changed, timeout=10000,
                          check_params_cb=lambda: not s.poller.busy):
        assert s.poller.poll()
    assert s.poller.status.waiting == f"{PACK_ID}-v2.kpack" and not s.poller.status.error
    assert k.session.pack.id != PACK_ID  # never mid-visit
    with qtbot.waitSignal(s.bridge.packLive, timeout=10000):
        k.window.reset()
    assert k.session.pack.id == PACK_ID and k.window.current is k.window.attract
    unlock(qtbot, k)
    tap(qtbot, s.panel.tabs[s.panel.updates])
    text = s.panel.updates.status.text()
    assert "Last installed from the channel" in text and url in s.panel.updates.address.text()
    # Staff go back from it: the next check does not take it again, and says so (#15).
    with qtbot.waitSignal(s.bridge.packLive, timeout=10000):
        s.service.go_back()
    with qtbot.waitSignal(s.poller.changed, timeout=10000,
                          check_params_cb=lambda: not s.poller.busy):
        assert s.poller.poll()
    assert s.poller.status.held_back == (2,) and not s.poller.status.waiting
    assert "Not taken: version 2, as this kiosk has had it or a newer one before" in \
        s.panel.updates.status.text()


@pytest.fixture
def drops(monkeypatch) -> list[threading.Thread]:
    """The threads the channel's downloads were dropped on: never the UI thread, where a
    dead USB or network data folder would hold the screen."""
    threads: list[threading.Thread] = []
    real = channelfiles.forget_downloads

    def forget(root: Path) -> None:
        threads.append(threading.current_thread())
        real(root)

    monkeypatch.setattr(channelfiles, "forget_downloads", forget)
    return threads


def _downloaded_mid_visit(qtbot, start, channel_server, tmp_path: Path
                          ) -> tuple[Kiosk, StaffController, Path]:
    """A kiosk following the test channel, a patient reading, and version 2 of the test
    pack downloaded and waiting; with the channel's folder."""
    url, folder = channel_server
    publish([signed(tmp_path, 2)], folder, KEY, addresses=[url])
    k = start(update_url=url, local_update_hosts=["127.0.0.1"])
    s = staff(k)
    k.window.start_visit("en")
    with qtbot.waitSignal(s.poller.changed, timeout=10000,
                          check_params_cb=lambda: not s.poller.busy):
        assert s.poller.poll()
    assert s.poller.status.waiting == f"{PACK_ID}-v2.kpack"
    return k, s, folder


def test_the_welcome_screen_reads_no_channel_folder_on_the_ui_thread(
        qtbot, start, channel_server, tmp_path: Path, monkeypatch) -> None:
    """Every welcome screen asked the channel's folders, from the UI thread, whether a
    download was waiting: on a data folder whose disk had stopped answering, the screen
    would hang between patients. What the last check found is known; the worker looks."""
    k, s, _folder = _downloaded_mid_visit(qtbot, start, channel_server, tmp_path)
    readers: list[threading.Thread] = []
    real = channel.ChannelClient._waiting

    def waiting(self: channel.ChannelClient) -> tuple[Path | None, bool]:
        readers.append(threading.current_thread())
        return real(self)

    monkeypatch.setattr(channel.ChannelClient, "_waiting", waiting)
    for _ in range(3):  # welcome screens with nothing new, then the install
        k.window.reset()
        run_posted_events()
    qtbot.waitUntil(lambda: k.session.pack.id == PACK_ID and not s.poller.busy,
                    timeout=10000)
    assert readers and threading.main_thread() not in readers


def test_a_download_left_waiting_by_a_restart_installs_at_the_first_welcome_screen(
        qtbot, start, channel_server, tmp_path: Path) -> None:
    """The kiosk restarted (a power cut) with a pack downloaded and waiting, and the
    channel out of reach: the pack is still installed between patients."""
    _k, s, folder = _downloaded_mid_visit(qtbot, start, channel_server, tmp_path)
    s.poller.stop()
    for name in list(folder.iterdir()):  # the channel gone: no check can find it
        (folder / name).unlink()
    again = start()  # on its welcome screen: the pack goes in now
    qtbot.waitUntil(lambda: again.session.pack.id == PACK_ID and not staff(again).poller.busy,
                    timeout=10000)
    assert again.window.current is again.window.attract


def test_a_pack_waiting_from_an_address_staff_stopped_using_is_never_installed(
        qtbot, start, channel_server, tmp_path: Path, drops: list[threading.Thread]) -> None:
    """The Updates tab still said "Downloaded and waiting" after staff stopped looking for
    updates, and the file stayed on the disk for good."""
    url, folder = channel_server
    publish([signed(tmp_path, 2)], folder, KEY, addresses=[url])
    k = start(update_url=url, local_update_hosts=["127.0.0.1"])
    s = staff(k)
    k.window.start_visit("en")  # a patient is reading: the download waits
    with qtbot.waitSignal(s.poller.changed, timeout=10000,
                          check_params_cb=lambda: not s.poller.busy):
        assert s.poller.poll()
    assert s.poller.status.waiting == f"{PACK_ID}-v2.kpack"
    unlock(qtbot, k)
    page = s.panel.updates
    tap(qtbot, s.panel.tabs[page])
    assert "Downloaded and waiting" in page.status.text()
    tap(qtbot, page.clear)
    assert not s.poller.status.waiting
    assert "Downloaded and waiting" not in page.status.text()
    qtbot.waitUntil(lambda: not s.poller.busy and
                    not list((k.data.root / "channel" / "ready").glob("*.kpack")),
                    timeout=10000)
    assert drops and threading.main_thread() not in drops
    tap(qtbot, s.panel.close_button)
    k.window.reset()  # the next patient: nothing is installed behind staff's back
    qtbot.waitUntil(lambda: k.window.current is k.window.attract, timeout=10000)
    assert k.session.pack.id != PACK_ID


@pytest.mark.allow_logged_errors  # the refusal is logged as an error, as it should be
def test_a_pack_signed_by_a_key_not_yet_trusted_is_named_at_every_check(
        qtbot, start, channel_server, tmp_path: Path) -> None:
    """From the second check on, the Updates tab said the server "answered normally":
    staff never learned there was a key to trust."""
    url, folder = channel_server
    # The list is signed by a key the kiosk trusts, the pack by another.
    publish([signed(tmp_path, 2, key=new_key())], folder, KEY, addresses=[url])
    k = start(update_url=url, local_update_hosts=["127.0.0.1"])
    s = staff(k)
    unlock(qtbot, k)
    page = s.panel.updates
    tap(qtbot, s.panel.tabs[page])
    said = []
    for _ in range(3):
        with qtbot.waitSignal(s.poller.changed, timeout=10000,
                              check_params_cb=lambda: not s.poller.busy):
            tap(qtbot, page.check)
        said.append(page.status.text())
    assert "which this kiosk does not trust" in said[0]  # the download refused
    for later in said[1:]:  # then not downloaded again, and still said
        assert "Not taken: version 2 of org.example.test-pack is signed with key" in later
        assert "which this kiosk does not trust" in later, later


def test_a_check_of_the_old_address_finishing_after_staff_changed_it_says_nothing(
        qtbot, start, channel_server, tmp_path: Path, monkeypatch,
        drops: list[threading.Thread]) -> None:
    """Found by review: a check of the old address still running when staff saved a new
    one wrote its answer ("answered normally", its pack "waiting") over the new address's
    status, and the new address's own check was refused as busy, for half an hour."""
    url, folder = channel_server
    publish([signed(tmp_path, 2)], folder, KEY, addresses=[url])
    k = start(update_url=url, local_update_hosts=["127.0.0.1"])
    s = staff(k)
    k.window.start_visit("en")  # a patient is reading: nothing is installed meanwhile
    began, go = threading.Event(), threading.Event()
    real = channel.ChannelClient.check

    def held(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.url.startswith(url + CHANNEL_FILE):
            began.set()
            go.wait(60)  # until the address has been changed
        return real(self, *args, **kwargs)

    monkeypatch.setattr(channel.ChannelClient, "check", held)
    assert s.poller.poll()
    qtbot.waitUntil(began.is_set, timeout=10000)
    new = url + "other/"  # a channel folder with no list in it
    assert s.change_settings(update_url=new)
    assert not s.poller.poll()  # still busy with the old one
    assert s.poller.status.busy and not s.poller.status.waiting
    # The old check ends; the new address is checked at once, and only its answer shows.
    with qtbot.waitSignal(s.poller.changed, timeout=10000,
                          check_params_cb=lambda: not s.poller.busy and
                          s.poller.status.checked_at is not None):
        go.set()
    status = s.poller.status
    assert status.address == new and not status.waiting
    assert status.error and "404" in say_lines(status.error)
    assert not list((k.data.root / "channel" / "ready").glob("*.kpack"))
    assert drops and threading.main_thread() not in drops


def read_stick(qtbot, page) -> None:
    """Tap "Read from USB stick"; the stick is read off the UI thread (it may hang)."""
    tap(qtbot, page.read)
    qtbot.waitUntil(page.read.isEnabled, timeout=5000)


def test_update_address_is_read_from_a_file_on_the_usb_stick(qtbot, start, usb_stick) -> None:
    k = start()
    s = staff(k)
    unlock(qtbot, k)
    page = s.panel.updates
    tap(qtbot, s.panel.tabs[page])
    read_stick(qtbot, page)
    assert "No file named" in page.address_message.text()
    (usb_stick / packsources.ADDRESS_FILE).write_text("# from IT\nftp://example.org/x\n")
    read_stick(qtbot, page)
    assert "must start with https://" in page.address_message.text()
    assert not s.service.settings.update_url
    s.poller.poll = lambda: False  # no network in this test
    (usb_stick / packsources.ADDRESS_FILE).write_text("https://updates.example.org/c/\n")
    read_stick(qtbot, page)
    assert Settings.load(k.data.settings_file).update_url == "https://updates.example.org/c/"
    assert not page.allow_local.isVisible()
    # Plain http: never from a public name; from a server inside the clinic only once
    # staff say it is (#15).
    (usb_stick / packsources.ADDRESS_FILE).write_text("http://updates.example.org/c/\n")
    read_stick(qtbot, page)
    assert "ask IT for the https:// address" in page.address_message.text()
    assert not page.allow_local.isVisible()
    (usb_stick / packsources.ADDRESS_FILE).write_text("https://[::1/\n")  # not an address
    read_stick(qtbot, page)
    assert "is not a web address" in page.address_message.text()
    (usb_stick / packsources.ADDRESS_FILE).write_text("http://192.168.1.20:8080/channel/\n")
    read_stick(qtbot, page)
    assert "anyone on the network between" in page.address_message.text()
    assert Settings.load(k.data.settings_file).update_url == "https://updates.example.org/c/"
    assert page.allow_local.isVisible()
    tap(qtbot, page.allow_local)
    saved = Settings.load(k.data.settings_file)
    assert saved.update_url == "http://192.168.1.20:8080/channel/"
    assert saved.local_update_hosts == ("192.168.1.20",)
    assert not page.allow_local.isVisible() and "Saved" in page.address_message.text()
    tap(qtbot, page.clear)
    assert Settings.load(k.data.settings_file).update_url == ""
    assert Settings.load(k.data.settings_file).local_update_hosts == ()


def test_an_address_file_as_windows_saves_it_or_copied_from_urdu_text(
        qtbot, start, usb_stick) -> None:
    """PowerShell 5 and Notepad's "Unicode" save UTF-16 (it was reported as no file); an
    address copied from an Urdu document carries marks nobody sees, and may hold Urdu
    letters or "HTTPS://" (each was saved, or refused, to fail later in Python's words)."""
    k = start()
    s = staff(k)
    unlock(qtbot, k)
    page = s.panel.updates
    tap(qtbot, s.panel.tabs[page])
    s.poller.poll = lambda: False  # no network in this test
    file = usb_stick / packsources.ADDRESS_FILE
    file.write_bytes("# from IT\r\nhttps://clinic.example.pk/kiosk/\r\n".encode("utf-16"))
    read_stick(qtbot, page)
    assert "Saved" in page.address_message.text()
    assert Settings.load(k.data.settings_file).update_url == "https://clinic.example.pk/kiosk/"

    file.write_bytes(b"https://clinic.example.pk/caf\xe9/\r\n")  # an old Windows code page
    read_stick(qtbot, page)
    said = page.address_message.text()
    assert "not saved as text the kiosk can read" in said and "UTF-8" in said
    assert "No file named" not in said

    file.write_text("\u200fHTTPS://clinic.example.pk/\u06a9\u06cc\u0648\u0633\u06a9 1/"
                    "\u200f\n", encoding="utf-8")
    read_stick(qtbot, page)
    assert "Saved" in page.address_message.text()
    saved = "https://clinic.example.pk/%DA%A9%DB%8C%D9%88%D8%B3%DA%A9%201/"
    assert Settings.load(k.data.settings_file).update_url == saved
    assert saved in page.address.text()  # what staff see is what the kiosk asks for

    file.write_text("https://clinic example.pk/kiosk/\n", encoding="utf-8")
    read_stick(qtbot, page)
    said = page.address_message.text()
    assert "has a space in it" in said and "Nothing was changed" in said
    assert Settings.load(k.data.settings_file).update_url == saved

    with open(file, "wb") as big:  # a log saved under its name: not "no file" either
        big.write(b"https://clinic.example.pk/other/\n")
        big.truncate(1 << 20)
    read_stick(qtbot, page)
    said = page.address_message.text()
    assert "far bigger than an address (at most 64 KB)" in said and "Nothing was changed" in said
    assert Settings.load(k.data.settings_file).update_url == saved


# -- preview ------------------------------------------------------------------------------------


@pytest.mark.allow_logged_errors
def test_preview_shows_both_languages_side_by_side_and_reloads_after_an_edit(
        qtbot, tmp_path: Path) -> None:
    from kiosk._qt import fonts
    from kiosk._qt.staff.preview import PreviewWindow

    fonts.load_fonts()
    folder = make_pack(tmp_path / "pack", 2)
    view = PreviewWindow(folder)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    en, ur = view.panes
    assert words_of(en.viewer.title) == "First page" and words_of(ur.viewer.title) == "پہلا صفحہ"
    assert ur.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert en.geometry().right() < ur.geometry().left()  # side by side
    page = folder / "topics" / "first-topic" / "first-page.en.md"
    with qtbot.waitSignal(view.reloaded, timeout=5000):
        page.write_text("Wash your hands **before** every injection.\n", encoding="utf-8")
    assert "before every injection" in en.viewer.text.toPlainText()
    assert "آسان" in ur.viewer.text.toPlainText()
    with qtbot.waitSignal(view.reloadFailed, timeout=5000):
        (folder / "pack.toml").write_text("this is not toml [", encoding="utf-8")
    assert "before every injection" in en.viewer.text.toPlainText()  # still the last good one
    assert view.problem.isVisible() and "pack.toml" in view.problem.text()


def test_the_preview_window_speaks_urdu_to_staff_who_ask(qtbot, tmp_path: Path) -> None:
    from kiosk._qt import fonts
    from kiosk._qt.i18n import Translations
    from kiosk._qt.staff.preview import PreviewWindow

    fonts.load_fonts()
    translations = Translations()
    translations.activate("ur")
    try:
        view = PreviewWindow(make_pack(tmp_path / "pack", 2), language="ur")
        qtbot.addWidget(view)
        view.resize(1600, 900)
        view.show()
        qtbot.waitExposed(view)
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for text in (view.next.text(), view.close_button.text(), view.where.text(),
                     view.windowTitle()):
            assert URDU_LETTER.search(text), text
        en, ur = view.panes
        assert words_of(en.viewer.title) == "First page"  # the pack still in both languages
        assert ur.geometry().left() < en.geometry().left()  # read from the right
    finally:
        translations.activate("en")


@pytest.mark.allow_logged_errors
def test_a_stick_pulled_during_the_install_fails_cleanly(
        qtbot, start, usb_stick: Path, tmp_path: Path, monkeypatch) -> None:
    from kiosk.core import kpack

    folder = make_pack(tmp_path / "src", 2)
    for index in range(30):  # enough files for the install to be cut part way
        (folder / "topics" / "first-topic" / f"extra-{index}.svg").write_text(
            (folder / "topics" / "first-topic" / "first-page.svg").read_text())
    build_kpack(folder, usb_stick / "big.kpack", KEY)
    real_extract = kpack.Kpack.extract

    def pulled_midway(self, dest, progress=None):
        def report(done: int, total: int) -> None:
            if done and (usb_stick / "big.kpack").exists():
                # The stick goes: the file's bytes are gone under the open archive.
                with open(usb_stick / "big.kpack", "r+b") as handle:
                    handle.truncate(64)
            if progress:
                progress(done, total)
        return real_extract(self, dest, report)

    k = start()
    shown = k.session.pack
    unlock(qtbot, k)
    card = card_for(qtbot, k, "big.kpack")
    assert card.state == "ready"
    monkeypatch.setattr(kpack.Kpack, "extract", pulled_midway)
    tap(qtbot, card.install)
    qtbot.waitUntil(lambda: card.state != "installing", timeout=10000)
    assert "Not installed" in card.message.text(), card.message.text()
    store = PackStore(k.data)
    assert store.status().active is None and not any(store.staging.iterdir())
    tap(qtbot, staff(k).panel.close_button)
    assert k.session.pack is shown




def test_the_idle_time_reads_as_people_say_it(qtbot, start) -> None:
    k = start()
    s = staff(k)
    page = settings_tab(qtbot, k)
    said = {}
    while page.idle_less.isEnabled():
        tap(qtbot, page.idle_less)
    while True:
        said[s.service.settings.idle_seconds] = page.idle_value.text()
        if not page.idle_more.isEnabled():
            break
        tap(qtbot, page.idle_more)
    assert said[30] == "30 s" and said[45] == "45 s"  # never "0 min 30 s"
    assert said[60] == "1 min" and said[90] == "1 min 30 s" and said[900] == "15 min"

def test_a_key_it_adds_by_hand_survives_a_change_in_the_panel(qtbot, start) -> None:
    """#13 item 1: IT adds a trusted key to settings.json while the kiosk runs; a nurse then
    changes the idle time; the key must still be in the file, and trusted now."""
    k = start()
    s = staff(k)
    on_disk = json.loads(k.data.settings_file.read_text(encoding="utf-8"))
    added = pub_text(new_key())
    on_disk["trusted_keys"] = [*on_disk["trusted_keys"], added]
    k.data.settings_file.write_text(json.dumps(on_disk), encoding="utf-8")
    page = settings_tab(qtbot, k)
    tap(qtbot, page.idle_more)
    saved = Settings.load(k.data.settings_file)
    assert saved.idle_seconds == 120 and added in saved.trusted_keys
    assert added in s.service.settings.trusted_keys  # the running kiosk trusts it too

def test_staff_can_change_the_pin_from_the_settings(qtbot, start) -> None:
    k = start()
    s = staff(k)
    unlock(qtbot, k)
    tap(qtbot, s.panel.tabs[s.panel.settings])
    tap(qtbot, s.panel.settings.pin_change)
    assert s.pad.isVisible() and not s.panel.isVisible() and "new PIN" in s.pad.hint.text()
    tap(qtbot, s.pad.cancel)  # changed their mind: back in the panel, PIN as it was
    assert s.panel.isVisible() and StaffPin(k.data.root).check(PIN).outcome.value == "ok"
    tap(qtbot, s.panel.settings.pin_change)
    type_digits(qtbot, s.pad.pad, "975310")
    type_digits(qtbot, s.pad.pad, "975310")
    tap(qtbot, s.pad.pad.ok)  # its new recovery code is written down
    assert s.panel.isVisible() and "new staff PIN is saved" in s.panel.settings.saved.text()
    assert StaffPin(k.data.root).check("975310").outcome.value == "ok"


def test_a_forgotten_pin_is_replaced_with_the_recovery_code_once(qtbot, start) -> None:
    """#13 item 5: a nurse resets a forgotten PIN without IT, with the code shown at setup."""
    k = start()
    s = staff(k)
    code = s.pad.pin.new_recovery_code()  # as when the PIN was chosen
    s.open_pad()
    assert s.pad.forgot.isVisible()
    tap(qtbot, s.pad.forgot)
    assert "Forgotten" in s.pad.heading.text()
    type_digits(qtbot, s.pad.pad, "000000000000")
    assert "not right" in s.pad.message.text()
    type_digits(qtbot, s.pad.pad, code)
    assert "Choose" in s.pad.heading.text()
    type_digits(qtbot, s.pad.pad, "864209")
    type_digits(qtbot, s.pad.pad, "864209")
    fresh = s.pad.shown_code.text().replace(" ", "")
    assert len(fresh) == 12 and fresh != code
    tap(qtbot, s.pad.pad.ok)
    assert s.panel.isVisible()
    pin = StaffPin(k.data.root)
    assert pin.check("864209").outcome.value == "ok"
    assert pin.recover(code).outcome.value == "wrong"  # the old code is used up
    assert pin.has_recovery_code()  # and the new one is kept


def test_a_recovery_code_survives_a_cancel_before_the_new_pin(qtbot, start) -> None:
    k = start()
    s = staff(k)
    code = s.pad.pin.new_recovery_code()
    s.open_pad()
    tap(qtbot, s.pad.forgot)
    type_digits(qtbot, s.pad.pad, code)
    assert "Choose" in s.pad.heading.text()
    tap(qtbot, s.pad.cancel)  # called away before choosing
    s.open_pad()
    assert s.pad.forgot.isVisible()  # the code still works next time
    tap(qtbot, s.pad.forgot)
    type_digits(qtbot, s.pad.pad, code)
    assert "Choose" in s.pad.heading.text()


def test_a_first_start_recovery_code_is_not_left_on_screen(qtbot, tmp_path: Path) -> None:
    """Set at first start, then the installer is called away: after the walk-away time
    the code and its OK (into the panel) are gone; patients see the welcome screen."""
    k, _data = first_start(qtbot, tmp_path)
    s = staff(k)
    type_digits(qtbot, s.pad.pad, "135792")
    type_digits(qtbot, s.pad.pad, "135792")
    assert "recovery code" in s.pad.heading.text()
    s._staff_walked_away()
    assert not s.pad.isVisible() and not s.panel.isVisible() and s.pad.code == ""
    assert k.window.attract.isVisible()


def test_staff_set_the_narration_volume_and_the_colours_each_patient_starts_with(
        qtbot, start) -> None:
    k = start()
    s = staff(k)
    page = settings_tab(qtbot, k)
    assert page.volume_value.text() == "70%"
    tap(qtbot, page.volume_more)
    tap(qtbot, page.volume_more)
    assert s.service.settings.volume == 100 and not page.volume_more.isEnabled()
    tap(qtbot, page.contrast_buttons[True])
    saved = Settings.load(k.data.settings_file)
    assert (saved.volume, saved.high_contrast) == (100, True)
    tap(qtbot, s.panel.close_button)
    # The next patient starts loud and in high contrast; the patient before is forgotten.
    assert k.session.volume == 1.0 and k.session.high_contrast
    assert k.window.narrator.volume == 1.0
    assert k.window.topbar.contrast.accessibleName() == "High contrast: on"


def test_a_stick_of_many_packs_is_shown_a_page_at_a_time(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:
    from kiosk._qt.staff.packs_tab import PAGE

    one = signed(tmp_path, 2)
    names = [f"clinic-{index:02d}.kpack" for index in range(PAGE * 2 + 2)]
    for name in names:
        shutil.copyfile(one, usb_stick / name)
    k = start()
    unlock(qtbot, k)
    packs = staff(k).panel.packs
    qtbot.waitUntil(lambda: len(packs.cards) == PAGE, timeout=10000)
    assert sorted(p.name for p in packs.cards) == names[:PAGE]
    assert f"\u20661–{PAGE}\u2069 of {len(names)}" in packs.where.text()
    assert not packs.earlier.isEnabled() and packs.later.isEnabled()
    tap(qtbot, packs.later)
    tap(qtbot, packs.later)
    qtbot.waitUntil(lambda: sorted(p.name for p in packs.cards) == names[2 * PAGE:],
                    timeout=10000)
    assert f"\u2066{2 * PAGE + 1}–{len(names)}\u2069 of {len(names)}" in packs.where.text()
    assert not packs.later.isEnabled()
    card = card_for(qtbot, k, names[-1])  # a card reused for another file tells its own
    assert card.path.name == names[-1] and card.install.isEnabled()
    tap(qtbot, packs.earlier)
    qtbot.waitUntil(lambda: sorted(p.name for p in packs.cards) == names[PAGE:2 * PAGE],
                    timeout=10000)


def test_a_visit_starting_before_the_new_pack_is_announced_still_gets_it(
        qtbot, start, tmp_path: Path) -> None:
    """A worker read the store after a shell rollback; its event is still on its way when
    the next patient touches the welcome screen: the visit starts on the pack now live."""
    k, store = showing_version_3(start, tmp_path)
    s = staff(k)
    store.rollback()  # from a shell: version 3's folder is gone
    looked = threading.Thread(target=s.service.notice)  # as the watcher's worker does
    looked.start()
    looked.join()
    assert k.session.pack.version == 3  # the event is queued, not yet delivered
    tap(qtbot, k.window.attract, QPoint(400, 300))  # the next patient
    assert k.window.current is k.window.home
    assert k.session.pack.version == 2 and k.session.pack.root.is_dir()
    with qtbot.waitSignal(s.bridge.packLive):  # the late event changes nothing
        pass
    assert k.session.pack.version == 2 and k.window.current is k.window.home


@pytest.mark.allow_logged_errors
def test_the_panel_says_the_settings_file_was_damaged_until_a_setting_is_saved(
        qtbot, start) -> None:
    k = start()
    k.data.settings_file.write_text("{not json", encoding="utf-8")  # a power cut, a bad edit
    k.window.close()
    k = start()  # the next start reads defaults and keeps the damaged file aside
    s = staff(k)
    with qtbot.waitSignal(s.bridge.diskChecked, timeout=10000):
        unlock(qtbot, k)
    kept = next(k.data.root.glob("settings.json.damaged-*"))
    assert s.panel.disk.isVisible() and kept.name in s.panel.disk.text()
    tap(qtbot, s.panel.language)
    assert "آئی ٹی" in s.panel.disk.text() and kept.name in s.panel.disk.text()
    tap(qtbot, s.panel.language)
    tap(qtbot, s.panel.tabs[s.panel.settings])
    tap(qtbot, s.panel.settings.idle_more)  # a nurse sets the kiosk up again
    assert not s.panel.disk.isVisible()
    tap(qtbot, s.panel.close_button)
    with qtbot.waitSignal(s.bridge.diskChecked, timeout=10000):
        unlock(qtbot, k)
    assert not s.panel.disk.isVisible()


@pytest.mark.allow_logged_errors
def test_the_panel_says_at_once_when_the_disk_cannot_take_an_install(qtbot, start) -> None:
    # Issue #14: a disk gone read-only or full went unnoticed until an install failed.
    k = start()
    data = DataDir(k.data.root)
    (data.root / ".disk-check").mkdir()  # the disk check cannot write its probe here
    s = staff(k)
    with qtbot.waitSignal(s.bridge.diskChecked, timeout=10000):
        unlock(qtbot, k)
    assert s.panel.disk.isVisible() and "cannot be written" in s.panel.disk.text()
    tap(qtbot, s.panel.tabs[s.panel.history])  # above every tab
    assert s.panel.disk.isVisible()
    tap(qtbot, s.panel.language)  # and in the staff member's language
    assert "ڈسک" in s.panel.disk.text()
    tap(qtbot, s.panel.language)
    tap(qtbot, s.panel.close_button)
    (data.root / ".disk-check").rmdir()  # IT fixed it
    with qtbot.waitSignal(s.bridge.diskChecked, timeout=10000):
        unlock(qtbot, k)
    assert not s.panel.disk.isVisible()
