"""Reading a pack folder: the default pack loads, and every mistake is reported in plain words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.core.model import Localized, Status, fill_placeholders
from kiosk.core.packdir import load_pack
from kiosk.core.problems import PackError
from tests.core.kpack_helpers import make_pack


@pytest.fixture
def pack_dir(tmp_path: Path, default_pack_dir: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(default_pack_dir, target)
    return target


def first_topic(pack_dir: Path) -> Path:
    return sorted((pack_dir / "topics").iterdir())[0]


def problems_of(pack_dir: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    return [str(p) for p in caught.value.problems]


def test_default_pack_loads_with_every_language(default_pack_dir: Path) -> None:
    pack = load_pack(default_pack_dir)
    assert pack.topics
    for page in pack.pages():
        for language in pack.topic(page.topic_id).languages:
            assert page.body.get(language).strip()
            assert page.title.get(language).strip()
        assert page.illustration.is_file()
        assert page.sources and all(key in pack.sources for key in page.sources)


def test_missing_urdu_page_is_named(pack_dir: Path) -> None:
    victim = next(first_topic(pack_dir).glob("*.ur.md"))
    victim.unlink()
    found = problems_of(pack_dir)
    assert any(victim.name in p and "is missing" in p for p in found)


def test_toml_mistake_gives_the_line(pack_dir: Path) -> None:
    manifest = pack_dir / "pack.toml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    lines[2] = 'version = "one'  # an unclosed quote on line 3
    manifest.write_text("\n".join(lines), encoding="utf-8")
    found = problems_of(pack_dir)
    assert found == [found[0]]
    assert found[0].startswith("pack.toml, line 3: is not valid TOML")


def test_schema_mistakes_are_all_reported_with_lines(pack_dir: Path) -> None:
    topic = first_topic(pack_dir) / "topic.toml"
    text = topic.read_text(encoding="utf-8")
    text = text.replace('icon = "', 'icno = "', 1)
    topic.write_text(text, encoding="utf-8")
    found = problems_of(pack_dir)
    assert any("'icon' is missing" in p for p in found)
    line = next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("icno"))
    assert any(f"topic.toml, line {line}: 'icno' is not something a pack can have" in p
               for p in found)


def test_unknown_source_key_is_refused(pack_dir: Path) -> None:
    topic = first_topic(pack_dir) / "topic.toml"
    text = topic.read_text(encoding="utf-8")
    topic.write_text(text.replace('sources = ["', 'sources = ["S999", "', 1), encoding="utf-8")
    assert any("cites S999" in p for p in problems_of(pack_dir))


def test_non_utf8_text_is_refused_with_advice(pack_dir: Path) -> None:
    victim = next(first_topic(pack_dir).glob("*.en.md"))
    victim.write_bytes("Line one\nCaf\xe9 au lait\n".encode("latin-1"))
    found = problems_of(pack_dir)
    assert any(victim.name in p and "line 2" in p and "UTF-8" in p for p in found)


@pytest.mark.parametrize("body, words", [
    ("See [this](http://example.org)", "has a link"),
    ("![x](cells.png)", "has an image"),
    ("<script>alert(1)</script>", "has HTML"),
    ("Visit www.example.org today", "web address"),
])
def test_markdown_that_could_reach_outside_is_refused(pack_dir: Path, body: str,
                                                      words: str) -> None:
    victim = next(first_topic(pack_dir).glob("*.en.md"))
    victim.write_text(body, encoding="utf-8")
    assert any(victim.name in p and words in p for p in problems_of(pack_dir))


@pytest.mark.parametrize("name", ["../outside.svg", "/etc/passwd.svg", "C:/x.svg", "pic.png"])
def test_illustration_must_be_an_svg_inside_the_pack(pack_dir: Path, name: str) -> None:
    topic = first_topic(pack_dir) / "topic.toml"
    lines = topic.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("illustration"))
    lines[index] = f'illustration = "{name}"'
    topic.write_text("\n".join(lines), encoding="utf-8")
    found = problems_of(pack_dir)
    assert any(name in p and ("outside the pack" in p or "SVG" in p) for p in found)


def test_symlinked_text_is_refused(pack_dir: Path, tmp_path: Path) -> None:
    victim = next(first_topic(pack_dir).glob("*.en.md"))
    outside = tmp_path / "secret.md"
    outside.write_text("secret", encoding="utf-8")
    victim.unlink()
    victim.symlink_to(outside)
    assert any("symlink" in p for p in problems_of(pack_dir))


def test_future_format_is_refused_with_advice(pack_dir: Path) -> None:
    manifest = pack_dir / "pack.toml"
    text = manifest.read_text(encoding="utf-8").replace("format = 2", "format = 9", 1)
    manifest.write_text(text, encoding="utf-8")
    found = problems_of(pack_dir)
    assert "update the kiosk software" in found[0]


def test_a_language_dropped_from_the_list_but_not_the_text_is_named(pack_dir: Path) -> None:
    manifest = pack_dir / "pack.toml"
    text = manifest.read_text(encoding="utf-8").replace('languages = ["en", "ur", "ps"]',
                                                       'languages = ["en", "ps"]', 1)
    manifest.write_text(text, encoding="utf-8")
    assert any("pack.toml, line" in p and "'title' has text in ur, which pack.toml's "
               "'languages' does not list" in p for p in problems_of(pack_dir))


def test_placeholders_fill_only_named_values() -> None:
    text = "Call {emergency_number} now. {other} stays."
    assert fill_placeholders(text, {"emergency_number": "1122"}) == "Call 1122 now. {other} stays."


def test_localized_falls_back_to_english() -> None:
    assert Localized({"en": "Hello", "ur": "سلام"}).get("fr") == "Hello"


def test_the_log_starts_plain_and_rotates_after_the_first_frame(tmp_path: Path) -> None:
    import logging
    import logging.handlers

    from kiosk.core import logs

    logs.setup(tmp_path, rotate=False)
    log = logging.getLogger("kiosk.test")
    log.warning("before the first frame")
    logs.enable_rotation()
    log.warning("after it")
    handlers = [h for h in logging.getLogger("kiosk").handlers if getattr(h, "_kiosk", False)]
    assert any(isinstance(h, logging.handlers.RotatingFileHandler) for h in handlers)
    assert not any(type(h) is logging.FileHandler for h in handlers)
    text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "before the first frame" in text and "after it" in text
    logs.setup(None)


# -- treatment status, per treatment ------------------------------------------------------

TREATMENTS = '''
[[pages.treatments]]
name = { en = "Insulin", ur = "انسولین" }
status = "approved"

[[pages.treatments]]
name = { en = "Teplizumab", ur = "ٹیپلیزوماب" }
status = "approved"
approved_by = { en = "the US FDA only", ur = "صرف امریکی ایف ڈی اے" }

[[pages.treatments]]
name = { en = "Stem cells", ur = "اسٹیم سیل" }
status = "experimental"
'''


def test_a_page_labels_each_treatment_it_names(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    topic = folder / "topics" / "first-topic" / "topic.toml"
    topic.write_text(topic.read_text(encoding="utf-8") + TREATMENTS, encoding="utf-8")
    page = load_pack(folder).pages()[0]
    assert [(t.name.get("en") if t.name else None, t.status) for t in page.statuses] == [
        ("Insulin", Status.APPROVED), ("Teplizumab", Status.APPROVED),
        ("Stem cells", Status.EXPERIMENTAL)]
    assert page.statuses[1].approved_by is not None
    assert page.statuses[1].approved_by.get("ur") == "صرف امریکی ایف ڈی اے"
    assert page.status is None  # no one status for a page that names several


def test_a_page_with_one_status_keeps_it_and_a_page_with_none_has_none(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    assert load_pack(folder).pages()[0].statuses == ()
    topic = folder / "topics" / "first-topic" / "topic.toml"
    text = topic.read_text(encoding="utf-8").replace('sources = ["S1"]',
                                                    'sources = ["S1"]\nstatus = "specialist"')
    topic.write_text(text, encoding="utf-8")
    [only] = load_pack(folder).pages()[0].statuses
    assert only.name is None and only.status is Status.SPECIALIST


def test_one_status_and_per_treatment_statuses_together_are_refused(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    topic = folder / "topics" / "first-topic" / "topic.toml"
    text = topic.read_text(encoding="utf-8").replace('sources = ["S1"]',
                                                    'sources = ["S1"]\nstatus = "approved"')
    topic.write_text(text + TREATMENTS, encoding="utf-8")
    with pytest.raises(PackError) as refused:
        load_pack(folder)
    assert any("gives both one status for the page and a status for each treatment"
               in str(p) for p in refused.value.problems)


def test_the_emergency_page_must_be_a_page_of_the_pack(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    manifest = folder / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("\n[title]", '\nemergency_page = "first-topic/first-page"'
                                                  "\n\n[title]", 1), encoding="utf-8")
    assert load_pack(folder).emergency_page == "first-topic/first-page"
    manifest.write_text(text.replace("\n[title]", '\nemergency_page = "first-topic/nope"'
                                                  "\n\n[title]", 1), encoding="utf-8")
    with pytest.raises(PackError) as refused:
        load_pack(folder)
    assert "emergency_page 'first-topic/nope' is not a page of this pack" in \
        str(refused.value.problems[0])


def test_a_topic_may_list_hundreds_of_pages_but_not_without_end(tmp_path: Path) -> None:
    # Issue #14 (scale): a topic of 94 pages was refused, its topic.toml "too big (69 KB)"
    # against the 64 KB meant for one page's text.
    folder = make_pack(tmp_path / "pack")
    topic = folder / "topics" / "first-topic" / "topic.toml"
    text = topic.read_text(encoding="utf-8")
    topic.write_text(text + "# " + "x" * 300_000 + "\n", encoding="utf-8")
    assert load_pack(folder).topics
    topic.write_text(text + "# " + "x" * 1_100_000 + "\n", encoding="utf-8")
    with pytest.raises(PackError) as refused:
        load_pack(folder)
    assert "is too big (1074 KB; at most 1024 KB)" in str(refused.value)
