"""Shared helpers for the .kpack, store and channel tests: small packs, keys, crafted zips."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
import zipfile
from collections.abc import Mapping
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk import __version__
from kiosk.core import kpack, signing
from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings
from kiosk.core.store import PackStore
from kiosk.packcli import _starter_files

PACK_ID = "org.example.test-pack"
TODAY = dt.date.today()


def pack_files(version: int = 2, pack_id: str = PACK_ID, *, min_app: str = __version__,
               en: str | None = None, ur: str | None = None) -> dict[str, bytes]:
    files = {name: text.encode("utf-8") for name, text in _starter_files(TODAY).items()}
    manifest = files["pack.toml"].decode()
    manifest = manifest.replace('id = "org.example.my-pack"', f'id = "{pack_id}"')
    manifest = manifest.replace("version = 1 ", f"version = {version} ")
    manifest = manifest.replace(f'min_app_version = "{__version__}"',
                                f'min_app_version = "{min_app}"')
    files["pack.toml"] = manifest.encode()
    if en is not None:
        files["topics/first-topic/first-page.en.md"] = en.encode()
    if ur is not None:
        files["topics/first-topic/first-page.ur.md"] = ur.encode()
    return files


# A second page for the starter pack's topic: append to its topic.toml.
SECOND_PAGE = """
[[pages]]
id = "second-page"
illustration = "first-page.svg"
sources = ["S1"]

[pages.title]
en = "Second page"
ur = "دوسرا صفحہ"
"""


def write_folder(folder: Path, files: Mapping[str, bytes]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def make_pack(folder: Path, version: int = 2, **kwargs: object) -> Path:
    return write_folder(folder, pack_files(version, **kwargs))  # type: ignore[arg-type]


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def pub_text(key: Ed25519PrivateKey) -> str:
    return signing.public_key_text(key.public_key())


def build(folder: Path, out: Path, key: Ed25519PrivateKey | None = None) -> Path:
    signer = (lambda data: signing.sign(data, key)) if key is not None else None
    kpack.build(folder, out, signer=signer)
    return out


def manifest_json(files: Mapping[str, bytes], version: int = 2, pack_id: str = PACK_ID,
                  **overrides: object) -> bytes:
    raw: dict[str, object] = {
        "kpack_format": 1, "id": pack_id, "version": version, "pack_format": 1,
        "title": {"en": "T", "ur": "ٹ"}, "languages": ["en", "ur"], "min_app_version": __version__,
        "review": {"reviewed_by": "Dr X", "reviewed_on": TODAY.isoformat(),
                   "next_review": (TODAY + dt.timedelta(days=100)).isoformat(),
                   "urdu_reviewed_by": ""},
        "sources": {"S1": "x"}, "built_at": "", "built_with": "test",
        "files": [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                  for name, data in sorted(files.items())],
    }
    raw.update(overrides)
    return json.dumps(raw, indent=2).encode()


def craft(out: Path, files: Mapping[str, bytes], key: Ed25519PrivateKey | None = None, *,
          manifest: bytes | None = None, version: int = 2,
          entries: list[tuple[str, bytes]] | None = None, symlinks: Mapping[str, str] = {},
          compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A .kpack written by hand, so tests can put anything in it (and still sign it)."""
    manifest = manifest if manifest is not None else manifest_json(files, version)
    with zipfile.ZipFile(out, "w", compression=compress) as archive:
        archive.writestr(kpack.MANIFEST_NAME, manifest)
        if key is not None:
            archive.writestr(kpack.SIGNATURE_NAME, signing.sign(manifest, key).to_json())
        for name, data in files.items():
            archive.writestr(kpack.CONTENT_PREFIX + name, data)
        for name, data in entries or []:
            archive.writestr(name, data)
        for name, target in symlinks.items():
            info = zipfile.ZipInfo(kpack.CONTENT_PREFIX + name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return out


def make_store(tmp: Path, trusted: list[str] | None = None, allow_unsigned: bool = False,
               bundled: Path | bool | None = True) -> PackStore:
    settings = Settings(trusted_keys=trusted or [], allow_unsigned_usb=allow_unsigned)
    data = DataDir(tmp / "data").create()
    settings.save(data.settings_file)
    return PackStore(data, settings, bundled=bundled)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def lengthen_topic(folder: Path, topic_id: str, pages: int, copied: str) -> list[str]:
    """Adds ``pages`` pages to a topic of the pack in ``folder``, each a copy of its page
    ``copied`` (words, picture and sources) under a numbered title; their ids, in order."""
    from kiosk.core.packdir import load_pack

    pack = load_pack(folder)
    topic = next(topic for topic in pack.topics if topic.id == topic_id)
    page = next(page for page in topic.pages if page.id == copied)
    where = folder / "topics" / topic_id
    record = where / "topic.toml"
    words = record.read_text(encoding="utf-8")
    added = []
    for number in range(pages):
        name = f"added-{number}"
        words += (f'\n[[pages]]\nid = "{name}"\nillustration = "{page.illustration.name}"\n'
                  f"sources = {json.dumps(list(page.sources))}\n\n[pages.title]\n"
                  + "".join(f"{language} = {json.dumps(page.title.get(language) + f' {number}')}"
                            "\n" for language in pack.languages))
        for language in pack.languages:
            (where / f"{name}.{language}.md").write_bytes(
                (where / f"{page.id}.{language}.md").read_bytes())
        added.append(name)
    record.write_text(words, encoding="utf-8")
    return added
