"""An event-loop lag probe: how long the UI thread went without turning its event loop.

A QTimer ticks every few milliseconds on the UI thread. Each tick records the wall-clock
gap since the tick before (what a person at the screen waits: no paint, no tap answered)
and the UI thread's own CPU time over the same gap (``time.thread_time()``, read on the
UI thread). The two tell apart:

- the UI thread computing (CPU close to wall: a hash, a parse, building widgets), which a
  faster machine only shortens and which belongs off the UI thread;
- the UI thread waiting (wall far above CPU): blocked in I/O (a network share that does
  not answer), waiting for the interpreter lock that worker threads hold, or a machine
  busy with other processes. On a loaded test machine only the CPU figure is steady.

Used by ``bench/ui_lag.py`` and ``tests/qt/test_ui_lag.py``::

    probe = LagProbe()
    probe.start()
    with probe.action("open the panel"):
        ...  # tap, then wait for what the tap does (qtbot.waitUntil, waitSignal)
    probe.stop()
    print(table(probe.actions))

A gap belongs to the action during which it ended. Leaving an action turns the event
loop until the probe has ticked once more, so a tap handled synchronously just before
(QTest delivers clicks outside the event loop) is still counted against that action.
Not for the shipped kiosk: it only measures.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer

TICK_MS = 5
GOAL_MS = 50.0  # issue #13: the UI thread never blocks longer than this


def percentile(values: list[float], p: float) -> float:
    """The value below which ``p`` percent of ``values`` lie (nearest rank); 0 if none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@dataclass
class ActionLag:
    """The gaps between ticks while one action ran, in milliseconds."""

    name: str
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)  # the UI thread's CPU in the same gaps
    seconds: float = 0.0  # how long the action took, until what it waited for was done
    note: str = ""

    def add(self, wall_ms: float, cpu_ms: float) -> None:
        self.walls.append(wall_ms)
        self.cpus.append(cpu_ms)

    @property
    def wall_max(self) -> float:
        return max(self.walls, default=0.0)

    @property
    def wall_p99(self) -> float:
        return percentile(self.walls, 99)

    @property
    def cpu_max(self) -> float:
        return max(self.cpus, default=0.0)

    @property
    def cpu_p99(self) -> float:
        return percentile(self.cpus, 99)

    @property
    def cpu_in_worst_gap(self) -> float:
        """The UI thread's CPU in the longest wall gap: near it, computing; far below, waiting."""
        if not self.walls:
            return 0.0
        return self.cpus[self.walls.index(self.wall_max)]

    def stalls(self, over_ms: float) -> list[tuple[float, float]]:
        """Every gap longer than ``over_ms`` of wall clock, as (wall, CPU)."""
        return [(w, c) for w, c in zip(self.walls, self.cpus, strict=True) if w > over_ms]

    def describe(self) -> str:
        return (f"{self.name}: wall max {self.wall_max:.0f} ms (p99 {self.wall_p99:.0f}), "
                f"UI-thread CPU max {self.cpu_max:.0f} ms (p99 {self.cpu_p99:.0f}), "
                f"{len(self.walls)} ticks over {self.seconds:.2f} s")


class LagProbe(QObject):
    """Ticks on the thread it is created on (the UI thread) and records each gap."""

    def __init__(self, tick_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tick_ms = tick_ms
        self.actions: list[ActionLag] = []
        self._current: ActionLag | None = None
        self._wall = time.perf_counter()
        self._cpu = time.thread_time()
        self._ticks = 0
        self._waiting: tuple[int, QEventLoop] | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._restart_clocks()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _restart_clocks(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.thread_time()

    def _tick(self) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        if self._current is not None:
            self._current.add((wall - self._wall) * 1000, (cpu - self._cpu) * 1000)
        self._wall, self._cpu = wall, cpu
        self._ticks += 1
        if self._waiting is not None and self._ticks >= self._waiting[0]:
            self._waiting[1].quit()

    def wait_ticks(self, count: int = 1, timeout_ms: int = 10_000) -> None:
        """Turn the event loop until the probe has ticked ``count`` more times."""
        if not self._timer.isActive():
            return
        loop = QEventLoop()
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(timeout_ms)
        self._waiting = (self._ticks + count, loop)
        try:
            loop.exec()
        finally:
            self._waiting = None
            guard.stop()

    @contextmanager
    def action(self, name: str, note: str = "") -> Iterator[ActionLag]:
        """Count the gaps that end while the body runs, and one tick after it."""
        if self._current is not None:
            raise RuntimeError(f"{name!r} started inside {self._current.name!r}")
        lag = ActionLag(name, note=note)
        # Time between actions (the harness's own work) is not the action's.
        self._restart_clocks()
        started = time.perf_counter()
        self._current = lag
        try:
            yield lag
            self.wait_ticks(1)
        finally:
            self._current = None
            lag.seconds = time.perf_counter() - started
            self.actions.append(lag)

    def named(self, name: str) -> ActionLag:
        return next(a for a in self.actions if a.name == name)


def table(actions: list[ActionLag], goal_ms: float = GOAL_MS) -> str:
    """A Markdown table, one action a row; figures over ``goal_ms`` are marked."""

    def ms(value: float) -> str:
        return f"**{value:.0f}** ⚠" if value > goal_ms else f"{value:.0f}"

    rows = ["| staff action | wall max ms | wall p99 ms | UI-CPU max ms | UI-CPU in the "
            "longest gap ms | took s | ticks |",
            "|---|---|---|---|---|---|---|"]
    for a in actions:
        name = f"{a.name} ({a.note})" if a.note else a.name
        rows.append(f"| {name} | {ms(a.wall_max)} | {ms(a.wall_p99)} | {ms(a.cpu_max)} | "
                    f"{a.cpu_in_worst_gap:.0f} | {a.seconds:.2f} | {len(a.walls)} |")
    return "\n".join(rows)
