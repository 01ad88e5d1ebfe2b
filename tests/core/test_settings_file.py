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
