"""Staff actions against an event-loop lag probe (issue #13, "Numbers").

    python bench/ui_lag.py [--packs 200] [--hang 5] [--runs 3] [--write docs/performance.md]

Goal: the UI thread never blocks longer than 50 ms during any staff action, a look at a
watch folder holding 200 packs, or a watch folder on a network share that stopped
answering. The real kiosk is driven as staff drive it (taps, the corner hold, the real
scrypt PIN check), and tests/qt/lagprobe.py ticks every 5 ms on the UI thread. For each
action the table gives the longest gap between ticks (wall clock: how long the screen
was frozen), its p99, and the UI thread's own CPU time in a gap (CPU close to wall: the
UI thread computed; far below: it waited, on I/O or on worker threads holding Python's
interpreter lock). Over 50 ms is marked.

Three runs, each in its own process:

1. ``lag``: a kiosk showing the default pack (version 2, installed before the run) with a
   watch folder. Opening the PIN pad, the PIN, the panel, each tab; 200 small signed
   packs and the default pack's .kpack arriving in the watch folder, listed and checked;
   Look again; going back one version; installing the default pack from the watch
   folder; a preview of it, and the preview reloading when a file lands beside it;
   changing a setting; closing the panel (the welcome screen loads the new pack).
2. ``dead``: the same kiosk with its watch folder on a share that hangs (every listing,
   file detail or open in it blocks, tests/qt/staff_workload.py ``DeadShare``) for
   ``--hang`` seconds, then fails: the panel, Look again, the 3-second look, Read from
   USB stick, closing.
3. ``reads``: one USB install of the default pack (its card's check, the install, the
   welcome screen after): how often the .kpack is opened and read in full, and how often
   a pack is parsed (``load_pack``). Goal: one full read to check, one to unpack, one
   parse.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from perfdoc import measured_with, offscreen_screen, write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent
PIN = "246813"

# -- the child processes: the kiosk driven as staff drive it ------------------------------------


def screen_env() -> None:
    """Headless, on a 1920x1080 screen."""
    offscreen_screen(1920, 1080)


def child(mode: str, count: int, hang_s: float, blame_ms: float = 0) -> dict[str, Any]:
    screen_env()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QPoint, QTimer
    from PySide6.QtWidgets import QWidget

    from kiosk._qt.app import Kiosk, build
    from kiosk._qt.memory import collect_while_nobody_waits
    from kiosk._qt.staff.controller import StaffController
    from kiosk._qt.staff.packs_tab import PAGE
    from kiosk._qt.staff.preview import PreviewOverlay
    from kiosk.core.paths import DataDir
    from kiosk.core.settings import Settings
    from kiosk.core.staffpin import StaffPin
    from kiosk.core.store import PackStore, Source
    from tests.core.kpack_helpers import PACK_ID, new_key, pub_text
    from tests.qt import finger
    from tests.qt.lagprobe import LagProbe
    from tests.qt.staff_workload import DeadShare, PackReads, default_kpack, tiny_kpacks

    tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-lag-"))
    key = new_key()
    data = DataDir(tmp / "data").create()
    watch = tmp / "watch"
    watch.mkdir()
    Settings(trusted_keys=(pub_text(key),), watch_folder=str(watch)).save(data.settings_file)
    StaffPin(data.root).set_pin(PIN)
    # Named to sort first: the packs are listed a page at a time, and its card must be on
    # the first page.
    default = default_kpack(tmp / "0-immune-basics-v2.kpack", tmp / "work", key)
    if mode == "lag":
        # Showing version 2 of the default pack, so "Go back one version" has somewhere to go.
        PackStore(data, Settings.load(data.settings_file)).install(default, Source.USB)

    def wait_until(condition: Callable[[], object], what: str, timeout_s: float = 300) -> None:
        """Turn the event loop (a real one, as the kiosk's) until ``condition`` holds."""
        if condition():
            return
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(2)

        def check() -> None:
            if condition():
                loop.quit()

        poll.timeout.connect(check)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(int(timeout_s * 1000))
        poll.start()
        loop.exec()
        poll.stop()
        if not condition():
            raise TimeoutError(f"waited {timeout_s} s for {what}")

    def click(widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        finger.tap(widget)

    k: Kiosk = build(data_dir=data.root)
    k.window.allow_close = True
    k.window.resize(1920, 1080)
    k.window.show()
    wait_until(k.window.isVisible, "the window")
    s, session = k.staff, k.session
    assert isinstance(s, StaffController) and session is not None
    # The whole three-second hold, as staff hold it: the staff screens are made during it
    # (from a third of the way in), and the pad opens on them ready.
    s.panel_idle.set_seconds(3600)  # long waits below are not staff walking away
    packs: Any = None  # the Packs tab, once the panel is made (at the first PIN pad)
    probe = LagProbe()
    result: dict[str, Any] = {}

    # How long each PIN check (scrypt) takes, and on which thread, to tell it from the panel.
    checks: list[tuple[float, bool]] = []
    real_check = s.service.pin.check  # the pad's (not made before the corner hold)

    def timed_check(pin: str) -> Any:
        start = time.perf_counter()
        try:
            return real_check(pin)
        finally:
            checks.append(((time.perf_counter() - start) * 1000,
                           threading.current_thread() is threading.main_thread()))

    s.service.pin.check = timed_check  # type: ignore[method-assign]

    # Each card's check is a thread the UI thread starts; Thread.start() waits until the new
    # thread runs, which among many busy workers means waiting for the interpreter lock.
    started = {"threads": 0, "seconds": 0.0}
    real_start = threading.Thread.start

    def timed_start(thread: threading.Thread) -> None:
        if threading.current_thread() is not threading.main_thread():
            return real_start(thread)
        begun = time.perf_counter()
        try:
            return real_start(thread)
        finally:
            started["threads"] += 1
            started["seconds"] += time.perf_counter() - begun

    threading.Thread.start = timed_start  # type: ignore[method-assign,assignment]

    @contextmanager
    def act(name: str, note: str = "") -> Iterator[None]:
        threads, seconds = started["threads"], started["seconds"]
        with probe.action(name, note) as lag:
            yield
            if started["threads"] - threads >= 10:
                lag.note = ", ".join(filter(None, [lag.note, (
                    f"the UI thread started {started['threads'] - threads} threads and "
                    f"waited {started['seconds'] - seconds:.1f} s in Thread.start")]))

    def corner_hold(name: str = "Open the PIN pad (corner hold)") -> None:
        target = k.window.childAt(QPoint(5, 5)) or k.window
        corner = target.mapFrom(k.window, QPoint(5, 5))
        with act(name):
            finger.down(target, corner)
            # Asked without making the pad (``s.pad`` would make it at the press).
            wait_until(lambda: s.screens.pad is not None and s.screens.pad.isVisible(),
                       "the PIN pad")
            finger.up(target, corner)

    def enter_pin(name: str = "OK: PIN check (scrypt) and the panel opens") -> None:
        nonlocal packs
        with act(f"Type the PIN ({len(PIN)} taps)"):
            for digit in PIN:
                click(s.pad.pad.digits[digit])
        with act(name):
            click(s.pad.pad.ok)
            wait_until(s.panel.isVisible, "the panel")
        packs = s.panel.packs
        ms, on_ui = checks[-1]
        probe.actions[-1].note = (f"the PIN check {ms:.0f} ms of it" if on_ui else
                                  f"the PIN check {ms:.0f} ms, in a worker")

    def tab(page: QWidget, label: str) -> None:
        with act(f"Tab: {label}"):
            click(s.panel.tabs[page])

    def checked() -> bool:
        """Every card of the page shown is built and put on it (one a turn), and checked."""
        shown = [packs.cards.get(path) for path in packs.found[packs.first:packs.first + PAGE]]
        return (all(card is not None and not card.isHidden() for card in shown)
                and all(card.state != "checking" for card in packs.cards.values()))

    def default_card() -> Any:
        return next(c for p, c in packs.cards.items() if p.name == default.name)

    # What the kiosk does once after it is first shown (the attract screen's first frames,
    # preparing its pictures) is not a staff action: let it finish, then measure.
    settle = time.perf_counter() + 3
    wait_until(lambda: time.perf_counter() >= settle, "the kiosk to settle", timeout_s=10)
    collect_while_nobody_waits()  # as kiosk._qt.app.run does after the first frame
    probe.start()
    blame = None
    if blame_ms:
        from stallblame import StallBlame  # beside this script

        blame = StallBlame(probe, over_ms=blame_ms)
        blame.start()
    idle_end = time.perf_counter() + 1
    with act("Idle, the probe alone (its floor)"):
        wait_until(lambda: time.perf_counter() >= idle_end, "a second", timeout_s=5)

    if mode == "lag":
        corner_hold()
        enter_pin()
        with act("The panel's first look at the (empty) watch folder"):
            wait_until(lambda: not packs._scanning, "the first look")
        for page, label in ((s.panel.history, "History"), (s.panel.settings, "Settings"),
                            (s.panel.updates, "Updates"), (s.panel.packs, "Packs")):
            tab(page, label)
        # The stick's files arrive: copied aside first, then moved in at once, so the
        # 3-second look finds all of them (moving 201 names takes a few milliseconds).
        aside = tmp / "aside"
        tiny_kpacks(aside, count, tmp / "work", key)
        shutil.copyfile(default, aside / default.name)
        for path in sorted(aside.iterdir()):
            path.rename(watch / path.name)
        total = count + 1
        with act(f"{count} packs and the default pack appear: listed",
                 "by the 3-second look"):
            wait_until(lambda: len(packs.found) == total, "the list", timeout_s=10)
        # Its cards are made one a turn: named by how many the page shows, not how many of
        # them happen to be made by now (that differed between runs).
        shown = len(packs.found[packs.first:packs.first + PAGE])
        with act(f"… and the first page's {shown} cards made and checked"):
            wait_until(checked, "every card checked")
        before = {path: card._checks for path, card in packs.cards.items()}
        with act("Look again (the page's cards checked afresh)"):
            click(packs.rescan)
            wait_until(lambda: all(card._checks > before[path] and card.state != "checking"
                                   for path, card in packs.cards.items()), "the checks")
        with act("The next page of packs, until its cards are checked"):
            click(packs.later)
            wait_until(checked, "the next page's checks")
        with act("Back to the first page, until its cards are checked"):
            click(packs.earlier)
            wait_until(checked, "the first page's checks")
        tab(s.panel.history, "History")
        history = s.panel.history
        with act("Go back one version: ask"):
            click(history.rollback)
        with act("Go back one version: yes, until done and the cards checked again"):
            click(history.confirm)
            wait_until(lambda: "Done" in history.message.text(), "the rollback")
            wait_until(lambda: default_card().state == "ready" and checked(), "the checks")
        tab(s.panel.packs, "Packs")
        card = default_card()
        assert card.install.isEnabled(), card.message.text()
        with act("Install the default pack (14 MB) from the watch folder, until it says "
                 "Installed (which starts every other card's check again)"):
            click(card.install)
            wait_until(lambda: card.state == "done", "the install")
        with act("… until the page's other cards are checked again"):
            wait_until(checked, "the checks")
        with act("Preview the default pack's .kpack (unpacked in a worker)"):
            click(card.preview)
            overlay = s.preview_overlay
            assert isinstance(overlay, PreviewOverlay)
            wait_until(lambda: overlay.state != "opening", "the preview")
        assert overlay.state == "shown" and overlay.view is not None
        view = overlay.view
        reloads: list[int] = []
        view.reloaded.connect(lambda: reloads.append(1))
        with act("A file lands beside the previewed .kpack: the preview reloads"):
            (watch / "notes.txt").write_text("a note copied with the packs\n")
            wait_until(lambda: bool(reloads), "the reload", timeout_s=60)
        with act("Preview: next page"):
            click(view.next)
        with act("Close the preview"):
            click(view.close_button)
            wait_until(lambda: s.preview_overlay is None and s.panel.isVisible(), "the panel")
        tab(s.panel.settings, "Settings")
        with act("Change a setting (idle time: More)"):
            click(s.panel.settings.idle_more)
        shown = session.pack
        with act("Close the panel: the welcome screen loads the new pack"):
            click(s.panel.close_button)
            wait_until(lambda: session.pack is not shown, "the new pack")
        assert session.pack.version == 2
        result["pin_checks_ms"] = checks

    elif mode == "dead":
        dead = tmp / "share"
        dead.mkdir()
        s.change_settings(watch_folder=str(dead))
        with DeadShare(dead, hang_s=hang_s) as share:
            corner_hold()
            enter_pin("OK: PIN check and the panel opens (its look hangs on the share)")
            for page, label in ((s.panel.history, "History"), (s.panel.settings, "Settings"),
                                (s.panel.packs, "Packs")):
                tab(page, label)
            with act("Look again while the share hangs"):
                click(packs.rescan)
            with act("The 3-second look comes round while the share hangs"):
                ticks = [0]
                packs.timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
                wait_until(lambda: ticks[0] >= 1, "the timer", timeout_s=10)
            tab(s.panel.updates, "Updates")
            with act("Read from USB stick (the update address; the share is searched)"):
                click(s.panel.updates.read)
            tab(s.panel.packs, "Packs")
            with act("Close the panel while the share hangs"):
                click(s.panel.close_button)
                wait_until(lambda: not s.panel.isVisible(), "the panel closed")
            result["hung_on_ui_thread"] = share.hung_on_ui_thread()
            result["hung_in_workers"] = sum(1 for looked in share.looked if not looked[1])
            share.release()
            wait_until(lambda: not packs._scanning, "the hung look to come back")
        result["pin_checks_ms"] = checks

    else:  # reads
        shutil.copyfile(default, watch / default.name)
        with PackReads(watch / default.name) as reads:
            with reads.during("the card's check"):
                corner_hold()
                enter_pin()
                wait_until(lambda: any(p.name == default.name for p in packs.cards), "card")
                wait_until(checked, "the check")
            card = default_card()
            with reads.during("the install"), act("Install the default pack, alone in the "
                                                   "watch folder"):
                click(card.install)
                wait_until(lambda: card.state == "done", "the install")
            with reads.during("closing the panel"), act("Close the panel"):
                click(s.panel.close_button)
                wait_until(lambda: session.pack.version == 2, "the new pack")
        pack_id = session.pack.id
        phases = ["the card's check", "the install", "closing the panel"]
        result["reads"] = reads.summary((pack_id, 2), phases)
        result["kpack_mb"] = reads.size / 1e6
        result["other_pack_id"] = PACK_ID

    probe.stop()
    if blame is not None:
        blame.stop()
        print(blame.report(ROOT), file=sys.stderr, flush=True)
    result["actions"] = [{"name": a.name, "note": a.note, "walls": a.walls, "cpus": a.cpus,
                          "seconds": a.seconds} for a in probe.actions]
    return result


# -- the parent: runs each child, prints and writes the tables ----------------------------------


def run_child(mode: str, packs: int, hang_s: float) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--packs", str(packs),
                          "--hang", str(hang_s)], check=True, cwd=ROOT, capture_output=True,
                         text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def lag_table(runs: list[list[dict[str, Any]]]) -> str:
    """One row an action; with several runs, each figure is the median run's, and the
    worst run's beside it (a virtual machine's CPU clock counts time its host took away,
    so one run's maximum can be another program's)."""
    sys.path.insert(0, str(ROOT))
    from tests.qt.lagprobe import GOAL_MS, ActionLag, table

    def lag(a: dict[str, Any]) -> ActionLag:
        one = ActionLag(a["name"], note=a["note"], seconds=a["seconds"])
        for wall, cpu in zip(a["walls"], a["cpus"], strict=True):
            one.add(wall, cpu)
        return one

    if len(runs) == 1:
        return table([lag(a) for a in runs[0]])

    def ms(value: float) -> str:
        return f"**{value:.0f}** ⚠" if value > GOAL_MS else f"{value:.0f}"

    rows = [f"| staff action | UI-CPU max ms (median of {len(runs)} runs) | … worst run | wall "
            "max ms (median) | … worst run | took s (median) |", "|---|---|---|---|---|---|"]
    for at, first in enumerate(runs[0]):
        lags = [lag(run[at]) for run in runs]
        assert all(one.name == first["name"] for one in lags)
        cpus = sorted(one.cpu_max for one in lags)
        walls = sorted(one.wall_max for one in lags)
        took = sorted(one.seconds for one in lags)
        name = f"{first['name']} ({first['note']})" if first["note"] else first["name"]
        rows.append(f"| {name} | {ms(statistics.median(cpus))} | {ms(cpus[-1])} | "
                    f"{ms(statistics.median(walls))} | {ms(walls[-1])} | "
                    f"{statistics.median(took):.2f} |")
    return "\n".join(rows)


def reads_table(rows: list[dict[str, Any]]) -> str:
    lines = ["| phase | opens of the .kpack | read in full | bytes read (× its size) | parses "
             "of the pack (`load_pack`) | of them on the UI thread | by | other packs parsed |",
             "|---|---|---|---|---|---|---|---|"]
    for row in rows:
        by = ", ".join(f"`{k.rsplit('.', 2)[-2]}.{k.rsplit('.', 1)[-1]}` ×{v}"
                       for k, v in row["parsed_by"].items())
        others = ", ".join(f"{k} ×{v}" for k, v in row["other_parses"].items()) or "none"
        lines.append(f"| {row['phase']} | {row['opens']} | {row['full_reads']} | "
                     f"{row['size_read']:.2f}× | {row['parses']} | {row['parses_on_ui_thread']} "
                     f"| {by} | {others} |")
    total = {key: sum(row[key] for row in rows) for key in
             ("opens", "full_reads", "parses", "parses_on_ui_thread")}
    lines.append(f"| **all** | {total['opens']} | {total['full_reads']} | "
                 f"{sum(row['size_read'] for row in rows):.2f}× | {total['parses']} | "
                 f"{total['parses_on_ui_thread']} | | |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packs", type=int, default=200, help="small packs in the watch folder")
    parser.add_argument("--hang", type=float, default=5.0,
                        help="seconds the dead share hangs before it fails")
    parser.add_argument("--runs", type=int, default=3, help="runs of each kiosk (medians)")
    parser.add_argument("--write", type=Path, help="update this Markdown file's figures")
    parser.add_argument("--child", choices=("lag", "dead", "reads"),
                        help="run one kiosk here and print its figures as JSON (with --blame, "
                             "to see where the UI thread's long gaps went)")
    parser.add_argument("--blame", type=float, default=0, metavar="MS",
                        help="with --child: sample the UI thread's stack in every gap longer "
                             "than MS and print where the time went (bench/stallblame.py)")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.packs, args.hang, args.blame)), flush=True)
        os._exit(0)  # worker threads may still be checking cards: the figures are out
    started = time.perf_counter()
    lags = [run_child("lag", args.packs, args.hang) for _ in range(args.runs)]
    deads = [run_child("dead", args.packs, args.hang) for _ in range(args.runs)]
    readings = [run_child("reads", args.packs, args.hang) for _ in range(args.runs)]
    dead, reads = deads[-1], readings[-1]
    text = "\n\n".join([
        f"A watch folder with {args.packs} small packs and the default pack:\n\n"
        + lag_table([run["actions"] for run in lags]),
        f"The watch folder on a share that stopped answering (each look hangs "
        f"{args.hang:g} s, then fails). The UI thread hung in it "
        f"{len(dead['hung_on_ui_thread'])} time(s) ("
        + (", ".join(f"{s:.1f} s in `{where}`" for s, where in dead["hung_on_ui_thread"])
           or "never") + "); "
        f"worker threads {dead['hung_in_workers']} time(s) (in the last run; "
        f"{sum(len(run['hung_on_ui_thread']) for run in deads)} on the UI thread in all "
        f"{args.runs}).\n\n" + lag_table([run["actions"] for run in deads]),
        f"One USB install of the default pack ({reads['kpack_mb']:.1f} MB .kpack; goal: read "
        f"in full once to check and once to unpack, parsed once):\n\n"
        + reads_table(reads["reads"]) + "\n\n"
        + lag_table([run["actions"] for run in readings]),
    ])
    print(text)
    print(f"\n({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if args.write:
        header = (measured_with(f"python bench/ui_lag.py --packs {args.packs} --hang "
                                f"{args.hang:g} --runs {args.runs}")
                  + ", offscreen; a tick every 5 ms; **bold ⚠** is over 50 ms.")
        write_block(args.write, "ui-lag", header, text,
                    heading="Staff actions: how long the UI thread stalls (issue #13)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
