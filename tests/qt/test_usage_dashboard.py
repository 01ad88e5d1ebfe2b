"""The staff panel's Use tab: the figures of the visits patients made, and the CSV."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk._qt.app import Kiosk
from kiosk._qt.staff.panel import StaffPanel
from kiosk._qt.staff.usage_tab import UsagePage
from kiosk.core.usage.export import COLUMNS
from tests.qt.conftest import tap
from tests.qt.test_staff import staff, start, unlock, usb_stick  # noqa: F401 (fixtures)

URDU_LETTER = "\u0600-\u06ff"


def visit(qtbot, k: Kiosk, language: str, pages: int) -> None:
    w = k.window
    w.viewer.animated = False
    tap(qtbot, w.attract.buttons["ur"] if language == "ur" else w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    for _ in range(pages - 1):
        w.viewer.go_next()
    w.reset()


def open_use(qtbot, k: Kiosk) -> UsagePage:
    unlock(qtbot, k)
    panel = staff(k).panel
    with qtbot.waitSignal(panel.usage.read, timeout=30000):
        tap(qtbot, panel.tabs[panel.usage])
    return panel.usage


def test_the_use_tab_shows_the_visits_made(qtbot, start: Callable[..., Kiosk]) -> None:  # noqa: F811
    k = start()
    visit(qtbot, k, "ur", 3)
    visit(qtbot, k, "en", 1)
    visit(qtbot, k, "ur", 1)
    page = open_use(qtbot, k)
    assert page.figures is not None and page.figures.visits == 3
    summary = page.summary.text()
    assert summary.startswith("3 visits")
    assert "\u2068اردو\u2069 67%" in summary and "\u2068English\u2069 33%" in summary
    rows = [w.text() for w in page.lists.findChildren(type(page.summary), "usageRow")]
    first = k.session.pack.topics[0]
    top = f"{first.title.get('en')}: {first.pages[0].title.get('en')}: read 3 times"
    assert any(row.startswith(top) for row in rows), rows
    assert page.chart.isVisible() and sum(n for _d, n, _days in page.chart.columns) == 3
    # A year shows as weeks: columns a finger apart, the same visits in them.
    before = dt.date.today()  # a run across midnight may see either day as today
    with qtbot.waitSignal(page.read, timeout=30000):
        tap(qtbot, page.range_buttons[365])
    assert page.chart_title.text() == "Visits a week"
    columns = page.chart.columns
    assert len(columns) == 53 and sum(n for _d, n, _days in columns) == 3
    assert [days for _d, _n, days in columns] == [1] + [7] * 52  # the newest week whole
    assert columns[-1][0] in {day - dt.timedelta(days=6) for day in (before, dt.date.today())}
    least = [w.text() for w in page.lists.findChildren(type(page.summary), "usageRow")
             if ": read 0 times" in w.text()]
    assert least, "pages nobody opened are the least read"


def test_the_use_tab_reads_in_urdu(qtbot, start: Callable[..., Kiosk]) -> None:  # noqa: F811
    k = start()
    visit(qtbot, k, "ur", 2)
    page = open_use(qtbot, k)
    panel = staff(k).panel
    tap(qtbot, panel.language)

    for widget in (page.summary, page.chart_title, page.export):
        assert re.search(f"[{URDU_LETTER}]", widget.text()), widget.text()
    rows = [w.text() for w in page.lists.findChildren(type(page.summary), "usageRow")]
    first = k.session.pack.topics[0].pages[0].title.get("ur")
    assert any(first in row for row in rows)


def test_a_new_kiosk_says_nothing_was_counted_yet(qtbot, start: Callable[..., Kiosk]) -> None:  # noqa: F811
    k = start()
    page = open_use(qtbot, k)
    assert "No visits were counted in these days" in page.summary.text()
    assert not page.chart.isVisible() and not page.export.isVisible()


def test_the_figures_are_saved_as_csv_on_the_stick(qtbot, start: Callable[..., Kiosk],  # noqa: F811
                                                  usb_stick: Path) -> None:  # noqa: F811
    k = start(kiosk_name="Lobby 1")
    visit(qtbot, k, "ur", 2)
    page = open_use(qtbot, k)
    with qtbot.waitSignal(page.saved, timeout=30000) as saved:
        tap(qtbot, page.export)
    assert saved.args == [True]
    files = list(usb_stick.glob("kiosk-use-Lobby-1-*.csv"))
    assert len(files) == 1 and files[0].name in page.export_message.text()
    rows = list(csv.DictReader(files[0].open(encoding="utf-8-sig")))
    assert tuple(rows[0]) == COLUMNS
    assert [r["event"] for r in rows] == ["visit_start", "page_view", "page_view", "visit_end"]
    assert {r["kiosk"] for r in rows} == {"Lobby 1"}


def test_without_a_stick_staff_are_told_to_put_one_in(qtbot, start: Callable[..., Kiosk],  # noqa: F811
                                                     monkeypatch) -> None:
    from kiosk._qt.staff import usb

    monkeypatch.setattr(usb, "removable_volumes", lambda: [])
    k = start()
    visit(qtbot, k, "en", 1)
    page = open_use(qtbot, k)
    with qtbot.waitSignal(page.saved) as saved:
        tap(qtbot, page.export)
    assert saved.args == [False]
    assert "Put a USB stick in" in page.export_message.text()


@pytest.mark.allow_logged_errors
def test_a_damaged_statistics_file_is_said_and_patients_carry_on(
        qtbot, start: Callable[..., Kiosk], tmp_path: Path) -> None:  # noqa: F811
    usage = tmp_path / "data" / "usage"
    usage.mkdir(parents=True)
    (usage / "usage.sqlite").write_bytes(b"garbage left by a power cut " * 200)
    k = start()
    assert k.service is not None and k.service.counting.recorder is not None
    k.service.counting.recorder.flush(60)  # the writer has found the damage
    # Its word was sent before any staff screen was made (they are made at the PIN pad):
    # delivered now, with no panel to hear it, the panel made later says it all the same.
    QCoreApplication.sendPostedEvents()
    assert k.window.findChild(StaffPanel) is None
    visit(qtbot, k, "ur", 2)  # the kiosk went on as before
    page = open_use(qtbot, k)
    trouble = staff(k).panel.disk
    assert trouble.isVisible() and "usage statistics file was damaged" in trouble.text()
    assert page.trouble.isVisible() and page.figures is not None and page.figures.visits == 1
    assert len(list(usage.glob("usage.sqlite.damaged-*"))) == 1


def test_visits_counted_under_a_clock_set_ahead_are_pointed_out(
        qtbot, start: Callable[..., Kiosk], tmp_path: Path) -> None:  # noqa: F811
    """A clock set years ahead stamps visits with its dates, and they are kept (a wrong
    clock drops no figures): staff are told, and told to check the clock."""
    from kiosk.core.usage.events import Event, Kind
    from kiosk.core.usage.recorder import UsageRecorder

    ahead = dt.date(2045, 3, 1)
    usage = tmp_path / "data" / "usage"
    usage.mkdir(parents=True)
    noon = dt.datetime.combine(ahead, dt.time(12)).timestamp()
    recorder = UsageRecorder(usage / "usage.sqlite", every=3600, today=lambda: ahead).start()
    for n in (1, 2):
        recorder.add(Event(n, noon + n * 60, Kind.VISIT, language="ur"))
        recorder.add(Event(n, noon + n * 60 + 30, Kind.END, "", "", 30))
    recorder.close()
    k = start()
    visit(qtbot, k, "ur", 1)  # today's, by the clock put right
    page = open_use(qtbot, k)
    assert page.figures is not None and page.figures.visits == 1
    assert page.trouble.isVisible()
    assert "Visits dated after today (up to 2045-03-01): 2." in page.trouble.text()
    assert "check the computer's clock" in page.trouble.text()


def test_only_the_range_asked_for_last_is_shown(qtbot, start: Callable[..., Kiosk]) -> None:  # noqa: F811
    k = start()
    visit(qtbot, k, "en", 1)
    page = open_use(qtbot, k)
    answers: list[int] = []
    page.read.connect(lambda: answers.append(len(page.figures.visits_by_day)))
    with qtbot.waitSignal(page.read, timeout=30000):
        page.choose_range(7)
        page.choose_range(365)  # a second tap before the first answer came
    assert answers == [365] and page.days == 365
    # The first answer, when it comes, is dropped: nothing but the 365 days is shown.
    with qtbot.waitSignal(page.read, timeout=30000):
        page.choose_range(365)
    assert answers == [365, 365]


def test_earlier_periods_are_a_tap_away(qtbot, start: Callable[..., Kiosk]) -> None:  # noqa: F811
    k = start()
    visit(qtbot, k, "en", 1)  # today
    page = open_use(qtbot, k)
    with qtbot.waitSignal(page.read, timeout=30000):
        tap(qtbot, page.range_buttons[7])
    assert not page.later.isEnabled()
    before = dt.date.today()  # a run across midnight may see either day as today
    with qtbot.waitSignal(page.read, timeout=30000):
        tap(qtbot, page.earlier)
    week_before = page.span()
    assert week_before in {(day - dt.timedelta(days=13), day - dt.timedelta(days=7))
                           for day in (before, dt.date.today())}
    assert page.later.isEnabled()
    assert week_before[0].isoformat() in page.chart_dates.text()
    assert "No visits were counted" in page.summary.text()  # today's is not in it
    with qtbot.waitSignal(page.read, timeout=30000):
        tap(qtbot, page.later)
    assert page.figures is not None and page.figures.visits == 1
    assert not page.later.isEnabled()


def test_one_visit_reads_as_one(qtbot, start: Callable[..., Kiosk]) -> None:  # noqa: F811
    """Not "1 visits" or "read 1 times": English counts come from its file of plurals."""
    k = start()
    visit(qtbot, k, "en", 1)
    page = open_use(qtbot, k)
    lines = page.summary.text().splitlines()
    assert lines[0] == "1 visit"
    assert "Language chosen at the start: \u2068English\u2069 100%. Switched 0 times." in lines
    assert "Listened to a page read aloud in 0 of 1 visit." in lines
    rows = [w.text() for w in page.lists.findChildren(type(page.summary), "usageRow")]
    first = k.session.pack.topics[0]
    assert f"{first.title.get('en')}: {first.pages[0].title.get('en')}: read 1 time, " \
           "100% of them to the end" in rows or any(
               row.endswith(": 1 visit") for row in rows), rows
