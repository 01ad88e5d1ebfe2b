"""The kiosk's Nastaliq font cut down to the letters a web edition uses, as WOFF2.

The whole font is half a megabyte; a phone on a slow link should not wait for it.
HarfBuzz's own subsetter (through uharfbuzz, which the kiosk already uses to check its
shaping) keeps every layout rule those letters can reach, so Nastaliq's joins, stacks and
dots come out as the full font draws them: ``tests/core/test_web_edition.py`` shapes
every Urdu line of the default pack with both fonts and compares. It takes some 40 ms,
where fontTools' subsetter took four seconds; fontTools then wraps the result as WOFF2.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any


def subset(font: Path, text: str) -> bytes:
    """The font as TrueType, with only what shaping ``text`` can need."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(font)))
    wanted = hb.SubsetInput()
    for char in sorted(set(text)):
        wanted.unicode_set.add(ord(char))
    # Every feature the font has, not only HarfBuzz's default list: a stylistic set
    # dropped here would change letters the kiosk draws one way and the phone another.
    for tag in _feature_tags(face):
        wanted.layout_feature_tag_set.add(int.from_bytes(tag.encode("ascii"), "big"))
    cut = hb.subset(face, wanted)
    if cut is None:
        raise ValueError(f"{font.name} could not be cut down to the pages' letters")
    return bytes(cut.blob.data)


def _feature_tags(face: Any) -> set[str]:
    tags: set[str] = set()
    for table in ("GSUB", "GPOS"):
        for script, _tag in enumerate(face.get_table_script_tags(table)):
            languages = face.get_script_language_tags(table, script)
            # 0xFFFF: the script's default language system, which has no index of its own.
            for language in (0xFFFF, *range(len(languages))):
                tags.update(face.get_language_feature_tags(table, script, language))
    return tags


def woff2(ttf: bytes) -> bytes:
    from fontTools.ttLib import TTFont

    # fontTools stamps the time it saves into the font's head table by default; the
    # file name is the font's digest, so every export of the same pages would name (and
    # a fleet's phones fetch) its fonts anew.
    font = TTFont(io.BytesIO(ttf), recalcTimestamp=False)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def web_font(font: Path, text: str, prefix: str = "nastaliq") -> tuple[str, bytes]:
    """A file name that changes when the letters do (so phones never keep a stale cut),
    and the WOFF2 font."""
    data = woff2(subset(font, text))
    return f"{prefix}-{hashlib.sha256(data).hexdigest()[:12]}.woff2", data
