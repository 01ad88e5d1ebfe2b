"""The Packs tab: packs found on USB sticks and in the watch folder, to check and install."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

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
    say,
    say_lines,
    say_voices,
    style_label,
)
from kiosk._qt.staff.foldercard import FolderCard
from kiosk._qt.staff.usb import search_folders
from kiosk._qt.turns import next_turn
from kiosk._qt.widgets.buttons import TouchButton
from kiosk.core.kpack import disk_problem
from kiosk.core.packcheck import PackCheck, Signature
from kiosk.core.packsources import PACK_FOLDER
from kiosk.core.phrases import Value, render
from kiosk.core.problems import PackError
from kiosk.core.service import PackFound, PackLive, SettingsChanged

log = logging.getLogger("kiosk.staff")

MAX_CHANGE_LINES = 12
PAGE = 6  # pack cards on the screen at once


class CardState(StrEnum):
    CHECKING = "checking"
    READY = "ready"
    CONFIRM = "confirm"  # unsigned and allowed: the warning, before "Install anyway"
    INSTALLING = "installing"
    DONE = "done"
    FAILED = "failed"  # the file cannot be read as a pack


class PackCard(Card):
    """One .kpack found on a stick: what it is, whether to trust it, what it would change."""

    def __init__(self, path: Path, actions: StaffActions) -> None:
        super().__init__("packCard")
        self.path = path
        self.staff = actions
        self.service = actions.bridge.service
        self.info: PackCheck | None = None
        self.error: list[Value] = []
        self.state = CardState.CHECKING
        self.refusal: list[Value] = []  # why the last install was refused
        self.heading = label("packTitle")
        self.where = label("packFile")
        self.signature = label("packSignature")
        self.validation = label("packValidation")
        self.changes = label("packChanges")
        self.voices = label("packVoices")
        self.review = label("packReview")
        self.progress = QProgressBar()
        self.progress.setObjectName("packProgress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.message = label("packMessage")
        self.preview = TouchButton("fa5s.eye", "secondary")
        self.preview.setObjectName("packPreview")
        self.install = TouchButton("fa5s.download", "primary")
        self.install.setObjectName("packInstall")
        self.anyway = TouchButton("fa5s.exclamation-triangle", "secondary")
        self.anyway.setObjectName("packInstallAnyway")
        self.back = TouchButton(None, "quiet")
        self.back.setObjectName("packDontInstall")
        self.trust = TouchButton("fa5s.key", "secondary")
        self.trust.setObjectName("packTrustKey")
        for widget in (self.heading, self.where, self.signature, self.validation, self.changes,
                       self.review, self.voices, self.progress, self.message):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.preview, self.install))
        self.body.addLayout(button_row(self.anyway, self.back))
        self.body.addLayout(button_row(self.trust))
        self.preview.clicked.connect(lambda: actions.preview(self.path))
        self.trust.clicked.connect(actions.show_keys)
        self.install.clicked.connect(self._install_tapped)
        self.anyway.clicked.connect(self._start_install)
        self.back.clicked.connect(self._back)
        self._metrics: theme.Metrics | None = None
        self._rtl = False
        self._checks = 0
        # The newest check's number, shared with the worker so it can skip older ones.
        self._latest = [0]
        self.inspect()

    def show_file(self, path: Path) -> None:
        """Stand for another file (the next page of a stick's packs): a card is reused
        rather than built again, which costs the screen ~25 ms each."""
        self.path, self.info, self.error, self.refusal = path, None, [], []
        self.state = CardState.CHECKING
        self.inspect()

    def inspect(self) -> None:
        """Read the file again and compare it with the pack in use now: after an install or
        a rollback, "Installed" or "not newer" may no longer be true."""
        if self.state == CardState.INSTALLING:
            return
        self.state, self.refusal = CardState.CHECKING, []
        # Only the newest check may speak: an older one finishing later (a big pack, a
        # slow stick) would put back what was true before a rollback.
        self._checks += 1
        check = self._checks
        path, service = self.path, self.service

        latest = self._latest
        latest[0] = check

        def work(_progress: object) -> tuple[int, PackCheck | None, list[Value]]:
            if latest[0] != check:
                return check, None, []  # paged past, or checked again since: not worth it
            try:
                return check, service.check(path), []
            except PackError as error:
                return check, None, [p.phrase for p in error.problems] or [str(error)]
            except OSError as error:  # a stick pulled, a full temporary folder
                return check, None, [disk_problem(error, path.name).phrase]

        # One check at a time, in order: a stick of 200 packs must not start 200 threads
        # that starve the UI thread of Python's lock.
        job = self.staff.bridge.run(work, f"inspect {path.name}", serial=True)
        # Bound methods, not closures: Qt drops the connection if the card is gone first.
        job.succeeded.connect(self._checked)
        job.failed.connect(self._check_failed)
        self._refresh()

    def _checked(self, result: tuple[int, PackCheck | None, list[Value]]) -> None:
        check, info, problems = result
        if check != self._checks or self.state != CardState.CHECKING:
            return  # an older check, finishing after a newer one started: not the truth
        if info is None:
            self._unreadable(problems)
        else:
            self._inspected(info)

    def _check_failed(self, message: list[Value]) -> None:
        # Only a bug gets here (work() answers for the file's own problems), and which
        # check failed is unknown: the newest may still answer, so wait for it.
        log.error("a pack check failed unexpectedly: %s", "; ".join(map(render, message)))

    def _inspected(self, info: PackCheck) -> None:
        self.info = info
        self.state = CardState.READY
        self._refresh()

    def _unreadable(self, message: list[Value]) -> None:
        self.error = message
        self.state = CardState.FAILED
        self._refresh()

    def _install_tapped(self) -> None:
        if self.info is not None and self.info.signature is Signature.UNSIGNED:
            if self.service.settings.allow_unsigned_usb:
                self.state = CardState.CONFIRM  # allowed, but said plainly what it means first
                self._refresh()
            return
        self._start_install()

    def _back(self) -> None:
        self.state = CardState.READY
        self._refresh()

    def _start_install(self) -> None:
        self.state = CardState.INSTALLING
        self.refusal = []
        self.progress.setValue(0)
        service, path = self.service, self.path
        job = self.staff.bridge.run(lambda progress: service.install(path, progress),
                                      f"install {path.name}")
        job.progress.connect(lambda done, total: self.progress.setValue(
            100 if total <= 0 else done * 100 // total))
        job.succeeded.connect(self._installed)
        job.failed.connect(self._install_failed)
        self._refresh()

    def _installed(self, _installed: object) -> None:
        self.state = CardState.DONE
        self.progress.setValue(100)
        self._refresh()

    def _install_failed(self, message: list[Value]) -> None:
        self.state = CardState.READY if self.info is not None else CardState.FAILED
        self.refusal = message
        log.warning("USB install of %s refused: %s", self.path.name,
                    "; ".join(render(line) for line in message))
        self._refresh()

    def _refresh(self) -> None:
        info = self.info
        language = self._metrics.language if self._metrics else "en"
        self.where.setText(self.tr("File: %1").replace("%1", latin(str(self.path))))
        if info is None:
            self.heading.setText(self.path.name)
            checking = self.state == CardState.CHECKING
            self.signature.setText(self.tr("Checking this pack…") if checking
                                   else self.tr("This file cannot be read as a pack. It may be "
                                                "damaged, or the USB stick was taken out."))
            self.validation.setText(say_lines(self.error))
            self.changes.setText("")
        else:
            title = info.title.get(language) or info.title.get("en") or info.id
            self.heading.setText(self.tr("%1, version %2").replace("%1", title)
                                 .replace("%2", str(info.version)))
            unsigned_ok = self.service.settings.allow_unsigned_usb
            fingerprint = latin(info.fingerprint)
            self.signature.setText({
                Signature.TRUSTED: (self.tr("Signed by %1's key (%2).").replace(
                    "%1", isolated(info.key_name)) if info.key_name else self.tr(
                    "Signed by a trusted key (%2).")).replace("%2", fingerprint),
                Signature.UNKNOWN_KEY: self.tr(
                    "Signed by a key this kiosk does not know yet (%1), so the signature "
                    "cannot be checked and it cannot be installed. Trust it? Add the key "
                    "under Keys, after checking that its fingerprint is the one its maker "
                    "gave you.").replace("%1", fingerprint),
                Signature.UNSIGNED: self.tr("Not signed: nobody vouches for this file.")
                if unsigned_ok else self.tr(
                    "Not signed: nobody vouches for this file. This kiosk is set not to "
                    "install unsigned packs from USB, so it cannot be installed."),
                Signature.BAD: self.tr("Damaged or changed after it was signed: do not use "
                                       "it. It will not be installed.") + "\n"
                + say(info.signature_detail),
            }[info.signature])
            if info.problems:
                self.validation.setText(self.tr("Problems found (it cannot be installed):")
                                        + "\n" + say_lines(info.problems))
            else:
                self.validation.setText(self.tr("Checked: no problems found."))
            changes = info.changes.get(language) or info.changes.get("en") or []
            lines = [say(line) for line in changes[:MAX_CHANGE_LINES]]
            if len(changes) > MAX_CHANGE_LINES:
                lines.append(self.tr("…and %1 more").replace(
                    "%1", str(len(changes) - MAX_CHANGE_LINES)))
            if not info.newer:
                lines.insert(0, self.tr("This is not newer than the pack in use (version %1).")
                             .replace("%1", str(info.current_version)))
            self.changes.setText(self.tr("What would change:") + "\n" + "\n".join(lines)
                                 if lines else "")
        self.voices.setText(say_voices(info.voices) if info is not None else "")
        self.voices.setVisible(bool(self.voices.text()))
        self.review.setText(say_lines(info.review) if info is not None else "")
        self.review.setVisible(bool(self.review.text()))
        confirm = self.state == CardState.CONFIRM
        if confirm:
            self.message.setText(self.tr("Warning: an unsigned pack could contain anything, "
                                         "including wrong medical advice. Install it only if "
                                         "you made it yourself or know who did."))
        elif self.state == CardState.DONE:
            self.message.setText(self.tr("Installed. Patients will see it from the next start "
                                         "screen, when you close this panel."))
        elif self.refusal:
            self.message.setText(self.tr("Not installed. The kiosk still shows the same pack as "
                                         "before; nothing was lost.") + "\n"
                                 + say_lines(self.refusal))
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        self.changes.setVisible(bool(self.changes.text()))
        self.validation.setVisible(bool(self.validation.text()))
        self.progress.setVisible(self.state in (CardState.INSTALLING, CardState.DONE))
        usable = info is not None and self.service.installable(info)
        self.install.setVisible(not confirm and self.state != CardState.DONE)
        self.install.setEnabled(usable and self.state == CardState.READY)
        self.preview.setVisible(not confirm)
        self.preview.setEnabled(info is not None and self.state != CardState.INSTALLING)
        self.anyway.setVisible(confirm)
        self.back.setVisible(confirm)
        self.trust.setVisible(info is not None and info.signature is Signature.UNKNOWN_KEY)
        if self._metrics is not None:
            m = self._metrics
            style_label(self.heading, m, "title", bold=True)
            style_label(self.where, m, "small", colour=theme.MUTED)
            sig_colour = theme.NAVY if info is None else {
                Signature.TRUSTED: GOOD, Signature.UNKNOWN_KEY: WARN, Signature.UNSIGNED: WARN,
                Signature.BAD: BAD}[info.signature]
            style_label(self.signature, m, "body", colour=sig_colour)
            style_label(self.validation, m, "body",
                        colour=BAD if (info is None or info.problems) else GOOD)
            style_label(self.changes, m, "small")
            style_label(self.voices, m, "small")
            style_label(self.review, m, "body", bold=True, colour=WARN)
            style_label(self.message, m, "body",
                        colour=GOOD if self.state == CardState.DONE else
                        (WARN if confirm else BAD))

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        if (metrics, rtl) == (self._metrics, self._rtl):
            self._refresh()  # a card reused for another file: its words, not its styles
            return
        self._metrics = metrics
        self._rtl = rtl
        self.apply_metrics(metrics)
        self.preview.setText(self.tr("Preview"))
        self.install.setText(self.tr("Install"))
        self.anyway.setText(self.tr("Install anyway"))
        self.back.setText(self.tr("Don't install"))
        self.trust.setText(self.tr("Trust a key…"))
        for button in (self.preview, self.install, self.anyway, self.back, self.trust):
            button.apply_metrics(metrics, rtl)
        self.progress.setFixedHeight(metrics.px(28))
        self._refresh()


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
        self._then: Callable[[], object] | None = None

    def refresh_soon(self, then: Callable[[], object] | None = None) -> None:
        """Look for packs in a worker thread, then list them here.

        Off the UI thread: a network watch folder that stopped answering (or a stick that
        hangs) must not freeze the kiosk. One scan at a time; a scan that never comes back
        only stops new ones, and the panel stays usable.
        """
        if self._scanning:
            return
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
        self._scanning = False
        self._list(list(found.kpacks), list(found.folders))
        then, self._then = self._then, None
        if then is not None:
            then()

    def _scan_failed(self, _message: object) -> None:
        self._scanning, self._then = False, None

    def look_again(self) -> None:
        """Staff's "Look again": find packs, and check every listed one afresh."""
        listed = set(self.cards)

        def check_listed() -> None:  # a card the scan adds checks itself
            self._inspect([self.cards[path] for path in listed & set(self.cards)])

        self.refresh_soon(then=check_listed)

    def pack_in_use_changed(self, live: PackLive) -> None:
        """A pack was installed or rolled back: what each card says about it may be stale.

        The card that just installed keeps saying so, unless a rollback undid it."""
        self._inspect([card for card in self.cards.values()
                       if live.rolled_back or card.state != CardState.DONE])

    def _inspect(self, cards: list[PackCard]) -> None:
        """Check these cards again, one a turn of the event loop (each says "Checking…"
        and is restyled: ~5 ms, six of them at once held the screen 30 ms)."""
        if not cards:
            return
        first, rest = cards[0], cards[1:]
        if first in self.cards.values():  # not put aside for another page meanwhile
            first.inspect()
        next_turn(self, lambda: self._inspect(rest))

    def _settings_changed(self, event: SettingsChanged) -> None:
        if event.changed & {"trusted_keys", "allow_unsigned_usb"}:
            self._inspect([card for card in self.cards.values()
                           if card.state != CardState.DONE])

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
