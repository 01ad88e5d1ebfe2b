"""Every kind of bad .kpack gets a clear message, and the active pack is untouched."""

from __future__ import annotations

import errno
import io
import json
import os
import zipfile
from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from kpack_helpers import (
    build,
    craft,
    make_pack,
    make_store,
    manifest_json,
    new_key,
    pack_files,
    pub_text,
    tree_bytes,
)

from kiosk.core import kpack
from kiosk.core import store as store_module
from kiosk.core.problems import PackError
from kiosk.core.store import PackStore, Source


@dataclass
class World:
    tmp: Path
    key: Ed25519PrivateKey
    store: PackStore
    before: dict[str, bytes]

    def refused(self, path: Path, *words: str, source: Source = Source.USB) -> str:
        """Install must fail with a message holding ``words``, and change nothing."""
        with pytest.raises(PackError) as caught:
            self.store.install(path, source)
        text = str(caught.value)
        for word in words:
            assert word.lower() in text.lower(), text
        status = self.store.status()
        assert status.active is not None and status.active.version == 2
        assert tree_bytes(self.store.active_pack_folder()) == self.before
        assert not any(self.store.staging.iterdir())
        assert len(list(self.store.versions.iterdir())) == 1
        return text


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    store.install(build(make_pack(tmp_path / "v2"), tmp_path / "v2.kpack", key))
    yield World(tmp_path, key, store, tree_bytes(store.active_pack_folder()))


def v3(**kwargs: object) -> dict[str, bytes]:
    return pack_files(3, **kwargs)  # type: ignore[arg-type]


def test_a_good_v3_installs(world: World) -> None:
    installed = world.store.install(craft(world.tmp / "ok.kpack", v3(), world.key, version=3))
    assert installed.version == 3


@pytest.mark.parametrize("bad", ["../evil.md", "topics/../../evil.md", "/etc/evil", "C:/evil",
                                 "D:evil", "topics\\evil.md"])
def test_paths_escaping_the_folder(world: World, bad: str) -> None:
    files = {**v3(), bad: b"x"}
    world.refused(craft(world.tmp / "bad.kpack", files, world.key, version=3), "name")
    assert not (world.tmp / "evil.md").exists()


def test_entries_outside_the_pack_folder_in_the_zip(world: World) -> None:
    path = craft(world.tmp / "bad.kpack", v3(), world.key, version=3,
                 entries=[("../../escape.txt", b"x")])
    world.refused(path, "climbs out")
    assert not (world.tmp.parent / "escape.txt").exists()


def test_a_folder_with_names_differing_only_in_capitals_is_not_built(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    (folder / "topics" / "first-topic" / "FIRST-PAGE.SVG").write_bytes(b"<svg/>")
    if (folder / "topics" / "first-topic" / "first-page.svg").read_bytes() == b"<svg/>":
        pytest.skip("this disk ignores capitals itself")
    with pytest.raises(PackError, match="differ only in capital letters"):
        build(folder, tmp_path / "out.kpack")
    assert not (tmp_path / "out.kpack").exists()


def test_symlinks(world: World) -> None:
    path = craft(world.tmp / "bad.kpack", v3(), world.key, version=3,
                 symlinks={"topics/first-topic/link.md": "/etc/passwd"})
    world.refused(path, "symlink")


def test_zip_bomb_by_ratio(world: World) -> None:
    files = {**v3(), "topics/first-topic/bomb.svg": b"\0" * (2 * 1024 * 1024)}
    world.refused(craft(world.tmp / "bomb.kpack", files, world.key, version=3), "zip bomb")


def test_zip_bomb_by_total_size(world: World) -> None:
    world.store.limits = kpack.Limits(max_total_bytes=4000, max_ratio=1e9)
    files = {**v3(), "topics/first-topic/big.svg": os.urandom(5000)}
    world.refused(craft(world.tmp / "big.kpack", files, world.key, version=3), "too much")


def test_too_many_files(world: World) -> None:
    world.store.limits = kpack.Limits(max_files=6)
    files = {**v3(), **{f"topics/first-topic/x{i}.txt": b"x" for i in range(10)}}
    world.refused(craft(world.tmp / "many.kpack", files, world.key, version=3), "too many files")


def test_one_file_too_big(world: World) -> None:
    world.store.limits = kpack.Limits(max_file_bytes=1000)
    files = {**v3(), "topics/first-topic/big.svg": os.urandom(5000)}
    world.refused(craft(world.tmp / "big.kpack", files, world.key, version=3), "too big")


def test_duplicate_entries(world: World) -> None:
    files = v3()
    name = "topics/first-topic/first-page.en.md"
    with pytest.warns(UserWarning, match="Duplicate"):
        path = craft(world.tmp / "dup.kpack", files, world.key, version=3,
                     entries=[(kpack.CONTENT_PREFIX + name, b"Sneaky second copy")])
    world.refused(path, "twice")


def test_truncated_file(world: World) -> None:
    path = craft(world.tmp / "ok.kpack", v3(), world.key, version=3)
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        (world.tmp / "cut.kpack").write_bytes(data[:cut])
        world.refused(world.tmp / "cut.kpack", "cut short")


@pytest.mark.parametrize("content", [b"", b"hello, I am not a zip", b"PK\x03\x04garbage"])
def test_not_a_zip(world: World, content: bytes) -> None:
    (world.tmp / "junk.kpack").write_bytes(content)
    world.refused(world.tmp / "junk.kpack", "not a pack file")


def test_missing_file(world: World) -> None:
    world.refused(world.tmp / "nothing.kpack", "missing")


def test_wrong_hash(world: World) -> None:
    files = v3()
    manifest = manifest_json(files, 3)
    files["topics/first-topic/first-page.en.md"] = b"Different words, same length!!"[
        :len(files["topics/first-topic/first-page.en.md"])].ljust(
        len(files["topics/first-topic/first-page.en.md"]), b"!")
    path = craft(world.tmp / "hash.kpack", files, world.key, manifest=manifest)
    world.refused(path, "checksum")


def test_wrong_size(world: World) -> None:
    files = v3()
    manifest = manifest_json(files, 3)
    files["pack.toml"] += b"\n# extra"
    world.refused(craft(world.tmp / "size.kpack", files, world.key, manifest=manifest),
                  "different size")


def test_file_not_in_manifest(world: World) -> None:
    files = v3()
    manifest = manifest_json(files, 3)
    files["topics/first-topic/added.md"] = b"x"
    world.refused(craft(world.tmp / "extra.kpack", files, world.key, manifest=manifest),
                  "not listed in the manifest")


def test_file_in_manifest_but_missing(world: World) -> None:
    files = v3()
    manifest = manifest_json(files, 3)
    del files["pack.toml"]
    world.refused(craft(world.tmp / "gone.kpack", files, world.key, manifest=manifest),
                  "missing from the pack file")


def test_missing_signature(world: World) -> None:
    text = world.refused(craft(world.tmp / "u.kpack", v3(), None, version=3), "not signed")
    assert "kiosk-pack sign" in text


def test_untrusted_signature(world: World) -> None:
    world.refused(craft(world.tmp / "u.kpack", v3(), new_key(), version=3), "does not trust")


def test_invalid_signature(world: World) -> None:
    path = craft(world.tmp / "ok.kpack", v3(), world.key, version=3)
    # Re-sign a different manifest with the trusted key, then swap manifests.
    other = manifest_json(v3(), 3, built_with="someone else")
    forged = world.tmp / "forged.kpack"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, other if info.filename == kpack.MANIFEST_NAME else data)
    world.refused(forged, "does not match its contents")


def test_damaged_signature_file(world: World) -> None:
    path = craft(world.tmp / "s.kpack", v3(), None, version=3,
                 entries=[(kpack.SIGNATURE_NAME, b"{not json")])
    world.refused(path, "signature is damaged")


NESTED = b"[" * 100_000 + b"]" * 100_000


def test_a_manifest_nested_too_deeply_is_refused_not_a_crash(world: World) -> None:
    # json.loads raises RecursionError for this; nothing caught it (issue #14).
    signed = craft(world.tmp / "m.kpack", v3(), world.key, version=3, manifest=NESTED)
    world.refused(signed, "kpack.json", "damaged")
    unsigned = craft(world.tmp / "u.kpack", v3(), None, version=3,
                     entries=[(kpack.SIGNATURE_NAME, b"[" * 3000 + b"]" * 3000)])
    world.refused(unsigned, "signature is damaged")


def test_unsigned_usb_allowed_by_setting_but_never_from_a_channel(world: World) -> None:
    world.store.settings = world.store.settings.updated(allow_unsigned_usb=True)
    path = craft(world.tmp / "u.kpack", v3(), None, version=3)
    world.refused(path, "not signed", source=Source.CHANNEL)
    # A present but untrusted signature is never waved through.
    world.refused(craft(world.tmp / "x.kpack", v3(), new_key(), version=3), "does not trust")
    assert world.store.install(path, Source.USB).version == 3


def test_malformed_toml(world: World) -> None:
    files = v3()
    files["topics/first-topic/topic.toml"] = files["topics/first-topic/topic.toml"].replace(
        b'icon = "fa5s.heartbeat"', b'icon = "fa5s.heartbeat')
    text = world.refused(craft(world.tmp / "t.kpack", files, world.key, version=3), "TOML")
    assert "topic.toml, line 1" in text


def test_malformed_markdown(world: World) -> None:
    files = v3(en="See [our site](http://example.com) or <b>this</b>.")
    text = world.refused(craft(world.tmp / "m.kpack", files, world.key, version=3), "link")
    assert "HTML" in text


def test_non_utf8_text(world: World) -> None:
    files = v3()
    files["topics/first-topic/first-page.ur.md"] = "پہلا صفحہ".encode("cp1256")
    world.refused(craft(world.tmp / "e.kpack", files, world.key, version=3), "UTF-8")


def test_huge_image(world: World) -> None:
    files = v3()
    svg = files["topics/first-topic/first-page.svg"]
    files["topics/first-topic/first-page.svg"] = svg.replace(
        b"</svg>", b"<!-- " + os.urandom(3 * 1024 * 1024).hex().encode()[:3 * 1024 * 1024]
        + b" --></svg>")
    world.store.limits = kpack.Limits(max_ratio=1e9)
    world.refused(craft(world.tmp / "h.kpack", files, world.key, version=3), "too big")


def test_unsupported_image(world: World) -> None:
    files = v3()
    files["topics/first-topic/topic.toml"] = files["topics/first-topic/topic.toml"].replace(
        b"first-page.svg", b"photo.png")
    files["topics/first-topic/photo.png"] = b"\x89PNG\r\n\x1a\n"
    world.refused(craft(world.tmp / "i.kpack", files, world.key, version=3), "SVG")


def test_unreadable_image(world: World) -> None:
    files = v3()
    files["topics/first-topic/first-page.svg"] = b"<svg><unclosed></svg>"
    world.refused(craft(world.tmp / "i.kpack", files, world.key, version=3), "damaged")


def test_missing_urdu_page(world: World) -> None:
    files = v3()
    del files["topics/first-topic/first-page.ur.md"]
    world.refused(craft(world.tmp / "u.kpack", files, world.key, version=3),
                  "first-page.ur.md: is missing")


def test_banned_claims_are_refused_on_install(world: World) -> None:
    files = v3(en="This treatment is a guaranteed cure with no side effects.")
    world.refused(craft(world.tmp / "c.kpack", files, world.key, version=3), "promises too much")


def test_future_kpack_format(world: World) -> None:
    files = v3()
    manifest = manifest_json(files, 3, kpack_format=2)
    world.refused(craft(world.tmp / "f.kpack", files, world.key, manifest=manifest),
                  "format 2", "update the kiosk software")


def test_future_pack_format(world: World) -> None:
    files = v3()
    manifest = manifest_json(files, 3, pack_format=7)
    world.refused(craft(world.tmp / "f.kpack", files, world.key, manifest=manifest),
                  "pack format 7")


def test_garbled_manifest(world: World) -> None:
    files = v3()
    for manifest in (b"\xff\xfe", b"[1, 2]", json.dumps({"kpack_format": 1}).encode()):
        world.refused(craft(world.tmp / "g.kpack", files, world.key, manifest=manifest),
                      "kpack.json")


def test_manifest_and_pack_toml_disagree(world: World) -> None:
    files = v3()
    world.refused(craft(world.tmp / "d.kpack", files, world.key,
                        manifest=manifest_json(files, 9)), "disagree")


def test_manifest_hides_the_app_version_pack_toml_needs(world: World) -> None:
    files = v3(min_app="9.0")
    world.refused(craft(world.tmp / "d.kpack", files, world.key, version=3), "disagree")


def test_needs_a_newer_app(world: World) -> None:
    files = v3(min_app="9.0")
    manifest = manifest_json(files, 3, min_app_version="9.0")
    world.refused(craft(world.tmp / "n.kpack", files, world.key, manifest=manifest),
                  "needs kiosk software version 9.0 or newer")


def test_older_or_equal_versions_are_refused(world: World) -> None:
    for version in (1, 2):
        files = pack_files(version)
        world.refused(craft(world.tmp / f"o{version}.kpack", files, world.key, version=version),
                      "not newer", "rollback")


def test_full_disk_before_starting(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(store_module.shutil, "disk_usage", lambda _p: usage(10, 10, 0))
    text = world.refused(craft(world.tmp / "ok.kpack", v3(), world.key, version=3), "disk is full")
    assert "still in use" in text


@pytest.mark.parametrize("call", [3, 6, 9])
def test_full_disk_while_writing(world: World, monkeypatch: pytest.MonkeyPatch,
                                 call: int) -> None:
    real = os.fsync
    calls = {"n": 0}

    def fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] >= call:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    text = world.refused(craft(world.tmp / "ok.kpack", v3(), world.key, version=3),
                         "disk is full")
    assert "still in use" in text


def test_unreadable_source_file(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    path = craft(world.tmp / "ok.kpack", v3(), world.key, version=3)
    real_open = zipfile.ZipFile.open

    def broken(self: zipfile.ZipFile, name: object, *a: object, **k: object) -> object:
        if str(getattr(name, "filename", name)).endswith(".svg"):
            raise OSError(errno.EIO, "Input/output error")
        return real_open(self, name, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", broken)
    world.refused(path, "cannot be read")


def test_many_problems_are_reported_at_once(world: World) -> None:
    files = v3(en="A miracle!")
    del files["topics/first-topic/first-page.ur.md"]
    files["topics/first-topic/first-page.svg"] = b"not svg"
    path = craft(world.tmp / "m.kpack", files, world.key, version=3)
    text = world.refused(path, "ur.md: is missing")
    assert "first-page.svg" in text


def test_case_collisions_are_refused_on_every_disk(world: World) -> None:
    # One file on Windows and macOS disks: whichever unpacked last would be the page. A
    # Linux kiosk could hold both, but the same pack must mean the same on every kiosk.
    files = {**v3(), "topics/first-topic/A.txt": b"1", "topics/first-topic/a.txt": b"2",
             "topics/first-topic/First-Page.en.md": b"Another page"}
    text = world.refused(craft(world.tmp / "c.kpack", files, world.key, version=3),
                         "differ only in capital letters")
    assert "First-Page.en.md" in text and "A.txt" in text


def test_stored_and_bytesio_archives_work(world: World) -> None:
    path = craft(world.tmp / "s.kpack", v3(), world.key, version=3, compress=zipfile.ZIP_STORED)
    with kpack.Kpack.open(path) as kp:
        kp.verify_contents()
    buffer = io.BytesIO(path.read_bytes())
    assert zipfile.is_zipfile(buffer)


def test_read_only_leftovers_are_still_removed(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "f").write_text("x")
    os.chmod(folder / "sub" / "f", 0o400)
    os.chmod(folder / "sub", 0o500)
    store_module._rmtree(folder)
    assert not folder.exists()
