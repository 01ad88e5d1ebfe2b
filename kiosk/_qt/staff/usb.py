"""Finding packs on USB sticks and in the configured pack folder: built .kpack files, and
pack folders (a staff member's work in progress, to preview and record a voice for)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

from kiosk.core.kpack import SUFFIX
from kiosk.core.packdir import MANIFEST

log = logging.getLogger("kiosk.staff")

PACK_FOLDER = "kiosk-packs"
ADDRESS_FILE = "kiosk-update-address.txt"


@dataclass(frozen=True)
class Volume:
    root: Path
    name: str


def removable_volumes() -> list[Volume]:
    """Mounted drives that are not the system's own (USB sticks, SD cards)."""
    found = []
    for info in QStorageInfo.mountedVolumes():
        if not info.isValid() or not info.isReady() or info.isRoot():
            continue
        root = Path(info.rootPath())
        text = root.as_posix()
        # Qt cannot tell "removable" on every platform; sticks mount under these places.
        removable = text.startswith(("/media/", "/run/media/", "/mnt/", "/Volumes/")) or (
            len(text) <= 3 and text[1:2] == ":" and text[:1].upper() not in "C")
        if removable:
            found.append(Volume(root, info.displayName() or root.name))
    return found


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


def search_folders(watch_folder: str) -> list[Path]:
    folders = [v.root for v in removable_volumes()]
    if watch_folder.strip():
        folders.append(Path(watch_folder.strip()).expanduser())
    return folders


def read_address(folders: list[Path]) -> str | None:
    """The first line of kiosk-update-address.txt on a stick (typing a URL on a touchscreen
    is error-prone; IT writes the file once on a PC and it is copied exactly)."""
    for folder in folders:
        for where in (folder, folder / PACK_FOLDER):
            try:
                text = (where / ADDRESS_FILE).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue
            for line in text.splitlines():
                if line.strip() and not line.strip().startswith("#"):
                    return line.strip()
    return None
