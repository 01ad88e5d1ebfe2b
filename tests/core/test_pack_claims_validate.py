"""Banned medical claims, validation of everything at once, the text-fit hook, and diff."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest
from kpack_helpers import SECOND_PAGE, build, make_pack, new_key

from kiosk.core import glyphs, resources, validate
from kiosk.core.claims import claim_problems, find_claims
from kiosk.core.diff import diff_paths
from kiosk.core.model import Pack
from kiosk.core.problems import Problem

BANNED = [
    "This treatment cures arthritis.",
    "Stem cells CURE diabetes!",
    "Results are guaranteed.",
    "We guarantee you will walk again.",
    "A miracle treatment for MS.",
    "It has no side effects.",
    "Completely safe and 100% effective.",
    "It is side-effect free.",
    "Our clinic offers a permanent fix.",
    "علاج کی ضمانت",
    "ہمارے پاس مکمل شفا ہے",
    "اس دوا کے کوئی مضر اثرات نہیں",
    "اس کا کوئی سائیڈ ایفیکٹ نہیں",
    "سائیڈ ایفیکٹ نہیں ہوتے",
    "معجزاتی علاج",
    "سو فیصد کامیاب علاج",
    "ہم شفا کی گارنٹی دیتے ہیں",
]

HONEST = [
    "There is no cure yet.",
    "There is no known cure, but treatment helps.",
    "Stem cell therapy is not a cure for MS.",
    "Methotrexate does not cure arthritis, but it controls it.",
    "Nobody can guarantee results.",
    "Beware of anyone who promises a cure.",
    "Be careful of clinics that sell a miracle cure.",
    "Treatment can’t cure it, but it can calm it down.",
    "Every medicine can have side effects; ask your doctor.",
    "Security guards, procured supplies and accurate records.",
    "کوئی علاج نہیں",
    "ابھی تک اس بیماری کا کوئی علاج نہیں ہے۔",
    "اس بیماری کا مستقل علاج نہیں، مگر دوائیں مدد کرتی ہیں۔",
    "مکمل شفا ممکن نہیں، لیکن علامات کم ہو سکتی ہیں۔",
    "کوئی ضمانت نہیں دے سکتا۔",
    "ہر دوا کے کچھ مضر اثرات ہو سکتے ہیں۔",
]


# The seed article's claim, and the same promises disguised: spelling variants, Arabic
# letters for Urdu ones, invisible joiners, stretched letters, Roman Urdu.
DISGUISED = [
    "Stem cell therapy treats autoimmune disease without experiencing any side effects.",
    "No side‑effects at all!",
    "It has no side eff­ects.",  # a soft hyphen inside the word
    "Guaranteed re​sults.",  # a zero-width space
    "CURE for MS",
    "Ｃｕｒｅ for diabetes",  # full-width letters
    "Our treatment is 100% safe.",
    "اس علاج كے كوئي سائيڈ ايفيكٹ نہيں",  # Arabic ي and ك
    "اس کا کوئی سائڈ افیکٹ نہیں",  # the other spellings of side effect
    "سائی‍ڈ ایفیکٹس بالکل نہیں",  # a joiner inside the word
    "مکمـــل شفا",  # stretched with tatweel
    "مُکمّل شِفا",  # with vowel marks
    "یہ علاج مضر اثرات سے پاک ہے",
    "۱۰۰ فیصد کامیاب علاج",
    "Is ilaj ka koi side effect nahi",
    "100% shifa guaranteed",
    "Mukammal shifa milegi",
    "Bilkul mehfooz ilaj, jad se khatam",
    "Stem cells se diabetes ka pakka ilaj",
]

# What the kiosk must be able to say about those claims.
REBUTTALS = [
    "A clinic that promises a cure is a warning sign.",
    "Claims of no side effects are false.",
    "No treatment is free of side effects.",
    "No medicine works without side effects.",
    "It is not true that stem cells have no side effects.",
    "Some clinics say their stem cells work without any side effects. This is not true.",
    "Be careful if a clinic promises a cure or no side effects.",
    "Your own cells do not mean no risk: a promise of 100% safe treatment is a red flag.",
    "جو کلینک مکمل شفا کا وعدہ کرے، وہ خطرے کی نشانی ہے۔",
    "یہ دعویٰ کہ اس علاج کے کوئی مضر اثرات نہیں، جھوٹ ہے۔",
    "کوئی بھی علاج مضر اثرات سے پاک نہیں۔",
    "کچھ کلینک کہتے ہیں کہ کوئی سائیڈ ایفیکٹ نہیں ہوتا۔ یہ سچ نہیں۔",
    "ابھی اس کا کوئی مستقل علاج نہیں۔",
    "Jo clinic 100% shifa ka dawa kare, woh dhoka hai.",
    "Koi side effect nahi, yeh dawa jhoot hai.",
    "Mukammal shifa abhi mumkin nahi.",
]

# Attributing a promise is not enough: the sentence must say it is false.
STILL_CLAIMS = [
    "Our doctors promise a cure.",
    "Patients say it has no side effects.",
    "ہمارے ڈاکٹر کہتے ہیں کہ مکمل شفا ملے گی۔",
]


@pytest.mark.parametrize("text", DISGUISED + STILL_CLAIMS)
def test_disguised_and_attributed_claims_are_found(text: str) -> None:
    assert find_claims(text), text


@pytest.mark.parametrize("text", REBUTTALS)
def test_rebuttals_of_a_claim_pass(text: str) -> None:
    assert find_claims(text) == [], text


def test_a_disguised_claim_is_quoted_as_written() -> None:
    text = "First line.\nاس علاج كے كوئي سائي\u200dڈ ايفيكٹ نہيں"
    [claim] = find_claims(text)
    assert claim.line == 2 and claim.excerpt in text and "كوئي" in claim.excerpt


@pytest.mark.parametrize("text", BANNED)
def test_banned_claims_are_found(text: str) -> None:
    assert find_claims(text), text


@pytest.mark.parametrize("text", HONEST)
def test_honest_sentences_pass(text: str) -> None:
    assert find_claims(text) == [], text


def test_claims_name_the_line() -> None:
    found = find_claims("Fine first line.\n\nSecond: a guaranteed result.\n")
    problems = claim_problems(found, "p.en.md")
    assert [(p.file, p.line) for p in problems] == [("p.en.md", 3)]
    assert "guaranteed" in problems[0].message


def test_the_bundled_pack_makes_no_banned_claims() -> None:
    folder = resources.default_pack()
    found = [p for p in validate.check_files(folder) if "promises too much" in p.message]
    assert found == []
    assert validate.validate_folder(folder, check_review=False) == []


def test_review_date_passed(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "p")
    assert validate.validate_folder(pack) == []
    later = dt.date.today() + dt.timedelta(days=3 * 366)
    problems = validate.validate_folder(pack, today=later)
    assert [p.file for p in problems] == ["pack.toml"]
    assert "review was due" in problems[0].message
    assert validate.validate_folder(pack, today=later, check_review=False) == []


def test_claims_in_titles_and_labels(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "p")
    topic = pack / "topics/first-topic/topic.toml"
    topic.write_text(topic.read_text().replace('en = "First page"', 'en = "The miracle page"'))
    problems = validate.validate_folder(pack)
    assert [(p.file, p.line) for p in problems] == [("topics/first-topic/topic.toml", None)]


def test_svg_checks(tmp_path: Path) -> None:
    svg = tmp_path / "a.svg"
    for content, words in [
        (b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg/>', "DOCTYPE"),
        (b"<svg><g>\n<broken</svg>", "damaged"),
        (b"<html/>", "not an SVG"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>', "script"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x/y.png"/></svg>',
         "outside the drawing"),
    ]:
        svg.write_bytes(content)
        problems = validate.check_svg(svg, "a.svg")
        assert problems and words in problems[0].message, (content, problems)
    svg.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>')
    assert validate.check_svg(svg, "a.svg") == []


def test_text_fit_hook(tmp_path: Path) -> None:
    pack_folder = make_pack(tmp_path / "p")
    seen: list[str] = []

    def too_long(pack: Pack) -> list[Problem]:
        seen.append(pack.id)
        return [Problem("topics/first-topic/first-page.ur.md", "does not fit on the screen")]

    assert validate.validate_folder(pack_folder, text_fit=too_long)[0].message == \
        "does not fit on the screen"
    validate.register_text_fit_check(too_long)
    try:
        assert len(validate.validate_folder(pack_folder)) == 1
        assert len(validate.validate_path(build(pack_folder, tmp_path / "p.kpack"))) == 1
    finally:
        validate.unregister_text_fit_check(too_long)
    assert validate.validate_folder(pack_folder) == []
    assert len(seen) == 3



def test_a_text_fit_check_that_can_be_begun_is_begun_before_the_files_are_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Qt pass starts its helper processes as soon as the pack is read, so they are
    getting ready while validate checks the files and words; it ends however it ends."""
    pack_folder = make_pack(tmp_path / "p")
    order: list[str] = []
    real = validate.check_files

    def check_files(folder: Path, cache: object = None) -> list[Problem]:
        order.append("files")
        return real(folder, cache)  # type: ignore[arg-type]

    monkeypatch.setattr(validate, "check_files", check_files)

    class Begun:
        def __enter__(self) -> Begun:
            order.append("begun")
            return self

        def __exit__(self, *error: object) -> None:
            order.append("ended")

        def finish(self) -> list[Problem]:
            order.append("finished")
            return [Problem("topics/first-topic/first-page.ur.md", "does not fit")]

    class TextFit:
        def __call__(self, pack: Pack) -> list[Problem]:
            raise AssertionError("a check that can be begun is begun, not called")

        def begin(self, pack: Pack) -> Begun:
            return Begun()

    said = validate.validate_folder(pack_folder, text_fit=TextFit())
    assert [problem.message for problem in said] == ["does not fit"]
    assert order == ["begun", "files", "finished", "ended"]

    def failing(folder: Path, cache: object = None) -> list[Problem]:
        raise OSError("the stick was pulled")

    order.clear()
    monkeypatch.setattr(validate, "check_files", failing)
    with pytest.raises(OSError):
        validate.validate_folder(pack_folder, text_fit=TextFit())
    assert order == ["begun", "ended"]  # its helpers are stopped all the same

def test_validate_kpack_and_missing_paths(tmp_path: Path) -> None:
    kp = build(make_pack(tmp_path / "p"), tmp_path / "p.kpack", new_key())
    assert validate.validate_path(kp) == []
    assert "missing" in validate.validate_path(tmp_path / "nope")[0].message


def test_diff_pages_added_removed_changed(tmp_path: Path) -> None:
    old = make_pack(tmp_path / "old", 2)
    new = tmp_path / "new"
    shutil.copytree(old, new)
    topic = new / "topics/first-topic/topic.toml"
    topic.write_text(topic.read_text() + SECOND_PAGE)
    (new / "topics/first-topic/second-page.en.md").write_text("More words.\n")
    (new / "topics/first-topic/second-page.ur.md").write_text("مزید الفاظ۔\n")
    (new / "topics/first-topic/first-page.ur.md").write_text("نئے الفاظ۔\n")
    (new / "topics/first-topic/first-page.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')
    toml = new / "pack.toml"
    toml.write_text(toml.read_text().replace("version = 2 ", "version = 3 "))
    result = diff_paths(old, build(new, tmp_path / "new.kpack"))
    assert result.added == ["first-topic/second-page"]
    assert result.removed == []
    assert {page: [str(what) for what in aspects] for page, aspects in result.changed.items()} \
        == {"first-topic/first-page": ["picture", "Urdu words"]}
    lines = "\n".join(result.lines())
    assert "version 2 to" in lines and "+ page first-topic/second-page" in lines
    # Staff read the same changes by the titles patients see, in their own language.
    staff = [str(line) for line in result.for_staff("en")]
    assert staff == ["New page: Second page (in First topic)",
                     "Changed: First page (in First topic): picture, Urdu words",
                     "Changed: the topic First topic (its title, summary, icon or picture)"]
    urdu = [dict(line.values) for line in result.for_staff("ur")]
    assert urdu[0] == {"page": "دوسرا صفحہ", "topic": "پہلا موضوع"}
    reverse = diff_paths(new, old)
    assert reverse.removed == ["first-topic/second-page"]
    assert diff_paths(old, old).empty


def test_characters_no_kiosk_font_draws_are_named(tmp_path: Path) -> None:
    """The kiosk draws with its own fonts only: an emoji or a tick would be an empty box."""
    pack = make_pack(tmp_path / "p", en="# First page\n\nTake your insulin.\n\nYes ✓ 💉\n")
    topic = pack / "topics/first-topic/topic.toml"
    topic.write_text(topic.read_text().replace('en = "First page"', 'en = "First page ★"'))
    problems = validate.validate_folder(pack)
    assert sorted((p.file, p.line) for p in problems) == [
        ("topics/first-topic/first-page.en.md", 5), ("topics/first-topic/topic.toml", None)]
    by_file = {p.file: p.message for p in problems}
    assert "U+2713 CHECK MARK, U+1F489 SYRINGE" in by_file["topics/first-topic/first-page.en.md"]
    assert "U+2605 BLACK STAR" in by_file["topics/first-topic/topic.toml"]
    # Named, not shown: the staff panel reading this draws with the same fonts.
    assert all(glyphs.undrawable(message, "latin") == [] for message in by_file.values())
    assert "empty boxes" in by_file["topics/first-topic/topic.toml"]


def test_what_the_kiosk_fonts_draw_passes() -> None:
    # Bidi isolates, joiners, variation selectors and line breaks have no glyph and need none.
    urdu = ("مدافعتی نظام \u2068(T cells)\u2069 ٹ ں ے\u200c۔\n«1122» ©\ufe0f\u00ad"
            " — “quoted” • …")
    assert glyphs.undrawable(urdu, "nastaliq") == []
    assert glyphs.undrawable("●○ 💉", "latin") == ["○", "●", "💉"]


def test_naskh_letters_count_only_for_a_language_written_in_naskh() -> None:
    """Naskh is registered only when a Pashto or Sindhi screen is shown: a presentation
    form pasted into Urdu from a PDF (ﻻ) has a glyph in Naskh only."""
    assert glyphs.undrawable("ټ ﻻ ڪ", "naskh") == []
    assert glyphs.undrawable("ﻻ ڪ", "nastaliq") == ["ڪ", "ﻻ"]


def test_the_character_maps_are_read_as_harfbuzz_reads_them() -> None:
    hb = pytest.importorskip("uharfbuzz")
    for path in sorted(resources.fonts().glob("*.ttf")):
        want = set(hb.Face(hb.Blob.from_file_path(str(path))).unicodes)
        assert glyphs.character_map(path.read_bytes()) == want, path.name


def test_validate_needs_neither_harfbuzz_nor_fonttools(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The installed kiosk validates every pack staff bring and carries neither."""
    pack = make_pack(tmp_path / "p", en="# First page\n\nYes ✓\n")
    for name in ("uharfbuzz", "fontTools", "fontTools.ttLib"):
        monkeypatch.setitem(sys.modules, name, None)
    glyphs.drawable.cache_clear()
    glyphs._file_map.cache_clear()
    assert [p.line for p in validate.validate_folder(pack)] == [3]


def test_a_bundled_font_that_cannot_be_read_does_not_stop_validate(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The kiosk's own fonts damaged on its disk: the pack is not to blame, and installs
    go on; the log says what was not checked."""
    pack = make_pack(tmp_path / "p", en="# First page\n\nYes ✓\n")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in (*glyphs.ALWAYS, *glyphs.BY_SCRIPT["naskh"]):
        (fonts / name).write_bytes(b"\0\1" * 7)
    monkeypatch.setattr(resources, "fonts", lambda: fonts)
    glyphs.drawable.cache_clear()
    glyphs._file_map.cache_clear()
    try:
        assert validate.validate_folder(pack) == []
        assert "not checked against the kiosk's fonts" in caplog.text
    finally:
        glyphs.drawable.cache_clear()
        glyphs._file_map.cache_clear()
