"""Ties the staff side to the kiosk window: gesture → PIN pad → panel, installs, channel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer

from kiosk._qt.idle import IdleWatcher
from kiosk._qt.input_watch import watch_input
from kiosk._qt.session import Session
from kiosk._qt.staff.bridge import ServiceBridge
from kiosk._qt.staff.channelpoll import ChannelPoller
from kiosk._qt.staff.gesture import CornerHold, mark_staff_spot
from kiosk._qt.staff.screens import StaffScreens
from kiosk._qt.window import KioskWindow
from kiosk.core.exitcodes import EXIT_STAFF
from kiosk.core.model import Pack
from kiosk.core.service import KioskService, PackLive, SettingsChanged

if TYPE_CHECKING:
    # The pad, the panel and its tabs load when staff first hold the corner
    # (kiosk/_qt/staff/screens.py); the preview (and its recorder) when staff first open one.
    from kiosk._qt.staff.keys_tab import KeyDigitsEntry
    from kiosk._qt.staff.panel import StaffPanel
    from kiosk._qt.staff.pinpad import PinPad
    from kiosk._qt.staff.preview import PreviewOverlay
    from kiosk._qt.staff.settings_tab import NumberEntry

log = logging.getLogger("kiosk.staff")

PANEL_IDLE_SECONDS = 180  # a panel left open closes itself: the kiosk is in a public room


class StaffController(QObject):
    """The staff side as a whole: the way in (corner hold, PIN), the panel and its overlays,
    and the kiosk service's events reaching the patients' window. The tabs ask things of it
    through ``StaffActions``."""

    def __init__(self, window: KioskWindow, service: KioskService, ask_for_pin: bool = False,
                 exit_app: Callable[[int], Any] = QCoreApplication.exit) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.bridge = ServiceBridge(service, self)
        self._exit = exit_app
        self.poller = ChannelPoller(service, self)
        self.gesture = CornerHold(window)
        # The hold starts only on these plain backgrounds, in the top-left corner: the
        # attract screen's, and the top bar's blank ends (never on a patient's button).
        for spot in (window.attract, window.topbar):
            mark_staff_spot(spot)
        watch_input(self.gesture)
        # The pad, the panel and its entries: made when first wanted, not at start.
        self.screens = StaffScreens(window, service, self.bridge.run, self.poller, self, self)
        self.screens.padMade.connect(self._pad_made)
        self.screens.panelMade.connect(self._panel_made)
        self.preview_overlay: PreviewOverlay | None = None
        self.panel_open = False
        self._after_pin: Callable[[], object] | None = None  # asked again, then this
        self._waiting: Pack | None = None  # live while the panel was open: shown at close
        self._noticing = self._notice_again = False
        self.panel_idle = IdleWatcher(PANEL_IDLE_SECONDS, self)
        watch_input(self.panel_idle)
        self.panel_idle.idle.connect(self._staff_walked_away)
        # IT editing settings.json, or kiosk-pack installing from a shell: looked at as soon
        # as it happens, off the UI thread, so the next patient's touch finds it read.
        self.outside = QFileSystemWatcher(self)
        for folder in (service.data.root, service.data.packs):
            if folder.is_dir():
                self.outside.addPath(str(folder))
        self.outside.directoryChanged.connect(lambda _path: self._at_attract())

        self.gesture.meant.connect(self.screens.start)  # a finger held still: staff, likely
        self.gesture.triggered.connect(self.open_pad)
        self.bridge.packLive.connect(self._pack_live)
        self.bridge.settingsChanged.connect(self._settings_changed)
        self.poller.changed.connect(self._channel_changed)
        window.stack.currentChanged.connect(lambda _index: self._screen_changed())
        window.visitStarting.connect(self._visit_starting)
        # Re-word and re-size with the window: on a language change and after a resize.
        self.session.languageChanged.connect(lambda _language: self.retranslate())
        window.installEventFilter(self)
        self.poller.start()
        if ask_for_pin and not service.pin.has_pin():
            # First start: whoever installs the kiosk chooses the PIN before patients come,
            # and nothing else is shown until they have (the pad cannot be cancelled).
            QTimer.singleShot(0, lambda: self.open_pad(setup=True))

    @property
    def session(self) -> Session:
        """The patients' session (the window is attached before the staff side is made)."""
        session = self.window.session
        assert session is not None
        return session

    # -- the staff screens, made when first wanted (kiosk/_qt/staff/screens.py) ---------

    @property
    def pad(self) -> PinPad:
        return self.screens.wanted(lambda: self.screens.pad)

    @property
    def panel(self) -> StaffPanel:
        return self.screens.wanted(lambda: self.screens.panel)

    @property
    def number_entry(self) -> NumberEntry:
        return self.screens.wanted(lambda: self.screens.number_entry)

    @property
    def key_digits(self) -> KeyDigitsEntry:
        return self.screens.wanted(lambda: self.screens.key_digits)

    def _pad_made(self, pad: PinPad) -> None:
        pad.unlocked.connect(self._pad_done)
        pad.cancelled.connect(self._pad_cancelled)

    def _panel_made(self, panel: StaffPanel) -> None:
        panel.closed.connect(self.close_panel)
        panel.languageRequested.connect(self.switch_language)
        # An overlay over the panel hides it: no buttons beneath the one in use.
        for entry in (self.number_entry, self.key_digits):
            entry.accepted.connect(lambda _value: panel.show())
            entry.cancel.clicked.connect(panel.show)

    # -- the way in ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Staff are using the kiosk: no pack switches, no patient timers."""
        return self._pad_shown() or self.panel_open

    def _pad_shown(self) -> bool:
        pad = self.screens.pad  # not self.pad: asking must not make it
        return pad is not None and pad.isVisible()

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
        self.screens.start()  # the rest (if the hold had no time to) while staff type

    def _staff_walked_away(self) -> None:
        log.info("no touch on the staff screens for %d s; back to the patients",
                 PANEL_IDLE_SECONDS)
        if self._pad_shown() and self.pad.setup and not self.service.pin.has_pin():
            return  # no PIN yet: the kiosk waits for one, whoever walked away
        if self._pad_shown():
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

    def ask_pin_again(self, then: Callable[[], object]) -> None:
        self._after_pin = then
        self.panel.hide()
        self.pad.open(again=True)

    def _pad_done(self) -> None:
        then, self._after_pin = self._after_pin, None
        if self.panel_open:
            self.panel.show()
            if then is not None:  # the PIN again, for a key
                then()
            else:  # a new PIN was chosen from the settings
                self.panel.settings.pin_changed()
        else:
            self.open_panel()

    def _pad_cancelled(self) -> None:
        self._after_pin = None
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
        # What IT changed from a shell while the welcome screen showed, before staff act
        # on the History tab (going back from a stale list would go back twice).
        service = self.service
        self.bridge.run(lambda _progress: service.notice(), "notice")

    def close_panel(self) -> None:
        if not self.panel_open:
            return
        log.info("staff panel closed")
        self.panel_open = False
        self.panel_idle.stop()
        self.number_entry.hide()
        self.key_digits.hide()
        self.close_preview()
        self.panel.close_panel()
        self.window.attract.setVisible(True)
        if self._waiting is not None:  # installed or gone back while the panel was open
            pack, self._waiting = self._waiting, None
            self.window.offer_pack(pack)
        self.window.reset()
        self._at_attract()

    # -- packs --------------------------------------------------------------------------

    def _pack_live(self, live: PackLive) -> None:
        """Installed, gone back, or changed from a shell: patients see it from the next visit."""
        if not self.service.follow_store or live.pack.root == self.session.pack.root:
            return  # shown already (a visit's start took it from the service)
        if self.busy:
            self._waiting = live.pack  # the panel is open: shown when staff close it
        else:
            self.window.offer_pack(live.pack)

    def _screen_changed(self) -> None:
        if self.window.current is self.window.attract:
            self._at_attract()

    def _at_attract(self) -> None:
        """Between patients: take changes made outside, and install a channel download."""
        if self.busy or self.window.current is not self.window.attract:
            return
        if self._noticing:
            self._notice_again = True  # a change came while it looked: look once more
        else:
            self._noticing, self._notice_again = True, False
            service = self.service
            job = self.bridge.run(lambda _progress: service.notice(), "notice")
            job.finished.connect(self._noticed)
        if self.service.settings.update_url:
            self.poller.install_pending()

    def _noticed(self) -> None:
        self._noticing = False
        if self._notice_again:
            self._at_attract()

    def _visit_starting(self) -> None:
        # A rollback from a shell may have deleted the folder on show: the one look that
        # cannot wait for a worker, so a patient never gets pages without pictures. It is
        # rare (the watcher above usually read it already) and reads only state.json first.
        if self.service.behind():
            self.service.notice()
        # What the service now says is live, shown before the visit's first screen: a
        # worker's notice may have read it, its event not yet delivered (or still on its
        # way while this runs).
        live = self.service.live
        if self.service.follow_store and live is not None and \
                live.root != self.session.pack.root:
            self.window.offer_pack(live)

    def preview(self, path: Path) -> None:
        from kiosk._qt.staff.preview import PreviewOverlay

        self.close_preview()
        overlay = PreviewOverlay(path, self.service.settings, self.window)
        overlay.closed.connect(self.close_preview)
        overlay.retranslate(self.window.metrics(), self.session.rtl)
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
            self.service.change_settings(**changes)
        except ValueError as error:
            log.warning("setting refused: %s", error)
            return False
        except OSError as error:
            log.error("settings could not be saved: %s", error)
            return False
        return True

    def _settings_changed(self, event: SettingsChanged) -> None:
        settings = event.settings
        self.session.settings = settings  # read again at the next patient
        self.window.idle.set_seconds(settings.idle_seconds)
        self.window.attract.set_languages(self.session.pack.languages,
                                          settings.default_language)
        self.window.retranslate()  # the welcome screen invites in the site's language first
        if self.poller.status.address != settings.update_url:
            self.poller.address_changed()

    def ask_for_key_digits(self) -> None:
        self.key_digits.open()
        self.panel.hide()

    def show_keys(self) -> None:
        self.panel.show_page(self.panel.keys)

    def ask_for_number(self) -> None:
        self.number_entry.open(self.service.settings.emergency_number)
        self.panel.hide()

    def switch_language(self) -> None:
        session = self.session
        session.set_language(session.other_language())

    def pack_languages(self) -> tuple[str, ...]:
        return self.session.pack.languages

    def next_language(self) -> str:
        return self.session.other_language()

    def interface_language(self, language: str) -> str:
        return self.window.translations.interface_language(language)

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
        for overlay in self.screens.made():
            self.screens.fit(overlay)
        if self.preview_overlay is not None:
            self.screens.fit(self.preview_overlay)
