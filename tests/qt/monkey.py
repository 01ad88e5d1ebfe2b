"""A seeded monkey for the whole kiosk: what a waiting room and its staff do to it, event
after event. Used by ``bench/soak.py`` (100,000 events, memory watched) and
``tests/qt/test_soak.py`` (a few thousand, in every test run).

Each event is drawn from a seeded generator: taps anywhere on the screen, quick double
taps, one-finger swipes, a language switch while a page is still sliding, Listen on and
off, a patient walking away (the idle question, then its countdown running out), staff
holding the corner and typing wrong PINs, pack installs and going back a version. The
same seed gives the same choices; what the event loop does between them (a slide half
done, a worker's answer early or late) may differ, which is the point of a soak.

The monkey never waits on the clock to decide anything: time passing for the kiosk's
idle timers is done by firing them (``time_passes``), and workers are waited for by
their signals. Anything that goes wrong stops the run with the seed, the event's number
and the last events before it: an exception nobody handled, an ERROR in the kiosk's log,
or a warning from Qt (which the kiosk logs as ``kiosk.qt``).
"""

from __future__ import annotations

import logging
import random
import sys
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TextIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QPoint, QTimer, SignalInstance
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk._qt.app import Kiosk
from kiosk._qt.staff.controller import StaffController
from tests.core.kpack_helpers import build, make_pack
from tests.qt import finger
from tests.qt.conftest import swipe

# How often each kind of event comes, out of the sum. Patients' taps dominate, as in a
# waiting room; installs are rare because a nurse does them.
WEIGHTS = {
    "tap anywhere": 40,
    "tap a button": 20,
    "double tap": 8,
    "swipe": 10,
    "language mid-slide": 5,
    "listen": 5,
    "let it run": 6,
    "walk away": 2,
    "staff, wrong PIN": 2,
    "install a pack": 1,
    "go back a version": 1,
}


class SoakFailure(AssertionError):
    pass


@dataclass
class Sample:
    events: int
    seconds: float
    pss_kib: int
    rss_kib: int
    anon_kib: int = 0  # the PSS of memory the kiosk allocated, not of files it maps


@dataclass
class Report:
    seed: int
    events: int = 0
    seconds: float = 0.0
    samples: list[Sample] = field(default_factory=list)
    done: Counter[str] = field(default_factory=Counter)
    took: Counter[str] = field(default_factory=Counter)  # seconds, by kind of event

    @property
    def per_second(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0


def memory_kib() -> tuple[int, int, int]:
    """(PSS, RSS, PSS of anonymous memory) of this process in KiB, from /proc (zeros where
    there is none). The PSS of mapped files (the libraries, the fonts) falls whenever
    another process maps the same files, a test run beside the soak say; the anonymous
    part is the kiosk's own."""
    found = {"Pss:": 0, "Rss:": 0, "Pss_Anon:": 0}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                name, _, rest = line.partition(" ")
                if name in found:
                    found[name] = int(rest.split()[0])
    except OSError:
        pass
    return found["Pss:"], found["Rss:"], found["Pss_Anon:"]


def time_passes(owner: QObject) -> bool:
    """Let the time run out for every running timer of ``owner`` (the idle watcher, the
    "Still reading?" countdown): as if the patient had waited, without waiting."""
    fired = False
    for timer in owner.findChildren(QTimer):
        if timer.isActive():
            if timer.isSingleShot():
                timer.stop()
            timer.timeout.emit()
            fired = True
    return fired


def wait_for(signal: SignalInstance, what: str, timeout_s: float = 120.0) -> None:
    """Turn the event loop until ``signal`` comes; the timeout only catches a hang."""
    loop = QEventLoop()
    came: list[bool] = []

    def heard(*_args: object) -> None:
        came.append(True)
        loop.quit()

    def give_up() -> None:
        loop.quit()

    # Plain functions, not ``loop.quit``: PySide 6.11 keeps about 50 bytes for every
    # connection and disconnection of a bound method of a new object (the monkey's own
    # leak, 0.7 MB per 100,000 events, counted against the kiosk's memory).
    signal.connect(heard)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(int(timeout_s * 1000))
    try:
        loop.exec()
    finally:
        signal.disconnect(heard)
        guard.stop()
        guard.timeout.disconnect(give_up)
    if not came:
        raise SoakFailure(f"waited {timeout_s:.0f} s for {what}")


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = 120.0) -> None:
    """Turn the event loop until ``condition`` holds (checked at every turn)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SoakFailure(f"waited {timeout_s:.0f} s for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


class _Troubles(logging.Handler):
    """Every ERROR the kiosk logs, and every warning from Qt."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR or record.name == "kiosk.qt":
            if record.name == "kiosk.qt" and record.levelno < logging.WARNING:
                return
            self.seen.append(f"{record.name} {record.levelname}: {record.getMessage()}")


class Monkey:
    """Drives a running kiosk (``kiosk._qt.app.build``) whose staff PIN is ``pin`` and
    which trusts ``key``; ``work`` is a folder for the packs it installs."""

    def __init__(self, k: Kiosk, seed: int, work: Path, key: Ed25519PrivateKey,
                 pin: str) -> None:
        assert isinstance(k.staff, StaffController)
        self.k = k
        self.staff = k.staff
        self.window = k.window
        self.random = random.Random(seed)
        self.seed = seed
        self.work = work
        self.key = key
        self.pin = pin
        self.version = 1  # the bundled pack's; every install is newer than any before
        self.history: deque[str] = deque(maxlen=25)
        self._do: dict[str, Callable[[], None]] = {
            "tap anywhere": self._tap_anywhere, "tap a button": self._tap_a_button,
            "double tap": self._double_tap, "swipe": self._swipe,
            "language mid-slide": self._language_mid_slide, "listen": self._listen,
            "let it run": self._let_it_run, "walk away": self._walk_away,
            "staff, wrong PIN": self._staff_wrong_pin, "install a pack": self._install_a_pack,
            "go back a version": self._go_back_a_version}
        assert set(self._do) == set(WEIGHTS)
        self._actions = list(WEIGHTS)
        self._weights = list(WEIGHTS.values())
        # The hold is waiting, not work: a short one keeps the soak about what it tests.
        self.staff.gesture.set_hold_ms(20)

    # -- the run ---------------------------------------------------------------------

    def run(self, events: int, sample_every: int = 1000,
            on_sample: Callable[[Sample], None] | None = None,
            trail: TextIO | None = None) -> Report:
        """``trail``: each event is written there before it is done, and flushed, so a
        crash inside Qt (no Python traceback) still says what the monkey was doing."""
        report = Report(self.seed)
        troubles = _Troubles()
        kiosk_log = logging.getLogger("kiosk")
        kiosk_log.addHandler(troubles)
        unhandled: list[str] = []
        kiosk_hook = sys.excepthook

        def hook(kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
            unhandled.append(f"{kind.__name__}: {value}")
            kiosk_hook(kind, value, tb)

        sys.excepthook = hook
        start = time.perf_counter()
        try:
            for number in range(1, events + 1):
                action = self.random.choices(self._actions, self._weights)[0]
                self.history.append(f"{number}: {action} on {self._where()}")
                if trail is not None:
                    trail.write(self.history[-1] + "\n")
                    trail.flush()
                began = time.perf_counter()
                self._do[action]()
                QCoreApplication.processEvents()
                report.took[action] += time.perf_counter() - began
                report.done[action] += 1
                report.events = number
                if troubles.seen or unhandled:
                    raise SoakFailure(self._failure(number, unhandled + troubles.seen))
                if number % sample_every == 0:
                    self._between_patients()
                    pss, rss, anon = memory_kib()
                    sample = Sample(number, time.perf_counter() - start, pss, rss, anon)
                    report.samples.append(sample)
                    if on_sample is not None:
                        on_sample(sample)
        finally:
            report.seconds = time.perf_counter() - start
            sys.excepthook = kiosk_hook
            kiosk_log.removeHandler(troubles)
        return report

    def _between_patients(self) -> None:
        """Bring the kiosk to where it stands between patients before memory is read: the
        welcome screen, after its collection. Read wherever the last event left it, memory
        moves ±15% with the pictures that page happens to hold, which hides a slow leak."""
        w, pad = self.window, self.staff.pad
        if pad.isVisible() and pad.cancel.isVisible():
            finger.tap(pad.cancel)
        w.reset()
        QCoreApplication.processEvents()
        if w._collector.isActive():
            w._collector.stop()
            w._collector.timeout.emit()
        QCoreApplication.processEvents()

    def _failure(self, number: int, what: list[str]) -> str:
        last = "\n  ".join(self.history)
        return (f"seed {self.seed}, event {number}: " + "; ".join(what)
                + f"\nthe last events:\n  {last}")

    def _where(self) -> str:
        w = self.window
        if self.staff.pad.isVisible():
            return "the PIN pad"
        if w.overlay.isVisible():
            return "'Still reading?'"
        name = type(w.current).__name__
        return f"{name} ({self.k.session.language})"

    # -- what patients do ----------------------------------------------------------------

    def _point(self) -> tuple[QWidget, QPoint]:
        w = self.window
        spot = QPoint(self.random.randrange(w.width()), self.random.randrange(w.height()))
        target = w.childAt(spot) or w
        return target, target.mapFrom(w, spot)

    def _tap_anywhere(self) -> None:
        target, pos = self._point()
        finger.tap(target, pos, uncovered=False)  # where the point is, whatever is there

    def _buttons(self) -> list[QAbstractButton]:
        return [b for b in self.window.findChildren(QAbstractButton)
                if b.isVisible() and b.isEnabled()]

    def _tap_a_button(self) -> None:
        # Anywhere hits the picture and the words most; patients aim for buttons.
        buttons = self._buttons()
        if buttons:
            button = self.random.choice(buttons)
            finger.tap(button, uncovered=False)  # something over it gets the tap

    def _double_tap(self) -> None:
        target, pos = self._point()
        if self.random.random() < 0.5:
            buttons = self._buttons()
            if buttons:
                target = self.random.choice(buttons)
                pos = target.rect().center()
        finger.tap(target, pos, uncovered=False)
        finger.tap(target, pos, uncovered=False)

    def _swipe(self) -> None:
        w = self.window
        screen = w.current
        width = max(screen.width(), 2)
        dx = self.random.choice((-1, 1)) * self.random.randrange(width // 8, width // 2)
        swipe(screen, dx, steps=self.random.randrange(2, 8))

    def _language_mid_slide(self) -> None:
        w = self.window
        if w.current is w.viewer and w.viewer.next.isVisible():
            finger.tap(w.viewer.next, uncovered=False)
        else:
            self._swipe()
        # No turn of the event loop between: the page is still sliding in.
        if w.topbar.language.isVisible():
            finger.tap(w.topbar.language, uncovered=False)

    def _listen(self) -> None:
        w = self.window
        speaker = w.viewer.aloud.speaker
        if w.current is w.viewer and speaker.isVisible() and speaker.isEnabled():
            finger.tap(speaker, uncovered=False)

    def _let_it_run(self) -> None:
        # A patient reading: slides finish, pages are prepared, narration plays on.
        loop = QEventLoop()
        # With the loop as context: a bound method alone costs PySide ~80 bytes a call.
        QTimer.singleShot(self.random.randrange(1, 120), loop, loop.quit)
        loop.exec()

    def _walk_away(self) -> None:
        """The patient leaves: the idle question comes, and its countdown may run out."""
        w = self.window
        if not time_passes(w.idle):
            return
        QCoreApplication.processEvents()
        if w.overlay.isVisible() and self.random.random() < 0.6:
            for _ in range(self.k.session.settings.countdown_seconds + 1):
                if not time_passes(w.overlay):
                    break
                QCoreApplication.processEvents()

    # -- what staff do -------------------------------------------------------------------

    def _staff_wrong_pin(self) -> None:
        """Hold the corner, type a wrong PIN (a curious child did), cancel."""
        w, s = self.window, self.staff
        if s.pad.isVisible() or s.panel.isVisible():
            return
        corner = QPoint(3, 3)
        target = w.childAt(corner) or w
        local = target.mapFrom(w, corner)
        finger.down(target, local)
        if s.gesture.is_holding():
            wait_for(s.gesture.triggered, "the staff hold")
        finger.up(target, local)
        if not s.pad.isVisible():
            return
        digits = s.pad.pad.digits
        pin = self.pin
        while pin == self.pin:
            pin = "".join(self.random.choice("0123456789") for _ in range(len(self.pin)))
        for digit in pin:
            if digits[digit].isVisible() and digits[digit].isEnabled():
                finger.tap(digits[digit])
        if s.pad.pad.ok.isVisible() and s.pad.pad.ok.isEnabled():
            finger.tap(s.pad.pad.ok)
        wait_until(lambda: not s.pad.working, "the PIN check")
        assert not s.panel.isVisible(), "a wrong PIN opened the staff panel"
        if s.pad.cancel.isVisible():
            finger.tap(s.pad.cancel)

    def _install_a_pack(self) -> None:
        """A nurse installs the next version of a small pack (live at the next patient)."""
        self.version += 1
        folder = make_pack(self.work / f"pack-v{self.version}", self.version)
        kpack = build(folder, self.work / f"pack-v{self.version}.kpack", self.key)
        service = self.staff.bridge.service
        job = self.staff.bridge.run(lambda progress: service.install(kpack, progress),
                                    "install (soak)")
        wait_for(job.finished, "an install")

    def _go_back_a_version(self) -> None:
        service = self.staff.bridge.service
        if service.store.status().active is None:
            return  # showing the pack the kiosk came with: nothing to go back to
        job = self.staff.bridge.run(lambda _progress: service.go_back(), "go back (soak)")
        wait_for(job.finished, "going back")
