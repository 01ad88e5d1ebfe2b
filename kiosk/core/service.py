"""The kiosk's packs, settings and trust in one Qt-free place: commands in, events out.

The staff panel only shows this service's state and sends it commands, as napari's
widgets show its viewer model; tests drive it without Qt. Commands may run on worker
threads (the Qt bridge runs the slow ones there): one lock keeps changes in order, and
listeners hear each event on the thread whose command caused it.

A change made outside the running kiosk (IT editing ``settings.json``, ``kiosk-pack
install`` or ``rollback`` from a shell) is noticed by ``notice``: the store's generation
and the settings file's stamp say something changed, and the store's own lock and atomic
state file make sure nothing is half seen.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from kiosk.core import channelfiles
from kiosk.core.diskcheck import disk_trouble
from kiosk.core.kpack import DEFAULT_LIMITS, Limits, Progress, disk_problem
from kiosk.core.model import Pack
from kiosk.core.packdir import load_pack
from kiosk.core.paths import DataDir
from kiosk.core.phrases import Phrase, Value, translate
from kiosk.core.problems import PackError, Problem
from kiosk.core.settings import Settings, damaged_note
from kiosk.core.signing import KeyFileError
from kiosk.core.staffpin import Result, StaffPin
from kiosk.core.store import Installed, PackStore, Source
from kiosk.core.usage.counting import Counting, UsageChecked

if TYPE_CHECKING:  # imported where used: channel()'s only when an address is set (http,
    # ssl), a check's and the key list's when staff bring a pack
    from kiosk.core import trust
    from kiosk.core.channel import ChannelClient
    from kiosk.core.packcheck import PackCheck

log = logging.getLogger("kiosk.service")

KEPT_CHECKS = 50  # checked packs kept for installing without reading them again
CANNOT_SHOW = translate("Problems", "The installed pack cannot be shown, so the kiosk keeps "
                                    "showing the one it had:")


# -- events ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileStamp:
    """What a look at a file's entry tells without reading it. A file still being copied
    in, or replaced by another copy, changes its size, time or inode (its number on the
    disk, new when a copy is moved into place): a different stamp means read it again."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        """The file's stamp now; None if it cannot be looked at (gone, a stick pulled)."""
        try:
            stat = path.stat()
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, stat.st_ino)


@dataclass(frozen=True)
class PackFound:
    """A look at the USB sticks and the watch folder found these."""

    kpacks: tuple[Path, ...]
    folders: tuple[Path, ...]
    # Each pack file's stamp as this look saw it (none for one gone before it was seen).
    stamps: Mapping[Path, FileStamp] = field(default_factory=dict)


@dataclass(frozen=True)
class InstallProgress:
    path: Path
    done: int
    total: int


@dataclass(frozen=True)
class PackReady:
    """A pack from the update channel is downloaded and waits for the welcome screen
    (``path``; None if none waits). ``held_back``: versions the channel offers that the
    kiosk will not take because it has had them, or newer, before (staff went back)."""

    path: Path | None
    held_back: tuple[int, ...] = ()
    not_taken: tuple[Value, ...] = ()  # newer packs it cannot take (software, key), and why


@dataclass(frozen=True)
class PackLive:
    """The pack patients see from the next visit changed: installed, or gone back."""

    pack: Pack
    installed: Installed | None = None  # None: the pack that came with the kiosk
    rolled_back: bool = False


@dataclass(frozen=True)
class SettingsChanged:
    settings: Settings
    changed: frozenset[str]


@dataclass(frozen=True)
class ProblemFound:
    """Something went wrong that staff should hear of (the log has the details)."""

    what: Phrase
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class DiskChecked:
    """How the data disk is: ``trouble`` in staff's words, or None when it is well; and
    ``settings``, what staff must know when the settings file was found damaged."""

    trouble: Phrase | None
    settings: Phrase | None = None


Event = (PackFound | InstallProgress | PackReady | PackLive | SettingsChanged | ProblemFound
         | DiskChecked | UsageChecked)
Listener = Callable[[Event], object]


class KioskService:
    """Owns the pack store, the channel, the settings and trust (keys, PIN)."""

    def __init__(self, data: DataDir, settings: Settings | None = None, *,
                 bundled: Path | bool | None = True, follow_store: bool = True,
                 limits: Limits = DEFAULT_LIMITS) -> None:
        self.data = data
        self._lock = threading.RLock()
        # Where a damaged settings file was kept while the kiosk runs on defaults: staff
        # are told (DiskChecked.settings) until the settings are saved again.
        self._damaged: Path | None = None
        if settings is None:
            settings, self._damaged = Settings.read(data.settings_file)
        self._settings = settings
        self._settings_stamp = _stamp(data.settings_file)
        self.store = PackStore(data, self._settings, bundled, limits)
        self.pin = StaffPin(data.root)
        # With --pack the kiosk shows one fixed folder; installs still land in the store.
        self.follow_store = follow_store
        self._listeners: list[Listener] = []
        self._live: Pack | None = None
        self._live_generation = -1
        self._unloadable: Path | None = None
        self._checks: OrderedDict[Path, PackCheck] = OrderedDict()
        # The last problem staff should hear of (the last ``ProblemFound``): a staff
        # screen made after the event reads it here.
        self.problem: ProblemFound | None = None
        # Usage statistics: counted for the Qt side, told to staff through these events.
        self.counting = Counting(data, lambda: self._settings, lambda: self._live, self._emit)
        # Changes of the update address, and how many of them the channel's files were last
        # dropped for: a change only counts (it may be made on the UI thread), and the next
        # channel command, on a worker, drops what the old address downloaded.
        self._address_changes = 0
        self._dropped_for = 0

    # -- listening ---------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def live(self) -> Pack | None:
        """The pack patients see (or will see from the next visit)."""
        return self._live

    # -- the pack in use ---------------------------------------------------------------

    def start(self, pack: Pack) -> None:
        """The kiosk shows ``pack`` now (read at start, before the first frame)."""
        with self._lock:
            self._live = pack
            self._live_generation = self.store.generation()

    def behind(self) -> bool:
        """Whether the installed packs changed since the kiosk last looked (one small read)."""
        return self.follow_store and self.store.generation() != self._live_generation

    def notice(self) -> list[Event]:
        """Take changes made outside the kiosk since the last look; return their events.

        Called between patients: the settings file changed by hand, or a pack installed or
        rolled back from a shell (the folder in use may then be gone).
        """
        events: list[Event] = []
        with self._lock:
            stamp = _stamp(self.data.settings_file)
            if stamp != self._settings_stamp:
                self._settings_stamp = stamp
                fresh = self._settings.reread(self.data.settings_file)
                if fresh != self._settings:
                    events.append(self._replace_settings(fresh))
            if self.follow_store:
                generation = self.store.generation()
                if generation != self._live_generation:
                    live = self._load_active(generation)
                    if live is not None:
                        events.append(live)
        for event in events:
            self._emit(event)
        return events

    def _load_active(self, generation: int, rolled_back: bool = False) -> PackLive | None:
        try:
            folder = self.store.active_pack_folder()
        except FileNotFoundError as error:
            log.error("no pack to show: %s", error)
            return None
        self._live_generation = generation
        if self._live is not None and folder.resolve() == self._live.root.resolve():
            return None
        if folder == self._unloadable:
            return None
        try:
            pack = load_pack(folder)
        except (PackError, OSError) as error:
            # Said once, not at every patient: the store's repair deals with it at start.
            self._unloadable = folder
            log.error("the active pack at %s cannot be shown, keeping the current one: %s",
                      folder, error)
            problems = error.problems if isinstance(error, PackError) else \
                [disk_problem(error, folder.name)]
            self.problem = ProblemFound(CANNOT_SHOW, tuple(problems))
            self._emit(self.problem)
            return None
        self._live = pack
        return PackLive(pack, self.store.status().active, rolled_back)

    # -- the disk ----------------------------------------------------------------------

    def check_disk(self) -> DiskChecked:
        """Whether installs can still be written (read-only or full disk); may block on a
        failing disk, so call it from a worker."""
        event = DiskChecked(disk_trouble(self.data.root), damaged_note(self._damaged))
        self._emit(event)
        return event

    # -- packs on USB sticks and in folders --------------------------------------------

    def look(self, folders: Iterable[Path]) -> PackFound:
        """Find packs in these folders (USB sticks, the watch folder); may block on a dead
        network share, so the Qt side runs it off the UI thread."""
        from kiosk.core import packsources  # staff's, like check's and trust's below

        folders = list(folders)
        kpacks = tuple(packsources.find_kpacks(folders))
        # Here, in the worker that looks: on a network share even a stat may hang.
        stamps = {path: stamp for path in kpacks if (stamp := FileStamp.of(path)) is not None}
        found = PackFound(kpacks, tuple(packsources.find_pack_folders(folders)), stamps)
        self._emit(found)
        return found

    def check(self, path: Path) -> PackCheck:
        """What installing this file would do; PackError if it cannot be read at all."""
        # Imported when staff first bring a pack: what a check compares (the differences
        # from the pack shown, its reviews and recordings) is code a patient's day never
        # runs, about 0.4 MB of Python objects held for good once imported.
        from kiosk.core import trust
        from kiosk.core.packcheck import check_pack_file

        with self._lock:
            settings, live = self._settings, self._live
        checked = check_pack_file(path, trust.read_entries(settings.trusted_keys),
                                  self.store.status(), live, self.store.limits)
        with self._lock:
            self._checks[path] = checked
            self._checks.move_to_end(path)
            while len(self._checks) > KEPT_CHECKS:
                self._checks.popitem(last=False)
        return checked

    def installable(self, checked: PackCheck) -> bool:
        from kiosk.core.packcheck import Signature  # imported by the check that made it

        allowed = {Signature.TRUSTED}
        if self._settings.allow_unsigned_usb:
            allowed.add(Signature.UNSIGNED)
        return not checked.problems and checked.signature in allowed and checked.newer

    def install(self, path: Path, progress: Progress | None = None,
                checked: PackCheck | None = None) -> PackLive:
        """Install a pack file from a USB stick or a folder; PackError if refused.

        ``checked``: the check staff were shown and said yes to. If the file is no longer
        that file (a newer copy put in its place on a shared folder), PackChanged: what is
        installed must be what staff saw, never something that came after."""
        if checked is None:
            with self._lock:
                checked = self._checks.get(path)
            expected = None
        else:
            expected = checked.manifest
        known = (checked.manifest, checked.pack) if checked is not None and \
            checked.pack is not None else None

        said = [-1]

        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            percent = 100 if total <= 0 else done * 100 // total
            if percent != said[0]:  # a percent at a time, not every 64 KB read
                said[0] = percent
                self._emit(InstallProgress(path, done, total))

        installed, pack = self.store.install_pack(path, Source.USB, report, known, expected)
        return self._now_live(installed, pack)

    def _now_live(self, installed: Installed, pack: Pack, rolled_back: bool = False) -> PackLive:
        with self._lock:
            self._live = pack
            self._live_generation = self.store.generation()
            self._checks.clear()  # "newer than the pack in use" changed for every one
        event = PackLive(pack, installed, rolled_back)
        self._emit(event)
        return event

    def go_back(self) -> PackLive | None:
        """Go back one version (to the one before, or to the pack the kiosk came with).

        None if the older version cannot be read: the store has gone back all the same,
        and a ProblemFound says why the kiosk keeps showing what it showed."""
        self.store.rollback()
        with self._lock:
            self._checks.clear()
            event = self._load_active(self.store.generation(), rolled_back=True)
        if event is not None:
            self._emit(event)
        return event

    # -- the update channel ------------------------------------------------------------

    def channel(self) -> ChannelClient | None:
        """The channel client for the current settings; ChannelError if the address is bad."""
        settings = self._settings
        if not settings.update_url.strip():
            return None  # before the import: http.client and ssl are 3.6 MiB unused
        from kiosk.core.channel import ChannelClient

        return ChannelClient.from_settings(self.data, settings, self.store)

    @property
    def stale_downloads(self) -> bool:
        """Whether what an address no longer in use downloaded may still be on the disk.

        Read without the lock: the UI thread asks, and a worker may hold the lock while it
        reads a pack. A change missed by a read under way is dropped by the next check."""
        return self._dropped_for != self._address_changes

    def drop_stale_downloads(self) -> None:
        """Drop the download under way and the pack waiting if the address changed since
        they were last dropped (up to two packs' size on a small disk, kept for good
        otherwise). Disk work: a dead USB or network data folder can hang it, so callers
        run it off the UI thread. Until it has run, the address noted beside the waiting
        pack keeps it from being installed (ChannelClient.pending)."""
        with self._lock:  # not held for the disk work: a change of settings must not wait
            stale = self._dropped_for != self._address_changes
            self._dropped_for = self._address_changes
        if stale:
            channelfiles.forget_downloads(self.data.root)

    def check_channel(self, progress: Progress | None = None, again: bool = False) -> PackReady:
        self.drop_stale_downloads()
        client = self.channel()
        ready = client.check(progress, again=again) if client is not None else None
        event = PackReady(ready, tuple(sorted(e.version for e in client.held_back))
                          if client is not None else (),
                          tuple(client.not_taken) if client is not None else ())
        self._emit(event)
        return event

    def install_from_channel(self, progress: Progress | None = None) -> PackLive | None:
        """Install a waiting download (between patients); None if nothing waits."""
        self.drop_stale_downloads()
        client = self.channel()
        if client is None:
            return None
        result = client.install_pending(progress)
        if result is None:
            return None
        installed, pack = result
        return self._now_live(installed, pack)

    # -- settings ----------------------------------------------------------------------

    def change_settings(self, **changes: object) -> Settings:
        """Apply changes to the settings file as it is now, save, and say so.

        ValueError (nothing saved) if a value is not allowed; OSError if it cannot be saved.
        """
        with self._lock:
            updated = self._settings.changed_in_file(self.data.settings_file, **changes)
            self._settings_stamp = _stamp(self.data.settings_file)
            event = self._replace_settings(updated, frozenset(changes))
        log.info("settings changed: %s", ", ".join(sorted(changes)))
        self._emit(event)
        return updated

    def _replace_settings(self, new: Settings,
                          named: frozenset[str] = frozenset()) -> SettingsChanged:
        changed = frozenset(f.name for f in attrs.fields(Settings)
                            if getattr(new, f.name) != getattr(self._settings, f.name)) | named
        if new.update_url != self._settings.update_url:
            # What the old address offered is not the new one's to install (nor, with
            # none, anyone's). Only counted here, on whatever thread changed the settings:
            # drop_stale_downloads does the disk work, on a worker.
            self._address_changes += 1
        self._settings = new
        self.store.settings = new
        if "keep_use_days" in changed:
            self.counting.keep_for(new.keep_use_days)
        self._damaged = None  # saved by staff, or rewritten by IT: the file is whole again
        self._checks.clear()  # a key trusted or forgotten changes what a check says
        return SettingsChanged(new, changed)

    # -- trust -------------------------------------------------------------------------

    def trusted(self) -> list[trust.TrustedKey]:
        from kiosk.core import trust

        return trust.read_entries(self._settings.trusted_keys)

    def trust_key(self, key: trust.TrustedKey) -> Settings:
        """Trust packs signed by ``key`` (staff have compared its fingerprint)."""
        with self._lock:
            self._take_file()
            kept = [entry for entry, known in self._entries() if known is None
                    or not known.same_key(key)]
            log.warning("staff trusted key %s (%s)", key.key_id, key.name or "no name")
            return self.change_settings(trusted_keys=[*kept, key.entry])

    def forget_key(self, key_id: str) -> Settings:
        with self._lock:
            self._take_file()
            kept = [entry for entry, known in self._entries()
                    if known is None or known.key_id != key_id]
            log.warning("staff removed trusted key %s", key_id)
            return self.change_settings(trusted_keys=kept)

    def _take_file(self) -> None:
        # The key list is a whole value: built from the file as it is now, so a key IT
        # added (or took away) by hand while the panel was open is not undone.
        fresh = self._settings.reread(self.data.settings_file)
        if fresh != self._settings:
            self._emit(self._replace_settings(fresh))

    def _entries(self) -> list[tuple[str, trust.TrustedKey | None]]:
        from kiosk.core import trust

        out: list[tuple[str, trust.TrustedKey | None]] = []
        for entry in self._settings.trusted_keys:
            try:
                out.append((entry, trust.parse_entry(entry)))
            except KeyFileError:
                out.append((entry, None))  # IT's line, unreadable: kept as IT wrote it
        return out

    # -- the staff PIN -----------------------------------------------------------------

    def check_pin(self, pin: str) -> Result:
        return self.pin.check(pin)

    def recover(self, code: str) -> Result:
        return self.pin.recover(code)

    def set_pin(self, pin: str) -> str:
        """Save a new PIN; returns its one-time recovery code, to be shown once."""
        self.pin.set_pin(pin)
        return self.pin.new_recovery_code()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
