"""Which code made the UI thread stall: a stack sampler for the lag probe's long gaps.

    from stallblame import StallBlame
    blame = StallBlame(probe, over_ms=20)
    blame.start()
    ...            # the staff actions, measured by the probe
    blame.stop()
    print(blame.report(kiosk_root))

A sampler thread looks every millisecond; while the probe has not ticked for ``over_ms``
(a stall under way) it has ``faulthandler`` write every thread's Python stack and keeps the
UI thread's. faulthandler reads the stacks in C without taking a reference to any frame:
a sampler holding the UI thread's frames (``sys._current_frames``) would free their locals
(timers, widgets) on the wrong thread when it let go, which Qt warns of and crashed on. A
Python frame that called into Qt stands for the Qt work it started. The report groups the
samples by gap and counts, for each line of the kiosk's own code, in how many of a gap's
samples it was on the stack: the line seen most is where the gap's time went.

Diagnosis only: it slows what it measures a little, so figures for docs/performance.md
come from runs without it.
"""

from __future__ import annotations

import faulthandler
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any


class StallBlame(threading.Thread):
    def __init__(self, probe: Any, over_ms: float = 20.0, every_ms: float = 1.0) -> None:
        super().__init__(name="stall-blame", daemon=True)
        self.probe = probe
        self.over_ms = over_ms
        self.every_s = every_ms / 1000
        self.samples: dict[tuple[str, int], list[tuple[str, ...]]] = defaultdict(list)
        self._ui = f"Thread 0x{threading.main_thread().ident:016x}"
        self._quit = threading.Event()
        self._interval = sys.getswitchinterval()

    def start(self) -> None:
        # A UI thread computing in Python lets go of the interpreter lock only this often.
        sys.setswitchinterval(0.001)
        super().start()

    def stop(self) -> None:
        self._quit.set()
        self.join()
        sys.setswitchinterval(self._interval)

    def run(self) -> None:
        with tempfile.TemporaryFile() as dump:
            while not self._quit.wait(self.every_s):
                action = self.probe._current
                since_ms = (time.perf_counter() - self.probe._wall) * 1000
                if action is None or since_ms < self.over_ms:
                    continue
                dump.seek(0)
                dump.truncate()
                faulthandler.dump_traceback(dump, all_threads=True)
                dump.seek(0)
                stack = _ui_stack(dump.read().decode("utf-8", "replace"), self._ui)
                # The gap is named by the tick that will end it.
                self.samples[(action.name, self.probe._ticks + 1)].append(stack)

    def report(self, root: Path, worst: int = 12, lines: int = 10) -> str:
        """The ``worst`` gaps by samples, each with its ``lines`` most-seen kiosk lines."""
        out: list[str] = []
        gaps = sorted(self.samples.items(), key=lambda item: -len(item[1]))[:worst]
        for (action, _tick), stacks in gaps:
            out.append(f"\n{action}: {len(stacks)} samples past {self.over_ms:.0f} ms")
            seen: Counter[str] = Counter()
            tops: Counter[str] = Counter()
            for stack in stacks:
                ours = [line for line in stack if str(root) in line]
                seen.update(set(ours))
                if stack:
                    tops[stack[0]] += 1
            for line, count in seen.most_common(lines):
                out.append(f"  {count:4d}  {line.replace(str(root) + '/', '')}")
            for line, count in tops.most_common(3):
                out.append(f"  top {count:4d}  {line.replace(str(root) + '/', '')}")
        return "\n".join(out)


def _ui_stack(dump: str, ui: str) -> tuple[str, ...]:
    """The UI thread's frames in a faulthandler dump, innermost first, as 'file:line func'."""
    lines: list[str] = []
    mine = False
    for line in dump.splitlines():
        if line.startswith(("Thread 0x", "Current thread 0x")):
            mine = line.startswith(ui)
        elif mine and line.startswith('  File "'):
            path, _, rest = line[len('  File "'):].partition('", line ')
            number, _, function = rest.partition(" in ")
            lines.append(f"{path}:{number} {function}")
    return tuple(lines)
