"""Every string the kiosk shows in an Arabic script is shaped by Qt exactly as HarfBuzz
shapes it, in the bundled font of its language's script: Urdu in Nastaliq, Pashto in
Naskh, and any language a pack or translation adds.

HarfBuzz reading the bundled font file is the reference. Debian's Noto Nastaliq Urdu
2.000 passed every other check yet Qt drew مدافعتی as بدافعتی; this is the test that
would have caught it, and the negative controls below prove it still can.

The strings are collected when the test runs, so text added to the pack or to
translations/kiosk_xx.ts during the day is checked without editing this file.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk._qt import fonts, shaping
from kiosk.core import languages, resources
from kiosk.core.model import Localized
from kiosk.core.packdir import load_pack
from kiosk.core.resources import default_pack

pytest.importorskip("uharfbuzz")

HARD_WORDS = (
    "مدافعتی", "آٹو امیون", "انسولین", "اسٹیم سیل", "ذیابیطس", "رمیٹائیڈ آرتھرائٹس",
    "ملٹیپل اسکلروسیس", "پیوند کاری", "بانجھ پن", "سوزش", "جراثیم", "خلیے",
)
# Body, title and hero sizes on a 1080p screen and on a small one: Qt's glyph
# positioning goes through the pixel size, so more than one size is checked.
PIXEL_SIZES = (24, 41, 66)
DEBIAN_NASTALIQ = Path("/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


def urdu_font() -> Path:
    return resources.fonts() / fonts.URDU_FILE


# Each script's bundled files: every face a screen may ask for (Nastaliq has no bold).
SCRIPT_FILES = {"nastaliq": (fonts.URDU_FILE,), "naskh": fonts.NASKH_FILES}


def _languages() -> list[str]:
    """Every language the kiosk draws in an Arabic script: the default pack's and the
    interface translations'."""
    codes = set(load_pack(default_pack()).languages)
    codes |= {path.stem.removeprefix("kiosk_")
              for path in resources.translations().glob("kiosk_*.ts")}
    return sorted(code for code in codes if languages.script_of(code) in SCRIPT_FILES)


LANGUAGES = _languages()


def _lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        line = line.strip()
        if _ARABIC.search(line):
            yield line


def _strip_markdown(text: str) -> str:
    """What Qt's Markdown reader leaves of a line: the words, without the markup."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", "", line)
        line = re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
        lines.append(line.replace("\\", ""))
    return "\n".join(lines)


def translation_strings(language: str) -> list[tuple[str, str]]:
    path = resources.translations() / f"kiosk_{language}.ts"
    if not path.is_file():
        return []
    found = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        # Plural forms keep their text in <numerusform> children.
        texts = [translation.text or ""] + [form.text or "" for form in translation]
        source = message.findtext("source", "")
        for text in texts:
            found.extend((f"kiosk_{language}.ts: {source!r}", line)
                         for line in _lines(text))
    return found


def pack_strings(language: str) -> list[tuple[str, str]]:
    pack = load_pack(default_pack())

    def lines(text: Localized) -> list[str]:
        # A topic not written in this language has no text in it (not English instead).
        return list(_lines(text.texts.get(language, "")))

    found = [(f"pack {pack.id} title", line) for line in lines(pack.title)]
    for topic in pack.topics:
        for what, text in (("title", topic.title), ("summary", topic.summary)):
            found.extend((f"topic {topic.id} {what}", line) for line in lines(text))
        for page in topic.pages:
            where = f"page {page.key}"
            found.extend((f"{where} title", line) for line in lines(page.title))
            for label in page.labels:
                found.extend((f"{where} label", line) for line in lines(label.text))
            for treatment in page.treatments:
                for text in (treatment.name, treatment.approved_by):
                    if text is not None:
                        found.extend((f"{where} treatment", line) for line in lines(text))
            if language in page.body:
                body = _strip_markdown(page.body.get(language))
                found.extend((f"{where} body", line) for line in _lines(body))
            for number, question in enumerate(page.questions, 1):
                texts = [question.prompt, question.explanation,
                         *(choice.text for choice in question.choices)]
                for text in texts:
                    found.extend((f"{where} question {number}", line) for line in lines(text))
    return found


def all_strings(language: str) -> list[tuple[str, str]]:
    found = translation_strings(language) + pack_strings(language)
    if language == "ur":
        found += [("hard words", word) for word in HARD_WORDS]
    unique: dict[str, str] = {}
    for where, text in found:
        unique.setdefault(text, where)
    return [(where, text) for text, where in unique.items()]


_collected: dict[str, list[tuple[str, str]]] = {}


def strings_in(language: str) -> list[tuple[str, str]]:
    if language not in _collected:
        _collected[language] = all_strings(language)
    return _collected[language]


def font_files(language: str) -> list[Path]:
    return [resources.fonts() / name for name in SCRIPT_FILES[languages.script_of(language)]]


def test_every_language_the_kiosk_draws_is_checked() -> None:
    # Guards against a vacuous pass: Urdu and Pashto must be found, in their own scripts.
    assert {"ur", "ps"} <= set(LANGUAGES), LANGUAGES
    assert languages.script_of("ur") == "nastaliq" and languages.script_of("ps") == "naskh"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_collection_finds_the_kiosk_text(language: str) -> None:
    # Guards against a vacuous pass: a parser change that found nothing would
    # otherwise leave the shaping test green.
    strings = strings_in(language)
    sources = {where.split(" ", 1)[0] for where, _ in strings}
    assert {"pack", "topic", "page"} <= sources, sources
    assert any(where.endswith("body") for where, _ in strings)
    if (resources.translations() / f"kiosk_{language}.ts").is_file():
        assert f"kiosk_{language}.ts:" in sources
    assert not any("**" in text for _, text in strings), "Markdown left in a body line"


@pytest.mark.parametrize("pixel_size", PIXEL_SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_shapes_every_string_like_harfbuzz(qapp, language: str, pixel_size: int) -> None:
    fonts.load_fonts()
    fonts.naskh_family()
    strings = strings_in(language)
    failures = []
    for font in font_files(language):
        for where, text in strings:
            mismatches = shaping.compare_with_harfbuzz(font, text, pixel_size,
                                                       language=language)
            if mismatches:
                failures.append(f"{font.name}: {where}: {text!r}\n    " +
                                "\n    ".join(str(m) for m in mismatches[:3]))
    assert not failures, (f"{len(failures)} of {len(strings)} {language} strings are drawn "
                          f"differently from HarfBuzz at {pixel_size} px:\n" +
                          "\n".join(failures))


# Pashto and Sindhi (#18), in Naskh: every letter the two add to the Arabic alphabet, alone
# and inside words, since a letter's joined forms are where a shaper goes wrong.
NASKH_STRINGS = {
    "ps": ("ټ ډ ړ ښ ږ ځ څ ې ۍ ګ ڼ ۀ",
           "د بدن دفاعي سیستم ستاسو ساتنه کوي",
           "ډاکټر، ښځه، ځوان، څه، ږیره، ړوند، ټپي، ګډ، ښوونځی، ډېر، کوچنۍ"),
    "sd": ("ڄ ڃ ٺ ٽ ٿ ڀ ڏ ڌ ڊ ڍ ڙ ڳ ڱ ڪ ٻ ڦ ڇ ڻ ڮ",
           "جسم جو دفاعي نظام توهان جي حفاظت ڪري ٿو",
           "ڊاڪٽر، ٻار، ڄاڻ، ڳالهه، ٺيڪ، ٽوپي، ڏينهن، ڍڪ، ڦڦڙ، ڇوڪري، ڻ، ڱ"),
}


# Punjabi (Shahmukhi) and Saraiki, in Nastaliq like Urdu: the letters they add (ݨ ݪ; ٻ ڄ
# ݙ ڳ), alone and inside words. No pack carries them yet; the kiosk offers them.
NASTALIQ_STRINGS = {
    "pnb": ("ݨ ݪ ٹ ڈ ڑ ں ے", "تہاڈا مدافعتی نظام تہاڈی حفاظت کردا اے",
            "پاݨی، کݨک، کݪ، جاݨدا، ویکھݨ"),
    "skr": ("ٻ ڄ ݙ ڳ ݨ", "ساݙا جسم ٻیماری نال لڑدا ہے",
            "ڄاݨ، ڳالھ، ٻال، ݙینہہ، ڳوٹھ"),
}


@pytest.mark.parametrize("pixel_size", PIXEL_SIZES)
def test_qt_shapes_punjabi_and_saraiki_in_nastaliq_like_harfbuzz(qapp, pixel_size: int) -> None:
    fonts.load_fonts()
    failures = [f"{language}: {text!r}: {mismatches[0]}"
                for language, texts in NASTALIQ_STRINGS.items() for text in texts
                if (mismatches := shaping.compare_with_harfbuzz(urdu_font(), text, pixel_size,
                                                                language=language))]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("pixel_size", PIXEL_SIZES)
@pytest.mark.parametrize("style", [0, 1], ids=["regular", "bold"])
def test_qt_shapes_pashto_and_sindhi_in_naskh_like_harfbuzz(qapp, pixel_size: int,
                                                           style: int) -> None:
    """The same proof as for Urdu, for the Naskh font bundled for Pashto and Sindhi: no
    fallback to another font for any of their letters, and every glyph where HarfBuzz
    puts it."""
    assert fonts.naskh_family() == fonts.NASKH_FAMILY
    font = resources.fonts() / fonts.NASKH_FILES[style]
    failures = [f"{language}: {text!r}: {mismatches[0]}"
                for language, texts in NASKH_STRINGS.items() for text in texts
                if (mismatches := shaping.compare_with_harfbuzz(font, text, pixel_size,
                                                                language=language))]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_line_height_keeps_lines_apart(language: str) -> None:
    """The line spacing screens use leaves room for the tallest and deepest ink."""
    import uharfbuzz as hb

    strings = strings_in(language)
    face = hb.Face(hb.Blob.from_file_path(str(font_files(language)[0])))
    font = hb.Font(face)
    ascender = font.get_font_extents("ltr").ascender / face.upem
    descender = -font.get_font_extents("ltr").descender / face.upem
    tops, depths = [], []
    for where, text in strings:
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.language = language
        hb.shape(font, buf, {})
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            extents = font.get_glyph_extents(info.codepoint)
            top = (pos.y_offset + extents.y_bearing) / face.upem
            tops.append((top, where, text))
            # HarfBuzz's glyph height is negative (y grows upwards): top + height is the bottom.
            depths.append((-(top + extents.height / face.upem), where, text))
    tallest, deepest = max(tops), max(depths)
    assert 0.5 < tallest[0] < 4 and 0.2 < deepest[0] < 2, (tallest, deepest)  # sane units
    fontset = fonts.FontSet(fonts.URDU_FAMILY, fonts.LATIN_FAMILY, ())
    pitch = fontset.line_height_factor(language) * (ascender + descender)
    assert tallest[0] + deepest[0] <= pitch, (
        f"{language} lines {pitch:.2f} em apart collide: {tallest[2]!r} ({tallest[1]}) rises "
        f"{tallest[0]:.2f} em and {deepest[2]!r} ({deepest[1]}) hangs {deepest[0]:.2f} em; "
        f"raise the {languages.script_of(language)} line height in kiosk/_qt/fonts.py")
    assert tallest[0] - ascender <= fontset.ink_above_ascent(language) + 1e-6, (
        f"{tallest[2]!r} ({tallest[1]}) rises {tallest[0]:.2f} em, above the room "
        f"ink_above_ascent leaves")


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_leave_room_for_ink_past_their_lines(language: str) -> None:
    """Every word the kiosk shows keeps its ink inside the room a label leaves around its
    lines (``fonts.InkRoom``), at whichever end of a line it falls: a ک starting an Urdu
    line sweeps its stroke past the line's start, and lost its tip at 0.25 em."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(font_files(language)[0])))
    font = hb.Font(face)
    descender = -font.get_font_extents("ltr").descender / face.upem
    room = fonts.FontSet(fonts.URDU_FAMILY, fonts.LATIN_FAMILY, ()).ink_room(language)
    starts, ends, depths = [], [], []
    for where, text in strings_in(language):
        for word in text.split():
            buf = hb.Buffer()
            buf.add_str(word)
            buf.guess_segment_properties()
            buf.language = language
            hb.shape(font, buf, {})
            # Glyphs come in visual order, left to right, from x = 0 to x = the advance.
            x, left, right = 0, 0, 0
            for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
                extents = font.get_glyph_extents(info.codepoint)
                if extents.width:
                    ink = x + pos.x_offset + extents.x_bearing
                    left, right = min(left, ink), max(right, ink + extents.width)
                bottom = -(pos.y_offset + extents.y_bearing + extents.height) / face.upem
                depths.append((bottom - descender, word, where))
                x += pos.x_advance
            past_right, past_left = (right - x) / face.upem, -left / face.upem
            if buf.direction == "rtl":
                starts.append((past_right, word, where))
                ends.append((past_left, word, where))
            else:
                starts.append((past_left, word, where))
                ends.append((past_right, word, where))
    for (past, word, where), allowed, what in ((max(starts), room.start, "a line's start"),
                                               (max(ends), room.end, "a line's end"),
                                               (max(depths), room.below, "the descent")):
        assert past <= allowed + 1e-6, (
            f"{word!r} ({where}) reaches {past:.3f} em past {what}; {language} labels leave "
            f"{allowed} em: raise it in kiosk/_qt/fonts.py")


def test_the_comparison_flags_contour_point_anchors(qapp, tmp_path: Path) -> None:
    """Negative control built from the shipped font: no broken font is shipped.

    Every GPOS anchor is turned into the contour-point kind (format 2) that broke
    Debian's 2.000, pointing at a point that is not where the anchor's coordinates
    are. HarfBuzz at its default scale uses the coordinates; Qt follows the point.
    """
    ttlib = pytest.importorskip("fontTools.ttLib")
    from tools.fonts.make_fonts import anchors

    font = ttlib.TTFont(urdu_font())
    for record in font["name"].names:
        # A family of its own, or Qt would lay the text out with the good font.
        if record.nameID in (1, 4, 16):
            record.string = "Kiosk Broken Anchors Test"
        elif record.nameID in (3, 6):
            record.string = "KioskBrokenAnchorsTest"
    changed = 0
    for anchor in anchors(font):
        anchor.Format, anchor.AnchorPoint = 2, 0
        changed += 1
    assert changed > 100
    broken = tmp_path / "broken-anchors.ttf"
    font.save(broken)
    mismatches = shaping.compare_with_harfbuzz(broken, "مدافعتی", 41)
    assert mismatches, "the comparison missed letters Qt placed by contour point"
    assert all("px off" in m.problem for m in mismatches)


def test_the_comparison_flags_a_different_glyph(qapp) -> None:
    """Negative control for glyph ids.

    The font draws ۴ ۶ ۷ differently for Persian (and ے for Sindhi). Qt shapes with the
    font's default, Urdu, forms; a reference told the text is Persian must disagree.
    """
    fonts.load_fonts()
    text = "۴۶۷ ہے"
    assert shaping.compare_with_harfbuzz(urdu_font(), text, 41) == []
    mismatches = shaping.compare_with_harfbuzz(urdu_font(), text, 41, language="fa")
    assert mismatches
    assert all(m.problem == "different glyph" for m in mismatches)


@pytest.mark.skipif(not DEBIAN_NASTALIQ.is_file(),
                    reason="Debian's fonts-noto-core is not installed (apt-get install "
                           "fonts-noto-core to run this control)")
def test_the_comparison_flags_debians_original_font(qapp) -> None:
    """The font that actually broke: Debian's Noto Nastaliq Urdu 2.000."""
    mismatches = shaping.compare_with_harfbuzz(DEBIAN_NASTALIQ, "مدافعتی", 41)
    assert mismatches


def test_load_fonts_is_idempotent_and_maps_languages(qapp) -> None:
    first = fonts.load_fonts()
    assert fonts.load_fonts() is first
    assert first.family_for("ur") == fonts.URDU_FAMILY
    assert first.family_for("en") == fonts.LATIN_FAMILY
    assert first.family_for("xx") == fonts.LATIN_FAMILY
    assert first.family_for("ps") == fonts.NASKH_FAMILY
    assert first.line_height_factor("ur") > first.line_height_factor("en") >= 1.0
    from PySide6.QtGui import QFont, QFontInfo

    for language in ("ur", "en", "ps"):
        font = QFont(first.family_for(language))
        font.setPixelSize(30)
        assert QFontInfo(font).family() == first.family_for(language)


def test_load_fonts_names_a_missing_file(qapp, tmp_path: Path) -> None:
    for source in fonts.load_fonts().files[1:]:
        shutil.copy(source, tmp_path / source.name)
    with pytest.raises(fonts.FontError, match=fonts.URDU_FILE):
        fonts.load_fonts(tmp_path)


def test_latin_text_is_shaped_like_harfbuzz_too(qapp) -> None:
    fontset = fonts.load_fonts()
    latin = fontset.files[1]
    for text in ("Your immune system and autoimmune disease", "Rescue 1122 — T cells (24/7)"):
        assert shaping.compare_with_harfbuzz(latin, text, 30, language="en", rtl=False) == []
