"""The Settings tab: idle time, language, volume, colours, emergency number, PIN, exit."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.staff.actions import StaffActions
from kiosk._qt.staff.common import (
    GOOD,
    Card,
    TabPage,
    button_row,
    isolated,
    label,
    say,
    set_style,
    style_label,
)
from kiosk._qt.staff.pinpad import PadScreen
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.language_chooser import remake_language_buttons
from kiosk.core.language_words import language_for_staff
from kiosk.core.languages import name_of as language_name

log = logging.getLogger("kiosk.staff")

IDLE_CHOICES = (30, 45, 60, 90, 120, 180, 240, 300, 600, 900)
# Narration volume steps a nurse can tell apart by ear (percent, as people hear loudness).
VOLUME_CHOICES = (40, 55, 70, 85, 100)


class NumberEntry(PadScreen):
    """The emergency number, typed on an on-screen digit pad."""

    accepted = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("NumberEntry")
        self.value = ""
        self._replacing = False
        self.card.setObjectName("numberCard")
        self.heading = label("numberHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.shown = label("numberShown")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.cancel.setObjectName("numberCancel")
        self.texts.addWidget(self.heading)
        self.texts.addWidget(self.shown)
        self.finish_texts()
        self.pad.digit.connect(self._digit)
        self.pad.erase.connect(self._erase)
        self.pad.done.connect(self._done)
        self.cancel.clicked.connect(self.hide)
        self.hide()

    def open(self, value: str) -> None:
        self.value = "".join(ch for ch in value if ch.isdigit())
        # The number in use is shown until the first digit, which starts a new one: staff
        # typing 115 mean 115, not 1122115. Erase edits the number in use instead.
        self._replacing = True
        self._show_value()
        self.cover_parent()
        self.show()
        self.raise_()

    def _digit(self, digit: str) -> None:
        if self._replacing:
            self.value, self._replacing = "", False
        if len(self.value) < 15:
            self.value += digit
        self._show_value()

    def _erase(self) -> None:
        self._replacing = False
        self.value = self.value[:-1]
        self._show_value()

    def _show_value(self) -> None:
        self.shown.setText(self.value or "—")
        self.pad.ok.setEnabled(len(self.value) >= 2)

    def _done(self) -> None:
        self.hide()
        self.accepted.emit(self.value)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.lay_out(metrics, rtl)
        self.heading.setText(self.tr("Emergency number"))
        style_label(self.heading, metrics, "title", bold=True)
        style_label(self.shown, theme.Metrics(metrics.unit, "en"), "hero", bold=True)
        self._show_value()



class SettingsPage(TabPage):
    def __init__(self, actions: StaffActions, number_entry: NumberEntry) -> None:
        super().__init__("SettingsPage")
        self.staff = actions
        self.service = actions.bridge.service
        controller = actions
        self.idle_card = Card("idleCard")
        self.idle_title = label("idleTitle")
        self.idle_value = label("idleValue")
        self.idle_less = TouchButton("fa5s.minus", "secondary")
        self.idle_less.setObjectName("idleLess")
        self.idle_more = TouchButton("fa5s.plus", "secondary")
        self.idle_more.setObjectName("idleMore")
        self.idle_card.body.addWidget(self.idle_title)
        row = QHBoxLayout()
        row.addWidget(self.idle_less)
        row.addWidget(self.idle_value, 1)
        row.addWidget(self.idle_more)
        self.idle_card.body.addLayout(row)

        self.volume_card = Card("volumeCard")
        self.volume_title = label("volumeTitle")
        self.volume_value = label("volumeValue")
        self.volume_less = TouchButton("fa5s.volume-down", "secondary")
        self.volume_less.setObjectName("volumeLess")
        self.volume_more = TouchButton("fa5s.volume-up", "secondary")
        self.volume_more.setObjectName("volumeMore")
        self.volume_card.body.addWidget(self.volume_title)
        row = QHBoxLayout()
        row.addWidget(self.volume_less)
        row.addWidget(self.volume_value, 1)
        row.addWidget(self.volume_more)
        self.volume_card.body.addLayout(row)

        self.lang_card = Card("languageCard")
        self.lang_title = label("languageTitle")
        self.lang_buttons: dict[str, TouchButton] = {}
        self._lang_row = button_row()
        # Which words each language gets: the pack's, and the kiosk's own (or Urdu's).
        self.lang_note = label("languageNote")
        self.lang_card.body.addWidget(self.lang_title)
        self.lang_card.body.addLayout(self._lang_row)
        self.lang_card.body.addWidget(self.lang_note)
        self._language_buttons()

        self.contrast_card = Card("contrastCard")
        self.contrast_title = label("contrastTitle")
        self.contrast_buttons = {high: TouchButton(None, "secondary") for high in (False, True)}
        self.contrast_card.body.addWidget(self.contrast_title)
        self.contrast_card.body.addLayout(button_row(*self.contrast_buttons.values()))
        for high, button in self.contrast_buttons.items():
            button.setObjectName("highContrast" if high else "standardColours")
            button.clicked.connect(lambda _=False, h=high: self._set_contrast(h))

        self.number_card = Card("numberSettingCard")
        self.number_title = label("numberTitle")
        self.number_value = label("numberValue")
        self.number_change = TouchButton("fa5s.phone", "secondary")
        self.number_change.setObjectName("numberChange")
        self.number_card.body.addWidget(self.number_title)
        self.number_card.body.addWidget(self.number_value)
        self.number_card.body.addLayout(button_row(self.number_change))

        self.pin_card = Card("pinSettingCard")
        self.pin_title = label("pinTitle")
        self.pin_change = TouchButton("fa5s.key", "secondary")
        self.pin_change.setObjectName("pinChange")
        self.pin_card.body.addWidget(self.pin_title)
        self.pin_card.body.addLayout(button_row(self.pin_change))

        self.exit_card = Card("exitCard")
        self.exit_title = label("exitTitle")
        self.exit_button = TouchButton("fa5s.sign-out-alt", "secondary")
        self.exit_button.setObjectName("exitToDesktop")
        self.exit_confirm = TouchButton("fa5s.sign-out-alt", "primary")
        self.exit_confirm.setObjectName("exitConfirm")
        self.exit_cancel = TouchButton(None, "quiet")
        self.exit_cancel.setObjectName("exitCancel")
        self.exit_card.body.addWidget(self.exit_title)
        self.exit_card.body.addLayout(button_row(self.exit_button))
        self.exit_card.body.addLayout(button_row(self.exit_confirm, self.exit_cancel))

        self.saved = label("settingsSaved")
        self.fill(self.idle_card, self.volume_card, self.lang_card, self.contrast_card,
                  self.number_card, self.pin_card, self.exit_card, self.saved)

        self.idle_less.clicked.connect(lambda: self._step_idle(-1))
        self.idle_more.clicked.connect(lambda: self._step_idle(1))
        self.volume_less.clicked.connect(lambda: self._step_volume(-1))
        self.volume_more.clicked.connect(lambda: self._step_volume(1))
        self.number_change.clicked.connect(controller.ask_for_number)
        self.pin_change.clicked.connect(controller.change_pin)
        number_entry.accepted.connect(self._set_number)
        actions.bridge.settingsChanged.connect(lambda _event: self.refresh())
        self.exit_button.clicked.connect(lambda: self._ask_exit(True))
        self.exit_cancel.clicked.connect(lambda: self._ask_exit(False))
        self.exit_confirm.clicked.connect(controller.exit_to_desktop)
        self._asking_exit = False
        self._saved_text = ""
        self._metrics: theme.Metrics | None = None
        self._rtl = False

    def _step_idle(self, step: int) -> None:
        current = self.service.settings.idle_seconds
        if step > 0:
            bigger = [c for c in IDLE_CHOICES if c > current]
            value = bigger[0] if bigger else current
        else:
            smaller = [c for c in IDLE_CHOICES if c < current]
            value = smaller[-1] if smaller else current
        self.staff.change_settings(idle_seconds=value)
        self._saved()

    def _step_volume(self, step: int) -> None:
        current = self.service.settings.volume
        choices = [c for c in VOLUME_CHOICES if (c > current if step > 0 else c < current)]
        if choices:
            self.staff.change_settings(volume=choices[0] if step > 0 else choices[-1])
            self._saved()

    def _set_contrast(self, high: bool) -> None:
        self.staff.change_settings(high_contrast=high)
        self._saved()

    def _language_buttons(self) -> bool:
        """One button per language of the pack on screen; True if they were made anew."""
        codes = self.staff.pack_languages()
        if tuple(self.lang_buttons) == codes:
            return False
        self.lang_buttons = remake_language_buttons(
            self._lang_row, self.lang_buttons, codes, "defaultLanguage_", self._set_language,
            lambda _code: "secondary")
        return True

    def _language_note(self) -> str:
        """What staff should know of the languages: those without the kiosk's own words,
        and a start language the pack does not have."""
        codes = self.staff.pack_languages()
        lines = []
        wanted = self.service.settings.default_language
        if wanted not in codes:
            lines.append(self.tr("The pack has no %1 text: patients start in %2.")
                         .replace("%1", isolated(say(language_for_staff(wanted))))
                         .replace("%2", language_name(codes[0])))
        for code in codes:
            shown = self.staff.interface_language(code)
            if shown != code:
                lines.append(self.tr("%1: the kiosk's own buttons and prompts are in %2 (no "
                                     "translation of them yet).")
                             .replace("%1", language_name(code))
                             .replace("%2", language_name(shown)))
        return "\n".join(lines)

    def _set_language(self, code: str) -> None:
        self.staff.change_settings(default_language=code)
        self._saved()

    def _set_number(self, number: str) -> None:
        if self.staff.change_settings(emergency_number=number):
            self._saved()
        else:
            self._saved_text = self.tr("That number was not saved: use 2 to 15 digits.")
            self.refresh()

    def _saved(self) -> None:
        self._saved_text = self.tr("Saved. It applies from the next patient.")
        self.refresh()

    def pin_changed(self) -> None:
        self._saved_text = self.tr("The new staff PIN is saved.")
        self.refresh()

    def _ask_exit(self, asking: bool) -> None:
        self._asking_exit = asking
        self.refresh()

    def refresh(self) -> None:
        settings = self.service.settings
        seconds = settings.idle_seconds
        minutes, rest = divmod(seconds, 60)
        if not minutes:  # "30 s", never "0 min 30 s"
            said = self.tr("%1 s").replace("%1", str(rest))
        elif not rest:
            said = self.tr("%1 min").replace("%1", str(minutes))
        else:
            said = self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", f"{rest:02d}")
        self.idle_value.setText(said)
        self.idle_less.setEnabled(seconds > IDLE_CHOICES[0])
        self.idle_more.setEnabled(seconds < IDLE_CHOICES[-1])
        self.volume_value.setText(self.tr("%1%").replace("%1", str(settings.volume)))
        self.volume_less.setEnabled(settings.volume > VOLUME_CHOICES[0])
        self.volume_more.setEnabled(settings.volume < VOLUME_CHOICES[-1])
        self.number_value.setText(settings.emergency_number)
        if self._language_buttons() and self._metrics is not None:
            for code, button in self.lang_buttons.items():
                button.setText(language_name(code))
        self.lang_note.setText(self._language_note())
        self.lang_note.setVisible(bool(self.lang_note.text()))
        self.exit_title.setText(
            self.tr("Are you sure? The kiosk will close and the computer's desktop will show. "
                    "Patients cannot use it until it is started again.") if self._asking_exit
            else self.tr("Close the kiosk and go to the computer's desktop (for IT work)."))
        self.exit_button.setVisible(not self._asking_exit)
        self.exit_confirm.setVisible(self._asking_exit)
        self.exit_cancel.setVisible(self._asking_exit)
        self.saved.setText(self._saved_text)
        self.saved.setVisible(bool(self._saved_text))
        if self._metrics is not None:
            for high, button in self.contrast_buttons.items():
                set_style(button, "primary" if high == settings.high_contrast else
                          "secondary", self._metrics, self._rtl)
            for code, button in self.lang_buttons.items():
                set_style(button, "primary" if code == settings.default_language else
                          "secondary", self._metrics, self._rtl)
                m = theme.Metrics(self._metrics.unit, code)
                button.setFont(m.font("button", bold=m.has_bold, scalable=False))

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self._rtl = rtl
        self.idle_title.setText(self.tr("Time without a touch before the kiosk starts again "
                                        "for the next patient"))
        self.lang_title.setText(self.tr("Language the kiosk starts in"))
        self.volume_title.setText(self.tr("How loud pages are read aloud (patients can change "
                                          "it; the next patient starts here again)"))
        self.contrast_title.setText(self.tr("Colours patients see first (they can switch with "
                                            "the half-dark circle at the top)"))
        self.contrast_buttons[False].setText(self.tr("Standard"))
        self.contrast_buttons[True].setText(self.tr("High contrast"))
        self.volume_less.setText(self.tr("Quieter"))
        self.volume_more.setText(self.tr("Louder"))
        self.number_title.setText(self.tr("Emergency number (shown on the help pages)"))
        self.number_change.setText(self.tr("Change"))
        self.pin_title.setText(self.tr("Staff PIN (the panel asks for it every time)"))
        self.pin_change.setText(self.tr("Change PIN"))
        self.idle_less.setText(self.tr("Less"))
        self.idle_more.setText(self.tr("More"))
        self.exit_button.setText(self.tr("Exit to desktop"))
        self.exit_confirm.setText(self.tr("Yes, exit"))
        self.exit_cancel.setText(self.tr("Cancel"))
        self._language_buttons()
        for code, button in self.lang_buttons.items():
            button.setText(language_name(code))
        style_label(self.lang_note, metrics, "small")
        for card in (self.idle_card, self.volume_card, self.lang_card, self.contrast_card,
                     self.number_card, self.pin_card, self.exit_card):
            card.apply_metrics(metrics)
        for title in (self.idle_title, self.volume_title, self.lang_title, self.contrast_title,
                      self.number_title, self.pin_title, self.exit_title):
            style_label(title, metrics)
        for value in (self.idle_value, self.volume_value):
            style_label(value, metrics, "title", bold=True)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style_label(self.number_value, theme.Metrics(metrics.unit, "en"), "title", bold=True)
        style_label(self.saved, metrics, colour=GOOD)
        for button in (self.idle_less, self.idle_more, self.volume_less, self.volume_more,
                       self.number_change, self.pin_change,
                       self.exit_button, self.exit_confirm, self.exit_cancel):
            button.apply_metrics(metrics, rtl)
        self.space(metrics)
        self.refresh()
