"""Trust for nurses: a key from a USB stick or typed as digits, compared by fingerprint,
confirmed with the PIN, listed and removed, all from the panel."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.core import signing, trust
from kiosk.core.packcheck import Signature
from tests.core.kpack_helpers import new_key
from tests.qt.conftest import tap
from tests.qt.test_staff import (  # noqa: F401  (fixtures)
    PIN,
    card_for,
    signed,
    staff,
    start,
    type_digits,
    unlock,
    usb_stick,
)

CLINIC = new_key()


def keys_tab(qtbot, k):
    s = staff(k)
    tap(qtbot, s.panel.tabs[s.panel.keys])
    return s.panel.keys


def test_a_pack_from_an_unknown_key_is_installed_once_staff_trust_its_key(
        qtbot, start, usb_stick: Path, tmp_path: Path) -> None:  # noqa: F811
    k = start()
    s = staff(k)
    signed(tmp_path, 2, "clinic.kpack", key=CLINIC)
    (tmp_path / "clinic.kpack").rename(usb_stick / "clinic.kpack")
    unlock(qtbot, k)
    card = card_for(qtbot, k, "clinic.kpack")
    assert card.info is not None and card.info.signature is Signature.UNKNOWN_KEY
    fingerprint = trust.grouped(signing.key_id(CLINIC.public_key()), 4)
    assert "does not know yet" in card.signature.text() and fingerprint in card.signature.text()
    assert not card.install.isEnabled() and card.trust.isVisible()

    # The maker's .pub file, named, on the same stick.
    pub = tmp_path / "maker"
    pub.mkdir()
    (pub / "kiosk-pack.pub").write_text(
        f"# a key\n{signing.public_key_text(CLINIC.public_key())} Clinic X\n")
    (pub / "kiosk-pack.pub").rename(usb_stick / "clinic-x.pub")
    tap(qtbot, card.trust)  # "Trust a key…" opens the Keys tab
    page = s.panel.keys
    assert s.panel.pages.currentWidget() is page
    assert "No key is trusted" not in page.none.text() or not page.none.isVisible()
    tap(qtbot, page.from_usb)
    qtbot.waitUntil(page.trust_button.isVisible, timeout=5000)
    assert "Clinic X" in page.candidate.text() and fingerprint in page.candidate.text()

    # Trusting asks for the PIN again; a wrong one trusts nothing.
    tap(qtbot, page.trust_button)
    assert s.pad.isVisible() and not s.panel.isVisible()
    assert "once more" in s.pad.hint.text()
    type_digits(qtbot, s.pad.pad, "9999")
    assert s.pad.isVisible() and "not right" in s.pad.message.text()
    type_digits(qtbot, s.pad.pad, PIN)
    assert s.panel.isVisible() and not s.pad.isVisible()
    assert "Trusted" in page.message.text()
    saved = json.loads(k.data.settings_file.read_text())["trusted_keys"]
    assert any(entry.endswith(" Clinic X") for entry in saved)
    assert [row.key.name for row in page.rows if row.key.name] == ["Clinic X"]

    # The card looks again by itself: signed by Clinic X's key, and installable.
    qtbot.waitUntil(lambda: card.state == "ready" and card.info is not None
                    and card.info.signature is Signature.TRUSTED, timeout=10000)
    assert "\u2068Clinic X\u2069's key" in card.signature.text()  # its name set apart
    assert card.install.isEnabled()


def test_a_key_typed_as_digits_is_checked_and_a_key_can_be_removed(
        qtbot, start) -> None:  # noqa: F811
    k = start()
    s = staff(k)
    unlock(qtbot, k)
    page = keys_tab(qtbot, k)
    rows = len(page.rows)
    tap(qtbot, page.typed)
    entry = s.key_digits
    assert entry.isVisible() and not s.panel.isVisible()
    digits = trust.key_digits(CLINIC.public_key())
    wrong = digits[:7] + str((int(digits[7]) + 1) % 10) + digits[8:]
    for digit in wrong:
        tap(qtbot, entry.pad.digits[digit])
    assert "80 of 80" in entry.count.text()
    tap(qtbot, entry.pad.ok)
    assert entry.isVisible() and "mistyped" in entry.count.text()  # the check digits caught it
    for _ in range(73):
        tap(qtbot, entry.pad.erase_button)
    for digit in digits[7:]:
        tap(qtbot, entry.pad.digits[digit])
    tap(qtbot, entry.pad.ok)
    assert not entry.isVisible() and s.panel.isVisible()
    fingerprint = trust.grouped(signing.key_id(CLINIC.public_key()), 4)
    assert fingerprint in page.candidate.text()
    tap(qtbot, page.trust_button)
    type_digits(qtbot, s.pad.pad, PIN)
    assert len(page.rows) == rows + 1

    row = next(r for r in page.rows if r.key.fingerprint == fingerprint)
    tap(qtbot, row.remove)
    assert "Stop trusting" in row.words.text()
    tap(qtbot, row.confirm)
    assert len(page.rows) == rows
    assert "Removed" in page.message.text()
    assert all(fingerprint not in r.key.fingerprint for r in page.rows)


def test_the_key_trusted_is_the_one_whose_fingerprint_staff_saw(qtbot, start) -> None:  # noqa: F811
    k = start()
    s = staff(k)
    unlock(qtbot, k)
    page = keys_tab(qtbot, k)
    tap(qtbot, page.typed)
    for digit in trust.key_digits(CLINIC.public_key()):
        tap(qtbot, s.key_digits.pad.digits[digit])
    tap(qtbot, s.key_digits.pad.ok)
    tap(qtbot, page.trust_button)  # staff saw CLINIC's fingerprint, and tapped Trust
    # A slow stick's look finishes while the PIN is typed, with another key on it.
    other = trust.TrustedKey(new_key().public_key(), "Someone else")
    page._keys_found([(Path("other.pub"), other)])
    type_digits(qtbot, s.pad.pad, PIN)
    names = {row.key.key_id for row in page.rows}
    assert signing.key_id(CLINIC.public_key()) in names and other.key_id not in names


def test_a_damaged_key_file_is_named_not_passed_over(
        qtbot, start, usb_stick: Path) -> None:  # noqa: F811
    (usb_stick / "clinic-x.pub").write_text("ed25519:this is not a key")
    k = start()
    unlock(qtbot, k)
    page = keys_tab(qtbot, k)
    tap(qtbot, page.from_usb)
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=5000)
    assert "clinic-x.pub" in page.message.text() and "cannot be read" in page.message.text()
    assert not page.trust_button.isVisible()
