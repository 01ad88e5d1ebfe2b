"""Room for the dots Nastaliq hangs past a word's start (kiosk/_qt/dot_room.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import uharfbuzz as hb
from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextDocument

from kiosk._qt import fonts, theme
from kiosk._qt.dot_room import (
    CLEAR,
    DOT_WIDTH,
    ROOM,
    WarmUp,
    hanging_dots,
    one_line,
    room_for_browsers,
    room_for_dots,
)
from kiosk._qt.widgets import caption_layout
from kiosk._qt.widgets.pagetext import make_document, sentence_boxes
from kiosk.core import resources
from kiosk.core.lastwords import markdown_kept_together
from kiosk.core.model import Label, Localized

WIDTHS = {" ": 0.132, "\u2009": 0.166, "\u2005": 0.25, "\u2004": 0.333, "\u202f": 0.166}
NASTALIQ = Path(__file__).parents[2] / "assets" / "fonts" / "NotoNastaliqUrduKiosk-Regular.ttf"


def _harfbuzz_reach(word: str) -> float:
    """The same measure, as HarfBuzz shapes the word: the dots' (zero-advance glyphs no
    wider than a dot) ink past the word's start, in ems."""
    face = hb.Face(hb.Blob.from_file_path(str(NASTALIQ)))
    font = hb.Font(face)
    buffer = hb.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    x, reach = 0, None
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        extents = font.get_glyph_extents(info.codepoint)
        if font.get_glyph_h_advance(info.codepoint) == 0 and extents and \
                0 < extents.width <= DOT_WIDTH * face.upem:
            right = x + position.x_offset + extents.x_bearing + extents.width
            reach = right if reach is None else max(reach, right)
        x += position.x_advance
    return 0.0 if reach is None else (reach - x) / face.upem


@pytest.mark.parametrize("word", ["بیماری", "پیٹ", "پیشاب", "یہ", "بیچنے", "پیتے", "ڈاکٹر",
                                  "کو", "بنتی", "تقریباً", "آنتوں"])
def test_dots_are_measured_as_harfbuzz_places_them(qapp, word: str) -> None:
    assert hanging_dots(word) == pytest.approx(_harfbuzz_reach(word), abs=0.01)


def test_words_whose_dots_hang_get_room_and_others_do_not(qapp) -> None:
    assert hanging_dots("پیٹ") > 0.2 and hanging_dots("بیماری") > 0.15
    assert hanging_dots("آنتوں") <= 0.03  # its madda reaches over, high: not a dot
    text = room_for_dots("یہ بیماری ہے اور پیٹ میں درد", "ur")
    words = text.split()
    assert words == ["یہ", "بیماری", "ہے", "اور", "پیٹ", "میں", "درد"]
    gaps = [char for char in text if char.isspace()]
    for space, word in zip(gaps, words[1:], strict=True):
        # Room enough wherever a dot hangs, and a plain space wherever none does.
        assert WIDTHS[space] - hanging_dots(word) >= CLEAR - 0.001
        assert (space == " ") == (hanging_dots(word) <= WIDTHS[" "] - CLEAR)
    assert room_for_dots("a sick tummy", "en") == "a sick tummy"  # Latin: nothing hangs
    assert room_for_dots("یہ بیماری", "ps") == "یہ بیماری"  # Pashto is set in Naskh


def test_a_no_break_space_stays_one(qapp) -> None:
    text = room_for_dots("اس کی بیماری\u00a0بیماری", "ur")
    last = text.split()[-1]
    between = text[text.index("بیماری") + len("بیماری"):text.rindex(last)]
    assert between and set(between) == {"\u202f"}  # no-break, and wide enough
    assert WIDTHS["\u202f"] * len(between) - hanging_dots(last) >= CLEAR - 0.001


def test_markdown_marks_stay_marks(qapp) -> None:
    text = room_for_dots("دوائیں **بیماری** کو", "ur")
    assert "**بیماری**" in text and text[text.index("**") - 1] != " "


def _blank_run(text: str) -> int:
    """The widest run of empty columns from the first ink to the last, drawn at 100 px:
    for two short words, the room between them."""
    font = QFont(fonts.load_fonts().family_for("ur"))
    font.setPixelSize(100)
    layout = one_line(text, font, 2000)
    image = QImage(2000, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layout.draw(painter, QPointF(0, 50))
    painter.end()
    inked = [any(image.pixelColor(x, y).lightness() < 200 for y in range(0, 400, 2))
             for x in range(2000)]
    first, last = inked.index(True), len(inked) - inked[::-1].index(True)
    widest = run = 0
    for ink in inked[first:last]:
        run = 0 if ink else run + 1
        widest = max(widest, run)
    return widest


@pytest.mark.parametrize("pair", ["سیل بیچنے", "لیٹ پیٹ"])
def test_the_dot_stands_apart_from_the_word_before(qapp, pair: str) -> None:
    """Drawn: the dots of بیچنے and پیٹ stood against the word before (not one empty
    column between the two words' ink); with room, most of a plain space parts them."""
    roomy = room_for_dots(pair, "ur")
    assert roomy != pair
    assert _blank_run(pair) < 3
    assert _blank_run(roomy) >= 100 * 0.08


def test_page_text_makes_room_and_is_still_read_aloud(qapp) -> None:
    metrics = theme.Metrics(1.0, "ur")
    markdown = "یہ بیماری ابھی جڑ سے ختم نہیں ہو سکتی۔ دوسرا جملہ۔"
    doc = make_document(markdown, metrics, rtl=True)
    assert any(char in doc.toPlainText() for char in "\u2009\u2005\u2004")
    doc.setTextWidth(800)
    assert sentence_boxes(doc, "یہ بیماری ابھی جڑ سے ختم نہیں ہو سکتی۔")


def test_the_default_packs_urdu_keeps_its_words(qapp) -> None:
    """Only spaces change: every Urdu page of the default pack reads as the same blocks,
    list items and words (a list item whose first dot hung had lost its bullet)."""
    def blocks(markdown: str) -> list[tuple[bool, str]]:
        doc = QTextDocument()
        doc.setMarkdown(markdown)
        return [(doc.findBlockByNumber(n).textList() is not None,
                 " ".join(doc.findBlockByNumber(n).text().split()))
                for n in range(doc.blockCount())]

    pages = sorted(Path(resources.default_pack()).rglob("*.ur.md"))
    assert len(pages) > 40
    for path in pages:
        text = markdown_kept_together(path.read_text(encoding="utf-8"))
        assert blocks(room_for_dots(text, "ur")) == blocks(text), path.name


def test_the_packs_words_are_measured_ahead(qtbot, kiosk) -> None:
    """Before a patient opens a topic: every Urdu word's dots measured while nobody waits,
    a few at a time."""
    hanging_dots.cache_clear()
    warm = WarmUp(kiosk.session.pack)
    measured = len(warm._words)
    assert measured > 500  # the default pack's Urdu words, each once
    with qtbot.waitSignal(warm.finished):  # measured as the event loop turns
        pass
    assert warm.done
    page = kiosk.session.pack.topics[0].pages[0].body.texts["ur"]
    hits = hanging_dots.cache_info().hits
    room_for_dots(page, "ur")
    assert hanging_dots.cache_info().misses == measured  # none measured again
    assert hanging_dots.cache_info().hits > hits


def test_a_pack_that_goes_live_later_is_measured_ahead_too(qtbot, kiosk) -> None:
    """A pack staff install goes live at the attract screen: its new words are measured
    then, not on the tap that first shows them, and the warm-up goes when it is done."""
    word = "پیپیتا"  # in no pack: measured only if the new pack's words are
    pack = kiosk.session.pack
    title = Localized({**pack.title.texts, "ur": f"{pack.title.texts['ur']} {word}"})
    kiosk.session.set_pack(dataclasses.replace(pack, title=title))
    warming = kiosk.window.findChildren(WarmUp)
    assert warming, "nothing measures the new pack's words"
    warm = warming[-1]  # the newest: the first pack's may still be at work
    with qtbot.waitSignal(warm.finished):
        pass
    misses = hanging_dots.cache_info().misses
    hanging_dots(word)
    assert hanging_dots.cache_info().misses == misses, "the new word was not measured ahead"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not kiosk.window.findChildren(WarmUp), "a warm-up stays after its work"


def test_a_picture_label_makes_room_too(qapp) -> None:
    """'بار بار پیشاب' on a chip: the dot of پ sat under the بار before it."""
    label = Label(0.5, 0.9, Localized({"en": "Passing urine often", "ur": "بار بار پیشاب"}))
    metrics = theme.Metrics(unit=1.0, language="ur")
    [laid] = caption_layout.laid_out((label,), metrics, 600, 400)
    words = laid.block.doc.toPlainText()
    assert words != label.text.texts["ur"] and words.translate(ROOM) == label.text.texts["ur"]
    assert words == room_for_dots(label.text.texts["ur"], "ur")


def test_the_web_edition_makes_the_same_room(qapp, tmp_path: Path) -> None:
    """The phone's pages take the kiosk's room, with no narrow no-break space (Chromium
    drew those as the Nastaliq's own narrow space, and the title's dot stayed put)."""
    from kiosk.core.packdir import load_pack
    from kiosk.core.phrases import english
    from kiosk.core.webedition.export import export

    fonts_folder = Path(resources.fonts())
    export(load_pack(Path(resources.default_pack())), tmp_path / "web",
           translators=lambda _language: english, placeholders={"emergency_number": "1122"},
           fonts={"nastaliq": fonts_folder / "NotoNastaliqUrduKiosk-Regular.ttf",
                  "naskh": fonts_folder / "NotoNaskhArabicKiosk-Regular.ttf"},
           make_room=room_for_browsers)
    urdu = (tmp_path / "web" / "ur" / "inflammatory-bowel-disease.html").read_text("utf-8")
    english_page = (tmp_path / "web" / "en" / "inflammatory-bowel-disease.html").read_text(
        "utf-8")
    title = urdu[urdu.index("<h1>"):urdu.index("</h1>")]
    assert "\u2060" in title and "بیماری" in title  # the title's last words: held, roomy
    assert "\u2004" in urdu and "\u202f" not in urdu
    assert not any(char in english_page for char in "\u2004\u2005\u2009\u202f\u2060")
    # A picture's label too: 'بار بار پیشاب' on the first signs' drawing.
    signs = (tmp_path / "web" / "ur" / "type-1-diabetes.html").read_text("utf-8")
    labelled = room_for_browsers("بار بار پیشاب", "ur")
    assert labelled != "بار بار پیشاب" and f">{labelled}</span>" in signs


@pytest.mark.parametrize("line", ["- پیٹ میں درد", "1. بیماری ہے", "## بیماری کیا ہے",
                                  "> بیماری ہے"])
def test_a_markdown_mark_keeps_its_plain_space(qapp, line: str) -> None:
    """Markdown knows a list item, heading or quote by the plain space after its mark:
    the ketoacidosis page's "- پیٹ میں درد" came out as a paragraph starting with "-"."""
    mark = line.split(" ", 1)[0] + " "
    assert room_for_dots(line, "ur").startswith(mark)
    assert room_for_dots("پہلے\n" + line, "ur").split("\n")[1].startswith(mark)


def test_a_list_stays_a_list(qapp) -> None:
    doc = make_document("علامات:\n\n- پیٹ میں درد\n- تیز سانس\n", theme.Metrics(1.0, "ur"),
                        rtl=True)
    block = doc.findBlockByNumber(1)
    assert block.textList() is not None and block.text().startswith("پیٹ")
