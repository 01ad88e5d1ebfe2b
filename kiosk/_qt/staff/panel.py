"""The staff panel: packs on USB drives, history and rollback, settings, update channel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk._qt import theme
from kiosk._qt.staff.common import (
    BAD,
    GOOD,
    WARN,
    Backdrop,
    Card,
    label,
    latin,
    say,
    say_lines,
    say_voices,
    scrolling,
    style_label,
)
from kiosk._qt.staff.foldercard import FolderCard
from kiosk._qt.staff.packinfo import PackInfo, Signature, inspect
from kiosk._qt.staff.pinpad import PadScreen
from kiosk._qt.staff.usb import (
    ADDRESS_FILE,
    PACK_FOLDER,
    find_kpacks,
    find_pack_folders,
    read_address,
    search_folders,
)
from kiosk._qt.staff.worker import Job
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.topbar import LANGUAGE_NAMES
from kiosk.core import review
from kiosk.core.phrases import Value, render
from kiosk.core.problems import PackError
from kiosk.core.store import Source

if TYPE_CHECKING:
    from kiosk._qt.staff.controller import StaffController

log = logging.getLogger("kiosk.staff")

IDLE_CHOICES = (30, 45, 60, 90, 120, 180, 240, 300, 600, 900)
# Narration volume steps a nurse can tell apart by ear (percent, as people hear loudness).
VOLUME_CHOICES = (40, 55, 70, 85, 100)
MAX_CHANGE_LINES = 12


def set_style(button: TouchButton, style: str, metrics: theme.Metrics, rtl: bool) -> None:
    button.set_look(style)
    button.apply_metrics(metrics, rtl)


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


# -- packs ----------------------------------------------------------------------------------


class PackCard(Card):
    """One .kpack found on a stick: what it is, whether to trust it, what it would change."""

    installed = Signal()

    def __init__(self, path: Path, controller: StaffController) -> None:
        super().__init__("packCard")
        self.path = path
        self.controller = controller
        self.info: PackInfo | None = None
        self.error: list[Value] = []
        self.state = "checking"  # checking, ready, confirm, installing, done, failed
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
        for widget in (self.heading, self.where, self.signature, self.validation, self.changes,
                       self.review, self.voices, self.progress, self.message):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.preview, self.install))
        self.body.addLayout(button_row(self.anyway, self.back))
        self.preview.clicked.connect(lambda: controller.preview(self.path))
        self.install.clicked.connect(self._install_tapped)
        self.anyway.clicked.connect(self._start_install)
        self.back.clicked.connect(self._back)
        self._metrics: theme.Metrics | None = None
        self._rtl = False
        self._checks = 0
        self.inspect()

    def inspect(self) -> None:
        """Read the file again and compare it with the pack in use now: after an install or
        a rollback, "Installed" or "not newer" may no longer be true."""
        if self.state == "installing":
            return
        self.state, self.refusal = "checking", []
        # Only the newest check may speak: an older one finishing later (a big pack, a
        # slow stick) would put back what was true before a rollback.
        self._checks += 1
        check = self._checks
        path, store = self.path, self.controller.store

        def work(_progress: object) -> tuple[int, PackInfo | None, list[Value]]:
            try:
                return check, inspect(path, store), []
            except PackError as error:
                return check, None, [p.phrase for p in error.problems] or [str(error)]

        job = Job(work, f"inspect {path.name}")
        # Bound methods, not closures: Qt drops the connection if the card is gone first.
        job.succeeded.connect(self._checked)
        job.failed.connect(self._check_failed)
        job.start()
        self._refresh()

    def _checked(self, result: tuple[int, PackInfo | None, list[Value]]) -> None:
        check, info, problems = result
        if check != self._checks or self.state != "checking":
            return  # an older check, finishing after a newer one started: not the truth
        if info is None:
            self._unreadable(problems)
        else:
            self._inspected(info)

    def _check_failed(self, message: list[Value]) -> None:
        if self.state == "checking":  # the file could not be read at all (a pulled stick)
            self._unreadable(message)

    def _inspected(self, info: PackInfo) -> None:
        self.info = info
        self.state = "ready"
        self._refresh()

    def _unreadable(self, message: list[Value]) -> None:
        self.error = message
        self.state = "failed"
        self._refresh()

    def _install_tapped(self) -> None:
        if self.info is not None and self.info.signature is Signature.UNSIGNED:
            if self.controller.settings.allow_unsigned_usb:
                self.state = "confirm"  # allowed, but said plainly what it means first
                self._refresh()
            return
        self._start_install()

    def _back(self) -> None:
        self.state = "ready"
        self._refresh()

    def _start_install(self) -> None:
        self.state = "installing"
        self.refusal = []
        self.progress.setValue(0)
        store = self.controller.store
        path = self.path
        job = Job(lambda progress: store.install(path, Source.USB, progress),
                  f"install {path.name}")
        job.progress.connect(lambda done, total: self.progress.setValue(
            100 if total <= 0 else done * 100 // total))
        job.succeeded.connect(self._installed)
        job.failed.connect(self._install_failed)
        job.start()
        self._refresh()

    def _installed(self, _installed: object) -> None:
        self.state = "done"
        self.progress.setValue(100)
        self._refresh()
        self.installed.emit()

    def _install_failed(self, message: list[Value]) -> None:
        self.state = "ready" if self.info is not None else "failed"
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
            self.signature.setText(self.tr("Checking this pack…") if self.state == "checking"
                                   else self.tr("This file cannot be read as a pack. It may be "
                                                "damaged, or the USB stick was taken out."))
            self.validation.setText(say_lines(self.error))
            self.changes.setText("")
        else:
            title = info.title.get(language) or info.title.get("en") or info.id
            self.heading.setText(self.tr("%1, version %2").replace("%1", title)
                                 .replace("%2", str(info.version)))
            unsigned_ok = self.controller.settings.allow_unsigned_usb
            self.signature.setText({
                Signature.TRUSTED: self.tr("Signed by a trusted key (%1).").replace(
                    "%1", latin(render(info.signature_detail))),
                Signature.UNKNOWN_KEY: self.tr(
                    "Signed with a key this kiosk does not know (%1), so the signature "
                    "cannot be checked. It cannot be installed unless IT adds that key to "
                    "the kiosk's trusted keys.").replace(
                    "%1", latin(render(info.signature_detail))),
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
        confirm = self.state == "confirm"
        if confirm:
            self.message.setText(self.tr("Warning: an unsigned pack could contain anything, "
                                         "including wrong medical advice. Install it only if "
                                         "you made it yourself or know who did."))
        elif self.state == "done":
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
        self.progress.setVisible(self.state in ("installing", "done"))
        installable = (Signature.TRUSTED, Signature.UNSIGNED) if \
            self.controller.settings.allow_unsigned_usb else (Signature.TRUSTED,)
        usable = info is not None and not info.problems and info.signature in installable \
            and info.newer
        self.install.setVisible(not confirm and self.state != "done")
        self.install.setEnabled(usable and self.state == "ready")
        self.preview.setVisible(not confirm)
        self.preview.setEnabled(info is not None and self.state != "installing")
        self.anyway.setVisible(confirm)
        self.back.setVisible(confirm)
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
                        colour=GOOD if self.state == "done" else (WARN if confirm else BAD))

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self._rtl = rtl
        self.apply_metrics(metrics)
        self.preview.setText(self.tr("Preview"))
        self.install.setText(self.tr("Install"))
        self.anyway.setText(self.tr("Install anyway"))
        self.back.setText(self.tr("Don't install"))
        for button in (self.preview, self.install, self.anyway, self.back):
            button.apply_metrics(metrics, rtl)
        self.progress.setFixedHeight(metrics.px(28))
        self._refresh()


class PacksPage(QWidget):
    def __init__(self, controller: StaffController) -> None:
        super().__init__()
        self.setObjectName("PacksPage")
        self.controller = controller
        self.cards: dict[Path, PackCard] = {}
        self.folders: dict[Path, FolderCard] = {}
        self.intro = label("packsIntro")
        self.empty = label("packsEmpty")
        self.rescan = TouchButton("fa5s.sync", "secondary")
        self.rescan.setObjectName("packsRescan")
        self.rescan.clicked.connect(self.look_again)
        self.list = QVBoxLayout()
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.intro)
        inner.addLayout(button_row(self.rescan))
        inner.addWidget(self.empty)
        inner.addLayout(self.list)
        inner.addStretch(1)
        self._inner = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content))
        self._metrics: theme.Metrics | None = None
        self._rtl = False
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
        folders = search_folders(self.controller.settings.watch_folder)
        job = Job(lambda _progress: (find_kpacks(folders), find_pack_folders(folders)),
                  "look for packs")
        # Bound methods, not closures: Qt drops the connection if the page is gone first.
        job.succeeded.connect(self._scanned)
        job.failed.connect(self._scan_failed)
        job.start()

    def _scanned(self, result: tuple[list[Path], list[Path]]) -> None:
        self._scanning = False
        self._list(*result)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _scan_failed(self, _message: object) -> None:
        self._scanning, self._then = False, None

    def look_again(self) -> None:
        """Staff's "Look again": find packs, and check every listed one afresh."""
        listed = set(self.cards)

        def check_listed() -> None:  # a card the scan adds checks itself
            for path in listed & set(self.cards):
                self.cards[path].inspect()

        self.refresh_soon(then=check_listed)

    def pack_in_use_changed(self, rolled_back: bool = False) -> None:
        """A pack was installed or rolled back: what each card says about it may be stale.

        The card that just installed keeps saying so, unless a rollback undid it."""
        for card in self.cards.values():
            if rolled_back or card.state != "done":
                card.inspect()

    def _list(self, found: list[Path], folders: list[Path]) -> None:
        for path in list(self.cards):
            card = self.cards[path]
            if path not in found and card.state != "installing":
                self.list.removeWidget(card)
                card.deleteLater()
                del self.cards[path]
        for path in found:
            if path not in self.cards:
                card = PackCard(path, self.controller)
                card.installed.connect(self.controller.pack_installed)
                self.cards[path] = card
                self.list.addWidget(card)
                if self._metrics is not None:
                    card.retranslate(self._metrics, self._rtl)
        self._list_folders(folders)
        self.empty.setVisible(not self.cards and not self.folders)

    def _list_folders(self, found: list[Path]) -> None:
        for path in [p for p in self.folders if p not in found]:
            folder = self.folders.pop(path)
            self.list.removeWidget(folder)
            folder.deleteLater()
        for path in found:
            if path not in self.folders:
                folder = FolderCard(path, self.controller.preview)
                self.folders[path] = folder
                self.list.addWidget(folder)
                if self._metrics is not None:
                    folder.retranslate(self._metrics, self._rtl)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self._rtl = rtl
        self.intro.setText(self.tr("Packs on USB sticks (at the top of the stick or in a "
                                   "folder named %1) and in the kiosk's pack folder.")
                           .replace("%1", PACK_FOLDER))
        self.empty.setText(self.tr("No packs found yet. Put the USB stick in; packs appear "
                                   "here by themselves."))
        self.rescan.setText(self.tr("Look again"))
        style_label(self.intro, metrics)
        style_label(self.empty, metrics, colour=theme.MUTED)
        self.rescan.apply_metrics(metrics, rtl)
        self._inner.setSpacing(metrics.gap)
        self._inner.setContentsMargins(metrics.gap, 0, metrics.gap, metrics.gap)
        for card in self.cards.values():
            card.retranslate(metrics, rtl)
        for folder in self.folders.values():
            folder.retranslate(metrics, rtl)


# -- history --------------------------------------------------------------------------------


class HistoryPage(QWidget):
    def __init__(self, controller: StaffController) -> None:
        super().__init__()
        self.setObjectName("HistoryPage")
        self.controller = controller
        self.now = label("historyNow")
        self.older = label("historyOlder")
        self.message = label("historyMessage")
        self.rollback = TouchButton("fa5s.undo", "secondary")
        self.rollback.setObjectName("rollback")
        self.confirm = TouchButton("fa5s.undo", "primary")
        self.confirm.setObjectName("rollbackConfirm")
        self.cancel = TouchButton(None, "quiet")
        self.cancel.setObjectName("rollbackCancel")
        content = QWidget()
        inner = QVBoxLayout(content)
        for widget in (self.now, self.older):
            inner.addWidget(widget)
        inner.addLayout(button_row(self.rollback))
        inner.addWidget(self.message)
        inner.addLayout(button_row(self.confirm, self.cancel))
        inner.addStretch(1)
        self._inner = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content))
        self.rollback.clicked.connect(lambda: self._ask(True))
        self.cancel.clicked.connect(lambda: self._ask(False))
        self.confirm.clicked.connect(self._roll_back)
        self._asking = False
        self._outcome = ""  # "", "done" or "failed": how the last rollback went
        self._refusal: list[Value] = []
        self._metrics: theme.Metrics | None = None

    def _ask(self, asking: bool) -> None:
        self._asking = asking
        self._outcome = ""
        self.refresh()

    def _roll_back(self) -> None:
        self._asking = False
        store = self.controller.store
        job = Job(lambda _progress: store.rollback(), "rollback")
        job.succeeded.connect(self._rolled_back)
        job.failed.connect(self._failed)
        self.confirm.setEnabled(False)
        job.start()

    def _rolled_back(self, _status: object) -> None:
        self._outcome = "done"
        self.controller.pack_installed(rolled_back=True)
        self.refresh()

    def _failed(self, message: list[Value]) -> None:
        self._outcome, self._refusal = "failed", message
        self.refresh()

    def refresh(self) -> None:
        status = self.controller.store.status()
        if status.active is not None:
            now = self.tr("Showing now: %1, version %2, installed %3 from %4.").replace(
                "%1", status.active.id).replace("%2", str(status.active.version)).replace(
                "%3", status.active.installed_at.replace("T", " ")[:16]).replace(
                "%4", self._source(status.active.source))
        elif status.bundled is not None:
            now = self.tr("Showing now: the pack that came with the kiosk (%1, version %2).") \
                .replace("%1", status.bundled.id).replace("%2", str(status.bundled.version))
        else:
            now = ""
        # What the patients are reading now, and whether anyone has checked it.
        notes = review.notices(self.controller.window.session.pack.review)
        self.now.setText(now + ("\n" + say_lines(notes) if notes and now else ""))
        lines = [self.tr("%1, version %2, installed %3 from %4").replace("%1", i.id)
                 .replace("%2", str(i.version)).replace("%3", i.installed_at.replace("T", " ")
                                                        [:16]).replace("%4", self._source(i.source))
                 for i in reversed(status.history)]
        if status.active is not None and status.bundled is not None:
            lines.append(self.tr("the pack that came with the kiosk (version %1)")
                         .replace("%1", str(status.bundled.version)))
        self.older.setText(self.tr("Older versions kept for going back (newest first):") + "\n"
                           + "\n".join("• " + line for line in lines) if lines else
                           self.tr("There is no older version to go back to."))
        can = status.active is not None
        self.rollback.setVisible(can and not self._asking)
        self.confirm.setVisible(can and self._asking)
        self.confirm.setEnabled(True)
        self.cancel.setVisible(can and self._asking)
        if self._asking:
            text = self.tr("Go back to the previous version? The version in use now will be "
                           "deleted from the kiosk.")
        elif self._outcome == "done":
            text = self.tr("Done. Patients will see the older version from the next start "
                           "screen, when you close this panel.")
        elif self._outcome == "failed":
            text = self.tr("Could not go back; nothing was changed.") + "\n" + \
                say_lines(self._refusal)
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self._metrics is not None:
            style_label(self.message, self._metrics,
                        colour=BAD if (self._outcome == "failed" and not self._asking) else
                        (WARN if self._asking else GOOD))

    def _source(self, source: str) -> str:
        return {"usb": self.tr("a USB stick"), "channel": self.tr("the update channel")}.get(
            source, source)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        style_label(self.now, metrics, "title", bold=True)
        style_label(self.older, metrics)
        self.rollback.setText(self.tr("Go back one version"))
        self.confirm.setText(self.tr("Yes, go back"))
        self.cancel.setText(self.tr("Cancel"))
        for button in (self.rollback, self.confirm, self.cancel):
            button.apply_metrics(metrics, rtl)
        self._inner.setSpacing(metrics.gap)
        self._inner.setContentsMargins(metrics.gap, 0, metrics.gap, metrics.gap)
        self.refresh()


# -- settings -------------------------------------------------------------------------------


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


class SettingsPage(QWidget):
    def __init__(self, controller: StaffController) -> None:
        super().__init__()
        self.setObjectName("SettingsPage")
        self.controller = controller
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
        self.lang_buttons = {code: TouchButton(None, "secondary") for code in ("en", "ur")}
        self.lang_card.body.addWidget(self.lang_title)
        self.lang_card.body.addLayout(button_row(*self.lang_buttons.values()))
        for code, button in self.lang_buttons.items():
            button.setObjectName(f"defaultLanguage_{code}")
            button.clicked.connect(lambda _=False, c=code: self._set_language(c))

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
        content = QWidget()
        inner = QVBoxLayout(content)
        for card in (self.idle_card, self.volume_card, self.lang_card, self.contrast_card,
                     self.number_card, self.pin_card, self.exit_card):
            inner.addWidget(card)
        inner.addWidget(self.saved)
        inner.addStretch(1)
        self._inner = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content))

        self.idle_less.clicked.connect(lambda: self._step_idle(-1))
        self.idle_more.clicked.connect(lambda: self._step_idle(1))
        self.volume_less.clicked.connect(lambda: self._step_volume(-1))
        self.volume_more.clicked.connect(lambda: self._step_volume(1))
        self.number_change.clicked.connect(controller.ask_for_number)
        self.pin_change.clicked.connect(controller.change_pin)
        controller.number_entry.accepted.connect(self._set_number)
        self.exit_button.clicked.connect(lambda: self._ask_exit(True))
        self.exit_cancel.clicked.connect(lambda: self._ask_exit(False))
        self.exit_confirm.clicked.connect(controller.exit_to_desktop)
        self._asking_exit = False
        self._saved_text = ""
        self._metrics: theme.Metrics | None = None
        self._rtl = False

    def _step_idle(self, step: int) -> None:
        current = self.controller.settings.idle_seconds
        if step > 0:
            bigger = [c for c in IDLE_CHOICES if c > current]
            value = bigger[0] if bigger else current
        else:
            smaller = [c for c in IDLE_CHOICES if c < current]
            value = smaller[-1] if smaller else current
        self.controller.change_settings(idle_seconds=value)
        self._saved()

    def _step_volume(self, step: int) -> None:
        current = self.controller.settings.volume
        choices = [c for c in VOLUME_CHOICES if (c > current if step > 0 else c < current)]
        if choices:
            self.controller.change_settings(volume=choices[0] if step > 0 else choices[-1])
            self._saved()

    def _set_contrast(self, high: bool) -> None:
        self.controller.change_settings(high_contrast=high)
        self._saved()

    def _set_language(self, code: str) -> None:
        self.controller.change_settings(default_language=code)
        self._saved()

    def _set_number(self, number: str) -> None:
        if self.controller.change_settings(emergency_number=number):
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
        settings = self.controller.settings
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
                button.setFont(theme.Metrics(self._metrics.unit, code).font(
                    "button", bold=code == "en", scalable=False))

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
        for code, button in self.lang_buttons.items():
            button.setText(LANGUAGE_NAMES[code])
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
        self._inner.setSpacing(metrics.gap)
        self._inner.setContentsMargins(metrics.gap, 0, metrics.gap, metrics.gap)
        self.refresh()


# -- update channel -------------------------------------------------------------------------


class UpdatesPage(QWidget):
    def __init__(self, controller: StaffController) -> None:
        super().__init__()
        self.setObjectName("UpdatesPage")
        self.controller = controller
        self.address_card = Card("addressCard")
        self.address_title = label("addressTitle")
        self.address = label("address")
        self.address_help = label("addressHelp")
        self.read = TouchButton("fa5b.usb", "secondary")
        self.read.setObjectName("addressFromUsb")
        self.clear = TouchButton("fa5s.ban", "quiet")
        self.clear.setObjectName("addressClear")
        self.address_message = label("addressMessage")
        for widget in (self.address_title, self.address, self.address_help):
            self.address_card.body.addWidget(widget)
        self.address_card.body.addLayout(button_row(self.read, self.clear))
        self.address_card.body.addWidget(self.address_message)
        self.status_card = Card("channelCard")
        self.status_title = label("channelTitle")
        self.status = label("channelStatus")
        self.check = TouchButton("fa5s.sync", "secondary")
        self.check.setObjectName("channelCheck")
        self.status_card.body.addWidget(self.status_title)
        self.status_card.body.addWidget(self.status)
        self.status_card.body.addLayout(button_row(self.check))
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.address_card)
        inner.addWidget(self.status_card)
        inner.addStretch(1)
        self._inner = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content))
        self.read.clicked.connect(self._read)
        self.clear.clicked.connect(self._clear)
        self.check.clicked.connect(controller.poller.poll)
        controller.poller.changed.connect(self.refresh)
        self._message = ""
        self._message_bad = False
        self._metrics: theme.Metrics | None = None

    def _read(self) -> None:
        address = read_address(search_folders(self.controller.settings.watch_folder))
        if address is None:
            self._say(self.tr("No file named %1 was found on a USB stick.")
                      .replace("%1", ADDRESS_FILE), True)
        elif not address.startswith(("http://", "https://")):
            self._say(self.tr("The address in the file must start with http:// or https://; "
                              "nothing was changed."), True)
        elif self.controller.change_settings(update_url=address):
            self._say(self.tr("Saved. The kiosk will look for updates at this address."), False)
            self.controller.poller.poll()

    def _clear(self) -> None:
        self.controller.change_settings(update_url="")
        self._say(self.tr("Saved. The kiosk will not look for updates."), False)

    def _say(self, text: str, bad: bool) -> None:
        self._message, self._message_bad = text, bad
        self.refresh()

    def refresh(self) -> None:
        url = self.controller.settings.update_url
        self.address.setText(latin(url) if url else
                             self.tr("Not set: this kiosk does not look for updates."))
        if self._metrics is not None:
            # A web address is Latin whatever the staff language; the "not set" sentence is not.
            style_label(self.address, theme.Metrics(self._metrics.unit, "en") if url
                        else self._metrics, "body", bold=True)
        self.clear.setVisible(bool(url))
        self.address_message.setText(self._message)
        self.address_message.setVisible(bool(self._message))
        status = self.controller.poller.status
        lines = []
        if status.busy:
            lines.append(self.tr("Checking now…"))
        if status.checked_at is not None:
            lines.append(self.tr("Last checked: %1").replace(
                "%1", status.checked_at.strftime("%Y-%m-%d %H:%M")))
        elif not status.busy:
            lines.append(self.tr("Not checked yet."))
        if status.error:
            lines.append(self.tr("Last problem: %1").replace("%1", say_lines(status.error)))
        elif status.checked_at is not None:
            lines.append(self.tr("The update server answered normally."))
        if status.waiting:
            lines.append(self.tr("Downloaded and waiting for the next start screen: %1")
                         .replace("%1", status.waiting))
        if status.installed:
            lines.append(self.tr("Last installed from the channel: %1")
                         .replace("%1", status.installed))
        self.status.setText("\n".join(lines))
        self.check.setEnabled(bool(url) and not status.busy)
        if self._metrics is not None:
            style_label(self.address_message, self._metrics,
                        colour=BAD if self._message_bad else GOOD)
            style_label(self.status, self._metrics, colour=BAD if status.error else theme.NAVY)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self.address_title.setText(self.tr("Update address"))
        self.address_help.setText(self.tr(
            "To set it, IT writes the address on the first line of a text file named %1, "
            "puts it at the top of a USB stick, and presses the button below.")
                                  .replace("%1", ADDRESS_FILE))
        self.read.setText(self.tr("Read from USB stick"))
        self.clear.setText(self.tr("Stop looking for updates"))
        self.status_title.setText(self.tr("Update channel"))
        self.check.setText(self.tr("Check now"))
        for card in (self.address_card, self.status_card):
            card.apply_metrics(metrics)
        for title in (self.address_title, self.status_title):
            style_label(title, metrics, "title", bold=True)
        style_label(self.address_help, metrics, "small", colour=theme.MUTED)
        for button in (self.read, self.clear, self.check):
            button.apply_metrics(metrics, rtl)
        self._inner.setSpacing(metrics.gap)
        self._inner.setContentsMargins(metrics.gap, 0, metrics.gap, metrics.gap)
        self.refresh()


# -- the panel ------------------------------------------------------------------------------


class StaffPanel(Backdrop):
    closed = Signal()

    def __init__(self, controller: StaffController, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("StaffPanel")
        self.controller = controller
        self.heading = label("staffHeading")
        self.language = TouchButton("fa5s.language", "secondary")
        self.language.setObjectName("staffLanguage")
        self.close_button = TouchButton("fa5s.times", "primary")
        self.close_button.setObjectName("staffClose")
        self.packs = PacksPage(controller)
        self.history = HistoryPage(controller)
        self.settings = SettingsPage(controller)
        self.updates = UpdatesPage(controller)
        self.pages = QStackedWidget()
        self.pages.setMinimumSize(1, 1)
        self.tabs: dict[QWidget, TouchButton] = {}
        # One row on a landscape screen, two on a portrait one (four words do not fit).
        tab_row = QGridLayout()
        for page, icon, name in ((self.packs, "fa5s.box-open", "tabPacks"),
                                 (self.history, "fa5s.history", "tabHistory"),
                                 (self.settings, "fa5s.sliders-h", "tabSettings"),
                                 (self.updates, "fa5s.cloud-download-alt", "tabUpdates")):
            self.pages.addWidget(page)
            button = TouchButton(icon, "secondary")
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, p=page: self.show_page(p))
            self.tabs[page] = button
        self._tab_row = tab_row
        self._tab_columns = 0
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.language)
        header.addWidget(self.close_button)
        self._header = header
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(tab_row)
        layout.addWidget(self.pages, 1)
        self.language.clicked.connect(controller.switch_language)
        self.close_button.clicked.connect(self.closed)
        self._metrics: theme.Metrics | None = None
        self._rtl = False
        self.hide()

    def open(self) -> None:
        self.cover_parent()
        self.show_page(self.packs)
        self.packs.refresh_soon()
        self.packs.timer.start()
        self.history.refresh()
        self.settings.refresh()
        self.updates.refresh()
        self.show()
        self.raise_()

    def close_panel(self) -> None:
        self.packs.timer.stop()
        self.hide()

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        if page is self.history:
            self.history.refresh()
        if self._metrics is not None:
            self._style_tabs()

    def _place_tabs(self, metrics: theme.Metrics) -> None:
        buttons = list(self.tabs.values())
        room = self.parentWidget().width() - 2 * metrics.gap
        wide = sum(b.sizeHint().width() for b in buttons) + metrics.gap * (len(buttons) - 1)
        columns = len(buttons) if wide <= room else 2
        self._tab_row.setSpacing(metrics.gap)
        if columns == self._tab_columns:
            return
        self._tab_columns = columns
        for button in buttons:
            self._tab_row.removeWidget(button)
        for index, button in enumerate(buttons):
            self._tab_row.addWidget(button, index // columns, index % columns)
        self._tab_row.setColumnStretch(columns, 1)
        for column in range(columns):
            self._tab_row.setColumnStretch(column, 0)

    def _style_tabs(self) -> None:
        assert self._metrics is not None
        for page, button in self.tabs.items():
            set_style(button, "primary" if page is self.pages.currentWidget() else "secondary",
                      self._metrics, self._rtl)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self._rtl = rtl
        self.heading.setText(self.tr("Staff panel"))
        style_label(self.heading, metrics, "title", bold=True)
        other = "ur" if metrics.language == "en" else "en"
        self.language.setText(LANGUAGE_NAMES[other])
        self.close_button.setText(self.tr("Close"))
        self.tabs[self.packs].setText(self.tr("Packs"))
        self.tabs[self.history].setText(self.tr("History"))
        self.tabs[self.settings].setText(self.tr("Settings"))
        self.tabs[self.updates].setText(self.tr("Updates"))
        self.language.apply_metrics(metrics, rtl)
        self.language.setFont(theme.Metrics(metrics.unit, other).font("button", bold=True,
                                                                      scalable=False))
        self.close_button.apply_metrics(metrics, rtl)
        self._style_tabs()
        self._place_tabs(metrics)
        layout = self.layout()
        layout.setContentsMargins(metrics.gap, metrics.gap // 2, metrics.gap, metrics.gap // 2)
        layout.setSpacing(metrics.gap)
        self._header.setSpacing(metrics.gap)
        for page in (self.packs, self.history, self.settings, self.updates):
            page.retranslate(metrics, rtl)
