"""Settings changed by the staff panel keep what another hand wrote to the file (#13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core.settings import Settings
from kiosk.core.structure import SchemaError


def test_a_change_keeps_what_it_wrote_in_the_file_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    running = Settings(trusted_keys=["a"])
    running.save(path)
    edited = json.loads(path.read_text())
    edited["trusted_keys"] = ["a", "b"]
    path.write_text(json.dumps(edited))
    changed = running.changed_in_file(path, idle_seconds=120)
    assert changed.trusted_keys == ("a", "b") and changed.idle_seconds == 120
    assert Settings.load(path) == changed


def test_an_unreadable_file_falls_back_to_the_running_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ damaged")
    changed = Settings(trusted_keys=["a"]).changed_in_file(path, volume=50)
    assert changed.trusted_keys == ("a",) and Settings.load(path).volume == 50


def test_a_refused_change_saves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings().save(path)
    before = path.read_bytes()
    with pytest.raises(SchemaError):
        Settings().changed_in_file(path, idle_seconds=1)
    assert path.read_bytes() == before


def test_a_mistyped_value_keeps_the_running_one_not_the_default(tmp_path: Path) -> None:
    """One bad entry IT typed must not empty the trusted keys (the channel would then
    refuse the next release for good)."""
    path = tmp_path / "settings.json"
    running = Settings(trusted_keys=["a"], volume=50)
    running.save(path)
    edited = json.loads(path.read_text())
    edited["trusted_keys"] = ["a", "b", 123]
    edited["volume"] = "loud"
    edited["_comment"] = "kept: IT's note"
    path.write_text(json.dumps(edited))
    changed = running.changed_in_file(path, idle_seconds=120)
    assert changed.trusted_keys == ("a",) and changed.volume == 50
    on_disk = json.loads(path.read_text())
    assert on_disk["trusted_keys"] == ["a"] and on_disk["_comment"] == "kept: IT's note"


def test_saves_cut_short_long_ago_are_swept_at_start_and_new_ones_left(tmp_path: Path) -> None:
    # Issue #14: the temporary files of settings saves killed halfway were never removed.
    import os

    from kiosk.core.paths import LEFTOVER_AGE_S, DataDir

    data = DataDir(tmp_path / "data").create()
    old = data.root / ".settings.json.k2j3h4.tmp"
    old.write_text('{"idle_seconds": 9')
    stamp = old.stat().st_mtime - LEFTOVER_AGE_S - 60
    os.utime(old, (stamp, stamp))
    # The channel's list (up to 1 MB), its number and its refusals are saved so too.
    (data.root / "channel").mkdir()
    old_list = data.root / "channel" / ".state.json.q1w2e3.tmp"
    old_list.write_text('{"url": "https://')
    os.utime(old_list, (stamp, stamp))
    new = data.root / ".staff.json.a8b7c6.tmp"  # another process saving right now
    new.write_text("{")
    Settings().save(data.settings_file)
    DataDir(data.root).create()
    assert not old.exists() and new.exists() and data.settings_file.exists()
    assert not old_list.exists()


@pytest.mark.allow_logged_errors
@pytest.mark.parametrize("damaged", ['{"trusted_keys": ["abc"', "[" * 50_000 + "]" * 50_000,
                                     '["not", "a", "table"]'])
def test_a_damaged_settings_file_gives_defaults_and_is_kept_aside_once(
        tmp_path: Path, damaged: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(damaged)
    assert Settings.load(path) == Settings()
    assert Settings.load(path) == Settings()  # a kiosk restarting keeps one copy, not many
    kept = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text() == damaged
    Settings().save(path)
    assert kept[0].read_text() == damaged
