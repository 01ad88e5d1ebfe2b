"""The Packs tab: packs found on USB sticks and in the watch folder, to check and install."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.staff.actions import StaffActions
from kiosk._qt.staff.common import (
    TabPage,
    button_row,
    label,
    latin,
    style_label,
)
from kiosk._qt.staff.foldercard import FolderCard
from kiosk._qt.staff.packcard import CardState, PackCard
from kiosk._qt.staff.usb import search_folders
from kiosk._qt.turns import next_turn
from kiosk._qt.widgets.buttons import TouchButton
from kiosk.core.packsources import PACK_FOLDER
from kiosk.core.service import FileStamp, PackFound, PackLive, SettingsChanged

PAGE = 6  # pack cards on the screen at once


class PacksPage(TabPage):
    def __init__(self, actions: StaffActions) -> None:
        super().__init__("PacksPage")
        self.staff = actions
        self.service = actions.bridge.service
        self.cards: dict[Path, PackCard] = {}
        self.folders: dict[Path, FolderCard] = {}
        self.intro = label("packsIntro")
        self.empty = label("packsEmpty")
        self.rescan = TouchButton("fa5s.sync", "secondary")
        self.rescan.setObjectName("packsRescan")
        self.rescan.clicked.connect(self.look_again)
        actions.bridge.packLive.connect(self.pack_in_use_changed)
        # A key trusted or forgotten changes what a card says about its signature.
        actions.bridge.settingsChanged.connect(self._settings_changed)
        self.list = QVBoxLayout()
        # A stick may hold hundreds of packs: they are shown a page at a time, so the
        # kiosk builds, checks and lays out a few cards, never all of them at once.
        self.found: list[Path] = []  # .kpack files, then pack folders, as found
        self.first = 0  # the first of them on the page shown
        self.earlier = TouchButton("fa5s.arrow-left", "secondary")
        self.earlier.setObjectName("packsEarlier")
        self.later = TouchButton("fa5s.arrow-right", "secondary")
        self.later.put_icon_after()
        self.later.setObjectName("packsLater")
        self.where = label("packsWhere")
        self.earlier.clicked.connect(lambda: self._turn(-1))
        self.later.clicked.connect(lambda: self._turn(1))
        self.fill(self.intro, button_row(self.rescan), self.empty, self.list,
                  button_row(self.earlier, self.where, self.later))
        self._metrics: theme.Metrics | None = None
        self._rtl = False
        self._folders: set[Path] = set()
        self._spares: list[PackCard] = []  # cards off the page, kept to show other files
        # A stick put in while the panel is open shows up by itself.
        self.timer = QTimer(self)
        self.timer.setInterval(3000)
        self.timer.timeout.connect(self.refresh_soon)
        self._scanning = False
        self._then: list[Callable[[], object]] = []  # for when the look under way ends
        # Asked for while a look was under way, which may have begun before the stick went
        # in: they wait for a look of their own, after it.
        self._queued: list[Callable[[], object]] = []

    def refresh_soon(self, then: Callable[[], object] | None = None) -> None:
        """Look for packs in a worker thread, then list them here, then call ``then``.

        Off the UI thread: a network watch folder that stopped answering (or a stick that
        hangs) must not freeze the kiosk. One scan at a time; a scan that never comes back
        only stops new ones, and the panel stays usable. Asked for during a scan, a plain
        look is already being done; one with a ``then`` (staff's "Look again") follows it.
        """
        follow = [then] if then is not None else []
        if self._scanning:
            self._queued += follow
            return
        self._look(follow)

    def _look(self, then: list[Callable[[], object]]) -> None:
        self._scanning, self._then = True, then
        service, watch = self.service, self.service.settings.watch_folder
        # Finding the sticks asks each mounted drive about itself: in the worker too, as a
        # mounted network drive that stopped answering would hang the asking.
        job = self.staff.bridge.run(lambda _progress: service.look(search_folders(watch)),
                                      "look for packs")
        # Bound methods, not closures: Qt drops the connection if the page is gone first.
        job.succeeded.connect(self._scanned)
        job.failed.connect(self._scan_failed)

    def _scanned(self, found: PackFound) -> None:
        self._list(list(found.kpacks), list(found.folders))
        self._recheck_changed(found.stamps)
        for then in self._scan_ended():
            then()

    def _scan_failed(self, _message: object) -> None:
        # Staff's "Look again" still checks the cards listed, whatever the look met.
        for then in self._scan_ended():
            then()

    def _scan_ended(self) -> list[Callable[[], object]]:
        """The finished look's follow-ups; a look asked for meanwhile starts now."""
        then, self._then, self._scanning = self._then, [], False
        if self._queued:
            queued, self._queued = self._queued, []
            self._look(queued)
        return then

    def _recheck_changed(self, stamps: Mapping[Path, FileStamp]) -> None:
        """Check again each card whose file is not as it was when last checked: a pack
        still being copied in when first seen, or replaced by a newer copy on a share,
        would otherwise keep a verdict about bytes that are gone. One being checked now
        is left to finish: its stamp is the file's as that check began."""
        listed = set(self.found)  # a card for a file gone is put away, not checked
        self._inspect([card for path, card in self.cards.items()
                       if path in listed and card.stamp != stamps.get(path)
                       and card.state not in (CardState.CHECKING, CardState.INSTALLING)],
                      installed_too=True)

    def look_again(self) -> None:
        """Staff's "Look again": find packs, and check every listed one afresh."""
        listed = set(self.cards)

        def check_listed() -> None:  # a card the scan adds checks itself
            self._inspect([self.cards[path] for path in listed & set(self.cards)],
                          installed_too=True)

        self.refresh_soon(then=check_listed)

    def pack_in_use_changed(self, live: PackLive) -> None:
        """A pack was installed or rolled back: what each card says about it may be stale.

        The card that just installed keeps saying so, unless a rollback undid it."""
        self._inspect(list(self.cards.values()), installed_too=live.rolled_back)

    def _inspect(self, cards: list[PackCard], installed_too: bool = False) -> None:
        """Check these cards again, one a turn of the event loop (each says "Checking…"
        and is restyled: ~5 ms, six of them at once held the screen 30 ms). Whether a
        card still needs it is asked on its own turn: one may have just installed."""
        if not cards:
            return
        first, rest = cards[0], cards[1:]
        if first in self.cards.values() and (installed_too or first.state != CardState.DONE):
            first.inspect()
        next_turn(self, lambda: self._inspect(rest, installed_too))

    def _settings_changed(self, event: SettingsChanged) -> None:
        if event.changed & {"trusted_keys", "allow_unsigned_usb"}:
            self._inspect(list(self.cards.values()))

    def _list(self, found: list[Path], folders: list[Path]) -> None:
        installing = [p for p, c in self.cards.items() if c.state == CardState.INSTALLING]
        # A pack being installed stays listed even if its stick no longer shows it.
        self.found = [*found, *(p for p in installing if p not in found), *folders]
        self._folders = set(folders)
        next_turn(self, self._show_page)  # a turn of its own, not the look's answer's

    def _turn(self, step: int) -> None:
        self.first = max(0, self.first + step * PAGE)
        self._show_page()
        self.area.verticalScrollBar().setValue(0)

    def _show_page(self) -> None:
        self.first = min(self.first, max(0, (len(self.found) - 1) // PAGE * PAGE))
        shown = self.found[self.first:self.first + PAGE]
        for path in [p for p in self.cards if p not in shown]:
            if self.cards[path].state != CardState.INSTALLING:
                spare = self.cards.pop(path)
                self.list.removeWidget(spare)
                spare.hide()
                self._spares.append(spare)
        for path in [p for p in self.folders if p not in shown]:
            self._drop(self.folders.pop(path))
        # One step of new work a turn of the event loop: building and styling a card
        # (~15 ms), or putting a new one on the screen (~20 ms: restyled in place); taps
        # and the screen go on between them.
        worked = False
        for index, path in enumerate(shown):
            card: PackCard | FolderCard | None = self.folders.get(path) or self.cards.get(path)
            fresh = card is None or card.isHidden()
            if fresh and worked:
                next_turn(self, self._show_page)
                break
            if card is None:
                if path in self._folders:
                    card = self.folders[path] = FolderCard(path, self.staff.preview)
                elif self._spares:
                    card = self.cards[path] = self._spares.pop()
                    card.show_file(path)
                else:
                    card = self.cards[path] = PackCard(path, self.staff)
                card.hide()  # shown at its place in a turn of its own
                if self._metrics is not None:
                    card.retranslate(self._metrics, self._rtl)
                next_turn(self, self._show_page)
                break
            if self.list.indexOf(card) != index:
                self.list.removeWidget(card)
                self.list.insertWidget(index, card)
            if card.isHidden():
                card.show()
                worked = True
        self.empty.setVisible(not self.found)
        paged = len(self.found) > PAGE
        busy = any(c.state == CardState.INSTALLING for c in self.cards.values())
        for button in (self.earlier, self.where, self.later):
            button.setVisible(paged)
        self.earlier.setEnabled(self.first > 0 and not busy)
        self.later.setEnabled(self.first + PAGE < len(self.found) and not busy)
        # The range kept left to right: in an Urdu line "1–6" would otherwise read "6–1".
        self.where.setText(self.tr("%1 of %2").replace(
            "%1", latin(f"{self.first + 1}–{self.first + len(shown)}")).replace(
            "%2", str(len(self.found))))

    def _drop(self, card: QWidget) -> None:
        self.list.removeWidget(card)
        card.hide()
        card.deleteLater()

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self._rtl = rtl
        self.intro.setText(self.tr("Packs on USB sticks (at the top of the stick or in a "
                                   "folder named %1) and in the kiosk's pack folder.")
                           .replace("%1", PACK_FOLDER))
        self.empty.setText(self.tr("No packs found yet. Put the USB stick in; packs appear "
                                   "here by themselves."))
        self.rescan.setText(self.tr("Look again"))
        self.earlier.setText(self.tr("Earlier"))
        self.later.setText(self.tr("Later"))
        self.earlier.apply_metrics(metrics, rtl)
        self.later.apply_metrics(metrics, rtl)
        style_label(self.where, metrics)
        style_label(self.intro, metrics)
        style_label(self.empty, metrics, colour=theme.MUTED)
        self.rescan.apply_metrics(metrics, rtl)
        self.space(metrics)
        for card in self.cards.values():
            card.retranslate(metrics, rtl)
        for folder in self.folders.values():
            folder.retranslate(metrics, rtl)
