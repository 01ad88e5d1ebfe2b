"""Which characters the kiosk can draw: those in the fonts it carries, and no others.

The kiosk shows Qt none of the machine's fonts (kiosk/_qt/fonts.py,
``only_bundled_fonts``), so a character missing from its own fonts is an empty box on
every kiosk alike, where before it depended on what each PC had installed. Validate says
so (``undrawn_problem``) before a pack reaches patients.

The fonts' character maps are read here rather than through HarfBuzz or fontTools: the
installed kiosk validates every pack staff bring, and carries neither. Words inside a
pack's SVG drawings are not checked. On Windows Qt uses no fontconfig and still sees the
machine's fonts, so there a missing character may yet be drawn.
"""

from __future__ import annotations

import functools
import struct
import unicodedata
from collections.abc import Iterable

from kiosk.core import resources
from kiosk.core.phrases import translate
from kiosk.core.problems import Problem

# The files text is drawn from, as kiosk/_qt/fonts.py registers them: Nastaliq and Noto
# Sans always, and Naskh for a language written in it, registered when such a language is
# first shown. Qt falls back from one to another.
ALWAYS = (resources.URDU_FONT_FILE, *resources.LATIN_FONT_FILES)
BY_SCRIPT = {"naskh": resources.NASKH_FONT_FILES}

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): joiners, bidi
# marks and isolates, variation selectors, fillers. Text layout draws them as nothing,
# whether a font has them or not; so are line breaks and other control characters.
_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_INKLESS_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
_NAMED = 5  # a page in a script the kiosk has no font for names its first few


def inkless(character: str) -> bool:
    code = ord(character)
    return (unicodedata.category(character) in _INKLESS_CATEGORIES
            or any(low <= code <= high for low, high in _IGNORABLE))


def character_map(data: bytes) -> frozenset[int]:
    """The code points an OpenType font's Unicode character maps give a glyph: formats 4
    and 12, the ones the bundled fonts use (a test holds this to HarfBuzz's reading).
    Raises ValueError for a file that is not such a font."""
    try:
        return _character_map(data)
    except struct.error as error:
        raise ValueError(f"not a font this check can read: {error}") from None


def _character_map(data: bytes) -> frozenset[int]:
    tables = struct.unpack_from(">H", data, 4)[0]
    for index in range(tables):
        tag, _checksum, start, _length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if tag == b"cmap":
            break
    else:
        raise ValueError("the font has no character map")
    codes: set[int] = set()
    count = struct.unpack_from(">H", data, start + 2)[0]
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, start + 4 + 8 * index)
        if platform == 0 or (platform, encoding) in ((3, 1), (3, 10)):  # Unicode's
            codes |= _subtable(data, start + offset)
    return frozenset(codes)


def _subtable(data: bytes, at: int) -> set[int]:
    kind = struct.unpack_from(">H", data, at)[0]
    codes: set[int] = set()
    if kind == 4:
        segments = struct.unpack_from(">H", data, at + 6)[0] // 2
        ends = struct.unpack_from(f">{segments}H", data, at + 14)
        starts = struct.unpack_from(f">{segments}H", data, at + 16 + 2 * segments)
        deltas = struct.unpack_from(f">{segments}h", data, at + 16 + 4 * segments)
        ranges_at = at + 16 + 6 * segments
        ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
        for segment in range(segments):
            first, last = starts[segment], ends[segment]
            for code in range(first, min(last, 0xFFFE) + 1):
                if ranges[segment] == 0:
                    glyph = (code + deltas[segment]) & 0xFFFF
                else:  # an offset from this entry of the array into the glyph ids
                    where = ranges_at + 2 * segment + ranges[segment] + 2 * (code - first)
                    glyph = struct.unpack_from(">H", data, where)[0]
                    glyph = (glyph + deltas[segment]) & 0xFFFF if glyph else 0
                if glyph:
                    codes.add(code)
    elif kind == 12:
        groups = struct.unpack_from(">I", data, at + 12)[0]
        for group in range(groups):
            first, last, glyph = struct.unpack_from(">III", data, at + 16 + 12 * group)
            codes.update(range(first if glyph else first + 1, min(last, 0x10FFFF) + 1))
    return codes


@functools.cache
def _file_map(name: str) -> frozenset[int]:
    return character_map((resources.fonts() / name).read_bytes())


@functools.cache
def drawable(script: str) -> frozenset[int]:
    """Every code point text in ``script`` (a languages.FONT_NAMES key) can be drawn with.
    Raises OSError or ValueError if a bundled font cannot be read."""
    return frozenset().union(*(_file_map(name) for name in (*ALWAYS, *BY_SCRIPT.get(script, ()))))


def undrawable(text: str, script: str) -> list[str]:
    """The characters of ``text``, written in ``script``, the kiosk cannot draw."""
    have = drawable(script)
    return sorted(character for character in set(text)
                  if ord(character) not in have and not inkless(character))


def undrawn_problem(file: str, texts: Iterable[tuple[str, str]],
                    raw: str | None = None) -> Problem | None:
    """One problem for ``file`` naming what its ``(script, text)`` pairs hold that the
    kiosk cannot draw; ``raw``, the file as written, gives the line of the first."""
    missing = sorted({character for script, text in texts
                      for character in undrawable(text, script)})
    if not missing:
        return None
    line = None
    if raw is not None and any(character in raw for character in missing):
        first = min(raw.find(character) for character in missing if character in raw)
        line = raw.count("\n", 0, first) + 1
    # By code point and Unicode name, never the character itself: the staff panel draws
    # this message with the same fonts, so the character would be an empty box there too.
    named = ", ".join(f"U+{ord(character):04X} {unicodedata.name(character, '')}".rstrip()
                      for character in missing[:_NAMED])
    if len(missing) > _NAMED:
        named += ", …"
    return Problem(file, translate(
        "Problems", "has characters none of the kiosk's fonts can draw: {characters}. "
                    "Patients would see empty boxes; write them another way or leave them "
                    "out").fill(characters=named), line)
