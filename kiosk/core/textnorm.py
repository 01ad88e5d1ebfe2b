"""Text brought to one spelling before it is searched, with a way back to the original.

The same Urdu word can be typed many ways that look alike on screen: Arabic ي and ك for
Urdu ی and ک (keyboards and web pages mix them), an invisible joiner inside a word, a
stretched letter (کشیدہ, the tatweel ـ), vowel marks, presentation forms copied out of a
PDF. English hides words with soft hyphens, zero-width spaces, accents and capitals. A
checker that reads only one spelling is easy to get past, even by accident, so it reads
``Normalised.text`` and reports places in the original through ``Normalised.origin``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

# Arabic letters typed for their Urdu look-alikes.
_LETTERS = {
    "\u064a": "\u06cc",  # ي Arabic yeh -> ی Farsi/Urdu yeh
    "\u0649": "\u06cc",  # ى alef maksura -> ی
    "\u0643": "\u06a9",  # ك Arabic kaf -> ک keheh
    "\u0647": "\u06c1",  # ه Arabic heh -> ہ heh goal
    "\u0629": "\u06c3",  # ة teh marbuta -> ۃ
    "\u06c0": "\u06c1",  # ۀ heh with yeh above -> ہ (the hamza is a vowel mark here)
    "\u0660": "0", "\u0661": "1", "\u0662": "2", "\u0663": "3", "\u0664": "4",
    "\u0665": "5", "\u0666": "6", "\u0667": "7", "\u0668": "8", "\u0669": "9",
    "\u06f0": "0", "\u06f1": "1", "\u06f2": "2", "\u06f3": "3", "\u06f4": "4",
    "\u06f5": "5", "\u06f6": "6", "\u06f7": "7", "\u06f8": "8", "\u06f9": "9",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
}
# Nothing a reader sees: joiners, direction marks, soft hyphens, the stretching tatweel.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0640\u200e\u200f\u061c"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_mark(char: str) -> bool:
    # Vowel marks (zer, zabar, pesh, shadda...) and Latin accents: optional in writing.
    return unicodedata.category(char) == "Mn"


@dataclass(frozen=True)
class Normalised:
    text: str
    original: str

    @property
    def length(self) -> int:
        return len(self.original)

    @cached_property
    def origin(self) -> tuple[int, ...]:
        """For each character of ``text``, its index in the original. Worked out only when
        a place is wanted: almost every text searched has nothing to report."""
        origin: list[int] = []
        last = ""
        for index, raw in enumerate(self.original):
            for char in _spelling(raw):
                if char == " " and last == " ":
                    continue
                origin.append(index)
                last = char
        return tuple(origin)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``text[start:end]`` came from in the original."""
        if start >= len(self.origin):
            return self.length, self.length
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last


def _spelled(raw: str) -> str:
    """What one character of the original becomes (nothing, one or more characters)."""
    if raw in _INVISIBLE:
        return ""
    out = []
    for char in unicodedata.normalize("NFKD", raw):
        char = _LETTERS.get(char, char)
        if _is_mark(char) or char in _INVISIBLE:
            continue
        out.append(unicodedata.normalize("NFC", char).lower())
    return "".join(out)


# Each character is spelled the same wherever it stands, so it is worked out once: a
# thousand-page pack holds millions of characters but a few hundred different ones. Kept
# to a few thousand, so a pack made of every character there is costs time, not memory.
_SPELLED: dict[str, str] = {}
_KEPT = 4096
_SPACES = re.compile(" {2,}")


def _spelling(raw: str) -> str:
    chars = _SPELLED.get(raw)
    if chars is None:
        chars = _spelled(raw)
        if len(_SPELLED) < _KEPT:
            _SPELLED[raw] = chars
    return chars


def normalise(text: str) -> Normalised:
    """One spelling for everything that reads the same; lower case; single spaces."""
    # Built from the text's distinct characters and applied by str.translate: a page is
    # thousands of characters but a few dozen different ones.
    table = {ord(raw): chars for raw in set(text) if (chars := _spelling(raw)) != raw}
    out = text.translate(table) if table else text
    if "  " in out:
        out = _SPACES.sub(" ", out)
    return Normalised(out, text)
