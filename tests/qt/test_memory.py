"""Python's full collection runs where nobody waits (kiosk/_qt/memory.py)."""

from __future__ import annotations

import gc
import weakref

from kiosk._qt.app import Kiosk
from kiosk._qt.memory import collect_while_nobody_waits
from tests.qt.conftest import tap


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
    tap(qtbot, w.attract.english)
    assert not w._collector.isActive()
    w.reset()  # the patient has gone
    assert w.current is w.attract and w._collector.isActive()
    tap(qtbot, w.attract.urdu)  # the next patient: no collection in the middle of a visit
    assert w.current is not w.attract and not w._collector.isActive()
    gc.unfreeze()
    w._collector.setInterval(1)  # skip the wait, not the mechanism
    with qtbot.waitSignal(w._collector.timeout, timeout=10_000):
        w.reset()
    assert gc.get_freeze_count() > 0
