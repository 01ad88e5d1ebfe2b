"""The computer's microphone, for a staff member recording a page in their own voice.

Qt's audio source delivers samples as they arrive; they are kept as they came, and
turned into a take (mono, 16-bit, at a rate Opus takes) when the recording stops.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QObject, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from kiosk.core.takes import MAX_TAKE_SECONDS, Take, from_device, peak

log = logging.getLogger("kiosk.voice")

_FORMATS = {QAudioFormat.SampleFormat.Int16: "int16", QAudioFormat.SampleFormat.Int32: "int32",
            QAudioFormat.SampleFormat.Float: "float", QAudioFormat.SampleFormat.UInt8: "uint8"}
# Rates Opus keeps as they are, best first for one voice (24 kHz holds all of speech).
_RATES = (24000, 48000, 16000)


def has_microphone() -> bool:
    return bool(QMediaDevices.audioInputs())


def _format_for(device: QAudioDevice) -> QAudioFormat:
    for rate in _RATES:
        wanted = QAudioFormat()
        wanted.setSampleRate(rate)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if device.isFormatSupported(wanted):
            return wanted
    return device.preferredFormat()  # converted when the take is made


class Microphone(QObject):
    """Records one take at a time from the default microphone."""

    heard = Signal()  # more sound came in: ``level`` and ``seconds`` moved
    full = Signal()  # the take reached its longest (MAX_TAKE_SECONDS): stop it
    failed = Signal()  # the microphone stopped by itself (unplugged, the sound server left)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: QAudioSource | None = None
        self._device: QIODevice | None = None
        self._format = QAudioFormat()
        self._data = bytearray()
        self.level = 0.0  # the loudest of the last piece, 0 to 1

    @property
    def recording(self) -> bool:
        return self._source is not None

    @property
    def seconds(self) -> float:
        frame = self._format.bytesPerFrame()
        return len(self._data) / frame / self._format.sampleRate() if frame else 0.0

    def start(self) -> bool:
        """Start a new take; False (and logged) if the microphone will not open."""
        self.stop()
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            log.warning("no microphone to record from")
            return False
        self._format = _format_for(device)
        if self._format.sampleFormat() not in _FORMATS:
            log.warning("the microphone gives samples the kiosk cannot read: %s",
                        self._format.sampleFormat())
            return False
        self._data = bytearray()
        self.level = 0.0
        source = QAudioSource(device, self._format, self)
        source.stateChanged.connect(self._state_changed)
        self._source = source
        self._device = source.start()
        if self._device is None or source.error() != QtAudio.Error.NoError:
            log.warning("the microphone %s will not open: %s", device.description(),
                        source.error())
            self._drop()
            return False
        self._device.readyRead.connect(self._read)
        log.info("recording from %s at %d Hz", device.description(), self._format.sampleRate())
        return True

    @Slot()
    def _read(self) -> None:
        if self._device is None:
            return
        piece = bytes(self._device.readAll().data())
        if not piece:
            return
        self._data += piece
        self.level = peak(piece, _FORMATS[self._format.sampleFormat()])
        self.heard.emit()
        if self.seconds >= MAX_TAKE_SECONDS:
            self.full.emit()

    @Slot()
    def _state_changed(self) -> None:
        # Asked, not taken from the signal: PySide cannot convert QAudio::State.
        if self._source is not None and self._source.state() == QtAudio.State.StoppedState \
                and self._source.error() != QtAudio.Error.NoError:
            log.warning("the microphone stopped: %s", self._source.error())
            self.failed.emit()

    def stop(self) -> Take | None:
        """The take so far (None if none was being recorded)."""
        if self._source is None:
            return None
        self._read()
        self._drop()
        fmt = self._format
        return from_device(bytes(self._data), fmt.sampleRate(), fmt.channelCount(),
                           _FORMATS[fmt.sampleFormat()])

    def _drop(self) -> None:
        source, self._source = self._source, None
        device, self._device = self._device, None
        if device is not None:
            device.readyRead.disconnect(self._read)
        if source is not None:
            source.stateChanged.disconnect(self._state_changed)
            source.stop()
            source.deleteLater()
