"""What happens on the patients' screens, handed to the usage statistics' visit log.

Only watches: every rule about what counts (a page view, a visit's end) is in the
Qt-free ``kiosk.core.usage.visit``. Connected after the window's own handlers, so a
visit's first language change (the welcome screen setting it) comes before the visit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from kiosk._qt.input_watch import watch_input
from kiosk.core.usage.events import End, Event
from kiosk.core.usage.visit import VisitLog

if TYPE_CHECKING:
    from kiosk._qt.window import KioskWindow

log = logging.getLogger("kiosk.usage")


_TOUCHES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
                      QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd})


class UsageWatch(QObject):
    def __init__(self, window: KioskWindow, count: Callable[[Event], object]) -> None:
        super().__init__(window)
        assert window.session is not None, "attach the window first"
        self.window = window
        self.session = window.session
        self.visits = VisitLog(count)
        viewer = window.viewer
        window.attract.started.connect(self.visits.start)
        window.visitEnding.connect(lambda: self.visits.end(End.IDLE))
        window.stack.currentChanged.connect(self._screen_changed)
        viewer.shown.connect(self._page_shown)
        viewer.quiz.chosen.connect(self._answered)
        window.home.emergencyChosen.connect(self.visits.emergency)
        self.session.languageChanged.connect(self.visits.language)
        self.session.textScaleChanged.connect(self.visits.text_size)
        window.narrator.stateChanged.connect(self._voice)
        window.narrator.progressed.connect(self.visits.heard)
        watch_input(self)  # when the patient last touched: a visit ends there, not at reset

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCHES:
            self.visits.touched()
        return False

    def stop(self) -> None:
        """The kiosk is stopping with a visit open: it ends here."""
        self.visits.end(End.RESTART)

    def _page_key(self) -> str | None:
        page = self.window.viewer.page
        return page.key if page is not None else None

    def _screen_changed(self, _index: int) -> None:
        current = self.window.current
        if current is self.window.viewer:
            self._page_shown()
        elif current is not self.window.about:
            # The sources of a page are part of reading it: the view goes on under them.
            self.visits.leave_page()

    def _page_shown(self) -> None:
        viewer = self.window.viewer
        key = self._page_key()
        if key is None or self.window.current is not viewer:
            return
        if viewer.body.currentWidget() is viewer.quiz:
            quiz = viewer.quiz
            done = len(quiz.questions) if quiz.done else \
                quiz.current + (quiz.answered is not None)
            self.visits.read(key, self.session.language, done, len(quiz.questions))
        else:
            self.visits.read(key, self.session.language, viewer.text.screenful + 1,
                             viewer.text.screen_count)

    def _answered(self, right: bool) -> None:
        key = self._page_key()
        if key is not None:
            self.visits.answered(key, self.session.language, right)
            self._page_shown()  # one question further into the page

    def _voice(self, state: str) -> None:
        if state == "playing":
            key = self._page_key()
            if key is not None:
                self.visits.listening(key, self.session.language)
        elif state == "paused":
            self.visits.paused()
        else:
            self.visits.stop_listening()
