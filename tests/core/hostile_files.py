"""Hostile files of up to 64 MB for kiosk-pack (#15): what a USB stick found in a waiting
room, or a download cut and tampered with, might hold. Shared by the test that holds each
command to "exit 1, no traceback, nothing written, under 300 MB" and by bench/hostile.py,
which times them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kpack_helpers import make_pack, manifest_json, pack_files

MB = 1024 * 1024
BIG = 64 * MB
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    folder: bool  # a pack folder (validate only), else a .kpack file


def _folder(root: Path, name: str, file: str, data: bytes) -> Case:
    folder = make_pack(root / name, 2)
    (folder / file).write_bytes(data)
    return Case(name, folder, True)


def _kpack(root: Path, name: str, members: dict[str, bytes]) -> Case:
    path = root / f"{name}.kpack"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return Case(name, path, False)


def make_corpus(root: Path) -> list[Case]:
    root.mkdir(parents=True, exist_ok=True)
    files = pack_files(2)
    page, picture = "topics/first-topic/first-page.en.md", "topics/first-topic/first-page.svg"
    cases = [
        _folder(root, "pack-toml-64mb", "pack.toml", b'title = "' + b"x" * BIG + b'"\n'),
        _folder(root, "topic-toml-brackets", "topics/first-topic/topic.toml", b"[" * BIG),
        _folder(root, "page-64mb", page, b"cure " * (BIG // 5)),
        _folder(root, "picture-64mb", picture,
                b"<svg xmlns='http://www.w3.org/2000/svg'>" + b"<g>" * (BIG // 3)),
        _folder(root, "stray-picture-64mb", "topics/first-topic/unused.svg",
                b"<svg xmlns='http://www.w3.org/2000/svg'>" + b" " * BIG + b"</svg>"),
        _folder(root, "narration-64mb", "topics/first-topic/first-page.ur.ogg",
                b"OggS" + b"\0" * BIG),
        _kpack(root, "manifest-brackets", {"kpack.json": b"[" * BIG, **files}),
        _kpack(root, "manifest-64mb", {"kpack.json": b'{"a": "' + b"x" * BIG + b'"}',
                                       **files}),
        _kpack(root, "signature-braces", {"kpack.json": manifest_json(files),
                                          "kpack.sig": b"{" * BIG, **files}),
        _kpack(root, "unlisted-64mb-member", {"kpack.json": manifest_json(files), **files,
                                              "topics/first-topic/big.md": b"\0" * BIG}),
    ]
    noise = root / "noise.kpack"
    noise.write_bytes(os.urandom(BIG))
    cases.append(Case("noise", noise, False))
    crowd = root / "crowd.kpack"
    with zipfile.ZipFile(crowd, "w") as archive:
        for number in range(60_000):
            archive.writestr(f"f{number}", b"")
    cases.append(Case("crowd", crowd, False))
    return cases


@dataclass(frozen=True)
class Run:
    code: int
    stderr: str
    seconds: float
    peak_mb: float  # the child's own peak resident memory


# kiosk-pack, saying at its exit how much memory it held at most (VmHWM: the peak of the
# memory it has had since it started; getrusage's figure would include the parent's,
# which a new process inherits on Linux until it execs).
_WITH_PEAK = """
import atexit, os, runpy, sys

def peak():
    with open("/proc/self/status", encoding="ascii") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    with open(os.environ["KIOSK_PEAK_FILE"], "w", encoding="ascii") as out:
        out.write(str(kb))

atexit.register(peak)
sys.argv = ["kiosk-pack", *sys.argv[1:]]
runpy.run_module("kiosk.packcli", run_name="__main__", alter_sys=True)
"""


def packcli(*args: str) -> Run:
    """``kiosk-pack ARGS`` in a process of its own, and its own peak memory (Linux)."""
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_PEAK_FILE": str(peak_file),
               "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-c", _WITH_PEAK, *args], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        seconds = time.monotonic() - started
        peak_kb = int(peak_file.read_text(encoding="ascii")) if peak_file.exists() else -1
    return Run(done.returncode, done.stderr.decode("utf-8", "replace"), seconds, peak_kb / 1024)


def snapshot(path: Path) -> set[tuple[str, int, int]]:
    """Every file under ``path`` (or ``path`` itself) with its size and time: to tell
    that nothing was written."""
    items = [path] if path.is_file() else sorted(path.rglob("*"))
    return {(str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in items if p.exists()}
