"""The events a visit leaves behind: what was read, never who read it.

An event holds a visit number (counting up on this kiosk, nothing more), a time, what
happened, and at most a page key, a language and two numbers. Nothing a patient typed,
no names, no device identifiers: a kiosk's name is the only label, and staff choose it.
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class Kind(enum.IntEnum):
    """What happened. The numbers are stored: never renumber one, only add."""

    VISIT = 1  # a patient touched the welcome screen; language: the one they chose
    PAGE = 2  # a page was left; seconds on it, percent: how far it was read
    LANGUAGE = 3  # the patient switched to ``language``
    TEXT_SIZE = 4  # the text size was changed; percent: the new size (100, 120, 145)
    LISTEN = 5  # narration of ``page`` stopped; seconds heard, percent: how far
    QUIZ = 6  # a quiz question on ``page`` answered; percent: 100 right, 0 wrong
    HELP = 7  # the emergency ("what to do now") page was opened from the topics
    END = 8  # the visit ended; seconds: its length, page: the last page read ("" none)

    @property
    def word(self) -> str:
        """The event's name in exported files and docs/statistics.md."""
        return _WORDS[self]


_WORDS = {
    Kind.VISIT: "visit_start", Kind.PAGE: "page_view", Kind.LANGUAGE: "language_switch",
    Kind.TEXT_SIZE: "text_size", Kind.LISTEN: "narration", Kind.QUIZ: "quiz_answer",
    Kind.HELP: "emergency_page", Kind.END: "visit_end",
}


class End(enum.IntEnum):
    """How a visit ended (``percent`` of an END event)."""

    IDLE = 0  # nobody answered "still reading?": the kiosk reset itself
    RESTART = 1  # the kiosk stopped or restarted with the visit open


class Event(NamedTuple):
    visit: int  # this kiosk's own count of visits, from 1
    at: float  # seconds since 1970 (UTC), from the wall clock
    kind: Kind
    page: str = ""  # "topic/page" as the pack names it
    language: str = ""
    seconds: int = 0
    percent: int = 0
