"""A speaker for machines without a sound card (CI has none): it plays when told to.

It pulls the kiosk's real samples, decoded from the pack's real files, exactly as Qt's
audio sink does; only the moment each piece is heard is the test's to choose, so no
test waits on the clock.
"""

from __future__ import annotations

from kiosk._qt.voice.output import Output, SampleStream


class FakeSpeaker(Output):
    def __init__(self) -> None:
        super().__init__()
        self.stream: SampleStream | None = None
        self.frames = 0  # heard of the current stream
        self.paused = False
        self.volume = 1.0
        self.played: list[str] = []  # file names, in the order they started

    def start(self, stream: SampleStream) -> None:
        self.stop()
        self.stream, self.frames, self.paused = stream, 0, False
        self.played.append(stream.sound.path.name)
        # Qt's sink reads its first buffer as soon as it starts: so does this one.
        self._pull(0.2)

    def _pull(self, seconds: float) -> bytes:
        assert self.stream is not None
        sound = self.stream.sound
        data = self.stream.read(max(sound.frame_bytes, int(seconds * sound.rate)
                                    * sound.frame_bytes))
        self.frames += len(data) // sound.frame_bytes
        return data

    def hear(self, seconds: float) -> None:
        """``seconds`` more of the sound reach the listener (nothing while paused)."""
        if self.stream is None or self.paused:
            return
        self._pull(seconds)
        if self.stream.atEnd():
            self.stop()
            self.ended.emit()
        else:
            self.moved.emit()

    def hear_to_end(self) -> None:
        while self.stream is not None and not self.paused:
            self.hear(5.0)

    @property
    def playing(self) -> bool:
        return self.stream is not None and not self.paused

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def stop(self) -> None:
        if self.stream is not None:
            self.stream.sound.close()
            self.stream.close()
        self.stream = None

    def played_seconds(self) -> float:
        if self.stream is None:
            return 0.0
        return self.frames / self.stream.sound.rate

    def set_volume(self, volume: float) -> None:
        self.volume = volume
