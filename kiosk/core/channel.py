"""Following an update channel: any static web host serving channel.json and .kpack files.

The kiosk polls the channel's signed update list (``updatelist``) with conditional
requests (so an unchanged channel costs a few hundred bytes on a clinic's mobile data),
downloads a newer pack in the background, resuming after a cut with HTTP Range
(``channeldownload``), and keeps it ready until the next attract screen, when the app
calls ``install_pending``. Nothing
here uses Qt; the app calls it from a worker thread. Only packs signed by a trusted key,
named in a list signed by a trusted key, are ever kept; the list must be newer than the
last one accepted and in date, and every request has a deadline for the whole of it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import json
import logging
import shutil
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk import __version__ as APP_VERSION
from kiosk.core import channelfiles, jsontext, resumable, signing, updatelist, webaddress, webfetch
from kiosk.core.atomic import write_atomic
from kiosk.core.channeldownload import (
    DOWNLOAD_SECONDS,
    MISMATCH,
    Downloader,
    as_labelled,
    sha256_of,
)
from kiosk.core.hashing import sha256
from kiosk.core.kpack import DEFAULT_LIMITS, SUFFIX, Limits, Progress, app_too_old
from kiosk.core.listmemory import Accepted, ListMemory
from kiosk.core.localtime import local_minute
from kiosk.core.model import Pack
from kiosk.core.paths import DataDir
from kiosk.core.phrases import Value, render, translate
from kiosk.core.problems import PackError
from kiosk.core.settings import Settings
from kiosk.core.store import Installed, PackStore, Source
from kiosk.core.updatelist import (
    CHANNEL_FILE,
    MAX_CHANNEL_BYTES,
    ChannelEntry,
    ChannelError,
    ChannelListing,
)

log = logging.getLogger("kiosk.channel")

# The list is at most a megabyte: a minute is ample on the slowest clinic link.
LISTING_SECONDS = 60.0
_NOT_WEB = translate(
    "Channel", "the update server sent the kiosk to '{url}', which is not a web address")
_PLAIN_HTTP = translate(
    "Channel", "the update address '{url}' uses plain http://, which anyone on the network "
               "between could change; use https://, or, if this server is inside the clinic, "
               "staff can allow it as a local server")


# -- following (kiosk side) ------------------------------------------------------------------


@dataclass
class _Cache:
    """The last answer to a request for the list, for the next conditional request."""

    url: str = ""
    etag: str = ""
    last_modified: str = ""
    body: str = ""

    @classmethod
    def from_json(cls, raw: object, url: str) -> _Cache:
        if not isinstance(raw, dict) or raw.get("url") != url:
            return cls(url=url)  # a new address: the old cache says nothing about it
        return cls(url, *(str(raw.get(key, "")) for key in ("etag", "last_modified", "body")))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class ChannelClient:
    """Polls one channel URL and keeps at most one verified download ready to install."""

    def __init__(self, url: str, data_dir: DataDir, settings: Settings, store: PackStore,
                 timeout: float = 30.0, handlers: Sequence[urllib.request.BaseHandler] = (),
                 ssl_context: ssl.SSLContext | None = None, limits: Limits = DEFAULT_LIMITS,
                 listing_seconds: float = LISTING_SECONDS,
                 download_seconds: float = DOWNLOAD_SECONDS) -> None:
        try:
            # Also an address saved before addresses were tidied as they were read.
            url = webaddress.tidy(url)
        except webaddress.BadAddress as error:
            raise ChannelError(error.phrase) from None
        if not webaddress.address_allowed(url, settings.local_update_hosts):
            raise ChannelError(_PLAIN_HTTP.fill(url=url))
        # The listing sits in the channel folder; a URL naming the folder means its listing.
        self.url = webaddress.listing_url(url, CHANNEL_FILE)
        self.root = data_dir.root
        self.folder = channelfiles.folder(self.root)
        self.memory = ListMemory(self.folder, self.url)
        self.mismatches = channelfiles.Mismatches(self.root)
        self.settings = settings
        self.store = store
        self.timeout = timeout
        self.opener = webfetch.opener(*handlers, allowed=self._allowed, context=ssl_context)
        self.limits = limits
        self.listing_seconds = listing_seconds
        self.download_seconds = download_seconds
        # Both looked up at each download: the settings are this client's to replace, and
        # the waits check() reads and the misses a download notes keep one clock, _now.
        self.downloader = Downloader(self.root, self.url, self._open,
                                     lambda: self.settings.trusted_keys, lambda: _now(),
                                     limits, download_seconds, self.mismatches, self._refuse)
        # After a check: versions the kiosk would have taken but for having had them (or
        # newer) before, as after staff went back from one (for the Updates tab to say).
        self.held_back: list[ChannelEntry] = []
        self.not_taken: list[Value] = []  # newer packs it cannot take, and why

    def _allowed(self, url: str) -> bool:
        return webaddress.address_allowed(url, self.settings.local_update_hosts)

    @property
    def _state_file(self) -> Path:
        return self.folder / "state.json"

    @property
    def _ready(self) -> Path:
        return channelfiles.ready(self.root)

    def _load_cache(self) -> _Cache:
        try:
            raw = jsontext.loads(self._state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return _Cache(url=self.url)
        return _Cache.from_json(raw, self.url)

    def _save_cache(self, cache: _Cache) -> None:
        write_atomic(self._state_file, json.dumps(cache.__dict__).encode("utf-8"))

    def _known(self, cache: _Cache) -> Accepted | None:
        """The last list accepted; if its memory is lost, the cached list (checked when it
        was saved) stands in, so losing one file does not reopen the door to replays."""
        known = self.memory.load()
        if known is not None or not cache.body:
            return known
        with contextlib.suppress(ChannelError, ValueError):
            signed = updatelist.read(cache.body.encode("utf-8"),
                                     signing.trusted_keys(self.settings.trusted_keys))
            return Accepted(self.url, signed.listing.version,
                            sha256(signed.signed).hexdigest(), signed.listing.expires)
        return None

    @classmethod
    def from_settings(cls, data_dir: DataDir, settings: Settings,
                      store: PackStore) -> ChannelClient | None:
        """The client for ``Settings.update_url``, or None when the kiosk follows no channel."""
        if not settings.update_url.strip():
            return None
        return cls(settings.update_url.strip(), data_dir, settings, store)

    def _open(self, request: urllib.request.Request) -> http.client.HTTPResponse:
        request.add_header("User-Agent", f"clinic-kiosk/{APP_VERSION}")
        try:
            response = self.opener.open(request, timeout=self.timeout)
        except webfetch.RefusedRedirect as error:
            went = urllib.parse.urlsplit(error.url)
            if went.scheme == "http" and not webaddress.looks_local(went.hostname or ""):
                # Plain http on the open internet: a Wi-Fi's sign-in page, as a rule.
                raise ChannelError(resumable.SIGN_IN_PAGE.fill(
                    what=urllib.parse.urlsplit(request.full_url).path.rsplit("/", 1)[-1]
                    or request.full_url)) from None
            if went.scheme == "http":
                raise ChannelError(_PLAIN_HTTP.fill(url=error.url)) from None
            raise ChannelError(_NOT_WEB.fill(url=error.url)) from None
        # Redirects are followed only to allowed addresses; this catches any other way.
        where = response.geturl()
        if urllib.parse.urlsplit(where).scheme not in ("http", "https") or \
                not isinstance(response, http.client.HTTPResponse):
            response.close()
            raise ChannelError(_NOT_WEB.fill(url=where))
        return response

    def fetch_listing(self) -> ChannelListing:
        """The channel's update list, if it is signed for this channel, not older than the
        last one accepted, and in date; the server is asked to say 'not modified' if it has
        not changed. ChannelError saying why not otherwise, and whether the kiosk still
        holds a list in date."""
        cache = self._load_cache()
        known = self._known(cache)
        now = _now()
        try:
            body, fetched = self._fetch(cache)
            return self._believe(body, fetched, known, now)
        except ChannelError as error:
            # Whatever the cause (a blocked or slow server too), staff learn since when the
            # kiosk has had no list in date: the sign of a channel frozen on purpose.
            raise ListMemory.refused(known, error.phrase, now) from None

    def _fetch(self, cache: _Cache) -> tuple[bytes, _Cache]:
        request = urllib.request.Request(self.url)
        if cache.body:
            if cache.etag:
                request.add_header("If-None-Match", cache.etag)
            if cache.last_modified:
                request.add_header("If-Modified-Since", cache.last_modified)
        answered = False
        with webfetch.deadline(self.listing_seconds) as deadline:
            try:
                with self._open(request) as response:
                    answered = True
                    body = response.read(MAX_CHANNEL_BYTES + 1)
                    length = response.headers.get("Content-Length", "")
                    if length.isdigit() and len(body) < int(length) <= MAX_CHANNEL_BYTES:
                        raise ConnectionError(f"{len(body)} of {length} bytes")
                    fetched = _Cache(self.url, response.headers.get("ETag", ""),
                                     response.headers.get("Last-Modified", ""), "")
            except urllib.error.HTTPError as error:
                if resumable.is_loop(error):
                    raise ChannelError(resumable.REDIRECT_LOOP.fill(
                        what=CHANNEL_FILE, code=error.code)) from None
                if error.code != 304 or not cache.body:
                    raise ChannelError(resumable.ANSWERED.fill(
                        code=error.code, reason=str(error.reason), what=self.url)) from None
                log.debug("channel unchanged (304)")
                return cache.body.encode("utf-8"), cache
            except (urllib.error.URLError, OSError, http.client.HTTPException,
                    ValueError) as error:
                if deadline.passed:
                    raise self._too_slow(CHANNEL_FILE) from None
                if answered:  # it was reached: "cannot reach" sent IT to the wrong place
                    raise ChannelError(translate(
                        "Channel", "the update server {url} stopped sending the update list "
                                   "({reason})").fill(url=self.url, reason=str(error))) from None
                raise ChannelError(translate(
                    "Channel", "cannot reach the update server {url} ({reason})").fill(
                    url=self.url, reason=str(error))) from None
            if deadline.passed:
                raise self._too_slow(CHANNEL_FILE)
        if len(body) > MAX_CHANNEL_BYTES:
            raise ChannelError(translate("Channel", "the channel's channel.json is too big"))
        if body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):  # no list starts so
            raise ChannelError(resumable.SIGN_IN_PAGE.fill(what=CHANNEL_FILE))
        return body, fetched

    def _too_slow(self, what: str) -> ChannelError:
        return ChannelError(resumable.TOO_SLOW.fill(seconds=round(self.listing_seconds),
                                                    what=what))

    def _believe(self, body: bytes, fetched: _Cache, known: Accepted | None,
                 now: dt.datetime) -> ChannelListing:
        """The list in ``body`` after every check a stale or forged one would fail."""
        signed = updatelist.read(body, signing.trusted_keys(self.settings.trusted_keys))
        listing = signed.listing
        if not updatelist.lists_address(listing, self.url):
            raise ChannelError(translate(
                "Channel", "the update list is for another channel ({addresses}), not this "
                           "kiosk's address").fill(addresses=", ".join(listing.addresses)))
        digest = sha256(signed.signed).hexdigest()
        why = ListMemory.judge(listing, digest, known, now)
        if why is not None:
            log.error("update list from %s not used: %s", self.url, render(why))
            raise ChannelError(why)
        if known is None or listing.version != known.version:
            try:
                self.memory.remember(Accepted(self.url, listing.version, digest,
                                              listing.expires))
            except OSError as error:
                log.warning("cannot note the update list's number: %s", error)
            log.info("update list %d from %s accepted (signed by key %s, valid until %s)",
                     listing.version, self.url, signed.key_id, listing.expires)
        if not fetched.body:  # a new answer, not the cached one
            try:
                self._save_cache(_Cache(self.url, fetched.etag, fetched.last_modified,
                                        body.decode("utf-8")))
            except OSError as error:
                # Only the cache for conditional requests is lost; the list is good.
                log.warning("cannot save the channel cache: %s", error)
        return listing

    def choose(self, listing: ChannelListing) -> ChannelEntry | None:
        """The newest pack this kiosk can and should take, or None. Newer ones it cannot
        take, and why, are left in ``not_taken``."""
        current = self.store.status().active_id_version
        refused = self.refusals().read()
        usable: list[ChannelEntry] = []
        blocked: list[tuple[ChannelEntry, Value]] = []
        for e in listing.packs:
            if app_too_old(e.min_app_version):
                blocked.append((e, translate(
                    "Channel", "needs kiosk software {needed} or newer (this kiosk has "
                               "{have}): update the kiosk software").fill(
                    needed=e.min_app_version, have=APP_VERSION)))
            elif e.sha256 in refused or as_labelled(e) in refused:
                # The reason as said of the file when it was refused ("is signed with...").
                why = refused.get(e.sha256) or refused.get(as_labelled(e))
                blocked.append((e, why if why is not None else translate(
                    "Channel", "was refused when it was downloaded")))
            else:
                usable.append(e)
        # A channel may carry several packs: the kiosk keeps to its own while it is listed.
        if current is not None and any(e.id == current[0] for e in usable):
            usable = [e for e in usable if e.id == current[0]]
        # And takes only a version newer than any of that pack it has had: a staff
        # rollback holds, and no other pack id can walk it back to old content.
        known = self.store.highest_versions()
        highest = {e.id: known.get(e.id, 0) for e in usable}
        self.held_back = [e for e in usable if e.version <= highest[e.id] and not (
            current is not None and e.id == current[0] and e.version <= current[1])]
        usable = [e for e in usable if e.version > highest[e.id]]
        chosen = max(usable, key=lambda e: e.version) if usable else None
        # Said on the Updates tab at every check, not only the first: otherwise staff
        # read "answered normally" while a newer pack waits for software or a key.
        # While its own pack is listed the kiosk keeps to it: other packs go unnamed.
        own = current[0] if current is not None and any(
            e.id == current[0] for e in listing.packs) else None
        self.not_taken = [
            translate("Channel", "version {version} of {pack} {why}").fill(
                version=e.version, pack=e.id, why=why)
            for e, why in blocked
            if (own is None or e.id == own) and e.version > known.get(e.id, 0)
            and (chosen is None or e.id != chosen.id or e.version > chosen.version)]
        return chosen

    def _keys(self) -> str:
        return sha256("\n".join(sorted(signing.trusted_keys(
            self.settings.trusted_keys))).encode("utf-8")).hexdigest()[:16]

    def refusals(self) -> channelfiles.Refusals:
        return channelfiles.Refusals(self.root, self._keys())

    def _refuse(self, what: str, why: Value | None) -> None:
        self.refusals().add(what, why)

    def poll(self) -> ChannelEntry | None:
        return self.choose(self.fetch_listing())

    def pending(self) -> Path | None:
        """A downloaded, verified pack waiting for the next attract screen, from this
        address: one another address offered (staff tried a pilot channel, then went
        back) is not this channel's to install. Only reads: the UI thread asks at every
        welcome screen, and such a pack is dropped by the next check or install."""
        waiting, ours = self._waiting()
        return waiting if ours else None

    def _waiting(self) -> tuple[Path | None, bool]:
        """The pack waiting, if any, and whether this address is the one noted for it."""
        if not self._ready.is_dir():
            return None, False
        ready = sorted(self._ready.glob(f"*{SUFFIX}"))
        if not ready:
            return None, False
        noted = channelfiles.ready_from(self.root)
        return ready[-1], noted is not None and noted[0] == self.url

    def _drop_another_address(self) -> None:
        waiting, ours = self._waiting()
        if waiting is not None and not ours:
            channelfiles.forget_downloads(self.root)

    def check(self, progress: Progress | None = None, stop: threading.Event | None = None,
              again: bool = False) -> Path | None:
        """Poll and, if there is something newer, download it. Returns the ready file.

        A pack whose last copy did not match the list waits before it is downloaded
        again, unless ``again`` (staff asked for a check now)."""
        self._drop_another_address()
        entry = self.poll()
        if entry is None:
            # Nothing to take: a pack waiting is no longer listed (withdrawn), or no
            # longer newer than what the kiosk has had (staff went back).
            channelfiles.forget_downloads(self.root)
            return None
        waiting = None if again else self.mismatches.wait_until(entry.sha256, _now())
        if waiting is not None and \
                channelfiles.ready_from(self.root) != (self.url, entry.sha256):
            until, misses = waiting
            raise ChannelError(MISMATCH.fill(file=entry.file, count=misses,
                                             time=local_minute(until)))
        return self.download(entry, progress, stop)

    def download(self, entry: ChannelEntry, progress: Progress | None = None,
                 stop: threading.Event | None = None) -> Path:
        return self.downloader.download(entry, progress, stop)

    def install_pending(self, progress: Progress | None = None
                        ) -> tuple[Installed, Pack] | None:
        """Install the waiting pack (call at the attract screen). Refused packs are dropped.
        Returns what was installed and the pack as the kiosk will show it."""
        self._drop_another_address()
        path = self.pending()
        if path is None:
            return None
        try:
            installed = self.store.install_pack(path, Source.CHANNEL, progress)
        except PackError as error:
            log.error("the downloaded pack %s was refused: %s", path.name, error)
            if not error.transient:
                self._refuse(sha256_of(path), error.problems[0].phrase
                             if error.problems else None)
                path.unlink(missing_ok=True)
            raise
        path.unlink(missing_ok=True)
        return installed

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

