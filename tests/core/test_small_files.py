"""Files someone else put there are read only when they are plain files, and only as far
as a small file goes: a FIFO named like the stick's address file held a worker thread
for good, and a page's text file of gigabytes was read whole before it was refused."""

from __future__ import annotations

import os
import shutil
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.core.packdir import MAX_TEXT_FILE_BYTES, load_pack
from kiosk.core.packsources import (
    ADDRESS_FILE,
    PACK_FOLDER,
    TooBigForAnAddress,
    read_address,
)
from kiosk.core.problems import PackError
from kiosk.core.smallfile import NotAFile, TooBig, read_small

fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _returns(call: Callable[[], object]) -> list[object]:
    """What ``call()`` returns, run where a hang cannot hold the test run: a FIFO opened
    for reading waits for a writer, so if the read still waits after a minute (it should
    return at once), a writer is opened to let it go and the test fails."""
    got: list[object] = []
    worker = threading.Thread(target=lambda: got.append(call()), daemon=True)
    worker.start()
    worker.join(60)
    return got if not worker.is_alive() else []


@fifos
def test_a_fifo_named_as_the_address_file_is_passed_over(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    (stick / PACK_FOLDER).mkdir(parents=True)
    os.mkfifo(stick / ADDRESS_FILE)
    (stick / PACK_FOLDER / ADDRESS_FILE).write_text(
        "# the clinic's list\nhttps://packs.example.org/lobby/\n", encoding="utf-8")
    got = _returns(lambda: read_address([stick]))
    if not got:  # let the stuck reader go before failing
        with open(os.open(stick / ADDRESS_FILE, os.O_WRONLY | os.O_NONBLOCK), "wb"):
            pass
    assert got == ["https://packs.example.org/lobby/"]


def test_an_address_file_of_a_gigabyte_is_not_read(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with open(stick / ADDRESS_FILE, "wb") as file:
        file.write(b"https://packs.example.org/lobby/\n")
        file.truncate(1 << 30)  # sparse: a gigabyte on paper, nothing on the disk
    # Not read, and not taken for "no file": staff are told it is far too big.
    with pytest.raises(TooBigForAnAddress) as caught:
        read_address([stick])
    assert caught.value.path == stick / ADDRESS_FILE


def test_read_small_refuses_what_is_not_a_plain_file(tmp_path: Path) -> None:
    with pytest.raises(NotAFile):
        read_small(tmp_path, 10)
    (tmp_path / "ten").write_bytes(b"0123456789")
    assert read_small(tmp_path / "ten", 10) == b"0123456789"
    with pytest.raises(TooBig) as caught:
        read_small(tmp_path / "ten", 9)
    assert caught.value.size == 10


def test_a_page_of_gigabytes_is_refused_with_its_size(tmp_path: Path,
                                                    default_pack_dir: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir, pack)
    victim = sorted((pack / "topics").rglob("*.ur.md"))[0]
    with open(victim, "r+b") as file:
        file.truncate(1 << 30)  # read whole, this alone took a gigabyte
    tracemalloc.start()
    try:
        with pytest.raises(PackError) as caught:
            load_pack(pack)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 << 20
    said = [str(problem) for problem in caught.value.problems]
    limit = MAX_TEXT_FILE_BYTES // 1024
    assert any(victim.name in line and f"({1 << 20} KB; at most {limit} KB)" in line
               for line in said), said
