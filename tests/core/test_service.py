"""The kiosk service without Qt: packs, settings and trust, as commands and events."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from stdnum.iso7064 import mod_97_10

from kiosk.core import channelfiles, diskcheck, kpack, packdir, signing, store, trust, validate
from kiosk.core.hashing import sha256
from kiosk.core.packcheck import Signature
from kiosk.core.packdir import load_pack
from kiosk.core.paths import DataDir
from kiosk.core.problems import PackError
from kiosk.core.service import (
    DiskChecked,
    Event,
    FileStamp,
    InstallProgress,
    KioskService,
    PackLive,
    ProblemFound,
    SettingsChanged,
)
from kiosk.core.settings import Settings
from kiosk.core.store import PackStore
from tests.core.kpack_helpers import build, make_pack, new_key, pub_text


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data").create()


def started(data: DataDir, settings: Settings | None = None) -> tuple[KioskService, list[Event]]:
    service = KioskService(data, settings)
    heard: list[Event] = []
    service.subscribe(heard.append)
    service.start(load_pack(service.store.active_pack_folder()))
    return service, heard


def test_an_install_reads_the_file_twice_and_the_pack_once(
        data: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = new_key()
    service, heard = started(data, Settings(trusted_keys=[pub_text(key)]))
    path = build(make_pack(tmp_path / "v2", 2), tmp_path / "v2.kpack", key)
    reads: list[str] = []
    parses: list[Path] = []
    extract, load = kpack.Kpack.extract, packdir.load_pack

    def counting_extract(self: kpack.Kpack, dest: Path, progress: object = None) -> None:
        reads.append(self.name)
        extract(self, dest, progress)  # type: ignore[arg-type]

    def counting_load(root: Path | str) -> object:
        parses.append(Path(root))
        return load(root)

    monkeypatch.setattr(kpack.Kpack, "extract", counting_extract)
    for module in (packdir, validate, store):
        monkeypatch.setattr(module, "load_pack", counting_load, raising=False)

    checked = service.check(path)
    assert checked.signature is Signature.TRUSTED and not checked.problems
    assert service.installable(checked)
    live = service.install(path)

    assert reads == ["v2.kpack", "v2.kpack"]  # once to check, once to unpack
    assert len(parses) == 1  # the check's reading is the one patients will see
    assert live.pack.version == 2 and live.installed is not None
    assert live.pack.root == live.installed.folder and live.pack.root.is_dir()
    # Every path of the pack as read points at the installed copy, not the check's folder.
    assert live.pack == load(live.installed.folder)
    assert any(isinstance(e, InstallProgress) for e in heard)
    assert heard[-1] == live and service.live == live.pack


def test_a_file_changed_after_its_check_is_read_again(data: DataDir, tmp_path: Path) -> None:
    service, _heard = started(data, Settings(allow_unsigned_usb=True))
    path = build(make_pack(tmp_path / "v2", 2), tmp_path / "p.kpack")
    service.check(path)
    build(make_pack(tmp_path / "v3", 3, en="# Changed\n\nNew words.\n"), path)  # same name
    live = service.install(path)
    assert live.pack.version == 3  # what is on the stick now, checked in full


def test_a_file_replaced_after_staff_saw_its_check_is_refused_not_installed(
        data: DataDir, tmp_path: Path) -> None:
    """A shared folder's clinic.kpack replaced by a newer build between the check staff
    read and their tap on Install: what goes in must be what they were shown."""
    service, _heard = started(data, Settings(allow_unsigned_usb=True))
    path = build(make_pack(tmp_path / "v2", 2), tmp_path / "clinic.kpack")
    shown = service.check(path)
    build(make_pack(tmp_path / "v3", 3, en="# Changed\n\nNew words.\n"), path)  # same name
    with pytest.raises(store.PackChanged) as refused:
        service.install(path, checked=shown)
    assert "changed after it was checked" in str(refused.value)
    assert service.store.status().active is None  # nothing went in, not even version 2
    assert not any(service.store.staging.glob("*"))
    again = service.check(path)  # checked again, staff see version 3, and that goes in
    assert again.version == 3
    assert service.install(path, checked=again).pack.version == 3


def test_the_file_staff_saw_installs_from_their_check(data: DataDir, tmp_path: Path) -> None:
    service, _heard = started(data, Settings(allow_unsigned_usb=True))
    path = build(make_pack(tmp_path / "v2", 2), tmp_path / "clinic.kpack")
    shown = service.check(path)
    service.check(build(make_pack(tmp_path / "other", 5), tmp_path / "other.kpack"))
    live = service.install(path, checked=shown)
    assert live.pack.version == 2 and live.installed is not None


def test_a_look_tells_each_pack_files_stamp_which_a_copy_or_a_replacement_changes(
        data: DataDir, tmp_path: Path) -> None:
    service, heard = started(data)
    stick = tmp_path / "stick"
    stick.mkdir()
    whole = build(make_pack(tmp_path / "v2", 2), tmp_path / "v2.kpack").read_bytes()
    path = stick / "clinic.kpack"
    path.write_bytes(whole[:len(whole) // 2])  # half copied
    half = service.look([stick])
    assert half.kpacks == (path,) and heard[-1] is half
    assert half.stamps[path] == FileStamp.of(path)
    with path.open("ab") as rest:
        rest.write(whole[len(whole) // 2:])
    assert service.look([stick]).stamps[path] != half.stamps[path]  # the copy went on
    copied = service.look([stick]).stamps[path]
    assert service.look([stick]).stamps[path] == copied  # untouched: the same
    replacement = tmp_path / "new.kpack"
    replacement.write_bytes(whole)  # the same bytes, even, moved into place
    replacement.replace(path)
    assert service.look([stick]).stamps[path] != copied
    path.unlink()
    assert FileStamp.of(path) is None and service.look([stick]).stamps == {}


def test_a_rollback_from_a_shell_is_noticed_between_patients(data: DataDir,
                                                              tmp_path: Path) -> None:
    service, heard = started(data, Settings(allow_unsigned_usb=True))
    service.install(build(make_pack(tmp_path / "v2", 2), tmp_path / "v2.kpack"))
    assert service.notice() == []  # nothing changed outside the kiosk
    PackStore(data).rollback()  # kiosk-pack rollback, while the kiosk runs
    events = service.notice()
    assert len(events) == 1 and isinstance(events[0], PackLive)
    assert service.live is not None and service.live.root == PackStore(data).active_pack_folder()
    assert heard[-1] is events[0]
    assert service.notice() == []  # said once


def test_settings_are_values_and_a_change_is_an_event(data: DataDir) -> None:
    service, heard = started(data)
    before = service.settings
    after = service.change_settings(idle_seconds=120)
    assert before.idle_seconds == 90 and after.idle_seconds == 120  # the old value stands
    assert heard[-1] == SettingsChanged(after, frozenset({"idle_seconds"}))
    with pytest.raises(ValueError):
        service.change_settings(idle_seconds=1)
    assert service.settings is after and Settings.load(data.settings_file) == after


def test_a_hand_edit_of_the_settings_file_is_noticed(data: DataDir) -> None:
    service, _heard = started(data)
    service.change_settings(volume=55)
    raw = json.loads(data.settings_file.read_text())
    raw["emergency_number"] = "115"
    data.settings_file.write_text(json.dumps(raw) + "\n")  # a different size: a new stamp
    events = service.notice()
    assert events and isinstance(events[0], SettingsChanged)
    assert events[0].changed == {"emergency_number"}
    assert service.settings.emergency_number == "115" and service.settings.volume == 55


def test_trusting_and_forgetting_a_key(data: DataDir, tmp_path: Path) -> None:
    key = new_key()
    service, _heard = started(data, Settings(trusted_keys=["IT's note, not a key"]))
    path = build(make_pack(tmp_path / "v2", 2), tmp_path / "v2.kpack", key)
    checked = service.check(path)
    assert checked.signature is Signature.UNKNOWN_KEY and not service.installable(checked)
    digits = trust.key_digits(key.public_key())
    typed = trust.TrustedKey(trust.key_from_digits(digits), trust.clean_name("Clinic\nX"))
    assert typed.fingerprint == checked.fingerprint  # what staff compare by eye
    service.trust_key(typed)
    checked = service.check(path)
    assert checked.signature is Signature.TRUSTED and checked.key_name == "Clinic X"
    assert [k.name for k in service.trusted()] == ["Clinic X"]
    service.trust_key(typed)  # twice: still one entry
    assert len(service.settings.trusted_keys) == 2  # IT's unreadable line is kept
    service.forget_key(typed.key_id)
    assert service.settings.trusted_keys == ("IT's note, not a key",)
    assert service.check(path).signature is Signature.UNKNOWN_KEY
    with pytest.raises(PackError):
        service.install(path)  # a key forgotten is not trusted for installs either


def test_a_mistyped_key_is_refused(tmp_path: Path) -> None:
    key = new_key().public_key()
    digits = trust.key_digits(key)
    assert mod_97_10.is_valid(digits)  # the check is ISO 7064's, as python-stdnum computes it
    mistyped = [digits[:place] + other + digits[place + 1:]
                for place in range(len(digits)) for other in "0123456789"
                if other != digits[place]]
    swapped = [digits[:place] + digits[place + 1] + digits[place] + digits[place + 2:]
               for place in range(len(digits) - 1) if digits[place] != digits[place + 1]]
    for wrong in mistyped + swapped:  # every one of them, whatever the key
        with pytest.raises(signing.KeyFileError):
            trust.key_from_digits(wrong)
    with pytest.raises(signing.KeyFileError):
        trust.key_from_digits(digits[:-1])
    assert signing.raw_bytes(trust.key_from_digits(digits)) == signing.raw_bytes(key)


def test_keys_on_a_stick_are_read_with_their_names(tmp_path: Path) -> None:
    signing.keygen(tmp_path / "stick", "Lahore Health Dept")
    (tmp_path / "stick" / "junk.pub").write_text("not a key")
    found = trust.key_files([tmp_path / "stick", tmp_path / "missing"])
    assert [(p.name, k.name if k else None) for p, k in found] == [
        ("junk.pub", None), ("kiosk-pack.pub", "Lahore Health Dept")]  # None: not a key


def test_an_installed_pack_that_cannot_be_read_is_reported_and_the_old_one_kept(
        data: DataDir, tmp_path: Path) -> None:
    service, heard = started(data, Settings(allow_unsigned_usb=True))
    shown = service.live
    outside = PackStore(data, Settings(allow_unsigned_usb=True))
    installed = outside.install(build(make_pack(tmp_path / "v2", 2), tmp_path / "v2.kpack"))
    (installed.folder / "pack.toml").write_text("this is not TOML [")  # a bad disk, say
    assert service.notice() == []  # nothing goes live
    assert service.live is shown
    problems = [e for e in heard if isinstance(e, ProblemFound)]
    assert len(problems) == 1 and problems[0].problems
    assert service.problem == problems[0]  # kept for a staff screen made later
    assert service.notice() == []  # and it is said once, not at every patient
    assert len([e for e in heard if isinstance(e, ProblemFound)]) == 1


def test_a_settings_file_caught_half_written_keeps_the_running_values(data: DataDir) -> None:
    service, _heard = started(data, Settings(trusted_keys=["ed25519:IT's key"],
                                             emergency_number="115"))
    service.change_settings(volume=55)
    data.settings_file.write_text('{"volume": 40, "emergency_numb')  # Notepad, mid-save
    service.notice()
    assert service.settings.emergency_number == "115"  # never the default 1122
    assert service.settings.trusted_keys == ("ed25519:IT's key",)
    data.settings_file.write_text('{"volume": 40, "trusted_keys": "not a list"}')
    service.notice()
    assert service.settings.volume == 40  # what can be read is taken
    assert service.settings.trusted_keys == ("ed25519:IT's key",)  # the rest is kept
    service.change_settings(idle_seconds=120)  # and a staff change writes no defaults
    saved = json.loads(data.settings_file.read_text())
    assert saved["emergency_number"] == "115" and saved["trusted_keys"] == ["ed25519:IT's key"]


def test_trusting_a_key_keeps_a_key_it_took_away_by_hand(data: DataDir) -> None:
    compromised, kept, new = (new_key() for _ in range(3))
    settings = Settings(trusted_keys=[pub_text(compromised), pub_text(kept)])
    settings.save(data.settings_file)
    service, _heard = started(data, settings)
    raw = json.loads(data.settings_file.read_text())
    raw["trusted_keys"] = [pub_text(kept)]  # IT revokes a key while the panel is open
    data.settings_file.write_text(json.dumps(raw))
    service.trust_key(trust.TrustedKey(new.public_key(), "Clinic X"))
    saved = json.loads(data.settings_file.read_text())["trusted_keys"]
    assert pub_text(compromised) not in saved and pub_text(kept) in saved and len(saved) == 2


def test_a_key_name_cannot_hide_or_disguise_itself() -> None:
    assert trust.clean_name("Clinic\u202eX\n\u3164") == "Clinic X"
    assert trust.clean_name("a" + "\u0301" * 30) == "a\u0301\u0301"
    assert trust.clean_name("ڈاکٹرِ عَلی") == "ڈاکٹرِ عَلی"  # Urdu's own marks are kept


@pytest.mark.allow_logged_errors
def test_the_disk_check_says_when_installs_cannot_be_written(data: DataDir) -> None:
    service, heard = started(data)
    assert service.check_disk() == DiskChecked(None) and heard[-1] == DiskChecked(None)
    # A disk that refuses writes (here the probe's name is taken by a folder; on a kiosk,
    # ext4 gone read-only after errors).
    (data.root / diskcheck.PROBE).mkdir()
    trouble = service.check_disk().trouble
    assert trouble is diskcheck.READ_ONLY and "cannot be written" in str(trouble)
    (data.root / diskcheck.PROBE).rmdir()
    full = diskcheck.disk_trouble(data.root, low_bytes=2**62)  # more than any disk holds
    assert full is not None and "almost full" in str(full) and "MB left" in str(full)
    assert not list(data.root.glob(".disk-check*"))


@pytest.mark.allow_logged_errors
def test_staff_hear_of_a_damaged_settings_file_until_the_settings_are_saved(
        data: DataDir) -> None:
    # Issue #14: a damaged settings.json was logged and kept aside, but no nurse was told
    # that the kiosk had gone back to defaults (its trusted keys and update address gone).
    data.settings_file.write_text('{"idle_seconds": 120, "trusted_keys": [', encoding="utf-8")
    service, _heard = started(data)
    assert service.settings == Settings()
    note = service.check_disk().settings
    kept = list(data.root.glob("settings.json.damaged-*"))
    assert note is not None and len(kept) == 1 and kept[0].name in str(note)
    assert "default settings" in str(note) and "ask IT" in str(note)
    # Restarting again (a crash loop) keeps telling, and keeps one copy.
    service, _heard = started(data)
    assert service.check_disk().settings is not None
    assert len(list(data.root.glob("settings.json.damaged-*"))) == 1
    service.change_settings(idle_seconds=120)  # a nurse sets the kiosk up again
    assert service.check_disk().settings is None
    assert kept[0].exists()  # IT can still read what was in it
    # The same damage again (its copy is already kept, and older than any save since).
    data.settings_file.write_text('{"idle_seconds": 120, "trusted_keys": [', encoding="utf-8")
    service, _heard = started(data)
    assert service.check_disk().settings is not None


def test_a_whole_settings_file_says_nothing(data: DataDir) -> None:
    Settings(idle_seconds=120).save(data.settings_file)
    service, _heard = started(data)
    assert service.check_disk() == DiskChecked(None, None)


def test_a_new_update_address_drops_the_old_ones_pack_on_a_worker_never_installing_it(
        data: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Changing the address deleted the old address's downloads on the thread that changed
    the settings (the UI thread): a dead USB or network data folder held the screen."""
    key = new_key()
    settings = Settings(trusted_keys=[pub_text(key)], update_url="https://old.example.org/packs/")
    service, _heard = started(data, settings)
    waiting = channelfiles.ready(data.root) / "v2.kpack"
    waiting.parent.mkdir(parents=True)
    build(make_pack(tmp_path / "v2", 2), waiting, key)
    old = service.channel()
    assert old is not None
    channelfiles.note_ready_from(data.root, old.url, sha256(waiting.read_bytes()).hexdigest())
    assert old.pending() == waiting  # installable while the old address is in use
    dropped: list[threading.Thread] = []
    monkeypatch.setattr(channelfiles, "forget_downloads",
                        lambda _root: dropped.append(threading.current_thread()))

    service.change_settings(update_url="https://new.example.org/packs/")
    assert not dropped and service.stale_downloads  # nothing done on the caller's thread
    # Until the drop has run (here: never, it is stubbed), the address noted beside the
    # pack keeps it from being installed.
    assert service.install_from_channel() is None
    assert dropped and waiting.exists()
    assert service.store.status().active is None and not service.stale_downloads

    monkeypatch.undo()
    service.change_settings(update_url="")  # and with no address, a worker drops it
    assert waiting.exists() and service.stale_downloads
    service.drop_stale_downloads()
    assert not waiting.exists() and not service.stale_downloads
