"""A pack file's card on the Packs tab: what the file is, who signed it, what it would
change, and the buttons to preview and install it."""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QProgressBar

from kiosk._qt import theme
from kiosk._qt.staff.actions import StaffActions
from kiosk._qt.staff.common import (
    BAD,
    GOOD,
    WARN,
    Card,
    button_row,
    isolated,
    label,
    latin,
    say,
    say_lines,
    say_voices,
    style_label,
)
from kiosk._qt.widgets.buttons import TouchButton
from kiosk.core.kpack import Progress, disk_problem
from kiosk.core.packcheck import PackCheck, Signature
from kiosk.core.phrases import Value, render
from kiosk.core.problems import PackError
from kiosk.core.service import FileStamp, PackLive
from kiosk.core.store import PackChanged

log = logging.getLogger("kiosk.staff")

MAX_CHANGE_LINES = 12


class CardState(StrEnum):
    CHECKING = "checking"
    READY = "ready"
    CONFIRM = "confirm"  # unsigned and allowed: the warning, before "Install anyway"
    INSTALLING = "installing"
    DONE = "done"
    FAILED = "failed"  # the file cannot be read as a pack


# A check's answer: its number, the file's stamp as it began, what it found or why not,
# and whether the file changed while it was read (still being copied in).
Checked = tuple[int, FileStamp | None, PackCheck | None, list[Value], bool]


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
        # The file's stamp as the last check began to read it: a look that finds another
        # one (the copy went on, or a new copy replaced it) has the card checked again.
        self.stamp: FileStamp | None = None
        self.changing = False  # the file changed while the last check read it
        self.inspect()

    def show_file(self, path: Path) -> None:
        """Stand for another file (the next page of a stick's packs): a card is reused
        rather than built again, which costs the screen ~25 ms each."""
        self.path, self.info, self.error, self.refusal = path, None, [], []
        self.state, self.stamp = CardState.CHECKING, None
        self.inspect()

    def inspect(self, refusal: list[Value] | None = None) -> None:
        """Read the file again and compare it with the pack in use now: after an install or
        a rollback, "Installed" or "not newer" may no longer be true. ``refusal``: why an
        install was just refused, still said beside what the check finds."""
        if self.state == CardState.INSTALLING:
            return
        self.state, self.refusal = CardState.CHECKING, refusal or []
        # Only the newest check may speak: an older one finishing later (a big pack, a
        # slow stick) would put back what was true before a rollback.
        self._checks += 1
        check = self._checks
        path, service = self.path, self.service

        latest = self._latest
        latest[0] = check

        def work(_progress: object) -> Checked:
            if latest[0] != check:
                return check, None, None, [], False  # paged past, or checked again since
            # Before the read: a file that changes while it is read then differs from
            # this at the next look, and is checked again.
            stamp = FileStamp.of(path)
            problems: list[Value]
            try:
                return check, stamp, service.check(path), [], False
            except PackError as error:
                problems = [p.phrase for p in error.problems] or [str(error)]
            except OSError as error:  # a stick pulled, a full temporary folder
                problems = [disk_problem(error, path.name).phrase]
            # A file still being copied in reads as damaged: said as what it is. (One that
            # cannot be looked at now is a stick pulled, not a copy under way.)
            after = FileStamp.of(path)
            return check, stamp, None, problems, after is not None and after != stamp

        # One check at a time, in order: a stick of 200 packs must not start 200 threads
        # that starve the UI thread of Python's lock.
        job = self.staff.bridge.run(work, f"inspect {path.name}", serial=True)
        # Bound methods, not closures: Qt drops the connection if the card is gone first.
        job.succeeded.connect(self._checked)
        job.failed.connect(self._check_failed)
        self._refresh()

    def _checked(self, result: Checked) -> None:
        check, stamp, info, problems, changing = result
        if check != self._checks or self.state != CardState.CHECKING:
            return  # an older check, finishing after a newer one started: not the truth
        self.stamp = stamp
        self.changing = changing
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
        service, path, shown = self.service, self.path, self.info

        def work(progress: Progress) -> PackLive | PackChanged:
            try:
                return service.install(path, progress, shown)
            except PackChanged as changed:
                return changed  # an answer, not a failure: the card reads the file again

        job = self.staff.bridge.run(work, f"install {path.name}")
        job.progress.connect(lambda done, total: self.progress.setValue(
            100 if total <= 0 else done * 100 // total))
        job.succeeded.connect(self._installed)
        job.failed.connect(self._install_failed)
        self._refresh()

    def _installed(self, answer: PackLive | PackChanged) -> None:
        if isinstance(answer, PackChanged):
            # The service refused a file that is no longer the one shown: the card shows
            # what the file is now, so that Install installs what staff see.
            log.warning("USB install of %s refused: the file changed after its check",
                        self.path.name)
            # Out of INSTALLING (inspect waits for an install to end), the old words gone.
            self.state, self.info = CardState.READY, None
            self.inspect([p.phrase for p in answer.problems])
            return
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
            if checking:
                self.signature.setText(self.tr("Checking this pack…"))
            elif self.changing:
                self.signature.setText(self.tr(
                    "This file is still being copied (it changed while it was read). It is "
                    "checked again when the copy is done."))
            else:
                self.signature.setText(self.tr("This file cannot be read as a pack. It may be "
                                               "damaged, or the USB stick was taken out."))
            # What half a file says of itself is no help to anyone.
            self.validation.setText("" if self.changing and not checking
                                    else say_lines(self.error))
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
