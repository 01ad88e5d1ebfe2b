"""The USB sticks plugged into the kiosk, and the folders to look in for packs."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

log = logging.getLogger("kiosk.staff")



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


def search_folders(watch_folder: str) -> list[Path]:
    folders = [v.root for v in removable_volumes()]
    if watch_folder.strip():
        folders.append(Path(watch_folder.strip()).expanduser())
    return folders
