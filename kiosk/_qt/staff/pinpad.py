"""The on-screen digit pad: the staff PIN (set at first start, then asked for) and numbers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk._qt import theme
from kiosk._qt.staff.common import BAD, Backdrop, Card, label, style_label
from kiosk._qt.staff.pindots import PinDots
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.owned import layout_of, parent_of
from kiosk.core.service import KioskService
from kiosk.core.staffpin import (
    ENTRY_MIN_DIGITS,
    MAX_DIGITS,
    MIN_DIGITS,
    RECOVERY_DIGITS,
    Outcome,
    Result,
    StaffPin,
    easily_guessed,
    grouped,
)

log = logging.getLogger("kiosk.staff")

Run = Callable[[Callable[[Callable[[int, int], None]], Any], str], Any]  # bridge.run


class DigitPad(QWidget):
    """Ten digits, rub-out and OK, each a big touch target. No keyboard on a kiosk."""

    digit = Signal(str)
    erase = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.digits: dict[str, TouchButton] = {}
        for index, text in enumerate("123456789"):
            self._add(grid, text, index // 3, index % 3)
        # Words only on these two: an icon as well makes the Urdu buttons too wide for a row.
        self.erase_button = TouchButton(None, "quiet")
        self.erase_button.setObjectName("padErase")
        self.erase_button.clicked.connect(self.erase)
        grid.addWidget(self.erase_button, 3, 0)
        self._add(grid, "0", 3, 1)
        self.ok = TouchButton(None, "primary")
        self.ok.setObjectName("padOk")
        self.ok.clicked.connect(self.done)
        grid.addWidget(self.ok, 3, 2)
        # Digits read left to right everywhere, Urdu included: keep the phone layout.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def _add(self, grid: QGridLayout, text: str, row: int, col: int) -> None:
        button = TouchButton(None, "secondary")
        button.setObjectName(f"digit{text}")
        button.setText(text)
        button.clicked.connect(lambda _=False, t=text: self.digit.emit(t))
        self.digits[text] = button
        grid.addWidget(button, row, col)

    def set_enabled(self, enabled: bool) -> None:
        for button in (*self.digits.values(), self.erase_button, self.ok):
            button.setEnabled(enabled)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self.erase_button.setText(self.tr("Rub out"))
        self.ok.setText(self.tr("OK"))
        side = round(metrics.target * 1.25)
        digit_metrics = theme.Metrics(metrics.unit, "en")
        for button in (*self.digits.values(), self.erase_button, self.ok):
            button.apply_metrics(metrics, rtl)
            button.set_height(side)
        for button in self.digits.values():
            button.setFont(digit_metrics.font("title", bold=True, scalable=False))
        width = max(metrics.px(200), *(b.sizeHint().width() for b in
                                       (self.erase_button, self.ok)))
        for button in (*self.digits.values(), self.erase_button, self.ok):
            button.setMinimumWidth(width)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        grid = layout_of(self)
        grid.setSpacing(metrics.gap)
        grid.setContentsMargins(0, 0, 0, 0)


class PadScreen(Backdrop):
    """A card with words on one side and a digit pad on the other (above it on a portrait
    screen): a 1080-pixel-high landscape screen has no room for both in one column."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.card = Card("padCard")
        self.words = QWidget()
        self.texts = QVBoxLayout(self.words)
        self.texts.setContentsMargins(0, 0, 0, 0)
        self.pad = DigitPad()
        self.cancel = TouchButton("fa5s.times", "quiet")
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.addWidget(self.words, 1)
        self._split.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignCenter)
        self.card.body.addLayout(self._split)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def finish_texts(self) -> None:
        """Called by subclasses after adding their labels: Cancel goes last."""
        self.texts.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addStretch(1)
        self.texts.addLayout(row)

    def lay_out(self, metrics: theme.Metrics, rtl: bool) -> None:
        self.card.apply_metrics(metrics)
        self.pad.retranslate(metrics, rtl)
        self.cancel.apply_metrics(metrics, rtl)
        window = parent_of(self).size()
        portrait = window.height() > window.width()
        self._split.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                 else QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(metrics.gap * 2)
        self.texts.setSpacing(metrics.px(12))
        limit = metrics.px(1000) if portrait else metrics.px(1700)
        width = min(limit, round(window.width() * 0.92))
        self.card.setFixedWidth(width)
        # A fixed width for the words, so wrapped Urdu lines know their height up front.
        inner = width - 2 * metrics.px(28) - 2 * max(2, metrics.px(3))
        if not portrait:
            inner -= self.pad.sizeHint().width() + self._split.spacing()
        self.words.setFixedWidth(max(1, inner))


class PinMode(Enum):
    UNLOCK = "unlock"
    AGAIN = "again"  # staff are in, and something needs the PIN once more (a new key)
    RECOVER = "recover"  # the PIN is forgotten: the one-time recovery code instead
    CHOOSE = "choose"
    CONFIRM = "confirm"
    SHOW_CODE = "show code"  # a PIN was just set: its new recovery code, shown once


class PinPad(PadScreen):
    """Asks for the staff PIN over the whole window; on first start, sets it instead."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, service: KioskService, run: Run, parent: QWidget) -> None:
        """``run`` starts the service's PIN commands (scrypt takes ~85 ms a try) off the UI
        thread; what the pad shows (a PIN set? resting?) it reads from ``service.pin``."""
        super().__init__(parent)
        self.setObjectName("PinPad")
        self.service = service
        self.pin: StaffPin = service.pin
        self._run = run
        self.working = False  # a PIN or code is being checked or saved
        self._opening = 0
        self.mode = PinMode.UNLOCK
        self.changing = False
        self.setup = False  # the kiosk has no PIN yet: the pad cannot be cancelled
        self.entered = ""
        self._first = ""
        self._message = ""
        self._message_is_bad = False
        self._metrics: theme.Metrics | None = None
        self._rtl = False
        self.card.setObjectName("pinCard")
        self.heading = label("pinHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint = label("pinHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.dots = PinDots()  # how many digits are typed
        self.dots.setObjectName("pinDots")
        self.shown_code = label("pinCode")  # the recovery code, the one time it is shown
        self.shown_code.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message = label("pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.cancel.setObjectName("pinCancel")
        self.forgot = TouchButton(None, "quiet")
        self.forgot.setObjectName("pinForgot")
        self.forgot.clicked.connect(self._forgot)
        self.code = ""  # the recovery code being shown, once
        for widget in (self.heading, self.hint, self.dots, self.shown_code, self.message):
            self.texts.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.forgot)
        row.addStretch(1)
        self.texts.addLayout(row)
        self.finish_texts()
        self.pad.digit.connect(self._digit)
        self.pad.erase.connect(self._erase)
        self.pad.done.connect(self._submit)
        self.cancel.clicked.connect(self._cancel)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh_lock)
        self.hide()

    # -- showing ------------------------------------------------------------------------

    def open(self, change: bool = False, setup: bool = False, again: bool = False) -> None:
        """Ask for the PIN; or, the first time (or to change it, once unlocked), set one.

        ``setup``: the kiosk has no PIN yet and shows nothing else until one is chosen, so
        nobody can cancel the pad and take the kiosk over later by choosing their own.
        ``again``: staff are in, and are asked once more before trusting a key.
        """
        self._opening += 1  # an answer to an earlier opening's PIN is not for this one
        self.changing = change
        self.setup = setup
        self.mode = PinMode.UNLOCK if self.pin.has_pin() and not change else PinMode.CHOOSE
        if again and self.mode is PinMode.UNLOCK:
            self.mode = PinMode.AGAIN
        self.entered = ""
        self._first = ""
        self.code = ""
        self._say("")
        self.cover_parent()
        self.show()
        self.raise_()
        self._refresh_lock()
        self._tick.start()

    def close_pad(self) -> None:
        self._tick.stop()
        self.entered = ""
        self.code = ""  # a recovery code is never left on a screen nobody watches
        self.hide()

    def _cancel(self) -> None:
        if self.setup or self.mode is PinMode.SHOW_CODE:
            return  # no way round the first PIN or its code (the button is hidden too)
        self.close_pad()
        self.cancelled.emit()

    # -- typing -------------------------------------------------------------------------

    def _digit(self, digit: str) -> None:
        longest = RECOVERY_DIGITS if self.mode is PinMode.RECOVER else MAX_DIGITS
        if self.mode is not PinMode.SHOW_CODE and len(self.entered) < longest:
            self.entered += digit
        self._update_dots()

    def _forgot(self) -> None:
        self.mode, self.entered = PinMode.RECOVER, ""
        self._say("")
        self._refresh_lock()

    def _erase(self) -> None:
        self.entered = self.entered[:-1]
        self._update_dots()

    def _submit(self) -> None:
        if self.working:
            return
        entered, self.entered = self.entered, ""
        if self.mode in (PinMode.UNLOCK, PinMode.AGAIN):
            self._check(entered)
        elif self.mode is PinMode.RECOVER:
            self._recover(entered)
        elif self.mode is PinMode.SHOW_CODE:
            # Written down: on to the panel (or back to it, after a change).
            self.close_pad()
            self.unlocked.emit()
            return
        elif len(entered) < MIN_DIGITS:
            self._say(self.tr("A PIN needs at least %1 digits.").replace("%1", str(MIN_DIGITS)),
                      bad=True)
        elif self.mode is PinMode.CHOOSE and easily_guessed(entered):
            self._say(self.tr("Anyone could guess that PIN (like 1111, 1234 or a year). "
                              "Please choose another."), bad=True)
        elif self.mode is PinMode.CHOOSE:
            self._first = entered
            self.mode = PinMode.CONFIRM
            self._say("")
        elif entered != self._first:
            self.mode = PinMode.CHOOSE
            self._first = ""
            self._say(self.tr("The two PINs were not the same. Please choose a PIN again."),
                      bad=True)
        else:
            service = self.service
            # A new PIN, a new recovery code: shown now, once, to be written down.
            self._work(lambda _progress: service.set_pin(entered), self._saved)
            return
        self._update_texts()

    def _work(self, work: Callable[[Callable[[int, int], None]], Any],
              then: Callable[[Any], None]) -> None:
        """Scrypt off the UI thread; the pad rests until it answers, so taps cannot pile up."""
        self.working = True
        self.pad.set_enabled(False)
        # No way off the pad while a PIN is saved: it would be saved with its code unseen.
        self.cancel.setEnabled(False)
        self.forgot.setEnabled(False)
        opening = self._opening
        job = self._run(work, "staff pin")
        job.succeeded.connect(lambda result: self._answered(opening, then, result))
        job.failed.connect(lambda why: self._answered(opening, self._work_failed, why))
        job.finished.connect(self._work_done)

    def _answered(self, opening: int, then: Callable[[Any], None], result: Any) -> None:
        if opening == self._opening and self.isVisible():
            then(result)

    def _work_done(self) -> None:
        self.working = False
        self.pad.set_enabled(True)  # before the lock check, which rests it again if due
        self.cancel.setEnabled(True)
        self.forgot.setEnabled(True)
        if self.isVisible():
            self._refresh_lock()

    def _work_failed(self, _why: object) -> None:
        if self.mode is not PinMode.CONFIRM:
            # A check could not write its count of tries: the PIN was not taken.
            self._say(self.tr("The PIN could not be checked (the kiosk's disk refused it). "
                              "Please try again, or ask IT."), bad=True)
            return
        # The disk refused the PIN file: the old PIN (or none) still holds.
        self.mode, self._first = PinMode.CHOOSE, ""
        self._say(self.tr("The PIN could not be saved (the kiosk's disk refused it). Nothing "
                          "was changed; please try again, or ask IT."), bad=True)

    def _saved(self, code: str) -> None:
        self._first = ""
        self.code = code
        self.mode = PinMode.SHOW_CODE
        self._say("")

    def _recover(self, entered: str) -> None:
        if not entered:
            return
        service = self.service
        self._work(lambda _progress: service.recover(entered), self._recovered)

    def _recovered(self, result: Result) -> None:
        if result.outcome is Outcome.OK:
            self.changing, self.mode = True, PinMode.CHOOSE
            self._say(self.tr("The recovery code is right. Now choose a new PIN."))
            return
        if result.outcome is Outcome.WRONG:
            self._say(self.tr("That recovery code is not right. Tries left before the pad "
                              "rests: %1").replace("%1", str(result.tries_left)), bad=True)
        self._refresh_lock()

    def _check(self, entered: str) -> None:
        if not entered:
            return
        service = self.service
        self._work(lambda _progress: service.check_pin(entered), self._checked)

    def _checked(self, result: Result) -> None:
        if result.outcome is Outcome.OK:
            self.close_pad()
            self.unlocked.emit()
            return
        if result.outcome is Outcome.WRONG:
            self._say(self.tr("That PIN is not right. Tries left before the pad rests: %1")
                      .replace("%1", str(result.tries_left)), bad=True)
        self._refresh_lock()

    def _say(self, text: str, bad: bool = False) -> None:
        self._message = text
        self._message_is_bad = bad
        self._update_texts()

    def _refresh_lock(self) -> None:
        asking = self.mode in (PinMode.UNLOCK, PinMode.AGAIN, PinMode.RECOVER)
        seconds = self.pin.seconds_locked() if asking else 0
        if self.pin.damaged and self.mode in (PinMode.UNLOCK, PinMode.AGAIN):
            self._message = self.tr("The staff PIN file is damaged, so the panel stays locked. "
                                    "Ask IT to delete staff.json in the kiosk's data folder; "
                                    "then a new PIN can be chosen.")
            self._message_is_bad = True
            self.pad.set_enabled(False)
        elif seconds >= 3600:
            # Each lockout rests twice as long as the last, up to a day (staffpin.py).
            hours, rest = divmod(seconds, 3600)
            self._message = self.tr(
                "Too many wrong tries, so the pad is resting for safety. Please try again in "
                "%1 h %2 min. Nothing else has changed. IT can set a new PIN from the "
                "kiosk's computer (kiosk --set-pin).").replace(
                "%1", str(hours)).replace("%2", f"{(rest + 59) // 60:02d}")
            self._message_is_bad = True
            self.pad.set_enabled(False)
        elif seconds:
            self._message = self.tr(
                "Too many wrong tries, so the pad is resting for safety. Please try again in "
                "%1 min %2 s. Nothing else has changed.").replace(
                "%1", str(seconds // 60)).replace("%2", f"{seconds % 60:02d}")
            self._message_is_bad = True
            self.pad.set_enabled(False)
        elif not self.working:
            if not self.pad.ok.isEnabled():
                self._message = ""
            self.pad.set_enabled(True)
        self._update_texts()

    # -- words and sizes ----------------------------------------------------------------

    def _update_dots(self) -> None:
        showing = self.mode is PinMode.SHOW_CODE  # the one time digits themselves are shown
        self.shown_code.setText(grouped(self.code) if showing else "")
        self.shown_code.setVisible(showing)
        self.dots.setVisible(not showing)
        least = (RECOVERY_DIGITS if self.mode is PinMode.RECOVER else
                 MIN_DIGITS if self.mode in (PinMode.CHOOSE, PinMode.CONFIRM) else
                 ENTRY_MIN_DIGITS)
        self.dots.show_count(len(self.entered), least)

    def _update_texts(self) -> None:
        headings = {
            PinMode.UNLOCK: self.tr("Staff only"),
            PinMode.AGAIN: self.tr("Staff PIN again"),
            PinMode.RECOVER: self.tr("Forgotten PIN"),
            PinMode.CHOOSE: self.tr("Choose a staff PIN"),
            PinMode.CONFIRM: self.tr("Enter the same PIN again"),
            PinMode.SHOW_CODE: self.tr("Write down this recovery code"),
        }
        hints = {
            PinMode.UNLOCK: self.tr("Enter the staff PIN, then press OK."),
            PinMode.AGAIN: self.tr("Trusting a key lets its owner change what patients read. "
                                   "Enter the staff PIN once more to confirm."),
            PinMode.CHOOSE: self.tr("Choose a new PIN of 6 to 8 digits. Tell it only to the "
                                    "staff who need it.") if self.changing else
            self.tr("This is the first start. Choose a PIN of 6 to 8 digits; "
                    "staff will need it to open the staff panel."),
            PinMode.CONFIRM: self.tr("Type the new PIN once more so we know it is right."),
            PinMode.RECOVER: self.tr("Type the 12-digit recovery code that was shown when the "
                                     "PIN was chosen. It works once."),
            PinMode.SHOW_CODE: self.tr("Keep it locked away. If the PIN is forgotten, it "
                                       "lets staff choose a new one, once. Then press OK."),
        }
        self.heading.setText(headings[self.mode])
        self.hint.setText(hints[self.mode])
        self.message.setText(self._message)
        self.message.setVisible(bool(self._message))
        self.forgot.setVisible(self.mode is PinMode.UNLOCK and self.pin.has_recovery_code())
        # No way out before the first PIN, nor past a recovery code not yet written down.
        self.cancel.setVisible(not self.setup and self.mode is not PinMode.SHOW_CODE)
        typing = self.mode is not PinMode.SHOW_CODE and self.pad.ok.isEnabled()  # not resting
        for button in (*self.pad.digits.values(), self.pad.erase_button):
            button.setEnabled(typing)
        self._update_dots()
        if self._metrics is not None:
            style_label(self.message, self._metrics, "body",
                        colour=BAD if self._message_is_bad else theme.NAVY)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self._rtl = rtl
        # Worded here, not in PadScreen: tr() looks words up under this class's name.
        self.cancel.setText(self.tr("Cancel"))
        self.forgot.setText(self.tr("Forgot the PIN?"))
        self.forgot.apply_metrics(metrics, rtl)
        self.lay_out(metrics, rtl)
        style_label(self.heading, metrics, "title", bold=True)
        style_label(self.hint, metrics, "body")
        digits = theme.Metrics(metrics.unit, "en")
        style_label(self.shown_code, digits, "title")
        self.dots.set_diameter(round(0.8 * digits.text_px("title", False)))
        self._update_texts()
