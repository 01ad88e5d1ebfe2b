"""The History tab: the pack in use, the older versions kept, and going back one."""

from __future__ import annotations

import logging
from enum import Enum

from kiosk._qt import theme
from kiosk._qt.staff.actions import StaffActions
from kiosk._qt.staff.common import (
    BAD,
    GOOD,
    WARN,
    TabPage,
    button_row,
    label,
    local_time,
    say_lines,
    style_label,
)
from kiosk._qt.widgets.buttons import TouchButton
from kiosk.core import review
from kiosk.core.phrases import Value
from kiosk.core.service import ProblemFound

log = logging.getLogger("kiosk.staff")


class Outcome(Enum):
    NONE = "none"
    DONE = "done"
    FAILED = "failed"


class HistoryPage(TabPage):
    def __init__(self, actions: StaffActions) -> None:
        super().__init__("HistoryPage")
        self.staff = actions
        self.service = actions.bridge.service
        actions.bridge.packLive.connect(lambda _live: self.refresh())
        actions.bridge.problem.connect(self._problem)
        # The last problem the service reported (told before this tab was made too).
        self._trouble: list[Value] = self._lines(self.service.problem)
        self.now = label("historyNow")
        self.older = label("historyOlder")
        self.message = label("historyMessage")
        self.trouble = label("historyTrouble")
        self.rollback = TouchButton("fa5s.undo", "secondary")
        self.rollback.setObjectName("rollback")
        self.confirm = TouchButton("fa5s.undo", "primary")
        self.confirm.setObjectName("rollbackConfirm")
        self.cancel = TouchButton(None, "quiet")
        self.cancel.setObjectName("rollbackCancel")
        self.fill(self.now, self.trouble, self.older, button_row(self.rollback), self.message,
                  button_row(self.confirm, self.cancel))
        self.rollback.clicked.connect(lambda: self._ask(True))
        self.cancel.clicked.connect(lambda: self._ask(False))
        self.confirm.clicked.connect(self._roll_back)
        self._asking = False
        self._outcome = Outcome.NONE  # how the last "go back" went
        self._refusal: list[Value] = []
        self._metrics: theme.Metrics | None = None

    def _ask(self, asking: bool) -> None:
        self._asking = asking
        self._outcome = Outcome.NONE
        self.refresh()

    def _roll_back(self) -> None:
        self._asking = False
        service = self.service
        job = self.staff.bridge.run(lambda _progress: service.go_back(), "go back")
        job.succeeded.connect(self._rolled_back)
        job.failed.connect(self._failed)
        self.confirm.setEnabled(False)

    def _rolled_back(self, _status: object) -> None:
        self._outcome = Outcome.DONE
        self.refresh()

    def _failed(self, message: list[Value]) -> None:
        self._outcome, self._refusal = Outcome.FAILED, message
        self.refresh()

    def _problem(self, found: ProblemFound) -> None:
        self._trouble = self._lines(found)
        self.refresh()

    @staticmethod
    def _lines(found: ProblemFound | None) -> list[Value]:
        return [found.what, *(p.phrase for p in found.problems)] if found is not None else []

    def refresh(self) -> None:
        status = self.service.store.status()
        if status.active is not None:
            now = self.tr("Showing now: %1, version %2, installed %3 from %4.").replace(
                "%1", status.active.id).replace("%2", str(status.active.version)).replace(
                "%3", local_time(status.active.installed_at)).replace(
                "%4", self._source(status.active.source))
        elif status.bundled is not None:
            now = self.tr("Showing now: the pack that came with the kiosk (%1, version %2).") \
                .replace("%1", status.bundled.id).replace("%2", str(status.bundled.version))
        else:
            now = ""
        # What the patients are reading now, and whether anyone has checked it.
        live = self.service.live
        notes = review.notices(live.review) + review.translation_notices(live) \
            if live is not None else []
        self.now.setText(now + ("\n" + say_lines(notes) if notes and now else ""))
        self.trouble.setText(say_lines(self._trouble))
        self.trouble.setVisible(bool(self._trouble))
        lines = [self.tr("%1, version %2, installed %3 from %4").replace("%1", i.id)
                 .replace("%2", str(i.version)).replace("%3", local_time(i.installed_at))
                 .replace("%4", self._source(i.source))
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
        elif self._outcome is Outcome.DONE:
            text = self.tr("Done. Patients will see the older version from the next start "
                           "screen, when you close this panel.")
        elif self._outcome is Outcome.FAILED:
            text = self.tr("Could not go back; nothing was changed.") + "\n" + \
                say_lines(self._refusal)
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self._metrics is not None:
            style_label(self.message, self._metrics,
                        colour=BAD if (self._outcome is Outcome.FAILED and not self._asking) else
                        (WARN if self._asking else GOOD))

    def _source(self, source: str) -> str:
        return {"usb": self.tr("a USB stick"), "channel": self.tr("the update channel")}.get(
            source, source)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        style_label(self.now, metrics, "title", bold=True)
        style_label(self.older, metrics)
        style_label(self.trouble, metrics, colour=BAD)
        self.rollback.setText(self.tr("Go back one version"))
        self.confirm.setText(self.tr("Yes, go back"))
        self.cancel.setText(self.tr("Cancel"))
        for button in (self.rollback, self.confirm, self.cancel):
            button.apply_metrics(metrics, rtl)
        self.space(metrics)
        self.refresh()
