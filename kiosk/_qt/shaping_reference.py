"""HarfBuzz's answers, written down when the installer is built, for a bundle without it.

The self-test compares Qt's glyph positions with HarfBuzz's for every Urdu string the
kiosk shows. HarfBuzz gives the same answer for the same font file every time, so the
installer build (which has uharfbuzz) runs the self-test once, records every answer it
needed, and puts the record in the bundle. The installed kiosk then checks its own Qt
against that record: the same comparison, without carrying a 4.6 MB shaping engine whose
only job there is checking. The record names the font by its SHA-256, so it can never be
used against another font.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from kiosk._qt.shaping import Glyph, harfbuzz_glyphs

FILE_NAME = "shaping-reference.json.gz"
FORMAT = 1


class MissingReference(LookupError):
    """The record has no answer for this piece of text: the bundle shows other words than
    the build that recorded it did."""


def _key(text: str, pixel_size: int, language: str, direction: str,
         script: str | None = None) -> str:
    # The script only where the piece's own letters do not give it (see shaping.py).
    where = f"{direction}\t{script}" if script else direction
    return f"{pixel_size}\t{language}\t{where}\t{text}"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Recorder:
    """A shaper that asks HarfBuzz and remembers every answer."""

    def __init__(self, font_path: Path) -> None:
        import uharfbuzz

        self.font_path = font_path
        self.harfbuzz = uharfbuzz.__version__
        self.answers: dict[str, list[Glyph]] = {}

    def __call__(self, font_path: Path, text: str, pixel_size: int, *, language: str = "ur",
                 direction: str = "rtl", script: str | None = None) -> list[Glyph]:
        if font_path != self.font_path:
            raise ValueError(f"recording for {self.font_path.name}, asked about {font_path}")
        glyphs = harfbuzz_glyphs(font_path, text, pixel_size, language=language,
                                 direction=direction, script=script)
        self.answers[_key(text, pixel_size, language, direction, script)] = glyphs
        return glyphs

    def write(self, path: Path) -> None:
        record = {
            "format": FORMAT,
            "font": self.font_path.name,
            "font_sha256": _sha256(self.font_path),
            "harfbuzz": self.harfbuzz,
            "glyphs": {key: [[g.id, round(g.x, 4), round(g.y, 4)] for g in glyphs]
                       for key, glyphs in sorted(self.answers.items())},
        }
        # A build artefact, read by whoever runs the kiosk: plain permissions, not 0600.
        data = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path.write_bytes(gzip.compress(data, mtime=0))


class Reference:
    """A shaper that answers from a record; raises MissingReference for anything new."""

    def __init__(self, font_path: Path, harfbuzz: str, answers: dict[str, list[Glyph]]) -> None:
        self.font_path = font_path
        self.harfbuzz = harfbuzz
        self.answers = answers

    @classmethod
    def load(cls, path: Path, font_path: Path) -> Reference:
        """Raises OSError, EOFError or ValueError (damaged, or recorded for another font)."""
        record = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
        if record.get("format") != FORMAT:
            raise ValueError(f"{path.name} has format {record.get('format')}, not {FORMAT}")
        if record.get("font_sha256") != _sha256(font_path):
            raise ValueError(f"{path.name} was recorded for another {record.get('font')} "
                             f"than the one in this installation")
        answers = {key: [Glyph(int(i), float(x), float(y)) for i, x, y in glyphs]
                   for key, glyphs in record["glyphs"].items()}
        return cls(font_path, str(record.get("harfbuzz", "?")), answers)

    def __call__(self, font_path: Path, text: str, pixel_size: int, *, language: str = "ur",
                 direction: str = "rtl", script: str | None = None) -> list[Glyph]:
        if font_path != self.font_path:
            raise ValueError(f"the record is for {self.font_path.name}, not {font_path}")
        try:
            return self.answers[_key(text, pixel_size, language, direction, script)]
        except KeyError:
            raise MissingReference(text) from None
