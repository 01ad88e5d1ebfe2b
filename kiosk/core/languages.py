"""The languages a pack can be written in: each one's name in itself, direction and script.

A pack lists its languages (``pack.toml``), and may describe one the kiosk does not know
yet (``[language.xx]``); nothing else in the code names a content language except as a
default. The kiosk knows the languages of Pakistan's waiting rooms below.

Its own module, with only NamedTuple: the attract screen needs it before anything else
is loaded.
"""

from collections.abc import Iterable
from typing import NamedTuple

# Scripts the kiosk has a bundled font for (kiosk/_qt/fonts.py), by the family name a
# pack gives in ``font = "..."`` (matched without case).
FONTS = {"noto sans": "latin", "noto nastaliq urdu": "nastaliq", "noto naskh arabic": "naskh"}
FONT_NAMES = {"latin": "Noto Sans", "nastaliq": "Noto Nastaliq Urdu",
              "naskh": "Noto Naskh Arabic"}


class Language(NamedTuple):
    code: str
    name: str  # in its own script: a reader who cannot read the current language finds it
    rtl: bool
    script: str  # a key of FONT_NAMES

    @property
    def font(self) -> str:
        return FONT_NAMES[self.script]


KNOWN: dict[str, Language] = {lang.code: lang for lang in (
    Language("en", "English", False, "latin"),
    Language("ur", "اردو", True, "nastaliq"),
    # Punjabi and Saraiki in Shahmukhi are written in Nastaliq, like Urdu; Pashto and
    # Sindhi in Naskh, whose letters (ټ ډ ړ ښ / ڄ ڃ ٺ ڳ ڪ...) Nastaliq fonts draw poorly.
    Language("pnb", "پنجابی", True, "nastaliq"),
    Language("skr", "سرائیکی", True, "nastaliq"),
    Language("ps", "پښتو", True, "naskh"),
    Language("sd", "سنڌي", True, "naskh"),
)}

# What a new pack starts with, and the languages of format 1 packs: only a default.
DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "ur")

# The language interface words fall back to when the kiosk has no translation for a
# pack's language: Urdu, Pakistan's common language, for a right-to-left one (English
# for a left-to-right one: Urdu's words would be laid out backwards).
INTERFACE_FALLBACK = "ur"

# The languages of the pack patients see, as it describes them (a name of its own for a
# known language, or a language the kiosk does not know): they win over everything.
_live: dict[str, Language] = {}
# Languages other packs describe (one staff checked on a USB stick, a preview): drawn as
# described, but never over the live pack's or the kiosk's own.
_described: dict[str, Language] = {}


def go_live(described: Iterable[Language]) -> None:
    """The pack patients now see: its languages, as it describes them."""
    _live.clear()
    _live.update((language.code, language) for language in described)


def describe(language: Language) -> None:
    """Remember a language a pack read describes, so a preview can draw it."""
    if language.code not in KNOWN:
        _described[language.code] = language


def get(code: str) -> Language:
    """What the kiosk knows of ``code``; an unknown code is drawn as left-to-right Latin."""
    found = _live.get(code) or KNOWN.get(code) or _described.get(code)
    return found if found is not None else Language(code, code, False, "latin")


def name_of(code: str) -> str:
    return get(code).name


def is_rtl(code: str) -> bool:
    return get(code).rtl


def script_of(code: str) -> str:
    return get(code).script
