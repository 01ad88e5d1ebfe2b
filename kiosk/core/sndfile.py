"""Reading sound files with libsndfile, through the soundfile package's own parts.

The kiosk reads narration, and writes a staff member's recordings, as 16-bit samples.
``soundfile`` does that well, but imports NumPy first (for its arrays), which would add
39 MB to the installer and a tenth of a second to the kiosk's start for nothing it uses.
So the kiosk talks to the same libsndfile, through the same C declarations
(``_soundfile``, soundfile's cffi module) and the same bundled library
(``_soundfile_data``), without NumPy.
"""

from __future__ import annotations

import os
import platform
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _soundfile import ffi  # soundfile's cffi declarations of libsndfile's C API

_SFM_READ, _SFM_WRITE = 0x10, 0x20
_SFC_SET_COMPRESSION_LEVEL = 0x1301
_SEEK_SET = 0
_MAJOR, _MINOR = 0x0FFF0000, 0x0000FFFF
FORMATS = {0x010000: "WAV", 0x020000: "AIFF", 0x030000: "AU", 0x160000: "FLAC",
           0x200000: "OGG", 0x230000: "MP3", 0x180000: "CAF", 0x220000: "RF64",
           0x130000: "W64", 0x040000: "RAW"}
SUBTYPES = {0x0060: "VORBIS", 0x0064: "OPUS", 0x0080: "MPEG_LAYER_I",
            0x0081: "MPEG_LAYER_II", 0x0082: "MPEG_LAYER_III", 0x0002: "PCM_16",
            0x0006: "FLOAT", 0x0170: "ALAC_16"}

# libsndfile keeps the error of a failed open in one global: read it under a lock.
_open_lock = threading.Lock()
_library: Any = None


class SoundFileError(OSError):
    """The file does not open or read as sound."""


def _packaged_name() -> str:
    machine = platform.machine()
    if sys.platform == "darwin":
        return f"libsndfile_{machine}.dylib"
    if sys.platform == "win32":
        return {"ARM64": "libsndfile_arm64.dll", "AMD64": "libsndfile_x64.dll"}.get(
            machine, "libsndfile_x86.dll")
    arm = machine in ("aarch64", "aarch64_be", "armv8b", "armv8l")
    return "libsndfile_arm64.so" if arm else f"libsndfile_{machine}.so"


def library() -> Any:
    """libsndfile: the copy soundfile ships, else the system's."""
    global _library
    if _library is None:
        try:
            import _soundfile_data

            folder = Path(_soundfile_data.__file__ or "").parent
            _library = ffi.dlopen(str(folder / _packaged_name()))
        except (ImportError, OSError, TypeError):
            import ctypes.util  # runs ldconfig and subprocess: only when not bundled

            name = ctypes.util.find_library("sndfile")
            if name is None:
                raise SoundFileError("libsndfile is not installed") from None
            _library = ffi.dlopen(name)
    return _library


@dataclass(frozen=True)
class Info:
    format: str  # "OGG", "MP3", "WAV"...
    subtype: str  # "OPUS", "VORBIS", "MPEG_LAYER_III"...
    rate: int
    channels: int
    frames: int

    @property
    def seconds(self) -> float:
        return self.frames / self.rate if self.rate else 0.0


class Reader:
    """One sound file open for reading 16-bit samples, from any frame."""

    def __init__(self, path: Path) -> None:
        lib = library()
        self._info = ffi.new("SF_INFO*")
        name = os.fsencode(path) if sys.platform != "win32" else str(path)
        opener = lib.sf_wchar_open if sys.platform == "win32" else lib.sf_open
        with _open_lock:
            self._file = opener(name, _SFM_READ, self._info)
            if self._file == ffi.NULL:
                raise SoundFileError(_error_text(lib.sf_error(ffi.NULL)))
        raw = self._info.format
        self.info = Info(FORMATS.get(raw & _MAJOR, hex(raw & _MAJOR)),
                         SUBTYPES.get(raw & _MINOR, hex(raw & _MINOR)),
                         int(self._info.samplerate), int(self._info.channels),
                         int(self._info.frames))

    def seek(self, frame: int) -> None:
        if library().sf_seek(self._checked(), frame, _SEEK_SET) < 0:
            raise SoundFileError(_error_text(library().sf_error(self._file)))

    def read(self, frames: int) -> bytes:
        """Up to ``frames`` frames as interleaved 16-bit samples; b"" at the end."""
        buffer = ffi.new("short[]", frames * self.info.channels)
        got = library().sf_readf_short(self._checked(), buffer, frames)
        error = library().sf_error(self._file)
        if error:
            raise SoundFileError(_error_text(error))
        return bytes(ffi.buffer(buffer, got * self.info.channels * 2))

    def close(self) -> None:
        if self._file is not None and self._file != ffi.NULL:
            library().sf_close(self._file)
        self._file = None

    def _checked(self) -> Any:
        if self._file is None:
            raise SoundFileError("the file is closed")
        return self._file

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


# What the kiosk writes: Ogg Opus for a pack (small, and what validate accepts), WAV for
# a take being listened to before it is kept (no encoding delay, exact samples).
WRITE_FORMATS = {"OPUS": 0x200000 | 0x0064, "WAV": 0x010000 | 0x0002}
OPUS_RATES = (8000, 12000, 16000, 24000, 48000)
# libsndfile's scale from 0 (best sound) to 1 (smallest file); 0.95 gives Opus about
# 20 kbit/s, which keeps every sound of one voice on a kiosk's speaker.
SPEECH_COMPRESSION = 0.95


def write(path: Path, samples: bytes, rate: int, channels: int = 1, kind: str = "OPUS",
          compression: float = SPEECH_COMPRESSION) -> None:
    """Interleaved 16-bit ``samples`` to a new file at ``path`` (not atomic: write to a
    temporary name and rename, as ``kiosk.core.atomic`` does)."""
    if kind == "OPUS" and rate not in OPUS_RATES:
        raise SoundFileError(f"Opus cannot hold sound at {rate} Hz")
    lib = library()
    sf_info = ffi.new("SF_INFO*")
    sf_info.samplerate, sf_info.channels, sf_info.format = rate, channels, WRITE_FORMATS[kind]
    name = os.fsencode(path) if sys.platform != "win32" else str(path)
    opener = lib.sf_wchar_open if sys.platform == "win32" else lib.sf_open
    with _open_lock:
        handle = opener(name, _SFM_WRITE, sf_info)
        if handle == ffi.NULL:
            raise SoundFileError(_error_text(lib.sf_error(ffi.NULL)))
    try:
        if kind == "OPUS":
            level = ffi.new("double*", compression)
            lib.sf_command(handle, _SFC_SET_COMPRESSION_LEVEL, level, ffi.sizeof("double"))
        frames = len(samples) // (2 * channels)
        buffer = ffi.from_buffer("short[]", samples)
        written = lib.sf_writef_short(handle, buffer, frames)
        if written != frames:
            raise SoundFileError(_error_text(lib.sf_error(handle)))
    finally:
        if lib.sf_close(handle) != 0:
            raise SoundFileError(f"{path.name} could not be finished")


def info(path: Path) -> Info:
    with Reader(path) as reader:
        return reader.info


def _error_text(code: int) -> str:
    return str(ffi.string(library().sf_error_number(code)).decode("utf-8", "replace"))
