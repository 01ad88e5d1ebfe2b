"""The installed-pack store: history, rollback, repair, and power cuts mid-install."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from kpack_helpers import build, craft, make_pack, make_store, new_key, pack_files, pub_text
from kpack_helpers import tree_bytes as tree

import kiosk
from kiosk.core import resources
from kiosk.core import store as store_module
from kiosk.core.packdir import load_pack
from kiosk.core.paths import DataDir
from kiosk.core.problems import PackError
from kiosk.core.settings import Settings
from kiosk.core.store import PackStore, Source, open_store

REPO = Path(kiosk.__file__).resolve().parent.parent


def _disk_error(_store: PackStore) -> str:
    raise OSError(5, "Input/output error")


def _installed(tmp: Path, versions: list[int], installed: list[int]
               ) -> tuple[PackStore, dict[int, Path]]:
    """A store with ``installed`` installed, in turn, and the packs of ``versions``."""
    key = new_key()
    store = make_store(tmp, trusted=[pub_text(key)])
    packs = _kpacks(tmp, versions, key)
    for version in installed:
        store.install(packs[version])
    return store, packs


def _kpacks(tmp: Path, versions: list[int], key: object) -> dict[int, Path]:
    out = {}
    for version in versions:
        out[version] = build(make_pack(tmp / f"src{version}", version), tmp / f"v{version}.kpack",
                             key)  # type: ignore[arg-type]
    return out


def test_bundled_pack_until_something_is_installed(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    assert store.active_pack_folder() == resources.default_pack()
    assert store.status().active is None and store.status().bundled is not None
    bare = make_store(tmp_path / "b", bundled=None)
    with pytest.raises(FileNotFoundError):
        bare.active_pack_folder()


def test_install_keeps_three_and_rolls_back_one_step_at_a_time(tmp_path: Path) -> None:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    packs = _kpacks(tmp_path, [2, 3, 4, 5], key)
    for version in (2, 3, 4, 5):
        installed = store.install(packs[version])
        assert installed.version == version and installed.key_id
        assert load_pack(store.active_pack_folder()).version == version
    status = store.status()
    assert [h.version for h in status.history] == [3, 4]
    assert len(list(store.versions.iterdir())) == 3
    assert store.rollback().active.version == 4  # type: ignore[union-attr]
    # Having rolled back, staff may install the newer one again.
    assert store.install(packs[5]).version == 5
    assert store.rollback().active.version == 4  # type: ignore[union-attr]
    assert store.rollback().active.version == 3  # type: ignore[union-attr]
    status = store.rollback()
    assert status.active is None
    assert store.active_pack_folder() == resources.default_pack()
    with pytest.raises(PackError, match="nothing to roll back"):
        store.rollback()
    assert not any(store.versions.iterdir())


def test_a_different_pack_may_replace_the_active_one(tmp_path: Path) -> None:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    store.install(build(make_pack(tmp_path / "a", 5), tmp_path / "a.kpack", key))
    other = make_pack(tmp_path / "b", 1, pack_id="org.example.other")
    assert store.install(build(other, tmp_path / "b.kpack", key)).id == "org.example.other"


def test_repair_removes_leftovers_and_rebuilds_damaged_state(tmp_path: Path) -> None:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    packs = _kpacks(tmp_path, [2, 3], key)
    store.install(packs[2])
    store.install(packs[3])
    (store.staging / "deadbeef" / "pack").mkdir(parents=True)
    (store.versions / "orphan-v9-00000000").mkdir()
    (store.root / ".state.json.abc.tmp").write_text("half")
    done = store.repair()
    assert any("unfinished" in line for line in done)
    assert not any(store.staging.iterdir())
    assert not (store.versions / "orphan-v9-00000000").exists()
    assert not list(store.root.glob(".state.json.*"))
    store.state_file.write_text("{ damaged")
    store.repair()
    status = store.status()
    assert status.active is not None and status.active.version == 3
    assert [h.version for h in status.history] == [2]


def test_a_damaged_active_pack_falls_back_to_the_previous_one(tmp_path: Path) -> None:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    packs = _kpacks(tmp_path, [2, 3], key)
    store.install(packs[2])
    store.install(packs[3])
    page = store.active_pack_folder() / "topics/first-topic/first-page.en.md"
    page.write_text("tampered")
    assert store.repair()
    assert store.status().active.version == 2  # type: ignore[union-attr]
    load_pack(store.active_pack_folder())


@pytest.mark.parametrize("recorded", ["crc32", "none", "damaged"])
def test_a_file_garbled_in_place_is_found_at_start(tmp_path: Path, recorded: str,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    # What a failing disk or a power cut does: the file keeps its size, its bytes change.
    # Checked against the CRC-32s recorded at unpacking; for a version installed before
    # those were recorded, or whose record is damaged, against the manifest's SHA-256.
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    packs = _kpacks(tmp_path, [2, 3], key)
    store.install(packs[2])
    live = store.install(packs[3])
    record = live.folder.parent / store_module.CRC32_FILE
    assert sorted(json.loads(record.read_text(encoding="utf-8"))) == sorted(tree(live.folder))
    if recorded == "none":
        record.unlink()
    elif recorded == "damaged":
        record.write_text("{ not json", encoding="utf-8")
    page = live.folder / "topics/first-topic/first-page.en.md"
    page.write_bytes(bytes(page.stat().st_size))  # zeroed where the journal lost it
    assert store.repair()
    assert store.status().active.version == 2  # type: ignore[union-attr]
    assert ("checking it by SHA-256" in caplog.text) == (recorded == "damaged")


def test_a_version_installed_before_checksums_were_recorded_gets_them_when_found_whole(
        tmp_path: Path) -> None:
    # Kiosks updated to this software keep their installed pack: its first start checks
    # it by SHA-256 and writes the CRC-32s, so later starts need no OpenSSL.
    store = make_store(tmp_path, allow_unsigned=True)
    live = store.install(build(make_pack(tmp_path / "src", 2), tmp_path / "v2.kpack"))
    record = live.folder.parent / store_module.CRC32_FILE
    recorded = json.loads(record.read_text(encoding="utf-8"))
    record.unlink()
    assert store.repair() == []
    assert json.loads(record.read_text(encoding="utf-8")) == recorded


def test_open_store_repairs_at_start(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").create()
    (data.packs / "staging" / "junk").mkdir(parents=True)
    store = open_store(data, Settings())
    assert not any(store.staging.iterdir())


def test_one_installer_at_a_time(tmp_path: Path) -> None:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    path = build(make_pack(tmp_path / "p"), tmp_path / "p.kpack", key)
    with store._locked(), pytest.raises(PackError, match="another pack install is running"):
        PackStore(store.data_dir, store.settings).install(path)
    assert store.install(path).version == 2


def test_settings_file_decides_trust(tmp_path: Path) -> None:
    key = new_key()
    data = DataDir(tmp_path / "data").create()
    Settings(trusted_keys=[pub_text(key)]).save(data.settings_file)
    store = PackStore(data)
    assert store.install(build(make_pack(tmp_path / "p"), tmp_path / "p.kpack", key),
                         Source.USB).version == 2


# -- power cuts ------------------------------------------------------------------------------

CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from kiosk.core.paths import DataDir
    from kiosk.core.settings import Settings
    from kiosk.core.store import PackStore

    data, kpack, point = sys.argv[1], sys.argv[2], sys.argv[3]
    dd = DataDir(Path(data))
    store = PackStore(dd, Settings.load(dd.settings_file), bundled=None)

    def die(*_a, **_k):
        os._exit(137)

    progress = None
    if point.startswith("fsync:"):
        limit, real_fsync, calls = int(point[6:]), os.fsync, [0]
        def fsync(fd):
            calls[0] += 1
            if calls[0] >= limit:
                die()
            real_fsync(fd)
        os.fsync = fsync
    elif point == "before-rename":
        os.rename = die
    elif point in ("before-switch", "after-switch"):
        real_replace = os.replace
        def replace(src, dst, *a, **k):
            if str(dst).endswith("state.json"):
                if point == "before-switch":
                    die()
                real_replace(src, dst, *a, **k)
                die()
            return real_replace(src, dst, *a, **k)
        os.replace = replace
    elif point == "slow":
        def progress(done, total):
            time.sleep(0.004)
        print("go", flush=True)
    store.install(Path(kpack), progress=progress)
    print("done", flush=True)
""")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture
def cut_world(tmp_path: Path) -> tuple[PackStore, Path, dict[str, bytes], dict[str, bytes]]:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)], bundled=None)
    store.install(build(make_pack(tmp_path / "v2", 2), tmp_path / "v2.kpack", key))
    old = tree(store.active_pack_folder())
    files = pack_files(3)
    # Big enough that a kill lands mid-unpack: unreferenced drawings are allowed in a pack.
    for i in range(3):
        files[f"topics/first-topic/extra{i}.svg"] = (
            b'<svg xmlns="http://www.w3.org/2000/svg"><!-- '
            + os.urandom(700 * 1024).hex().encode() + b" --></svg>")
    new_folder = make_pack(tmp_path / "v3", 3)
    for name, data in files.items():
        (new_folder / name).write_bytes(data)
    kp = build(new_folder, tmp_path / "v3.kpack", key)
    return store, kp, old, tree(new_folder)


def _check_old_or_new(store: PackStore, old: dict[str, bytes], new: dict[str, bytes]) -> int:
    fresh = PackStore(store.data_dir, store.settings, bundled=None)
    active = tree(fresh.active_pack_folder())
    assert active in (old, new), "a broken mix of old and new files is active"
    version = 2 if active == old else 3
    fresh.repair()
    assert not any(fresh.staging.iterdir())
    status = fresh.status()
    assert status.active is not None and status.active.version == version
    names = {status.active.name, *(h.name for h in status.history)}
    assert {p.name for p in fresh.versions.iterdir()} == names
    assert load_pack(fresh.active_pack_folder()).version == version
    assert tree(fresh.active_pack_folder()) == (old if version == 2 else new)
    return version


@pytest.mark.parametrize(("point", "expected"), [
    ("fsync:1", 2), ("fsync:4", 2), ("fsync:9", 2), ("before-rename", 2),
    ("before-switch", 2), ("after-switch", 3)])
def test_power_cut_at_each_step_leaves_old_or_new(
        cut_world: tuple[PackStore, Path, dict[str, bytes], dict[str, bytes]],
        point: str, expected: int) -> None:
    store, kp, old, new = cut_world
    result = subprocess.run([sys.executable, "-c", CHILD, str(store.data_dir.root), str(kp), point],
                            env=_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 137, result.stderr
    assert _check_old_or_new(store, old, new) == expected
    if expected == 2:
        assert store.install(kp).version == 3  # and the install works after the repair


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_at_random_moments(
        cut_world: tuple[PackStore, Path, dict[str, bytes], dict[str, bytes]]) -> None:
    store, kp, old, new = cut_world
    seen = set()
    for delay in (0.0, 0.05, 0.15, 0.3, 2.0):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(store.data_dir.root), str(kp),
                                  "slow"], env=_env(), stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "go"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        seen.add(_check_old_or_new(store, old, new))
        if seen == {3}:
            break
        # Start each round from the old pack again.
        status = store.status()
        if status.active is not None and status.active.version == 3:
            store.rollback()
    assert 2 in seen


def test_state_file_is_plain_json(tmp_path: Path) -> None:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    store.install(craft(tmp_path / "p.kpack", pack_files(2), key))
    raw = json.loads(store.state_file.read_text())
    assert raw["store_format"] == 1 and raw["active"].startswith("org.example.test-pack-v2-")


def test_a_deleted_state_file_is_rebuilt_and_no_version_is_lost(tmp_path: Path) -> None:
    # Issue #14: a missing state.json was read as "nothing installed", and repair then
    # deleted every installed version.
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    packs = _kpacks(tmp_path, [2, 3], key)
    store.install(packs[2])
    store.install(packs[3])
    store.state_file.unlink()
    done = store.repair()
    assert any("rebuilt" in line for line in done)
    status = store.status()
    assert status.active is not None and status.active.version == 3
    assert [h.version for h in status.history] == [2]
    assert len(list(store.versions.iterdir())) == 2


def test_tidying_up_after_an_install_keeps_every_version_if_the_state_cannot_be_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Found by review (#14): the tidy-up after an install or a rollback took a state it
    # could not read (a disk error) for "nothing installed", and deleted every version.
    store, _packs = _installed(tmp_path, [2, 3], [2, 3])
    monkeypatch.setattr(PackStore, "_state_text", _disk_error)
    store._prune()
    monkeypatch.undo()
    assert len(list(store.versions.iterdir())) == 2
    assert store.status().active.version == 3  # type: ignore[union-attr]


def test_an_install_that_cannot_read_the_state_after_repair_installs_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Taken for "nothing installed", the new version would have gone live with no
    # history, and the versions before it tidied away.
    store, packs = _installed(tmp_path, [2, 3], [2])
    repair = PackStore._repair

    def repair_then_fail(self: PackStore) -> list[str]:
        done = repair(self)
        monkeypatch.setattr(PackStore, "_state_text", _disk_error)
        return done

    monkeypatch.setattr(PackStore, "_repair", repair_then_fail)
    with pytest.raises(PackError, match="cannot be read"):
        store.install(packs[3])
    monkeypatch.undo()
    status = store.status()
    assert status.active is not None and status.active.version == 2
    assert len(list(store.versions.iterdir())) == 1 and not any(store.staging.iterdir())


def test_a_versions_folder_that_cannot_be_listed_is_named_as_such(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = make_store(tmp_path)
    store.versions.parent.mkdir(parents=True, exist_ok=True)
    store.versions.write_text("not a folder")
    assert store.status().active is None  # the bundled pack, as with no state at all
    assert any("the versions folder cannot be listed" in r.getMessage()
               for r in caplog.records if r.levelname == "ERROR")


def test_a_state_file_naming_a_missing_version_keeps_the_ones_on_disk(tmp_path: Path) -> None:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    packs = _kpacks(tmp_path, [2, 3], key)
    store.install(packs[2])
    store.install(packs[3])
    state = json.loads(store.state_file.read_text())
    store.state_file.write_text(json.dumps({**state, "active": "gone-v9-00000000",
                                            "history": []}))
    store.repair()
    status = store.status()
    assert status.active is not None and status.active.version == 3
    assert [h.version for h in status.history] == [2]
    load_pack(store.active_pack_folder())


@pytest.mark.parametrize("damage", ["nested", "not-json", "list"])
def test_a_state_file_damaged_any_way_is_rebuilt_not_a_crash(tmp_path: Path,
                                                             damage: str) -> None:
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    store.install(_kpacks(tmp_path, [2], key)[2])
    store.state_file.write_text({"nested": "[" * 100_000 + "]" * 100_000,
                                 "not-json": "{ damaged", "list": "[1, 2]"}[damage])
    store.repair()
    assert store.status().active.version == 2  # type: ignore[union-attr]
    assert store.generation() > 0


def test_a_fresh_store_without_a_state_file_is_simply_empty(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    assert store.repair() == []
    assert store.status().active is None


def test_a_read_only_data_disk_still_opens_the_store_and_shows_its_pack(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = new_key()
    data = DataDir(tmp_path / "data").create()
    store = open_store(data, Settings(trusted_keys=(pub_text(key),)))
    store.install(_kpacks(tmp_path, [2], key)[2])
    (store.staging / "junk").mkdir(parents=True)  # repair would want to write

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("kiosk.core.store._rmtree", read_only)
    again = open_store(data, Settings(trusted_keys=(pub_text(key),)))
    assert load_pack(again.active_pack_folder()).version == 2


def test_a_first_install_that_fails_at_the_switch_never_goes_live_later(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Review of #14: with no state file yet, a version moved into place but not recorded
    # was kept, and the next repair (rebuilding from disk) made it live although staff
    # had been told the install failed.
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    kpack = _kpacks(tmp_path, [2], key)[2]

    def disk_full(_state: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_write_state", disk_full)
    with pytest.raises(PackError, match="disk is full"):
        store.install(kpack)
    monkeypatch.undo()
    assert not any(store.versions.iterdir())
    store.repair()
    assert store.status().active is None  # still the bundled pack, as staff were told


def test_a_reader_during_the_first_install_never_sees_damage(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # CI of #14: the kiosk's screen read the store (without the lock) in the instant after
    # a first install moved its version into place and before the state file existed, and
    # logged "the pack store's state file is missing" twice.
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    reader = PackStore(store.data_dir, store.settings, bundled=True)
    seen: list[object] = []
    real_fsync = store_module.fsync_dir

    def fsync_then_read(folder: Path) -> None:
        real_fsync(folder)
        if folder == store.versions:  # the version is in place, not yet recorded
            seen.append(reader.status().active)

    monkeypatch.setattr(store_module, "fsync_dir", fsync_then_read)
    store.install(_kpacks(tmp_path, [2], key)[2])
    assert seen == [None]  # still the bundled pack until the switch is recorded
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    assert store.status().active.version == 2  # type: ignore[union-attr]


def test_a_reader_that_misses_the_state_file_as_the_first_install_lands_sees_no_damage(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # Seen once in a shuffled run of the suite (#14): a reader found no state file, the
    # first install then wrote it and moved its version into place, and the reader, now
    # seeing a version, logged "the pack store's state file is missing". Here the install
    # runs in exactly that gap: between the reader's miss and its look at the versions.
    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    reader = PackStore(store.data_dir, store.settings, bundled=True)
    kpack = _kpacks(tmp_path, [2], key)[2]
    real_entries = store_module._entries
    raced: list[bool] = []

    def install_in_the_gap(folder: Path):
        if not raced:  # the reader's look, after its miss
            raced.append(True)
            store.install(kpack)
        return real_entries(folder)

    monkeypatch.setattr(store_module, "_entries", install_in_the_gap)
    status = reader.status()
    assert raced and not [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert status.active is not None and status.active.version == 2
    # A state file that stays missing beside a version is still damage, and said.
    monkeypatch.undo()
    store.state_file.unlink()
    reader.status()
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == \
        ["the pack store's state file is missing; rebuilding it"]
