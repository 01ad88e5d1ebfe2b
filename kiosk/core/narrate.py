"""Draft narration: every page read by a speech engine, for ``kiosk-pack narrate``.

A machine voice is a stopgap until a person records the page, so every file written
here is marked ``draft = true`` in its timings, and the staff panel says so. Sentences
are spoken one at a time, which gives exact timings for highlighting; the whole page is
then brought to the loudness every page has (``kiosk.core.loudness``), so no page shouts
and none mumbles.
"""

from __future__ import annotations

import io
import logging
import re
import shutil
import subprocess
from array import array
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import numpy as np
import soundfile

from kiosk.core import languages, loudness, narration, voicefiles
from kiosk.core.model import Page
from kiosk.core.narration import script

log = logging.getLogger("kiosk.narration")

RATE = 24000  # Opus works at 48/24/16 kHz; 24 kHz keeps every sound of speech
# espeak-ng's voices for the pack's languages; slower than its default 175 words a
# minute, for listeners who are unwell, anxious, or hearing their second language.
# Pashto has none in espeak-ng 1.52 (Debian 13): ``kiosk-pack narrate`` says so and goes on.
VOICES = {"en": ("en-gb", 140), "ur": ("ur", 130), "sd": ("sd", 130)}

class NoSpeechEngine(RuntimeError):
    """No speech engine on this machine speaks the language asked for."""


Speak = Callable[[str, str], tuple[np.ndarray, int]]
"""(text, language) -> (mono float32 samples, sample rate)."""


def espeak(text: str, language: str) -> tuple[np.ndarray, int]:
    """One sentence from espeak-ng (Debian's ``espeak-ng`` package has English and Urdu)."""
    program = shutil.which("espeak-ng")
    if program is None:
        raise NoSpeechEngine("espeak-ng is not installed (Debian/Ubuntu: apt install espeak-ng)")
    voice, speed = VOICES.get(language, (language, 140))
    result = subprocess.run([program, "-v", voice, "-s", str(speed), "--stdout", text],
                            capture_output=True, check=False, timeout=120)
    if result.returncode != 0 or not result.stdout:
        raise NoSpeechEngine(f"espeak-ng on this computer has no voice for "
                             f"{languages.name_of(language)} ({language!r}): "
                             f"{result.stderr.decode(errors='replace').strip()}")
    samples, rate = soundfile.read(io.BytesIO(result.stdout), dtype="float32")
    if samples.ndim > 1:
        samples = samples.mean(axis=1)
    return samples, int(rate)


def voice_name(language: str) -> str:
    program = shutil.which("espeak-ng")
    version = ""
    if program is not None:
        out = subprocess.run([program, "--version"], capture_output=True, text=True,
                             check=False).stdout
        match = re.search(r"\d+\.\d+(\.\d+)?", out)
        version = f" {match.group(0)}" if match else ""
    return f"espeak-ng{version} ({VOICES.get(language, (language, 0))[0]})"


def _resample(samples: np.ndarray, rate: int) -> np.ndarray:
    if rate == RATE:
        return samples
    from math import gcd

    from scipy.signal import resample_poly  # the narrate extra

    g = gcd(RATE, rate)
    return np.asarray(resample_poly(samples, RATE // g, rate // g), dtype=np.float32)


def normalise(samples: np.ndarray, rate: int) -> np.ndarray:
    """To the loudness of every page (``loudness.TARGET_LUFS``), held under its peak."""
    pcm = array("h", np.clip(np.round(samples * loudness.FULL_SCALE), -32767, 32767)
                .astype("<i2").tobytes())
    out = loudness.normalised(pcm, rate)
    return np.frombuffer(out.tobytes(), dtype="<i2").astype(np.float32) / loudness.FULL_SCALE


def render(lines: list[narration.Line], language: str, speak: Speak = espeak,
           ) -> tuple[np.ndarray, list[narration.Sentence]]:
    """The page's sound at RATE, and when each line is said."""
    pieces: list[np.ndarray] = []
    timed: list[narration.Sentence] = []
    at = 0
    for index, line in enumerate(lines):
        if index:
            gap = int(voicefiles.pause_before(lines[index - 1].part, line.part) * RATE)
            pieces.append(np.zeros(gap, dtype=np.float32))
            at += gap
        samples, rate = speak(line.text, language)
        samples = _resample(_trim(samples), rate)
        pieces.append(samples)
        timed.append(narration.Sentence(round(at / RATE, 3), round((at + len(samples)) / RATE, 3),
                                        line.text, line.part))
        at += len(samples)
    sound = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
    return normalise(sound, RATE), timed


def _trim(samples: np.ndarray, threshold: float = 0.01) -> np.ndarray:
    """Without the silence an engine (or a microphone) leaves at either end."""
    loud = np.flatnonzero(np.abs(samples) > threshold)
    if not len(loud):
        return samples[:0]
    keep = int(0.03 * RATE)  # a little air, so a word's first consonant is not clipped
    return samples[max(0, loud[0] - keep): loud[-1] + keep]


def narrate_pages(pages: list[Page], folder_of: Callable[[Page], Path], languages: list[str],
                  placeholders: Mapping[str, str], speak: Speak = espeak,
                  voice: Callable[[str], str] = voice_name) -> Iterator[Path]:
    """Draft narration for each page in each language; yields each file as it is written."""
    for language in languages:
        name = voice(language)
        for page in pages:
            if language not in page.body:
                continue  # a topic not yet written in this language
            lines = script(page, language, placeholders)
            sound, timed = render(lines, language, speak)
            pcm = np.round(sound * loudness.FULL_SCALE).astype("<i2").tobytes()
            yield voicefiles.save(
                folder_of(page), page.id, language, pcm, RATE, timed, draft=True, voice=name,
                said=voicefiles.used_placeholders(page, language, placeholders))
