"""Where packs are found: .kpack files and pack folders at the top of a USB stick or a
folder staff named, or in its kiosk-packs/ subfolder. No Qt here: the kiosk service looks
in a worker thread (a network share may hang), and the Qt side finds the sticks."""

from __future__ import annotations

import codecs
from pathlib import Path

from kiosk.core.kpack import SUFFIX
from kiosk.core.packdir import MANIFEST
from kiosk.core.smallfile import TooBig, read_small
from kiosk.core.webaddress import visible

PACK_FOLDER = "kiosk-packs"
ADDRESS_FILE = "kiosk-update-address.txt"
ADDRESS_FILE_LIMIT = 64 * 1024  # an address and a few lines of comment


def _kpacks_in(folder: Path) -> list[Path]:
    out: list[Path] = []
    for where in (folder, folder / PACK_FOLDER):
        try:
            out.extend(sorted(p for p in where.iterdir()
                              if p.suffix.lower() == SUFFIX and p.is_file()
                              and not p.name.startswith(".")))
        except OSError:
            continue  # a stick pulled while looking, or no kiosk-packs folder
    return out


def find_kpacks(folders: list[Path]) -> list[Path]:
    """Packs at the top of each folder and in its kiosk-packs/ subfolder."""
    seen: set[Path] = set()
    found: list[Path] = []
    for folder in folders:
        for path in _kpacks_in(folder):
            if path not in seen:
                seen.add(path)
                found.append(path)
    return found


def find_pack_folders(folders: list[Path]) -> list[Path]:
    """Pack folders (holding a pack.toml) at the top of each folder, in its kiosk-packs/
    subfolder, or the folder itself."""
    found: list[Path] = []
    for folder in folders:
        for where in (folder, folder / PACK_FOLDER):
            try:
                candidates = [where, *sorted(p for p in where.iterdir()
                                             if p.is_dir() and not p.name.startswith("."))]
            except OSError:
                continue  # a stick pulled while looking, or no kiosk-packs folder
            for candidate in candidates:
                if (candidate / MANIFEST).is_file() and candidate not in found:
                    found.append(candidate)
    return found


class NotText(ValueError):
    """An address file is there, but not saved as text the kiosk can read."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"not UTF-8 or UTF-16 text: {path}")
        self.path = path


class TooBigForAnAddress(NotText):
    """An address file is there, but far bigger than an address and a few notes."""


def _text(data: bytes) -> str | None:
    """UTF-16 when the file starts with its byte order mark (Windows PowerShell 5's
    ``echo > file`` and Notepad's "Unicode" write that), otherwise UTF-8 with or without
    one; None for anything else."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")  # reads the mark for the byte order, and drops it
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    # No text file holds a NUL: this is UTF-16 without its mark, or UTF-32.
    return None if "\0" in text else text


def read_address(folders: list[Path]) -> str | None:
    """The first line of kiosk-update-address.txt on a stick (typing a URL on a touchscreen
    is error-prone; IT writes the file once on a PC and it is copied exactly), without
    marks nobody sees. ``NotText`` when no file gives one but a file is there in another
    encoding: staff are told what to change, not that there is no file."""
    not_text: NotText | None = None
    for folder in folders:
        for where in (folder, folder / PACK_FOLDER):
            try:
                text = _text(read_small(where / ADDRESS_FILE, ADDRESS_FILE_LIMIT))
            except TooBig:  # not read (a log saved under its name?): said, not "no file"
                not_text = not_text or TooBigForAnAddress(where / ADDRESS_FILE)
                continue
            except OSError:  # also a FIFO: not read
                continue
            if text is None:
                not_text = not_text or NotText(where / ADDRESS_FILE)
                continue
            for line in map(visible, text.splitlines()):
                if line and not line.startswith("#"):
                    return line
    if not_text is not None:
        raise not_text
    return None
