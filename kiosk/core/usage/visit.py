"""One visit at a time, turned into events: the screen says what happened, this says
what it counts as (a page view ends when another page, the topics or a reset replaces it).

Qt-free, so the rules are tested without a screen; ``kiosk/_qt/usage_watch.py`` calls it
from the kiosk's signals. Outside a visit (the welcome screen, the reset putting the next
patient's language back) nothing is counted.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kiosk.core.usage.events import End, Event, Kind

Sink = Callable[[Event], object]


def percent(done: int, total: int) -> int:
    if total <= 0:
        return 100
    return max(0, min(100, round(100 * done / total)))


class _Reading:
    """The page on screen: since when, and how far the patient got (a share of the page:
    a change of text size or language cuts it into another number of screens)."""

    def __init__(self, page: str, language: str, since: float) -> None:
        self.page = page
        self.language = language
        self.since = since
        self.reached = 0.0


class _Listening:
    def __init__(self, page: str, language: str, since: float) -> None:
        self.page = page
        self.language = language
        self.since: float | None = since  # None while paused
        self.heard = 0.0
        self.progress = 0.0


class VisitLog:
    """Feeds ``sink`` the events of each visit. ``wall`` stamps them; ``clock`` (monotonic)
    measures durations, so a clock set forward mid-visit cannot make a page last a day."""

    def __init__(self, sink: Sink, wall: Callable[[], float] = time.time,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._sink = sink
        self._wall = wall
        self._clock = clock
        self.visit = 0  # this run's count; 0 outside a visit
        self._visits = 0
        self._started = 0.0
        self._reading: _Reading | None = None
        self._listening: _Listening | None = None
        self._last_page = ""
        self._active = 0.0  # when the patient last touched the screen or last listened

    @property
    def in_visit(self) -> bool:
        return self.visit != 0

    def _emit(self, kind: Kind, page: str = "", language: str = "", seconds: float = 0,
              amount: int = 0) -> None:
        self._sink(Event(self.visit, self._wall(), kind, page, language,
                         max(0, round(seconds)), amount))

    # -- the visit ---------------------------------------------------------------------

    def touched(self) -> None:
        """The patient touched the screen: they were still here."""
        self._active = self._clock()

    def start(self, language: str) -> None:
        if self.in_visit:
            self.end(End.IDLE)
        self._visits += 1
        self.visit = self._visits
        self._started = self._active = self._clock()
        self._last_page = ""
        self._emit(Kind.VISIT, language=language)

    def end(self, how: End = End.IDLE) -> None:
        """The visit is over. Ended by the idle reset, it ended at the patient's last
        touch (or the end of what they listened to), not the minutes the kiosk waited."""
        if not self.in_visit:
            return
        self.stop_listening()
        until = self._active if how is End.IDLE else self._clock()
        self.leave_page(until)
        self._emit(Kind.END, self._last_page, seconds=until - self._started, amount=int(how))
        self.visit = 0

    # -- pages -------------------------------------------------------------------------

    def read(self, page: str, language: str, done: int, total: int) -> None:
        """``page`` is on screen, read ``done`` of ``total`` parts (screens, questions)."""
        if not self.in_visit:
            return
        if self._reading is None or self._reading.page != page:
            self.leave_page()
            self._reading = _Reading(page, language, self._clock())
            self._last_page = page
        reading = self._reading
        reading.reached = max(reading.reached, 1.0 if total <= 0 else min(1.0, done / total))

    def leave_page(self, until: float | None = None) -> None:
        """The topics or a reset took the page's place (``until``: when the patient left
        it, if earlier than now)."""
        reading, self._reading = self._reading, None
        if reading is None or not self.in_visit:
            return
        now = self._clock() if until is None else max(reading.since, until)
        self._emit(Kind.PAGE, reading.page, reading.language, now - reading.since,
                   percent(round(reading.reached * 1000), 1000))

    # -- choices -----------------------------------------------------------------------

    def language(self, language: str) -> None:
        if self.in_visit:
            self._emit(Kind.LANGUAGE, language=language)

    def text_size(self, scale: float) -> None:
        if self.in_visit:
            self._emit(Kind.TEXT_SIZE, amount=round(scale * 100))

    def answered(self, page: str, language: str, right: bool) -> None:
        if self.in_visit:
            self._emit(Kind.QUIZ, page, language, amount=100 if right else 0)

    def emergency(self, page: str) -> None:
        if self.in_visit:
            self._emit(Kind.HELP, page)

    # -- narration ---------------------------------------------------------------------

    def listening(self, page: str, language: str) -> None:
        """The voice began (or went on after a pause) reading ``page``."""
        if not self.in_visit:
            return
        now = self._clock()
        listening = self._listening
        if listening is not None and listening.page == page and listening.since is None:
            listening.since = now  # went on after a pause
            return
        self.stop_listening()
        self._listening = _Listening(page, language, now)

    def paused(self) -> None:
        listening = self._listening
        if listening is not None and listening.since is not None:
            listening.heard += self._clock() - listening.since
            listening.since = None

    def heard(self, progress: float) -> None:
        if self._listening is not None:
            self._listening.progress = max(self._listening.progress, progress)

    def stop_listening(self) -> None:
        """The voice stopped or read to the end."""
        self.paused()
        listening, self._listening = self._listening, None
        if listening is None or not self.in_visit:
            return
        self._active = self._clock()  # listening to the end is being here
        self._emit(Kind.LISTEN, listening.page, listening.language, listening.heard,
                   percent(round(listening.progress * 1000), 1000))
