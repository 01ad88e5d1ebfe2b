"""A pack brings its own languages (#18): any number, each named, directed and drawn by a
font the kiosk has; topics may be written in fewer while a translation is under way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.core import languages
from kiosk.core.model import Localized
from kiosk.core.packdir import load_pack
from kiosk.core.problems import PackError
from tests.core.kpack_helpers import make_pack

TOPIC = "topics/first-topic"


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    return [str(p) for p in caught.value.problems]


def edit(path: Path, old: str, new: str, count: int = -1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def add_language(folder: Path, code: str, text: str, describe: str = "") -> None:
    """Give the starter pack one more language, everywhere it has words."""
    edit(folder / "pack.toml", 'languages = ["en", "ur"]', f'languages = ["en", "ur", "{code}"]')
    edit(folder / "pack.toml", "format = 1", "format = 2")
    edit(folder / "pack.toml", 'ur = "ہمارے کلینک کا پیک"\n',
         f'ur = "ہمارے کلینک کا پیک"\n{code} = "{text}"\n{describe}')
    topic = folder / TOPIC / "topic.toml"
    lines = []
    for line in topic.read_text(encoding="utf-8").splitlines():
        lines.append(line)
        if line.startswith("ur = "):
            lines.append(f'{code} = "{text}"')
    topic.write_text("\n".join(lines).replace(' }', f', {code} = "{text}" }}') + "\n",
                     encoding="utf-8")
    for page in (folder / TOPIC).glob("*.en.md"):
        shutil.copy(page, page.with_name(page.name.replace(".en.", f".{code}.")))


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    return make_pack(tmp_path / "pack")


def test_the_default_pack_speaks_pashto_in_four_topics(default_pack_dir: Path) -> None:
    pack = load_pack(default_pack_dir)
    assert pack.languages == ("en", "ur", "ps")
    pashto = pack.language("ps")
    assert (pashto.name, pashto.rtl, pashto.font) == ("پښتو", True, "Noto Naskh Arabic")
    assert {t.id for t in pack.topics_in("ps")} == {
        "immune-system", "autoimmune-disease", "treatments", "ask-your-doctor"}
    assert len(pack.topics_in("ur")) == len(pack.topics)
    for topic in pack.topics_in("ps"):
        for page in topic.pages:
            assert page.body.get("ps").strip() and page.title.get("ps").strip()
            assert all("ps" in label.text for label in page.labels)
    # Marked as waiting for a qualified translator, as the issue asks.
    assert "qualified" in pack.translation_reviews["ps"].by
    assert not pack.translation_reviews["ps"].done
    # The emergency page is in every language of the pack.
    assert pack.emergency_page is not None
    assert pack.topic(pack.emergency_page.split("/")[0]).languages == pack.languages


def test_a_pack_in_one_language_is_a_pack(starter: Path) -> None:
    edit(starter / "pack.toml", 'languages = ["en", "ur"]', 'languages = ["ur"]')
    edit(starter / "pack.toml", "format = 1", "format = 2")
    edit(starter / "pack.toml", 'en = "My clinic\'s pack"\n', "")
    topic = starter / TOPIC / "topic.toml"
    topic.write_text("".join(line for line in topic.read_text(encoding="utf-8")
                             .splitlines(keepends=True) if not line.startswith("en = ")),
                     encoding="utf-8")
    pack = load_pack(starter)
    assert pack.languages == ("ur",)
    assert [t.languages for t in pack.topics] == [("ur",)]


def test_text_in_a_language_the_pack_does_not_list_is_named(starter: Path) -> None:
    edit(starter / TOPIC / "topic.toml", 'ur = "', 'ps = "پښتو"\nur = "', 1)
    found = problems_of(starter)
    assert any("topic.toml, line" in p and "has text in ps, which pack.toml's 'languages' "
               "does not list" in p for p in found), found


def test_a_missing_translation_is_named_with_its_line(starter: Path) -> None:
    add_language(starter, "ps", "پښتو")
    topic = starter / TOPIC / "topic.toml"
    text = topic.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("ps = "))
    topic.write_text(text.replace('ps = "پښتو"\n', "", 1), encoding="utf-8")
    found = problems_of(starter)
    assert any(f"topic.toml, line {line - 2}" in p or f"topic.toml, line {line - 3}" in p
               for p in found if "has no text in ps; add ps = \"...\"" in p), found


def test_a_missing_page_in_the_new_language_is_named(starter: Path) -> None:
    add_language(starter, "ps", "پښتو")
    load_pack(starter)
    victim = next((starter / TOPIC).glob("*.ps.md"))
    victim.unlink()
    assert any(victim.name in p and "is missing" in p for p in problems_of(starter))


def test_a_topic_may_wait_for_its_translation(starter: Path) -> None:
    add_language(starter, "ps", "پښتو")
    (starter / "topics" / "second").mkdir()
    for name in ("topic.toml", "first-page.en.md", "first-page.ur.md", "first-page.svg"):
        shutil.copy(starter / TOPIC / name, starter / "topics" / "second" / name)
    topic = starter / "topics" / "second" / "topic.toml"
    text = topic.read_text(encoding="utf-8")
    topic.write_text('languages = ["en", "ur"]\n' + text, encoding="utf-8")
    edit(starter / "pack.toml", 'topics = ["first-topic"]', 'topics = ["first-topic", "second"]')
    # Its Pashto words, left in, are words nobody would see or check: named.
    found = problems_of(starter)
    assert any("topics/second/topic.toml, line" in p and "has text in ps, which the topic's "
               "'languages' does not list" in p for p in found), found
    topic.write_text("".join(line for line in topic.read_text(encoding="utf-8")
                             .splitlines(keepends=True) if not line.startswith("ps = ")),
                     encoding="utf-8")
    pack = load_pack(starter)
    assert [t.id for t in pack.topics_in("ps")] == ["first-topic"]
    assert [t.id for t in pack.topics_in("ur")] == ["first-topic", "second"]
    assert [p.key for p in pack.pages_in("ps")] == ["first-topic/first-page"]
    # A page file in a language the topic is not written in is named too.
    stray = starter / "topics" / "second" / "first-page.ps.md"
    shutil.copy(starter / TOPIC / "first-page.ps.md", stray)
    assert any("topics/second/first-page.ps.md" in p and "is in ps, which the topic's "
               "'languages' does not list" in p for p in problems_of(starter))


def test_a_topic_cannot_add_a_language_of_its_own(starter: Path) -> None:
    edit(starter / "pack.toml", "format = 1", "format = 2")
    topic = starter / TOPIC / "topic.toml"
    topic.write_text('languages = ["en", "ps"]\n' + topic.read_text(encoding="utf-8"),
                     encoding="utf-8")
    found = problems_of(starter)
    assert any("topic.toml, line 1: 'languages' lists ps, which pack.toml's 'languages' "
               "does not" in p for p in found), found


def test_a_language_no_topic_is_written_in_is_refused(starter: Path) -> None:
    add_language(starter, "ps", "پښتو")
    topic = starter / TOPIC / "topic.toml"
    topic.write_text('languages = ["en", "ur"]\n' + topic.read_text(encoding="utf-8"),
                     encoding="utf-8")
    found = problems_of(starter)
    assert any("no topic is written in 'ps'" in p for p in found), found


def test_the_emergency_page_must_be_in_every_language(starter: Path) -> None:
    add_language(starter, "ps", "پښتو")
    (starter / "topics" / "second").mkdir()
    for name in ("topic.toml", "first-page.en.md", "first-page.ur.md", "first-page.svg",
                 "first-page.ps.md"):
        shutil.copy(starter / TOPIC / name, starter / "topics" / "second" / name)
    topic = starter / TOPIC / "topic.toml"
    topic.write_text('languages = ["en", "ur"]\n' + topic.read_text(encoding="utf-8"),
                     encoding="utf-8")
    edit(starter / "pack.toml", 'topics = ["first-topic"]',
         'topics = ["first-topic", "second"]\nemergency_page = "first-topic/first-page"')
    found = problems_of(starter)
    assert any("holds the emergency page, so it must be in every language of the pack; "
               "add ps" in p for p in found), found


def test_a_format_1_pack_stays_english_and_urdu(starter: Path) -> None:
    add_language(starter, "ps", "پښتو")
    edit(starter / "pack.toml", "format = 2", "format = 1")
    assert any("pack.toml, line 1: has languages beyond English and Urdu" in p and
               "format = 2" in p for p in problems_of(starter))


def test_a_language_the_kiosk_does_not_know_must_be_described(starter: Path) -> None:
    add_language(starter, "bal", "بلوچی")
    found = problems_of(starter)
    assert any("the kiosk does not know the language 'bal': describe it under "
               "[language.bal] with name, direction, font" in p for p in found), found


def test_a_described_language_is_drawn_as_described(starter: Path) -> None:
    add_language(starter, "bal", "بلوچی", describe=(
        '\n[language.bal]\nname = "بلوچی"\ndirection = "rtl"\nfont = "Noto Nastaliq Urdu"\n'
        'reviewed_by = "Awaiting review"\n'))
    pack = load_pack(starter)
    assert pack.language("bal") == languages.Language("bal", "بلوچی", True, "nastaliq")
    # Every screen now knows it: its name, direction and font.
    assert languages.name_of("bal") == "بلوچی" and languages.is_rtl("bal")
    assert pack.translation_reviews["bal"].by == "Awaiting review"


def test_a_font_the_kiosk_does_not_have_is_refused_plainly(starter: Path) -> None:
    add_language(starter, "hi", "हिन्दी", describe=(
        '\n[language.hi]\nname = "हिन्दी"\ndirection = "ltr"\nfont = "Noto Sans Devanagari"\n'))
    found = problems_of(starter)
    assert any("asks for the font 'Noto Sans Devanagari', which this kiosk does not have; "
               "it has 'Noto Sans', 'Noto Nastaliq Urdu', 'Noto Naskh Arabic'" in p
               for p in found), found


def test_a_known_language_keeps_its_script(starter: Path) -> None:
    add_language(starter, "ps", "پښتو", describe=(
        '\n[language.ps]\nfont = "Noto Nastaliq Urdu"\n'))
    found = problems_of(starter)
    assert any("the kiosk already knows 'ps'" in p and "Noto Naskh Arabic" in p
               for p in found), found


def test_a_description_for_a_language_not_listed_is_named(starter: Path) -> None:
    edit(starter / "pack.toml", "[review]", '[language.ps]\nreviewed_by = "X"\n\n[review]')
    found = problems_of(starter)
    assert any("describes the language 'ps', which 'languages' does not list" in p
               for p in found), found


@pytest.mark.parametrize("bad", ['"EN"', '"english"', '""'])
def test_a_language_code_must_look_like_one(starter: Path, bad: str) -> None:
    edit(starter / "pack.toml", 'languages = ["en", "ur"]', f'languages = ["en", "ur", {bad}]')
    assert problems_of(starter)


def test_a_language_listed_twice_is_named(starter: Path) -> None:
    edit(starter / "pack.toml", 'languages = ["en", "ur"]', 'languages = ["en", "ur", "en"]')
    assert any("lists 'en' twice" in p for p in problems_of(starter))


def test_a_text_table_with_a_wrong_key_says_what_a_code_is(starter: Path) -> None:
    edit(starter / TOPIC / "topic.toml", 'ur = "', 'Urdu = "x"\nur = "', 1)
    assert any("not a language code" in p for p in problems_of(starter))


def test_text_falls_back_for_a_language_it_lacks() -> None:
    words = Localized({"en": "Home", "ur": "مرکزی صفحہ"})
    assert words.get("ps") == "Home"
    assert "ps" not in words and "ur" in words


def test_a_pack_only_checked_does_not_change_how_the_live_pack_is_drawn(
        tmp_path: Path) -> None:
    """Staff check a pack on a USB stick that describes a language the live pack also
    describes, differently: patients' screens keep the live pack's."""
    live_dir, other_dir = make_pack(tmp_path / "live"), make_pack(tmp_path / "other")
    add_language(live_dir, "bal", "بلوچی", describe=(
        '\n[language.bal]\nname = "بلوچی"\ndirection = "rtl"\nfont = "Noto Nastaliq Urdu"\n'))
    add_language(other_dir, "bal", "Balochi", describe=(
        '\n[language.bal]\nname = "Balochi"\ndirection = "ltr"\nfont = "Noto Sans"\n'))
    live = load_pack(live_dir)
    languages.go_live(live.described.values())
    try:
        other = load_pack(other_dir)
        assert other.language("bal").rtl is False and other.language("bal").name == "Balochi"
        assert languages.is_rtl("bal") and languages.name_of("bal") == "بلوچی"
        assert live.language("bal").script == "nastaliq"
    finally:
        languages.go_live(())


def test_urdu_s_check_is_a_sign_off_not_a_language_table(starter: Path) -> None:
    edit(starter / "pack.toml", "[review]",
         '[language.ur]\nreviewed_by = "B. Ahmed"\nreviewed_on = 2027-01-02\n\n[review]')
    assert any("[language.ur] cannot record a review" in p and "kiosk-pack review" in p
               for p in problems_of(starter))
