"""The page viewer's speaker and volume buttons, and what they read.

What is read is what is on screen: a text page's title and words, the quiz's question
and its answers (then the verdict and why), the game's instructions and its feedback.
A turn, a new question or a new cell silences the voice; the patient taps again to hear
the new screen. While a page is read, its sentence is highlighted, and a page that
continues on another screen turns to it when the voice gets there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk._qt import theme
from kiosk._qt.voice.controls import SpeakerButton, VolumeButton
from kiosk._qt.voice.narrator import Narrator, State
from kiosk.core.model import Page, PageKind
from kiosk.core.reading import Clip, Part, Spoken, clips
from kiosk.core.reading import prepare as prepare_script

if TYPE_CHECKING:
    from kiosk._qt.screens.page_viewer import PageViewer

log = logging.getLogger("kiosk.voice")


class ReadAloud(QObject):
    def __init__(self, viewer: PageViewer, narrator: Narrator) -> None:
        super().__init__(viewer)
        self.viewer = viewer
        self.narrator = narrator
        self.speaker = SpeakerButton()
        self.volume = VolumeButton()
        self._clips: list[Clip] = []
        self.speaker.clicked.connect(self._speaker_tapped)
        self.volume.clicked.connect(
            lambda: viewer.session.set_volume(self.volume.next_volume()))
        viewer.session.volumeChanged.connect(self._volume_changed)
        narrator.stateChanged.connect(self._state_changed)
        narrator.progressed.connect(self.speaker.show_progress)
        narrator.sentenceChanged.connect(self._sentence)
        viewer.quiz.changed.connect(lambda: self._changed(PageKind.QUIZ))
        viewer.game.changed.connect(lambda: self._changed(PageKind.SELF_NONSELF))
        self.volume.show_volume(viewer.session.volume)

    # -- what the screen says --------------------------------------------------------------

    def spoken(self) -> list[Spoken]:
        page = self.viewer.page
        if page is None:
            return []
        if page.kind is PageKind.QUIZ:
            return self.viewer.quiz.spoken()
        if page.kind is PageKind.SELF_NONSELF:
            return self.viewer.game.spoken()
        return [Part("page")]

    def screen_clips(self) -> list[Clip]:
        page = self.viewer.page
        if page is None or self.narrator.mute:  # no script to work out on every question
            return []
        session = self.viewer.session
        return self.narrator.sayable(clips(page, session.language,
                                           session.settings.placeholders(), self.spoken()))

    def prepare(self, page: Page) -> None:
        """What ``page`` says, worked out before the turn to it."""
        session = self.viewer.session
        prepare_script(page, session.language, session.settings.placeholders())

    def new_screen(self) -> None:
        """Other words are on screen: stop reading the old ones, offer the new."""
        self.narrator.stop()
        self._clips = self.screen_clips()
        # Never a button that does nothing: hidden where nothing here can be said.
        self.speaker.setVisible(bool(self._clips))
        self.volume.setVisible(bool(self._clips))
        self._state_changed(self.narrator.state.value)

    def _changed(self, kind: PageKind) -> None:
        page = self.viewer.page
        if page is None or page.kind is not kind:
            return  # a neighbouring page's quiz or game being got ready unseen
        if kind is PageKind.QUIZ and self.viewer.quiz.questions is not page.questions:
            return
        self.new_screen()

    # -- commands ----------------------------------------------------------------------------

    def _speaker_tapped(self) -> None:
        if self.narrator.state is State.STOPPED:
            self.narrator.play(self._clips)
        else:
            self.narrator.toggle()

    def _volume_changed(self, volume: float) -> None:
        self.volume.show_volume(volume)
        self.narrator.set_volume(volume)
        self.retranslate()

    # -- shown --------------------------------------------------------------------------------

    def _state_changed(self, state: str) -> None:
        self.speaker.show_state(state)
        self.retranslate()

    def _sentence(self, sentence: str) -> None:
        viewer = self.viewer
        if viewer.quiz.isVisibleTo(viewer):
            viewer.quiz.mark(sentence)
            return
        screen = viewer.text.mark(sentence)
        if screen is not None and screen != viewer.text.screenful:
            viewer.follow_screen(screen)  # the voice has reached the page's next screen

    def apply_metrics(self, metrics: theme.Metrics) -> None:
        self.speaker.apply_metrics(metrics)
        self.volume.apply_metrics(metrics)
        self.retranslate()

    def retranslate(self) -> None:
        state = self.narrator.state
        words = {State.STOPPED: self.tr("Listen"), State.PLAYING: self.tr("Pause"),
                 State.PAUSED: self.tr("Go on"), State.FINISHED: self.tr("Listen again")}
        # Called on every page turn: only what changed is set, so an unchanged button is
        # neither laid out nor painted again.
        if self.speaker.words != tuple(words.values()) or self.speaker.text() != words[state]:
            self.speaker.words = tuple(words.values())
            self.speaker.setText(words[state])
            self.speaker.setAccessibleName(words[state])
            self.speaker.updateGeometry()
        self.speaker.setAccessibleDescription(self.tr("Reads this screen aloud"))
        levels = (self.tr("quiet"), self.tr("medium"), self.tr("loud"))
        self.volume.setAccessibleName(self.tr("Volume: %1").replace("%1",
                                                                    levels[self.volume.level]))
        self.volume.setAccessibleDescription(self.tr("Each tap is louder, then quiet again"))
