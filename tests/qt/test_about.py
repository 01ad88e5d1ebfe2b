"""A patient asks "who says so?": the page's sources in plain words, and who checked it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from PySide6.QtWidgets import QScrollArea, QScrollBar, QScroller

from kiosk._qt.session import TEXT_SCALES
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
    assert set(re.findall(r"\bS\d+\b", sources)) == set(page.sources)
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
    assert not w.about.more.button.isVisible()
    w.resize(1366, 420)  # shorter than the words: they scroll, and no further than them
    run_posted_events(20)
    # A chevron says so, not a scroll bar (too thin for a finger, and no patient reads
    # it as "more below").
    assert w.about.more.button.isVisible()
    assert not [bar for bar in w.about.findChildren(QScrollBar) if bar.isVisible()]
    assert w.about.sources.geometry().bottom() < column.height()
    assert column.height() == column.heightForWidth(area.viewport().width())
    assert column.height() < 2 * area.viewport().height()


def test_the_emergency_number_and_who_checked_it_come_before_a_long_list_of_sources(
        qtbot, kiosk) -> None:
    """The Urdu sources of the medicines page run past a 1920×1080 screen: "no doctor has
    checked this", "the Urdu is not checked" and "call 1122" were under them, below the
    edge, with a scroll bar ten pixels wide the only sign. They now come first ("call
    1122" first of all), and a chevron under the list takes the patient down it and
    back."""
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    open_page(qtbot, kiosk, "treatments", "immunosuppressants")
    tap(qtbot, w.topbar.about)
    run_posted_events(20)
    about = w.about
    area = about.more.area
    shown = area.viewport().height()
    assert about.advice.geometry().bottom() < about.checked.geometry().top()
    assert about.checked.geometry().bottom() < about.sources.geometry().top()
    assert about.checked.geometry().bottom() < shown  # on screen as it opens
    assert about.sources.geometry().bottom() > shown  # the case this is about
    assert "1122" in about.advice.text()
    # Three pages of nhs.uk are one line with their three keys, not three alike.
    nhs = [line for line in about.sources.text().splitlines() if "\u2066nhs.uk\u2069" in line]
    assert len(nhs) == 1 and nhs[0].endswith("(\u2066S17, S25, S80\u2069)"), nhs
    bar = area.verticalScrollBar()
    more = about.more.button
    assert more.isVisible() and not about.more.at_end()
    pointing_down = more.grab().toImage()
    while not about.more.at_end():
        with qtbot.waitSignal(bar.valueChanged):
            tap(qtbot, more)
        QScroller.scroller(area.viewport()).stop()  # the next tap goes on from here
    assert about.more._cue == "fa5s.chevron-up"
    # Drawn so: the button drew the glyph it was dressed with, and stayed pointing down.
    assert more.grab().toImage() != pointing_down
    tap(qtbot, more)  # from the end, back to the top
    qtbot.waitUntil(lambda: bar.value() == 0)
    assert about.more._cue == "fa5s.chevron-down"
    assert more.grab().toImage() == pointing_down
    tap(qtbot, about.back)
    open_page(qtbot, kiosk, "treatments", "biologics")
    bar.setValue(bar.maximum())
    tap(qtbot, w.topbar.about)  # another page's sources start at the top
    run_posted_events(20)
    assert bar.value() == 0
    # A review found a slide still under way when the patient went back carried on in
    # the hidden screen: the next page's sources opened scrolled down.
    with qtbot.waitSignal(bar.valueChanged):
        tap(qtbot, more)
    scroller = QScroller.scroller(area.viewport())
    assert scroller.state() is not QScroller.State.Inactive  # the case this is about
    tap(qtbot, about.back)
    open_page(qtbot, kiosk, "treatments", "immunosuppressants")
    tap(qtbot, w.topbar.about)
    run_posted_events(20)
    assert bar.value() == 0 and scroller.state() is QScroller.State.Inactive


def test_the_sources_are_shown_at_the_patient_s_text_size(qtbot, kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    open_page(qtbot, kiosk, "type-1-diabetes", "what-happens")
    tap(qtbot, w.topbar.about)
    sizes = [w.about.advice.font().pixelSize()]
    for _ in range(len(TEXT_SCALES) - 1):
        tap(qtbot, w.topbar.text_size)
        sizes.append(w.about.advice.font().pixelSize())
    assert sizes == sorted(sizes) and sizes[-1] > sizes[0] * 1.3, sizes
