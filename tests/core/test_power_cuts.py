"""A power cut (SIGKILL) in the middle of saving the settings or the staff PIN's state:
after the restart the file is the old one or the new one, whole, never "damaged" (which
would put defaults in place of a clinic's trusted keys, or lock staff out), and a wrong PIN
the pad already confirmed is still counted.

Each save is cut at every step that writes to the disk, in a child process killed by the
step itself (so nothing here depends on timing): while the new file's bytes are being
written, after they are flushed but before the rename, and after the rename but before
the folder is flushed. The pack store's own cuts are in test_pack_store.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings
from kiosk.core.staffpin import Outcome, StaffPin

ROOT = Path(__file__).resolve().parents[2]
PIN = "246813"
KEY = "ed25519:clinic-x:" + "A" * 43  # any text: the settings file holds keys as text

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from kiosk.core.paths import DataDir
    from kiosk.core.service import KioskService
    from kiosk.core.staffpin import StaffPin

    root, what, point = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

    def die(*_args, **_kwargs):
        os._exit(137)

    real_fsync, real_replace, fsyncs = os.fsync, os.replace, [0]
    if point == "writing":  # the new bytes are in the page cache, not yet on the disk
        os.fsync = die
    elif point == "before-rename":
        os.replace = die
    elif point == "after-rename":  # renamed, the folder's entry not yet flushed
        def replace(src, dst, *args, **kwargs):
            real_replace(src, dst, *args, **kwargs)
            die()
        os.replace = replace
    if what == "settings":
        service = KioskService(DataDir(root))
        service.change_settings(idle_seconds=300, emergency_number="115")
    else:
        StaffPin(root).check("135792")  # a wrong PIN: the try is counted on disk
    print("saved", flush=True)
""")


def cut(root: Path, what: str, point: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", CHILD, str(root), what, point], env=env,
                          capture_output=True, text=True, timeout=60)


POINTS = ["writing", "before-rename", "after-rename"]


@pytest.mark.skipif(sys.platform == "win32", reason="cuts the process like a power cut")
@pytest.mark.parametrize("point", POINTS)
def test_a_settings_save_cut_off_leaves_the_old_settings_or_the_new(tmp_path: Path,
                                                                    point: str) -> None:
    data = DataDir(tmp_path / "data").create()
    old = Settings(idle_seconds=120, emergency_number="1122", trusted_keys=(KEY,))
    old.save(data.settings_file)
    result = cut(data.root, "settings", point)
    assert result.returncode == 137 and "saved" not in result.stdout, result.stderr
    loaded = Settings.load(data.settings_file)
    new = old.updated(idle_seconds=300, emergency_number="115")
    assert loaded == (new if point == "after-rename" else old)
    assert loaded.trusted_keys == (KEY,)  # the clinic's trust survives either way
    assert not list(data.root.glob("settings.json.damaged-*"))
    # The half-written copy is left beside it and swept once it is old (DataDir.create).
    left = list(data.root.glob(".settings.json.*.tmp"))
    assert len(left) == (0 if point == "after-rename" else 1)
    for tmp in left:
        os.utime(tmp, (0, 0))
    DataDir(data.root).create()
    assert not list(data.root.glob(".settings.json.*.tmp"))


@pytest.mark.skipif(sys.platform == "win32", reason="cuts the process like a power cut")
@pytest.mark.parametrize("point", POINTS)
def test_a_wrong_pin_save_cut_off_leaves_the_pin_and_the_count(tmp_path: Path,
                                                               point: str) -> None:
    data = DataDir(tmp_path / "data").create()
    pin = StaffPin(data.root)
    pin.set_pin(PIN)
    assert pin.check("1111").outcome == Outcome.WRONG  # one wrong try, confirmed
    before = StaffPin(data.root).tries_left()
    result = cut(data.root, "pin", point)
    assert result.returncode == 137 and "saved" not in result.stdout, result.stderr
    after = StaffPin(data.root)
    assert not after.damaged and after.has_pin()  # never locked out by a power cut
    # The cut try was never confirmed on the pad: counted only if its save got through.
    assert after.tries_left() == (before - 1 if point == "after-rename" else before)
    assert after.check(PIN).outcome == Outcome.OK
