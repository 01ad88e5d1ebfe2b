"""Reading a screen aloud: clip after clip, with progress, the sentence and the volume.

The narrator owns what is being read and how far it has got; the speaker button and the
page only show that, and send play, pause and stop. Clips from a pack's narration go to
the speaker, the rest to the computer's voice; a clip neither can say is left out, and a
screen with nothing left gets no speaker button at all.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QtAudio

from kiosk._qt.voice.computer_voice import ComputerVoice
from kiosk._qt.voice.output import Output, SampleStream
from kiosk.core.narration import Sound
from kiosk.core.reading import Clip

log = logging.getLogger("kiosk.voice")

UPDATE_MS = 100  # the progress ring and the highlight follow the voice this closely


class State(StrEnum):
    STOPPED = "stopped"  # nothing read yet on this screen
    PLAYING = "playing"
    PAUSED = "paused"
    FINISHED = "finished"  # read to the end: the button offers to read it again


class Narrator(QObject):
    stateChanged = Signal(str)
    progressed = Signal(float)  # 0..1 of what is being read
    sentenceChanged = Signal(str)  # the sentence being said; "" when not known
    volumeChanged = Signal(float)
    started = Signal()  # the first sound was handed to the speaker (or the voice began)

    def __init__(self, output: Output | None, voice: ComputerVoice | None,
                 volume: float = 0.7, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.output = output
        self.voice = voice
        self.state = State.STOPPED
        self.clips: list[Clip] = []
        self._index = 0
        self._done = 0.0  # seconds of the clips already read
        self._total = 0.0
        self._reached = 0  # characters the computer voice has said of its clip
        self._sentence = ""
        self._progress = 0.0
        self._active: Output | ComputerVoice | None = None  # saying the current clip
        self._volume = volume
        self._timer = QTimer(self)
        self._timer.setInterval(UPDATE_MS)
        self._timer.timeout.connect(self.update)
        if output is not None:
            output.setParent(self)
            output.ended.connect(self._clip_ended)
            output.moved.connect(self.update)
        if voice is not None:
            voice.setParent(self)
            voice.ended.connect(self._clip_ended)
            voice.reached.connect(self._voice_reached)
        self.set_volume(volume)

    # -- what can be said ----------------------------------------------------------------

    @property
    def mute(self) -> bool:
        """Neither a speaker nor a voice (validate's page viewers): nothing can be said."""
        return self.output is None and self.voice is None

    def can_say(self, clip: Clip) -> bool:
        if clip.recorded and self.output is not None:
            return True
        return self.voice is not None and self.voice.speaks(clip.language)

    def sayable(self, clips: Sequence[Clip]) -> list[Clip]:
        return [clip for clip in clips if self.can_say(clip)]

    # -- commands --------------------------------------------------------------------------

    def play(self, clips: Sequence[Clip]) -> None:
        """Read ``clips`` from the start (what cannot be said is skipped)."""
        self._halt()
        self.clips = self.sayable(clips)
        self._index = 0
        self._done = 0.0
        self._total = sum(clip.estimated_seconds() for clip in self.clips) or 1.0
        self._set_progress(0.0)
        self._set_state(State.PLAYING)
        self._timer.start()
        self._start_clip()

    def toggle(self) -> None:
        """The speaker button: pause, go on, or read again from the start."""
        if self.state is State.PLAYING:
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()
        elif self.clips:
            self.play(self.clips)

    def pause(self) -> None:
        if self.state is State.PLAYING:
            if (player := self._player()) is not None:
                player.pause()
            self._timer.stop()
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self.state is State.PAUSED:
            if (player := self._player()) is not None:
                player.resume()
            self._timer.start()
            self._set_state(State.PLAYING)

    def stop(self) -> None:
        """Silence, and forget what was being read (a turn, Home, a language switch)."""
        self._halt()
        self.clips = []
        self._set_progress(0.0)
        self._set_state(State.STOPPED)

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """``volume`` as people hear it (0..1); the sink wants it linear."""
        self._volume = max(0.0, min(1.0, volume))
        linear = QtAudio.convertVolume(self._volume, QtAudio.VolumeScale.LogarithmicVolumeScale,
                                      QtAudio.VolumeScale.LinearVolumeScale)
        if self.output is not None:
            self.output.set_volume(linear)
        if self.voice is not None:
            self.voice.set_volume(self._volume)
        self.volumeChanged.emit(self._volume)

    # -- where it has got --------------------------------------------------------------

    @property
    def progress(self) -> float:
        return self._progress

    @property
    def sentence(self) -> str:
        return self._sentence

    def update(self) -> None:
        clip = self._current()
        if clip is None or self.state is not State.PLAYING:
            return
        if self._active is self.output and self.output is not None:
            heard = self.output.played_seconds()
            sentence = clip.sentence_at(clip.start + heard)
            text = sentence.text if sentence is not None else ""
        else:
            heard = clip.estimated_seconds() * min(1.0, self._reached / max(1, len(clip.text)))
            text = clip.line_at(self._reached) if self._reached else ""
        heard = min(heard, clip.estimated_seconds())
        self._set_progress((self._done + heard) / self._total)
        if text != self._sentence:
            self._sentence = text
            self.sentenceChanged.emit(text)

    # -- inside ------------------------------------------------------------------------------

    def _player(self) -> Output | ComputerVoice | None:
        """Who is saying the current clip: the speaker, or the computer's voice."""
        return self._active

    def _current(self) -> Clip | None:
        return self.clips[self._index] if 0 <= self._index < len(self.clips) else None

    def _start_clip(self) -> None:
        while (clip := self._current()) is not None:
            self._reached = 0
            if clip.recorded and self.output is not None:
                assert clip.audio is not None
                try:
                    sound = Sound(clip.audio, clip.start, clip.end)
                except OSError as error:
                    # Validation refuses damaged files; one may still arrive by a
                    # failing disk. Say it with the computer's voice, or skip it.
                    log.error("narration %s cannot be played: %s", clip.audio.name, error)
                else:
                    stream = SampleStream(sound)
                    # Queued: the first read happens inside the sink's own start, and a
                    # listener that stops the narrator there would pull the sink from
                    # under itself.
                    stream.firstRead.connect(self._first_sound,
                                             Qt.ConnectionType.QueuedConnection)
                    self._active = self.output
                    self.output.start(stream)
                    return
            if self.voice is not None and self.voice.speaks(clip.language):
                self._active = self.voice
                self.started.emit()
                self.voice.say(clip.text, clip.language)
                return
            self._done += clip.estimated_seconds()
            self._index += 1
        self._finish()

    def _clip_ended(self) -> None:
        clip = self._current()
        if self.state is not State.PLAYING or clip is None:
            return
        self._done += clip.estimated_seconds()
        self._index += 1
        self._start_clip()

    def _first_sound(self) -> None:
        if self.state is State.PLAYING:
            self.started.emit()

    def _voice_reached(self, characters: int) -> None:
        self._reached = characters
        self.update()

    def _finish(self) -> None:
        self._timer.stop()
        self._index = len(self.clips)
        self._set_progress(1.0)
        if self._sentence:
            self._sentence = ""
            self.sentenceChanged.emit("")
        self._set_state(State.FINISHED)

    def _halt(self) -> None:
        self._timer.stop()
        if self.output is not None:
            self.output.stop()
        if self.voice is not None:
            self.voice.stop()
        if self._sentence:
            self._sentence = ""
            self.sentenceChanged.emit("")

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state.value)

    def _set_progress(self, progress: float) -> None:
        progress = max(0.0, min(1.0, progress))
        if progress != self._progress:
            self._progress = progress
            self.progressed.emit(progress)
