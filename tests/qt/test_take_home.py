"""A patient called in mid-page takes the topic home: a QR code on every topic that a
phone can read, opening that topic in the web edition in the patient's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from kiosk._qt.app import Kiosk
from kiosk._qt.settle import run_posted_events
from kiosk._qt.voice.narrator import Narrator
from kiosk._qt.widgets.take_home import QUIET, modules
from kiosk.core.packdir import load_pack
from tests.core.kpack_helpers import lengthen_topic
from tests.qt.conftest import running_kiosk, switch_language, tap
from tests.qt.fake_speaker import FakeSpeaker
from tests.qt.test_layout import SIZES, problems_on_screen
from tests.webserver import WEB_EDITION, pack_with_web_edition

ADDRESS = WEB_EDITION


@pytest.fixture
def web_pack(tmp_path: Path, default_pack_dir: Path) -> Path:
    return pack_with_web_edition(default_pack_dir, tmp_path / "pack")


@pytest.fixture
def kiosk_with_web(qtbot, tmp_path: Path, web_pack: Path,
                   speaker: FakeSpeaker) -> Iterator[Kiosk]:
    with running_kiosk(qtbot, tmp_path / "data", web_pack,
                       narrator=Narrator(speaker, None, 0.7)) as k:
        # No fades or slides: a picture taken mid-fade is a blend of two screens.
        k.window.set_animated(False)
        yield k


def decoded(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(grey.constBits(), np.uint8).reshape(
        grey.height(), grey.bytesPerLine())[:, :grey.width()]
    return [code.text for code in zxingcpp.read_barcodes(np.ascontiguousarray(pixels))]


def codes_on_screen(k: Kiosk) -> list[str]:
    """What a phone's camera would read off the whole screen."""
    run_posted_events()
    return decoded(k.window.grab().toImage())


def no_overlap(k: Kiosk) -> None:
    viewer = k.window.viewer
    take_home = viewer.take_home
    mine = QRect(take_home.mapTo(viewer, QPoint(0, 0)), take_home.size())
    for other in (viewer.back, viewer.next, viewer.dots, viewer.aloud.speaker,
                  viewer.aloud.volume, viewer.content):
        if other.isVisible():
            theirs = QRect(other.mapTo(viewer, QPoint(0, 0)), other.size())
            assert not mine.intersects(theirs), f"the QR code covers {other.objectName()}"


def test_each_topic_shows_a_code_that_opens_it_in_the_patients_language(
        qtbot, kiosk_with_web: Kiosk) -> None:
    w = kiosk_with_web.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[2])
    topic = w.viewer.topic
    assert topic is not None
    take_home = w.viewer.take_home
    assert take_home.isVisible() and take_home.words_shown()
    assert take_home.words.text() == "Scan to read this at home"
    assert codes_on_screen(kiosk_with_web) == [f"{ADDRESS}/en/{topic.id}.html"]
    # Whole pixels a module, with a white margin: what a camera reads most easily.
    assert take_home.code.module_pixels() >= 2
    no_overlap(kiosk_with_web)
    # The patient switches to Urdu mid-topic: the code follows.
    switch_language(qtbot, w)
    assert take_home.words.text() == "گھر پر پڑھنے کے لیے فون سے اسکین کریں"
    assert codes_on_screen(kiosk_with_web) == [f"{ADDRESS}/ur/{topic.id}.html"]
    # Every page of the topic carries it.
    tap(qtbot, w.viewer.next)
    assert codes_on_screen(kiosk_with_web) == [f"{ADDRESS}/ur/{topic.id}.html"]


def test_tapping_the_code_shows_it_large_until_a_tap_or_close(qtbot,
                                                              kiosk_with_web: Kiosk) -> None:
    w = kiosk_with_web.window
    tap(qtbot, w.attract.buttons["ur"])
    tap(qtbot, w.home.tiles[0])
    topic = w.viewer.topic
    assert topic is not None
    tap(qtbot, w.viewer.take_home)
    sheet = w.viewer.qr_sheet
    assert sheet.isVisible() and sheet.words.text() == "گھر پر پڑھنے کے لیے فون سے اسکین کریں"
    assert sheet.close_button.text() == "بند کریں"
    assert sheet.code.module_pixels() >= 8
    side = (len(modules(sheet.code.address)) + 2 * QUIET) * sheet.code.module_pixels()
    assert side <= sheet.code.width() and sheet.code.width() <= sheet.width()
    # The large one scans on its own (the small one is under the sheet).
    assert codes_on_screen(kiosk_with_web) == [f"{ADDRESS}/ur/{topic.id}.html"]
    tap(qtbot, sheet.close_button)
    assert not sheet.isVisible()
    tap(qtbot, w.viewer.take_home)
    tap(qtbot, sheet)  # anywhere on it
    assert not sheet.isVisible()


def test_the_idle_reset_puts_the_large_code_away(qtbot, kiosk_with_web: Kiosk) -> None:
    k = kiosk_with_web
    w = k.window
    k.session.settings = k.session.settings.updated(countdown_seconds=5)
    w.idle.set_seconds(1)
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    tap(qtbot, w.viewer.take_home)
    assert w.viewer.qr_sheet.isVisible()
    with qtbot.waitSignal(w.idle.idle, timeout=3000):
        pass
    w.overlay.remaining = 1  # skip most of the countdown, not the mechanism
    with qtbot.waitSignal(w.overlay.expired, timeout=3000):
        pass
    assert w.current is w.attract
    assert w.viewer.qr_sheet.isHidden()  # put away, not only hidden with the viewer
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[1])
    assert not w.viewer.qr_sheet.isVisible()  # the next patient starts with the page


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_code_scans_and_crowds_nothing_on_every_screen(qtbot, kiosk_with_web: Kiosk,
                                                           size: tuple[int, int]) -> None:
    k = kiosk_with_web
    w = k.window
    w.resize(*size)
    w._requested = size  # type: ignore[attr-defined]
    for language in ("en", "ur"):
        tap(qtbot, w.topbar.home if w.current is not w.attract else
            (w.attract.buttons["en"] if language == "en" else w.attract.buttons["ur"]))
        if k.session.language != language:
            switch_language(qtbot, w)
        tap(qtbot, w.home.tiles[5])
        run_posted_events()
        topic = w.viewer.topic
        assert topic is not None
        where = f"{size} {language}"
        assert codes_on_screen(k) == [f"{ADDRESS}/{language}/{topic.id}.html"], where
        no_overlap(k)
        assert problems_on_screen(k, where) == []
        take_home = w.viewer.take_home
        if take_home.words_shown():
            assert take_home.words.width() >= take_home.words.sizeHint().width(), where
        else:
            # Its words go first: Back and Next keep theirs if the row has room for them.
            assert size == (1080, 1920), where
        tap(qtbot, w.topbar.home)


# Where the row has room for Back, Next, the narration buttons, the code's words and a
# long topic's dots at half size (at 1366x768 in Urdu it has not: the code's words give
# way there, as they would for a short topic of that many pages).
@pytest.mark.parametrize(("size", "languages"), [((1920, 1080), ("en", "ur")),
                                                ((1366, 768), ("en",))],
                         ids=["1920x1080", "1366x768"])
@pytest.mark.parametrize("pages", [20, 45])
def test_a_long_topic_s_code_keeps_its_words_where_its_dots_stay_dots(
        qtbot, tmp_path: Path, web_pack: Path, speaker: FakeSpeaker,
        size: tuple[int, int], languages: tuple[str, ...], pages: int) -> None:
    """A long topic's dots shrink to the room left, down to half size before they become
    a bar. Counted at their full width, they once left the code without words on every
    screen; counted at a dozen dots' width, a topic of 45 pages lost its dots to a bar
    for the code's words. Twenty pages have room for both."""
    pack = load_pack(web_pack)
    topic = pack.topics[0]
    lengthen_topic(web_pack, topic.id, pages - len(topic.pages), topic.pages[0].id)
    with running_kiosk(qtbot, tmp_path / "data", web_pack,
                       narrator=Narrator(speaker, None, 0.7)) as k:
        w = k.window
        w.set_animated(False)
        w.resize(*size)
        w._requested = size  # type: ignore[attr-defined]
        for language in languages:
            tap(qtbot, w.topbar.home if w.current is not w.attract else
                w.attract.buttons[language])
            if k.session.language != language:
                switch_language(qtbot, w)
            tap(qtbot, w.home.tiles[0])
            viewer = w.viewer
            assert viewer.topic is not None and len(viewer.topic.pages) == pages
            tap(qtbot, viewer.next)
            run_posted_events()
            where = f"{size} {language}"
            take_home = viewer.take_home
            assert viewer.dots._scale() >= 0.5, where  # dots, not a bar
            assert take_home.words_shown() == (pages == 20), where
            if take_home.words_shown():
                assert take_home.words.width() >= take_home.words.sizeHint().width(), where
            for button in (viewer.back, viewer.next):  # their words stay too
                assert button.width() >= button.sizeHint().width(), where
            assert codes_on_screen(k) == [f"{ADDRESS}/{language}/{topic.id}.html"], where
            no_overlap(k)
            assert problems_on_screen(k, where) == []


def test_on_a_row_too_low_for_2_px_modules_the_code_grows_taller_than_the_row(
        qtbot, kiosk_with_web: Kiosk) -> None:
    # A cheap 18.5-inch 1366x768 monitor: 20 mm buttons are about 67 px there.
    w = kiosk_with_web.window
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[7])
    take_home = w.viewer.take_home
    longest = max((f"{ADDRESS}/{lang}/{t.id}.html" for t in kiosk_with_web.session.pack.topics
                   for lang in ("en", "ur")), key=len)
    take_home.retranslate(w.metrics(), 60, longest)
    run_posted_events()
    assert take_home.code.height() > 60 and take_home.code.module_pixels() >= 2
    picture = take_home.code.picture()
    assert take_home.code.width() >= picture.width()  # all of it, margin and all
    assert decoded(take_home.code.grab().toImage()) == [take_home.code.address]


def test_no_code_without_a_web_edition(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.set_animated(False)
    assert kiosk.session.pack.web_edition is None
    tap(qtbot, w.attract.buttons["en"])
    tap(qtbot, w.home.tiles[0])
    assert not w.viewer.take_home.isVisible()
    assert codes_on_screen(kiosk) == []
