"""What the speaker button reads: the words on screen, as clips of sound or of text.

A clip is a stretch of a pack's narration file when the pack has one that fits (the
right page, language and part, saying the site's own emergency number), and otherwise
the words themselves, for the computer's own voice if it has one for the language.
The screen decides which parts are on it; this decides how each is said.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.kept import Kept
from kiosk.core.model import Page
from kiosk.core.narration import Line, Sentence, script

# A computer voice speaks about 14 characters a second in either language; only used to
# move the progress ring before the voice reports where it is.
CHARS_PER_SECOND = 14.0


@dataclass(frozen=True, slots=True)
class Clip:
    text: str  # what is said: for the computer's voice, and for finding it on screen
    language: str
    audio: Path | None = None  # a pack's narration file, or None for the computer's voice
    start: float = 0.0  # seconds into the file
    end: float = math.inf
    sentences: tuple[Sentence, ...] = ()
    draft: bool = False
    # For the computer's voice: the sentences of ``text``, joined by single spaces.
    lines: tuple[str, ...] = ()

    @property
    def recorded(self) -> bool:
        return self.audio is not None

    def estimated_seconds(self) -> float:
        if self.audio is not None and math.isfinite(self.end):
            return max(0.0, self.end - self.start)
        return max(1.0, len(self.text) / CHARS_PER_SECOND)

    def line_at(self, characters: int) -> str:
        """The line the computer's voice is saying when it has said ``characters``."""
        at = 0
        for line in self.lines:
            at += len(line) + 1
            if characters < at:
                return line
        return ""

    def sentence_at(self, seconds: float) -> Sentence | None:
        """The sentence being said ``seconds`` into the file, if the timings say."""
        for sentence in self.sentences:
            if sentence.start <= seconds < sentence.end:
                return sentence
        return None


@dataclass(frozen=True, slots=True)
class Say:
    """Words the kiosk itself shows (a verdict, the game's feedback), not the pack's."""

    text: str


@dataclass(frozen=True, slots=True)
class Part:
    """A part of the page's own narration: "page", "q1", "q1.why"...

    With ``text``, only the sentence of the part that says it: a quiz's answers are read
    in the order their buttons are shown, which is not the order they were recorded in.
    """

    name: str
    text: str | None = None


Spoken = Say | Part


def clips(page: Page, language: str, placeholders: Mapping[str, str],
          spoken: Sequence[Spoken]) -> list[Clip]:
    """The clips that say ``spoken`` for ``page`` in ``language``, in order."""
    narration = page.narration(language)
    usable = narration is not None and narration.matches(placeholders)
    lines = _script(page, language, placeholders)
    out: list[Clip] = []
    for item in spoken:
        if isinstance(item, Say):
            text = " ".join(item.text.split())
            if text:
                out.append(Clip(text, language, lines=(text,)))
            continue
        said = tuple(line.text for line in lines if line.part == item.name
                     and (item.text is None or _same(line.text, item.text)))
        text = " ".join(said)
        timed: tuple[Sentence, ...] = ()
        span: tuple[float, float] | None = None
        if usable and narration is not None:
            if item.text is None:
                timed, span = narration.sentences_of(item.name), narration.span(item.name)
            else:
                timed = tuple(s for s in narration.sentences_of(item.name)
                              if _same(s.text, item.text))
                span = (timed[0].start, timed[-1].end) if timed else None
        if narration is not None and span is not None:
            out.append(Clip(text, language, narration.audio, span[0], span[1], timed,
                            narration.draft))
        elif text:
            out.append(Clip(text, language, lines=said))
    return out


# The last pages' scripts: the speaker asks again at every turn, and a quiz at every
# question, each time for the whole quiz (a quiz page's sentences took a tenth of a
# validate). Keyed by the page object's id; the page is kept beside its script, so no
# other page can be given that id while the entry is here.
_scripts: Kept[tuple[int, str, tuple[tuple[str, str], ...]], tuple[Page, tuple[Line, ...]]] = \
    Kept(8)


def prepare(page: Page, language: str, placeholders: Mapping[str, str]) -> None:
    """Work ``page``'s script out now (a neighbouring page's, while the patient reads):
    the turn to it then only looks it up."""
    _script(page, language, placeholders)


def _script(page: Page, language: str, placeholders: Mapping[str, str]
            ) -> tuple[Line, ...]:
    key = (id(page), language, tuple(sorted(placeholders.items())))
    return _scripts.get(key, lambda: (page, tuple(script(page, language, placeholders))))[1]


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())
