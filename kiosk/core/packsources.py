"""Where packs are found: .kpack files and pack folders at the top of a USB stick or a
folder staff named, or in its kiosk-packs/ subfolder. No Qt here: the kiosk service looks
in a worker thread (a network share may hang), and the Qt side finds the sticks."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.kpack import SUFFIX
from kiosk.core.packdir import MANIFEST
from kiosk.core.smallfile import read_small

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


def read_address(folders: list[Path]) -> str | None:
    """The first line of kiosk-update-address.txt on a stick (typing a URL on a touchscreen
    is error-prone; IT writes the file once on a PC and it is copied exactly)."""
    for folder in folders:
        for where in (folder, folder / PACK_FOLDER):
            try:
                text = read_small(where / ADDRESS_FILE, ADDRESS_FILE_LIMIT) \
                    .decode("utf-8-sig")
            except (OSError, UnicodeDecodeError):  # also a FIFO or a huge file: not read
                continue
            for line in text.splitlines():
                if line.strip() and not line.strip().startswith("#"):
                    return line.strip()
    return None
