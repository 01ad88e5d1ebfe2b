"""'Self or nonself?', played as a patient would: sorting cells, right and wrong, in
English and Urdu, on landscape and portrait kiosks and in the smallest box a page gives it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk._qt import theme
from kiosk._qt.app import Kiosk
from kiosk._qt.i18n import Translations
from kiosk._qt.settle import run_posted_events
from kiosk._qt.widgets.sorting_game import (
    CELLS_LEAST,
    CELLS_SMALLEST,
    MIX,
    SHOULD_ATTACK,
    SortingGame,
)
from kiosk.core.model import PageKind
from tests.qt.conftest import tap

# What each explanation must teach, in English: (kind, sorted right?) -> words in it.
TEACHES = {
    ("healthy", True): ("Right!", "self marker", "left alone"),
    ("healthy", False): ("Look again", "healthy cell of yours", "left alone"),
    ("germ", True): ("Right!", "germ", "Antibodies from B cells"),
    ("germ", False): ("Look closely", "germ", "B cells make antibodies"),
    ("infected", True): ("Right!", "virus", "T cell attacks"),
    ("infected", False): ("Look closely", "virus inside", "T cell attacks"),
}
_LATIN = re.compile(r"[A-Za-z]{2,}")
_URDU = re.compile(r"[\u0600-\u06FF]")


def open_game(qtbot, k: Kiosk, language: str = "en", text_taps: int = 0) -> SortingGame:
    """Reach the game as a patient does: the topic's tile, then Next (``text_taps``: how
    many times the patient asks for larger text first)."""
    w = k.window
    w.set_animated(False)  # no page-turn slide still moving the page when we measure it
    tap(qtbot, w.attract.buttons["en"] if language == "en" else w.attract.buttons["ur"])
    for _ in range(text_taps):
        tap(qtbot, w.topbar.text_size)
    for t, topic in enumerate(k.session.pack.topics):
        for index, page in enumerate(topic.pages):
            if page.kind is PageKind.SELF_NONSELF:
                tap(qtbot, w.home.tiles[t])
                for _ in range(index * 4):  # at larger text a page may take screens
                    if w.viewer.page is page:
                        break
                    if w.viewer._prefetch.isActive():  # the patient reads: the pages
                        with qtbot.waitSignal(w.viewer._prefetch.timeout):  # beside
                            pass  # this one are got ready, the game among them
                    tap(qtbot, w.viewer.next)
                assert w.viewer.page is page
                game = w.viewer.game
                assert game.isVisible() and not w.viewer.illustration.isVisible()
                return game
    raise AssertionError("the default pack has no self-nonself page")


settle = run_posted_events  # a resize's relayout and the kiosk's zero-time retranslate


def sort(qtbot, game: SortingGame, right: bool) -> tuple[str, bool]:
    """Tap Leave or Attack so that the sort is right or wrong; the game's verdict."""
    attack = SHOULD_ATTACK[game.kind] == right
    with qtbot.waitSignal(game.answered) as verdict:
        tap(qtbot, game.attack if attack else game.leave)
    kind, was_right = verdict.args
    return kind, was_right


def fit_problems(game: SortingGame, root: QWidget, metrics: theme.Metrics) -> list[str]:
    """Everything the patient needs is on screen, whole, and apart from everything else."""
    found = []
    where = game.stage

    def rect(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())

    box = rect(game)
    if not root.rect().contains(box):
        found.append(f"{where}: the game {box} leaves the window {root.rect()}")
    shown = [b for b in game.buttons if b.isVisibleTo(root)]
    if not shown:
        found.append(f"{where}: no button to go on with")
    parts = [game.area, game.message, *shown]
    for part in parts:
        name = part.objectName() or type(part).__name__
        if not part.isVisible() or part.width() <= 0 or part.height() <= 0:
            found.append(f"{where}: {name} is not shown")
        if not box.contains(rect(part)):
            found.append(f"{where}: {name} {rect(part)} leaves the game's box {box}")
    for i, a in enumerate(parts):
        for b in parts[i + 1:]:
            if rect(a).intersects(rect(b)):
                found.append(f"{where}: {a.objectName()} and {b.objectName()} overlap")
    # Its answers are tapped in a hurry: a whole gap between them, and between them and
    # the page's own buttons below (half a gap, 4 px at 1366x768, invited the wrong one).
    apart = metrics.gap - 1
    for a, b in itertools.pairwise(shown):
        if rect(a).adjusted(-apart, -apart, apart, apart).intersects(rect(b)):
            found.append(f"{where}: {a.objectName()} and {b.objectName()} are under a gap apart")
    if shown and box.bottom() - max(rect(b).bottom() for b in shown) < metrics.gap:
        found.append(f"{where}: the game's buttons are under a gap from what is below it")
    message = game.message
    if message.heightForWidth(message.width()) > message.height():
        found.append(f"{where}: the message needs {message.heightForWidth(message.width())}px,"
                     f" has {message.height()}: {message.text()[:40]!r}")
    for button in shown:
        if button.height() != metrics.target:
            found.append(f"{where}: {button.objectName()} is {button.height()}px high")
        if button.width() < button.sizeHint().width() - 1:
            found.append(f"{where}: {button.objectName()} clips its words")
    if message.height() > message.minimumHeight():
        # Its room is kept for the tallest message; more than that is the picture's.
        found.append(f"{where}: the message takes {message.height()}px, its tallest text "
                     f"{message.minimumHeight()}px: the picture is left {game.area.height()}")
    if game.area.height() < game.area.minimumHeight():
        found.append(f"{where}: the picture is squeezed to {game.area.height()}px")
    game.grab()  # every state paints (an exception in paintEvent fails the test)
    return found


def play_perfectly(qtbot, game: SortingGame, check=lambda: None) -> None:
    """Every cell sorted right: the round ends in the longer praise."""
    check()
    while game.stage == "ask":
        sort(qtbot, game, right=True)
        check()
        tap(qtbot, game.next)
        check()


def play_a_round(qtbot, game: SortingGame, check=lambda: None) -> None:
    """Each kind sorted wrong the first time it comes and right after: 3 mistakes in 8."""
    seen: set[str] = set()
    check()
    while game.stage == "ask":
        kind = game.kind
        sort(qtbot, game, right=kind in seen)
        seen.add(kind)
        check()
        tap(qtbot, game.next)
        check()


# -- playing -----------------------------------------------------------------------------

def test_each_kind_sorted_right_and_wrong_teaches_and_the_score_counts_mistakes(
        qtbot, kiosk: Kiosk) -> None:
    game = open_game(qtbot, kiosk)
    assert game.message.text() == "Is this cell safe, or a danger? Look at its markers."
    assert game.leave.text() == "Leave it" and game.attack.text() == "Attack it"
    seen: set[str] = set()
    told = []
    for number in range(len(MIX)):
        assert game.leave.isVisible() and game.attack.isVisible() and not game.next.isVisible()
        kind = game.kind
        right = kind in seen  # wrong the first time each kind comes, right after
        seen.add(kind)
        assert sort(qtbot, game, right) == (kind, right)
        for words in TEACHES[(kind, right)]:
            assert words in game.message.text(), (kind, right, game.message.text())
        told.append((kind, right))
        assert not game.leave.isVisible() and not game.attack.isVisible()
        last = number + 1 == len(MIX)
        assert game.next.text() == ("See my score" if last else "Next cell")
        if last:
            with qtbot.waitSignal(game.finished) as finished:
                tap(qtbot, game.next)
            assert finished.args == [5, 8]
        else:
            tap(qtbot, game.next)
    assert set(told) == set(TEACHES), "every kind was sorted both right and wrong"
    assert game.message.text().startswith("You sorted 5 of 8 correctly.")
    assert "Good try" in game.message.text()
    assert game.again.isVisible() and game.again.text() == "Play again"
    assert game.why.isVisible() and not game.leave.isVisible()


def test_a_perfect_round_is_praised_and_play_again_reshuffles(qtbot, kiosk: Kiosk) -> None:
    game = open_game(qtbot, kiosk)
    orders = [list(game.order)]
    for _ in range(3):
        assert Counter(game.order) == Counter(MIX)  # 3 healthy, 3 germs, 2 infected
        while game.stage == "ask":
            assert sort(qtbot, game, right=True)[1]
            tap(qtbot, game.next)
        assert game.message.text().startswith("You sorted 8 of 8 correctly.")
        assert "Well done!" in game.message.text()
        tap(qtbot, game.again)
        assert game.stage == "ask" and game.index == 0 and game.results == []
        assert game.leave.isVisible() and not game.again.isVisible()
        assert game.message.text().startswith("Is this cell safe")
        assert game.order != orders[-1], "Play again deals the cells in a new order"
        orders.append(list(game.order))


def test_one_cell_counts_once_however_many_fingers(qtbot, kiosk: Kiosk) -> None:
    game = open_game(qtbot, kiosk)
    tap(qtbot, game.attack)
    game.leave.click()  # a second finger, a moment late, on the other (now hidden) button
    game.attack.click()
    assert len(game.results) == 1 and game.stage == "told"


def test_autoimmune_disease_after_the_round_then_the_next_patient_starts_afresh(
        qtbot, kiosk: Kiosk) -> None:
    game = open_game(qtbot, kiosk)
    play_a_round(qtbot, game)
    assert game.why.text() == "What is autoimmune disease?"
    tap(qtbot, game.why)
    assert game.autoimmune
    assert "autoimmune disease" in game.message.text()
    assert "healthy cells of your own" in game.message.text()
    assert game.again.isVisible() and not game.why.isVisible()
    tap(qtbot, game.again)
    assert not game.autoimmune and game.stage == "ask"
    sort(qtbot, game, right=False)
    kiosk.window.reset()  # the patient walked away mid-round
    assert game.stage == "ask" and game.results == [] and game.index == 0
    play_a_round(qtbot, open_game(qtbot, kiosk))
    tap(qtbot, game.why)
    kiosk.window.reset()  # ...or while looking at autoimmune disease
    assert not game.autoimmune and game.stage == "ask" and game.results == []


def test_in_urdu_the_game_speaks_urdu_and_reads_right_to_left(qtbot, kiosk: Kiosk) -> None:
    game = open_game(qtbot, kiosk, "ur")
    assert game.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Leave it comes first, so on the right, where an Urdu reader starts.
    assert game.leave.mapTo(game, QPoint(0, 0)).x() > game.attack.mapTo(game, QPoint(0, 0)).x()

    def all_urdu() -> None:
        words = [game.message.text()] + [b.text() for b in game.buttons if b.isVisible()]
        for text in words:
            assert _URDU.search(text) and not _LATIN.search(text), text

    play_a_round(qtbot, game, all_urdu)
    assert "5" in game.message.text() and "8" in game.message.text()
    tap(qtbot, game.why)
    all_urdu()
    assert "آٹو امیون" in game.message.text()


# -- fitting -----------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768), (3840, 2160)],
                         ids=["landscape", "portrait", "1366x768", "4k"])
@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_game_fits_the_kiosk_page(qtbot, kiosk: Kiosk, language: str,
                                      size: tuple[int, int]) -> None:
    w = kiosk.window
    # The screen's size first, as a kiosk has it from the start (the game's message once
    # kept a height measured at a narrower width, and squeezed the picture to a strip).
    w.resize(*size)
    settle()
    game = open_game(qtbot, kiosk, language)
    settle()
    assert w.size().toTuple() == size
    found: list[str] = []
    play_a_round(qtbot, game, lambda: found.extend(fit_problems(game, w, w.metrics())))
    tap(qtbot, game.why)
    found += fit_problems(game, w, w.metrics())
    assert not found, "\n".join(found)


GAME_SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "1366x768": (1366, 768),
              "4k": (3840, 2160)}
LARGER = [pytest.param(language, size, taps, id=f"{language}-{name}-{tap_name}")
          for language in ("en", "ur") for name, size in GAME_SIZES.items()
          for taps, tap_name in ((1, "middle"), (2, "largest"))]


@pytest.mark.parametrize(("language", "size", "taps"), LARGER)
def test_at_a_larger_text_size_the_cells_keep_room_to_be_looked_at(
        qtbot, kiosk: Kiosk, language: str, size: tuple[int, int], taps: int) -> None:
    """The patient is asked to look at a cell's markers. At the middle text size in
    Urdu on a 1366×768 monitor the game's column was held to a 4:3 picture's width,
    its question and answers wrapped, and the cells kept a strip 78 px high; the game
    now takes the column's whole width where the words allow.

    At the largest text in Urdu the column was held to where the words beside it fit
    on one screen: the cells kept a strip 110 px high at 1920×1080, and at 1366×768 the
    game's longer answers ran under its buttons. The cells now take the room, and the
    words run on to a second screen; at 1366×768 no width gives the cells 180 px (at
    1080), and the game takes the least that fits all its parts. Reached by Next, as a
    patient reaches it: the page is then arranged before it is shown (a first version
    measured the game in the last patient's words there, and kept the strip). Played with
    mistakes and perfectly: the room kept for its messages is every round's."""
    w = kiosk.window
    w.resize(*size)
    settle()
    game = open_game(qtbot, kiosk, language, text_taps=taps)
    settle()
    assert kiosk.session.text_scale > 1.0 and w.viewer.game is game and game.isVisible()
    cramped = (language, size, taps) == ("ur", (1366, 768), 2)
    need = w.metrics().px(CELLS_SMALLEST if cramped else CELLS_LEAST)
    assert game.area.height() >= need, (game.area.height(), need)
    assert game.cells_room(game.size()) <= game.area.height()
    found: list[str] = []
    play_a_round(qtbot, game, lambda: found.extend(fit_problems(game, w, w.metrics())))
    # And a perfect round, whose praise is longer (it ran under its buttons before the
    # room kept for the messages counted it in a round with mistakes).
    tap(qtbot, game.again)
    play_perfectly(qtbot, game, lambda: found.extend(fit_problems(game, w, w.metrics())))
    assert game.stage == "score" and all(game.results)
    assert not found, "\n".join(found)


# The smallest box a page gives the game, for a 1080-pixel short side, and the same on a
# 1366×768 monitor (text and buttons scale, but buttons never go under 20 mm).
BOXES = [(1.0, 700, 600), (1.0, 1000, 800), (0.711, 498, 427), (2.0, 1400, 1200)]


@pytest.mark.parametrize("box", BOXES, ids=lambda b: f"{b[1]}x{b[2]}@{b[0]}")
@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_game_fits_its_smallest_box(qtbot, language: str,
                                        box: tuple[float, int, int]) -> None:
    unit, width, height = box
    translations = Translations()
    translations.activate(language)
    if language == "ur":
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        game = SortingGame()
        qtbot.addWidget(game)
        metrics = theme.Metrics(unit=unit, language=language)
        game.retranslate(metrics)
        game.resize(width, height)
        game.show()
        qtbot.waitExposed(game)
        settle()
        found: list[str] = []

        def check() -> None:
            if game.size().toTuple() != (width, height):
                found.append(f"{game.stage}: the game grew to {game.size().toTuple()}")
            found.extend(fit_problems(game, game, metrics))

        play_a_round(qtbot, game, check)
        tap(qtbot, game.why)
        check()
        assert not found, "\n".join(found)
    finally:
        translations.activate("en")
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_room_the_page_keeps_for_the_game_is_every_rounds(qtbot, kiosk: Kiosk) -> None:
    """The page is arranged for the game once and kept for the next patient: the cells'
    room it is arranged by must not depend on how this round is going. (A perfect round
    at the middle size, then the largest text on its score, arranged the game 482 px
    wide at 1280×800, and the next patient's messages ran over its buttons.)"""
    w = kiosk.window
    w.resize(1366, 768)
    settle()
    game = open_game(qtbot, kiosk, "ur", text_taps=2)
    size = game.size()
    before = game.cells_room(size)
    play_perfectly(qtbot, game)
    assert game.stage == "score" and all(game.results)
    assert game.cells_room(size) == before
    tap(qtbot, game.again)
    play_a_round(qtbot, game)
    assert game.stage == "score" and not all(game.results)
    assert game.cells_room(size) == before
