"""What staff put the kiosk through, made for measuring: many small packs, the default pack
as a .kpack, a network watch folder that stops answering, and a count of how often a
.kpack is read and a pack parsed. Used by ``bench/ui_lag.py`` and ``tests/qt/test_ui_lag.py``.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import re
import shutil
import sys
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core import kpack, packdir
from kiosk.core.model import Pack
from tests.core.kpack_helpers import build, make_pack

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PACK = ROOT / "assets" / "packs" / "default"


def on_ui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _absolute(path: object) -> str | None:
    """``path`` as an absolute file name; None for an open file descriptor or the like."""
    if not isinstance(path, str | bytes | os.PathLike):
        return None
    return os.path.abspath(os.fsdecode(path))


def _replace(owner: object, name: str, value: object) -> Callable[[], None]:
    """Put ``value`` in ``owner.name``; returns what puts the original back."""
    saved = getattr(owner, name)
    setattr(owner, name, value)
    return lambda: setattr(owner, name, saved)


# -- packs --------------------------------------------------------------------------------------


def tiny_kpacks(folder: Path, count: int, work: Path, key: Ed25519PrivateKey | None,
                version: int = 3) -> list[Path]:
    """``count`` copies of one small valid pack (the starter pack, a few KB), by other names."""
    one = build(make_pack(work / f"tiny-v{version}", version), work / f"tiny-v{version}.kpack",
                key)
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for index in range(count):
        copy = folder / f"clinic-{index:03d}.kpack"
        shutil.copyfile(one, copy)
        copies.append(copy)
    return copies


def default_kpack(out: Path, work: Path, key: Ed25519PrivateKey | None,
                  version: int = 2) -> Path:
    """The default pack (assets/packs/default) built with the kiosk's own ``kpack.build``,
    as ``version`` (the kiosk ships version 1 and installs only newer ones)."""
    folder = work / f"default-v{version}"
    shutil.copytree(DEFAULT_PACK, folder)
    manifest = folder / packdir.MANIFEST
    text, found = re.subn(r"(?m)^version = \d+", f"version = {version}",
                          manifest.read_text(encoding="utf-8"), count=1)
    assert found == 1, "the default pack's pack.toml has no version line"
    manifest.write_text(text, encoding="utf-8")
    return build(folder, out, key)


# -- a network watch folder that stops answering ------------------------------------------------


class DeadShare:
    """A folder that behaves like a network share whose server went away.

    While active, every look into ``root`` from Python (listing it, a file's details,
    opening a file in it), from any thread, hangs until ``release()`` or for ``hang_s``;
    then, like a share that gave up, it fails with "host is down". The kiosk reads its
    watch folder through these calls (``os.listdir``, ``os.scandir``, ``os.stat``,
    ``open``), so whichever thread touches the share is the one that hangs: ``hung`` says
    which, and for how long.
    """

    def __init__(self, root: Path, hang_s: float = 10.0) -> None:
        self.root = root
        self.hang_s = hang_s
        self.answering = threading.Event()
        # (thread name, UI thread?, seconds, the kiosk's function that looked), once it
        # stops hanging; ``looked`` as soon as it starts.
        self.hung: list[tuple[str, bool, float, str]] = []
        self.looked: list[tuple[str, bool, str]] = []
        self._prefix = os.path.abspath(root)
        self._undo: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def _inside(self, path: object) -> bool:
        text = _absolute(path)
        return text is not None and (text == self._prefix
                                     or text.startswith(self._prefix + os.sep))

    def _hang(self) -> None:
        where = _kiosk_caller(sys._getframe(2))
        with self._lock:
            self.looked.append((threading.current_thread().name, on_ui_thread(), where))
        started = time.perf_counter()
        answered = self.answering.wait(self.hang_s)
        with self._lock:
            self.hung.append((threading.current_thread().name, on_ui_thread(),
                              time.perf_counter() - started, where))
        if not answered:
            raise OSError(errno.EHOSTDOWN, os.strerror(errno.EHOSTDOWN), str(self.root))

    def _wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def hanging(path: object, *args: object, **kwargs: object) -> Any:
            if self._inside(path):
                self._hang()
            return real(path, *args, **kwargs)
        return hanging

    def __enter__(self) -> DeadShare:
        self.root.mkdir(parents=True, exist_ok=True)
        for owner, name in ((os, "listdir"), (os, "scandir"), (os, "stat"), (os, "lstat"),
                            (io, "open"), (builtins, "open")):
            self._undo.append(_replace(owner, name, self._wrap(getattr(owner, name))))
        return self

    def release(self) -> None:
        """The server answers again: every hung look carries on."""
        self.answering.set()

    def __exit__(self, *exc: object) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()
        self.release()

    def hung_on_ui_thread(self) -> list[tuple[float, str]]:
        """How long, and in which of the kiosk's functions, the UI thread hung."""
        with self._lock:
            return [(seconds, where) for _name, ui, seconds, where in self.hung if ui]


def _kiosk_caller(frame: FrameType | None) -> str:
    """The innermost function of the kiosk's own code on the stack (what made the call)."""
    while frame is not None:
        module = str(frame.f_globals.get("__name__", ""))
        if module.startswith("kiosk."):
            return f"{module}.{frame.f_code.co_name}"
        frame = frame.f_back
    return "?"


# -- how often a .kpack is read and a pack parsed ------------------------------------------------


@dataclass
class _Open:
    phase: str
    ui: bool
    bytes_read: int = 0


@dataclass
class _Archive:
    phase: str
    ui: bool
    entries: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Parse:
    phase: str
    ui: bool
    caller: str
    pack: tuple[str, int] | None  # (id, version) of what was read; None if it failed


class _CountedFile:
    """A file object that counts the bytes read through it (a zip archive reads this way)."""

    def __init__(self, raw: Any, record: _Open) -> None:
        self._raw = raw
        self._record = record

    def read(self, *args: Any) -> Any:
        data = self._raw.read(*args)
        self._record.bytes_read += len(data)
        return data

    def read1(self, *args: Any) -> Any:
        data = self._raw.read1(*args)
        self._record.bytes_read += len(data)
        return data

    def readinto(self, buffer: Any) -> Any:
        count = self._raw.readinto(buffer)
        self._record.bytes_read += count or 0
        return count

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __enter__(self) -> _CountedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._raw.close()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._raw)


class PackReads:
    """Counts, from every thread, the opens and full reads of one .kpack file and every
    ``load_pack`` (a pack folder parsed), each under the phase it happened in.

    A *full read* is one opening of the file in which every file of the pack's contents
    was read (unpacked, or hash-checked): what checking and unpacking each cost. Opening
    it to read only the manifest and signature is counted as an open, not a full read.
    """

    def __init__(self, path: Path) -> None:
        self.path = os.path.abspath(path)
        self.size = path.stat().st_size
        with zipfile.ZipFile(path) as archive:
            self.contents = {info.filename for info in archive.infolist()
                             if info.filename.startswith(kpack.CONTENT_PREFIX)}
        self.phase = "before"
        self.opens: list[_Open] = []
        self.archives: list[_Archive] = []
        self.parses: list[Parse] = []
        self._lock = threading.Lock()
        self._undo: list[Callable[[], None]] = []
        self._real_load: Callable[..., Pack] = packdir.load_pack

    def _is_it(self, file: object) -> bool:
        return _absolute(file) == self.path

    def __enter__(self) -> PackReads:
        real_open = io.open

        def counting_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real_open(file, mode, *args, **kwargs)
            if "r" in mode and self._is_it(file):
                record = _Open(self.phase, on_ui_thread())
                with self._lock:
                    self.opens.append(record)
                return _CountedFile(handle, record)
            return handle

        for owner in (io, builtins):
            self._undo.append(_replace(owner, "open", counting_open))

        real_entry = zipfile.ZipFile.open

        def counting_entry(archive: zipfile.ZipFile, name: Any, *args: Any,
                           **kwargs: Any) -> Any:
            if self._is_it(archive.filename or ""):
                with self._lock:
                    # One record for each opening of the file (each ZipFile), kept on it.
                    record = getattr(archive, "_counted_reads", None)
                    if record is None:
                        record = _Archive(self.phase, on_ui_thread())
                        vars(archive)["_counted_reads"] = record
                        self.archives.append(record)
                    record.entries.add(name.filename if isinstance(name, zipfile.ZipInfo)
                                       else str(name))
            return real_entry(archive, name, *args, **kwargs)

        self._undo.append(_replace(zipfile.ZipFile, "open", counting_entry))

        real_load = self._real_load

        def counting_load(root: Path | str) -> Pack:
            frame = sys._getframe(1)
            caller = f"{frame.f_globals.get('__name__', '?')}.{frame.f_code.co_name}"
            try:
                pack = real_load(root)
            except BaseException:
                self._parsed(caller, None)
                raise
            self._parsed(caller, (pack.id, pack.version))
            return pack

        # Every module that imported load_pack by name holds its own reference.
        for module in list(sys.modules.values()):
            if getattr(module, "load_pack", None) is real_load:
                self._undo.append(_replace(module, "load_pack", counting_load))
        self._counting_load = counting_load
        return self

    def _parsed(self, caller: str, pack: tuple[str, int] | None) -> None:
        with self._lock:
            self.parses.append(Parse(self.phase, on_ui_thread(), caller, pack))

    def __exit__(self, *exc: object) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()
        # A module imported meanwhile took the counting one from kiosk.core.packdir.
        for module in list(sys.modules.values()):
            if getattr(module, "load_pack", None) is self._counting_load:
                _replace(module, "load_pack", self._real_load)

    # -- what was counted ---------------------------------------------------------------

    def full_reads(self, phase: str | None = None) -> int:
        return sum(1 for a in self.archives if (phase is None or a.phase == phase)
                   and self.contents <= a.entries)

    def file_opens(self, phase: str | None = None) -> int:
        return sum(1 for o in self.opens if phase is None or o.phase == phase)

    def bytes_read(self, phase: str | None = None) -> int:
        return sum(o.bytes_read for o in self.opens if phase is None or o.phase == phase)

    def parses_of(self, pack: tuple[str, int], phase: str | None = None) -> list[Parse]:
        return [p for p in self.parses if p.pack == pack and (phase is None or p.phase == phase)]

    def other_parses(self, pack: tuple[str, int], phase: str | None = None) -> list[Parse]:
        return [p for p in self.parses if p.pack != pack and (phase is None or p.phase == phase)]

    def summary(self, pack: tuple[str, int], phases: list[str]) -> list[dict[str, object]]:
        """One row a phase: opens, full reads, bytes read, parses of ``pack`` and others."""
        rows = []
        for phase in phases:
            mine = self.parses_of(pack, phase)
            rows.append({
                "phase": phase,
                "opens": self.file_opens(phase),
                "full_reads": self.full_reads(phase),
                "size_read": self.bytes_read(phase) / self.size,
                "parses": len(mine),
                "parses_on_ui_thread": sum(p.ui for p in mine),
                "parsed_by": dict(Counter(p.caller for p in mine)),
                "other_parses": dict(Counter(
                    f"{p.caller} ({p.pack[0]} v{p.pack[1]})" if p.pack else p.caller
                    for p in self.other_parses(pack, phase))),
            })
        return rows

    @contextmanager
    def during(self, phase: str) -> Iterator[None]:
        self.phase = phase
        try:
            yield
        finally:
            self.phase = "after"
