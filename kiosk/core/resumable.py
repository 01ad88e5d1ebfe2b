"""One download into a ``.part`` file that survives cuts: resumed with HTTP Range where it
stopped, started again when the file on the server changed, and cut off at a deadline for
the whole try (a server trickling bytes must not hold the kiosk's updates).

The ``.part.json`` beside it remembers which file the part belongs to (its SHA-256) and
the server's validator (ETag or Last-Modified), so a resumed request asks for the rest of
the same file (If-Range) and never glues two different files together.
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import json
import logging
import os
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core import jsontext, webfetch
from kiosk.core.atomic import write_atomic
from kiosk.core.kpack import Progress
from kiosk.core.phrases import translate
from kiosk.core.updatelist import ChannelError

log = logging.getLogger("kiosk.channel")

CHUNK = 64 * 1024
ANSWERED = translate("Channel", "the update server answered {code} {reason} for {what}")
# A network that wants signing in first (many Wi-Fi networks do) answers every address
# with its own web page: said as that, not as a damaged list or a cut download.
SIGN_IN_PAGE = translate(
    "Channel", "the update server sent a web page, not {what}: the network may need signing "
               "in first (as many Wi-Fi networks do), or the address is wrong; sign in from "
               "a browser on this computer, or ask IT")
REDIRECT_LOOP = translate(
    "Channel", "the update server kept sending the kiosk from one address to another for "
               "{what} (answer {code}); ask IT to check the address")
TOO_SLOW = translate(
    "Channel", "the update server took longer than {seconds} seconds to send {what}; the "
               "kiosk stopped waiting and will try again later")


def is_loop(error: urllib.error.HTTPError) -> bool:
    """urllib gave up following redirects (a loop, or too many): its HTTPError says so
    only in its message."""
    return 300 <= error.code < 400 and "infinite loop" in str(error.msg)


Opener = Callable[[urllib.request.Request], http.client.HTTPResponse]


@dataclass(frozen=True)
class Expected:
    """What the signed list says the file is."""

    name: str
    size: int
    sha256: str
    starts_with: bytes = b""  # what every such file begins with (a .kpack: a zip's "PK")


def meta_file(part: Path) -> Path:
    return part.with_name(part.name + ".json")


def _resume_point(part: Path, meta: dict[str, str], expected: Expected) -> int:
    if meta.get("sha256") != expected.sha256:
        # A part of some other build of this file is worthless; start again.
        part.unlink(missing_ok=True)
        meta.clear()
        meta["sha256"] = expected.sha256
    have = part.stat().st_size if part.exists() else 0
    if have > expected.size:
        part.unlink()
        have = 0
    return have


def fetch(open_: Opener, url: str, part: Path, expected: Expected, seconds: float,
          progress: Progress | None = None, stop: threading.Event | None = None) -> None:
    """Bring ``part`` up to ``expected.size`` bytes from ``url``; ChannelError if it could
    not (the part is kept for the next try unless it is worthless). The caller checks the
    bytes against ``expected.sha256``."""
    info = meta_file(part)
    meta: dict[str, str] = {}
    with contextlib.suppress(OSError, ValueError):
        meta = jsontext.loads(info.read_text(encoding="utf-8"))
    have = _resume_point(part, meta, expected)
    if have >= expected.size:
        return
    name = expected.name
    request = urllib.request.Request(url)
    if have:
        request.add_header("Range", f"bytes={have}-")
        validator = meta.get("etag") or meta.get("last_modified")
        if validator:
            request.add_header("If-Range", validator)
    deadline: webfetch.Deadline | None = None
    try:
        with webfetch.deadline(seconds) as deadline, open_(request) as response:
            if have and response.status == 206:
                match = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
                if not match or int(match.group(1)) != have:
                    # Kept, the part would be resumed wrongly at every poll for good (a
                    # proxy that answers every range from the start): begin again.
                    part.unlink(missing_ok=True)
                    info.unlink(missing_ok=True)
                    raise ChannelError(translate(
                        "Channel", "the update server resumed {file} at the wrong place; "
                                   "it will be downloaded again from the start")
                        .fill(file=name))
                mode = "ab"
                log.info("resuming %s at %d of %d bytes", name, have, expected.size)
            else:
                have, mode = 0, "wb"
            if mode == "wb" and expected.starts_with:
                first = response.read(len(expected.starts_with))
                if first and first != expected.starts_with:  # none: a cut, said below
                    raise ChannelError(SIGN_IN_PAGE.fill(what=name))
            else:
                first = b""
            meta.update(etag=response.headers.get("ETag", ""),
                        last_modified=response.headers.get("Last-Modified", ""))
            write_atomic(info, json.dumps(meta).encode("utf-8"))
            with open(part, mode) as handle:
                handle.write(first)
                have += len(first)
                while True:
                    if stop is not None and stop.is_set():
                        raise ChannelError(translate(
                            "Channel", "download paused; it will resume later"))
                    chunk = response.read(CHUNK)
                    if not chunk:
                        break
                    have += len(chunk)
                    if have > expected.size:
                        raise ChannelError(translate(
                            "Channel", "{file} is bigger than the channel says; refused")
                            .fill(file=name))
                    handle.write(chunk)
                    if progress:
                        progress(have, expected.size)
                handle.flush()
                os.fsync(handle.fileno())
    except urllib.error.HTTPError as error:
        if error.code == 416:
            part.unlink(missing_ok=True)
        if is_loop(error):  # urllib's own words for it are lines of English
            raise ChannelError(REDIRECT_LOOP.fill(what=name, code=error.code)) from None
        raise ChannelError(ANSWERED.fill(
            code=error.code, reason=str(error.reason), what=name)) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        if deadline is not None and deadline.passed:
            raise ChannelError(TOO_SLOW.fill(seconds=round(seconds), what=name)) from None
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC,
                                                          getattr(errno, "EDQUOT", -1)):
            raise ChannelError(translate(
                "Channel", "the kiosk's disk is full; the download of {file} will resume "
                           "when there is room").fill(file=name)) from None
        raise ChannelError(translate(
            "Channel", "the download of {file} was cut ({reason}); it will resume from "
                       "{have} bytes next time").fill(
            file=name, reason=str(error), have=have)) from None
    if deadline is not None and deadline.passed:
        raise ChannelError(TOO_SLOW.fill(seconds=round(seconds), what=name))
    if have < expected.size:
        raise ChannelError(translate(
            "Channel", "the download of {file} was cut at {have} of {size} bytes; it will "
                       "resume next time").fill(file=name, have=have, size=expected.size))
