"""A patient asks "who says so?": the page's sources in plain words, and who checked it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtWidgets import QScrollArea

from kiosk._qt.settle import run_posted_events
from kiosk._qt.voice.narrator import Narrator
from kiosk.core import review
from tests.qt.conftest import running_kiosk, tap
from tests.qt.fake_speaker import FakeSpeaker


def open_page(qtbot, k, topic_id: str, page_id: str) -> None:
    w = k.window
    w.viewer.animated = False
    w.open_topic(topic_id)
    while w.viewer.page is not None and w.viewer.page.id != page_id:
        w.viewer.go_next()


def test_a_page_says_where_it_comes_from_and_that_no_doctor_has_checked_it(qtbot, kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    open_page(qtbot, kiosk, "type-1-diabetes", "what-happens")
    page = w.viewer.page
    tap(qtbot, w.topbar.about)
    assert w.current is w.about and w.about.isVisible()
    assert w.about.heading.text() == f"Where “{page.title.get('en')}” comes from"
    sources = w.about.sources.text()
    for key in page.sources:
        assert f"({key})" in sources
    assert "the UK's National Health Service (NHS)" in sources  # nhs.uk, in plain words
    assert "http" not in sources  # no address a patient cannot follow
    assert w.about.checked.text().startswith("No doctor has checked this information yet")
    assert "call 1122" in w.about.advice.text()
    tap(qtbot, w.about.back)
    assert w.current is w.viewer and w.viewer.page is page


def test_the_topics_screen_tells_about_the_whole_pack_in_urdu(qtbot, kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    tap(qtbot, w.topbar.about)
    assert w.about.heading.text() == "ان معلومات کے بارے میں"
    assert str(len(kiosk.session.pack.sources)) in w.about.sources.text()
    assert "ابھی کسی ڈاکٹر نے یہ معلومات چیک نہیں کیں" in w.about.checked.text()
    tap(qtbot, w.about.back)
    assert w.current is w.home


def test_a_signed_pack_names_who_checked_it(qtbot, tmp_path: Path,
                                             default_pack_dir: Path) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(default_pack_dir, folder)
    on = dt.date.today()
    review.sign(folder, "Dr Ayesha Khan", "clinician", on)
    review.sign(folder, "Bilal Ahmed", "translator", on)
    with running_kiosk(qtbot, tmp_path / "data", folder,
                       narrator=Narrator(FakeSpeaker(), None, 0.7)) as k:
        w = k.window
        tap(qtbot, w.attract.buttons["en"])
        tap(qtbot, w.topbar.about)
        text = w.about.checked.text()
        assert f"Checked by Dr Ayesha Khan, a doctor, on {on.isoformat()}." in text
        assert f"The Urdu was checked by Bilal Ahmed, a medical translator, on {on}" in text


def test_the_emergency_button_opens_what_to_do_now_from_the_topics(qtbot, kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    button = w.home.emergency
    assert button.isVisible() and "1122" in button.text()
    assert button.height() >= w.viewer.next.height()  # a finger's size, like Next
    tap(qtbot, button)
    assert w.current is w.viewer and w.viewer.page.key == kiosk.session.pack.emergency_page


def test_a_pack_without_an_emergency_page_shows_no_button(qtbot, tmp_path: Path) -> None:
    from tests.core.kpack_helpers import make_pack

    with running_kiosk(qtbot, tmp_path / "data", make_pack(tmp_path / "pack"),
                       narrator=Narrator(FakeSpeaker(), None, 0.7)) as k:
        tap(qtbot, k.window.attract.buttons["en"])
        assert not k.window.home.emergency.isVisible()


def test_the_urdu_sources_of_a_page_fit_without_a_scroll_bar_and_scroll_when_they_do_not(
        qtbot, kiosk) -> None:
    # The column's wrapping labels were counted at their narrowest, a word a line: at
    # 1366x768 the page was 6,384 px tall, a scroll bar beside words that fit and a long
    # empty page below them. Its height is what its words need at the screen's width.
    w = kiosk.window
    w.resize(1366, 768)
    run_posted_events(20)
    tap(qtbot, w.attract.buttons["ur"])
    open_page(qtbot, kiosk, "type-1-diabetes", "what-happens")
    tap(qtbot, w.topbar.about)
    run_posted_events(20)
    area = w.about.findChild(QScrollArea)
    column = area.widget()
    assert w.about.advice.geometry().bottom() < area.viewport().height()  # the words fit
    assert not area.verticalScrollBar().isVisible()
    assert column.height() == area.viewport().height()
    w.resize(1366, 420)  # shorter than the words: they scroll, and no further than them
    run_posted_events(20)
    assert area.verticalScrollBar().isVisible()
    assert w.about.advice.geometry().bottom() < column.height()
    assert column.height() == column.heightForWidth(area.viewport().width())
    assert column.height() < 2 * area.viewport().height()
