"""#13 "Numbers": staff actions, a watch folder of 200 packs and a dead network watch folder
never hold up the UI thread. Measured with the event-loop lag probe (tests/qt/lagprobe.py);
bench/ui_lag.py measures more actions, and against the 50 ms goal.

The bound here is loose (250 ms) and on the UI thread's CPU time, which a busy test
machine does not inflate. Wall-clock time is asserted only where the UI thread could be
blocked in I/O (the dead share), where CPU time would not show the block.
"""

from __future__ import annotations

import gc
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from pytestqt.qtbot import QtBot

from kiosk._qt.app import Kiosk
from kiosk._qt.staff.controller import StaffController
from kiosk._qt.staff.packs_tab import PAGE
from kiosk._qt.staff.worker import jobs_running
from kiosk._qt.voice.narrator import Narrator
from kiosk.core.paths import DataDir
from kiosk.core.settings import Settings
from kiosk.core.staffpin import StaffPin
from kiosk.core.store import PackStore, Source
from tests.core.kpack_helpers import PACK_ID, new_key, pub_text
from tests.qt import finger
from tests.qt.conftest import running_kiosk, tap
from tests.qt.fake_speaker import FakeSpeaker
from tests.qt.lagprobe import ActionLag, LagProbe
from tests.qt.staff_workload import DeadShare, PackReads, tiny_kpacks

PIN = "246813"
PACKS = 200
BOUND_MS = 250.0  # issue #13 asks for 50 ms; this catches real blocking, not noise
KEY = new_key()

if TYPE_CHECKING:
    from kiosk._qt.staff.packcard import PackCard
    from kiosk._qt.staff.packs_tab import PacksPage


class Staff:
    """A kiosk with a PIN, a trusted key and a watch folder, driven with taps and probed."""

    def __init__(self, qtbot: QtBot, k: Kiosk, watch: Path, probe: LagProbe) -> None:
        self.qtbot, self.k, self.watch, self.probe = qtbot, k, watch, probe
        assert isinstance(k.staff, StaffController)
        self.s: StaffController = k.staff
        # Short, so the hold has no time to make the staff screens: what is left is made
        # when the panel is wanted, inside the measured "PIN, panel opens" action, and is
        # held to the same bound (bench/ui_lag.py holds for the real three seconds).
        self.s.gesture.set_hold_ms(40)

    @property
    def packs(self) -> PacksPage:
        return self.s.panel.packs  # made at the corner hold: asked for after it

    def corner_hold(self) -> None:
        target = self.k.window.childAt(QPoint(5, 5)) or self.k.window
        corner = target.mapFrom(self.k.window, QPoint(5, 5))
        with self.probe.action("corner hold opens the PIN pad"), \
                self.qtbot.waitSignal(self.s.gesture.triggered):
            finger.down(target, corner)
        finger.up(target, corner)
        assert self.s.pad.isVisible()

    def enter_pin(self) -> None:
        pad = self.s.pad.pad
        with self.probe.action("PIN typed, OK: scrypt check, the panel opens"):
            for digit in PIN:
                tap(self.qtbot, pad.digits[digit])
            tap(self.qtbot, pad.ok)
            self.qtbot.waitUntil(self.s.panel.isVisible)

    def shown_version(self) -> int:
        """The version of the pack patients see now."""
        assert self.k.session is not None
        return self.k.session.pack.version

    def active_version(self) -> int | None:
        """The version the store says is in use (None: the pack that came with the kiosk)."""
        active = PackStore(self.k.data).status().active
        return None if active is None else active.version

    def all_checked(self) -> bool:
        """Every card of the page shown is built and put on it (one a turn), and checked."""
        packs = self.packs
        shown = [packs.cards.get(path) for path in packs.found[packs.first:packs.first + PAGE]]
        return (all(card is not None and not card.isHidden() for card in shown)
                and all(card.state != "checking" for card in packs.cards.values()))

    def card(self, name: str) -> PackCard:
        return next(c for p, c in self.packs.cards.items() if p.name == name)

    def settled(self) -> None:
        """No scan or card check still running in a worker (before the kiosk is taken down)."""
        self.qtbot.waitUntil(lambda: not self.packs._scanning and not jobs_running(),
                             timeout=60_000)


@pytest.fixture
def staff_kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[Staff]:
    """Showing version 3 of a small pack, with version 2 kept to go back to."""
    data = DataDir(tmp_path / "data").create()
    watch = tmp_path / "watch"
    watch.mkdir()
    Settings(trusted_keys=(pub_text(KEY),), watch_folder=str(watch)).save(data.settings_file)
    StaffPin(data.root).set_pin(PIN)  # the real scrypt, as the kiosk checks it
    store = PackStore(data, Settings.load(data.settings_file))
    for version in (2, 3):
        [built] = tiny_kpacks(tmp_path / f"v{version}", 1, tmp_path / "work", KEY, version)
        store.install(built, Source.USB)
    with running_kiosk(qtbot, data.root,
                       narrator=Narrator(FakeSpeaker(), None, 0.7)) as k:
        probe = LagProbe()
        staff = Staff(qtbot, k, watch, probe)
        assert staff.shown_version() == 3
        probe.start()
        try:
            yield staff
        finally:
            probe.stop()
            staff.settled()


def over(actions: list[ActionLag], bound_ms: float, *, wall: bool = False) -> list[str]:
    """Every action whose worst stall passed the bound, described (all of them, not one)."""
    return [a.describe() for a in actions if (a.wall_max if wall else a.cpu_max) > bound_ms]


def test_the_probe_tells_the_ui_thread_computing_from_the_ui_thread_waiting(qtbot: QtBot) -> None:
    # This test is about the probe, so the UI thread does only what it is told. One CI
    # run saw 109 ms of UI-thread computing inside "waiting", most likely a kiosk an
    # earlier test had left alive running its between-patients collection (conftest now
    # deletes them at teardown); a full sweep of the cyclic collector in a process that
    # has run hundreds of tests would land the same way.
    QCoreApplication.processEvents()
    gc.collect()
    gc.disable()
    probe = LagProbe()
    probe.start()
    try:
        with probe.action("computing"):
            # By the thread's own clock: a busy machine that shares the core out cannot
            # make it compute for less than 300 ms.
            end = time.thread_time() + 0.3
            while time.thread_time() < end:
                pass
        with probe.action("waiting"):
            # As blocked in I/O: the UI thread waits, spending nothing, on a worker that
            # computes 300 ms by its own clock (so at least 300 ms pass, however busy).
            released = threading.Event()

            def work() -> None:
                end = time.thread_time() + 0.3
                while time.thread_time() < end:
                    pass
                released.set()

            threading.Thread(target=work).start()
            released.wait()
        with probe.action("idle"):
            probe.wait_ticks(20)
    finally:
        probe.stop()
        gc.enable()
    computing, waiting, idle = probe.actions
    assert computing.wall_max >= 290 and computing.cpu_max >= 250
    assert waiting.wall_max >= 290 and waiting.cpu_max < 50
    assert len(idle.walls) >= 5 and idle.cpu_max < 50


def test_staff_actions_and_a_watch_folder_of_200_packs_never_keep_the_ui_thread_busy(
        qtbot: QtBot, staff_kiosk: Staff, tmp_path: Path) -> None:
    staff, s, probe = staff_kiosk, staff_kiosk.s, staff_kiosk.probe
    k = staff.k
    staff.corner_hold()
    staff.enter_pin()
    packs = staff.packs
    qtbot.waitUntil(lambda: not packs._scanning)  # the first look, at an empty folder

    # A stick's worth of packs lands in the watch folder (moved in at once); the panel's
    # 3-second look comes round (its timer, fired now rather than waited for).
    copies = tiny_kpacks(tmp_path / "aside", PACKS, tmp_path / "work", KEY, version=4)
    for path in copies:
        path.rename(staff.watch / path.name)
    with probe.action(f"{PACKS} packs in the watch folder: listed and checked"):
        packs.timer.timeout.emit()
        qtbot.waitUntil(lambda: len(packs.found) == PACKS, timeout=10_000)
        qtbot.waitUntil(staff.all_checked, timeout=60_000)
    # A page of them on screen, each checked and installable; the others a tap away.
    assert len(packs.cards) == PAGE and packs.later.isEnabled()
    assert all(card.install.isEnabled() for card in packs.cards.values())
    with probe.action("the next page of packs, checked"):
        tap(qtbot, packs.later)
        qtbot.waitUntil(staff.all_checked, timeout=60_000)
    assert f"\u2066{PAGE + 1}–{2 * PAGE}\u2069 of {PACKS}" in packs.where.text()
    tap(qtbot, packs.earlier)
    qtbot.waitUntil(staff.all_checked, timeout=60_000)

    history = s.panel.history
    with probe.action("go back one version, and every card checked again"):
        tap(qtbot, s.panel.tabs[history])
        tap(qtbot, history.rollback)
        tap(qtbot, history.confirm)
        qtbot.waitUntil(lambda: "Done" in history.message.text(), timeout=10_000)
        qtbot.waitUntil(staff.all_checked, timeout=60_000)
    assert staff.active_version() == 2

    card = staff.card(copies[0].name)
    with probe.action("install from the watch folder, and the other cards checked again"):
        tap(qtbot, s.panel.tabs[packs])
        tap(qtbot, card.install)
        qtbot.waitUntil(lambda: card.state == "done", timeout=10_000)
        qtbot.waitUntil(staff.all_checked, timeout=60_000)
    assert staff.active_version() == 4

    with probe.action("close the panel: the welcome screen loads the new pack"):
        tap(qtbot, s.panel.close_button)
        qtbot.waitUntil(lambda: staff.shown_version() == 4)
    assert k.window.current is k.window.attract

    assert not over(probe.actions, BOUND_MS), (
        f"the UI thread computed for more than {BOUND_MS:.0f} ms at a stretch:\n"
        + "\n".join(over(probe.actions, BOUND_MS)))


def test_a_watch_folder_on_a_dead_network_share_never_blocks_the_ui_thread(
        qtbot: QtBot, staff_kiosk: Staff, tmp_path: Path) -> None:
    """The share stops answering: every look into it hangs until the test lets it go.
    Only worker threads may be the ones left hanging."""
    staff, s, probe = staff_kiosk, staff_kiosk.s, staff_kiosk.probe
    dead = tmp_path / "share"
    assert s.change_settings(watch_folder=str(dead))
    with DeadShare(dead, hang_s=60.0) as share:  # released below; 60 s only a safety net
        staff.corner_hold()
        staff.enter_pin()  # opening the panel looks for packs: in a worker, which hangs
        packs = staff.packs
        with probe.action("tabs while the share hangs"):
            for page in (s.panel.history, s.panel.settings, s.panel.packs):
                tap(qtbot, s.panel.tabs[page])
        with probe.action("Look again while the share hangs"):
            tap(qtbot, packs.rescan)
        with probe.action("the 3-second look comes round while the share hangs"):
            packs.timer.timeout.emit()  # now, rather than waited for
        with probe.action("Read from USB stick (the update address) while the share hangs"):
            tap(qtbot, s.panel.tabs[s.panel.updates])
            tap(qtbot, s.panel.updates.read)
        with probe.action("close the panel while the share hangs"):
            tap(qtbot, s.panel.close_button)
        # A worker is stuck in the share (else the test would prove nothing), the kiosk
        # still answers: the screens above were tapped through while it hung.
        qtbot.waitUntil(lambda: any(not ui for _name, ui, _where in share.looked),
                        timeout=10_000)
        share.release()
    # Which thread looked is recorded by the share itself, so this holds on any machine;
    # how long the screen froze (wall-clock time) is the benchmark's to measure.
    on_ui = [where for _name, ui, where in share.looked if ui]
    assert not on_ui, f"the UI thread looked into the dead share: {on_ui}"


def test_one_usb_install_reads_the_kpack_once_to_check_once_to_unpack_and_parses_it_once(
        qtbot: QtBot, staff_kiosk: Staff, tmp_path: Path) -> None:
    """#13: one install is the .kpack read in full once for the card's check and once for
    unpacking, and the pack parsed (``load_pack``) once. Every open and parse counted is
    listed in the message, with the function that asked for it."""
    staff, s = staff_kiosk, staff_kiosk.s
    [built] = tiny_kpacks(tmp_path / "aside", 1, tmp_path / "work", KEY, version=4)
    path = Path(shutil.move(built, staff.watch / built.name))
    with PackReads(path) as reads:
        with reads.during("check"):
            staff.corner_hold()
            staff.enter_pin()
            qtbot.waitUntil(lambda: len(staff.packs.cards) == 1, timeout=10_000)
            qtbot.waitUntil(staff.all_checked, timeout=10_000)
        card = staff.card(path.name)
        with reads.during("install"):
            tap(qtbot, card.install)
            qtbot.waitUntil(lambda: card.state == "done", timeout=10_000)
        with reads.during("close"):  # reported, not asserted: the welcome screen's own read
            tap(qtbot, s.panel.close_button)
            qtbot.waitUntil(lambda: staff.shown_version() == 4)
    pack = (PACK_ID, 4)
    parses = len(reads.parses_of(pack, "check")) + len(reads.parses_of(pack, "install"))
    assert (reads.full_reads("check"), reads.full_reads("install"), parses) == (1, 1, 1), (
        "full reads to check, full reads to install, and parses, of one USB install:\n"
        + "\n".join(str(row) for row in reads.summary(pack, ["check", "install", "close"])))
