"""An unpacked pack is on the disk before the store switches to it (kpack.extract).

On Linux one syncfs after all the files are written does what an fsync of each file and
folder did, in a fraction of the time (1,000 pages: 3,500 journal commits); elsewhere
every file and folder is still synced on its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kiosk.core import atomic, kpack
from kiosk.core.kpack import Kpack
from tests.core.kpack_helpers import build, make_pack, tree_bytes


@pytest.fixture
def pack_file(tmp_path: Path) -> Path:
    return build(make_pack(tmp_path / "pack"), tmp_path / "pack.kpack")


def _count_syncs(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counts = {"fsync": 0, "syncfs": 0}
    fsync, sync_filesystem = os.fsync, atomic.sync_filesystem

    def counted_fsync(fd: int) -> None:
        counts["fsync"] += 1
        fsync(fd)

    def counted_syncfs(folder: Path) -> None:
        counts["syncfs"] += 1
        sync_filesystem(folder)

    monkeypatch.setattr(os, "fsync", counted_fsync)
    monkeypatch.setattr(kpack, "sync_filesystem", counted_syncfs)
    return counts


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_a_pack_is_synced_once_after_all_its_files_are_written(
        tmp_path: Path, pack_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _count_syncs(monkeypatch)
    Kpack.open(pack_file).extract(tmp_path / "out")
    assert counts == {"fsync": 0, "syncfs": 1}
    assert tree_bytes(tmp_path / "out") == tree_bytes(tmp_path / "pack")


def test_without_syncfs_every_file_and_folder_is_synced(
        tmp_path: Path, pack_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_syncfs", lambda: None)
    monkeypatch.setattr(kpack, "can_sync_filesystem", atomic.can_sync_filesystem)
    counts = _count_syncs(monkeypatch)
    Kpack.open(pack_file).extract(tmp_path / "out")
    files = [path for path in (tmp_path / "out").rglob("*") if path.is_file()]
    folders = {tmp_path / "out"} | {path.parent for path in files}  # each holding a file
    assert counts["syncfs"] == 0
    assert counts["fsync"] == len(files) + (len(folders) if os.name != "nt" else 0)
    assert tree_bytes(tmp_path / "out") == tree_bytes(tmp_path / "pack")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_a_failed_sync_says_which_folder(tmp_path: Path) -> None:
    with pytest.raises(OSError) as raised:
        atomic.sync_filesystem(tmp_path / "missing")
    assert raised.value.filename == str(tmp_path / "missing")
