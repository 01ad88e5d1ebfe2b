"""Is the web edition where the QR codes point made from this pack, and whole?

``kiosk-pack validate`` asks this of a pack that names a ``web_edition`` address: a code
that opens a missing page, or last year's advice, is worse than no code. It reads the
edition's ``edition.json`` (written last by the export) and looks for every page, in a
folder on this computer or over the web with a deadline for the whole check.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kiosk.core.model import Pack
from kiosk.core.phrases import translate
from kiosk.core.problems import Problem
from kiosk.core.webedition.address import EDITION_FILE, expected_pages
from kiosk.core.webedition.digest import content_digest

DEADLINE_SECONDS = 20.0  # for the whole check over the web, not each request
_MAX_RECORD_BYTES = 1 << 20

_EXPORT_AGAIN = "kiosk-pack export-html, then publish the folder"


class _Unreachable(Exception):
    pass


def _reader(where: str, seconds: float) -> tuple[Callable[[str], bytes | None], str]:
    """A function giving a file of the edition (None if it is missing), and its name."""
    deadline = time.monotonic() + seconds
    if where.startswith(("http://", "https://")):
        base = where.rstrip("/") + "/"

        def fetch(path: str) -> bytes | None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Unreachable(f"no answer from {base} within {seconds:.0f} s")
            request = urllib.request.Request(base + path, headers={"User-Agent": "kiosk-pack"})
            try:
                with urllib.request.urlopen(request, timeout=left) as answer:
                    # Chunk by chunk against the deadline: a server that sends a byte a
                    # second never lets a single read time out.
                    data = bytearray()
                    while chunk := answer.read1(65536):
                        data += chunk
                        if len(data) > _MAX_RECORD_BYTES:
                            break
                        if time.monotonic() > deadline:
                            raise _Unreachable(
                                f"{base + path} took longer than {seconds:.0f} s")
                    return bytes(data)
            except urllib.error.HTTPError as error:
                if error.code in (404, 410):
                    return None
                raise _Unreachable(f"{base + path} answered {error.code} {error.reason}") \
                    from error
            except (urllib.error.URLError, OSError, ValueError) as error:
                reason = getattr(error, "reason", error)
                raise _Unreachable(f"{base + path} cannot be reached: {reason}") from error

        return fetch, base

    folder = Path(where)

    def read(path: str) -> bytes | None:
        file = folder / path
        return file.read_bytes() if file.is_file() else None

    return read, str(folder)


def check(pack: Pack, where: str | None = None, *,
          seconds: float = DEADLINE_SECONDS) -> list[Problem]:
    """What is wrong with the web edition of ``pack`` at ``where`` (a folder or web
    address; by default the pack's own ``web_edition`` address)."""
    where = where or pack.web_edition
    if where is None:
        return []
    read, name = _reader(where, seconds)
    # The whole check in a thread of its own, waited for no longer than the deadline: a
    # socket's timeout is per read, and a server that sends its headers a byte at a time
    # (or a name lookup that hangs) would outlast any per-read timeout.
    outcome: list[list[Problem] | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_check(pack, read, name))
        except BaseException as error:  # handed to the waiting thread below
            outcome.append(error)

    worker = threading.Thread(target=run, name="web-edition-check", daemon=True)
    worker.start()
    worker.join(seconds + 1)  # its own reads give up at the deadline; this is the backstop
    result = outcome[0] if outcome else _Unreachable(
        f"no answer from {name} within {seconds:.0f} s")
    if isinstance(result, _Unreachable):
        return [Problem(name, translate(
            "Problems", "the web edition cannot be checked: {reason}. The kiosk's QR codes "
                        "point there; check the address, or give --web-edition FOLDER to "
                        "check a copy").fill(reason=str(result)))]
    if isinstance(result, BaseException):
        raise result
    return result


def _check(pack: Pack, read: Callable[[str], bytes | None], name: str) -> list[Problem]:
    data = read(EDITION_FILE)
    if data is None:
        return [Problem(name, translate(
            "Problems", "holds no web edition of this pack ({file} is missing): make one "
                        "with {how}").fill(file=EDITION_FILE, how=_EXPORT_AGAIN))]
    try:
        if len(data) > _MAX_RECORD_BYTES:
            raise ValueError("too big")
        record = json.loads(data.decode("utf-8"))
        made_from, version = str(record["pack"]), int(record["version"])
        content, listed = str(record["content"]), set(record["pages"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return [Problem(name, translate(
            "Problems", "{file} is damaged: export the web edition again with {how}").fill(
            file=EDITION_FILE, how=_EXPORT_AGAIN))]
    if made_from != pack.id:
        return [Problem(name, translate(
            "Problems", "holds the web edition of another pack ({other}), not {pack}").fill(
            other=made_from, pack=pack.id))]
    problems = []
    if version < pack.version:
        problems.append(Problem(name, translate(
            "Problems", "the web edition is older than the pack: it was made from version "
                        "{old}, the pack is version {new}. Export it again with {how}").fill(
            old=version, new=pack.version, how=_EXPORT_AGAIN)))
    elif version == pack.version and content != content_digest(pack):
        problems.append(Problem(name, translate(
            "Problems", "the web edition was made before the pack's last changes (same "
                        "version {version}, other words or files). Export it again with "
                        "{how}").fill(version=version, how=_EXPORT_AGAIN)))
    missing = [page for page in expected_pages(pack)
               if page not in listed or read(page) is None]
    if missing:
        shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
        problems.append(Problem(name, translate(
            "Problems", "the web edition is missing {count} page(s) the QR codes open: "
                        "{pages}. Export it again with {how}").fill(
            count=len(missing), pages=shown, how=_EXPORT_AGAIN)))
    return problems
