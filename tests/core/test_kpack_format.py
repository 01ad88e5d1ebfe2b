"""Building and reading .kpack files, and Ed25519 signing."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from kpack_helpers import PACK_ID, build, make_pack, new_key, pub_text

from kiosk import __version__
from kiosk.core import kpack, signing, validate
from kiosk.core.problems import PackError


def test_build_round_trip_lists_every_file_with_its_hash(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "p", version=3)
    (folder / ".DS_Store").write_bytes(b"junk")
    out = build(folder, tmp_path / "p.kpack", new_key())
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert names[0] == kpack.MANIFEST_NAME and names[1] == kpack.SIGNATURE_NAME
    assert "pack/.DS_Store" not in names
    with kpack.Kpack.open(out) as kp:
        m = kp.manifest
        assert (m.id, m.version, m.kpack_format, m.pack_format) == (PACK_ID, 3, 1, 1)
        assert m.languages == ["en", "ur"] and m.min_app_version == __version__
        assert m.sources and m.review.next_review > m.review.reviewed_on
        listed = {f.path: f.sha256 for f in m.files}
        for name, digest in listed.items():
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
            assert kp.read(name) == (folder / name).read_bytes()
        assert set(listed) == {"pack.toml", "topics/first-topic/topic.toml",
                               "topics/first-topic/first-page.en.md",
                               "topics/first-topic/first-page.ur.md",
                               "topics/first-topic/first-page.svg"}
        kp.verify_contents()


def test_build_refuses_a_broken_folder_and_leaves_no_file(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "p")
    (folder / "topics/first-topic/first-page.ur.md").unlink()
    with pytest.raises(PackError) as caught:
        build(folder, tmp_path / "p.kpack")
    assert "first-page.ur.md: is missing" in str(caught.value)
    assert not list(tmp_path.glob("*.kpack")) and not list(tmp_path.glob(".*tmp"))


def test_build_refuses_symlinks_in_the_folder(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "p")
    (tmp_path / "secret.txt").write_text("x")
    (folder / "topics/first-topic/extra.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(PackError, match="symlink"):
        build(folder, tmp_path / "p.kpack")


def test_validate_says_what_building_would_refuse(tmp_path: Path) -> None:
    """Validate said "no problems found" of a folder holding a shortcut (even a loop),
    and the build then refused it."""
    folder = make_pack(tmp_path / "p")
    (tmp_path / "secret.txt").write_text("x")
    (folder / "topics/first-topic/extra.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "topics/first-topic/loop").symlink_to(folder / "topics")
    with pytest.raises(PackError) as caught:
        build(folder, tmp_path / "p.kpack")
    refused = {(problem.file, problem.message) for problem in caught.value.problems}
    assert len(refused) == 2
    found = {(problem.file, problem.message) for problem in validate.validate_folder(folder)}
    assert refused <= found


def test_signature_covers_the_manifest(tmp_path: Path) -> None:
    key = new_key()
    out = build(make_pack(tmp_path / "p"), tmp_path / "p.kpack", key)
    trusted = signing.trusted_keys([pub_text(key)])
    with kpack.Kpack.open(out) as kp:
        assert kp.check_signature(trusted) is None
        assert kp.signature is not None
        assert kp.signature.key_id == signing.key_id(key.public_key())
        assert "does not trust" in str(kp.check_signature(
            signing.trusted_keys([pub_text(new_key())])))
        other = kpack.Signature(kp.signature.algorithm, kp.signature.key_id, bytes(64))
        assert "does not match" in str(signing.check(kp.manifest_bytes, other, trusted))


def test_unsigned_then_signed_in_place(tmp_path: Path) -> None:
    out = build(make_pack(tmp_path / "p"), tmp_path / "p.kpack")
    with kpack.Kpack.open(out) as kp:
        assert kp.signature is None and str(kp.check_signature({})) == "is not signed"
    key = new_key()
    with kpack.Kpack.open(out) as kp:
        data = kp.manifest_bytes
    kpack.rewrite_signature(out, signing.sign(data, key))
    with kpack.Kpack.open(out) as kp:
        assert kp.check_signature(signing.trusted_keys([pub_text(key)])) is None


def test_keygen_writes_a_pair_and_never_overwrites(tmp_path: Path) -> None:
    private, public = signing.keygen(tmp_path / "keys")
    key = signing.load_private_key(private)
    assert signing.key_id(signing.load_public_key(public)) == signing.key_id(key.public_key())
    text = signing.public_key_text(key.public_key())
    assert signing.load_public_key(text).public_bytes_raw() == key.public_key().public_bytes_raw()
    assert private.stat().st_mode & 0o077 == 0
    with pytest.raises(signing.KeyFileError, match="never overwritten"):
        signing.keygen(tmp_path / "keys")


def test_bad_key_files_are_explained(tmp_path: Path) -> None:
    (tmp_path / "bad.key").write_text("hello")
    with pytest.raises(signing.KeyFileError, match="not a kiosk private key"):
        signing.load_private_key(tmp_path / "bad.key")
    with pytest.raises(signing.KeyFileError, match="missing"):
        signing.load_private_key(tmp_path / "nope.key")
    with pytest.raises(signing.KeyFileError, match="not a kiosk public key"):
        signing.parse_public_key("ed25519:!!!")
    assert signing.trusted_keys(["rubbish", pub_text(new_key())]).__len__() == 1


@pytest.mark.parametrize("raw", [b"{", b"[]", json.dumps({"algorithm": "rsa"}).encode(),
                                 json.dumps({"algorithm": "ed25519", "key_id": "k",
                                             "signature": "AAAA"}).encode()])
def test_damaged_signature_files_are_reported(raw: bytes) -> None:
    with pytest.raises(ValueError):
        signing.Signature.from_json(raw)


def test_version_comparison() -> None:
    assert kpack.app_too_old("0.2", "0.1.9")
    assert not kpack.app_too_old("0.1", "0.1.0")
    assert kpack.version_tuple("1.2") == (1, 2, 0)


@pytest.mark.parametrize("name", ["../x", "a/../../x", "/etc/passwd", "C:/x", "c:x", "a\\b",
                                  "a//b", "./a", "a/", "", "con .", "a\x00b", "a.md:stream",
                                  "topics/CON", "nul.md", "x?.md",
                                  # Windows devices missed before (#15): the console's own,
                                  # superscript port numbers (NFKC: COM¹ is COM1), and a
                                  # space before the dot, which Windows drops.
                                  "CONIN$", "topics/CONOUT$.md", "COM¹.md", "LPT²",
                                  "topics/lpt³.svg", "nul .md", "clock$"])
def test_unsafe_names(name: str) -> None:
    assert kpack.unsafe_name(name) is not None


def test_safe_names() -> None:
    assert kpack.unsafe_name("topics/a-b/page.ur.md") is None
    for fine in ("topics/console/a.md", "topics/com10.md", "topics/nullify.md", "CONINx"):
        assert kpack.unsafe_name(fine) is None, fine
