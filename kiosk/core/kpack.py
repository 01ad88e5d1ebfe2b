"""The .kpack file: one pack folder in a zip, with a manifest and an optional signature.

Layout of the zip (format 1)::

    kpack.json      the manifest: pack id, version, languages, ... and every file's SHA-256
    kpack.sig       the Ed25519 signature of the exact bytes of kpack.json (optional)
    pack/...        the pack folder itself

The signature covers the manifest and the manifest covers every byte, so one check of
the signature and of each hash proves the whole pack. Nothing in a .kpack is trusted
before it has been checked: names, sizes and counts are limited before anything is
unpacked, because a .kpack may come from a USB stick or the internet.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Annotated

import attrs

from kiosk import __version__ as APP_VERSION
from kiosk.core import jsontext, schema, signing
from kiosk.core.atomic import can_sync_filesystem, fsync_dir, sync_filesystem
from kiosk.core.hashing import sha256
from kiosk.core.messages import explain_validation
from kiosk.core.model import Pack
from kiosk.core.packdir import load_pack
from kiosk.core.phrases import Phrase, translate
from kiosk.core.problems import (
    MISSING,
    NEWER_FORMAT,
    SYMLINK_FILE,
    PackError,
    Problem,
    unreadable,
)
from kiosk.core.signing import Signature
from kiosk.core.structure import (
    MaxLen,
    MinLen,
    Pattern,
    Range,
    SchemaError,
    structure,
    unstructure,
)

if TYPE_CHECKING:  # imported where a key is first used (see signing.py)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

log = logging.getLogger("kiosk.pack")

KPACK_FORMAT = 1
SUFFIX = ".kpack"
MANIFEST_NAME = "kpack.json"
SIGNATURE_NAME = "kpack.sig"
CONTENT_PREFIX = "pack/"
CHUNK = 64 * 1024
# Zip timestamps are fixed so that building the same folder twice gives the same file.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Files a computer adds to a folder by itself; leaving them out spares staff a refusal.
JUNK_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})

# Names Windows opens as devices, with or without an extension (and with spaces before
# it, which Windows drops). Matched after NFKC, which turns COM¹ (a device on Windows
# 10 and later) into COM1.
_WINDOWS_DEVICES = re.compile(
    r"^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|CLOCK\$|COM[0-9]|LPT[0-9])(?: *\..*| *)$", re.I)

Progress = Callable[[int, int], None]
"""Called with (bytes done, bytes in all) during long work."""


@dataclass(frozen=True)
class Limits:
    """How big a .kpack may be. Real packs are a few MB; these leave room to grow."""

    max_archive_bytes: int = 256 * 1024 * 1024
    max_files: int = 5000
    max_file_bytes: int = 32 * 1024 * 1024
    max_total_bytes: int = 256 * 1024 * 1024
    max_ratio: float = 100.0
    # Tiny files compress absurdly well (a page of spaces); only big ones can be bombs.
    ratio_applies_above: int = 256 * 1024
    max_manifest_bytes: int = 2 * 1024 * 1024


DEFAULT_LIMITS = Limits()

Sha256 = Annotated[str, Pattern(r"^[0-9a-f]{64}$")]
Count = Annotated[int, Range(ge=1)]


@attrs.frozen
class FileEntry:
    path: Annotated[str, MinLen(1), MaxLen(400)]
    size: Annotated[int, Range(ge=0)]
    sha256: Sha256


@attrs.frozen
class ReviewInfo:
    reviewed_by: str
    reviewed_on: dt.date
    next_review: dt.date
    urdu_reviewed_by: str = ""


@attrs.frozen
class KpackManifest:
    kpack_format: Count
    id: schema.PackId
    version: Count
    pack_format: Count
    title: dict[str, str]
    languages: Annotated[list[str], MinLen(1)]
    min_app_version: schema.AppVersion
    review: ReviewInfo
    sources: dict[str, str]
    built_at: str = ""
    built_with: str = ""
    # Required, though it comes after fields with defaults: a manifest that lists no
    # files would make every installed copy look intact.
    files: Annotated[list[FileEntry], MinLen(1)] = attrs.field(kw_only=True)

    @classmethod
    def from_json(cls, data: bytes) -> KpackManifest:
        """The manifest in ``data``; ValueError if it is not one."""
        return structure(jsontext.loads(data.decode("utf-8")), cls)

    def total_size(self) -> int:
        return sum(entry.size for entry in self.files)

    def to_json(self) -> bytes:
        return (json.dumps(unstructure(self), indent=2, ensure_ascii=False)
                + "\n").encode("utf-8")


def version_tuple(text: str) -> tuple[int, ...]:
    parts = [int(p) for p in re.findall(r"\d+", text)[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


_TOO_BIG_AT_MOST = translate("Problems", "is too big ({size} MB; at most {limit} MB)")
_DAMAGED = translate("Problems", "is damaged; copy the pack again")
DISK_FULL = translate("Problems", "could not be installed: the kiosk's disk is full. Free some "
                                  "space (or ask IT), then try again; the current pack is still "
                                  "in use")


def app_too_old(min_app_version: str, app_version: str = APP_VERSION) -> bool:
    return version_tuple(min_app_version) > version_tuple(app_version)


def unsafe_name(name: str) -> Phrase | None:
    """Why ``name`` may not be a path inside a pack, or None if it is fine.

    Checked on every name from a zip or manifest, because a name like ``../../x`` or
    ``C:/x`` would write outside the folder being unpacked into.
    """
    if not name or "\x00" in name or any(ord(ch) < 32 for ch in name):
        return translate("Problems", "has a name with invisible characters")
    if "\\" in name:
        return translate("Problems", "has a name with a backslash (\\); only forward slashes are "
                         "allowed")
    if name.startswith("/"):
        return translate("Problems", "has a name starting at the top of the disk (an absolute "
                                     "path)")
    if re.match(r"^[A-Za-z]:", name):
        return translate("Problems", "has a name with a drive letter")
    if re.search(r'[<>:"|?*]', name):
        # ':' also opens a hidden "stream" inside a file on Windows disks.
        return translate("Problems", "has a name with a character Windows does not allow "
                         "(< > : \" | ? *)")
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return translate("Problems", "has a name that climbs out of its folder ('..') or is empty")
    if any(_WINDOWS_DEVICES.match(unicodedata.normalize("NFKC", part)) for part in parts):
        return translate("Problems", "has a name Windows keeps for devices (like CON or NUL)")
    if any(part.endswith((" ", ".")) for part in parts):
        # Windows silently drops these, so two different names could land on one file.
        return translate("Problems", "has a name ending in a space or dot")
    if len(name) > 400:
        return translate("Problems", "has a name that is too long")
    return None


def _same_on_windows(name: str) -> str:
    """What Windows and macOS disks treat as the same name: they ignore the case of
    letters, and macOS composes accents. Two pack files with one such name would
    overwrite each other when unpacked there."""
    return unicodedata.normalize("NFC", name).casefold()


def _clashes(names: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of names that land on one file on a Windows or macOS disk."""
    seen: dict[str, str] = {}
    out = []
    for name in names:
        key = _same_on_windows(name)
        if key in seen and seen[key] != name:
            out.append((seen[key], name))
        seen.setdefault(key, name)
    return out


def _clash_problem(where: str, first: str, second: str) -> Problem:
    return Problem(where, translate(
        "Problems", "has '{first}' and '{second}', whose names differ only in capital "
                    "letters: on Windows one would overwrite the other; rename one").fill(
        first=first, second=second))


def _sha256_file(path: Path) -> tuple[str, int]:
    digest = sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def pack_files(folder: Path) -> list[str]:
    """Every file in a pack folder, as sorted forward-slash paths; refuses shortcuts,
    files that are not ordinary files, and names some systems cannot hold."""
    names, problems = walk_pack(folder)
    if problems:
        raise PackError(problems)
    return names


def walk_pack(folder: Path) -> tuple[list[str], list[Problem]]:
    """The files a pack would be built from, sorted, and what building would refuse
    (``pack_files``; validate reports both in one walk of the folder)."""
    names: list[str] = []
    problems: list[Problem] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        for name in list(dirnames):
            if (base / name).is_symlink():
                rel = (base / name).relative_to(folder).as_posix()
                problems.append(Problem(rel, translate(
                    "Problems", "is a shortcut (symlink); packs must hold real folders")))
                dirnames.remove(name)
        dirnames.sort()
        for name in sorted(filenames):
            if name in JUNK_FILES:
                continue
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                problems.append(Problem(rel, SYMLINK_FILE))
            elif not path.is_file():
                problems.append(Problem(rel, translate("Problems", "is not an ordinary file")))
            elif (why := unsafe_name(rel)) is not None:
                problems.append(Problem(rel, why))
            else:
                names.append(rel)
    problems += [_clash_problem(first, first, second) for first, second in _clashes(names)]
    return sorted(names), problems


def manifest_for(pack: Pack, files: list[FileEntry]) -> KpackManifest:
    review = pack.review
    return KpackManifest(
        kpack_format=KPACK_FORMAT,
        id=pack.id,
        version=pack.version,
        pack_format=pack.format,
        title=dict(pack.title.texts),
        languages=list(pack.languages),
        min_app_version=pack.min_app_version,
        review=ReviewInfo(reviewed_by=review.reviewed_by, reviewed_on=review.reviewed_on,
                          next_review=review.next_review,
                          urdu_reviewed_by=review.urdu_reviewed_by),
        sources=dict(pack.sources),
        built_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        built_with=f"kiosk-pack {APP_VERSION}",
        files=files,
    )


def _zipinfo(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _write_zip_atomic(out: Path, fill: Callable[[zipfile.ZipFile], None]) -> None:
    """Write a zip next to ``out`` and swap it in, so a failed build leaves no half file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                fill(archive)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def build(folder: Path, out: Path, signer: Callable[[bytes], Signature] | None = None,
          progress: Progress | None = None) -> KpackManifest:
    """Build ``folder`` into ``out``; raises PackError if the folder is not a good pack.

    Only checks what the kiosk itself would refuse (load_pack); staff tools run the
    full validation (claims, review date) before calling this.
    """
    pack = load_pack(folder)
    names = pack_files(folder)
    entries: list[FileEntry] = []
    total = sum((folder / name).stat().st_size for name in names)
    done = 0
    for name in names:
        digest, size = _sha256_file(folder / name)
        entries.append(FileEntry(path=name, size=size, sha256=digest))
        done += size
        if progress:
            progress(done // 2, total)
    manifest = manifest_for(pack, entries)
    manifest_bytes = manifest.to_json()
    signature = signer(manifest_bytes) if signer else None

    def fill(archive: zipfile.ZipFile) -> None:
        archive.writestr(_zipinfo(MANIFEST_NAME), manifest_bytes)
        if signature is not None:
            archive.writestr(_zipinfo(SIGNATURE_NAME), signature.to_json())
        written = 0
        for entry in entries:
            # Hash and content are read separately; a file edited meanwhile must not
            # slip in with a stale hash.
            data = (folder / entry.path).read_bytes()
            if sha256(data).hexdigest() != entry.sha256:
                raise PackError([Problem(entry.path, translate(
                    "Problems", "changed while the pack was being built; build again"))])
            archive.writestr(_zipinfo(CONTENT_PREFIX + entry.path), data)
            written += entry.size
            if progress:
                progress(total // 2 + written // 2, total)

    _write_zip_atomic(out, fill)
    log.info("built %s v%d into %s (%d files, %s)", manifest.id, manifest.version, out,
             len(entries), "signed" if signature else "unsigned")
    return manifest


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


class Kpack:
    """An opened, structurally checked .kpack. Contents are hash-checked as they are read.

    Use as a context manager. ``open`` refuses anything malformed with a PackError
    that lists every problem found, worded for staff.
    """

    def __init__(self, path: Path, archive: zipfile.ZipFile, manifest: KpackManifest,
                 manifest_bytes: bytes, signature: Signature | None,
                 signature_problem: Phrase | None, limits: Limits) -> None:
        self.path = path
        self.manifest = manifest
        self.manifest_bytes = manifest_bytes
        self.signature = signature
        self.signature_problem = signature_problem
        self.limits = limits
        self._archive = archive

    def __enter__(self) -> Kpack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    @property
    def name(self) -> str:
        return self.path.name

    @classmethod
    def open(cls, path: Path, limits: Limits = DEFAULT_LIMITS) -> Kpack:
        name = path.name
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise PackError([Problem(str(path), MISSING)]) from None
        except OSError as error:
            raise PackError([Problem(str(path), unreadable(error))]) from None
        if not path.is_file():
            raise PackError([Problem(str(path), translate("Problems", "is not a file"))])
        if size > limits.max_archive_bytes:
            raise PackError([Problem(name, _TOO_BIG_AT_MOST.fill(
                size=size // 1024 // 1024, limit=limits.max_archive_bytes // 1024 // 1024))])
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
            raise PackError([Problem(name, translate(
                "Problems", "is not a pack file (.kpack), or it was cut short while copying; "
                            "copy it again"))]) from None
        except OSError as error:
            raise PackError([Problem(name, unreadable(error))]) from None
        try:
            return cls._check(path, archive, limits)
        except BaseException:
            archive.close()
            raise

    @classmethod
    def _check(cls, path: Path, archive: zipfile.ZipFile, limits: Limits) -> Kpack:
        name = path.name
        problems: list[Problem] = []
        infos = archive.infolist()
        if len(infos) > limits.max_files + 2:
            raise PackError([Problem(name, translate(
                "Problems", "has too many files ({count}; at most {limit})").fill(
                count=len(infos), limit=limits.max_files))])
        entries: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            inner = info.filename
            where = f"{name}: {inner!r}"
            if inner in entries:
                problems.append(Problem(name, translate(
                    "Problems", "has the file '{inner}' twice; a pack file must not contain "
                                "duplicates").fill(inner=inner)))
                continue
            entries[inner] = info
            if (why := unsafe_name(inner.removesuffix("/"))) is not None:
                problems.append(Problem(where, why))
            elif _is_symlink(info):
                problems.append(Problem(where, SYMLINK_FILE))
            elif info.is_dir():
                problems.append(Problem(where, translate(
                    "Problems", "is a folder entry; packs list files only")))
            elif inner not in (MANIFEST_NAME, SIGNATURE_NAME) and \
                    not inner.startswith(CONTENT_PREFIX):
                problems.append(Problem(where, translate(
                    "Problems", "is not part of the pack format")))
            if info.flag_bits & 0x1:
                problems.append(Problem(where, translate(
                    "Problems", "is password-protected; packs cannot be")))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                problems.append(Problem(where, translate(
                    "Problems", "is compressed in a way the kiosk does not read")))
            if info.file_size > limits.max_file_bytes:
                problems.append(Problem(where, translate(
                    "Problems", "is too big ({size} MB unpacked)").fill(
                    size=info.file_size // 1024 // 1024)))
            if info.file_size > limits.ratio_applies_above and \
                    info.file_size > limits.max_ratio * max(info.compress_size, 1):
                problems.append(Problem(where, translate(
                    "Problems", "unpacks to far more than its packed size (a 'zip bomb'); "
                                "refused")))
            total += info.file_size
        problems += [_clash_problem(name, first, second)
                     for first, second in _clashes(info.filename for info in infos)]
        if total > limits.max_total_bytes:
            problems.append(Problem(name, translate(
                "Problems", "unpacks to too much ({size} MB; at most {limit} MB)").fill(
                size=total // 1024 // 1024, limit=limits.max_total_bytes // 1024 // 1024)))
        if problems:
            raise PackError(problems)

        manifest_bytes = _read_entry(archive, entries, MANIFEST_NAME, limits.max_manifest_bytes,
                                     name)
        manifest = _parse_manifest(manifest_bytes, name)

        listed: set[str] = set()
        for entry in manifest.files:
            where = f"{name}: {entry.path!r}"
            if (why := unsafe_name(entry.path)) is not None:
                problems.append(Problem(where, why))
                continue
            if entry.path in listed:
                problems.append(Problem(where, translate(
                    "Problems", "is listed twice in the manifest")))
                continue
            listed.add(entry.path)
            found = entries.get(CONTENT_PREFIX + entry.path)
            if found is None:
                problems.append(Problem(where, translate(
                    "Problems", "is listed in the manifest but missing from the pack file")))
            elif found.file_size != entry.size:
                problems.append(Problem(where, translate(
                    "Problems", "has a different size from the manifest (damaged or altered)")))
        for inner in entries:
            if inner.startswith(CONTENT_PREFIX) and inner[len(CONTENT_PREFIX):] not in listed:
                problems.append(Problem(f"{name}: {inner!r}", translate(
                    "Problems", "is not listed in the manifest (added after the pack was "
                                "built)")))
        if problems:
            raise PackError(problems)

        signature: Signature | None = None
        signature_problem: Phrase | None = None
        if SIGNATURE_NAME in entries:
            try:
                signature = Signature.from_json(
                    _read_entry(archive, entries, SIGNATURE_NAME, 64 * 1024, name))
            except signing.SignatureError as error:
                signature_problem = error.phrase
        return cls(path, archive, manifest, manifest_bytes, signature, signature_problem, limits)

    def check_signature(self, trusted: dict[str, Ed25519PublicKey]) -> Phrase | None:
        """None if signed by a trusted key; otherwise why not, as a sentence end."""
        if self.signature_problem:
            return self.signature_problem
        if self.signature is None:
            return translate("Signature", "is not signed")
        return signing.check(self.manifest_bytes, self.signature, trusted)

    def _stream(self, entry: FileEntry) -> Iterator[bytes]:
        """The bytes of one file, failing if they do not match the manifest."""
        where = f"{self.name}: {entry.path!r}"
        digest = sha256()
        size = 0
        try:
            with self._archive.open(CONTENT_PREFIX + entry.path) as handle:
                while chunk := handle.read(CHUNK):
                    size += len(chunk)
                    if size > entry.size:
                        raise PackError([Problem(where, translate(
                            "Problems", "is bigger than the manifest says (damaged or "
                                        "altered)"))])
                    digest.update(chunk)
                    yield chunk
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError,
                zlib.error) as error:
            log.warning("%s: damaged entry: %s", where, error)
            raise PackError([Problem(where, translate(
                "Problems", "is damaged inside the pack file; copy the pack again"))]) from None
        except OSError as error:
            raise PackError([Problem(where, translate(
                "Problems", "cannot be read ({reason}); copy the pack again").fill(
                reason=error.strerror or str(error)))]) from None
        if size != entry.size or digest.hexdigest() != entry.sha256:
            raise PackError([Problem(where, translate(
                "Problems", "does not match its checksum in the manifest (damaged or "
                            "altered)"))])

    def read(self, path: str) -> bytes:
        for entry in self.manifest.files:
            if entry.path == path:
                return b"".join(self._stream(entry))
        raise KeyError(path)

    def verify_contents(self, progress: Progress | None = None) -> None:
        """Check every file against its hash without unpacking; raises PackError."""
        total, done = self.manifest.total_size(), 0
        for entry in self.manifest.files:
            for chunk in self._stream(entry):
                done += len(chunk)
                if progress:
                    progress(done, total)

    def extract(self, dest: Path, progress: Progress | None = None) -> dict[str, int]:
        """Unpack into the empty folder ``dest``, checking every hash and syncing to disk.

        Returns each file's CRC-32 (by its path in the manifest), of the bytes checked
        and written: what the pack store checks the files against at each start.
        """
        total, done = self.manifest.total_size(), 0
        crcs: dict[str, int] = {}
        folders: set[Path] = {dest}
        at_once = can_sync_filesystem()  # one sync at the end instead of one a file
        try:
            dest.mkdir(parents=True, exist_ok=True)
            for entry in self.manifest.files:
                target = dest.joinpath(*PurePosixPath(entry.path).parts)
                # unsafe_name already refused '..'; this is the belt to those braces.
                if not target.resolve().is_relative_to(dest.resolve()):
                    raise PackError([Problem(entry.path, translate(
                        "Problems", "points outside the pack"))])
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                             | getattr(os, "O_BINARY", 0), 0o644)
                crc = 0
                with os.fdopen(fd, "wb") as handle:
                    for chunk in self._stream(entry):
                        handle.write(chunk)
                        crc = zlib.crc32(chunk, crc)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                    handle.flush()
                    if not at_once:
                        os.fsync(handle.fileno())
                crcs[entry.path] = crc
            if at_once:
                sync_filesystem(dest)
            else:
                for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
                    fsync_dir(folder)
            return crcs
        except FileExistsError:
            raise PackError([Problem(self.name, translate(
                "Problems", "lists two files that would land in the same place (names "
                            "differing only by case?)"))]) \
                from None
        except OSError as error:
            raise PackError([disk_problem(error, self.name)]) from None


def disk_problem(error: OSError, name: str) -> Problem:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return Problem(name, DISK_FULL, transient=True)
    return Problem(name, translate(
        "Problems", "could not be written to the kiosk's disk ({reason}); the current pack is "
                    "still in use").fill(reason=error.strerror or str(error)), transient=True)


def _read_entry(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], inner: str,
                limit: int, name: str) -> bytes:
    info = entries.get(inner)
    if info is None:
        raise PackError([Problem(name, translate(
            "Problems", "has no {inner}; it is not a pack file made by 'kiosk-pack build'")
            .fill(inner=inner))])
    if info.file_size > limit:
        raise PackError([Problem(f"{name}: {inner}", translate("Problems", "is too big"))])
    try:
        with archive.open(info) as handle:
            return handle.read(limit + 1)[:limit + 1]
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError):
        raise PackError([Problem(f"{name}: {inner}", _DAMAGED)]) \
            from None
    except zlib.error:
        raise PackError([Problem(f"{name}: {inner}", _DAMAGED)]) \
            from None


def _parse_manifest(data: bytes, name: str) -> KpackManifest:
    where = f"{name}: {MANIFEST_NAME}"
    try:
        text = data.decode("utf-8")
        raw = jsontext.loads(text)
    except (UnicodeDecodeError, ValueError):
        raise PackError([Problem(where, translate(
            "Problems", "is damaged (not readable); build the pack again"))]) \
            from None
    if not isinstance(raw, dict):
        raise PackError([Problem(where, translate("Problems", "is damaged (wrong layout)"))])
    fmt = raw.get("kpack_format")
    if isinstance(fmt, int) and not isinstance(fmt, bool) and fmt > KPACK_FORMAT:
        raise PackError([Problem(name, NEWER_FORMAT.fill(
            format=fmt, known=KPACK_FORMAT))])
    try:
        manifest = structure(raw, KpackManifest)
    except SchemaError as error:
        raise PackError(explain_validation(error, where, "")) from None
    if manifest.pack_format > schema.FORMAT_VERSION:
        raise PackError([Problem(name, NEWER_FORMAT.fill(
            format=manifest.pack_format, known=schema.FORMAT_VERSION))])
    return manifest


def read_manifest(path: Path, limits: Limits = DEFAULT_LIMITS) -> KpackManifest:
    with Kpack.open(path, limits) as kp:
        return kp.manifest


def rewrite_signature(path: Path, signature: Signature | None,
                      limits: Limits = DEFAULT_LIMITS) -> None:
    """Replace (or remove) the signature of a .kpack in place, checking it on the way."""
    with Kpack.open(path, limits) as kp:
        kp.verify_contents()
        manifest_bytes = kp.manifest_bytes
        files = [(entry, kp.read(entry.path)) for entry in kp.manifest.files]

    def fill(archive: zipfile.ZipFile) -> None:
        archive.writestr(_zipinfo(MANIFEST_NAME), manifest_bytes)
        if signature is not None:
            archive.writestr(_zipinfo(SIGNATURE_NAME), signature.to_json())
        for entry, data in files:
            archive.writestr(_zipinfo(CONTENT_PREFIX + entry.path), data)

    _write_zip_atomic(path, fill)
