"""What one patient's visit has chosen: language and text size, and the pack shown.

Every screen reads from here and listens for changes; a reset puts the next patient
back on the site's defaults.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.core.model import Pack, is_rtl

if TYPE_CHECKING:
    from kiosk.core.settings import Settings

log = logging.getLogger("kiosk.session")

TEXT_SCALES: tuple[float, ...] = (1.0, 1.2, 1.45)


class Session(QObject):
    languageChanged = Signal(str)
    textScaleChanged = Signal(float)
    packChanged = Signal(object)
    volumeChanged = Signal(float)
    contrastChanged = Signal(bool)

    def __init__(self, pack: Pack, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.settings = settings
        self.language = self.start_language()
        self._scale_index = 0
        self.volume = settings.volume / 100
        self.high_contrast = settings.high_contrast

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)

    @property
    def text_scale(self) -> float:
        return TEXT_SCALES[self._scale_index]

    def start_language(self) -> str:
        """Where each visit starts: the site's language, or the pack's first if the pack
        is not written in it (the staff panel says so)."""
        wanted = self.settings.default_language
        return wanted if wanted in self.pack.languages else self.pack.languages[0]

    def set_language(self, language: str) -> None:
        if language not in self.pack.languages:
            raise ValueError(f"the pack has no {language!r} text")
        if language != self.language:
            self.language = language
            log.info("language -> %s", language)
            self.languageChanged.emit(language)

    def other_language(self) -> str:
        """The language after this one in the pack's list (the only other, in a pack of two)."""
        codes = self.pack.languages
        index = codes.index(self.language) if self.language in codes else -1
        return codes[(index + 1) % len(codes)]

    def other_languages(self) -> tuple[str, ...]:
        """The pack's languages but this one, in the pack's order."""
        return tuple(code for code in self.pack.languages if code != self.language)

    def cycle_text_scale(self) -> None:
        self._scale_index = (self._scale_index + 1) % len(TEXT_SCALES)
        self.textScaleChanged.emit(self.text_scale)

    def set_volume(self, volume: float) -> None:
        if volume != self.volume:
            self.volume = volume
            self.volumeChanged.emit(volume)

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            self.high_contrast = on
            log.info("high contrast -> %s", on)
            self.contrastChanged.emit(on)

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        if self.language not in pack.languages:
            self.language = self.start_language()
            self.languageChanged.emit(self.language)
        self.packChanged.emit(pack)

    def reset(self) -> None:
        """Forget this visit: the next patient starts on the site's defaults."""
        if self._scale_index:
            self._scale_index = 0
            self.textScaleChanged.emit(self.text_scale)
        self.set_language(self.start_language())
        self.set_volume(self.settings.volume / 100)
        self.set_high_contrast(self.settings.high_contrast)
