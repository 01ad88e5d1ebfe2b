"""The quiz and the 'Self or nonself?' game, played by tapping as a patient would."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from kiosk._qt.app import Kiosk
from kiosk.core.model import PageKind
from tests.qt.conftest import tap


def open_kind(qtbot, k: Kiosk, kind: PageKind, language: str = "en") -> None:
    w = k.window
    tap(qtbot, w.attract.english if language == "en" else w.attract.urdu)
    for t, topic in enumerate(k.session.pack.topics):
        for index, page in enumerate(topic.pages):
            if page.kind is kind:
                tap(qtbot, w.home.tiles[t])
                for _ in range(index):
                    tap(qtbot, w.viewer.next)
                assert w.viewer.page is page
                return
    raise AssertionError(f"the default pack has no {kind} page")


def test_quiz_gives_kind_feedback_and_a_score(qtbot, kiosk: Kiosk) -> None:
    open_kind(qtbot, kiosk, PageKind.QUIZ)
    quiz = kiosk.window.viewer.quiz
    assert quiz.isVisible() and not kiosk.window.viewer.text.isVisible()
    questions = kiosk.window.viewer.page.questions
    assert quiz.intro.isVisible()
    for number, question in enumerate(questions):
        assert quiz.prompt.text() == question.prompt.get("en")
        assert quiz.progress.text() == f"Question {number + 1} of {len(questions)}"
        assert not quiz.next.isVisible()
        # Get the first one wrong on purpose, the rest right.
        pick = next(i for i, c in enumerate(question.choices) if c.correct != (number == 0))
        tap(qtbot, quiz.choices[pick])
        right = question.choices[pick].correct
        assert quiz.feedback.text().startswith("That's right!" if right else "Not quite.")
        assert question.explanation.get("en") in quiz.feedback.text()
        correct = next(i for i, c in enumerate(question.choices) if c.correct)
        assert quiz.choices[correct].state == "right"
        tap(qtbot, quiz.next)
    assert quiz.prompt.text() == (f"You answered {len(questions) - 1} of {len(questions)}"
                                  " correctly.")
    assert "Ask your doctor" in quiz.feedback.text()
    assert quiz.next.text() == "Try again"


def test_quiz_in_urdu_keeps_progress_across_a_language_switch(qtbot, kiosk: Kiosk) -> None:
    open_kind(qtbot, kiosk, PageKind.QUIZ, "ur")
    quiz = kiosk.window.viewer.quiz
    first = kiosk.window.viewer.page.questions[0]
    assert quiz.prompt.text() == first.prompt.get("ur")
    tap(qtbot, quiz.choices[0])
    tap(qtbot, kiosk.window.topbar.language)
    assert quiz.answered == 0
    assert quiz.prompt.text() == first.prompt.get("en")


def test_sorting_game_lets_self_pass_and_tags_germs(qtbot, kiosk: Kiosk) -> None:
    open_kind(qtbot, kiosk, PageKind.SELF_NONSELF)
    game = kiosk.window.viewer.game
    assert game.isVisible() and not kiosk.window.viewer.illustration.isVisible()
    area = game.area
    for index, cell in enumerate(game.cells):
        centre = area.centre(cell, game.seconds(), index)
        tap(qtbot, area, QPoint(round(centre.x()), round(centre.y())))
        assert cell.state == ("tagged" if cell.kind == "germ" else "passed")
    assert game.germs_left() == 0
    assert "Well done" in game.message.text()


def test_autoimmune_switch_shows_the_mistake(qtbot, kiosk: Kiosk) -> None:
    open_kind(qtbot, kiosk, PageKind.SELF_NONSELF, "ur")
    game = kiosk.window.viewer.game
    tap(qtbot, game.mode)
    assert game.autoimmune
    own = next(i for i, c in enumerate(game.cells) if c.kind == "self")
    centre = game.area.centre(game.cells[own], game.seconds(), own)
    tap(qtbot, game.area, QPoint(round(centre.x()), round(centre.y())))
    assert game.cells[own].state == "mistake"
    assert "آٹو امیون" in game.message.text()
    kiosk.window.reset()
    assert not game.autoimmune and all(c.state == "waiting" for c in game.cells)
