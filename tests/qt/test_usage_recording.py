"""A patient's visit, driven by taps, leaves the events it should, and nothing else."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import threading

from kiosk._qt.app import Kiosk
from kiosk._qt.voice.narrator import State
from tests.qt.conftest import switch_language, tap
from tests.qt.fake_speaker import FakeSpeaker


def stored(k: Kiosk) -> list[tuple[str, str | None, str | None, int, int]]:
    assert k.service is not None and k.service.counting.recorder is not None
    assert k.service.counting.recorder.flush(60)
    from kiosk.core.usage.events import Kind

    connection = sqlite3.connect(k.service.data.usage_file)
    try:
        rows = connection.execute(
            "SELECT e.kind, p.key, e.language, e.seconds, e.percent FROM events e "
            "LEFT JOIN pages p ON p.id = e.page ORDER BY e.id").fetchall()
    finally:
        connection.close()
    return [(Kind(kind).word, page, language, seconds, percent)
            for kind, page, language, seconds, percent in rows]


def test_a_visit_is_counted_page_by_page(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.viewer.animated = False
    tap(qtbot, w.attract.buttons["ur"])
    tap(qtbot, w.home.tiles[0])
    first = w.viewer.page
    assert first is not None
    for _ in range(w.viewer.text.screen_count):
        tap(qtbot, w.viewer.next)  # every screen of the first page, on to the second
    second = w.viewer.page
    assert second is not None and second is not first
    switch_language(qtbot, w)
    tap(qtbot, w.topbar.text_size)
    tap(qtbot, w.topbar.home)
    w.reset()  # nobody answered "still reading?"
    rows = stored(kiosk)
    kinds = [row[0] for row in rows]
    assert kinds == ["visit_start", "page_view", "language_switch", "text_size",
                     "page_view", "visit_end"]
    assert rows[0][2] == "ur"
    assert rows[1][1:3] == (first.key, "ur") and rows[1][4] == 100  # read to its end
    assert rows[2][2] == "en" and rows[3][4] == 120
    assert rows[4][1] == second.key and rows[4][2] == "ur"
    assert rows[5][1] == second.key  # where this reader stopped
    # The reset's own language and size changes belong to nobody's visit.
    tap(qtbot, w.attract.buttons["en"])
    w.reset()
    assert [row[0] for row in stored(kiosk)][-2:] == ["visit_start", "visit_end"]
    today = dt.date.today()
    shown = kiosk.service.counting.figures(today - dt.timedelta(days=1), today)
    assert shown.visits == 2 and shown.start_languages == {"ur": 1, "en": 1}
    assert [p.page for p in shown.pages] == sorted([first.key, second.key])


def test_quiz_answers_and_narration_are_counted(qtbot, kiosk: Kiosk,
                                                speaker: FakeSpeaker) -> None:
    w = kiosk.window
    w.viewer.animated = False
    tap(qtbot, w.attract.buttons["en"])
    w.open_page("immune-system/defence-team")
    tap(qtbot, w.viewer.aloud.speaker)
    speaker.hear(2.0)
    speaker.hear_to_end()
    assert w.narrator.state is State.FINISHED
    w.open_page("autoimmune-disease/quiz")
    quiz = w.viewer.quiz
    right = next(b for b in quiz.choices if b.isVisible() and b.choice and b.choice.correct)
    tap(qtbot, right)
    tap(qtbot, quiz.next)
    wrong = next(b for b in quiz.choices if b.isVisible() and b.choice and
                 not b.choice.correct)
    tap(qtbot, wrong)
    w.reset()
    rows = stored(kiosk)
    listen = [row for row in rows if row[0] == "narration"]
    assert [(r[1], r[2], r[4]) for r in listen] == [("immune-system/defence-team", "en", 100)]
    answers = [(r[1], r[4]) for r in rows if r[0] == "quiz_answer"]
    assert answers == [("autoimmune-disease/quiz", 100), ("autoimmune-disease/quiz", 0)]
    quiz_view = [r for r in rows if r[0] == "page_view" and r[1] == "autoimmune-disease/quiz"]
    assert len(quiz_view) == 1 and 0 < quiz_view[0][4] < 100  # two of its questions


def test_nothing_is_counted_when_staff_turn_counting_off(qtbot, kiosk: Kiosk) -> None:
    assert kiosk.service is not None
    kiosk.service.change_settings(count_use=False)
    tap(qtbot, kiosk.window.attract.buttons["en"])
    kiosk.window.reset()
    assert stored(kiosk) == []


def test_looking_at_a_page_s_sources_is_part_of_reading_it(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.viewer.animated = False
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    tap(qtbot, w.topbar.about)
    assert w.current is w.about
    tap(qtbot, w.about.back)
    assert w.current is w.viewer
    w.reset()
    assert [row[0] for row in stored(kiosk)] == ["visit_start", "page_view", "visit_end"]


_opened_on: list[str] = []


def _audit(event: str, _args: tuple) -> None:
    if event == "sqlite3.connect" and _watching:
        _opened_on.append(threading.current_thread().name)


_watching = False
sys.addaudithook(_audit)  # hooks stay for the process: it only records while watching


def test_the_screen_s_thread_never_touches_the_database(qtbot, kiosk: Kiosk) -> None:
    global _watching
    w = kiosk.window
    w.viewer.animated = False
    _opened_on.clear()
    _watching = True
    try:
        for language in (w.attract.buttons["ur"], w.attract.buttons["en"]):
            tap(qtbot, language)
            tap(qtbot, w.home.tiles[1])
            tap(qtbot, w.viewer.next)
            switch_language(qtbot, w)
            w.reset()
        assert kiosk.service is not None and kiosk.service.counting.recorder is not None
        assert kiosk.service.counting.recorder.flush(60)
    finally:
        _watching = False
    assert _opened_on, "the writer opened the database"
    assert set(_opened_on) == {"usage-writer"}, _opened_on
