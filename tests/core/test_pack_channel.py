"""Following an update channel, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import email.utils
import hashlib
import json
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from kpack_helpers import build, make_pack, make_store, new_key, pub_text

from kiosk.core.channel import CHANNEL_FILE, ChannelClient, ChannelError, publish
from kiosk.core.problems import PackError
from kiosk.core.store import PackStore


@dataclass
class Server:
    root: Path
    url: str = ""
    use_etag: bool = True
    requests: list[dict[str, str]] = field(default_factory=list)
    cut_after: dict[str, int] = field(default_factory=dict)
    served: dict[str, int] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            name = self.path.lstrip("/").split("?")[0]
            server.requests.append({"path": name, **{k: v for k, v in self.headers.items()}})
            if name in server.redirects:
                self.send_response(302)
                self.send_header("Location", server.redirects[name])
                self.end_headers()
                return
            path = server.root / name
            if "/" in name or not path.is_file():
                self.send_error(404)
                return
            data = path.read_bytes()
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
            body = data[start:]
            self.send_response(206 if start else 200)
            if start:
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


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    state = Server(tmp_path / "channel")
    state.root.mkdir()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    host, port = httpd.server_address[:2]
    assert host == "127.0.0.1"  # tests only ever talk to loopback
    state.url = f"http://127.0.0.1:{port}/"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Fleet:
    tmp: Path
    key: object
    store: PackStore
    client: ChannelClient
    server: Server

    def publish(self, version: int, key: object | None = None) -> Path:
        folder = make_pack(self.tmp / f"src{version}", version)
        path = build(folder, self.tmp / f"v{version}.kpack", key or self.key)  # type: ignore[arg-type]
        publish([path], self.server.root)
        return path


@pytest.fixture
def fleet(tmp_path: Path, server: Server) -> Fleet:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    client = ChannelClient(server.url, store.data_dir, store.settings, store, timeout=10,
                           opener=NO_PROXY)
    return Fleet(tmp_path, key, store, client, server)


def test_poll_download_and_install_at_the_attract_screen(fleet: Fleet) -> None:
    fleet.publish(2)
    fleet.publish(3)
    listing = json.loads((fleet.server.root / CHANNEL_FILE).read_text())
    assert [p["version"] for p in listing["packs"]] == [2, 3]
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
    fleet.publish(2, key=new_key())
    with pytest.raises(ChannelError, match="does not trust"):
        fleet.client.check()
    assert fleet.client.pending() is None
    assert fleet.client.poll() is None  # not downloaded again at every poll


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
    assert [p["version"] for p in listing["packs"]] == [3, 4, 5]
    assert not (fleet.server.root / "org.example.test-pack-v2.kpack").exists()
    unsigned = build(make_pack(tmp_path / "u", 9), tmp_path / "u.kpack")
    with pytest.raises(ChannelError, match="signed"):
        publish([unsigned], fleet.server.root)


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
    publish([build(folder, fleet.tmp / "v2.kpack", fleet.key)], fleet.server.root)
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
    listing_path = fleet.server.root / CHANNEL_FILE
    listing = json.loads(listing_path.read_text())
    listing["packs"][0]["sha256"] = "0" * 64
    listing_path.write_text(json.dumps(listing))
    with pytest.raises(ChannelError, match="checksum"):
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
                           fleet.store, timeout=2, opener=NO_PROXY)
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
    fleet.server.redirects[CHANNEL_FILE] = "file:///etc/passwd"
    with pytest.raises(ChannelError):
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
    listing_file = fleet.server.root / CHANNEL_FILE
    honest = listing_file.read_text(encoding="utf-8")
    lying = json.loads(honest)
    lying["packs"][0]["version"] = 5
    listing_file.write_text(json.dumps(lying), encoding="utf-8")
    with pytest.raises(ChannelError, match="not the pack the channel says it is"):
        fleet.client.check()
    assert fleet.client.poll() is None  # the lie is not fetched again at every poll
    listing_file.write_text(honest, encoding="utf-8")  # the publisher puts it right
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
