"""textnorm spells text one way for the claims check, and keeps the way back to the
original so a claim is quoted as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core import textnorm
from kiosk.core.textnorm import normalise


def one_character_at_a_time(text: str) -> tuple[str, tuple[int, ...]]:
    """The plain definition: each character's spelling in turn, runs of spaces as one."""
    out: list[str] = []
    origin: list[int] = []
    for index, raw in enumerate(text):
        for char in textnorm._spelled(raw):
            if char == " " and out and out[-1] == " ":
                continue
            out.append(char)
            origin.append(index)
    return "".join(out), tuple(origin)


# What packs hold, and what hides a word: Urdu and its Arabic look-alikes, vowel marks,
# joiners and direction marks, odd spaces, presentation forms, accented Latin.
CHARACTERS = st.sampled_from(list(
    "ab Cé علاجیکہيكهة ۀ٣۴ ً ُ ّ" "\u200b\u200c\u200d\u00ad\u0640\u200f\u00a0\u2009"
    "\ufef7\ufb8e\u2014\u2019  \n.،۔") + [chr(c) for c in range(0x0600, 0x0700, 7)])


@given(st.text(CHARACTERS, max_size=60))
def test_the_whole_text_spells_as_each_character_does(text: str) -> None:
    norm = normalise(text)
    assert (norm.text, norm.origin) == one_character_at_a_time(text)
    assert norm.length == len(text)


def test_a_place_in_the_spelled_text_is_found_in_the_original() -> None:
    text = "یہ\u200c علاج  مکمل شفا  ديتا ہے"
    norm = normalise(text)
    start = norm.text.index("مکمل شفا")
    first, last = norm.span(start, start + len("مکمل شفا"))
    assert text[first:last] == "مکمل شفا"
    assert "يتا" not in norm.text and "یتا" in norm.text  # Arabic yeh spelt as Urdu's
    assert normalise("É  X").text == "e x"  # accents are marks, left out; one space
