"""Recording a person's voice for a pack, sentence by sentence and page after page.

The preview's recorder shows what this holds and sends it what the microphone heard;
nothing here knows about Qt or sound devices. A walk is in one language: the person
reading is usually fluent in one of the two, and a page's voice should not change
half-way through the pack.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.core import voicefiles
from kiosk.core.model import Pack, Page
from kiosk.core.narration import Line, script
from kiosk.core.takes import Take, Verdict, join, judge, trim

log = logging.getLogger("kiosk.narration")


def needs_voice(page: Page, language: str) -> bool:
    """No narration in this language yet, or only a machine's draft."""
    spoken = page.narration(language)
    return spoken is None or spoken.draft


@dataclass(frozen=True)
class Voices:
    """Who reads a pack's pages in one language, for staff deciding what to record."""

    language: str
    person: int  # pages recorded by a person
    machine: int  # pages with only a machine's draft
    silent: int  # pages with no narration (the computer's own voice, if it has one)

    @property
    def pages(self) -> int:
        return self.person + self.machine + self.silent


def voices(pack: Pack) -> list[Voices]:
    out = []
    for language in pack.languages:
        spoken = [page.narration(language) for page in pack.pages_in(language)]
        out.append(Voices(language, sum(1 for n in spoken if n is not None and not n.draft),
                          sum(1 for n in spoken if n is not None and n.draft),
                          sum(1 for n in spoken if n is None)))
    return out


def page_folder(pack: Pack, page: Page) -> Path:
    return pack.root / "topics" / page.topic_id


class RecordingWalk:
    """One language of a pack: the page being recorded, its lines and the takes kept."""

    def __init__(self, pack: Pack, language: str, placeholders: Mapping[str, str],
                 page_key: str) -> None:
        self.pack = pack
        self.language = language
        self.placeholders = dict(placeholders)
        self.recorded: set[str] = set()  # pages given a voice in this walk
        self.page = next(p for p in pack.pages() if p.key == page_key)
        self.lines: list[Line] = []
        self.takes: list[Take | None] = []
        self.index = 0
        self.pending: Take | None = None  # heard, not yet kept
        self.verdict: Verdict | None = None
        self.open(self.page)

    # -- one page ---------------------------------------------------------------------

    def open(self, page: Page) -> None:
        self.page = page
        self.lines = script(page, self.language, self.placeholders)
        self.takes = [None] * len(self.lines)
        self.index = 0
        self.pending, self.verdict = None, None

    @property
    def line(self) -> Line:
        return self.lines[self.index]

    def hear(self, take: Take) -> Verdict:
        """A take of the current line, trimmed; kept only when ``keep`` is called."""
        trimmed = trim(take)
        self.verdict = judge(trimmed)
        self.pending = None if self.verdict is Verdict.SILENT else trimmed
        return self.verdict

    def keep(self) -> None:
        if self.pending is None:
            raise ValueError("nothing heard to keep")
        self.takes[self.index] = self.pending
        self.pending, self.verdict = None, None
        missing = [i for i, t in enumerate(self.takes) if t is None]
        if missing:
            later = [i for i in missing if i > self.index]
            self.index = later[0] if later else missing[0]

    def go_to(self, index: int) -> None:
        """Another line: to redo one kept earlier, or to go back a sentence."""
        self.index = max(0, min(index, len(self.lines) - 1))
        self.pending, self.verdict = None, None

    @property
    def kept(self) -> int:
        return sum(t is not None for t in self.takes)

    @property
    def complete(self) -> bool:
        return all(t is not None for t in self.takes)

    def save(self, today: dt.date | None = None) -> Path:
        """The page's takes as its narration in the pack folder, marked as a person's."""
        takes = [t for t in self.takes if t is not None]
        if len(takes) != len(self.lines):
            raise ValueError("every sentence of the page needs a take first")
        sound, timed = join(self.lines, takes)
        when = (today or dt.date.today()).isoformat()
        path = voicefiles.save(
            page_folder(self.pack, self.page), self.page.id, self.language, sound.pcm(),
            sound.rate, timed, draft=False, voice=f"a person, recorded {when}",
            said=voicefiles.used_placeholders(self.page, self.language, self.placeholders))
        self.recorded.add(self.page.key)
        log.info("recorded %s in %s: %.1f s", self.page.key, self.language, sound.seconds)
        return path

    # -- the walk through the pack ------------------------------------------------------

    def set_pack(self, pack: Pack) -> None:
        """The pack as read again after a save (the page being recorded keeps its takes)."""
        self.pack = pack

    def waiting(self) -> list[Page]:
        """Pages still to be given a person's voice in this language, in pack order."""
        return [p for p in self.pack.pages_in(self.language)
                if p.key not in self.recorded and needs_voice(p, self.language)]

    def next_page(self) -> Page | None:
        """The next page that still needs a voice, after this one (then from the start)."""
        pages = self.pack.pages_in(self.language)
        keys = [p.key for p in pages]
        here = keys.index(self.page.key) if self.page.key in keys else -1
        waiting = {p.key for p in self.waiting()}
        for page in pages[here + 1:] + pages[:here + 1]:
            if page.key in waiting:
                return page
        return None
