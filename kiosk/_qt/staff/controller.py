"""Ties the staff side to the kiosk window: gesture → PIN pad → panel, installs, channel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk._qt import theme
from kiosk._qt.idle import IdleWatcher
from kiosk._qt.staff.channelpoll import ChannelPoller
from kiosk._qt.staff.gesture import CornerHold, mark_staff_spot
from kiosk._qt.staff.panel import NumberEntry, StaffPanel
from kiosk._qt.staff.pinpad import PinPad
from kiosk._qt.window import KioskWindow
from kiosk.core.exitcodes import EXIT_STAFF
from kiosk.core.packdir import load_pack
from kiosk.core.paths import DataDir
from kiosk.core.problems import PackError
from kiosk.core.settings import Settings
from kiosk.core.staffpin import StaffPin
from kiosk.core.store import PackStore

log = logging.getLogger("kiosk.staff")

PANEL_IDLE_SECONDS = 180  # a panel left open closes itself: the kiosk is in a public room


class StaffController(QObject):
    def __init__(self, window: KioskWindow, data: DataDir, settings: Settings,
                 follow_store: bool = True, ask_for_pin: bool = False,
                 exit_app: Callable[[int], Any] = QCoreApplication.exit) -> None:
        super().__init__(window)
        self.window = window
        self.data = data
        self.settings = settings
        # With --pack the kiosk shows a fixed folder; installs still land in the store.
        self.follow_store = follow_store
        self._exit = exit_app
        self.store = PackStore(data, settings)
        self.pin = StaffPin(data.root)
        self.poller = ChannelPoller(data, settings, self.store, self)
        self.gesture = CornerHold(window)
        # The hold starts only on these plain backgrounds, in the top-left corner: the
        # attract screen's, and the top bar's blank ends (never on a patient's button).
        for spot in (window.attract, window.topbar):
            mark_staff_spot(spot)
        QApplication.instance().installEventFilter(self.gesture)
        self.pad = PinPad(self.pin, window)
        self.number_entry = NumberEntry(window)
        self.panel = StaffPanel(self, window)
        self.preview_overlay: QObject | None = None
        self.panel_open = False
        self._unloadable: Path | None = None
        self.panel_idle = IdleWatcher(PANEL_IDLE_SECONDS, self)
        QApplication.instance().installEventFilter(self.panel_idle)
        self.panel_idle.idle.connect(self._staff_walked_away)

        self.gesture.triggered.connect(self.open_pad)
        self.pad.unlocked.connect(self._pad_done)
        self.pad.cancelled.connect(self._pad_cancelled)
        self.panel.closed.connect(self.close_panel)
        # An overlay over the panel hides it: no buttons beneath the one in use.
        self.number_entry.accepted.connect(lambda _number: self.panel.show())
        self.number_entry.cancel.clicked.connect(self.panel.show)
        self.poller.changed.connect(self._channel_changed)
        self.poller.installed.connect(lambda _installed: self._at_attract())
        window.stack.currentChanged.connect(lambda _index: self._screen_changed())
        window.visitStarting.connect(self._sync_shown_pack)
        # Re-word and re-size with the window: on a language change and after a resize.
        window.session.languageChanged.connect(lambda _language: self.retranslate())
        window.installEventFilter(self)
        self.retranslate()
        self.poller.start()
        if ask_for_pin and not self.pin.has_pin():
            # First start: whoever installs the kiosk chooses the PIN before patients come,
            # and nothing else is shown until they have (the pad cannot be cancelled).
            QTimer.singleShot(0, lambda: self.open_pad(setup=True))

    # -- the way in ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Staff are using the kiosk: no pack switches, no patient timers."""
        return self.pad.isVisible() or self.panel_open

    def open_pad(self, setup: bool = False) -> None:
        if self.busy:
            return
        # The visit only pauses under the pad: a pad opened by mistake and cancelled leaves
        # the patient on the page they were reading. The PIN opening the panel ends it.
        window = self.window
        window.idle.stop()  # no "Still reading?" over the pad
        window.overlay.stop()
        if window.current is window.attract:
            window.attract.setVisible(False)  # no animation painting under the pad
        self.pad.open(setup=setup)
        self.panel_idle.start()

    def _staff_walked_away(self) -> None:
        log.info("no touch on the staff screens for %d s; back to the patients",
                 PANEL_IDLE_SECONDS)
        if self.pad.isVisible() and self.pad.setup and not self.pin.has_pin():
            return  # no PIN yet: the kiosk waits for one, whoever walked away
        if self.pad.isVisible():
            self.pad.close_pad()
            if not self.panel_open:
                # Nobody touched the pad for minutes: the patient has gone as well.
                self.window.reset()
                self._pad_cancelled()
        self.close_panel()

    def change_pin(self) -> None:
        """From the panel's settings: choose a new PIN (staff are already in)."""
        self.panel.hide()
        self.pad.open(change=True)

    def _pad_done(self) -> None:
        if self.panel_open:  # a new PIN was chosen from the settings
            self.panel.show()
            self.panel.settings.pin_changed()
        else:
            self.open_panel()

    def _pad_cancelled(self) -> None:
        if self.panel_open:
            self.panel.show()
            return
        self.panel_idle.stop()
        window = self.window
        if window.current is window.attract:
            window.attract.setVisible(True)  # only the current page: a stack shows just one
            self._at_attract()
        else:
            window.idle.start()  # the paused visit carries on where it was

    def open_panel(self) -> None:
        log.info("staff panel opened")
        self.panel_open = True  # first: busy, so the reset below switches no pack yet
        # No visit carries on under the panel: it installs packs and changes settings.
        self.window.reset()
        self.window.attract.setVisible(False)  # no animation painting under the panel
        self.panel.open()
        self.panel_idle.start()

    def close_panel(self) -> None:
        if not self.panel_open:
            return
        log.info("staff panel closed")
        self.panel_open = False
        self.panel_idle.stop()
        self.number_entry.hide()
        self.close_preview()
        self.panel.close_panel()
        self.window.attract.setVisible(True)
        self.window.reset()
        self._at_attract()

    # -- packs --------------------------------------------------------------------------

    def pack_installed(self, rolled_back: bool = False) -> None:
        """A USB install or a rollback changed the store; patients see it at the next start."""
        self.panel.history.refresh()
        self.panel.packs.pack_in_use_changed(rolled_back)
        self._at_attract()  # if staff already closed the panel, at the welcome screen now

    def _screen_changed(self) -> None:
        if self.window.current is self.window.attract:
            self._at_attract()

    def _at_attract(self) -> None:
        """Between patients: show the store's active pack, and install a channel download."""
        if self.busy or self.window.current is not self.window.attract:
            return
        self._sync_shown_pack()
        if self.settings.update_url and not self.poller.busy and self.poller.pending():
            self.poller.install_pending()

    def _sync_shown_pack(self) -> None:
        # After an install or a rollback the folder the kiosk shows may be gone (rollback
        # deletes the newest version): the attract screen shows nothing from the pack, so
        # this is the one safe moment to switch to whatever the store says is active.
        if not self.follow_store:
            return
        try:
            folder = self.store.active_pack_folder()
        except FileNotFoundError as error:
            log.error("no pack to show: %s", error)
            return
        shown = self.window.session.pack.root
        if folder.resolve() == shown.resolve() or folder == self._unloadable:
            return
        try:
            pack = load_pack(folder)
        except (PackError, OSError) as error:
            # Said once, not at every patient: the store's repair deals with it at start.
            self._unloadable = folder
            log.error("the active pack at %s cannot be shown, keeping the current one: %s",
                      folder, error)
            return
        self.window.offer_pack(pack)

    def preview(self, path: Path) -> None:
        from kiosk._qt.staff.preview import PreviewOverlay

        self.close_preview()
        overlay = PreviewOverlay(path, self.settings, self.window)
        overlay.closed.connect(self.close_preview)
        overlay.retranslate(self.window.metrics(), self.window.session.rtl)
        overlay.open()
        self.preview_overlay = overlay
        self.panel.hide()

    def close_preview(self) -> None:
        if self.preview_overlay is not None:
            overlay, self.preview_overlay = self.preview_overlay, None
            overlay.hide()
            overlay.deleteLater()
            if self.panel_open:
                self.panel.show()

    # -- settings -----------------------------------------------------------------------

    def change_settings(self, **changes: object) -> bool:
        """Apply and save settings; False (and nothing changed) if a value is not allowed."""
        try:
            updated = self.settings.changed_in_file(self.data.settings_file, **changes)
        except ValueError as error:
            log.warning("setting refused: %s", error)
            return False
        except OSError as error:
            log.error("settings could not be saved: %s", error)
            return False
        # The file may hold more than the change (IT edits it by hand): take all of it.
        for field in attrs.fields(Settings):
            if getattr(self.settings, field.name) != getattr(updated, field.name):
                setattr(self.settings, field.name, getattr(updated, field.name))
        self.window.idle.set_seconds(self.settings.idle_seconds)
        self.window.attract.default_language = self.settings.default_language
        self.poller.status.address = self.settings.update_url
        log.info("settings changed: %s", ", ".join(sorted(changes)))
        return True

    def ask_for_number(self) -> None:
        self.number_entry.open(self.settings.emergency_number)
        self.panel.hide()

    def switch_language(self) -> None:
        session = self.window.session
        session.set_language(session.other_language())

    def exit_to_desktop(self) -> None:
        log.warning("staff asked the kiosk to stop (exit code %d)", EXIT_STAFF)
        self.window.allow_close = True
        self._exit(EXIT_STAFF)

    # -- channel and words --------------------------------------------------------------

    def _channel_changed(self) -> None:
        if self.poller.status.waiting and not self.poller.busy:
            self._at_attract()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            # After the window's own relayout (also posted), like the other overlays.
            QTimer.singleShot(0, self.retranslate)
        return False

    def retranslate(self) -> None:
        metrics = theme.Metrics.for_size(self.window.size(), self.window.session.language)
        rtl = self.window.session.rtl
        for overlay in (self.pad, self.panel, self.number_entry):
            overlay.retranslate(metrics, rtl)
            if overlay.isVisible():
                overlay.cover_parent()
        if self.preview_overlay is not None:
            self.preview_overlay.retranslate(metrics, rtl)  # type: ignore[attr-defined]
            self.preview_overlay.cover_parent()  # type: ignore[attr-defined]
