"""kiosk-pack validate measures text with the kiosk's own fonts and screens (Qt side of the
core's register_text_fit_check hook)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk._qt.staff.textfit import check_text_fit
from kiosk.core.checkcache import CheckCache
from kiosk.core.packdir import load_pack
from kiosk.packcli import main
from tests.core.kpack_helpers import (
    SECOND_PAGE,
    lengthen_topic,
    make_pack,
    pack_files,
    write_folder,
)


def too_long_pack(folder: Path) -> Path:
    files = pack_files(2, en="- Rest.\n" * 140)  # under the 1200-character limit, 140 lines
    topic = files["topics/first-topic/topic.toml"].decode()
    topic = topic.replace('en = "First topic"',
                          'en = "' + "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3 + '"')
    files["topics/first-topic/topic.toml"] = topic.encode()
    return write_folder(folder, files)


def test_text_that_would_not_fit_is_reported_for_each_screen(tmp_path: Path) -> None:
    problems = check_text_fit(load_pack(too_long_pack(tmp_path / "p")))
    text = "\n".join(str(p) for p in problems)
    assert "topics/first-topic/topic.toml" in text and "does not fit its tile" in text
    assert "first-page.en.md: English is about" in text
    assert "% too long for a landscape screen (1920×1080): shorten it or split the page" in text
    assert "% too long for a portrait screen (1080×1920)" in text
    assert "(1366×768)" in text
    assert "first-page.ur.md" not in text  # the Urdu page is short


def test_a_short_pack_fits(tmp_path: Path) -> None:
    assert check_text_fit(load_pack(make_pack(tmp_path / "p"))) == []


def test_the_bundled_pack_fits(default_pack_dir: Path) -> None:
    assert check_text_fit(load_pack(default_pack_dir)) == []


def test_kiosk_pack_validate_uses_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = too_long_pack(tmp_path / "p")
    assert main(["validate", str(folder)]) == 1
    assert "too long for a landscape screen" in capsys.readouterr().err
    assert main(["validate", "--no-text-fit", str(folder)]) == 0


def test_a_page_too_long_is_reported_by_how_much(tmp_path: Path) -> None:
    """The words are measured beside the smallest picture: a page that would need a second
    screen at the default size is named, per language and screen shape, with how much
    too long it is."""
    line = "ہر صفحہ ایک اسکرین پر پورا نظر آنا چاہیے تاکہ مریض آخری سطریں نہ کھوئیں۔\n\n"

    def percent(lines: int) -> int:
        files = pack_files(2, ur=line * lines)
        problems = check_text_fit(load_pack(write_folder(tmp_path / f"p{lines}", files)))
        text = "\n".join(str(p) for p in problems)
        assert "first-page.en.md" not in text
        found = re.search(r"first-page\.ur\.md: Urdu is about (\d+)% too long for a "
                          r"landscape screen \(1920×1080\)", text)
        assert found, text
        return int(found.group(1))

    # Six more lines of Nastaliq (about 100 px each) on a page of about 830 px.
    shorter, longer = percent(10), percent(16)
    assert shorter > 0 and longer >= shorter + 50, (shorter, longer)


def test_the_preview_says_when_a_page_is_too_long(qtbot, tmp_path: Path) -> None:
    from kiosk._qt.staff.preview import PreviewPane
    from kiosk.core.settings import Settings

    line = "ہر صفحہ ایک اسکرین پر پورا نظر آنا چاہیے تاکہ مریض آخری سطریں نہ کھوئیں۔\n\n"
    pack = load_pack(write_folder(tmp_path / "p", pack_files(2, ur=line * 12)))
    panes = {language: PreviewPane(pack, language, Settings()) for language in ("en", "ur")}
    for pane in panes.values():
        qtbot.addWidget(pane)
        pane.resize(1920, 1000)
        pane.show()
        pane.retranslate(1.0)
        pane.viewer.open(pack.topics[0], 0)
    assert panes["ur"].too_long.isVisible()
    assert "too long for this screen" in panes["ur"].too_long.text()
    assert not panes["en"].too_long.isVisible()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_measuring_a_page_agrees_with_showing_it(qtbot, kiosk, language: str) -> None:
    """validate measures a page of words without showing it, with the picture at its
    smallest: it must say "fits" exactly when the page as shown fits, and by as much
    too long when it does not (larger text sizes give both answers). A page whose words
    run on anyway shows its picture larger where its labels would crowd the smallest
    (tests/qt/test_page_layout.py); both still say by how much the words are over beside
    the smallest picture, which is what fitting them would take (the staff preview once
    said 135% where validate said 92%)."""
    from kiosk._qt.settle import run_posted_events
    from kiosk._qt.widgets.illustration import labels_crowd
    from kiosk._qt.widgets.pagetext import ink_pad, screens_needed
    from kiosk.core.model import PageKind
    from tests.qt.conftest import tap

    w = kiosk.window
    tap(qtbot, w.attract.buttons[language])
    viewer = w.viewer
    viewer.animated = False
    seen = {True: 0, False: 0}
    grown = {True: 0}
    trades = 0
    for size in ((1920, 1080), (1080, 1920), (1366, 768)):
        w.resize(*size)
        run_posted_events()
        for scale in range(3):  # the default text size, then larger
            for topic in kiosk.session.pack.topics_in(language):
                w.open_topic(topic.id)
                for index, page in enumerate(topic.pages):
                    if page.kind is not PageKind.TEXT:
                        continue
                    measured = viewer.measure(page)
                    viewer.open(topic, index)
                    shown = viewer.arrangement
                    assert shown is not None
                    where = (size, kiosk.session.text_scale, topic.id, page.id)
                    # At the larger sizes labels that pile up on the smallest picture
                    # take room at the price of a screen, also beside words that fit
                    # there (page_layout._run_on): shown, the page then runs on.
                    traded = measured.fits and not shown.fits and \
                        kiosk.session.text_scale > 1 and \
                        labels_crowd(page.illustration, measured.picture.size(),
                                     page.labels, w.metrics())
                    assert measured.fits == shown.fits or traded, where
                    trades += bool(traded)
                    assert measured.overflow == pytest.approx(shown.overflow, abs=0.01), where
                    grown[True] += shown.picture.size() != measured.picture.size() \
                        and not shown.fits
                    # A picture grown beside words that run on leaves them the screens
                    # they need beside the smallest one (counted on a copy of the words
                    # shown: breaking those again would move the lines on screen), but
                    # for one page whose labels take a screen more.
                    words = viewer.text.document().clone()
                    assert screens_needed(words, shown.words.width(), shown.words.height(),
                                          ink_pad(w.metrics())) == \
                        viewer.text.screen_count, where
                    at_smallest = screens_needed(words, measured.words.width(),
                                                 measured.words.height(),
                                                 ink_pad(w.metrics()))
                    # Words that run on beside labels piled on the smallest picture: the
                    # picture takes the room that clears them, at the price of a screen
                    # (page_layout._run_on).
                    crowded = kiosk.session.text_scale > 1 and labels_crowd(
                        page.illustration, measured.picture.size(), page.labels, w.metrics())
                    assert viewer.text.screen_count <= at_smallest + bool(traded or crowded), \
                        where
                    seen[shown.fits] += 1
            kiosk.session.cycle_text_scale()
            assert kiosk.session.text_scale > 1.0 or scale == 2
    assert seen[True] and seen[False], seen
    assert grown[True] or language == "en"  # Urdu has pictures grown for their labels
    assert trades or language == "en"  # and a page that runs on for them (first barrier)


def two_page_pack(folder: Path) -> Path:
    """The first page fits; the second is too long in Urdu, on every screen."""
    files = pack_files(2)
    topic = files["topics/first-topic/topic.toml"].decode()
    files["topics/first-topic/topic.toml"] = (topic + SECOND_PAGE).encode()
    line = "ہر صفحہ ایک اسکرین پر پورا نظر آنا چاہیے تاکہ مریض آخری سطریں نہ کھوئیں۔\n\n"
    files["topics/first-topic/second-page.en.md"] = b"Short and plain.\n"
    files["topics/first-topic/second-page.ur.md"] = (line * 16).encode()
    return write_folder(folder, files)


def shared_pack(folder: Path) -> Path:
    """``two_page_pack`` whose English topic title does not fit its tile: a problem in the
    first thing measured, the English home screen, which a helper is handed first."""
    two_page_pack(folder)
    record = folder / "topics/first-topic/topic.toml"
    record.write_text(record.read_text(encoding="utf-8").replace(
        'en = "First topic"', 'en = "' + "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3
        + '"'), encoding="utf-8")
    return folder


def test_a_pack_measured_in_parts_finds_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big pack's pages are shared with a helper process, a few at a time; what it finds
    comes back and is said in the same order as when one process measures everything."""
    pack = load_pack(shared_pack(tmp_path / "p"))
    alone = [str(problem) for problem in check_text_fit(pack, parts=1)]
    assert any("second-page.ur.md: Urdu is about" in text for text in alone), alone
    assert any("does not fit its tile (English" in text for text in alone), alone
    here = Measured(monkeypatch)
    assert [str(problem) for problem in check_text_fit(pack, parts=2)] == alone
    # The helper is handed its first pages as it starts, so it always takes part: this
    # process measured the rest, and what the helper found made it back.
    from kiosk.core.textfit_units import HOME, all_units

    theirs = [unit for unit in all_units(pack) if unit not in here.units]
    assert (0, HOME) in theirs and len(here.units) == len(set(here.units)), here.units


def test_the_pass_says_how_far_it_has_got(tmp_path: Path) -> None:
    """A first check of a big pack measures for ten seconds or more: the pass says how
    many pages it has measured, its helper's too, from nothing to all of them."""
    pack = load_pack(shared_pack(tmp_path / "p"))
    told: list[tuple[int, int]] = []
    alone = check_text_fit(pack, parts=1)
    assert check_text_fit(pack, parts=2, progress=lambda *said: told.append(said)) == alone
    from kiosk.core.textfit_units import all_units

    total = len(all_units(pack))
    assert told[0] == (0, total) and told[-1] == (total, total)
    assert [done for done, _ in told] == sorted({done for done, _ in told})  # only ever on


@pytest.mark.parametrize(("helper", "said"), [
    ("raise SystemExit(3)", "a text-fit helper stopped (exit 3); its pages are measured here"),
    ("print('not a pickle')", "a text-fit helper answered nonsense"),
])
def test_a_helper_that_fails_has_its_pages_measured_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        helper: str, said: str) -> None:
    import sys

    from kiosk._qt.staff import textfit_share

    pack = load_pack(shared_pack(tmp_path / "p"))  # the helper's first pages find one
    alone = [str(problem) for problem in check_text_fit(pack, parts=1)]
    monkeypatch.setattr(textfit_share, "helper_command",
                        lambda root: [sys.executable, "-c", helper])
    assert [str(problem) for problem in check_text_fit(pack, parts=2)] == alone
    assert said in caplog.text


def helpers_started(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """Every helper process the pass starts from now on, as it is started."""
    from kiosk._qt.staff import textfit_share

    started: list[subprocess.Popen[bytes]] = []

    class Recorded(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            started.append(self)

    monkeypatch.setattr(textfit_share.subprocess, "Popen", Recorded)
    return started


@pytest.mark.timeout(120)  # well past its seconds: without the fix it waits for ever
def test_a_helper_that_hangs_is_stopped_and_its_pages_measured_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A helper that takes its pages and never answers once kept validate waiting for
    ever. Found silent once this process has run out of pages, it is stopped."""
    import sys

    from kiosk._qt.staff import textfit_share

    pack = load_pack(shared_pack(tmp_path / "p"))  # the helper's first pages find one
    alone = [str(problem) for problem in check_text_fit(pack, parts=1)]
    # It reads its pages, then waits on an input that never ends while this process lives.
    monkeypatch.setattr(textfit_share, "helper_command", lambda root: [
        sys.executable, "-c", "import sys; sys.stdin.readline(); sys.stdin.read()"])
    monkeypatch.setattr(textfit_share, "SILENT_LIMIT", 0.0)  # only a hung helper is silent
    started = helpers_started(monkeypatch)
    assert [str(problem) for problem in check_text_fit(pack, parts=2)] == alone
    assert "a text-fit helper said nothing for" in caplog.text
    assert "a text-fit helper stopped" not in caplog.text  # stopped by us: nothing more
    assert len(started) == 1 and started[0].returncode is not None



def test_a_helper_that_answers_is_heard_from_each_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A helper is silent from its last answer, not from its start: a minute after it was
    started, a healthy helper still working would otherwise be stopped. The clock here
    moves a step at each reading, and the helper answers three handfuls."""
    import itertools
    import sys

    from kiosk._qt.staff import textfit_share

    steps = itertools.count()
    monkeypatch.setattr(textfit_share, "_clock", lambda: float(next(steps)))
    monkeypatch.setattr(textfit_share, "helper_command", lambda root: [
        sys.executable, "-c", "import pickle, sys\n"
        "for line in sys.stdin.buffer:\n"
        "    sys.stdout.buffer.write(pickle.dumps([])); sys.stdout.buffer.flush()"])
    work = textfit_share._Work([(0, page) for page in range(3)], 1)
    first = work.take()
    assert first is not None
    helper = textfit_share._Helper(tmp_path, first, work)
    try:
        started = helper._heard
        assert helper.result() == [] and work.take() is None  # all three answered
        assert helper._heard >= started + 3
    finally:
        helper.stop()

def test_helpers_started_before_one_that_cannot_start_are_stopped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    import sys

    from kiosk._qt.staff import textfit_share

    pack = load_pack(two_page_pack(tmp_path / "p"))
    commands = iter([[sys.executable, "-c", "import sys; sys.stdin.read()"],
                     [str(tmp_path / "no-such-program")]])
    monkeypatch.setattr(textfit_share, "helper_command", lambda root: next(commands))
    started = helpers_started(monkeypatch)
    with pytest.raises(FileNotFoundError):
        check_text_fit(pack, parts=3)
    assert len(started) == 1 and started[0].poll() is not None  # stopped, not left waiting
    assert "a text-fit helper stopped" not in caplog.text  # stopped by us: nothing to say

class Measured:
    """Which units the pass measured (instead of taking them from the cache)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from kiosk._qt.staff.textfit_screens import Measurer
        from kiosk.core.textfit_units import Found

        self.units: list[tuple[int, int]] = []
        real = Measurer.measure

        def measure(measurer: Measurer, units: list[tuple[int, int]]) -> Found:
            self.units += units
            return real(measurer, units)

        monkeypatch.setattr(Measurer, "measure", measure)


def test_a_pack_checked_again_is_measured_only_where_it_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.core.textfit_units import HOME, all_units

    folder = two_page_pack(tmp_path / "p")
    cache = CheckCache(tmp_path / "cache")
    first = [str(problem) for problem in check_text_fit(load_pack(folder), cache=cache)]
    assert any("second-page.ur.md: Urdu is about" in text for text in first), first
    measured = Measured(monkeypatch)
    assert [str(p) for p in check_text_fit(load_pack(folder), cache=cache)] == first
    assert measured.units == []
    # The second page's Urdu shortened: that page alone is measured again, in Urdu only
    # (the English screens show none of it), and what it says now is said.
    (folder / "topics/first-topic/second-page.ur.md").write_text("مختصر۔\n", encoding="utf-8")
    again = [str(p) for p in check_text_fit(load_pack(folder), cache=cache)]
    assert measured.units == [(1, 1)]
    assert again == [text for text in first if "second-page.ur.md" not in text]
    # A topic's English title belongs to the English home screen and pages.
    measured.units.clear()
    topic = folder / "topics/first-topic/topic.toml"
    topic.write_text(topic.read_text(encoding="utf-8").replace(
        'en = "First topic"', 'en = "The first topic"'), encoding="utf-8")
    check_text_fit(load_pack(folder), cache=cache)
    assert sorted(measured.units) == [(0, HOME), (0, 0), (0, 1)]
    # A picture is part of every page and tile that shows it, in every language (here
    # the topic's tile and both pages show the same one).
    measured.units.clear()
    picture = folder / "topics/first-topic/first-page.svg"
    picture.write_text(picture.read_text(encoding="utf-8").replace(
        "</svg>", "<circle r='1'/></svg>"), encoding="utf-8")
    check_text_fit(load_pack(folder), cache=cache)
    assert sorted(measured.units) == sorted(all_units(load_pack(folder)))
    cache.close()


def test_a_different_kiosk_measures_everything_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New code, fonts or button words can lay the same words out differently."""
    from kiosk.core import checkcache
    from kiosk.core.textfit_units import all_units

    pack = load_pack(two_page_pack(tmp_path / "p"))
    with CheckCache(tmp_path / "cache") as cache:
        first = [str(problem) for problem in check_text_fit(pack, cache=cache)]
        measured = Measured(monkeypatch)
        monkeypatch.setattr(checkcache, "measurer", lambda: "another kiosk")
        assert [str(problem) for problem in check_text_fit(pack, cache=cache)] == first
        assert measured.units == all_units(pack)


def test_a_cache_entry_that_makes_no_sense_is_measured_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from kiosk.core.textfit_units import all_units

    pack = load_pack(two_page_pack(tmp_path / "p"))
    with CheckCache(tmp_path / "cache") as cache:
        first = [str(problem) for problem in check_text_fit(pack, cache=cache)]
    db = sqlite3.connect(tmp_path / "cache" / "checks.sqlite")
    db.execute("UPDATE results SET value = '[[0, {\"file\": 7}]]'")
    db.commit()
    db.close()
    measured = Measured(monkeypatch)
    with CheckCache(tmp_path / "cache") as cache:
        assert [str(problem) for problem in check_text_fit(pack, cache=cache)] == first
    assert measured.units == all_units(pack)


def test_kiosk_pack_validate_remembers_unless_told_not_to(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = too_long_pack(tmp_path / "p")
    assert main(["validate", "--no-drawing-time", str(folder)]) == 1
    said = capsys.readouterr().err
    measured = Measured(monkeypatch)
    assert main(["validate", "--no-drawing-time", str(folder)]) == 1
    assert capsys.readouterr().err == said and measured.units == []
    assert main(["validate", "--no-drawing-time", "--no-cache", str(folder)]) == 1
    assert capsys.readouterr().err == said and measured.units


def ask_your_doctor_only(folder: Path, default_pack_dir: Path) -> Path:
    """The bundled pack with one topic, the one with the quiz on staying safe."""
    shutil.copytree(default_pack_dir, folder)
    manifest = folder / "pack.toml"
    manifest.write_text(re.sub(r"^topics = \[.*\]$", 'topics = ["ask-your-doctor"]',
                               manifest.read_text(encoding="utf-8"), flags=re.MULTILINE),
                        encoding="utf-8")
    return folder


def test_a_quiz_answer_cut_mid_word_is_reported_from_any_question(
        tmp_path: Path, default_pack_dir: Path) -> None:
    """An answer button wraps its words, but a word longer than the button cannot wrap:
    it runs past the edge, cut. Opening a quiz shows only its first question, so the
    check lays out each one; the problem names the quiz's own file."""
    folder = ask_your_doctor_only(tmp_path / "p", default_pack_dir)
    quiz = folder / "topics/ask-your-doctor/quiz.quiz.toml"
    words = quiz.read_text(encoding="utf-8")
    assert words.count('"Yes, if the patients look well"') == 1  # the second question's
    quiz.write_text(words.replace('"Yes, if the patients look well"',
                                  '"Yesifthepatientslookwellandtheclinicisverybig"'),
                    encoding="utf-8")
    said = [str(problem) for problem in check_text_fit(load_pack(folder))]
    assert ("topics/ask-your-doctor/quiz.quiz.toml: page quiz: "
            "'Yesifthepatientslookwellandtheclinicisve' does not fit on screen "
            "(English, 1920×1080 screen); shorten it") in said, said
    assert all("quiz.quiz.toml" in text and "English" in text for text in said), said


def test_pages_are_measured_on_the_screen_whatever_its_parts_ask_for(
        tmp_path: Path, default_pack_dir: Path) -> None:
    """The kiosk's screens get the screen's size whatever they ask for. The measuring host
    once grew to what an opened page asked for (a long topic's page dots asked for 5,000
    px once a quiz had been opened), and then found every later page fitting: six
    too-long Urdu pages of the 1,024-page bench pack went unreported. The dots no longer
    ask for that much, so here a part of the page viewer's bottom row does."""
    from PySide6.QtWidgets import QWidget

    from kiosk._qt.staff.textfit_screens import Measurer
    from kiosk.core.textfit_units import HOME

    folder = ask_your_doctor_only(tmp_path / "p", default_pack_dir)
    added = lengthen_topic(folder, "ask-your-doctor", 1, "questions-to-ask")
    # One long paragraph: too long for the screen, not for a screen five times as wide.
    line = "ہر صفحہ ایک اسکرین پر پورا نظر آنا چاہیے تاکہ مریض آخری سطریں نہ کھوئیں۔ "
    (folder / f"topics/ask-your-doctor/{added[0]}.ur.md").write_text(line * 14,
                                                                      encoding="utf-8")
    pack = load_pack(folder)
    place = pack.languages.index("ur")
    with Measurer(pack) as measurer:
        measurer.measure([(place, HOME)])  # makes the Urdu screens
        wide = []
        for shape in measurer._languages[place].shapes:
            assert shape.viewer is not None
            wide.append(QWidget())
            wide[-1].setMinimumWidth(6000)
            shape.viewer._nav.addWidget(wide[-1])
        # The quiz before it is opened (shown) to be measured: its screen is laid out.
        quiz = next(index for index, page in enumerate(pack.pages_in("ur"))
                    if page.questions)
        found = measurer.measure([(place, quiz), (place, len(pack.pages_in("ur")) - 1)])
    said = [str(problem) for _where, problem in found]
    for screen in ("landscape screen (1920×1080)", "portrait screen (1080×1920)",
                   "landscape screen (1366×768)"):
        assert any(text.startswith(f"topics/ask-your-doctor/{added[0]}.ur.md: Urdu is about")
                   and screen in text for text in said), (screen, said)


def test_a_summary_left_off_its_tile_is_reported(tmp_path: Path,
                                                 default_pack_dir: Path) -> None:
    """A tile leaves out a summary that cannot fit whole (the Urdu "self and nonself" tile
    showed its title alone on every screen): validate says so, naming the topic's file.
    (Long enough that the tiles' pictures, which give up some height for a summary,
    cannot make room for it.)"""
    folder = tmp_path / "p"
    shutil.copytree(default_pack_dir, folder)
    record = folder / "topics/self-and-nonself/topic.toml"
    words = record.read_text(encoding="utf-8")
    assert words.count('ur = "جسم جراثیم کو کیسے پہچانتا ہے"') == 1
    record.write_text(words.replace('ur = "جسم جراثیم کو کیسے پہچانتا ہے"',
                                    'ur = "جسم اپنے اور پرائے میں فرق کیسے کرتا ہے اور'
                                    ' جراثیم کو کیسے پہچانتا ہے"'),
                      encoding="utf-8")
    said = [str(problem) for problem in check_text_fit(load_pack(folder), parts=1)]
    left_out = [text for text in said if "summary does not fit its tile" in text]
    assert left_out and all(text.startswith("topics/self-and-nonself/topic.toml:")
                            and "(Urdu," in text for text in left_out), said


def web_edition_pack(folder: Path, default_pack_dir: Path) -> Path:
    shutil.copytree(default_pack_dir, folder)
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "\n[title]", '\nweb_edition = "https://kiosk.example.org/immune/"\n\n[title]', 1),
        encoding="utf-8")
    return folder


def test_a_page_measures_the_same_whatever_was_opened_before(
        qapp, tmp_path: Path, default_pack_dir: Path) -> None:
    """A pack with a web edition shows a take-home code on every page, which makes the
    bottom row taller on a 1366×768 screen. A page is measured without being opened, so
    the code must count for it from the start, not only once a quiz was opened (the
    verdict then hung on which pages a process happened to measure first, and the cache
    kept it)."""
    from kiosk._qt import fonts
    from kiosk._qt.session import Session
    from kiosk._qt.staff.textfit_screens import _Shape
    from kiosk.core.model import PageKind
    from kiosk.core.settings import Settings

    fonts.load_fonts()
    pack = load_pack(web_edition_pack(tmp_path / "p", default_pack_dir))
    shape = _Shape(Session(pack, Settings(default_language="en")), "en", 1366, 768)
    try:
        with shape.imagined():
            viewer = shape.open_viewer()
            topic = next(t for t in pack.topics if any(p.kind is PageKind.QUIZ
                                                       for p in t.pages))
            text_page = next(p for p in topic.pages if p.kind is PageKind.TEXT)
            quiz = next(i for i, p in enumerate(topic.pages) if p.kind is PageKind.QUIZ)
            before = viewer.measure(text_page)
            shape.check_page(topic, quiz)  # opens it, take-home code and all
            after = viewer.measure(text_page)
        assert (before.fits, before.words, before.overflow) == \
            (after.fits, after.words, after.overflow)
        assert viewer.take_home.isVisibleTo(viewer)
    finally:
        shape.close()


def test_a_clipped_quiz_label_is_said_in_the_file_its_words_are_in(
        default_pack_dir: Path) -> None:
    from types import SimpleNamespace

    from kiosk._qt.staff.textfit_screens import _written_in
    from kiosk.core.model import PageKind

    pack = load_pack(default_pack_dir)
    topic, page = next((t, p) for t in pack.topics for p in t.pages
                       if p.kind is PageKind.QUIZ)
    question = page.questions[0]
    intro = "**Quiz time!** Let's see\nwhat you remember."
    viewer = SimpleNamespace(page=page, quiz=SimpleNamespace(
        intro=SimpleNamespace(text=lambda: intro)))

    def file_of(text: str) -> str:
        return _written_in(text, viewer, topic.id, page.id, "en")  # type: ignore[arg-type]

    quiz_file = f"topics/{topic.id}/{page.id}.quiz.toml"
    answer = question.choices[0].text.get("en")
    assert file_of(answer) == quiz_file
    assert file_of(question.prompt.get("en")) == quiz_file
    assert file_of("That's right! " + question.explanation.get("en")) == quiz_file
    assert file_of("**Quiz time!**  Let's see what you remember.") == \
        f"topics/{topic.id}/{page.id}.en.md"
    # Words that only contain an answer's (a title, a label) are the topic's record's.
    assert file_of(f"{answer} Read on") == f"topics/{topic.id}/topic.toml"
