"""Sharing a text-fit pass between this process and helper processes, a few pages at a time.

Qt measures text only on the thread that made its widgets, so a big pack is measured by
more than one process, each with its own Qt. The pages are handed out a few at a time to
whichever process is free, not split up front: a quiz takes ten times as long as a page
of words, and this process also does validate's other checks, so with a fixed split one
process went on alone at the end (1.6 s of a 10.5 s first check of 1,024 pages on two
cores). Each helper is handed its first pages as it starts, so every helper takes part
however quick the others are.

The helper's side (``serve``) reads a line of JSON units at a time from its input and
answers each with what it found, pickled: the pass's own child, started from the same
installation, not anything a pack wrote.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import pickle
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from kiosk.core.textfit_units import Found, Unit

log = logging.getLogger("kiosk.pack")

# Units a pass needs before a helper is worth starting: starting one (Qt, fonts, the pack
# read again) costs about a second and a half, what ~500 pages take to measure.
SPLIT_FROM = 500
MOST_PARTS = 4
# Units handed out at a time: a few tenths of a second of measuring (up to half a second
# of quizzes), so the last to finish finishes soon after the others.
MOST_AT_ONCE = 16
# A helper that has said nothing for this long, once this process has run out of pages, is
# taken to be hung and stopped, and its pages are measured here. A handful takes well under
# a second and a helper's start a few; a stuck one had kept validate waiting for ever.
SILENT_LIMIT = 60.0
_clock = time.monotonic

Measure = Callable[[list[Unit]], Found]
Done = Callable[[int], None]  # told how many more units are measured, from any thread


def parts_for(units: int) -> int:
    """Processes worth measuring ``units`` in: one a core, with enough units each."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else (os.cpu_count() or 1)
    return max(1, min(cores, MOST_PARTS, units // SPLIT_FROM))


class _Work:
    """The units not yet handed out, in handfuls, shared by every process's feeder."""

    def __init__(self, units: list[Unit], at_once: int) -> None:
        self._lock = threading.Lock()
        self._left = deque(units[start:start + at_once]
                           for start in range(0, len(units), at_once))

    def take(self) -> list[Unit] | None:
        with self._lock:
            return self._left.popleft() if self._left else None

    def give_back(self, units: list[Unit]) -> None:
        with self._lock:
            self._left.appendleft(units)


class Sharing:
    """The helpers of one pass, started at once; ``measure`` does this process's share
    and gathers theirs. ``stop`` ends any helper still running (always call it)."""

    def __init__(self, root: Path, units: list[Unit], parts: int,
                 done: Done | None = None) -> None:
        at_once = max(1, min(MOST_AT_ONCE, len(units) // (4 * parts)))
        self._work = _Work(units, at_once)
        self._done = done or (lambda _units: None)
        self._helpers: list[_Helper] = []
        try:
            for _ in range(parts - 1):
                first = self._work.take()
                if first is None:
                    break
                self._helpers.append(_Helper(root, first, self._work, self._done))
        except BaseException:
            self.stop()  # the ones already started: nobody else knows of them
            raise

    def measure(self, measure: Measure) -> Found:
        found: Found = []
        while (units := self._work.take()) is not None:
            found += measure(units)
            self._done(len(units))
        for helper in self._helpers:
            found += helper.result()
        # What a helper handed back after failing, once this process had run out.
        while (units := self._work.take()) is not None:
            found += measure(units)
            self._done(len(units))
        return found

    def stop(self) -> None:
        for helper in self._helpers:
            helper.stop()


class _Helper:
    """A process measuring units handed to it by a thread of this process."""

    def __init__(self, root: Path, first: list[Unit], work: _Work,
                 done: Done | None = None) -> None:
        self._work, self._done = work, done or (lambda _units: None)
        self._found: Found = []
        self._stopping = False
        self._heard = _clock()  # when it last answered, or was started
        self.process = subprocess.Popen(
            helper_command(root), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        # A thread waits on the helper, so this process measures its own share meanwhile.
        self._feeding = threading.Thread(target=self._feed, args=(first,), daemon=True)
        try:
            self._feeding.start()
        except BaseException:
            self.process.kill()
            self.process.wait()
            raise

    def _feed(self, units: list[Unit] | None) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        while units is not None:
            try:
                self.process.stdin.write(json.dumps(units).encode() + b"\n")
                self.process.stdin.flush()
            except OSError:  # it has stopped; what it said before, if anything, tells how
                pass
            try:
                found = pickle.load(self.process.stdout)  # our own child's answer
                if not isinstance(found, list):
                    raise TypeError(f"a {type(found).__name__}, not a list")
            except EOFError:
                self._work.give_back(units)
                self.process.wait()
                if not self._stopping:  # not stopped by this process, on its way out
                    log.warning("a text-fit helper stopped (exit %s); its pages are "
                                "measured here instead", self.process.returncode)
                return
            except Exception as error:  # whatever unpickling nonsense raises
                self._work.give_back(units)
                if not self._stopping:  # else it was cut off mid-answer by this process
                    log.warning("a text-fit helper answered nonsense (%s); its pages are "
                                "measured here instead", error)
                return
            self._found += found
            self._heard = _clock()
            self._done(len(units))
            units = self._work.take()
        with contextlib.suppress(OSError):
            self.process.stdin.close()  # no more: the helper ends

    def result(self) -> Found:
        """What it found, once it has nothing left to do, has failed, or has been silent
        for ``SILENT_LIMIT`` seconds (then it is stopped and its pages given back)."""
        while self._feeding.is_alive():
            silent = _clock() - self._heard
            if silent >= SILENT_LIMIT:
                log.warning("a text-fit helper said nothing for %.0f s; its pages are "
                            "measured here instead", silent)
                self.stop()  # its feeder then hands back the pages it held
                break
            self._feeding.join(timeout=SILENT_LIMIT - silent)
        return self._found

    def stop(self) -> None:
        self._stopping = True
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self._feeding.ident is not None:
            self._feeding.join()  # its pipe fails at once on a stopped helper
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


def helper_command(root: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk._qt.staff.textfit", str(root)]


def serve(measure: Measure) -> None:
    """A helper's side: measure each line of units read from stdin, and answer each with
    what was found, pickled, until stdin ends."""
    answers = sys.stdout.buffer
    for line in sys.stdin.buffer:
        units = [(int(place), int(page)) for place, page in json.loads(line)]
        pickle.dump(measure(units), answers)
        answers.flush()
