"""HarfBuzz's answers recorded at build time stand in for HarfBuzz in the installed bundle."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kiosk._qt import fonts
from kiosk._qt.shaping import compare_with_harfbuzz
from kiosk._qt.shaping_reference import FILE_NAME, MissingReference, Recorder, Reference
from kiosk.core import resources

pytest.importorskip("uharfbuzz")

WORDS = ("مدافعتی نظام", "ٹائپ 1 ذیابیطس", "اسٹیم سیل (MSC)")
PX = 41


@pytest.fixture
def urdu_font(qapp) -> Path:
    fonts.load_fonts()
    return resources.fonts() / fonts.URDU_FILE


def record(font: Path, path: Path) -> Path:
    recorder = Recorder(font)
    for text in WORDS:
        assert compare_with_harfbuzz(font, text, PX, shaper=recorder) == []
    recorder.write(path / FILE_NAME)
    return path / FILE_NAME


def test_a_record_answers_as_harfbuzz_did(urdu_font: Path, tmp_path: Path) -> None:
    reference = Reference.load(record(urdu_font, tmp_path), urdu_font)
    for text in WORDS:
        assert compare_with_harfbuzz(urdu_font, text, PX, shaper=reference) == []
    with pytest.raises(MissingReference):
        compare_with_harfbuzz(urdu_font, "نئے الفاظ", PX, shaper=reference)


def test_a_record_still_catches_a_letter_out_of_place(urdu_font: Path, tmp_path: Path) -> None:
    path = record(urdu_font, tmp_path)
    data = json.loads(gzip.decompress(path.read_bytes()))
    key = next(k for k in data["glyphs"] if k.endswith("مدافعتی نظام"))
    data["glyphs"][key][2][2] += 6.0  # one glyph six pixels lower than HarfBuzz put it
    path.write_bytes(gzip.compress(json.dumps(data).encode()))
    reference = Reference.load(path, urdu_font)
    mismatches = compare_with_harfbuzz(urdu_font, "مدافعتی نظام", PX, shaper=reference)
    assert mismatches and "px off" in mismatches[0].problem


def test_a_record_for_another_font_is_refused(urdu_font: Path, tmp_path: Path) -> None:
    path = record(urdu_font, tmp_path)
    latin = resources.fonts() / fonts.LATIN_FILES[0]
    with pytest.raises(ValueError, match="another"):
        Reference.load(path, latin)
