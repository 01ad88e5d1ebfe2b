"""The Use tab: how the kiosk has been used over the last days, and saving it as CSV.

Everything comes from the daily totals (kiosk.core.usage.figures), read on a worker
thread; the tab only lays the figures out, in the staff member's language.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.staff import usb
from kiosk._qt.staff.actions import StaffActions
from kiosk._qt.staff.common import (
    BAD,
    GOOD,
    ButtonRows,
    TabPage,
    button_row,
    isolated,
    label,
    latin,
    say_lines,
    set_style,
    style_label,
)
from kiosk._qt.staff.usage_charts import WEEKLY_OVER, Bar, DayColumns
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core.languages import name_of as language_name
from kiosk.core.phrases import Value, translate
from kiosk.core.usage.counting import UsageChecked
from kiosk.core.usage.export import csv_name
from kiosk.core.usage.figures import Figures, PageUse

log = logging.getLogger("kiosk.staff")

RANGES = (7, 30, 90, 365)  # days back from today, today included
LISTED = 5  # pages in each ranked list


def duration(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


class _Lists(QWidget):
    """The ranked lists: as tall as their lines at the width they are given.

    A column of wrapping lines would otherwise ask, as its minimum, for the height they
    take at their narrowest, and the page would scroll on into a screen of nothing."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class UsagePage(TabPage):
    read = Signal()  # the figures asked for are on the tab (or why they are not)
    saved = Signal(bool)  # a save to the USB stick ended: whether it worked

    def __init__(self, actions: StaffActions) -> None:
        super().__init__("UsagePage")
        self.staff = actions
        self.service = actions.bridge.service
        actions.bridge.usageChecked.connect(self._usage_checked)
        self.days = 30
        self._asked = 0  # figures asked for so far; an answer to an older ask is dropped
        self.figures: Figures | None = None
        self._empty = False
        # The writer's: a damaged file, a full disk (told before this tab was made too).
        self._trouble: Value | None = self.service.counting.trouble
        self._read_problem: Value | None = None  # why the figures asked for last are missing
        self._saved: list[Value] = []
        self._saved_ok = True
        self._metrics: theme.Metrics | None = None
        self._rtl = False
        self.range_buttons: dict[int, TouchButton] = {}
        for days in RANGES:
            button = TouchButton(None, "secondary")
            button.setObjectName(f"usageRange{days}")
            button.clicked.connect(lambda _=False, d=days: self.choose_range(d))
            self.range_buttons[days] = button
        self.trouble = label("usageTrouble")
        self.summary = label("usageSummary")
        self.chart_title = label("usageChartTitle")
        self.chart = DayColumns()
        self.chart_dates = label("usageChartDates")
        # Any earlier period of the same length, one tap at a time: a touch screen's way
        # to choose dates without a keyboard or a calendar to fumble.
        self.earlier = TouchButton("fa5s.chevron-left", "secondary")
        self.earlier.setObjectName("usageEarlier")
        self.later = TouchButton("fa5s.chevron-right", "secondary")
        self.later.setObjectName("usageLater")
        self.later.put_icon_after()
        self.earlier.clicked.connect(lambda: self.shift_period(1))
        self.later.clicked.connect(lambda: self.shift_period(-1))
        self.back_by = 0  # how many of the chosen periods before today's
        self.lists = _Lists()
        self.lists.setObjectName("usageLists")
        self._lists = QVBoxLayout(self.lists)
        self._lists.setContentsMargins(0, 0, 0, 0)
        self.export = TouchButton("fa5s.file-export", "secondary")
        self.export.setObjectName("usageExport")
        self.export.clicked.connect(self.save_to_stick)
        self.export_message = label("usageExportMessage")
        self.counting_title = label("usageCountingTitle")
        self.counting = {on: TouchButton(None, "secondary") for on in (True, False)}
        for on, button in self.counting.items():
            button.setObjectName("usageCountingOn" if on else "usageCountingOff")
            button.clicked.connect(lambda _=False, o=on: self._count(o))
        actions.bridge.settingsChanged.connect(lambda _event: self._show())
        self._ranges = ButtonRows(self.range_buttons.values())
        self.fill(self._ranges, button_row(self.earlier, self.later), self.chart_dates,
                  self.trouble, self.summary, self.chart_title, self.chart, self.lists,
                  button_row(self.export), self.export_message, self.counting_title,
                  button_row(*self.counting.values()))

    # -- the figures -------------------------------------------------------------------

    def span(self) -> tuple[dt.date, dt.date]:
        last = dt.date.today() - dt.timedelta(days=self.days * self.back_by)
        return last - dt.timedelta(days=self.days - 1), last

    def choose_range(self, days: int) -> None:
        self.days = days
        self.back_by = 0
        self.refresh()

    def shift_period(self, periods: int) -> None:
        """``periods`` of the chosen length back (or forward, if negative), never past today."""
        self.back_by = max(0, self.back_by + periods)
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again, off the screen's thread."""
        first, last = self.span()
        service = self.service

        def read(_progress: object) -> Figures | None:
            try:
                return service.counting.figures(first, last)
            except FileNotFoundError:
                return None  # nothing counted yet: a new kiosk

        # Only the newest answer is shown: a tap on "365 days" while "30 days" is still
        # being read must not end with the 30 days' figures under the 365 button.
        self._asked += 1
        asked = self._asked
        job = self.staff.bridge.run(read, "read usage figures")
        job.succeeded.connect(lambda shown: self._read(shown) if asked == self._asked
                              else None)
        job.failed.connect(lambda message: self._failed(message) if asked == self._asked
                           else None)
        if self._metrics is not None:
            self._style_ranges()

    def _read(self, figures: Figures | None) -> None:
        self.figures, self._empty = figures, figures is None
        self._read_problem = None
        self._show()
        self.read.emit()

    def _failed(self, message: list[Value]) -> None:
        self.figures, self._empty = None, False
        self._read_problem = message[0] if message else None
        self._show()
        self.read.emit()

    def _usage_checked(self, checked: UsageChecked) -> None:
        self._trouble = checked.trouble
        self._show()

    def page_title(self, key: str) -> str:
        live = self.service.live
        page = live.page(key) if live is not None else None
        language = self._metrics.language if self._metrics is not None else "en"
        if page is None:
            return key  # a page of an older pack
        topic = live.topic(page.topic_id) if live is not None else None
        title = page.title.get(language)
        return f"{topic.title.get(language)}: {title}" if topic is not None else title

    def _show(self) -> None:
        if self._metrics is None:
            return
        first, last = self.span()
        self.chart_dates.setText(self.tr("From %1 to %2").replace(
            "%1", latin(first.isoformat())).replace("%2", latin(last.isoformat())))
        self.later.setEnabled(self.back_by > 0)
        for on, button in self.counting.items():
            set_style(button, "primary" if on == self.service.settings.count_use else
                      "secondary", self._metrics, self._rtl)
        troubles = [t for t in (self._trouble, self._read_problem) if t is not None]
        if self.figures is not None and self.figures.ahead_until is not None:
            troubles.append(translate(
                "Usage", "Visits dated after today (up to {date}): {count}. This kiosk's "
                         "clock ran ahead while they were counted: check the computer's "
                         "clock. Those visits keep the dates it gave them.").fill(
                count=self.figures.ahead, date=self.figures.ahead_until.isoformat()))
        self.trouble.setText(say_lines(troubles))
        self.trouble.setVisible(bool(troubles))
        f = self.figures
        if not self.service.settings.count_use:
            note = self.tr("Counting is turned off (below): nothing new is counted.")
        else:
            note = ""
        if f is None or (not f.visits and not f.pages):
            self.summary.setText("\n".join(filter(None, [note, self.tr(
                "No visits were counted in these days. Figures appear here once patients "
                "have used the kiosk.") if self._empty or f is not None else ""])))
            hidden: tuple[QWidget, ...] = (self.chart_title, self.chart, self.lists)
            for widget in hidden:
                widget.hide()
            self.export.setVisible(False)
            return
        self.summary.setText("\n".join(filter(None, [note, *self._summary_lines(f)])))
        self.chart_title.setText(self.tr("Visits a day") if len(f.visits_by_day) <= WEEKLY_OVER
                                 else self.tr("Visits a week"))
        self.chart.show_days(f.visits_by_day)
        self._fill_lists(f)
        shown: tuple[QWidget, ...] = (self.chart_title, self.chart, self.lists, self.export)
        for widget in shown:
            widget.show()

    def _summary_lines(self, f: Figures) -> list[str]:
        lines = [self.tr("%n visits", "", f.visits)]
        if f.median_visit_s is not None:
            lines.append(self.tr("Half of the visits lasted %1 (minutes:seconds) or less.")
                         .replace("%1", duration(f.median_visit_s)))
        if f.visits:
            # Each language's name kept in its own direction inside the other's sentence.
            comma = "، " if self._rtl else ", "
            share = comma.join(
                f"{isolated(language_name(lang))} {round(100 * n / f.visits)}%"
                for lang, n in sorted(f.start_languages.items(), key=lambda kv: -kv[1]))
            lines.append(self.tr("Language chosen at the start: %1. Switched %n times.", "",
                                 f.switches).replace("%1", share))
            lines.append(self.tr("Listened to a page read aloud in %1 of %n visits.", "",
                                 f.visits).replace("%1", str(f.listened_visits)))
            lines.append(self.tr("Pages were read aloud %n times in all.", "", f.listens))
        if f.quiz_answers:
            lines.append(self.tr("Quiz answers: %1 of %2 right.")
                         .replace("%1", str(f.quiz_right)).replace("%2", str(f.quiz_answers)))
        bigger = sum(n for size, n in f.text_sizes.items() if size > 100)
        lines.append(self.tr("Larger text chosen %n times.", "", bigger))
        lines.append(self.tr("The emergency page opened %n times.", "", f.emergency))
        return lines

    def _fill_lists(self, f: Figures) -> None:
        while self._lists.count():
            item = self._lists.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted at the next turn
                widget.deleteLater()
        read_most = f.pages[:LISTED]
        # Pages of the pack in use that nobody opened are the least read of all.
        live = self.service.live
        seen = {use.page for use in f.pages}
        unread = [PageUse(page.key, 0, 0, 0) for page in (live.pages() if live else [])
                  if page.key not in seen]
        read_least = [p for p in [*unread, *reversed(f.pages)] if p not in read_most][:LISTED]
        most = read_most[0].views if read_most else 1
        self._heading(self.tr("Read most"))
        for use in read_most:
            self._row(self.tr("%1: read %n times, %2% of them to the end", "", use.views)
                      .replace("%1", self.page_title(use.page)).replace(
                          "%2", str(round(100 * use.read_to_end / use.views))),
                      use.views / most)
        if read_least:
            self._heading(self.tr("Read least"))
            for use in read_least:
                self._row(self.tr("%1: read %n times", "", use.views).replace(
                    "%1", self.page_title(use.page)), use.views / most)
        stops = f.stops[:LISTED]
        if stops:
            self._heading(self.tr("Where visits ended (the last page read)"))
            ended = max(n for _page, n in stops) or 1
            for page, count in stops:
                where = self.page_title(page) if page else self.tr("No page: only the topics")
                self._row(self.tr("%1: %n visits", "", count).replace("%1", where),
                          count / ended)

    def _heading(self, text: str) -> None:
        assert self._metrics is not None
        heading = label("usageListHeading")
        heading.setText(text)
        style_label(heading, self._metrics, "title", bold=True)
        self._lists.addWidget(heading)

    def _row(self, text: str, share: float) -> None:
        assert self._metrics is not None
        line: WrapLabel = label("usageRow")
        line.setText(text)
        style_label(line, self._metrics)
        bar = Bar(share)
        bar.apply_metrics(self._metrics)
        self._lists.addWidget(line)
        self._lists.addWidget(bar)

    def _count(self, on: bool) -> None:
        self.staff.change_settings(count_use=on)

    # -- saving to a stick -------------------------------------------------------------

    def save_to_stick(self) -> None:
        sticks = usb.removable_volumes()
        if not sticks:
            self._say_saved([self.tr("Put a USB stick in the kiosk first, then try again.")],
                            ok=False)
            return
        first, last = self.span()
        out = sticks[0].root / csv_name(self.service.settings.kiosk_name, first, last)
        service = self.service
        job = self.staff.bridge.run(lambda _p: service.counting.export(out, first, last),
                                    "save usage figures")
        job.succeeded.connect(lambda rows: self._say_saved([
            self.tr("Saved %1 events to %2 on the USB stick.").replace("%1", str(rows))
            .replace("%2", latin(out.name))], ok=True))
        job.failed.connect(lambda message: self._say_saved(
            [self.tr("Could not save the figures; nothing on the kiosk was changed."),
             *message], ok=False))
        self.export.setEnabled(False)

    def _say_saved(self, lines: list[Value], ok: bool) -> None:
        self._saved, self._saved_ok = lines, ok
        self.export.setEnabled(True)
        self.export_message.setText(say_lines(lines))
        if self._metrics is not None:
            style_label(self.export_message, self._metrics, colour=GOOD if ok else BAD)
        self.saved.emit(ok)

    # -- looks -------------------------------------------------------------------------

    def _place_ranges(self) -> None:
        """All four in a row where they fit, else in two rows (a portrait screen)."""
        assert self._metrics is not None
        self._ranges.place(self.width() - 2 * self._metrics.gap, self._metrics.gap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._metrics is not None:
            self._place_ranges()

    def _style_ranges(self) -> None:
        assert self._metrics is not None
        for days, button in self.range_buttons.items():
            set_style(button, "primary" if days == self.days else "secondary",
                      self._metrics, self._rtl)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics, self._rtl = metrics, rtl
        for days, button in self.range_buttons.items():
            button.setText(self.tr("Last %1 days").replace("%1", str(days)))
        self._style_ranges()
        self._place_ranges()
        self.export.setText(self.tr("Save as CSV on the USB stick"))
        self.earlier.setText(self.tr("Earlier"))
        self.later.setText(self.tr("Later"))
        for button in (self.earlier, self.later):
            button.apply_metrics(metrics, rtl)
        self.counting_title.setText(self.tr(
            "Count how patients use the kiosk: which pages, how long, in which language. "
            "Nothing about who they are is kept."))
        self.counting[True].setText(self.tr("Count"))
        self.counting[False].setText(self.tr("Do not count"))
        style_label(self.counting_title, metrics)
        self.export.apply_metrics(metrics, rtl)
        for widget in (self.summary, self.chart_dates, self.export_message):
            style_label(widget, metrics)
        style_label(self.trouble, metrics, bold=True, colour=BAD)
        style_label(self.chart_title, metrics, "title", bold=True)
        self.chart.apply_metrics(metrics)
        self.export_message.setText(say_lines(self._saved))
        style_label(self.export_message, metrics, colour=GOOD if self._saved_ok else BAD)
        self.space(metrics)
        self._show()
