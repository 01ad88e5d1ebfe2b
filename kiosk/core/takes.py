"""A person's voice from a microphone: one take per sentence, trimmed, judged and joined.

A staff member reads a page aloud one sentence at a time. Short takes are easy to redo
(a cough, a phone ringing), and each sentence's start and end are then known exactly,
so the kiosk can highlight what is being said, as it does for a machine's draft.
Everything works on 16-bit samples in plain Python: the kiosk carries no NumPy.
"""

from __future__ import annotations

import enum
import math
import struct
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.core import loudness, sndfile
from kiosk.core.narration import Line, Sentence
from kiosk.core.voicefiles import pause_before

# A sentence read slowly takes under half a minute; a take still running after a minute
# is a Stop nobody pressed.
MAX_TAKE_SECONDS = 60.0
_FRAME = 0.01  # seconds: the level is judged ten milliseconds at a time
_SILENT_DB = -50.0  # below this nothing was said (or the microphone is off)
_QUIET_PEAK = 0.06  # a voice peaking under -24 dBFS is mostly room noise once made louder
_CLIPPED_SHARE = 0.001  # more than one sample in a thousand at full scale: distorted
# Air left around the words: a soft first consonant ("h", "f") starts below the
# threshold, and a last syllable fades out under it.
_AIR_BEFORE, _AIR_AFTER = 0.15, 0.25
_MIN_SPEECH = 0.15  # seconds: shorter than a syllable is a click, not a word


@dataclass(frozen=True)
class Take:
    samples: array[int]  # mono, 16-bit
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0

    def pcm(self) -> bytes:
        data = array("h", self.samples)
        if sys.byteorder == "big":  # files and sound devices take little-endian samples
            data.byteswap()
        return data.tobytes()


class Verdict(enum.Enum):
    GOOD = "good"
    SILENT = "silent"  # nothing heard: it cannot be kept
    QUIET = "quiet"  # heard, but the voice will come with the room's noise
    CLIPPED = "clipped"  # too loud for the microphone: distorted


# -- from the microphone ----------------------------------------------------------------

_UNPACK = {"int16": ("h", 1.0), "int32": ("i", 1 / 65536), "float": ("f", 32767.0),
           "uint8": ("B", 256.0)}


def from_device(data: bytes, rate: int, channels: int, sample_format: str) -> Take:
    """Samples as a sound device gave them, as one mono 16-bit take at an Opus rate."""
    code, scale = _UNPACK[sample_format]
    width = struct.calcsize(code)
    raw = array(code)
    raw.frombytes(data[:len(data) - len(data) % (width * channels)])
    if sys.byteorder == "big":
        raw.byteswap()
    values: Sequence[float]
    if sample_format == "int16" and channels == 1:
        return _to_opus_rate(Take(raw, rate))  # what a microphone usually gives: as it is
    if sample_format == "uint8":
        values = [(v - 128) * scale for v in raw]
    elif scale != 1.0:
        values = [v * scale for v in raw]
    else:
        values = raw
    if channels > 1:  # a stereo microphone: both sides of one voice
        values = [sum(values[i:i + channels]) / channels
                  for i in range(0, len(values), channels)]
    mono = array("h", (max(-32767, min(32767, round(v))) for v in values))
    return _to_opus_rate(Take(mono, rate))


def peak(data: bytes, sample_format: str) -> float:
    """The loudest sample in a piece of a device's sound, from 0 to 1 (for a level meter)."""
    code, scale = _UNPACK[sample_format]
    width = struct.calcsize(code)
    raw = array(code)
    raw.frombytes(data[:len(data) - len(data) % width])
    if not raw:
        return 0.0
    if sys.byteorder == "big":
        raw.byteswap()
    if sample_format == "uint8":
        return max(abs(v - 128) for v in raw) / 128
    return min(1.0, max(max(raw), -min(raw)) * scale / loudness.FULL_SCALE)


def _to_opus_rate(take: Take) -> Take:
    """At a rate Opus takes (16, 24 or 48 kHz); a 44.1 kHz microphone goes up to 48."""
    if take.rate in (16000, 24000, 48000):
        return take
    target = 48000 if take.rate > 24000 else 24000 if take.rate > 16000 else 16000
    # Straight lines between samples: going up in rate adds no frequencies that were not
    # there, and the voice's own stay below half of either rate.
    source, ratio = take.samples, take.rate / target
    last = len(source) - 1
    out = array("h")
    for i in range(int(len(source) / ratio)):
        at = i * ratio
        j = int(at)
        frac = at - j
        nxt = source[j + 1] if j < last else source[j]
        out.append(round(source[j] + (nxt - source[j]) * frac))
    return Take(out, target)


# -- judging and trimming ---------------------------------------------------------------

def _frame_levels(take: Take) -> list[float]:
    """The level of every 10 ms of the take, in dB below full scale."""
    step = max(1, round(_FRAME * take.rate))
    levels = []
    full = loudness.FULL_SCALE ** 2
    for start in range(0, len(take.samples), step):
        frame = take.samples[start:start + step]
        power = sum(s * s for s in frame) / len(frame) / full
        levels.append(10 * math.log10(power) if power > 0 else -120.0)
    return levels


def trim(take: Take) -> Take:
    """The take without the silence before and after the words (a little air is kept)."""
    levels = _frame_levels(take)
    if not levels:
        return take
    peak = max(levels)
    floor = sorted(levels)[len(levels) // 10]  # the room between words
    if peak < _SILENT_DB:
        return Take(array("h"), take.rate)
    threshold = min(peak - 6, max(floor + 10, peak - 30))
    loud = [i for i, level in enumerate(levels) if level >= threshold]
    step = round(_FRAME * take.rate)
    start = max(0, loud[0] * step - round(_AIR_BEFORE * take.rate))
    end = min(len(take.samples), (loud[-1] + 1) * step + round(_AIR_AFTER * take.rate))
    return Take(take.samples[start:end], take.rate)


def judge(take: Take) -> Verdict:
    """What a trimmed take sounds like, for the staff member to hear about before keeping it."""
    if take.seconds < _MIN_SPEECH + _AIR_BEFORE:
        return Verdict.SILENT
    peak = max(map(abs, take.samples))
    if peak / loudness.FULL_SCALE < 10 ** (_SILENT_DB / 20):
        return Verdict.SILENT
    at_top = sum(1 for s in take.samples if abs(s) >= 32700)
    if at_top > max(3, _CLIPPED_SHARE * len(take.samples)):
        return Verdict.CLIPPED
    if peak / loudness.FULL_SCALE < _QUIET_PEAK:
        return Verdict.QUIET
    return Verdict.GOOD


# -- a page from its sentences -----------------------------------------------------------

def join(lines: Sequence[Line], takes: Sequence[Take]) -> tuple[Take, list[Sentence]]:
    """One sound for the page, its sentences apart as a reader would leave them, with when
    each is said, brought to the loudness of every other page."""
    if len(lines) != len(takes) or not takes:
        raise ValueError("every line needs its take")
    rate = takes[0].rate
    if any(t.rate != rate for t in takes):
        raise ValueError("all takes of a page come from one microphone at one rate")
    sound = array("h")
    timed: list[Sentence] = []
    for index, (line, take) in enumerate(zip(lines, takes, strict=True)):
        if index:
            sound.extend(array("h", bytes(2 * round(
                pause_before(lines[index - 1].part, line.part) * rate))))
        start = len(sound)
        sound.extend(take.samples)
        timed.append(Sentence(round(start / rate, 3), round(len(sound) / rate, 3), line.text,
                              line.part))
    return Take(loudness.normalised(sound, rate), rate), timed


def write_wav(take: Take, path: Path) -> None:
    """A take as a WAV file, to be heard before it is kept."""
    sndfile.write(path, take.pcm(), take.rate, kind="WAV")
