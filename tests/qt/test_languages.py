"""A pack's own languages on screen (#18): the welcome screen offers each in its own
script, Pashto reads right to left in Naskh, a topic not yet translated is one tap away,
and any language can be switched to any other without losing the place."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage
from PySide6.QtWidgets import QApplication

from kiosk._qt import fonts
from kiosk._qt.app import Kiosk
from kiosk.core.settings import Settings
from tests.qt import finger
from tests.qt.conftest import running_kiosk, swipe, switch_language, tap, words_of

FAMILIES = {"en": fonts.LATIN_FAMILY, "ur": fonts.URDU_FAMILY, "ps": fonts.NASKH_FAMILY}


def test_the_welcome_screen_offers_every_language_in_its_own_script(kiosk: Kiosk) -> None:
    attract = kiosk.window.attract
    assert list(attract.buttons) == ["en", "ur", "ps"]
    assert [b.text() for b in attract.buttons.values()] == ["English", "اردو", "پښتو"]
    for code, button in attract.buttons.items():
        assert button.isVisible()
        assert QFontInfo(button.font()).family() == FAMILIES[code], code
    # The invitation in the site's language first, then the pack's next.
    assert [label.text() for label in attract.invites] == [
        "Touch the screen to start", "شروع کرنے کے لیے اسکرین کو چھوئیں"]


def test_five_languages_stay_on_one_calm_screen(qtbot, tmp_path: Path) -> None:
    with running_kiosk(qtbot, tmp_path / "data") as k:
        attract = k.window.attract
        attract.set_languages(("en", "ur", "ps", "sd", "pnb"), "ur")
        for size in ((1920, 1080), (1080, 1920), (1366, 768)):
            k.window.resize(*size)
            k.window.retranslate()
            QApplication.processEvents()
            boxes = [b.geometry() for b in attract.buttons.values()]
            assert len(boxes) == 5 and all(b.isVisible() for b in attract.buttons.values())
            for a, b in itertools.combinations(boxes, 2):
                assert not a.intersects(b), size
            assert all(attract.rect().contains(box) for box in boxes), size
            # Two lines of buttons at most, and the invitation still above them.
            assert len({box.top() for box in boxes}) <= 2, size
            assert attract.invites[0].geometry().bottom() < min(box.top() for box in boxes)
            for code, button in attract.buttons.items():  # each in its own script's font
                assert button.width() >= button.sizeHint().width(), (size, code)
        assert attract.invites[0].text() == "شروع کرنے کے لیے اسکرین کو چھوئیں"


def test_pashto_reads_right_to_left_in_naskh_with_its_own_words(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ps"])
    assert kiosk.session.language == "ps"
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QFontInfo(w.viewer.title.font()).family() == fonts.NASKH_FAMILY
    assert w.topbar.home.text() == "اصلي پاڼه"  # the kiosk's own words in Pashto
    # Only the topics written in Pashto, and the rest one tap away, in Urdu.
    assert [t.topic.id for t in w.home.tiles] == [
        "immune-system", "autoimmune-disease", "treatments", "ask-your-doctor"]
    assert w.home.more.isVisible() and "اردو" in w.home.more.text()
    tap(qtbot, w.home.tiles[0])
    page = kiosk.session.pack.topics[0].pages[0]
    assert words_of(w.viewer.title) == page.title.get("ps")
    # The emergency page is in every language.
    tap(qtbot, w.topbar.home)
    tap(qtbot, w.home.emergency)
    assert w.viewer.page is not None and words_of(w.viewer.title) == \
        w.viewer.page.title.get("ps")


def test_more_topics_opens_them_in_the_language_they_are_written_in(qtbot,
                                                                    kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ps"])
    tap(qtbot, w.home.more)
    assert kiosk.session.language == "ur"
    assert len(w.home.tiles) == len(kiosk.session.pack.topics)
    assert not w.home.more.isVisible()


@pytest.mark.parametrize("first, second", list(itertools.permutations(["en", "ur", "ps"], 2)))
def test_switching_between_any_two_languages_keeps_the_place(
        qtbot, kiosk: Kiosk, first: str, second: str) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons[first])
    tap(qtbot, w.home.tiles[0])  # the immune system: in all three
    tap(qtbot, w.viewer.next)
    page = kiosk.session.pack.topics[0].pages[1]
    switch_language(qtbot, w, second)
    assert w.current is w.viewer and w.viewer.index == 1
    assert words_of(w.viewer.title) == page.title.get(second)
    direction = Qt.LayoutDirection.RightToLeft if second != "en" else \
        Qt.LayoutDirection.LeftToRight
    assert w.layoutDirection() == direction


def test_the_language_card_closes_untouched_when_tapped_beside(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    tap(qtbot, w.topbar.language)
    chooser = w.topbar.chooser
    assert chooser is not None and chooser.isVisible()
    assert [b.text() for b in chooser.buttons.values()] == ["English", "اردو", "پښتو"]
    for code, button in chooser.buttons.items():
        assert QFontInfo(button.font()).family() == FAMILIES[code]
    finger.tap(chooser, QPoint(5, 5))  # the dimmed edge
    assert not chooser.isVisible() and kiosk.session.language == "ur"


def test_the_next_patient_starts_in_the_sites_language(qtbot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    Settings(default_language="ps").save(data / "settings.json")
    with running_kiosk(qtbot, data) as k:
        w = k.window
        assert w.attract.invites[0].text() != "Touch the screen to start"  # Pashto first
        tap(qtbot, w.attract.buttons["en"])
        switch_language(qtbot, w, "ur")
        w.reset()  # the idle timeout's end
        assert k.session.language == "ps"
        tap(qtbot, w.attract, QPoint(10, 10))  # a touch anywhere: the site's language
        assert k.session.language == "ps" and w.current is w.home
        assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_site_language_the_pack_lacks_starts_in_the_packs_first(qtbot,
                                                                  tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    Settings(default_language="sd").save(data / "settings.json")
    with running_kiosk(qtbot, data) as k:
        assert k.session.language == "en"
        k.window.reset()
        assert k.session.language == "en"
        assert k.window.attract.invites[0].text() == "Touch the screen to start"
        tap(qtbot, k.window.attract, QPoint(10, 10))  # a touch anywhere starts a visit
        assert k.window.current is k.window.home and k.session.language == "en"


def test_a_topic_not_in_the_language_chosen_gives_way_to_the_topics_that_are(
        qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    urdu_only = next(t for t in w.home.tiles if not t.topic.has("ps"))
    tap(qtbot, urdu_only)
    assert w.current is w.viewer
    switch_language(qtbot, w, "ps")
    # Not the Urdu-only topic in English: the Pashto topics, the rest one tap away.
    assert w.current is w.home and w.viewer.topic is None
    assert all(tile.topic.has("ps") for tile in w.home.tiles)
    assert w.home.more.isVisible()


def test_the_language_card_is_gone_when_the_next_patient_comes(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ps"])
    tap(qtbot, w.topbar.language)
    assert w.topbar.chooser is not None and w.topbar.chooser.isVisible()
    w.reset()  # the patient walked away with the card open
    assert not w.topbar.chooser.isVisible()
    assert w.current is w.attract


def test_the_preview_says_a_topic_waits_for_its_translation(qtbot,
                                                           default_pack_dir: Path) -> None:
    from kiosk._qt.staff.preview import PreviewWindow

    fonts.load_fonts()
    view = PreviewWindow(default_pack_dir)
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    qtbot.waitExposed(view)
    try:
        qtbot.waitUntil(lambda: len(view._shown_panes()) == 3)
        pashto = next(pane for pane in view.panes if pane.language == "ps")
        urdu = next(pane for pane in view.panes if pane.language == "ur")
        while view._at() is not None and view._at()[0].has("ps"):  # type: ignore[index]
            tap(qtbot, view.next)
        at = view._at()
        assert at is not None
        topic, index = at
        assert not topic.has("ps")
        # Not the topic in English in the Pashto pane: a word that it waits for Pashto.
        assert pashto.untranslated.isVisible() and not pashto.viewer.isVisible()
        assert "پښتو" in pashto.untranslated.text()
        assert not pashto.record.isVisible()
        assert urdu.viewer.isVisible()
        assert words_of(urdu.viewer.title) == topic.pages[index].title.get("ur")
    finally:
        view.close()


def test_pashto_mirrors_the_swipe_and_the_arrows(qtbot, kiosk: Kiosk) -> None:
    """Pashto reads right to left like Urdu: a rightward swipe goes on, the Next button
    sits on the left, and Back on the right."""
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ps"])
    tap(qtbot, w.home.tiles[0])
    swipe(w.viewer.illustration, +400)
    assert w.viewer.index == 1
    swipe(w.viewer.illustration, -400)
    assert w.viewer.index == 0
    tap(qtbot, w.viewer.next)
    next_at = w.viewer.next.mapTo(w, w.viewer.next.rect().center()).x()
    back_at = w.viewer.back.mapTo(w, w.viewer.back.rect().center()).x()
    assert next_at < w.width() / 2 < back_at


def ink_runs(image: QImage, light: int = 200) -> list[tuple[int, int]]:
    """The runs of columns (first, last) holding light ink: a button's words and icon."""
    columns = [any(QColor(image.pixel(x, y)).lightness() > light and
                   QColor.fromRgba(image.pixel(x, y)).alpha() > 128
                   for y in range(image.height())) for x in range(image.width())]
    runs: list[tuple[int, int]] = []
    for x, inked in enumerate(columns):
        if inked and (not runs or runs[-1][1] != x - 1):
            runs.append((x, x))
        elif inked:
            runs[-1] = (runs[-1][0], x)
    return runs


@pytest.mark.parametrize("language", ["en", "ur", "ps"])
def test_next_has_its_arrow_at_the_outer_end_after_its_word(qtbot, kiosk: Kiosk,
                                                             language: str) -> None:
    """Next reads "Next →" in English and "← آگے" in Urdu and Pashto: the arrow after the
    word in reading order, at the button's outer end, a gap from the word (it sat before
    the Urdu word, touching it)."""
    w = kiosk.window
    tap(qtbot, w.attract.buttons[language])
    tap(qtbot, w.home.tiles[0])
    button = w.viewer.next
    look = button._look().toImage()  # the kept picture of the button as it is drawn
    runs = ink_runs(look)
    icon = button.icon().pixmap(button.iconSize(), look.devicePixelRatio()).toImage()
    arrow = ink_runs(icon)
    arrow_width = arrow[-1][1] - arrow[0][0] + 1
    outer = runs[0] if language != "en" else runs[-1]
    assert abs((outer[1] - outer[0] + 1) - arrow_width) <= 2, (runs, arrow_width)
    words = runs[1] if language != "en" else runs[-2]
    gap = words[0] - outer[1] if language != "en" else outer[0] - words[1]
    assert gap >= button.iconSize().width() // 8  # English: 8 px at 1920 by 1080
