"""The computer's own speech (QtTextToSpeech), for words no narration file covers.

Windows has an Urdu voice; on Linux speech-dispatcher speaks through espeak-ng. Which
languages a voice exists for is asked once per engine; a language without one makes the
speaker button hide rather than do nothing.
"""

from __future__ import annotations

import ctypes
import functools
import logging

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

log = logging.getLogger("kiosk.voice")

# Qt's "mock" engine is for Qt's own tests: it says nothing aloud.
_NOT_FOR_PATIENTS = frozenset({"mock"})
SPEECHD_LIBRARY = "libspeechd.so.2"  # what Qt's speechd plug-in links (its soname)


@functools.cache
def _can_load(engine: str) -> bool:
    # Qt's speech-dispatcher plug-in is always there on Linux, but works only where
    # speech-dispatcher is installed; asking it anyway fills the log with a warning. The
    # library is opened by the name the plug-in links (ctypes.util.find_library would run
    # ldconfig in a subprocess at every start).
    if engine == "speechd":
        try:
            ctypes.CDLL(SPEECHD_LIBRARY)
        except OSError:
            return False
    return True


class ComputerVoice(QObject):
    """One text-to-speech engine, speaking one text at a time."""

    ended = Signal()  # finished, stopped or failed: the narrator moves on either way
    reached = Signal(int)  # how many characters in the voice has got

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts = QTextToSpeech(engine, self)
        self._voices: dict[str, QVoice] = {}
        self._speaking = False
        self.engine = engine
        if self._tts.state() == QTextToSpeech.State.Error:
            log.warning("speech engine %s does not work: %s", engine, self._tts.errorString())
            return
        for locale in self._tts.availableLocales():
            code = QLocale.languageToCode(locale.language())
            if code not in self._voices:
                self._tts.setLocale(locale)
                voices = self._tts.availableVoices()
                if voices:
                    self._voices[code] = voices[0]
        self._tts.stateChanged.connect(self._state_changed)
        self._tts.sayingWord.connect(lambda _word, _id, start, length:
                                     self.reached.emit(start + length))
        log.info("computer voice %s speaks: %s", engine, ", ".join(sorted(self._voices)) or
                 "nothing")

    @classmethod
    def find(cls, parent: QObject | None = None) -> ComputerVoice | None:
        """The first engine on this computer that works, or None."""
        for engine in QTextToSpeech.availableEngines():
            if engine in _NOT_FOR_PATIENTS or not _can_load(engine):
                continue
            voice = cls(engine, parent)
            if voice.languages():
                return voice
            voice.deleteLater()
        return None

    def languages(self) -> frozenset[str]:
        return frozenset(self._voices)

    def speaks(self, language: str) -> bool:
        return language in self._voices

    def say(self, text: str, language: str) -> None:
        voice = self._voices.get(language)
        if voice is None:
            self.ended.emit()
            return
        if self._tts.voice() != voice:
            self._tts.setVoice(voice)
        self._speaking = True
        self._tts.say(text)

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Error:
            log.error("the computer voice failed: %s", self._tts.errorString())
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._speaking:
            self._speaking = False
            self.ended.emit()

    def pause(self) -> None:
        self._tts.pause(QTextToSpeech.BoundaryHint.Word)

    def resume(self) -> None:
        self._tts.resume()

    def stop(self) -> None:
        self._speaking = False  # stopping is not finishing: no ended signal for it
        self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def set_volume(self, volume: float) -> None:
        self._tts.setVolume(volume)
