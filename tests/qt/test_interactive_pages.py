"""Interactive pages in the running kiosk (more in test_quiz.py and test_sorting_game.py)."""

from __future__ import annotations

from kiosk._qt.app import Kiosk
from kiosk.core.model import PageKind
from tests.qt.conftest import switch_language, tap, words_of


def open_kind(qtbot, k: Kiosk, kind: PageKind, language: str = "en") -> None:
    w = k.window
    tap(qtbot, w.attract.buttons["en"] if language == "en" else w.attract.buttons["ur"])
    for t, topic in enumerate(k.session.pack.topics):
        for index, page in enumerate(topic.pages):
            if page.kind is kind:
                tap(qtbot, w.home.tiles[t])
                for _ in range(index):
                    tap(qtbot, w.viewer.next)
                assert w.viewer.page is page
                return
    raise AssertionError(f"the default pack has no {kind} page")


def test_quiz_in_urdu_keeps_progress_across_a_language_switch(qtbot, kiosk: Kiosk) -> None:
    open_kind(qtbot, kiosk, PageKind.QUIZ, "ur")
    quiz = kiosk.window.viewer.quiz
    first = kiosk.window.viewer.page.questions[0]
    assert words_of(quiz.prompt) == first.prompt.get("ur")
    tap(qtbot, quiz.choices[0])
    chosen = quiz.choices[0].choice
    switch_language(qtbot, kiosk.window)
    assert quiz.answered == 0 and quiz.choices[0].choice is chosen  # same order
    assert words_of(quiz.prompt) == first.prompt.get("en")
