"""The bundled pack says what the content brief allows, in both languages (issue #3 rules)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.core.claims import find_claims
from kiosk.core.model import Page, PageKind, PictureReads, Status, fill_placeholders
from kiosk.core.narration import sentences
from kiosk.core.packdir import load_pack
from kiosk.core.resources import default_pack
from kiosk.core.settings import Settings

PACK = load_pack(default_pack())
PAGES = PACK.pages()
TREATMENT_PAGES = [p for p in PAGES if p.statuses]
DOCTOR_LINE = {
    "en": "**Talk to your doctor.** Do not stop your medicines on your own.",
    "ur": "**اپنے ڈاکٹر سے بات کریں۔** اپنی دوائیں خود سے بند نہ کریں۔",
}
SVG = "{http://www.w3.org/2000/svg}"


def ids(pages: list[Page]) -> list[str]:
    return [p.key for p in pages]


def test_the_topics_the_brief_asks_for_are_all_there() -> None:
    topics = [t.id for t in PACK.topics]
    for needed in ("immune-system", "self-and-nonself", "autoimmune-disease", "type-1-diabetes",
                   "rheumatoid-arthritis", "sjogrens-syndrome", "inflammatory-bowel-disease",
                   "multiple-sclerosis", "treatments", "medicines-safety", "ask-your-doctor"):
        assert needed in topics


# The second edition's pages for patients in Pakistan (#12), each with words it must say in
# both languages: what a patient must not miss on that page.
NEW_PAGES = {
    "type-1-diabetes/first-signs": ({"same day", "finger-prick", "wet the bed"},
                                    {"اسی دن", "بستر پر پیشاب"}),
    "type-1-diabetes/sick-days": ({"Never stop your insulin"}, {"انسولین کبھی بند نہ کریں"}),
    "type-1-diabetes/ramadan": ({"does **not** break the fast", "Break the fast at once"},
                                {"روزہ **نہیں** ٹوٹتا", "فوراً روزہ کھول دیں"}),
    "type-1-diabetes/insulin-in-heat": ({"fridge", "freezer", "clay pot"},
                                        {"فریج", "فریزر", "مٹی کا گھڑا"}),
    "medicines-safety/steroids": ({"Never stop suddenly", "178", "38"},
                                  {"کبھی اچانک بند نہ کریں", "178 میں سے 38"}),
    "medicines-safety/checks-before": ({"TB", "hepatitis B and C"},
                                       {"ٹی بی", "ہیپاٹائٹس بی اور سی"}),
    "medicines-safety/live-vaccines": ({"polio drops", "Ask your doctor before any live vaccine"},
                                       {"پولیو کے قطرے", "زندہ ویکسین"}),
    "medicines-safety/pregnancy": ({"Methotrexate", "BCG", "Breastfeeding"},
                                   {"میتھوٹریکسیٹ", "بی سی جی", "دودھ پلاتی"}),
    "ask-your-doctor/who-checks": ({"DRAP", "PMDC", "healthcare commission", "pay"},
                                   {"ڈریپ", "پی ایم ڈی سی", "ہیلتھ کیئر کمیشن", "پیسے"}),
    "ask-your-doctor/stem-cell-myths": ({"my own cells", "herbal", "stop insulin"},
                                        {"اپنے خلیے", "جڑی بوٹی", "انسولین چھوڑ"}),
}


@pytest.mark.parametrize("key", NEW_PAGES)
def test_each_new_page_says_what_matters_in_both_languages(key: str) -> None:
    page = PACK.page(key)
    assert page is not None, f"{key} is missing"
    for language, needed in zip(("en", "ur"), NEW_PAGES[key], strict=True):
        text, title = page.body.get(language), page.title.get(language)
        assert text.strip() and title.strip(), (key, language)
        missing = [words for words in needed if words not in text]
        assert not missing, f"{key} ({language}) does not say {missing}"


# The same three steps on every condition's "when to get help" page, in this order.
TIERS = {
    "en": ("**Call {emergency_number} now**", "**See a doctor today**", "**Make an appointment**"),
    "ur": ("**ابھی {emergency_number} پر فون کریں**", "**آج ہی ڈاکٹر کو دکھائیں**",
           "**ڈاکٹر سے وقت لیں**"),
}
CONDITIONS = ("type-1-diabetes", "rheumatoid-arthritis", "sjogrens-syndrome",
              "inflammatory-bowel-disease", "multiple-sclerosis")


@pytest.mark.parametrize("topic", CONDITIONS)
def test_every_condition_says_when_to_call_now_see_a_doctor_today_or_book(topic: str) -> None:
    page = PACK.page(f"{topic}/when-to-get-help")
    assert page is not None, f"{topic} has no 'when to get help' page"
    for language, tiers in TIERS.items():
        text = page.body.get(language)
        places = [text.find(tier) for tier in tiers]
        assert -1 not in places, f"{topic} ({language}) lacks {tiers[places.index(-1)]}"
        assert places == sorted(places) and places[0] == 0, (topic, language, places)
        # Each step names something to look for, not only the step.
        ends = [*places[1:], len(text)]
        for tier, start, end in zip(tiers, places, ends, strict=True):
            assert len(text[start + len(tier):end].split()) >= 4, (topic, language, tier)


def test_pictures_read_in_order_face_a_right_to_left_reader_s_way() -> None:
    """The three panels of every "when to get help" page (call now first), the flare
    timeline and the stem cell transplant's two stages are read in order: in Urdu and
    Pashto they are drawn mirrored. No other picture is (a hand, a body, a flag, a list
    of signs keep their own left and right)."""
    across = {page.key for page in PAGES if page.picture_reads is PictureReads.ACROSS}
    assert across == {*(f"{topic}/when-to-get-help" for topic in CONDITIONS),
                      "autoimmune-disease/flares-and-remission", "treatments/hsct"}


@pytest.mark.parametrize("page", PAGES, ids=ids(PAGES))
def test_no_banned_claims_in_either_language(page: Page) -> None:
    for language in ("en", "ur"):
        for text in (page.body.get(language), page.title.get(language),
                     *(label.text.get(language) for label in page.labels)):
            assert find_claims(text) == [], (page.key, language, text)


@pytest.mark.parametrize("page", PAGES, ids=ids(PAGES))
def test_every_page_is_sourced_and_illustrated(page: Page) -> None:
    assert page.sources and all(key in PACK.sources for key in page.sources)
    assert page.illustration.is_file()


@pytest.mark.parametrize("page", PAGES, ids=ids(PAGES))
def test_pictures_carry_no_words(page: Page) -> None:
    # A word inside a picture could not be translated; labels are laid over by the kiosk.
    root = ET.parse(page.illustration).getroot()
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert not tags & {"text", "tspan", "textPath", "image", "script", "foreignObject"}


@pytest.mark.parametrize("page", PAGES, ids=ids(PAGES))
def test_pages_are_short_enough_to_read_standing(page: Page) -> None:
    words = len(re.findall(r"[\w’'-]+", page.body.get("en")))
    assert words <= 90, f"{page.key} has {words} English words (aim for about 80)"


@pytest.mark.parametrize("page", TREATMENT_PAGES, ids=ids(TREATMENT_PAGES))
def test_treatment_pages_end_with_the_doctor_line(page: Page) -> None:
    for language, line in DOCTOR_LINE.items():
        assert page.body.get(language).rstrip().endswith(line), (page.key, language)


def statuses(key: str) -> list[tuple[str, Status]]:
    page = next(p for p in PAGES if p.key == key)
    return [(t.name.get("en") if t.name else "", t.status) for t in page.statuses]


def test_each_treatment_a_page_names_carries_its_own_status() -> None:
    """Approved and experimental on one page are labelled apart; who approved is said
    where only a foreign regulator has; pages about no one treatment carry no label."""
    assert statuses("treatments/hsct") == [("For MS", Status.SPECIALIST)]
    assert statuses("treatments/immunosuppressants") == [("Methotrexate", Status.APPROVED)]
    for key in ("sjogrens-syndrome/treatment", "inflammatory-bowel-disease/treatment"):
        assert {s for _name, s in statuses(key)} == {Status.APPROVED, Status.EXPERIMENTAL}
    assert {s for _n, s in statuses("multiple-sclerosis/treatment")} == {
        Status.APPROVED, Status.SPECIALIST}
    for key in ("treatments/honest-answers", "treatments/unproven-clinic"):
        assert statuses(key) == []
    teplizumab = next(t for t in next(p for p in PAGES if p.id == "insulin-every-day").statuses
                      if t.name is not None and t.name.get("en") == "Teplizumab")
    assert teplizumab.approved_by is not None and "FDA" in teplizumab.approved_by.get("en")
    ryoncil = next(p for p in PAGES if p.id == "msc").statuses[0]
    assert ryoncil.status is Status.APPROVED and ryoncil.approved_by is not None
    assert all(p.statuses for p in PACK.topic("treatments").pages
               if p.id not in ("honest-answers", "unproven-clinic"))


@pytest.mark.parametrize("page", PAGES, ids=ids(PAGES))
def test_every_english_page_reads_at_grade_6_or_below(page: Page) -> None:
    """Flesch-Kincaid grade of the words as a listener hears them: each sentence and list
    item on its own, the site's emergency number filled in (the title is not counted)."""
    textstat = pytest.importorskip("textstat")
    body = fill_placeholders(page.body.get("en"), Settings().placeholders())
    said = " ".join(s if s.rstrip()[-1:] in ".!?" else s + "." for s in sentences(body))
    if page.kind is PageKind.QUIZ:
        return  # its words are the questions; the quiz's own test keeps them short
    grade = textstat.flesch_kincaid_grade(said)
    assert grade <= 6.0, f"{page.key} reads at grade {grade:.1f}"


@pytest.mark.parametrize("page", TREATMENT_PAGES, ids=ids(TREATMENT_PAGES))
def test_numbers_on_treatment_pages_say_out_of_how_many(page: Page) -> None:
    """Risks and benefits in counts with their denominators ("3 in 100", "0 of 55"),
    never a bare percentage or a relative "1.7 times"."""
    english = page.body.get("en")
    assert "%" not in english and not re.search(r"\d(?:\.\d+)?\s*times\b", english), page.key
    urdu = page.body.get("ur")
    assert "%" not in urdu and not re.search("(?<![\u0621-\u06ff])گنا(?![\u0621-\u06ff])", urdu), \
        page.key


def test_stem_cell_pages_put_risks_beside_benefits_in_numbers() -> None:
    for page in PACK.topic("treatments").pages:
        if page.id.startswith(("hsct", "msc")):
            for language in ("en", "ur"):
                text = page.body.get(language)
                assert re.search(r"\d", text), f"{page.key} ({language}) gives no numbers"
    hsct = next(p for p in PACK.topic("treatments").pages if p.id == "hsct").body.get("en")
    assert "Benefit" in hsct and "Risk" in hsct


def test_the_emergency_number_is_a_site_setting_not_written_in() -> None:
    help_pages = [p for p in PAGES if "{emergency_number}" in p.body.get("en")]
    assert help_pages, "no page tells patients whom to call"
    for page in PAGES:
        for language in ("en", "ur"):
            assert "1122" not in page.body.get(language), page.key
            assert ("{emergency_number}" in page.body.get("en")) == (
                "{emergency_number}" in page.body.get("ur")), page.key


@pytest.mark.parametrize("page", PAGES, ids=ids(PAGES))
def test_urdu_uses_urdu_letters(page: Page) -> None:
    # Arabic yeh/kaf/teh marbuta look alike but shape and sort differently in Urdu fonts.
    text = page.body.get("ur") + page.title.get("ur")
    assert not re.search("[يكة]", text), page.key


def test_quizzes_are_valid_and_short() -> None:
    quizzes = [p for p in PAGES if p.kind is PageKind.QUIZ]
    assert quizzes
    for quiz in quizzes:
        assert 3 <= len(quiz.questions) <= 5
        for question in quiz.questions:
            assert sum(c.correct for c in question.choices) == 1
            for language in ("en", "ur"):
                assert question.explanation.get(language)


def test_there_is_a_self_nonself_game() -> None:
    assert any(p.kind is PageKind.SELF_NONSELF for p in PACK.topic("self-and-nonself").pages)


def test_the_pack_records_its_review() -> None:
    assert PACK.review.reviewed_by and PACK.review.urdu_reviewed_by
    assert PACK.review.next_review > PACK.review.reviewed_on
    assert not PACK.review.overdue()
