"""Following an update channel: any static web host serving channel.json and .kpack files.

The kiosk polls ``channel.json`` with conditional requests (so an unchanged channel
costs a few hundred bytes on a clinic's mobile data), downloads a newer pack in the
background, resuming after a cut with HTTP Range, and keeps it ready until the next
attract screen, when the app calls ``install_pending``. Nothing here uses Qt; the app
calls it from a worker thread. Only packs signed by a trusted key are ever kept.

channel.json (format 1)::

    {"channel_format": 1, "updated_at": "...",
     "packs": [{"id": "...", "version": 4, "file": "ID-v4.kpack", "size": 123,
                "sha256": "...", "min_app_version": "0.1.0", "key_id": "..."}]}
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import http.client
import json
import logging
import os
import re
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import attrs

from kiosk import __version__ as APP_VERSION
from kiosk.core import jsontext, signing
from kiosk.core.atomic import fsync_dir, write_atomic
from kiosk.core.kpack import (
    DEFAULT_LIMITS,
    SUFFIX,
    Count,
    Kpack,
    Limits,
    Progress,
    Sha256,
    app_too_old,
)
from kiosk.core.messages import explain_validation
from kiosk.core.model import Pack
from kiosk.core.paths import DataDir
from kiosk.core.phrases import Value, render, translate
from kiosk.core.problems import PackError
from kiosk.core.settings import Settings
from kiosk.core.store import Installed, PackStore, Source
from kiosk.core.structure import Pattern, SchemaError, structure, unstructure

log = logging.getLogger("kiosk.channel")

CHANNEL_FORMAT = 1
CHANNEL_FILE = "channel.json"
MAX_CHANNEL_BYTES = 1024 * 1024
CHUNK = 64 * 1024
KEEP_PUBLISHED = 3
_ANSWERED = translate("Channel", "the update server answered {code} {reason} for {what}")


class ChannelError(Exception):
    """The channel could not be checked or a download failed; ``phrase`` is for staff."""

    def __init__(self, phrase: Value) -> None:
        super().__init__(render(phrase))
        self.phrase = phrase


# Read with extra="ignore": a newer `kiosk-pack publish` may add fields an older kiosk
# does not know.
@attrs.frozen
class ChannelEntry:
    id: str
    version: Count
    file: Annotated[str, Pattern(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.kpack$")]
    size: Count
    sha256: Sha256
    min_app_version: str = "0"
    key_id: str = ""


@attrs.frozen
class ChannelListing:
    channel_format: Count
    updated_at: str = ""
    packs: list[ChannelEntry] = attrs.Factory(list)


def _parse_listing(data: bytes) -> ChannelListing:
    try:
        raw = jsontext.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ChannelError(translate(
            "Channel", "the channel's channel.json is damaged (not readable)")) from error
    if isinstance(raw, dict) and isinstance(raw.get("channel_format"), int) \
            and raw["channel_format"] > CHANNEL_FORMAT:
        raise ChannelError(translate(
            "Channel", "the channel uses format {format}; update the kiosk software to follow "
                       "it").fill(format=raw["channel_format"]))
    try:
        return structure(raw, ChannelListing, extra="ignore")
    except SchemaError as error:
        raise ChannelError(translate(
            "Channel", "the channel's channel.json is damaged: {detail}").fill(
            detail=explain_validation(error, "channel.json", "")[0].message)) from error


# -- publishing (staff side) -----------------------------------------------------------------


def publish(kpacks: Sequence[Path], channel_dir: Path, keep: int = KEEP_PUBLISHED,
            limits: Limits = DEFAULT_LIMITS) -> ChannelListing:
    """Copy signed .kpack files into a channel folder and rewrite its channel.json.

    Pack files go in first and the listing last, so a kiosk polling meanwhile never
    sees a listing that names a file not yet there.
    """
    channel_dir.mkdir(parents=True, exist_ok=True)
    listing_path = channel_dir / CHANNEL_FILE
    entries: dict[tuple[str, int], ChannelEntry] = {}
    if listing_path.exists():
        try:
            for entry in _parse_listing(listing_path.read_bytes()).packs:
                entries[(entry.id, entry.version)] = entry
        except ChannelError as error:
            raise ChannelError(translate("Channel", "{file}: {problem}").fill(
                file=str(listing_path), problem=error.phrase)) from error
    for path in kpacks:
        with Kpack.open(path, limits) as kp:
            kp.verify_contents()
            if kp.signature is None or kp.signature_problem:
                raise ChannelError(translate(
                    "Channel", "{file}: kiosks only accept signed packs from a channel; sign "
                               "it first with 'kiosk-pack sign'").fill(file=path.name))
            manifest, key_id = kp.manifest, kp.signature.key_id
        name = f"{manifest.id}-v{manifest.version}{SUFFIX}"
        data = path.read_bytes()
        write_atomic(channel_dir / name, data)
        entries[(manifest.id, manifest.version)] = ChannelEntry(
            id=manifest.id, version=manifest.version, file=name, size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), min_app_version=manifest.min_app_version,
            key_id=key_id)
    kept: list[ChannelEntry] = []
    for pack_id in sorted({key[0] for key in entries}):
        versions = sorted((e for e in entries.values() if e.id == pack_id),
                          key=lambda e: e.version)
        kept.extend(versions[-keep:])
    listing = ChannelListing(channel_format=CHANNEL_FORMAT,
                             updated_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
                             packs=kept)
    write_atomic(listing_path, json.dumps(unstructure(listing), indent=2)
                 .encode("utf-8"))
    listed = {entry.file for entry in kept}
    for old in channel_dir.glob(f"*{SUFFIX}"):
        if old.name not in listed and any(old.name == e.file for e in entries.values()):
            old.unlink(missing_ok=True)
    log.info("published %d pack(s) to %s", len(kpacks), channel_dir)
    return listing


# -- following (kiosk side) ------------------------------------------------------------------


@dataclass
class _State:
    url: str = ""
    etag: str = ""
    last_modified: str = ""
    body: str = ""


class ChannelClient:
    """Polls one channel URL and keeps at most one verified download ready to install."""

    def __init__(self, url: str, data_dir: DataDir, settings: Settings, store: PackStore,
                 timeout: float = 30.0, opener: urllib.request.OpenerDirector | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ChannelError(translate(
                "Channel", "the update address '{url}' must start with http:// or https://")
                .fill(url=url))
        # The listing sits in the channel folder; a URL naming the folder means its listing.
        self.url = url if url.endswith(".json") else url.rstrip("/") + "/" + CHANNEL_FILE
        self.folder = data_dir.root / "channel"
        self.settings = settings
        self.store = store
        self.timeout = timeout
        self.opener = opener or urllib.request.build_opener()
        self.limits = limits
        self._lock = threading.Lock()

    @property
    def _state_file(self) -> Path:
        return self.folder / "state.json"

    @property
    def _downloads(self) -> Path:
        return self.folder / "downloads"

    @property
    def _ready(self) -> Path:
        return self.folder / "ready"

    def _load_state(self) -> _State:
        try:
            raw = jsontext.loads(self._state_file.read_text(encoding="utf-8"))
            state = _State(**{k: str(raw.get(k, "")) for k in ("url", "etag", "last_modified",
                                                                  "body")})
        except (OSError, ValueError, TypeError):
            return _State(url=self.url)
        # A new address means the old cache says nothing about it.
        return state if state.url == self.url else _State(url=self.url)

    def _save_state(self, state: _State) -> None:
        write_atomic(self._state_file, json.dumps(state.__dict__).encode("utf-8"))

    @classmethod
    def from_settings(cls, data_dir: DataDir, settings: Settings,
                      store: PackStore) -> ChannelClient | None:
        """The client for ``Settings.update_url``, or None when the kiosk follows no channel."""
        if not settings.update_url.strip():
            return None
        return cls(settings.update_url.strip(), data_dir, settings, store)

    def _open(self, request: urllib.request.Request) -> http.client.HTTPResponse:
        request.add_header("User-Agent", f"clinic-kiosk/{APP_VERSION}")
        response = self.opener.open(request, timeout=self.timeout)
        # urllib follows redirects, including to ftp://; a channel is only ever web.
        if urllib.parse.urlsplit(response.geturl()).scheme not in ("http", "https") or \
                not isinstance(response, http.client.HTTPResponse):
            response.close()
            raise ChannelError(translate(
                "Channel", "the update server sent the kiosk to '{url}', which is not a web "
                           "address").fill(url=response.geturl()))
        return response

    def fetch_listing(self) -> ChannelListing:
        """channel.json, asking the server to say 'not modified' if it has not changed."""
        state = self._load_state()
        request = urllib.request.Request(self.url)
        if state.body:
            if state.etag:
                request.add_header("If-None-Match", state.etag)
            if state.last_modified:
                request.add_header("If-Modified-Since", state.last_modified)
        try:
            with self._open(request) as response:
                body = response.read(MAX_CHANNEL_BYTES + 1)
                if len(body) > MAX_CHANNEL_BYTES:
                    raise ChannelError(translate(
                        "Channel", "the channel's channel.json is too big"))
                listing = _parse_listing(body)
                state = _State(self.url, response.headers.get("ETag", ""),
                               response.headers.get("Last-Modified", ""),
                               body.decode("utf-8"))
                try:
                    self._save_state(state)
                except OSError as error:
                    # Only the cache for conditional requests is lost; the listing is good.
                    log.warning("cannot save the channel state: %s", error)
                log.info("channel listing fetched from %s", self.url)
                return listing
        except urllib.error.HTTPError as error:
            if error.code == 304 and state.body:
                log.debug("channel unchanged (304)")
                return _parse_listing(state.body.encode("utf-8"))
            raise ChannelError(_ANSWERED.fill(
                code=error.code, reason=str(error.reason), what=self.url)) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
            raise ChannelError(translate(
                "Channel", "cannot reach the update server {url} ({reason})").fill(
                url=self.url, reason=str(error))) from None

    def choose(self, listing: ChannelListing) -> ChannelEntry | None:
        """The newest pack this kiosk can and should take, or None."""
        current = self.store.status().active_id_version
        refused = self._refused()
        usable = [e for e in listing.packs
                  if not app_too_old(e.min_app_version) and e.sha256 not in refused
                  and _as_labelled(e) not in refused]
        if current is not None and any(e.id == current[0] for e in usable):
            usable = [e for e in usable if e.id == current[0] and e.version > current[1]]
        if not usable:
            return None
        return max(usable, key=lambda e: e.version)

    def _refused(self) -> set[str]:
        try:
            raw = jsontext.loads((self.folder / "refused.json").read_text(encoding="utf-8"))
            return {str(item) for item in raw}
        except (OSError, ValueError, TypeError):
            return set()

    def _refuse(self, what: str) -> None:
        # Remembered so a pack the kiosk will never take is not downloaded again each poll.
        refused = sorted(self._refused() | {what})[-100:]
        write_atomic(self.folder / "refused.json", json.dumps(refused).encode("utf-8"))

    def poll(self) -> ChannelEntry | None:
        return self.choose(self.fetch_listing())

    def pending(self) -> Path | None:
        """A downloaded, verified pack waiting for the next attract screen."""
        if not self._ready.is_dir():
            return None
        ready = sorted(self._ready.glob(f"*{SUFFIX}"))
        return ready[-1] if ready else None

    def check(self, progress: Progress | None = None,
              stop: threading.Event | None = None) -> Path | None:
        """Poll and, if there is something newer, download it. Returns the ready file."""
        entry = self.poll()
        if entry is None:
            self._forget_other_downloads()
            return self.pending()
        return self.download(entry, progress, stop)

    def download(self, entry: ChannelEntry, progress: Progress | None = None,
                 stop: threading.Event | None = None) -> Path:
        with self._lock:
            return self._download(entry, progress, stop)

    def _download(self, entry: ChannelEntry, progress: Progress | None,
                  stop: threading.Event | None) -> Path:
        if entry.size > self.limits.max_archive_bytes:
            raise ChannelError(translate("Channel", "{file} is too big ({size} MB)").fill(
                file=entry.file, size=entry.size // 1024 // 1024))
        ready = self._ready / entry.file
        if ready.exists():
            return ready
        self._downloads.mkdir(parents=True, exist_ok=True)
        part = self._downloads / (entry.file + ".part")
        meta_file = self._downloads / (entry.file + ".part.json")
        self._forget_other_downloads(keep={part.name, meta_file.name})
        meta: dict[str, str] = {}
        with contextlib.suppress(OSError, ValueError):
            meta = jsontext.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("sha256") != entry.sha256:
            # A part of some other build of this file is worthless; start again.
            part.unlink(missing_ok=True)
            meta = {"sha256": entry.sha256}
        have = part.stat().st_size if part.exists() else 0
        if have > entry.size:
            part.unlink()
            have = 0
        url = urllib.parse.urljoin(self.url, urllib.parse.quote(entry.file))
        if have < entry.size:
            request = urllib.request.Request(url)
            if have:
                request.add_header("Range", f"bytes={have}-")
                validator = meta.get("etag") or meta.get("last_modified")
                if validator:
                    request.add_header("If-Range", validator)
            try:
                with self._open(request) as response:
                    if have and response.status == 206:
                        match = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
                        if not match or int(match.group(1)) != have:
                            raise ChannelError(translate(
                                "Channel", "the update server resumed {file} at the wrong "
                                           "place").fill(file=entry.file))
                        mode = "ab"
                        log.info("resuming %s at %d of %d bytes", entry.file, have, entry.size)
                    else:
                        have, mode = 0, "wb"
                    meta.update(etag=response.headers.get("ETag", ""),
                                last_modified=response.headers.get("Last-Modified", ""))
                    write_atomic(meta_file, json.dumps(meta).encode("utf-8"))
                    with open(part, mode) as handle:
                        while True:
                            if stop is not None and stop.is_set():
                                raise ChannelError(translate(
                                    "Channel", "download paused; it will resume later"))
                            chunk = response.read(CHUNK)
                            if not chunk:
                                break
                            have += len(chunk)
                            if have > entry.size:
                                raise ChannelError(translate(
                                    "Channel", "{file} is bigger than the channel says; "
                                               "refused").fill(file=entry.file))
                            handle.write(chunk)
                            if progress:
                                progress(have, entry.size)
                        handle.flush()
                        os.fsync(handle.fileno())
            except urllib.error.HTTPError as error:
                if error.code == 416:
                    part.unlink(missing_ok=True)
                raise ChannelError(_ANSWERED.fill(
                    code=error.code, reason=str(error.reason), what=entry.file)) from None
            except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
                if isinstance(error, OSError) and error.errno in (errno.ENOSPC,
                                                                  getattr(errno, "EDQUOT", -1)):
                    raise ChannelError(translate(
                        "Channel", "the kiosk's disk is full; the download of {file} will "
                                   "resume when there is room").fill(file=entry.file)) from None
                raise ChannelError(translate(
                    "Channel", "the download of {file} was cut ({reason}); it will resume from "
                               "{have} bytes next time").fill(
                    file=entry.file, reason=str(error), have=have)) from None
            if have < entry.size:
                raise ChannelError(translate(
                    "Channel", "the download of {file} was cut at {have} of {size} bytes; it "
                               "will resume next time").fill(
                    file=entry.file, have=have, size=entry.size))
        return self._accept(entry, part, meta_file, ready)

    def _accept(self, entry: ChannelEntry, part: Path, meta_file: Path, ready: Path) -> Path:
        if _sha256(part) != entry.sha256:
            part.unlink(missing_ok=True)
            meta_file.unlink(missing_ok=True)
            raise ChannelError(translate(
                "Channel", "{file} does not match the channel's checksum; downloading again "
                           "next time").fill(file=entry.file))
        why: Value | None
        mislabelled = False
        try:
            with Kpack.open(part, self.limits) as kp:
                why = kp.check_signature(signing.trusted_keys(self.settings.trusted_keys))
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
            self._refuse(_as_labelled(entry) if mislabelled else entry.sha256)
            part.unlink(missing_ok=True)
            meta_file.unlink(missing_ok=True)
            log.error("refused %s from the channel: %s", entry.file, why)
            raise ChannelError(translate(
                "Channel", "{file} from the channel {why}; not installed").fill(
                file=entry.file, why=why))
        self._ready.mkdir(parents=True, exist_ok=True)
        # Only one pack waits at a time: the newest.
        for older in self._ready.glob(f"*{SUFFIX}"):
            older.unlink(missing_ok=True)
        os.replace(part, ready)
        fsync_dir(self._ready)
        meta_file.unlink(missing_ok=True)
        log.info("downloaded %s; it will be installed at the next attract screen", entry.file)
        return ready

    def _forget_other_downloads(self, keep: Collection[str] = ()) -> None:
        """Cut downloads of packs the kiosk no longer wants: each could be most of a
        pack's size, and a kiosk runs for months on a small disk."""
        if not self._downloads.is_dir():
            return
        for stale in self._downloads.iterdir():
            if stale.name not in keep:
                with contextlib.suppress(OSError):
                    stale.unlink()
                    log.info("removed the cut download %s: no longer wanted", stale.name)

    def install_pending(self, progress: Progress | None = None
                        ) -> tuple[Installed, Pack] | None:
        """Install the waiting pack (call at the attract screen). Refused packs are dropped.
        Returns what was installed and the pack as the kiosk will show it."""
        path = self.pending()
        if path is None:
            return None
        try:
            installed = self.store.install_pack(path, Source.CHANNEL, progress)
        except PackError as error:
            log.error("the downloaded pack %s was refused: %s", path.name, error)
            if not error.transient:
                self._refuse(_sha256(path))
                path.unlink(missing_ok=True)
            raise
        path.unlink(missing_ok=True)
        return installed

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_labelled(entry: ChannelEntry) -> str:
    """A pack's bytes as one listing labelled them: refused only under that label."""
    return f"{entry.sha256}:{entry.id}:{entry.version}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
