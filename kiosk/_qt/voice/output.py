"""Narration samples to the speaker.

The narrator hands a ``SampleStream`` to an ``Output``; the kiosk's output is Qt's audio
sink, which pulls samples as the speaker needs them, so a page starts playing after the
first few thousand samples are decoded rather than after the whole file. A machine
without a sound card (a test run, a kiosk whose speaker cable is out) has no output,
and the speaker button then offers only what the computer's voice can say.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QObject, Signal, Slot
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from kiosk.core.narration import Sound

log = logging.getLogger("kiosk.voice")


class SampleStream(QIODevice):
    """A narration's samples, read by the output a piece at a time."""

    firstRead = Signal()  # the first samples were handed to the output

    def __init__(self, sound: Sound, parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # Qt takes none; the stub wants one
        self.sound = sound
        self._started = False
        self._ended = False
        self.open(QIODevice.OpenModeFlag.ReadOnly)

    @property
    def ended(self) -> bool:
        return self._ended

    def isSequential(self) -> bool:
        return True

    def atEnd(self) -> bool:
        return self._ended

    def bytesAvailable(self) -> int:
        return 0 if self._ended else 1 << 16

    def readData(self, maxlen: int) -> bytes:
        data = self.sound.read(maxlen)
        if not data:
            self._ended = True
            self.sound.close()
            return b""
        if not self._started:
            self._started = True
            self.firstRead.emit()
        return data

    def writeData(self, data: bytes, length: int = -1) -> int:  # type: ignore[override]
        return -1


class Output(QObject):
    """Where samples go: played_seconds says how far the listener has heard."""

    ended = Signal()  # the stream ran out and what was handed over has been played
    moved = Signal()  # more was heard (outputs that know when; the narrator also polls)

    def start(self, stream: SampleStream) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def played_seconds(self) -> float:
        raise NotImplementedError

    def set_volume(self, volume: float) -> None:
        raise NotImplementedError


def has_speaker() -> bool:
    return bool(QMediaDevices.audioOutputs())


class Speaker(Output):
    """The computer's default sound output, through Qt's audio sink."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink: QAudioSink | None = None
        self._stream: SampleStream | None = None
        self._volume = 1.0

    def start(self, stream: SampleStream) -> None:
        self.stop()
        fmt = QAudioFormat()
        fmt.setSampleRate(stream.sound.rate)
        fmt.setChannelCount(stream.sound.channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt, self)
        # A little under half a second: enough to ride out a busy moment, little enough
        # that pause and the highlight follow the voice closely.
        sink.setBufferSize(stream.sound.frame_bytes * stream.sound.rate * 2 // 5)
        sink.setVolume(self._volume)
        sink.stateChanged.connect(self._state_changed)
        self._sink, self._stream = sink, stream
        sink.start(stream)
        if sink.error() != QtAudio.Error.NoError:
            log.error("the speaker cannot play %s: %s", stream.sound.path.name, sink.error())
            self.stop()
            self.ended.emit()

    @Slot()
    def _state_changed(self) -> None:
        # Idle after the stream ran dry is the end; idle while it still has samples is
        # an underrun (a busy machine), which the sink recovers from by itself. (The
        # state is asked, not taken from the signal: PySide 6.11 cannot convert it.)
        if self._sink is None or self._stream is None:
            return
        if self._sink.state() == QtAudio.State.StoppedState and \
                self._sink.error() != QtAudio.Error.NoError:
            # The sound server went away, or the speaker was unplugged: the narrator moves
            # on (and the idle count runs again) rather than wait for sound that won't come.
            log.warning("the speaker stopped playing %s: %s", self._stream.sound.path.name,
                        self._sink.error())
            self.stop()
            self.ended.emit()
        elif self._sink.state() == QtAudio.State.IdleState and self._stream.ended:
            self.stop()
            self.ended.emit()

    def pause(self) -> None:
        if self._sink is not None:
            self._sink.suspend()

    def resume(self) -> None:
        if self._sink is not None:
            self._sink.resume()

    def stop(self) -> None:
        sink, self._sink = self._sink, None
        stream, self._stream = self._stream, None
        if sink is not None:
            sink.stateChanged.disconnect()
            sink.stop()
            sink.deleteLater()
        if stream is not None:
            stream.sound.close()
            stream.close()
            stream.deleteLater()

    def played_seconds(self) -> float:
        if self._sink is None:
            return 0.0
        return float(self._sink.processedUSecs()) / 1e6

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._sink is not None:
            self._sink.setVolume(volume)
