"""Spoken pages: a pack's narration files, their timings, and their sound as samples.

A page's narration sits beside its words: ``<page>.<lang>.ogg`` (Ogg Opus or Vorbis) or
``<page>.<lang>.mp3``, with an optional ``<page>.<lang>.timings.toml`` that says when each
sentence is spoken, which part of the page it belongs to ("page" is the title and the
words; a quiz adds "q1", "q1.why", ...), and whether the voice is a machine's draft.

Nothing here knows about Qt: the kiosk plays what ``Sound`` reads, and
``kiosk-pack validate`` reports what ``check_audio`` and ``check_timings`` find.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import attrs

from kiosk.core import sndfile
from kiosk.core.model import Page, PageKind, fill_placeholders
from kiosk.core.phrases import translate
from kiosk.core.problems import Problem
from kiosk.core.structure import Pattern, Range, Strip

log = logging.getLogger("kiosk.narration")

AUDIO_SUFFIXES = (".ogg", ".opus", ".mp3")
TIMINGS_SUFFIX = ".timings.toml"
# A page read at a patient's pace takes one to three minutes; ten would be a lecture,
# and a mistake (a whole recording session saved as one page).
MAX_SECONDS = 300.0
MAX_BYTES = 8 * 1024 * 1024
# Below 16 kHz a voice sounds like a telephone; above 48 kHz is wasted on a kiosk speaker.
MIN_RATE, MAX_RATE = 16000, 48000
_FORMATS = {"OGG": ("OPUS", "VORBIS"), "MP3": ("MPEG_LAYER_III",)}
PART = r"^(page|q[1-9][0-9]?(\.why)?)$"
# Decoding happens in pieces this long: small enough to start at once, big enough to
# keep the speaker fed between two wake-ups of a busy machine.
_CHUNK_FRAMES = 4096

_NAME = re.compile(r"^(?P<page>[a-z0-9][a-z0-9-]{0,63})\.(?P<lang>[a-z]{2,3})"
                   r"(?P<suffix>\.ogg|\.opus|\.mp3|\.timings\.toml)$", re.I)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: float  # seconds from the start of the file
    end: float
    text: str
    part: str = "page"


@dataclass(frozen=True, slots=True)
class Narration:
    """One page read aloud in one language."""

    audio: Path
    language: str
    sentences: tuple[Sentence, ...] = ()
    draft: bool = False
    voice: str = ""
    # Site values said aloud (the emergency number): a kiosk whose values differ must
    # not play this, or it would speak a number the screen does not show.
    said: tuple[tuple[str, str], ...] = ()

    def matches(self, values: Mapping[str, str]) -> bool:
        return all(values.get(name) == value for name, value in self.said)

    def parts(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for sentence in self.sentences:
            seen.setdefault(sentence.part)
        return tuple(seen)

    def span(self, part: str) -> tuple[float, float] | None:
        """Where ``part`` is spoken, in seconds; None if the timings do not say.

        Without timings the whole file is the page (``part == "page"``).
        """
        if not self.sentences:
            return (0.0, math.inf) if part == "page" else None
        times = [(s.start, s.end) for s in self.sentences if s.part == part]
        if not times:
            return None
        return min(t[0] for t in times), max(t[1] for t in times)

    def sentences_of(self, part: str) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.part == part)


def split_name(name: str) -> tuple[str, str, str] | None:
    """(page, language, suffix) of a narration or timings file name, else None."""
    match = _NAME.match(name)
    if match is None:
        return None
    return match["page"], match["lang"].lower(), match["suffix"].lower()


def audio_file(folder: Path, page_id: str, language: str) -> Path | None:
    for suffix in AUDIO_SUFFIXES:
        path = folder / f"{page_id}.{language}{suffix}"
        if path.is_file() and not path.is_symlink():
            return path
    return None


def timings_file(folder: Path, page_id: str, language: str) -> Path:
    return folder / f"{page_id}.{language}{TIMINGS_SUFFIX}"


# -- what is said ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?؟۔])\s+")
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    part: str


def sentences(markdown: str) -> list[str]:
    """The words of a page as a listener hears them: one sentence or list item each."""
    out: list[str] = []
    for raw in markdown.splitlines():
        line = _LIST.sub("", raw.strip().lstrip("#").strip())
        line = _MARKUP.sub("", _LINK.sub(r"\1", line)).strip()
        if line:
            out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


def script(page: Page, language: str, placeholders: Mapping[str, str]) -> list[Line]:
    """What is said for a page, part by part, in the order the screen shows it."""
    lines = [Line(page.title.get(language), "page")]
    body = fill_placeholders(page.body.get(language), placeholders)
    lines += [Line(text, "page") for text in sentences(body)]
    if page.kind is PageKind.QUIZ:
        for number, question in enumerate(page.questions, 1):
            part = f"q{number}"
            lines.append(Line(question.prompt.get(language), part))
            lines += [Line(choice.text.get(language), part) for choice in question.choices]
            lines += [Line(text, f"{part}.why")
                      for text in sentences(question.explanation.get(language))]
    return lines



# -- the timings file ---------------------------------------------------------------------

Seconds = Annotated[float, Range(ge=0, le=MAX_SECONDS)]


@attrs.frozen
class SentenceModel:
    start: Seconds
    end: Seconds
    text: Annotated[str, Strip()]
    part: Annotated[str, Pattern(PART)] = "page"


@attrs.frozen
class TimingsModel:
    draft: bool = False
    voice: str = ""
    said: dict[str, str] = attrs.Factory(dict)
    sentences: list[SentenceModel] = attrs.Factory(list)


def narration_from(audio: Path, language: str, timings: TimingsModel | None) -> Narration:
    if timings is None:
        return Narration(audio, language)
    return Narration(
        audio=audio, language=language, draft=timings.draft, voice=timings.voice,
        said=tuple(sorted(timings.said.items())),
        sentences=tuple(Sentence(s.start, s.end, s.text, s.part) for s in timings.sentences))


def check_timings(narration: Narration, name: str, duration: float | None) -> list[Problem]:
    """Times that go backwards, overlap or run past the end of the sound."""
    problems: list[Problem] = []
    last_end = 0.0
    for number, sentence in enumerate(narration.sentences, 1):
        if sentence.end <= sentence.start:
            problems.append(Problem(name, translate(
                "Problems", "sentence {n} ends before it starts").fill(n=number)))
        elif sentence.start < last_end - 0.05:
            problems.append(Problem(name, translate(
                "Problems", "sentence {n} starts before the one before it ends").fill(n=number)))
        if duration is not None and sentence.end > duration + 0.25:
            problems.append(Problem(name, translate(
                "Problems", "sentence {n} ends at {end} s, after the sound ends ({length} s)")
                .fill(n=number, end=f"{sentence.end:.1f}", length=f"{duration:.1f}")))
            break
        last_end = max(last_end, sentence.end)
    return problems


# -- the sound ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AudioInfo:
    rate: int
    channels: int
    seconds: float


def check_audio(path: Path, name: str) -> tuple[list[Problem], AudioInfo | None]:
    """Everything wrong with one narration file, each in words a nurse can act on.

    A file the kiosk cannot decode part-way through still plays up to there and then
    stops (``Sound``): never a crash.
    """
    try:
        size: int = path.stat().st_size
    except OSError as error:
        return [Problem(name, translate("Problems", "cannot be read: {error}").fill(
            error=error.strerror or str(error)))], None
    if size > MAX_BYTES:
        return [Problem(name, translate(
            "Problems", "is too big ({size} MB, at most {limit} MB); save it as Ogg Opus at "
                        "a lower bitrate").fill(size=f"{size / 1048576:.1f}",
                                                limit=MAX_BYTES // 1048576))], None
    not_sound = translate("Problems", "is damaged or is not a sound file the kiosk plays; "
                                      "save it again as Ogg Opus or MP3")
    try:
        info = sndfile.info(path)
    except OSError:
        return [Problem(name, not_sound)], None
    if info.subtype not in _FORMATS.get(info.format, ()):
        return [Problem(name, translate(
            "Problems", "is {kind}, which the kiosk does not play; save it again as Ogg Opus "
                        "or MP3").fill(kind=f"{info.format} ({info.subtype})"))], None
    problems: list[Problem] = []
    if not MIN_RATE <= info.rate <= MAX_RATE:
        problems.append(Problem(name, translate(
            "Problems", "has a sample rate of {rate} Hz; use 16000 to 48000 Hz").fill(
            rate=info.rate)))
    if info.channels > 2:
        problems.append(Problem(name, translate(
            "Problems", "has {n} sound channels; save it as mono or stereo").fill(
            n=info.channels)))
    try:
        _decode_ends(path)
    except OSError:
        return [*problems, Problem(name, not_sound)], None
    frames = info.frames
    seconds = info.seconds
    if frames == 0:
        problems.append(Problem(name, translate("Problems", "holds no sound")))
    elif seconds > MAX_SECONDS:
        problems.append(Problem(name, translate(
            "Problems", "lasts {length} minutes; a page's narration may last at most {limit}")
            .fill(length=f"{seconds / 60:.1f}", limit=int(MAX_SECONDS // 60))))
    return problems, AudioInfo(info.rate, info.channels, seconds)


def duration(path: Path) -> float | None:
    """Seconds of sound, read from the header (cheap); None if it cannot be read."""
    try:
        return sndfile.info(path).seconds
    except OSError:
        return None


def _decode_ends(path: Path) -> None:
    """Decode the first and the last half second (raises if they do not decode).

    Not the whole file: that takes a fifth of a second a page, and a pack's files are
    checksummed anyway, so a file cut short on its way is caught as a whole. Half a
    second, not more: it proves the decoder can start and seek to the end, and a
    thousand-page pack has two thousand files to check.
    """
    with sndfile.Reader(path) as sound:
        half, frames = sound.info.rate // 2, sound.info.frames
        sound.read(min(half, frames))
        if frames > half:  # its end too (overlapping the start in a short file)
            sound.seek(frames - half)
            sound.read(half)


class Sound:
    """A narration file read as 16-bit samples, a piece at a time, from any second.

    Reading never raises: a file that turns out damaged mid-way (it passed validation on
    another machine, or the disk failed) simply ends, and ``damaged`` says so.
    """

    def __init__(self, path: Path, start: float = 0.0, end: float = math.inf) -> None:
        self.path = path
        self.damaged = False
        self._file: sndfile.Reader | None = sndfile.Reader(path)
        self.rate = self._file.info.rate
        self.channels = self._file.info.channels
        self.frames = self._file.info.frames
        first = int(start * self.rate)
        self._stop = min(self.frames, int(end * self.rate)) if math.isfinite(end) \
            else self.frames
        self.start_frame = min(first, self._stop)
        if self.start_frame:
            self._file.seek(self.start_frame)
        self.position = self.start_frame

    @property
    def frame_bytes(self) -> int:
        return 2 * self.channels

    @property
    def seconds(self) -> float:
        """How long this piece lasts."""
        return (self._stop - self.start_frame) / self.rate if self.rate else 0.0

    def read(self, max_bytes: int) -> bytes:
        """Up to ``max_bytes`` of samples (whole frames); b"" at the end."""
        if self._file is None:
            return b""
        frames = min(max_bytes // self.frame_bytes, self._stop - self.position)
        if frames <= 0:
            return b""
        try:
            data = self._file.read(frames)
        except OSError as error:
            log.error("narration %s cannot be read past %.1f s: %s", self.path.name,
                      self.position / self.rate, error)
            self.damaged = True
            self.close()
            return b""
        if not data:
            self.close()
        self.position += len(data) // self.frame_bytes
        return data

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
