"""The kiosk's voice: narration files to the speaker, or the computer's own speech."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory, QObject

# Before QtMultimedia loads: it looks for video-decoding and PipeWire libraries a kiosk
# that only plays speech never needs, and warns about each one it does not find.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")

from kiosk._qt.voice.computer_voice import ComputerVoice  # noqa: E402
from kiosk._qt.voice.narrator import Narrator  # noqa: E402
from kiosk._qt.voice.output import Speaker, has_speaker  # noqa: E402

log = logging.getLogger("kiosk.voice")


def make_narrator(volume: float, parent: QObject | None = None) -> Narrator:
    """A narrator for this computer: its speaker if it has one, its voice if it has one."""
    speaker = Speaker() if has_speaker() else None
    if speaker is None:
        log.info("no sound output found: narration files cannot play")
    return Narrator(speaker, ComputerVoice.find(), volume, parent)
