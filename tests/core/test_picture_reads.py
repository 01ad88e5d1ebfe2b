"""``picture_reads = "across"``: a page's picture read in order, like its words, faces a
right-to-left reader's way. Read from the pack, refused on a drawing with words in it
(mirrored, they would read backwards), and told apart by the comparison staff read.

How the kiosk draws it is in tests/qt/test_picture_reading_order.py.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk.core import validate
from kiosk.core.diff import diff_paths
from kiosk.core.kpack import app_too_old
from kiosk.core.model import Label, Localized, PictureReads
from kiosk.core.packdir import load_pack
from kiosk.core.problems import PackError
from kiosk.core.resources import default_pack
from tests.core.kpack_helpers import build, make_pack

TOPIC = "topics/first-topic/topic.toml"
PICTURE = "topics/first-topic/first-page.svg"
LABELS = """
[[pages.labels]]
x = 0.2
y = 0.92
text = { en = "First", ur = "پہلا" }
"""
WORDS = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">'
         '<rect width="400" height="300" fill="#eef6f3"/><text x="20" y="40">1</text></svg>')


def reading(folder: Path, reads: str | None, labels: str = "") -> Path:
    """The starter pack's page, its picture marked to read ``reads`` (None: unmarked)."""
    topic = folder / TOPIC
    mark = f'picture_reads = "{reads}"\n' if reads is not None else ""
    topic.write_text(topic.read_text().replace(
        'id = "first-page"\nillustration = "first-page.svg"\n',
        f'id = "first-page"\nillustration = "first-page.svg"\n{mark}') + labels)
    return folder


def test_a_page_says_its_picture_reads_across(tmp_path: Path) -> None:
    page = load_pack(reading(make_pack(tmp_path / "p"), "across", LABELS)).pages()[0]
    assert page.picture_reads is PictureReads.ACROSS
    assert page.picture_mirrored(rtl=True) and not page.picture_mirrored(rtl=False)
    # Its labels move with what they name; their words stay as written.
    assert page.picture_labels(rtl=False) == page.labels
    assert [(label.x, label.y, label.text.get("ur")) for label in page.picture_labels(rtl=True)] \
        == [(pytest.approx(0.8), 0.92, "پہلا")]


def test_a_picture_is_drawn_as_drawn_unless_the_page_says(tmp_path: Path) -> None:
    page = load_pack(reading(make_pack(tmp_path / "p"), None, LABELS)).pages()[0]
    assert page.picture_reads is PictureReads.AS_DRAWN
    assert not page.picture_mirrored(rtl=True)
    assert page.picture_labels(rtl=True) == page.labels
    written = load_pack(reading(make_pack(tmp_path / "q"), "as-drawn")).pages()[0]
    assert not written.picture_mirrored(rtl=True)


def test_another_direction_is_refused_in_plain_words(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        load_pack(reading(make_pack(tmp_path / "p"), "backwards"))
    assert [(p.file, p.line, p.message) for p in caught.value.problems] == [
        (TOPIC, 15, "'pages.picture_reads' should be one of: 'as-drawn', 'across'")]


def test_a_label_mirrored_names_the_same_part() -> None:
    label = Label(0.17, 0.92, Localized({"en": "Call now"}))
    mirrored = label.mirrored()
    assert (mirrored.x, mirrored.y, mirrored.text) == (pytest.approx(0.83), 0.92, label.text)
    assert mirrored.mirrored().x == pytest.approx(label.x)


def test_validate_refuses_the_mark_on_a_drawing_with_words(tmp_path: Path) -> None:
    pack = reading(make_pack(tmp_path / "p"), "across")
    (pack / PICTURE).write_text(WORDS)
    found = [p for p in validate.validate_folder(pack) if p.file == TOPIC]
    assert [(p.file, p.line) for p in found] == [(TOPIC, 15)]
    assert "first-page.svg" in found[0].message and "backwards" in found[0].message
    assert "picture_reads" in found[0].message


@pytest.mark.parametrize("case", ["unmarked, with words", "marked, without words"])
def test_validate_lets_the_mark_be_where_it_is_safe(tmp_path: Path, case: str) -> None:
    pack = reading(make_pack(tmp_path / "p"), None if case.startswith("unmarked") else "across")
    if case.endswith("with words"):
        (pack / PICTURE).write_text(WORDS)
    assert validate.validate_folder(pack) == []


def test_a_marked_pack_must_ask_for_software_that_knows_the_mark(tmp_path: Path) -> None:
    """Kiosk software before 0.2.0 refuses ``picture_reads`` as a word it does not know;
    a pack that uses it asks for 0.2.0, so an older kiosk says "update the kiosk
    software" instead. The bundled pack does."""
    pack = reading(make_pack(tmp_path / "p"), "across")
    manifest = pack / "pack.toml"
    text = manifest.read_text()
    manifest.write_text(re.sub(r'min_app_version = "[^"]*"', 'min_app_version = "0.1.0"', text))
    found = validate.validate_folder(pack)
    assert [(p.file, p.line) for p in found] == [
        ("pack.toml", manifest.read_text().splitlines().index('min_app_version = "0.1.0"') + 1)]
    assert 'min_app_version = "0.2.0"' in found[0].message
    unmarked = reading(make_pack(tmp_path / "q"), None)
    (unmarked / "pack.toml").write_text(re.sub(
        r'min_app_version = "[^"]*"', 'min_app_version = "0.1.0"',
        (unmarked / "pack.toml").read_text()))
    assert validate.validate_folder(unmarked) == []
    bundled = load_pack(default_pack())
    assert any(page.picture_reads is PictureReads.ACROSS for page in bundled.pages())
    assert not app_too_old(bundled.min_app_version, "0.2.0")
    assert app_too_old(bundled.min_app_version, "0.1.0")


def test_staff_are_told_the_picture_changed(tmp_path: Path) -> None:
    old = make_pack(tmp_path / "old", 2)
    new = tmp_path / "new"
    shutil.copytree(old, new)
    reading(new, "across")
    toml = new / "pack.toml"
    toml.write_text(toml.read_text().replace("version = 2 ", "version = 3 "))
    changed = diff_paths(old, build(new, tmp_path / "new.kpack")).changed
    assert {page: [str(what) for what in aspects] for page, aspects in changed.items()} \
        == {"first-topic/first-page": ["picture"]}
