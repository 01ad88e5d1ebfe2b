"""The Keys tab: whose signatures this kiosk trusts, and trusting a new key.

A key arrives as a .pub file on a USB stick or as the 80 digits ``kiosk-pack keygen``
printed, typed on the pad. Before it is trusted, staff compare its fingerprint with the
one its maker gave them, and type the PIN once more: a trusted key can change what
patients read.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.staff.actions import StaffActions
from kiosk._qt.staff.common import (
    BAD,
    GOOD,
    WARN,
    Card,
    TabPage,
    button_row,
    isolated,
    label,
    latin,
    style_label,
)
from kiosk._qt.staff.pinpad import PadScreen
from kiosk._qt.staff.usb import search_folders
from kiosk._qt.widgets.buttons import TouchButton
from kiosk.core import trust
from kiosk.core.service import SettingsChanged
from kiosk.core.signing import KeyFileError

log = logging.getLogger("kiosk.staff")


class KeyDigitsEntry(PadScreen):
    """A key's 80 digits, typed on the pad; the last two catch a mistyped one."""

    accepted = Signal(object)  # trust.TrustedKey

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("KeyDigitsEntry")
        self.value = ""
        self._bad = False
        self.card.setObjectName("keyDigitsCard")
        self.heading = label("keyDigitsHeading")
        self.hint = label("keyDigitsHint")
        self.shown = label("keyDigitsShown")
        self.count = label("keyDigitsCount")
        self.cancel.setObjectName("keyDigitsCancel")
        for widget in (self.heading, self.hint, self.shown, self.count):
            self.texts.addWidget(widget)
        self.finish_texts()
        self.pad.digit.connect(self._digit)
        self.pad.erase.connect(self._erase)
        self.pad.done.connect(self._done)
        self.cancel.clicked.connect(self.hide)
        self._metrics: theme.Metrics | None = None
        self.hide()

    def open(self) -> None:
        self.value, self._bad = "", False
        self._show_value()
        self.cover_parent()
        self.show()
        self.raise_()

    def _digit(self, digit: str) -> None:
        if len(self.value) < trust.DIGITS:
            self.value += digit
        self._bad = False
        self._show_value()

    def _erase(self) -> None:
        self.value, self._bad = self.value[:-1], False
        self._show_value()

    def _done(self) -> None:
        try:
            key = trust.key_from_digits(self.value)
        except KeyFileError:
            self._bad = True
            self._show_value()
            return
        self.hide()
        self.accepted.emit(trust.TrustedKey(key))

    def _show_value(self) -> None:
        # In fives, as keygen prints them, so staff find their place on the paper.
        self.shown.setText(trust.grouped(self.value, 5) or "—")
        self.count.setText(
            self.tr("These digits are not a key: one of them is mistyped. Check each group "
                    "against the paper.") if self._bad else
            self.tr("%1 of %2 digits").replace("%1", str(len(self.value)))
            .replace("%2", str(trust.DIGITS)))
        self.pad.ok.setEnabled(len(self.value) == trust.DIGITS)
        if self._metrics is not None:
            style_label(self.count, self._metrics, colour=BAD if self._bad else theme.MUTED)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self.cancel.setText(self.tr("Cancel"))
        self.lay_out(metrics, rtl)
        self.heading.setText(self.tr("Type the key's digits"))
        self.hint.setText(self.tr("Type the %1 digits that were printed when the key was "
                                  "made, in groups of five.").replace("%1", str(trust.DIGITS)))
        style_label(self.heading, metrics, "title", bold=True)
        style_label(self.hint, metrics)
        style_label(self.shown, theme.Metrics(metrics.unit, "en"), "body", bold=True)
        self.shown.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._show_value()


class KeyRow(Card):
    """One trusted key: whose it is, its fingerprint, and taking it away."""

    def __init__(self, key: trust.TrustedKey, page: KeysPage) -> None:
        super().__init__("trustedKey")
        self.key = key
        self.page = page
        self.asking = False
        self.words = label("trustedKeyWords")
        self.remove = TouchButton("fa5s.trash-alt", "secondary")
        self.remove.setObjectName("keyRemove")
        self.confirm = TouchButton("fa5s.trash-alt", "primary")
        self.confirm.setObjectName("keyRemoveConfirm")
        self.cancel = TouchButton(None, "quiet")
        self.cancel.setObjectName("keyRemoveCancel")
        self.body.addWidget(self.words)
        self.body.addLayout(button_row(self.remove, self.confirm, self.cancel))
        self.remove.clicked.connect(lambda: self._ask(True))
        self.cancel.clicked.connect(lambda: self._ask(False))
        self.confirm.clicked.connect(lambda: page.forget(self.key))

    def _ask(self, asking: bool) -> None:
        self.asking = asking
        self.refresh()

    def refresh(self) -> None:
        who = isolated(self.key.name) if self.key.name else self.tr("A key with no name")
        text = self.tr("%1\nFingerprint: %2").replace("%1", who).replace(
            "%2", latin(self.key.fingerprint))
        if self.asking:
            text += "\n" + self.tr("Stop trusting this key? Packs signed only with it can no "
                                   "longer be installed. The pack in use stays.")
        self.words.setText(text)
        self.remove.setVisible(not self.asking)
        self.confirm.setVisible(self.asking)
        self.cancel.setVisible(self.asking)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self.apply_metrics(metrics)
        self.remove.setText(self.tr("Remove"))
        self.confirm.setText(self.tr("Yes, remove"))
        self.cancel.setText(self.tr("Cancel"))
        for button in (self.remove, self.confirm, self.cancel):
            button.apply_metrics(metrics, rtl)
        style_label(self.words, metrics)
        self.refresh()


class KeysPage(TabPage):
    def __init__(self, actions: StaffActions, digits: KeyDigitsEntry) -> None:
        super().__init__("KeysPage")
        self.staff = actions
        self.service = actions.bridge.service
        self.rows: list[KeyRow] = []
        self.found: list[tuple[Path | None, trust.TrustedKey]] = []
        self.intro = label("keysIntro")
        self.none = label("keysNone")
        self.list = QVBoxLayout()
        self.add_card = Card("addKeyCard")
        self.add_title = label("addKeyTitle")
        self.from_usb = TouchButton("fa5b.usb", "secondary")
        self.from_usb.setObjectName("keyFromUsb")
        self.typed = TouchButton("fa5s.keyboard", "secondary")
        self.typed.setObjectName("keyTyped")
        self.candidate = label("keyCandidate")
        self.trust_button = TouchButton("fa5s.check", "primary")
        self.trust_button.setObjectName("keyTrust")
        self.not_now = TouchButton(None, "quiet")
        self.not_now.setObjectName("keyNotNow")
        self.message = label("keyMessage")
        self.add_card.body.addWidget(self.add_title)
        self.add_card.body.addLayout(button_row(self.from_usb, self.typed))
        self.add_card.body.addWidget(self.candidate)
        self.add_card.body.addLayout(button_row(self.trust_button, self.not_now))
        self.add_card.body.addWidget(self.message)
        self.fill(self.intro, self.none, self.list, self.add_card)
        self.from_usb.clicked.connect(self._look_on_usb)
        self.typed.clicked.connect(actions.ask_for_key_digits)
        digits.accepted.connect(self._typed)
        self.trust_button.clicked.connect(self._trust_tapped)
        self.not_now.clicked.connect(self._clear_candidate)
        actions.bridge.settingsChanged.connect(self._settings_changed)
        self._message = ""
        self._message_bad = False
        self._metrics: theme.Metrics | None = None
        self._rtl = False

    # -- adding ---------------------------------------------------------------------------

    def _look_on_usb(self) -> None:
        watch = self.service.settings.watch_folder
        self.from_usb.setEnabled(False)
        job = self.staff.bridge.run(
            lambda _progress: trust.key_files(search_folders(watch)), "look for keys")
        job.succeeded.connect(self._keys_found)
        job.finished.connect(lambda: self.from_usb.setEnabled(True))

    def _keys_found(self, files: list[tuple[Path, trust.TrustedKey | None]]) -> None:
        known = {key.key_id for key in self.service.trusted()}
        found = [(path, key) for path, key in files if key is not None]
        new = [(path, key) for path, key in found if key.key_id not in known]
        self.found = list(new)
        if not files:
            self._say(self.tr("No key file (ending in .pub) was found at the top of a USB "
                              "stick."), True)
        elif not found:
            self._say(self.tr("%1 on the USB stick cannot be read as a kiosk key. Ask the "
                              "key's owner for its .pub file again.").replace(
                "%1", latin(files[0][0].name)), True)
        elif not new:
            self._say(self.tr("The keys on the USB stick are already trusted."), False)
        else:
            self._say("", False)

    def _typed(self, key: trust.TrustedKey) -> None:
        if any(key.same_key(known) for known in self.service.trusted()):
            self._say(self.tr("That key is already trusted."), False)
            return
        self.found = [(None, key)]
        self._say("", False)

    def _clear_candidate(self) -> None:
        self.found = []
        self._say("", False)

    def _trust_tapped(self) -> None:
        if self.found:
            # The key whose fingerprint staff are looking at now, whatever arrives while
            # the PIN is typed (a slow stick's look finishing).
            key = self.found[0][1]
            self.staff.ask_pin_again(lambda: self._trust_confirmed(key))

    def _trust_confirmed(self, key: trust.TrustedKey) -> None:
        self.found = [(p, k) for p, k in self.found if not k.same_key(key)]
        try:
            self.service.trust_key(key)
        except (ValueError, OSError) as error:
            log.error("key %s not trusted: %s", key.key_id, error)
            self._say(self.tr("The key could not be saved; nothing was changed."), True)
            return
        self._say(self.tr("Trusted. Packs signed with this key can now be installed."), False)

    def forget(self, key: trust.TrustedKey) -> None:
        try:
            self.service.forget_key(key.key_id)
        except (ValueError, OSError) as error:
            log.error("key %s not removed: %s", key.key_id, error)
            self._say(self.tr("The key could not be removed; nothing was changed."), True)
            return
        self._say(self.tr("Removed. This kiosk no longer trusts that key."), False)

    def _say(self, text: str, bad: bool) -> None:
        self._message, self._message_bad = text, bad
        self.refresh()
        # What staff must read now (a key to compare, or the outcome) is in view.
        shown = self.trust_button if self.found else self.message
        QTimer.singleShot(0, self, lambda: self.area.ensureWidgetVisible(shown))

    def _settings_changed(self, event: SettingsChanged) -> None:
        if "trusted_keys" in event.changed:
            self.refresh()

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        keys = self.service.trusted()
        if [row.key.entry for row in self.rows] != [key.entry for key in keys]:
            for row in self.rows:
                self.list.removeWidget(row)
                row.deleteLater()
            self.rows = [KeyRow(key, self) for key in keys]
            for row in self.rows:
                self.list.addWidget(row)
                row.show()  # now, not at the layout's next turn: staff may tap it at once
                if self._metrics is not None:
                    row.retranslate(self._metrics, self._rtl)
        self.none.setVisible(not keys)
        if self.found:
            path, key = self.found[0]
            where = self.tr("Key file on the USB stick: %1").replace("%1", latin(path.name)) \
                if path is not None else self.tr("The key you typed.")
            self.candidate.setText(
                where + "\n" + self.tr("Name: %1").replace(
                    "%1", isolated(key.name) if key.name else self.tr("none given")) + "\n"
                + self.tr("Fingerprint: %1").replace("%1", latin(key.fingerprint)) + "\n"
                + self.tr("Compare the fingerprint with the one the key's owner gave you (on "
                          "paper or by phone). Trust it only if every letter and digit is "
                          "the same."))
        self.candidate.setVisible(bool(self.found))
        self.trust_button.setVisible(bool(self.found))
        self.not_now.setVisible(bool(self.found))
        self.message.setText(self._message)
        self.message.setVisible(bool(self._message))
        if self._metrics is not None:
            style_label(self.candidate, self._metrics, colour=WARN)
            style_label(self.message, self._metrics, colour=BAD if self._message_bad else GOOD)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self._rtl = rtl
        self.intro.setText(self.tr("Packs can be installed only when they are signed with a "
                                   "key this kiosk trusts. These are the trusted keys:"))
        self.none.setText(self.tr("No key is trusted yet, so no signed pack can be installed."))
        self.add_title.setText(self.tr("Trust a new key"))
        self.from_usb.setText(self.tr("From a USB stick"))
        self.typed.setText(self.tr("Type its digits"))
        self.trust_button.setText(self.tr("Trust this key"))
        self.not_now.setText(self.tr("Cancel"))
        self.add_card.apply_metrics(metrics)
        style_label(self.intro, metrics)
        style_label(self.none, metrics, colour=theme.MUTED)
        style_label(self.add_title, metrics, "title", bold=True)
        for button in (self.from_usb, self.typed, self.trust_button, self.not_now):
            button.apply_metrics(metrics, rtl)
        for row in self.rows:
            row.retranslate(metrics, rtl)
        self.space(metrics)
        self.refresh()
