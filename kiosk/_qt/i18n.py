"""The app's own words: Qt Linguist translations, switched at run time.

Pack text carries its own languages; this is only for buttons, prompts and staff screens.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.core import resources
from kiosk.core.languages import LANGUAGE_NAMES

log = logging.getLogger("kiosk.i18n")

TRANSLATED = ("ur",)

__all__ = ["LANGUAGE_NAMES", "TRANSLATED", "Translations"]


class Translations:
    def __init__(self) -> None:
        self._translators: dict[str, QTranslator] = {}
        self._active: QTranslator | None = None
        self._data: dict[str, bytes] = {}
        folder = resources.translations()
        for language in TRANSLATED:
            source = folder / f"kiosk_{language}.ts"
            compiled = folder / f"kiosk_{language}.qm"
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

    def activate(self, language: str) -> None:
        """Install the translator for ``language``; Qt then tells every widget."""
        app = QCoreApplication.instance()
        if self._active is not None:
            app.removeTranslator(self._active)
            self._active = None
        translator = self._translators.get(language)
        if translator is not None:
            app.installTranslator(translator)
            self._active = translator

    def text_in(self, language: str, context: str, source: str) -> str:
        """One string in a given language, whatever language is active (attract screen)."""
        translator = self._translators.get(language)
        if translator is None:
            return source
        return translator.translate(context, source) or source
