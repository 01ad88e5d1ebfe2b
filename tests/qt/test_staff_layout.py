"""The staff screens in both languages and orientations: nothing clipped or cramped.

Set KIOSK_STAFF_SHOTS=DIR to also save a PNG of every screen checked, for a look by eye.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kiosk._qt.app import Kiosk
from kiosk._qt.settle import run_posted_events
from kiosk.core import signing, trust
from tests.core.kpack_helpers import new_key
from tests.qt.conftest import tap
from tests.qt.test_layout import SIZES, SQUARER, problems_on_screen
from tests.qt.test_staff import card_for, signed, staff, start, unlock, usb_stick  # noqa: F401

SHOTS = os.environ.get("KIOSK_STAFF_SHOTS")
OTHER = new_key()


def settle(qtbot) -> None:
    run_posted_events(20)


def check(qtbot, k: Kiosk, where: str, found: list[str]) -> None:
    settle(qtbot)
    found += problems_on_screen(k, where, patient=False)  # staff screens may scroll
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        k.window.grab().save(str(Path(SHOTS) / f"{where}.png"))


@pytest.mark.parametrize("size", SIZES + SQUARER, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["en", "ur"])
def test_staff_screens_are_not_clipped_or_cramped(qtbot, start, usb_stick, tmp_path: Path,  # noqa: F811
                                                  size, language: str) -> None:
    signed(tmp_path, 2, "clinic.kpack").rename(usb_stick / "clinic.kpack")
    # A pack signed with a key the kiosk does not know yet, and that key's file.
    signed(tmp_path, 3, "other.kpack", key=OTHER).rename(usb_stick / "other.kpack")
    for index in range(5):  # more packs than a page holds: the page buttons show too
        shutil.copyfile(usb_stick / "clinic.kpack", usb_stick / f"spare-{index}.kpack")
    (usb_stick / "lahore.pub").write_text(
        f"{signing.public_key_text(OTHER.public_key())} Lahore Health Department\n")
    k = start()
    s = staff(k)
    k.window.resize(*size)
    k.window._requested = size  # type: ignore[attr-defined]
    tag = f"{size[0]}x{size[1]}-{language}"
    found: list[str] = []
    s.open_pad()  # a new visit: back to the default language
    if language != k.session.language:
        s.switch_language()  # the staff language button
    s.pad.pad.digit.emit("1")
    s.pad._check("0000")  # one wrong try: the kind message is on screen too
    qtbot.waitUntil(lambda: not s.pad.working, timeout=10000)  # scrypt, in a worker
    check(qtbot, k, f"{tag}-1-pin-wrong", found)
    code = s.pad.pin.new_recovery_code()
    s.pad._forgot()
    s.pad._recover("000000000000")  # a wrong recovery code, said kindly
    qtbot.waitUntil(lambda: not s.pad.working, timeout=10000)
    check(qtbot, k, f"{tag}-1b-pin-recover", found)
    s.pad._recover(code)
    qtbot.waitUntil(lambda: not s.pad.working, timeout=10000)
    for _ in range(2):  # a new PIN, typed twice: its recovery code, shown once
        s.pad.entered = "8642"
        s.pad._submit()
    qtbot.waitUntil(lambda: not s.pad.working, timeout=10000)
    check(qtbot, k, f"{tag}-1c-pin-recovery-code", found)
    s.pad.close_pad()
    s.open_panel()  # ends the visit: the panel opens in the site's language
    if language != k.session.language:
        tap(qtbot, s.panel.language)  # the staff language button, again
    card = card_for(qtbot, k, "clinic.kpack")
    other = card_for(qtbot, k, "other.kpack")
    check(qtbot, k, f"{tag}-2-packs", found)
    s.panel.packs.area.ensureWidgetVisible(other.trust)
    check(qtbot, k, f"{tag}-2b-packs-unknown-key", found)
    s.panel.packs.area.ensureWidgetVisible(s.panel.packs.later)
    check(qtbot, k, f"{tag}-2c-packs-pages", found)
    card._start_install()
    qtbot.waitUntil(lambda: card.state == "done", timeout=10000)
    check(qtbot, k, f"{tag}-3-packs-installed", found)
    s.panel.show_page(s.panel.history)
    s.panel.history._ask(True)
    check(qtbot, k, f"{tag}-4-history", found)
    s.panel.show_page(s.panel.settings)
    s.panel.settings._ask_exit(True)
    s.panel.settings._saved()
    check(qtbot, k, f"{tag}-5-settings", found)
    s.panel.show_page(s.panel.updates)
    s.panel.updates._say("x" * 3, False)
    check(qtbot, k, f"{tag}-6-updates", found)
    s.ask_for_number()
    check(qtbot, k, f"{tag}-7-emergency-number", found)
    tap(qtbot, s.number_entry.cancel)
    s.show_keys()
    keys = s.panel.keys
    tap(qtbot, keys.from_usb)
    qtbot.waitUntil(keys.trust_button.isVisible, timeout=5000)
    keys.rows[0]._ask(True)
    check(qtbot, k, f"{tag}-7b-keys", found)
    s.ask_for_key_digits()
    for digit in trust.key_digits(OTHER.public_key())[:37]:
        s.key_digits.pad.digit.emit(digit)
    check(qtbot, k, f"{tag}-7c-key-digits", found)
    tap(qtbot, s.key_digits.cancel)
    s.ask_pin_again(lambda: None)
    check(qtbot, k, f"{tag}-7d-pin-again", found)
    s.pad.close_pad()
    s._pad_cancelled()
    s.preview(usb_stick / "clinic.kpack")
    overlay = s.preview_overlay
    assert overlay is not None
    qtbot.waitUntil(lambda: overlay.state == "shown", timeout=10000)  # both panes on screen
    check(qtbot, k, f"{tag}-8-preview", found)
    s.close_preview()
    assert not found, "\n".join(found)
