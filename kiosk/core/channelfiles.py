"""What the update channel keeps on disk besides its list: the download under way, the
pack waiting for the welcome screen and the address it came from, and the copies a
server sent that did not match the list.

Light on purpose (no http.client or ssl): the service drops an old address's downloads
when staff change or clear the address, on a kiosk that may never load the channel.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import shutil
from pathlib import Path

from kiosk.core import jsontext
from kiosk.core.atomic import write_atomic
from kiosk.core.phrases import Value, value_from_json, value_to_json

log = logging.getLogger("kiosk.channel")

FOLDER = "channel"
_FROM = "from.json"  # beside the waiting pack: the address it came from, its checksum
_MISMATCHES = "mismatches.json"
# Waits after a copy that did not match the list: the first poll after it, then twice as
# long each time, to a day at most (a CDN's stale copy is put right within hours; a
# publisher's mistake waits for the next list).
_FIRST_WAIT = dt.timedelta(minutes=25)  # under the half hour between polls
_LONGEST_WAIT = dt.timedelta(days=1)
_KEEP = 20
_MAX_MISSES = 10_000


def folder(data_root: Path) -> Path:
    return data_root / FOLDER


def downloads(data_root: Path) -> Path:
    return folder(data_root) / "downloads"


def ready(data_root: Path) -> Path:
    return folder(data_root) / "ready"


def forget_downloads(data_root: Path) -> None:
    """Drop the download under way and the pack waiting: another address (or none) is
    in use now, and a pack the old one offered must not be installed (up to two packs'
    size on a small disk, kept for good otherwise)."""
    for place in (downloads(data_root), ready(data_root)):
        try:
            children = list(place.iterdir())
        except OSError:
            continue  # none yet
        for child in children:
            with contextlib.suppress(OSError):
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
                log.info("dropped %s: no longer wanted from this address", child.name)


def note_ready_from(data_root: Path, address: str, sha256: str) -> None:
    write_atomic(ready(data_root) / _FROM,
                 json.dumps({"address": address, "sha256": sha256}).encode("utf-8"))


def ready_from(data_root: Path) -> tuple[str, str] | None:
    """The address the waiting pack came from, and the checksum the list gave it; None if
    not noted (nor then trusted): a pack published again under the same name with other
    bytes must not be taken for the one waiting."""
    try:
        raw = jsontext.loads((ready(data_root) / _FROM).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict):
        return None
    return str(raw.get("address", "")), str(raw.get("sha256", ""))


class Mismatches:
    """Packs whose copy on the server did not match the list's checksum, and when to try
    each again. Without it the kiosk downloaded a wrong copy whole at every poll, twice an
    hour for as long as the server kept it: gigabytes a day of a clinic's mobile data."""

    def __init__(self, data_root: Path) -> None:
        self.path = folder(data_root) / _MISMATCHES

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            raw = jsontext.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {str(key): value for key, value in raw.items() if isinstance(value, dict)}

    def _write(self, entries: dict[str, dict[str, object]]) -> None:
        newest = sorted(entries.items(), key=lambda item: str(item[1].get("at", "")))[-_KEEP:]
        try:
            write_atomic(self.path, json.dumps(dict(newest), indent=2).encode("utf-8"))
        except OSError as error:  # a full disk: the next poll downloads again, no worse
            log.warning("cannot note a download that did not match: %s", error)

    def wait_until(self, sha256: str, now: dt.datetime) -> tuple[dt.datetime, int] | None:
        """When the pack with this checksum may be downloaded again, and how many copies
        did not match; None if now. A note dated more than the longest wait ahead was made
        under a wrong clock: it does not hold the download up."""
        entry = self._read().get(sha256)
        if entry is None:
            return None
        try:
            until = dt.datetime.fromisoformat(str(entry["until"]))
            misses = min(_MAX_MISSES, int(str(entry["misses"])))
        except (KeyError, ValueError):
            return None
        if until.tzinfo is None or not now < until <= now + _LONGEST_WAIT:
            return None
        return until, misses

    def missed(self, sha256: str, now: dt.datetime) -> tuple[dt.datetime, int]:
        """Note one more copy that did not match; when to try again, and how many."""
        entries = self._read()
        misses = 1
        with contextlib.suppress(KeyError, ValueError):
            misses = min(_MAX_MISSES, int(str(entries[sha256]["misses"])) + 1)
        # The power kept small: a month of daily tries made 2**37 half hours, past what a
        # timedelta holds, and every poll downloaded the pack again.
        wait = min(_LONGEST_WAIT, _FIRST_WAIT * 2 ** min(misses - 1, 6))
        until = now + wait
        entries[sha256] = {"misses": misses, "until": until.isoformat(), "at": now.isoformat()}
        self._write(entries)
        return until, misses

    def matched(self, sha256: str) -> None:
        entries = self._read()
        if entries.pop(sha256, None) is not None:
            self._write(entries)


class Refusals:
    """Packs refused for good, and why, as long as the kiosk trusts the same keys
    (``keys``: a digest of them): one refused for a key not yet trusted is taken once
    staff trust it. Remembered so such a pack is not downloaded again at every poll;
    the reason, so the Updates tab can go on saying why a newer pack is not taken."""

    def __init__(self, data_root: Path, keys: str) -> None:
        self.path = folder(data_root) / "refused.json"
        self.keys = keys

    def read(self) -> dict[str, Value | None]:
        try:
            raw = jsontext.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict) or raw.get("keys") != self.keys or \
                not isinstance(raw.get("refused"), list):
            return {}
        reasons = raw.get("why")
        if not isinstance(reasons, dict):
            reasons = {}  # written before reasons were kept
        found: dict[str, Value | None] = {}
        for item in raw["refused"]:
            why: Value | None = None
            with contextlib.suppress(ValueError):
                if str(item) in reasons:
                    why = value_from_json(reasons[str(item)])
            found[str(item)] = why
        return found

    def add(self, what: str, why: Value | None) -> None:
        found = self.read()
        found.pop(what, None)
        found[what] = why  # the newest last: the oldest are let go, never the new one
        kept = list(found)[-100:]
        reasons = {item: value_to_json(why) for item in kept
                   if (why := found[item]) is not None}
        write_atomic(self.path, json.dumps({"keys": self.keys, "refused": kept,
                                            "why": reasons}).encode("utf-8"))
