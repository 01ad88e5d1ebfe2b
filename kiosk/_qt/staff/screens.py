"""The staff screens (the PIN pad, the panel and its tabs, the two digit entries), made when
staff first want them rather than at start.

Most days nobody opens them, and a kiosk holding them all the same carried 5.7 MiB more
after a patient's tour (issue #14's memory goal). They are made a step at a time, one
step each pass of the event loop, from the moment a finger has stayed still on the staff
corner for a while: the pad and the panel made at once held the screen up 60 ms and more,
where issue #13 allows 50. Something wanted before its steps are done is made at once.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from kiosk._qt import theme
from kiosk._qt.staff.channelpoll import ChannelPoller
from kiosk._qt.window import KioskWindow
from kiosk.core.service import KioskService

if TYPE_CHECKING:
    from kiosk._qt.staff.actions import StaffActions
    from kiosk._qt.staff.keys_tab import KeyDigitsEntry
    from kiosk._qt.staff.panel import StaffPanel
    from kiosk._qt.staff.pinpad import PinPad, Run
    from kiosk._qt.staff.preview import PreviewOverlay
    from kiosk._qt.staff.settings_tab import NumberEntry

    Overlay = PinPad | StaffPanel | NumberEntry | KeyDigitsEntry | PreviewOverlay

log = logging.getLogger("kiosk.staff")

T = TypeVar("T")

# The panel's modules, each read in a step of its own (37 ms in all), those others import
# first.
PANEL_MODULES = tuple(f"kiosk._qt.staff.{name}" for name in (
    "actions", "history_tab", "settings_tab", "updates_tab", "keys_tab", "packcard",
    "foldercard", "packs_tab", "usage_charts", "usage_tab", "panel"))


class StaffScreens(QObject):
    padMade = Signal(object)  # PinPad
    panelMade = Signal(object)  # StaffPanel, with its two entries made before it

    def __init__(self, window: KioskWindow, service: KioskService, run: Run,
                 poller: ChannelPoller, actions: StaffActions, parent: QObject) -> None:
        super().__init__(parent)
        self._window, self._service, self._run = window, service, run
        self._poller, self._actions = poller, actions
        self.pad: PinPad | None = None
        self.panel: StaffPanel | None = None
        self.number_entry: NumberEntry | None = None
        self.key_digits: KeyDigitsEntry | None = None
        self._steps: Iterator[None] | None = None
        self._maker = QTimer(self)  # a zero timer: one step each pass of the event loop
        self._maker.setInterval(0)
        self._maker.timeout.connect(self._step)

    def start(self) -> None:
        """Make what is not made yet, a step each pass of the event loop."""
        if self.panel is None:
            self._maker.start()

    def wanted(self, screen: Callable[[], T | None]) -> T:
        """``screen()``, taking the steps left until it is made: it is wanted now."""
        while (made := screen()) is None:
            self._step()
        return made

    def making(self) -> bool:
        """Steps are being taken, one each pass of the event loop."""
        return self._maker.isActive()

    def made(self) -> list[PinPad | StaffPanel | NumberEntry | KeyDigitsEntry]:
        return [screen for screen in (self.pad, self.panel, self.number_entry,
                                      self.key_digits) if screen is not None]

    def fit(self, overlay: Overlay) -> None:
        """Word and size an overlay for the window and language as they are now."""
        overlay.retranslate(self._metrics(), self._rtl())
        if overlay.isVisible():
            overlay.cover_parent()

    def _metrics(self) -> theme.Metrics:
        session = self._window.session
        assert session is not None
        return theme.Metrics.for_size(self._window.size(), session.language)

    def _rtl(self) -> bool:
        session = self._window.session
        assert session is not None
        return session.rtl

    def _step(self) -> None:
        if self.panel is None:
            if self._steps is None:
                self._steps = self._make()
            try:
                next(self._steps)
            except BaseException:
                # Said once (the kiosk's handler logs it and goes home), not at every pass
                # of the event loop: the next time staff want a screen, the steps begin
                # again from what is made.
                self._maker.stop()
                self._steps = None
                raise
        if self.panel is not None:  # all made
            self._maker.stop()
            self._steps = None

    def _make(self) -> Iterator[None]:
        from kiosk._qt.staff.pinpad import PinPad

        window = self._window
        if self.pad is None:
            pad = PinPad(self._service, self._run, window)
            self.fit(pad)
            self.pad = pad
            self.padMade.emit(pad)
            yield
        for module in PANEL_MODULES:
            importlib.import_module(module)
            yield
        from kiosk._qt.staff.keys_tab import KeyDigitsEntry
        from kiosk._qt.staff.panel import StaffPanel
        from kiosk._qt.staff.settings_tab import NumberEntry

        if self.number_entry is None:
            number_entry = NumberEntry(window)
            self.fit(number_entry)
            self.number_entry = number_entry
            yield
        if self.key_digits is None:
            key_digits = KeyDigitsEntry(window)
            self.fit(key_digits)
            self.key_digits = key_digits
            yield
        assert self.number_entry is not None and self.key_digits is not None
        panel = StaffPanel(self._actions, self._poller, self.number_entry, self.key_digits,
                           window)
        try:
            yield
            # Worded a tab a step; the window's turns and language changes meanwhile reach
            # only what is made, so the panel is worded again if either changed.
            metrics, size = self._metrics(), window.size()
            yield from panel.retranslate_in_steps(metrics, self._rtl())
            yield
            if self._metrics() != metrics or window.size() != size:
                self.fit(panel)
        except BaseException:
            # Half made: the next try makes a whole one, not a second. Unless the kiosk
            # was taken down meanwhile (the steps are closed as they are let go), and the
            # panel with its window.
            if shiboken6.isValid(panel):
                panel.deleteLater()
            raise
        self.panel = panel
        log.info("staff screens made")
        self.panelMade.emit(panel)
        yield  # never resumed: all is made
