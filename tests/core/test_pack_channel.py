"""Following an update channel, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import ipaddress
import json
import shutil
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from kpack_helpers import build, make_pack, make_store, new_key, pub_text

from kiosk.core import channel, channeldownload, channelfiles, signing, trust, updatelist, webfetch
from kiosk.core.channel import ChannelClient
from kiosk.core.kpack import DEFAULT_LIMITS
from kiosk.core.listmemory import Accepted, ListMemory
from kiosk.core.localtime import local_day
from kiosk.core.phrases import render
from kiosk.core.problems import PackError
from kiosk.core.store import PackStore, Source
from kiosk.core.structure import structure
from kiosk.core.updatelist import CHANNEL_FILE, ChannelError, publish


@dataclass
class Server:
    root: Path
    url: str = ""
    use_etag: bool = True
    requests: list[dict[str, str]] = field(default_factory=list)
    cut_after: dict[str, int] = field(default_factory=dict)
    served: dict[str, int] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    wrong_resume: bool = False  # answers every range from the start, as "206 bytes 0-"
    altered: dict[str, bytes] = field(default_factory=dict)  # sent instead of the file


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            name, _, query = self.path.lstrip("/").partition("?")
            server.requests.append({"path": name, "query": query,
                                    **{k: v for k, v in self.headers.items()}})
            if name in server.redirects:
                self.send_response(302)
                self.send_header("Location", server.redirects[name])
                self.end_headers()
                return
            path = server.root / name
            if "/" in name or not path.is_file():
                self.send_error(404)
                return
            data = server.altered.get(name) or path.read_bytes()
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
            inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            if (server.use_etag and inm == etag) or (inm is None and ims == modified):
                self.send_response(304)
                self.end_headers()
                return
            start = 0
            wanted = self.headers.get("Range", "")
            if_range = self.headers.get("If-Range")
            if wanted.startswith("bytes=") and if_range in (None, etag, modified):
                start = int(wanted[6:].split("-")[0])
            partial = bool(start)
            if server.wrong_resume:
                start = 0
            body = data[start:]
            self.send_response(206 if partial else 200)
            if partial:
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            self.send_header("Content-Length", str(len(body)))
            if server.use_etag:
                self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            cut = server.cut_after.pop(name, None)
            if cut is not None:
                body = body[:cut]
                self.close_connection = True
            self.wfile.write(body)
            self.wfile.flush()
            server.served[name] = server.served.get(name, 0) + len(body)

    return Handler


def _serve(state: Server, handler: type[BaseHTTPRequestHandler],
           tls: ssl.SSLContext | None = None) -> ThreadingHTTPServer:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    host, port = httpd.server_address[:2]
    assert host == "127.0.0.1"  # tests only ever talk to loopback
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    state.url = f"{'https' if tls else 'http'}://127.0.0.1:{port}/"
    return httpd


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    state = Server(tmp_path / "channel")
    state.root.mkdir()
    httpd = _serve(state, _handler(state))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


NO_PROXY = (urllib.request.ProxyHandler({}),)
LOCAL = ["127.0.0.1"]  # the test server is named as inside the clinic: plain http is allowed


@dataclass
class Fleet:
    tmp: Path
    key: object
    store: PackStore
    client: ChannelClient
    server: Server

    def publish(self, version: int, key: object | None = None, **kwargs: object) -> Path:
        folder = make_pack(self.tmp / f"src{version}", version, **kwargs)
        name = f"{kwargs['pack_id']}-v{version}" if "pack_id" in kwargs else f"v{version}"
        path = build(folder, self.tmp / f"{name}.kpack", key or self.key)  # type: ignore[arg-type]
        publish([path], self.server.root, self.key,  # type: ignore[arg-type]
                addresses=[self.server.url])
        return path

    def rewrite_listing(self, change: Callable[[dict[str, Any]], None],
                        key: object | None = None) -> bytes:
        """Change what the channel's list says and sign it again (as its publisher could)."""
        path = self.server.root / CHANNEL_FILE
        raw = json.loads(path.read_text(encoding="utf-8"))
        change(raw["signed"])
        listing = structure(raw["signed"], updatelist.ChannelListing, extra="ignore")
        data = updatelist.sign(listing, key or self.key)  # type: ignore[arg-type]
        path.write_bytes(data)
        return data


@pytest.fixture
def fleet(tmp_path: Path, server: Server) -> Fleet:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    store.settings = store.settings.updated(local_update_hosts=LOCAL)
    client = ChannelClient(server.url, store.data_dir, store.settings, store, timeout=10,
                           handlers=NO_PROXY)
    return Fleet(tmp_path, key, store, client, server)


def test_poll_download_and_install_at_the_attract_screen(fleet: Fleet) -> None:
    fleet.publish(2)
    fleet.publish(3)
    listing = json.loads((fleet.server.root / CHANNEL_FILE).read_text())
    assert [p["version"] for p in listing["signed"]["packs"]] == [2, 3]
    ready = fleet.client.check()
    assert ready is not None and ready == fleet.client.pending()
    assert fleet.store.status().active is None  # not until the attract screen
    result = fleet.client.install_pending()
    assert result is not None
    installed, pack = result
    assert installed.version == 3 and installed.source == "channel"
    assert pack.version == 3 and pack.root == installed.folder  # as the kiosk will show it
    assert fleet.client.pending() is None
    assert fleet.client.poll() is None  # nothing newer


def test_conditional_requests_with_etag(fleet: Fleet) -> None:
    fleet.publish(2)
    fleet.client.fetch_listing()
    fleet.client.fetch_listing()
    first, second = [r for r in fleet.server.requests if r["path"] == CHANNEL_FILE]
    assert "If-None-Match" not in first
    assert second["If-None-Match"].startswith('"')
    assert fleet.server.served[CHANNEL_FILE] == len((fleet.server.root / CHANNEL_FILE)
                                                    .read_bytes())  # the 304 sent no body


def test_conditional_requests_with_last_modified(fleet: Fleet) -> None:
    fleet.server.use_etag = False
    fleet.publish(2)
    assert fleet.client.poll() is not None
    assert fleet.client.poll() is not None  # answered from the cache after a 304
    second = [r for r in fleet.server.requests if r["path"] == CHANNEL_FILE][1]
    assert "If-Modified-Since" in second and "If-None-Match" not in second


def test_download_resumes_after_a_cut(fleet: Fleet) -> None:
    path = fleet.publish(2)
    name = "org.example.test-pack-v2.kpack"
    size = path.stat().st_size
    fleet.server.cut_after[name] = size // 3
    with pytest.raises(ChannelError, match="cut"):
        fleet.client.check()
    assert fleet.client.pending() is None
    assert fleet.server.served[name] == size // 3
    ready = fleet.client.check()
    assert ready is not None and ready.read_bytes() == path.read_bytes()
    resumed = [r for r in fleet.server.requests if r["path"] == name][-1]
    assert resumed["Range"] == f"bytes={size // 3}-"
    assert fleet.server.served[name] == size  # the second request sent only the rest
    assert fleet.client.install_pending() is not None


def test_packs_from_untrusted_keys_are_refused_once(fleet: Fleet) -> None:
    other = new_key()
    fleet.publish(2, key=other)
    with pytest.raises(ChannelError, match="does not trust"):
        fleet.client.check()
    assert fleet.client.pending() is None
    assert fleet.client.poll() is None  # not downloaded again at every poll
    # Yet every check still says why it is not taken: staff read "answered normally"
    # from the second check on, and never learned there was a key to trust.
    said = [render(why) for why in fleet.client.not_taken]
    assert len(said) == 1 and said[0].startswith(
        "version 2 of org.example.test-pack is signed with key ") and \
        "which this kiosk does not trust" in said[0], said
    # The key in fours, as the Keys tab shows it for staff to compare by eye.
    shown = said[0].split("signed with key ")[1].split(",")[0]
    assert shown == trust.grouped(signing.key_id(other.public_key()), 4)
    # Until staff trust that key: then the same bytes are taken (a refusal for the
    # kiosk's own settings is not one for the pack's bytes).
    fleet.client.settings = fleet.store.settings = fleet.store.settings.updated(
        trusted_keys=[*fleet.store.settings.trusted_keys, pub_text(other)])
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None


def test_older_versions_are_ignored(fleet: Fleet) -> None:
    fleet.store.install(build(make_pack(fleet.tmp / "v5", 5), fleet.tmp / "v5.kpack",
                              fleet.key))  # type: ignore[arg-type]
    fleet.publish(4)
    assert fleet.client.poll() is None
    assert fleet.client.check() is None


def test_publish_keeps_the_last_versions_and_refuses_unsigned(fleet: Fleet, tmp_path: Path) -> None:
    for version in (2, 3, 4, 5):
        fleet.publish(version)
    listing = json.loads((fleet.server.root / CHANNEL_FILE).read_text())
    assert [p["version"] for p in listing["signed"]["packs"]] == [3, 4, 5]
    assert not (fleet.server.root / "org.example.test-pack-v2.kpack").exists()
    unsigned = build(make_pack(tmp_path / "u", 9), tmp_path / "u.kpack")
    with pytest.raises(ChannelError, match="signed"):
        publish([unsigned], fleet.server.root, fleet.key,  # type: ignore[arg-type]
                addresses=[fleet.server.url])


def test_a_pack_the_store_refuses_is_dropped(fleet: Fleet) -> None:
    fleet.publish(2)
    assert fleet.client.check() is not None
    # Meanwhile staff installed the same version by hand.
    fleet.store.install(fleet.tmp / "v2.kpack")
    with pytest.raises(PackError, match="not newer"):
        fleet.client.install_pending()
    assert fleet.client.pending() is None



def test_a_refusal_is_final_whatever_words_it_holds(fleet: Fleet) -> None:
    """A pack refused for good is dropped, even when a file or page name in the refusal
    holds a word like "disk" (a topic called slipped-disk was once retried for ever)."""
    folder = make_pack(fleet.tmp / "src2", 2, pack_id="org.example.slipped-disk")
    publish([build(folder, fleet.tmp / "v2.kpack", fleet.key)], fleet.server.root,
            fleet.key, addresses=[fleet.server.url])
    assert fleet.client.check() is not None
    fleet.store.install(fleet.tmp / "v2.kpack")  # the same version, by hand, meanwhile
    with pytest.raises(PackError, match="disk"):
        fleet.client.install_pending()
    assert fleet.client.pending() is None


def test_a_full_disk_keeps_the_download_for_later(fleet: Fleet,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fleet.publish(2)
    assert fleet.client.check() is not None
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=1024))
    with pytest.raises(PackError, match="disk is full") as refused:
        fleet.client.install_pending()
    assert refused.value.transient
    assert fleet.client.pending() is not None  # kept: it may fit once space is freed
    monkeypatch.setattr(shutil, "disk_usage", real)
    assert fleet.client.install_pending() is not None

def test_damaged_download_is_refused(fleet: Fleet) -> None:
    fleet.publish(2)
    fleet.rewrite_listing(lambda signed: signed["packs"][0].update(sha256="0" * 64))
    with pytest.raises(ChannelError, match="does not match the update list"):
        fleet.client.check()


def test_server_errors_are_explained(fleet: Fleet, tmp_path: Path) -> None:
    with pytest.raises(ChannelError, match="404"):
        fleet.client.poll()
    (fleet.server.root / CHANNEL_FILE).write_text("{not json")
    with pytest.raises(ChannelError, match="damaged"):
        fleet.client.poll()
    (fleet.server.root / CHANNEL_FILE).write_text(json.dumps({"channel_format": 99}))
    with pytest.raises(ChannelError, match="update the kiosk"):
        fleet.client.poll()
    closed = ChannelClient("http://127.0.0.1:9/", fleet.store.data_dir, fleet.store.settings,
                           fleet.store, timeout=2, handlers=NO_PROXY)
    with pytest.raises(ChannelError, match="cannot reach"):
        closed.poll()
    for bad in ("ftp://example.org/", "file:///etc/", "channel.json"):
        with pytest.raises(ChannelError, match="http"):
            ChannelClient(bad, fleet.store.data_dir, fleet.store.settings, fleet.store)


def test_a_download_can_be_paused(fleet: Fleet) -> None:
    fleet.publish(2)
    stop = threading.Event()
    stop.set()
    with pytest.raises(ChannelError, match="paused"):
        fleet.client.check(stop=stop)
    assert fleet.client.check() is not None


def test_redirects_away_from_the_web_are_refused(fleet: Fleet) -> None:
    fleet.server.redirects[CHANNEL_FILE] = "ftp://127.0.0.1/channel.json"
    with pytest.raises(ChannelError, match="which is not a web address"):
        fleet.client.poll()
    fleet.server.redirects[CHANNEL_FILE] = "file:///etc/passwd"  # urllib's own refusal
    with pytest.raises(ChannelError, match="not allowed"):
        fleet.client.poll()


def test_client_from_settings(fleet: Fleet) -> None:
    settings = fleet.store.settings
    assert ChannelClient.from_settings(fleet.store.data_dir, settings, fleet.store) is None
    settings = settings.updated(update_url=fleet.server.url)
    client = ChannelClient.from_settings(fleet.store.data_dir, settings, fleet.store)
    assert client is not None and client.url == fleet.server.url + CHANNEL_FILE


def test_full_disk_while_downloading(fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    fleet.publish(2)

    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(ChannelError, match="disk is full"):
        fleet.client.check()
    monkeypatch.undo()
    assert fleet.client.check() is not None


def test_a_mislabelled_listing_does_not_cost_the_real_pack_for_good(fleet: Fleet) -> None:
    """#15: one listing that names the real v4 as v5 made the kiosk refuse v4's bytes for
    ever. The bytes are refused only under the label they were offered with."""
    fleet.publish(4)
    fleet.rewrite_listing(lambda signed: (signed["packs"][0].update(version=5),
                                          signed.update(version=signed["version"] + 1)))
    with pytest.raises(ChannelError, match="not the pack the channel says it is"):
        fleet.client.check()
    assert fleet.client.poll() is None  # the lie is not fetched again at every poll
    # The publisher puts it right, in a newer list.
    fleet.rewrite_listing(lambda signed: (signed["packs"][0].update(version=4),
                                          signed.update(version=signed["version"] + 1)))
    ready = fleet.client.check()
    assert ready is not None and fleet.client.install_pending() is not None
    assert fleet.store.status().active is not None
    assert fleet.store.status().active.version == 4


def test_a_cut_download_of_a_pack_no_longer_wanted_is_removed(fleet: Fleet) -> None:
    """#15: a cut download stayed in channel/downloads/ for ever."""
    path = fleet.publish(2)
    name = "org.example.test-pack-v2.kpack"
    fleet.server.cut_after[name] = path.stat().st_size // 2
    with pytest.raises(ChannelError, match="cut"):
        fleet.client.check()
    downloads = fleet.store.data_dir.root / "channel" / "downloads"
    assert (downloads / f"{name}.part").is_file()
    # Meanwhile staff installed v2 from a USB stick: nothing on the channel is wanted now.
    fleet.store.install(fleet.tmp / "v2.kpack")
    assert fleet.client.check() is None
    assert list(downloads.iterdir()) == []
    # And a newer pack's download starts clean of an older one's cut part.
    fleet.server.cut_after[name] = 10
    fleet.publish(3)
    (downloads / f"{name}.part").write_bytes(b"x" * 10)
    assert fleet.client.check() is not None
    assert list(downloads.iterdir()) == []


# -- #15: the update list is signed, numbered and dated, as TUF teaches ------------------------


def test_an_update_list_a_trusted_key_did_not_sign_is_not_used(fleet: Fleet) -> None:
    fleet.publish(2)
    listing_file = fleet.server.root / CHANNEL_FILE
    signed = json.loads(listing_file.read_text(encoding="utf-8"))
    # Format 1 (no signature), as a man in the middle could write it.
    listing_file.write_text(json.dumps({"channel_format": 1, **{
        k: v for k, v in signed["signed"].items() if k in ("updated_at", "packs")}}))
    with pytest.raises(ChannelError, match=r"no fresh update list yet: .*not signed"):
        fleet.client.poll()
    listing_file.write_text(json.dumps(signed))
    fleet.rewrite_listing(lambda s: None, key=new_key())
    with pytest.raises(ChannelError, match="does not trust"):
        fleet.client.poll()
    signed["signed"]["packs"][0]["version"] = 9  # altered after signing
    listing_file.write_text(json.dumps(signed))
    with pytest.raises(ChannelError, match="does not match its contents"):
        fleet.client.poll()
    assert fleet.client.pending() is None and not (fleet.tmp / "data/channel/ready").exists()


def test_an_older_update_list_is_refused_as_an_old_copy_or_a_replay(fleet: Fleet) -> None:
    fleet.publish(2)
    old = (fleet.server.root / CHANNEL_FILE).read_bytes()
    assert fleet.client.poll() is not None
    fleet.publish(3)
    assert fleet.client.poll() is not None
    second = updatelist.read_unchecked((fleet.server.root / CHANNEL_FILE).read_bytes())
    first = updatelist.read_unchecked(old)
    assert first.version < second.version
    (fleet.server.root / CHANNEL_FILE).write_bytes(old)  # an attacker replays the first
    with pytest.raises(ChannelError, match=(
            f"the server sent update list number {first.version}, older than number "
            f"{second.version} .*; the kiosk keeps to update list {second.version}, in date "
            f"until {local_day(second.expires_at())}")):
        fleet.client.poll()
    # Another list under a number the kiosk has seen is refused too (one number, one list).
    fleet.rewrite_listing(lambda s: s.update(version=second.version, packs=s["packs"][:1]))
    with pytest.raises(ChannelError, match=f"different update list under the number "
                                           f"{second.version}"):
        fleet.client.poll()
    publish([fleet.tmp / "v3.kpack"], fleet.server.root, fleet.key)  # type: ignore[arg-type]
    entry = fleet.client.poll()  # the publisher goes on, with a higher number
    assert entry is not None and entry.version == 3


def test_an_update_list_past_its_end_date_is_not_believed(
        fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    fleet.publish(2)
    assert fleet.client.poll() is not None
    believed = updatelist.read_unchecked((fleet.server.root / CHANNEL_FILE).read_bytes())
    ran_out = local_day(believed.expires_at())
    # A frozen channel: the server keeps answering "not modified" with the list it had,
    # long after its end date (30 days).
    later = updatelist._now() + dt.timedelta(days=31)
    monkeypatch.setattr(channel, "_now", lambda: later)
    with pytest.raises(ChannelError, match=f"no fresh update list since {ran_out}: the update "
                                           "list the server sent ran out on"):
        fleet.client.poll()
    assert [r for r in fleet.server.requests if r["path"] == CHANNEL_FILE][-1]["If-None-Match"]
    # A channel that is blocked or gone says the same: since when there has been none.
    (fleet.server.root / CHANNEL_FILE).rename(fleet.tmp / "hidden.json")
    with pytest.raises(ChannelError, match=f"no fresh update list since {ran_out}: the update "
                                           "server answered 404"):
        fleet.client.poll()
    (fleet.tmp / "hidden.json").rename(fleet.server.root / CHANNEL_FILE)
    # Signed again (publish with no files): believed again, under a higher number.
    listing = publish([], fleet.server.root, fleet.key, valid_days=60)  # type: ignore[arg-type]
    assert listing.version > believed.version and [p.version for p in listing.packs] == [2]
    assert listing.addresses == believed.addresses  # kept from the last list
    assert fleet.client.poll() is not None


def test_publish_numbers_and_dates_every_list(fleet: Fleet, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    fleet.publish(2)
    first = updatelist.read_unchecked((fleet.server.root / CHANNEL_FILE).read_bytes())
    fleet.publish(3)
    second = updatelist.read_unchecked((fleet.server.root / CHANNEL_FILE).read_bytes())
    assert first.version < second.version
    assert first.version >= int(updatelist._now().timestamp()) - 3600  # from the clock
    assert dt.timedelta(days=29) < second.expires_at() - updatelist._now() \
        <= dt.timedelta(days=30)
    assert second.addresses == [fleet.server.url]
    with pytest.raises(ChannelError, match="1 to 366 days"):
        publish([], fleet.server.root, fleet.key, valid_days=0)  # type: ignore[arg-type]
    # The channel folder lost and made again from scratch: its next list still numbers
    # above what kiosks have seen (they would refuse a list number 1 as a replay).
    assert fleet.client.poll() is not None
    remade = tmp_path / "remade"
    with pytest.raises(ChannelError, match="say where kiosks will find this channel"):
        publish([fleet.tmp / "v3.kpack"], remade, fleet.key)  # type: ignore[arg-type]
    assert not remade.exists()  # nothing written
    # Refused in the words a kiosk would say them in (webaddress.tidy's).
    with pytest.raises(ChannelError, match="the update address 'ftp://x/' must start with"):
        publish([], remade, fleet.key, addresses=["ftp://x/"])  # type: ignore[arg-type]
    a_day_on = updatelist._now() + dt.timedelta(days=1)  # remade the next day
    monkeypatch.setattr(updatelist, "_now", lambda: a_day_on)
    again = publish([fleet.tmp / "v3.kpack"], remade, fleet.key,  # type: ignore[arg-type]
                    addresses=[fleet.server.url + "channel.json"])
    assert again.version > second.version and again.addresses == [fleet.server.url]
    shutil.rmtree(fleet.server.root)
    shutil.copytree(remade, fleet.server.root)
    entry = fleet.client.poll()
    assert entry is not None and entry.version == 3


def test_a_list_once_numbered_by_a_clock_set_ahead_can_be_followed_again(
        fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    """IT's laptop, its clock in 2045, published once: the list's number follows the
    clock, and kiosks then refused every list of the folder made again with the clock
    right, as a replay, until 2045. They say the number they had; a list published
    ``--above`` it is followed."""
    right = updatelist._now()
    ahead = right.replace(year=2045)
    monkeypatch.setattr(updatelist, "_now", lambda: ahead)
    fleet.publish(2)
    monkeypatch.setattr(updatelist, "_now", lambda: right)
    assert fleet.client.poll() is not None
    had = updatelist.read_unchecked((fleet.server.root / CHANNEL_FILE).read_bytes()).version
    remade = fleet.server.root
    shutil.rmtree(remade)
    publish([fleet.tmp / "v2.kpack"], remade, fleet.key,  # type: ignore[arg-type]
            addresses=[fleet.server.url])
    with pytest.raises(ChannelError, match=f"publish its next list with --above {had}"):
        fleet.client.poll()
    listing = publish([], remade, fleet.key, above=had)  # type: ignore[arg-type]
    assert listing.version == had + 1
    assert fleet.client.poll() is not None


def test_a_kiosk_whose_clock_runs_ahead_says_so_of_a_list_run_out(
        fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kiosk whose clock read 2045 blamed the publisher for a list that ran out."""
    fleet.publish(2)
    ahead = updatelist._now().replace(year=2045)
    monkeypatch.setattr(channel, "_now", lambda: ahead)
    with pytest.raises(ChannelError, match=f"by this kiosk's clock, which reads "
                                           f"{ahead.astimezone().date().isoformat()}: if that "
                                           "date is wrong, set the clock"):
        fleet.client.poll()


def test_a_list_for_another_channel_is_not_followed(fleet: Fleet, tmp_path: Path) -> None:
    """Two channels signed with one key: the other's list, served at this kiosk's address,
    must neither be followed nor raise the number this kiosk expects (which froze it)."""
    fleet.publish(2)
    assert fleet.client.poll() is not None
    other = tmp_path / "other-channel"
    publish([fleet.tmp / "v2.kpack"], other, fleet.key,  # type: ignore[arg-type]
            addresses=["https://karachi.example.org/kiosk/"])
    mine = (fleet.server.root / CHANNEL_FILE).read_bytes()
    (fleet.server.root / CHANNEL_FILE).write_bytes((other / CHANNEL_FILE).read_bytes())
    with pytest.raises(ChannelError, match=r"for another channel \(https://karachi"):
        fleet.client.poll()
    (fleet.server.root / CHANNEL_FILE).write_bytes(mine)
    assert fleet.client.poll() is not None  # and its own list still follows


def test_older_kiosk_software_is_told_to_update_not_that_the_list_is_damaged(
        fleet: Fleet) -> None:
    fleet.publish(2)
    raw = json.loads((fleet.server.root / CHANNEL_FILE).read_text(encoding="utf-8"))
    assert raw["channel_format"] == 2  # where format-1 kiosks look for it


def test_a_list_too_big_and_a_pack_bigger_than_listed_are_refused(fleet: Fleet) -> None:
    fleet.publish(2)
    listing_file = fleet.server.root / CHANNEL_FILE
    good = listing_file.read_bytes()
    listing_file.write_bytes(good[:-1] + b" " * (updatelist.MAX_CHANNEL_BYTES + 1) + b"}")
    with pytest.raises(ChannelError, match="too big"):
        fleet.client.poll()
    listing_file.write_bytes(good)
    pack = fleet.server.root / "org.example.test-pack-v2.kpack"
    pack.write_bytes(pack.read_bytes() + b"more")  # a server sending more than was signed
    with pytest.raises(ChannelError, match="bigger than the channel says"):
        fleet.client.check()
    assert fleet.client.pending() is None


# -- #15: no rollback through the channel ----------------------------------------------------


def test_a_staff_rollback_holds_until_a_newer_version_appears(fleet: Fleet) -> None:
    fleet.publish(2)
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    fleet.publish(3)
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    fleet.store.rollback()  # staff go back from v3: something in it was wrong
    assert fleet.store.status().active.version == 2  # type: ignore[union-attr]
    assert fleet.client.poll() is None  # v3 is not fetched and installed again
    assert [e.version for e in fleet.client.held_back] == [3]  # and staff are told why
    assert fleet.client.check() is None
    fleet.publish(4)  # the fixed version
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    assert fleet.store.status().active.version == 4  # type: ignore[union-attr]
    assert fleet.client.poll() is None and fleet.client.held_back == []


def test_another_pack_id_cannot_walk_the_kiosk_back_to_old_content(fleet: Fleet) -> None:
    """A kiosk on pack A v3, moved to pack B (same key), was then given A v1 by a listing
    that names only A v1: the old content went live. Now it never takes a version of a pack
    no newer than one it has had."""
    for version in (1, 3):
        fleet.publish(version)
    a_v1 = fleet.tmp / "v1.kpack"
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    assert fleet.store.status().active_id_version == ("org.example.test-pack", 3)
    fleet.publish(1, pack_id="org.example.other-pack")
    fleet.rewrite_listing(lambda s: s.update(
        packs=[p for p in s["packs"] if p["id"] == "org.example.other-pack"],
        version=s["version"] + 1))
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    assert fleet.store.status().active_id_version == ("org.example.other-pack", 1)
    fleet.rewrite_listing(lambda s: s.update(packs=[], version=s["version"] + 1))
    publish([a_v1], fleet.server.root, fleet.key)  # type: ignore[arg-type]  # same address
    assert fleet.client.poll() is None
    # And if a download got that far, the store refuses it from the channel too.
    with pytest.raises(PackError, match="has had version 3 of this pack"):
        fleet.store.install(a_v1, Source.CHANNEL)
    assert fleet.store.status().active_id_version == ("org.example.other-pack", 1)
    fleet.store.install(a_v1, Source.USB)  # staff may, from a stick, on purpose


def test_a_channel_with_two_packs_does_not_swap_what_patients_see(fleet: Fleet) -> None:
    """A kiosk on the newest of pack A, on a channel that also carries pack B, stays on A
    (the rollback memory once made it take B v1, then A again at A's next version)."""
    fleet.publish(3)
    fleet.publish(1, pack_id="org.example.other-pack")
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    assert fleet.store.status().active_id_version == ("org.example.test-pack", 3)
    assert fleet.client.poll() is None and fleet.client.check() is None
    fleet.publish(4)
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    assert fleet.store.status().active_id_version == ("org.example.test-pack", 4)


def test_losing_the_list_memory_does_not_reopen_replays(fleet: Fleet) -> None:
    fleet.publish(2)
    old = (fleet.server.root / CHANNEL_FILE).read_bytes()
    fleet.publish(3)
    assert fleet.client.poll() is not None
    (fleet.store.data_dir.root / "channel" / "list.json").write_text("{damaged")
    (fleet.server.root / CHANNEL_FILE).write_bytes(old)
    with pytest.raises(ChannelError, match="older than number"):
        fleet.client.poll()  # the cached list, checked when saved, stands in


def test_the_highest_version_is_remembered_over_a_damaged_memory(fleet: Fleet) -> None:
    fleet.publish(2)
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    (fleet.store.root / "highest.json").write_text("{[")
    assert fleet.store.highest_installed("org.example.test-pack") == 2  # what is on disk


# -- #15: https by default; a deadline for the whole request -----------------------------------


def test_plain_http_only_from_a_server_staff_named_as_inside_the_clinic(fleet: Fleet) -> None:
    data, store = fleet.store.data_dir, fleet.store
    unnamed = store.settings.updated(local_update_hosts=[])
    with pytest.raises(ChannelError, match=r"plain http://.*use https://"):
        ChannelClient("http://updates.example.org/kiosk/", data, unnamed, store)
    ChannelClient("https://updates.example.org/kiosk/", data, unnamed, store)
    named = unnamed.updated(local_update_hosts=["Updates.Example.org"])
    ChannelClient("http://updates.example.org:8080/kiosk/", data, named, store)
    # A named server that sends the kiosk on to a server nobody named is not followed.
    port = fleet.server.url.rsplit(":", 1)[1].rstrip("/")
    fleet.server.redirects[CHANNEL_FILE] = f"http://localhost:{port}/other.json"
    with pytest.raises(ChannelError, match=r"'http://localhost:.*' uses plain http://"):
        fleet.client.poll()
    assert "other.json" not in [r["path"] for r in fleet.server.requests]  # never asked


def test_a_signed_address_keeps_its_query_for_the_list_and_the_pack(fleet: Fleet) -> None:
    fleet.publish(2)
    store = fleet.store
    client = ChannelClient(fleet.server.url + "?token=abc", store.data_dir, store.settings,
                           store, timeout=10, handlers=NO_PROXY)
    assert client.url == fleet.server.url + "channel.json?token=abc"
    assert client.check() is not None
    asked = {(r["path"].rsplit("-", 1)[-1], r["query"]) for r in fleet.server.requests}
    assert asked == {("channel.json", "token=abc"), ("v2.kpack", "token=abc")}


@pytest.mark.parametrize("written", ["{url}\u200f", "\ufeff {url}channel.json\u200e ",
                                     "HTTP://{host}/"])
def test_an_address_copied_with_invisible_marks_or_capitals_is_followed(
        fleet: Fleet, written: str) -> None:
    store, url = fleet.store, fleet.server.url
    fleet.publish(2)
    client = ChannelClient(written.format(url=url, host=url.split("/")[2]), store.data_dir,
                           store.settings, store, timeout=10, handlers=NO_PROXY)
    assert client.url == url + CHANNEL_FILE
    assert client.poll() is not None


def test_a_saved_address_that_cannot_be_one_is_explained_in_words(fleet: Fleet) -> None:
    data, store = fleet.store.data_dir, fleet.store
    with pytest.raises(ChannelError, match=r"server's name .* has a space in it"):
        ChannelClient("https://kiosk updates.example.org/c/", data, store.settings, store)
    urdu = "\u06a9\u06cc\u0648\u0633\u06a9"
    client = ChannelClient(f"https://updates.example.org/{urdu} updates/", data,
                           store.settings, store)
    assert client.url == \
        "https://updates.example.org/%DA%A9%DB%8C%D9%88%D8%B3%DA%A9%20updates/channel.json"


def _certificate(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A server's TLS context with a certificate for 127.0.0.1, and a client's that trusts
    only that certificate (as a kiosk trusts the public authorities)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "clinic updates")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert_file, key_file)
    return server_side, ssl.create_default_context(cafile=str(cert_file))


def test_an_https_channel_from_download_to_install(fleet: Fleet, tmp_path: Path) -> None:
    server_side, client_side = _certificate(tmp_path)
    state = Server(fleet.server.root)
    httpd = _serve(state, _handler(state), server_side)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        unnamed = fleet.store.settings.updated(local_update_hosts=[])
        client = ChannelClient(state.url, fleet.store.data_dir, unnamed, fleet.store,
                               timeout=10, handlers=NO_PROXY, ssl_context=client_side)
        fleet.publish(2)
        publish([], fleet.server.root, fleet.key,  # type: ignore[arg-type]
                addresses=[fleet.server.url, state.url])  # the same folder, both ways
        assert client.check() is not None and client.install_pending() is not None
        assert [r["path"] for r in state.requests] == [CHANNEL_FILE,
                                                       "org.example.test-pack-v2.kpack"]
        # A server whose certificate the kiosk cannot check is not believed.
        doubtful = ChannelClient(state.url, fleet.store.data_dir, unnamed, fleet.store,
                                 timeout=10, handlers=NO_PROXY)
        with pytest.raises(ChannelError, match=r"cannot reach .*CERTIFICATE_VERIFY_FAILED"):
            doubtful.poll()
    finally:
        httpd.shutdown()
        httpd.server_close()


@dataclass
class Trickle:
    url: str
    context: ssl.SSLContext | None
    body: bytearray  # what it sends before it stops; the test may set it


@pytest.fixture(params=["http", "https"])
def trickle(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Trickle]:
    """A server that sends its headers and the first bytes of a body, then nothing, until
    the test ends."""
    done = threading.Event()
    server_side, client_side = _certificate(tmp_path) if request.param == "https" \
        else (None, None)
    slow = Trickle("", client_side, bytearray(b"{"))

    class Slow(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(bytes(slow.body))
            self.wfile.flush()
            done.wait()

    state = Server(tmp_path)
    httpd = _serve(state, Slow, server_side)
    slow.url = state.url
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield slow
    done.set()
    httpd.shutdown()
    httpd.server_close()


def test_a_server_that_trickles_is_cut_at_the_deadline(fleet: Fleet, trickle) -> None:
    """#15: one byte a second held "Check now", and every later update, until a restart.
    The server here never finishes: only the deadline for the whole request ends it."""
    slow = ChannelClient(trickle.url, fleet.store.data_dir, fleet.store.settings,
                         fleet.store, timeout=600, handlers=NO_PROXY,
                         ssl_context=trickle.context, listing_seconds=1)
    with pytest.raises(ChannelError, match=r"took longer than 1 seconds to send channel.json"):
        slow.poll()
    fleet.publish(2)
    assert fleet.client.check() is not None  # and the kiosk goes on with a good server


def test_a_download_that_trickles_is_cut_and_resumed_later(fleet: Fleet, trickle) -> None:
    path = fleet.publish(2)
    entry = fleet.client.poll()
    assert entry is not None
    trickle.body[:] = path.read_bytes()[:1000]  # the real start of the pack, then nothing
    slow = ChannelClient(trickle.url, fleet.store.data_dir, fleet.store.settings,
                         fleet.store, timeout=600, handlers=NO_PROXY,
                         ssl_context=trickle.context, download_seconds=1)
    with pytest.raises(ChannelError, match=f"took longer than 1 seconds to send {entry.file}"):
        slow.download(entry)
    part = fleet.store.data_dir.root / "channel" / "downloads" / f"{entry.file}.part"
    # However far it got before the cut (a busy machine may not get the first bytes in
    # time), what it kept is the pack's own start, and the next try finishes from there.
    kept = part.read_bytes() if part.exists() else b""
    assert path.read_bytes().startswith(kept)
    ready = fleet.client.download(entry)
    assert ready.read_bytes() == path.read_bytes()
    asked = [r for r in fleet.server.requests if r["path"] == entry.file][-1]
    assert asked.get("Range") == (f"bytes={len(kept)}-" if kept else None)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time zones set by TZ: not on Windows")
def test_a_list_s_end_is_dated_by_the_kiosk_s_own_calendar(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The run-out message gave "today" by the kiosk's calendar and the list's end by
    UTC's: in Pakistan (UTC+5) a list ending at 20:00 UTC on the 7th ran out on the 8th."""
    monkeypatch.setenv("TZ", "Asia/Karachi")
    time.tzset()
    try:
        ends = Accepted(url="https://example.org/", version=3, digest="d",
                        expires="2026-12-07T20:00:00+00:00")
        assert ends.day() == "2026-12-08"
        refused = ListMemory.refused(ends, "the server answered 404",
                                     dt.datetime(2026, 12, 9, tzinfo=dt.UTC))
        assert "no fresh update list since 2026-12-08" in str(refused)
    finally:
        monkeypatch.undo()  # TZ as it was, then the C library told so
        time.tzset()


def test_a_download_resumed_at_the_wrong_place_starts_again(fleet: Fleet) -> None:
    """A proxy answering every range from the start kept the cut part for good: every
    poll after said "resumed at the wrong place" and nothing more was ever downloaded."""
    path = fleet.publish(2)
    name = "org.example.test-pack-v2.kpack"
    fleet.server.cut_after[name] = path.stat().st_size // 3
    with pytest.raises(ChannelError, match="cut"):
        fleet.client.check()
    fleet.server.wrong_resume = True
    with pytest.raises(ChannelError, match="wrong place; it will be downloaded again"):
        fleet.client.check()
    assert not list((fleet.store.data_dir.root / "channel" / "downloads").iterdir())
    ready = fleet.client.check()  # from the start: no range asked, so none answered wrongly
    assert "Range" not in [r for r in fleet.server.requests if r["path"] == name][-1]
    assert ready is not None and ready.read_bytes() == path.read_bytes()


def test_a_copy_that_does_not_match_the_list_is_not_downloaded_at_every_poll(
        fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pack re-uploaded without publishing again (or a stale proxy's copy) was
    downloaded whole at every poll, twice an hour for as long as it stayed so."""
    path = fleet.publish(2)
    name = "org.example.test-pack-v2.kpack"
    fleet.server.altered[name] = path.read_bytes()[:-1] + b"?"
    start = channel._now()
    monkeypatch.setattr(channel, "_now", lambda: start)

    def downloads() -> int:
        return len([r for r in fleet.server.requests if r["path"] == name])

    with pytest.raises(ChannelError, match=r"does not match the update list \(copies that "
                                           r"did not match so far: 1\)"):
        fleet.client.check()
    assert downloads() == 1
    for _ in range(3):  # the polls of the next 25 minutes
        with pytest.raises(ChannelError, match="tries it again after"):
            fleet.client.check()
    assert downloads() == 1
    # Then once more, and then twice as long before the next try.
    monkeypatch.setattr(channel, "_now", lambda: start + dt.timedelta(minutes=26))
    with pytest.raises(ChannelError, match=r"did not match so far: 2\)"):
        fleet.client.check()
    monkeypatch.setattr(channel, "_now", lambda: start + dt.timedelta(minutes=60))
    with pytest.raises(ChannelError, match="tries it again after"):
        fleet.client.check()
    assert downloads() == 2
    # Staff asking for a check now try it at once; the server's copy put right is taken.
    del fleet.server.altered[name]
    ready = fleet.client.check(again=True)
    assert ready is not None and ready.read_bytes() == path.read_bytes()
    assert downloads() == 3
    # A note made under a clock set years ahead does not hold a download up for years.
    mismatches = channelfiles.Mismatches(fleet.store.data_dir.root)
    mismatches.missed("f" * 64, start.replace(year=2045))
    assert mismatches.wait_until("f" * 64, start) is None


def test_a_pack_an_old_address_offered_is_not_installed(fleet: Fleet, tmp_path: Path,
                                                        server: Server) -> None:
    """Staff tried a pilot channel, its v3 downloaded, then went back to the main
    address (which offers v2): the pilot's v3 was installed at the welcome screen."""
    fleet.publish(2)
    assert fleet.client.check() is not None
    assert fleet.client.install_pending() is not None  # v2 from the main channel
    pilot_root = tmp_path / "pilot"
    pilot_root.mkdir()
    pilot = Server(pilot_root)
    httpd = _serve(pilot, _handler(pilot))
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    try:
        v3 = build(make_pack(tmp_path / "src3", 3), tmp_path / "v3.kpack", fleet.key)  # type: ignore[arg-type]
        publish([v3], pilot_root, fleet.key, addresses=[pilot.url])  # type: ignore[arg-type]
        store = fleet.store
        to_pilot = ChannelClient(pilot.url, store.data_dir, store.settings, store, timeout=10,
                                 handlers=NO_PROXY)
        assert to_pilot.check() is not None  # v3 waits for the welcome screen
        back = ChannelClient(fleet.server.url, store.data_dir, store.settings, store,
                             timeout=10, handlers=NO_PROXY)
        assert back.pending() is None  # not the main channel's to install
        assert back.check() is None and back.install_pending() is None
        assert store.status().active_id_version == ("org.example.test-pack", 2)
        assert not list((store.data_dir.root / "channel" / "ready").glob("*.kpack"))
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_pack_withdrawn_from_the_list_is_not_installed(fleet: Fleet) -> None:
    """A publisher who takes a pack off the list (a mistake found in it) stops kiosks
    that downloaded it and have not installed it yet."""
    fleet.publish(2)
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    fleet.publish(3)
    assert fleet.client.check() is not None and fleet.client.pending() is not None
    fleet.rewrite_listing(lambda signed: signed.update(
        version=signed["version"] + 1,
        packs=[entry for entry in signed["packs"] if entry["version"] != 3]))
    assert fleet.client.check() is None
    assert fleet.client.pending() is None and fleet.client.install_pending() is None
    assert fleet.store.status().active_id_version == ("org.example.test-pack", 2)


def test_a_newer_pack_for_newer_software_is_named_at_every_check(fleet: Fleet) -> None:
    """A v3 that needs newer kiosk software was passed over at every poll without a
    word: the Updates tab said the server "answered normally"."""
    fleet.publish(2)
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    fleet.publish(3, min_app="99.0.0")
    for _ in range(2):
        assert fleet.client.check() is None
        assert [render(why) for why in fleet.client.not_taken] == [
            f"version 3 of org.example.test-pack needs kiosk software 99.0.0 or newer "
            f"(this kiosk has {channel.APP_VERSION}): update the kiosk software"]
    fleet.publish(4)  # a newer one it can take: nothing older left to mention
    assert fleet.client.check() is not None and fleet.client.not_taken == []


def test_what_a_network_or_server_did_is_said_in_words_staff_can_act_on(fleet: Fleet) -> None:
    """Found by a fault hunt: a Wi-Fi's sign-in page was taken for a plain-http update
    address or a damaged list, a redirect loop came out in urllib's lines of English, a
    server that stopped mid-list was "cannot reach", and a sign-in page sent for a pack
    was a download "cut at 180 bytes" at every poll."""
    def said() -> str:
        with pytest.raises(ChannelError) as caught:
            fleet.client.check()
        return str(caught.value)

    fleet.publish(2)
    fleet.server.redirects[CHANNEL_FILE] = "http://login.wifi.example.com/portal"
    assert "sent a web page, not channel.json: the network may need signing in" in said()
    del fleet.server.redirects[CHANNEL_FILE]
    listing = (fleet.server.root / CHANNEL_FILE).read_bytes()
    (fleet.server.root / CHANNEL_FILE).write_bytes(b"\n<!DOCTYPE html><html>Sign in</html>")
    assert "sent a web page, not channel.json" in said()
    (fleet.server.root / CHANNEL_FILE).write_bytes(listing)
    fleet.server.redirects[CHANNEL_FILE] = fleet.server.url + CHANNEL_FILE  # to itself
    loop = said()
    assert "kept sending the kiosk from one address to another for channel.json" in loop
    assert "\n" not in loop and "infinite loop" not in loop
    del fleet.server.redirects[CHANNEL_FILE]
    fleet.server.cut_after[CHANNEL_FILE] = 20
    stopped = said()
    assert "stopped sending the update list" in stopped and "cannot reach" not in stopped
    name = "org.example.test-pack-v2.kpack"
    fleet.server.altered[name] = b"<html><body>Please sign in to the clinic Wi-Fi</body></html>"
    assert f"sent a web page, not {name}" in said()
    del fleet.server.altered[name]
    assert fleet.client.check() is not None  # the network signed in: the pack comes


def test_a_month_of_wrong_copies_still_waits_a_day_between_tries(tmp_path: Path) -> None:
    """Found by review: at the 37th wrong copy (a month of daily tries) the wait overflowed
    a timedelta, nothing was noted, and every poll downloaded the whole pack again."""
    mismatches = channelfiles.Mismatches(tmp_path)
    now = channel._now()
    for _ in range(40):
        until, misses = mismatches.missed("a" * 64, now)
        assert now < until <= now + dt.timedelta(days=1)
    assert misses == 40 and mismatches.wait_until("a" * 64, now) == (until, 40)
    path = tmp_path / "channel" / "mismatches.json"
    path.write_text(json.dumps({"b" * 64: {"misses": 10**9, "until": until.isoformat()}}))
    assert mismatches.missed("b" * 64, now)[0] <= now + dt.timedelta(days=1)


def test_a_new_refusal_is_kept_whatever_its_checksum(tmp_path: Path) -> None:
    """Found by review: with a hundred refusals noted, a new one was let go at once when
    its checksum sorted first, and that pack was downloaded again at every poll."""
    refusals = channelfiles.Refusals(tmp_path, "keys")
    for n in range(100):
        refusals.add(f"f{n:063x}", None)
    refusals.add("0" * 64, None)
    kept = refusals.read()
    assert "0" * 64 in kept and len(kept) == 100 and f"f{0:063x}" not in kept


def test_the_newer_pack_of_another_id_is_not_named_while_the_kiosk_keeps_to_its_own(
        fleet: Fleet) -> None:
    """Found by review: staff were told to update the kiosk software for a pack the kiosk
    would never take (it keeps to its own pack while that is listed)."""
    fleet.publish(2)
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    fleet.publish(1, pack_id="org.example.other", min_app="99.0.0")
    assert fleet.client.check() is None and fleet.client.not_taken == []


def test_a_pack_published_again_with_other_bytes_replaces_the_one_waiting(
        fleet: Fleet) -> None:
    """Found by review: a waiting pack was reused by its file name, so a v3 put right and
    published again under the same name was installed as the bytes first sent."""
    fleet.publish(2)
    assert fleet.client.check() is not None and fleet.client.install_pending() is not None
    fleet.publish(3)
    first = fleet.client.check()
    assert first is not None
    fixed = fleet.publish(3, en="# A page\n\nThe words put right.\n")
    ready = fleet.client.check()
    assert ready is not None and ready.read_bytes() == fixed.read_bytes()
    installed = fleet.client.install_pending()
    assert installed is not None and "put right" in (
        installed[0].folder / "topics" / "first-topic" / "first-page.en.md"
    ).read_text(encoding="utf-8")


def test_a_pack_is_downloaded_and_accepted_with_only_what_the_downloader_is_given(
        fleet: Fleet) -> None:
    """The download-and-accept part stands on its own (channeldownload.py): the opener, the
    keys, the clock and where refusals go are all it knows of the client."""
    path = fleet.publish(2)
    entry = fleet.client.poll()
    assert entry is not None
    root = fleet.store.data_dir.root
    web = webfetch.opener(*NO_PROXY, allowed=lambda _url: True)
    now = channel._now() + dt.timedelta(days=300)  # its own clock, far from the real one
    keys: list[str] = []  # trusting nothing yet
    refused: list[str] = []

    downloader = channeldownload.Downloader(
        root, fleet.client.url, lambda request: web.open(request, timeout=10),
        lambda: keys, lambda: now, DEFAULT_LIMITS, 60.0, channelfiles.Mismatches(root),
        lambda what, _why: refused.append(what))
    fleet.server.altered[entry.file] = path.read_bytes()[:-1] + b"?"
    with pytest.raises(ChannelError, match="does not match the update list"):
        downloader.download(entry)
    assert channelfiles.Mismatches(root).wait_until(entry.sha256, now) is not None
    del fleet.server.altered[entry.file]
    with pytest.raises(ChannelError, match="which this kiosk does not trust"):
        downloader.download(entry)
    assert refused == [entry.sha256] and channelfiles.ready_from(root) is None
    keys.extend(fleet.store.settings.trusted_keys)
    ready = downloader.download(entry)
    assert ready.read_bytes() == path.read_bytes()
    assert channelfiles.ready_from(root) == (fleet.client.url, entry.sha256)
    assert fleet.client.pending() == ready
