"""Bringing one pack from an update channel: downloaded into channel/downloads (resumed
after a cut), checked against the signed list and its own signature, then moved into
channel/ready to wait for the welcome screen.

The channel client (channel.py) decides which pack to take; this only fetches the one it
names. Nothing here uses Qt; it runs on the channel's worker thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core import channelfiles, resumable, signing, webaddress
from kiosk.core.atomic import fsync_dir
from kiosk.core.hashing import sha256
from kiosk.core.kpack import SUFFIX, Kpack, Limits, Progress
from kiosk.core.localtime import local_minute
from kiosk.core.phrases import Value, translate
from kiosk.core.problems import PackError
from kiosk.core.updatelist import ChannelEntry, ChannelError

log = logging.getLogger("kiosk.channel")

# A pack is resumed where a cut left it, so a download that runs out of time loses nothing.
DOWNLOAD_SECONDS = 15 * 60.0
# A try at a pack gets at least this rate's time for the size the signed list gives (a
# host that ignores Range starts again at every try, so one try must be able to finish
# on a slow link): slower than the slowest mobile data a clinic would call working.
MIN_BYTES_PER_SECOND = 8 * 1024
KPACK_START = b"PK\x03\x04"  # a .kpack is a zip archive
MISMATCH = translate(
    "Channel", "{file} as the update server sent it does not match the update list "
               "(copies that did not match so far: {count}); the kiosk tries it again "
               "after {time}. Whoever publishes the channel should publish it again")


@dataclass
class Downloader:
    """Downloads the packs one channel's list names, one at a time, and keeps at most one
    verified pack ready to install."""

    root: Path  # the kiosk's data folder
    url: str  # the channel's list: its packs are beside it
    opener: resumable.Opener
    # The client's, asked at each download: its settings (the keys staff trust) and its
    # clock (a wait after a wrong copy is noted here and read by the client) may change.
    trusted_keys: Callable[[], Sequence[str]]
    now: Callable[[], dt.datetime]
    limits: Limits
    seconds: float  # for one try at a pack, at the least
    mismatches: channelfiles.Mismatches
    refuse: Callable[[str, Value | None], None]
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def download(self, entry: ChannelEntry, progress: Progress | None = None,
                 stop: threading.Event | None = None) -> Path:
        with self._lock:
            return self._download(entry, progress, stop)

    def _download(self, entry: ChannelEntry, progress: Progress | None,
                  stop: threading.Event | None) -> Path:
        if entry.size > self.limits.max_archive_bytes:
            raise ChannelError(translate("Channel", "{file} is too big ({size} MB)").fill(
                file=entry.file, size=entry.size // 1024 // 1024))
        ready = channelfiles.ready(self.root) / entry.file
        if ready.exists():
            if channelfiles.ready_from(self.root) == (self.url, entry.sha256):
                return ready
            channelfiles.forget_downloads(self.root)  # published again with other bytes
        downloads = channelfiles.downloads(self.root)
        downloads.mkdir(parents=True, exist_ok=True)
        part = downloads / (entry.file + ".part")
        meta_file = resumable.meta_file(part)
        self._forget_other_downloads(keep={part.name, meta_file.name})
        url = webaddress.beside(self.url, entry.file)
        seconds = max(self.seconds, entry.size / MIN_BYTES_PER_SECOND)
        resumable.fetch(self.opener, url, part, resumable.Expected(entry.file, entry.size,
                                                                   entry.sha256, KPACK_START),
                        seconds, progress, stop)
        return self._accept(entry, part, meta_file, ready)

    def _accept(self, entry: ChannelEntry, part: Path, meta_file: Path, ready: Path) -> Path:
        if sha256_of(part) != entry.sha256:
            part.unlink(missing_ok=True)
            meta_file.unlink(missing_ok=True)
            until, misses = self.mismatches.missed(entry.sha256, self.now())
            log.error("%s from %s does not match the update list (copies so far: %d)", entry.file,
                      self.url, misses)
            raise ChannelError(MISMATCH.fill(file=entry.file, count=misses,
                                             time=local_minute(until)))
        self.mismatches.matched(entry.sha256)
        why: Value | None
        mislabelled = False
        try:
            with Kpack.open(part, self.limits) as kp:
                why = kp.check_signature(signing.trusted_keys(self.trusted_keys()))
                if why is None and (kp.manifest.id, kp.manifest.version) != \
                        (entry.id, entry.version):
                    why = translate("Channel", "is not the pack the channel says it is")
                    mislabelled = True
                if why is None:
                    kp.verify_contents()
        except PackError as error:
            why = error.problems[0].phrase if error.problems else str(error)
        if why is not None:
            # A pack is refused for its own bytes. One a listing only mislabelled is good:
            # refused as labelled, so a listing that names it rightly is still followed
            # (a listing naming the real v4 "v5" must not cost the kiosk v4 for ever).
            self.refuse(as_labelled(entry) if mislabelled else entry.sha256, why)
            part.unlink(missing_ok=True)
            meta_file.unlink(missing_ok=True)
            log.error("refused %s from the channel: %s", entry.file, why)
            raise ChannelError(translate(
                "Channel", "{file} from the channel {why}; not installed").fill(
                file=entry.file, why=why))
        folder = channelfiles.ready(self.root)
        folder.mkdir(parents=True, exist_ok=True)
        # Only one pack waits at a time: the newest.
        for older in folder.glob(f"*{SUFFIX}"):
            older.unlink(missing_ok=True)
        channelfiles.note_ready_from(self.root, self.url, entry.sha256)  # never unnoted
        os.replace(part, ready)
        fsync_dir(folder)
        meta_file.unlink(missing_ok=True)
        log.info("downloaded %s; it will be installed at the next attract screen", entry.file)
        return ready

    def _forget_other_downloads(self, keep: Collection[str] = ()) -> None:
        """Cut downloads of packs the kiosk no longer wants: each could be most of a
        pack's size, and a kiosk runs for months on a small disk."""
        downloads = channelfiles.downloads(self.root)
        if not downloads.is_dir():
            return
        for stale in downloads.iterdir():
            if stale.name not in keep:
                with contextlib.suppress(OSError):
                    stale.unlink()
                    log.info("removed the cut download %s: no longer wanted", stale.name)


def as_labelled(entry: ChannelEntry) -> str:
    """A pack's bytes as one listing labelled them: refused only under that label."""
    return f"{entry.sha256}:{entry.id}:{entry.version}"


def sha256_of(path: Path) -> str:
    digest = sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(resumable.CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
