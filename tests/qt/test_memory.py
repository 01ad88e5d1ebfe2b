"""Python's full collection runs where nobody waits (kiosk/_qt/memory.py)."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from kiosk._qt.app import Kiosk
from kiosk._qt.memory import collect_while_nobody_waits
from kiosk._qt.staff.controller import StaffController
from kiosk._qt.widgets import illustration
from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings
from kiosk.core.staffpin import StaffPin
from tests.core.kpack_helpers import new_key, pub_text
from tests.qt.conftest import running_kiosk, tap
from tests.qt.staff_workload import default_kpack


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_what_was_kept_aside_is_still_freed_once_it_is_garbage() -> None:
    # An old pack's pages, kept aside (frozen) at one collection, must not be kept for
    # good once nothing uses them: a kiosk runs for months.
    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the collector frees it
    gone = weakref.ref(a)
    collect_while_nobody_waits()
    assert gc.get_freeze_count() > 0 and gone() is not None
    del a, b
    collect_while_nobody_waits()
    assert gone() is None


def test_the_collection_waits_for_the_welcome_screen_and_a_patient_stops_it(
        qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    assert not w._collector.isActive()
    w.reset()  # the patient has gone
    assert w.current is w.attract and w._collector.isActive()
    tap(qtbot, w.attract.buttons["ur"])  # the next patient: no collection in the middle of a visit
    assert w.current is not w.attract and not w._collector.isActive()
    gc.unfreeze()
    w._collector.setInterval(1)  # skip the wait, not the mechanism
    with qtbot.waitSignal(w._collector.timeout, timeout=10_000):
        w.reset()
    assert gc.get_freeze_count() > 0


def test_a_new_pack_lets_go_of_the_old_pack_s_drawings(qtbot, tmp_path: Path) -> None:
    # Issue #14 (soak): every drawing ever parsed was kept by its file's path, and each
    # install is a new folder: a kiosk kept every installed version's drawings for good.
    key = new_key()
    data = DataDir(tmp_path / "data").create()
    Settings(trusted_keys=(pub_text(key),)).save(data.settings_file)
    StaffPin(data.root).set_pin("246813")
    with running_kiosk(qtbot, data.root) as k:
        w = k.window
        assert isinstance(k.staff, StaffController)
        service = k.staff.bridge.service
        for version in (2, 3):
            tap(qtbot, w.attract.buttons["en"])
            shown = k.session.pack.root
            # The home screen draws every topic's picture when it is painted.
            qtbot.waitUntil(lambda: any(path.is_relative_to(shown)  # noqa: B023
                                        for path in illustration.parsed()))
            w.reset()
            kpack = default_kpack(tmp_path / f"v{version}.kpack", tmp_path / "work", key,
                                  version)
            with qtbot.waitSignal(k.staff.bridge.packLive):
                service.install(kpack)  # as the panel does, in a worker
            assert k.session.pack.version == version  # live at once: nobody is reading
            kept = illustration.parsed()
            assert not any(path.is_relative_to(shown) for path in kept), kept
