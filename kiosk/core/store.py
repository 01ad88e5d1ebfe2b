"""The installed packs on a kiosk, switched atomically so a power cut never breaks one.

Layout under ``DataDir.packs``::

    state.json            which version is active, and the older ones kept for rollback
    versions/NAME/        one installed version: pack/ (the folder), kpack.json, kpack.sig,
                          installed.json, crc32.json (its files' checksums, for repair)
    staging/TOKEN/        a version being unpacked; anything here after a crash is junk
    .lock                 one installer at a time (the kiosk and a staff command may race)

Installing unpacks into ``staging`` on the same disk, checks every hash, the signature
and the content, syncs it to disk, renames it into ``versions`` and only then replaces
``state.json`` in one atomic step (``write_atomic``). Until that replace the old pack is
active; after it, the new one. ``repair`` (run at start and before every change) deletes
whatever a crash left half-done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import shutil
import sys
import tomllib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kiosk import __version__ as APP_VERSION
from kiosk.core import jsontext, resources, signing
from kiosk.core.atomic import fsync_dir, write_atomic
from kiosk.core.hashing import file_crc32, sha256
from kiosk.core.kpack import (
    DEFAULT_LIMITS,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Kpack,
    KpackManifest,
    Limits,
    Progress,
    app_too_old,
    disk_problem,
)
from kiosk.core.model import Pack
from kiosk.core.packdir import MANIFEST, moved
from kiosk.core.paths import DataDir
from kiosk.core.phrases import translate
from kiosk.core.problems import MANIFESTS_DISAGREE, PackError, Problem
from kiosk.core.settings import Settings

log = logging.getLogger("kiosk.store")

STORE_FORMAT = 1
KEEP = 3  # the active version and two to roll back to
STATE_FILE = "state.json"
INSTALLED_FILE = "installed.json"
CRC32_FILE = "crc32.json"  # each file's CRC-32 as unpacked: see PackStore._intact
HIGHEST_FILE = "highest.json"
PACK_DIR = "pack"
# Room for the filesystem's own overhead on top of the pack's bytes.
DISK_MARGIN = 8 * 1024 * 1024
_BUSY = translate("Problems", "another pack install is running; wait for it to finish")
CHANGED = translate("Problems", "changed after it was checked (another copy may have replaced "
                                "it), so it was not installed. Check it again and look at "
                                "what it is now before installing it")


class PackChanged(PackError):
    """The file is no longer the one that was checked: installing it would put in content
    staff never saw, so it is refused and should be checked (and shown) again."""


class Source(StrEnum):
    """Where a pack came from; decides whether it must be signed."""

    USB = "usb"  # a file a member of staff gave the kiosk (USB stick, kiosk-pack install)
    CHANNEL = "channel"  # downloaded from the update channel: always signed


@dataclass(frozen=True)
class Installed:
    """One installed version of a pack."""

    name: str
    folder: Path
    id: str
    version: int
    installed_at: str
    source: str
    key_id: str
    seq: int

    def describe(self) -> str:
        signed = f"signed by key {self.key_id}" if self.key_id else "unsigned"
        return (f"{self.id} version {self.version} (installed {self.installed_at} from "
                f"{self.source}, {signed})")


@dataclass(frozen=True)
class Bundled:
    """The pack shipped inside the app: trusted because it ships with the app."""

    folder: Path
    id: str
    version: int

    def describe(self) -> str:
        return f"{self.id} version {self.version} (the pack that came with the kiosk software)"


@dataclass(frozen=True)
class StoreStatus:
    active: Installed | None
    bundled: Bundled | None
    history: list[Installed] = field(default_factory=list)  # oldest first

    @property
    def active_id_version(self) -> tuple[str, int] | None:
        if self.active is not None:
            return self.active.id, self.active.version
        if self.bundled is not None:
            return self.bundled.id, self.bundled.version
        return None


@dataclass
class _State:
    active: str | None = None
    history: list[str] = field(default_factory=list)
    # Counts every change, whoever made it (the kiosk, or kiosk-pack from a shell), so a
    # running kiosk can tell that the pack in use changed under it.
    generation: int = 0

    def to_json(self) -> bytes:
        return json.dumps({"store_format": STORE_FORMAT, "active": self.active,
                           "history": self.history, "generation": self.generation},
                          indent=2).encode("utf-8")


def _entries(folder: Path) -> Iterator[Path]:
    try:
        yield from folder.iterdir()
    except FileNotFoundError:
        return


def _bundled(folder: Path | None) -> Bundled | None:
    if folder is None:
        return None
    try:
        data = tomllib.loads((folder / MANIFEST).read_text(encoding="utf-8-sig"))
        return Bundled(folder, str(data["id"]), int(data["version"]))
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.error("the bundled pack at %s is unreadable: %s", folder, error)
        return None


def _default_bundled() -> Path | None:
    try:
        return resources.default_pack()
    except FileNotFoundError:
        return None


def _rmtree(path: Path) -> None:
    def retry(func: object, target: str, _exc: object) -> None:
        # A read-only file (copied from a USB stick on Windows) blocks deletion otherwise.
        with contextlib.suppress(OSError):
            os.chmod(target, 0o700)
            if callable(func):
                func(target)

    if path.is_symlink():
        path.unlink()
    elif not path.exists():
        return
    elif sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=retry)
    else:
        shutil.rmtree(path, onerror=retry)


class PackStore:
    """The installed-pack store. The kiosk and ``kiosk-pack`` share this one class."""

    def __init__(self, data_dir: DataDir, settings: Settings | None = None,
                 bundled: Path | bool | None = True, limits: Limits = DEFAULT_LIMITS) -> None:
        self.data_dir = data_dir
        self.root = data_dir.packs
        self.settings = settings if settings is not None else Settings.load(
            data_dir.settings_file)
        folder = _default_bundled() if bundled is True else (bundled or None)
        self.bundled = _bundled(folder) if isinstance(folder, Path) else None
        self.limits = limits

    # -- paths -------------------------------------------------------------------------

    @property
    def versions(self) -> Path:
        return self.root / "versions"

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    @property
    def state_file(self) -> Path:
        return self.root / STATE_FILE

    # -- reading -----------------------------------------------------------------------

    def _read_state(self) -> _State | None:
        try:
            text = self._state_text()
            if text is None:
                return _State()  # nothing was ever installed
            raw = jsontext.loads(text)
        except FileNotFoundError:
            # Gone with versions still here (deleted by hand, or lost to a damaged disk):
            # damaged, so rebuilt from the versions, never read as "nothing installed"
            # (which repair would follow by deleting every version).
            log.error("the pack store's state file is missing; rebuilding it")
            return None
        except (OSError, ValueError) as error:
            log.error("the pack store's state is damaged (%s); rebuilding it", error)
            return None
        if not isinstance(raw, dict):
            return None
        active = raw.get("active")
        history = raw.get("history", [])
        if (active is not None and not isinstance(active, str)) or not isinstance(history, list) \
                or not all(isinstance(h, str) for h in history):
            return None
        generation = raw.get("generation", 0)
        return _State(active, [str(h) for h in history],
                      generation if isinstance(generation, int) else 0)

    def _state_text(self) -> str | None:
        """The state file's text; None if neither it nor any version is there."""
        try:
            return self.state_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            pass
        try:
            versions = any(_entries(self.versions))
        except OSError as error:
            raise OSError(f"the versions folder cannot be listed: {error}") from error
        if not versions:
            return None
        # A first install writes the state file just before its version appears. A reader
        # (which takes no lock) that missed the file and then saw the version raced that
        # install, and the file is there now; the store never deletes it, so a second miss
        # is damage. (Seen once in a shuffled test run, as a logged error.)
        return self.state_file.read_text(encoding="utf-8")

    def _info(self, name: str) -> Installed | None:
        folder = self.versions / name
        try:
            meta = jsontext.loads((folder / INSTALLED_FILE).read_text(encoding="utf-8"))
            return Installed(name=name, folder=folder / PACK_DIR, id=str(meta["id"]),
                             version=int(meta["version"]),
                             installed_at=str(meta.get("installed_at", "")),
                             source=str(meta.get("source", "")), key_id=str(meta.get("key_id", "")),
                             seq=int(meta.get("seq", 0)))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _intact(self, name: str) -> bool:
        """Whether an installed version's files are still the bytes that were unpacked.

        Each file is checked against the CRC-32 recorded as it was unpacked (those bytes
        had matched the signed manifest's SHA-256). What this looks for is damage: a power
        cut or a failing disk cuts a file short or garbles it, and never makes a checksum
        come out right. Whoever can write to the data folder could change the record as
        easily as the file, so SHA-256 would guard nothing more here, and it would load
        OpenSSL for the day (kiosk.core.hashing). A version installed before the CRC-32s
        were recorded (or whose record is damaged) is checked against the manifest's
        SHA-256, as it was then, and the record is written if it proves whole.
        """
        folder = self.versions / name
        if self._info(name) is None:
            return False
        try:
            manifest = KpackManifest.from_json((folder / MANIFEST_NAME).read_bytes())
        except (OSError, ValueError):
            return False
        record = folder / CRC32_FILE
        try:
            crcs = jsontext.loads(record.read_text(encoding="utf-8"))
        except FileNotFoundError:
            crcs = {}  # installed before they were recorded
        except (OSError, ValueError) as error:
            log.warning("the checksums of %s cannot be read (%s); checking it by SHA-256",
                        name, error)
            crcs = {}
        crcs = crcs if isinstance(crcs, dict) else {}
        found: dict[str, int] = {}
        for entry in manifest.files:
            path = folder / PACK_DIR / entry.path
            crc = crcs.get(entry.path)
            try:
                if path.is_symlink() or path.stat().st_size != entry.size:
                    return False
                if isinstance(crc, int) and not isinstance(crc, bool):
                    if file_crc32(path) != crc:
                        return False
                    found[entry.path] = crc
                else:
                    data = path.read_bytes()
                    if sha256(data).hexdigest() != entry.sha256:
                        return False
                    found[entry.path] = zlib.crc32(data)
            except OSError:
                return False
        if found != crcs:
            # Whole by SHA-256: from the next start on, checked without OpenSSL.
            with contextlib.suppress(OSError):  # a read-only disk: SHA-256 again next time
                write_atomic(record, json.dumps(found).encode())
        return True

    def status(self) -> StoreStatus:
        state = self._read_state() or _State()
        active = self._info(state.active) if state.active else None
        history = [info for name in state.history if (info := self._info(name)) is not None]
        return StoreStatus(active=active, bundled=self.bundled, history=history)

    def active_pack_folder(self) -> Path:
        """The pack folder the kiosk should show; the bundled pack if none is installed."""
        state = self._read_state()
        if state is not None and state.active:
            folder = self.versions / state.active / PACK_DIR
            if folder.is_dir():
                return folder
        if self.bundled is None:
            raise FileNotFoundError("no pack is installed and the bundled pack is missing")
        return self.bundled.folder

    # -- changing ----------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+b") as handle:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                except OSError:
                    raise PackError([Problem("kiosk", _BUSY, transient=True)]) from None
                try:
                    yield
                finally:
                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    raise PackError([Problem("kiosk", _BUSY, transient=True)]) from None
                try:
                    yield
                finally:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def generation(self) -> int:
        """A number that grows with every change of the installed packs."""
        state = self._read_state()
        return state.generation if state is not None else -1

    def _write_state(self, state: _State) -> None:
        # The first install writes the first state file: its absence is no damage then.
        current = self._read_state() if self.state_file.exists() else None
        state.generation = max(state.generation, current.generation if current else 0) + 1
        write_atomic(self.state_file, state.to_json())

    def repair(self) -> list[str]:
        """Clean up after a crash; returns what was done, in words for the log."""
        with self._locked():
            return self._repair()

    def _repair(self) -> list[str]:
        done: list[str] = []
        if self.staging.exists():
            for leftover in self.staging.iterdir():
                _rmtree(leftover)
                done.append(f"removed an unfinished install ({leftover.name})")
        for name in (STATE_FILE, HIGHEST_FILE):
            for tmp in self.root.glob(f".{name}.*.tmp"):
                tmp.unlink(missing_ok=True)
        self.versions.mkdir(parents=True, exist_ok=True)
        state = self._read_state()
        if state is None:
            state = self._rebuild_state()
            done.append("rebuilt the damaged list of installed packs")
        original = _State(state.active, list(state.history))
        if state.active and not self._intact(state.active):
            done.append(f"the active pack {state.active} was damaged; went back to the one "
                        f"before it")
            state.active = None
            while state.history:
                candidate = state.history.pop()
                if self._intact(candidate):
                    state.active = candidate
                    break
        if state.active is None and original.active is not None:
            # Nothing it names is left whole: the versions on disk are the truth now, so a
            # state file naming a version that is gone does not cost every other one.
            state = self._rebuild_state()
            done.append("the list of installed packs named none that is whole; rebuilt it "
                        "from the versions on disk")
        state.history = [name for name in state.history if self._info(name) is not None]
        state.history = state.history[-(KEEP - 1):] if KEEP > 1 else []
        if (state.active, state.history) != (original.active, original.history):
            self._write_state(state)
        keep = {state.active, *state.history}
        for folder in self.versions.iterdir():
            if folder.name not in keep:
                _rmtree(folder)
                done.append(f"removed {folder.name}, which is no longer needed")
        for line in done:
            log.warning("repair: %s", line)
        return done

    def _rebuild_state(self) -> _State:
        infos = sorted((info for folder in self.versions.iterdir()
                        if (info := self._info(folder.name)) is not None),
                       key=lambda info: info.seq)
        good = [info.name for info in infos if self._intact(info.name)]
        state = _State(good[-1] if good else None, good[:-1])
        self._write_state(state)
        return state

    def _next_seq(self, state: _State) -> int:
        seqs = [info.seq for name in [state.active, *state.history]
                if name and (info := self._info(name)) is not None]
        return max(seqs, default=0) + 1

    def install(self, kpack: Path, source: Source = Source.USB,
                progress: Progress | None = None) -> Installed:
        """Check and install a .kpack, or raise PackError and leave the active pack alone."""
        return self.install_pack(kpack, source, progress)[0]

    def install_pack(self, kpack: Path, source: Source = Source.USB,
                     progress: Progress | None = None,
                     known: tuple[bytes, Pack] | None = None,
                     expected: bytes | None = None) -> tuple[Installed, Pack]:
        """``install``, and the pack as the kiosk will show it, read once.

        ``known``: the manifest and the pack as a check of this file already read them.
        When the file still has that manifest, the unpacked files (each checked against
        the manifest's hash) are the ones that were checked, so they are not read again.
        ``expected``: the manifest staff were shown; PackChanged if the file's differs.
        """
        with self._locked():
            self._repair()
            return self._install(kpack, source, progress, known, expected)

    def _check_policy(self, kp: Kpack, source: Source) -> None:
        manifest = kp.manifest
        name = kp.name
        if app_too_old(manifest.min_app_version):
            raise PackError([Problem(name, translate(
                "Problems", "needs kiosk software version {needed} or newer; this kiosk has "
                            "{have}. Update the kiosk software first").fill(
                needed=manifest.min_app_version, have=APP_VERSION))])
        unsigned_ok = source is Source.USB and self.settings.allow_unsigned_usb
        if not (unsigned_ok and kp.signature is None and kp.signature_problem is None):
            why = kp.check_signature(signing.trusted_keys(self.settings.trusted_keys))
            if why is not None:
                if kp.signature is not None:
                    refused = translate("Problems", "{why}. The pack was not installed")
                else:
                    refused = translate(
                        "Problems", "{why}; sign it with 'kiosk-pack sign', or allow unsigned "
                                    "packs from USB in the kiosk's settings. The pack was not "
                                    "installed")
                raise PackError([Problem(name, refused.fill(why=why))])
        current = self.status().active_id_version
        if current is not None and current[0] == manifest.id and manifest.version <= current[1]:
            raise PackError([Problem(name, translate(
                "Problems", "is version {version}, which is not newer than the pack in use "
                            "(version {current}). To go back to an older version, use "
                            "rollback").fill(version=manifest.version, current=current[1]))])
        if source is Source.CHANNEL:
            highest = self.highest_installed(manifest.id)
            if manifest.version <= highest:
                raise PackError([Problem(name, translate(
                    "Problems", "is version {version}, but this kiosk has had version "
                                "{highest} of this pack (staff may have gone back from it on "
                                "purpose); the update channel only brings newer versions")
                    .fill(version=manifest.version, highest=highest))])

    def _install(self, path: Path, source: Source, progress: Progress | None,
                 known: tuple[bytes, Pack] | None,
                 expected: bytes | None = None) -> tuple[Installed, Pack]:
        token = os.urandom(4).hex()  # a name of its own for the folder, not a secret
        staging = self.staging / token
        renamed = False
        try:
            with Kpack.open(path, self.limits) as kp:
                # The manifest names every file's hash and the unpacking checks each one,
                # so the same manifest bytes mean the same content. Before the policy: a
                # refusal must be about the file staff saw, not one put in its place.
                if expected is not None and kp.manifest_bytes != expected:
                    raise PackChanged([Problem(kp.name, CHANGED)])
                self._check_policy(kp, source)
                manifest = kp.manifest
                need = manifest.total_size() + DISK_MARGIN
                free = shutil.disk_usage(self.root).free
                if free < need:
                    raise PackError([Problem(kp.name, translate(
                        "Problems", "could not be installed: the kiosk's disk is full ({free} "
                                    "MB free, {need} MB needed). Free some space, then try "
                                    "again; the current pack is still in use").fill(
                        free=free // 1024 // 1024, need=need // 1024 // 1024),
                        transient=True)])
                staging.mkdir(parents=True)
                crcs = kp.extract(staging / PACK_DIR, progress)
                problems: list[Problem]
                found: Pack | None
                if known is not None and known[0] == kp.manifest_bytes:
                    problems, found = [], moved(known[1], staging / PACK_DIR)
                else:
                    # Imported here: validating brings in its cache, XML parsing and
                    # package metadata (email with it), which a kiosk that only shows
                    # its pack never needs.
                    from kiosk.core.validate import checked_folder

                    problems, found = checked_folder(staging / PACK_DIR, check_review=False)
                if problems or found is None:
                    raise PackError(problems)
                pack = found
                if (pack.id, pack.version, pack.min_app_version) != \
                        (manifest.id, manifest.version, manifest.min_app_version):
                    raise PackError([Problem(kp.name, MANIFESTS_DISAGREE)])
                state = self._read_state()
                if state is None:
                    # Repair has just rebuilt it, so the disk is failing now: taken for
                    # "nothing installed", the versions before would drop out of the
                    # history and be tidied away.
                    raise OSError(errno.EIO, "the list of installed packs cannot be read")
                name = f"{manifest.id}-v{manifest.version}-{token}"
                key_id = kp.signature.key_id if kp.signature else ""
                meta = {"id": manifest.id, "version": manifest.version, "source": str(source),
                        "installed_at": dt.datetime.now(dt.UTC).replace(microsecond=0)
                        .isoformat(), "key_id": key_id, "seq": self._next_seq(state),
                        "app_version": APP_VERSION}
                write_atomic(staging / MANIFEST_NAME, kp.manifest_bytes)
                if kp.signature is not None:
                    write_atomic(staging / SIGNATURE_NAME, kp.signature.to_json())
                write_atomic(staging / INSTALLED_FILE, json.dumps(meta, indent=2).encode())
                write_atomic(staging / CRC32_FILE, json.dumps(crcs).encode())
                fsync_dir(staging)
            if pack.review.overdue():
                log.warning("pack %s v%d is past its review date %s", pack.id, pack.version,
                            pack.review.next_review)
            if not self.state_file.exists():
                # Readers (the kiosk's screen, a staff command) do not take the lock, and a
                # version on disk beside no state file means damage to them: so the first
                # install records "nothing installed" before its version appears.
                write_atomic(self.state_file, state.to_json())
            # The new version is complete on disk; the next two steps are the switch.
            os.rename(staging, self.versions / name)
            renamed = True
            fsync_dir(self.versions)
            history = [*state.history, state.active] if state.active else list(state.history)
            self._write_state(_State(name, history[-(KEEP - 1):]))
        except OSError as error:
            self._undo(staging, name if renamed else None)
            raise PackError([disk_problem(error, path.name)]) from None
        except BaseException:
            self._undo(staging, name if renamed else None)
            raise
        log.info("installed %s v%d from %s as %s", manifest.id, manifest.version, source, name)
        try:
            self._remember(manifest.id, manifest.version)
        except OSError as error:
            # The version on disk still counts (highest_installed looks there too).
            log.error("could not note the highest version installed: %s", error)
        self._prune()
        info = self._info(name)
        assert info is not None  # written just above
        return info, moved(pack, info.folder)

    def _undo(self, staging: Path, renamed: str | None) -> None:
        """After a failed install: staff were told it failed, so a version moved into place
        but not recorded must not go live later (repair would take it for the truth once
        the state file is missing, as after a first install)."""
        _rmtree(staging)
        if renamed is not None:
            with contextlib.suppress(OSError):
                state = self._read_state() if self.state_file.exists() else None
                if state is None or state.active != renamed:
                    _rmtree(self.versions / renamed)

    def _prune(self) -> None:
        # Not needed for safety (repair does it too); keeps the disk tidy straight away.
        with contextlib.suppress(OSError):
            state = self._read_state()
            if state is None:
                return  # unreadable is not "nothing to keep": repair rebuilds it first
            keep = {state.active, *state.history}
            for folder in self.versions.iterdir():
                if folder.name not in keep:
                    _rmtree(folder)

    def highest_installed(self, pack_id: str) -> int:
        """The highest version of ``pack_id`` this kiosk ever installed, 0 if none.

        The update channel brings only newer ones: so a staff rollback holds (the version
        gone back from is not fetched again at the next poll), and no listing can walk the
        kiosk back to old content by way of another pack id and back.
        """
        return self.highest_versions().get(pack_id, 0)

    def highest_versions(self) -> dict[str, int]:
        """``highest_installed`` for every pack id at once: one read of the store."""
        status = self.status()
        highest = self._highest()
        present = [(info.id, info.version) for info in [status.active, *status.history]
                   if info is not None]
        if status.bundled is not None:
            present.append((status.bundled.id, status.bundled.version))
        for pack_id, version in present:
            highest[pack_id] = max(highest.get(pack_id, 0), version)
        return highest

    def _highest(self) -> dict[str, int]:
        path = self.root / HIGHEST_FILE
        try:
            raw = jsontext.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            # Only the memory of versions gone back from is lost; what is installed counts.
            log.error("%s is damaged (%s); going by the versions on disk", path, error)
            return {}
        if not isinstance(raw, dict):
            return {}
        return {str(key): value for key, value in raw.items()
                if isinstance(value, int) and not isinstance(value, bool)}

    def _remember(self, pack_id: str, version: int) -> None:
        seen = self._highest()
        if version > seen.get(pack_id, 0):
            seen[pack_id] = version
            write_atomic(self.root / HIGHEST_FILE,
                         json.dumps(seen, indent=2, sort_keys=True).encode("utf-8"))

    def rollback(self) -> StoreStatus:
        """Go back one version: to the previous install, or to the bundled pack."""
        with self._locked():
            self._repair()
            state = self._read_state() or _State()
            if state.active is None:
                raise PackError([Problem("kiosk", translate(
                    "Problems", "there is nothing to roll back to: the kiosk is already showing "
                                "the pack that came with it"))])
            old = state.active
            new = _State(state.history[-1] if state.history else None, state.history[:-1])
            self._write_state(new)
            log.info("rolled back from %s to %s", old, new.active or "the bundled pack")
            self._prune()
        return self.status()


def open_store(data_dir: DataDir, settings: Settings | None = None) -> PackStore:
    """What the kiosk calls at start: the store, repaired after any crash."""
    store = PackStore(data_dir.create(), settings)
    try:
        store.repair()
    except PackError as error:
        # A staff command is installing right now; it cleans up after itself, and the
        # kiosk can show the active pack meanwhile.
        log.warning("pack store not repaired at start: %s", error)
    except OSError as error:
        # A data disk gone read-only (what ext4 does after errors) or full: the packs on
        # it can still be read and shown; repair runs again before the next change.
        log.error("pack store not repaired at start: %s", error)
    return store
