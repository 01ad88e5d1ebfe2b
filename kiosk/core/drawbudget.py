"""A time budget for drawing each picture, checked by ``kiosk-pack validate`` (#15).

The static limits (``svgcost``) catch drawings built to explode, but a drawing can pass
them and still take half a minute to draw (12,000 lines of Nastaliq text, say), and the
kiosk draws a page's picture on the UI thread: every patient reaching that page would
wait. So validate draws every picture at full-screen size in a separate process
(``kiosk._qt.drawtime``), and stops it at a deadline when a picture never finishes.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from kiosk.core import checkcache
from kiosk.core.checkcache import CheckCache
from kiosk.core.model import Pack
from kiosk.core.phrases import translate
from kiosk.core.problems import Problem

log = logging.getLogger("kiosk.pack")

# On the PC that validates: kiosks are often slower, and a page turn is 16 ms; a picture
# is drawn once a page and kept, so a second is the most a patient should wait for one.
BUDGET_SECONDS = 1.0
DEADLINE_SECONDS = 20.0  # a picture still drawing then is stopped, and said so
CACHE_KIND = "drawing-time"
REMEMBERED = 0.8  # of the budget: a picture drawn faster than this is not drawn again


def _child(files: Sequence[Path]) -> list[str]:
    return [sys.executable, "-m", "kiosk._qt.drawtime", *map(str, files)]


def _lines(process: subprocess.Popen[str], into: queue.Queue[str | None]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        into.put(line)
    into.put(None)


def drawing_times(files: Sequence[Path], deadline: float = DEADLINE_SECONDS
                  ) -> dict[Path, float | None]:
    """Seconds each file took to draw; None for one stopped at the deadline or one the
    drawing process died on. A fresh process goes on with the files after such a one."""
    times: dict[Path, float | None] = {}
    left = list(files)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    while left:
        process = subprocess.Popen(_child(left), stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True, env=env)
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=_lines, args=(process, lines), daemon=True).start()
        try:
            while left:
                try:
                    # Each picture gets the whole deadline, the first its start-up too.
                    line = lines.get(timeout=deadline)
                except queue.Empty:
                    log.warning("%s was still drawing after %.0f s; stopped", left[0], deadline)
                    times[left.pop(0)] = None
                    break
                if line is None:
                    log.warning("the drawing process ended on %s", left[0])
                    times[left.pop(0)] = None
                    break
                answer = json.loads(line)
                times[left.pop(0)] = float(answer["seconds"])
        finally:
            process.kill()
            process.wait()
    return times


def check_drawing_time(pack: Pack, budget: float = BUDGET_SECONDS,
                       deadline: float = DEADLINE_SECONDS,
                       cache: CheckCache | None = None) -> list[Problem]:
    """Every picture in the pack that takes longer than ``budget`` to draw.

    With a ``cache``, a picture an earlier run drew well within the budget (the same
    bytes, drawn by the same kiosk) is not drawn again. One that was slow, or close to
    the budget, is always drawn again: a busy hour can make any picture slow once.
    """
    from kiosk.core.validate import check_svg

    pictures = [path for path in sorted(pack.root.rglob("*.svg"))
                if path.is_file() and not path.is_symlink()]
    digests: dict[Path, str] = {}
    if cache is not None and cache.remembers:
        measurer = checkcache.measurer()
        digests = {path: checkcache.digest(measurer, CACHE_KIND, checkcache.file_digest(path))
                   for path in pictures}
        drawn = cache.get(CACHE_KIND, digests.values())
        # Drawn in time before, so the same kiosk's static checks passed the same bytes.
        pictures = [path for path in pictures
                    if not _within(drawn.get(digests[path]), REMEMBERED * budget)]
    pictures = [path for path in pictures
                if not check_svg(path, path.name)]  # the statically refused are not drawn
    problems: list[Problem] = []
    times = drawing_times(pictures, deadline)
    if digests and cache is not None:
        # Only a clear pass: one just inside the budget may be over it next time.
        cache.put(CACHE_KIND, {digests[path]: seconds for path, seconds in times.items()
                               if seconds is not None and seconds <= REMEMBERED * budget})
    for path, seconds in times.items():
        name = path.relative_to(pack.root).as_posix()
        if seconds is None:
            problems.append(Problem(name, translate(
                "Problems", "could not be drawn within {deadline} seconds; the kiosk would "
                            "stop on its page. Simplify the drawing (fewer shapes or words)")
                .fill(deadline=round(deadline))))
        elif seconds > budget:
            problems.append(Problem(name, translate(
                "Problems", "takes {seconds} seconds to draw (at most {budget}); patients "
                            "would wait on its page. Simplify the drawing (fewer shapes or "
                            "words)").fill(seconds=f"{seconds:.1f}", budget=f"{budget:g}")))
    return problems


def _within(seconds: object, budget: float) -> bool:
    return isinstance(seconds, (int, float)) and 0 <= seconds <= budget


class DrawingTimeCheck:
    """``check_drawing_time`` as validate's registered check: it only waits on its drawing
    process, so validate runs it beside the text-fit pass (the longest part)."""

    in_background = True

    def __init__(self, budget: float = BUDGET_SECONDS,
                 deadline: float = DEADLINE_SECONDS, cache: CheckCache | None = None) -> None:
        self.budget, self.deadline, self.cache = budget, deadline, cache

    def __call__(self, pack: Pack) -> list[Problem]:
        return check_drawing_time(pack, self.budget, self.deadline, self.cache)
