"""The app's own words: Qt Linguist translations, switched at run time.

Pack text carries its own languages; this is only for buttons, prompts and staff screens.
One ``translations/kiosk_xx.qm`` per language. A language with no translation of its own
shows Urdu's (``languages.INTERFACE_FALLBACK``), and a partly translated one shows Urdu
for the words it lacks: Qt asks the last translator installed first. English, the code's
own language, has a file only for the words a number changes ("1 visit", "2 visits").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.core import resources
from kiosk.core.languages import INTERFACE_FALLBACK, is_rtl

log = logging.getLogger("kiosk.i18n")


def _fallback(language: str) -> str:
    """Urdu's words for a right-to-left language without its own, English's for a
    left-to-right one (Urdu laid out left to right would read backwards)."""
    return INTERFACE_FALLBACK if is_rtl(language) else "en"


class Translations:
    def __init__(self) -> None:
        self._translators: dict[str, QTranslator] = {}
        self._active: list[QTranslator] = []
        self._data: dict[str, bytes] = {}
        folder = resources.translations()
        found = {path.stem.removeprefix("kiosk_") for path in folder.glob("kiosk_*.ts")}
        found |= {path.stem.removeprefix("kiosk_") for path in folder.glob("kiosk_*.qm")}
        for language in sorted(found):
            source = folder / f"kiosk_{language}.ts"
            compiled = folder / f"kiosk_{language}.qm"
            if not compiled.is_file() and language == "en":
                # Without it English still reads, only "1 visits": not worth a failed start.
                log.error("%s is missing: run pyside6-lrelease %s", compiled.name, source)
                continue
            if not compiled.is_file() and language != INTERFACE_FALLBACK:
                # A translation begun but never compiled: its readers get Urdu's words
                # (and the staff panel says so), the kiosk still starts.
                log.error("%s is missing: run pyside6-lrelease %s", compiled.name, source)
                continue
            if not compiled.is_file():
                raise FileNotFoundError(
                    f"{compiled} is missing: install the kiosk with pip (which compiles "
                    f"translations) or run pyside6-lrelease {source}")
            if source.is_file() and source.stat().st_mtime > compiled.stat().st_mtime:
                # A stale .qm would quietly show old Urdu; say so loudly. Tests fail on it.
                log.error("%s is older than %s: run pyside6-lrelease (or reinstall)",
                          compiled.name, source.name)
            # Read into memory, not mapped as QTranslator.load(path) does: a .qm file
            # rewritten in place under a running kiosk (pyside6-lrelease rewrites it so)
            # changes the words under it, and a soak crashed inside QTranslator's lookup
            # right after one was recompiled. Qt keeps a pointer to these bytes: kept here.
            data = compiled.read_bytes()
            translator = QTranslator()
            if not translator.load(data, str(folder)):
                raise RuntimeError(f"{compiled} could not be loaded")
            self._translators[language] = translator
            self._data[language] = data

    @property
    def languages(self) -> frozenset[str]:
        """The languages the kiosk's own words are translated into (besides English)."""
        return frozenset(self._translators) - {"en"}

    def interface_language(self, language: str) -> str:
        """The language buttons and prompts are shown in for a reader of ``language``."""
        if language == "en" or language in self.languages:
            return language
        return _fallback(language)

    def _chain(self, language: str) -> list[QTranslator]:
        """Translators to ask, the first that knows a word wins."""
        if language == "en":
            return [self._translators["en"]] if "en" in self._translators else []
        chain = [self._translators[code] for code in (language, _fallback(language))
                 if code in self._translators]
        return list(dict.fromkeys(chain))

    def activate(self, language: str) -> None:
        """Install the translators for ``language``; Qt then tells every widget."""
        app = QCoreApplication.instance()
        assert app is not None, "translations need the application made first"
        for translator in self._active:
            app.removeTranslator(translator)
        self._active = self._chain(language)
        # Qt asks the translator installed last first: the fallback goes in first.
        for translator in reversed(self._active):
            app.installTranslator(translator)

    def text_in(self, language: str, context: str, source: str) -> str:
        """One string in a given language, whatever language is active (attract screen)."""
        for translator in self._chain(language):
            text = translator.translate(context, source)
            if text:
                return text
        return source
