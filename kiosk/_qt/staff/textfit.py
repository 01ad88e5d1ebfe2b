"""The Qt half of ``kiosk-pack validate``'s text-fit check: every page laid out with the
kiosk's own fonts and screens, landscape and portrait, in every language.

kiosk.core cannot measure text (no Qt there); it offers ``register_text_fit_check`` and
this module plugs into it. This is the pass: what an earlier run remembered, what is left
to measure, and the helper processes that share it (``textfit_share``); the measuring
itself, and what counts as "does not fit", is ``textfit_screens``'s.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk._qt.staff.textfit_screens import Measurer
from kiosk._qt.staff.textfit_share import Sharing, parts_for, serve
from kiosk.core.checkcache import CheckCache
from kiosk.core.model import Pack
from kiosk.core.packdir import load_pack
from kiosk.core.problems import Problem
from kiosk.core.textfit_units import (
    CACHE_KIND,
    Found,
    Unit,
    all_units,
    found_from_json,
    results_to_json,
    unit_digests,
)

log = logging.getLogger("kiosk.pack")


# Told how many pages (and home screens) of how many are measured so far, from any thread.
Progress = Callable[[int, int], None]


def check_text_fit(pack: Pack, parts: int | None = None,
                   cache: CheckCache | None = None,
                   progress: Progress | None = None) -> list[Problem]:
    """Every text in ``pack`` that would not fit, measured as the kiosk lays it out.

    With a ``cache``, what an earlier run measured of a page that has not changed since
    (nor has the kiosk) is taken from it, and only the rest is measured. A big pack's
    pages are shared out between this process and ``parts - 1`` helper processes (by
    default one per core, for enough pages to gain): Qt measures text only on the thread
    that made its widgets. A helper that fails has its pages measured here instead.
    """
    with TextFitPass(pack, parts, cache, progress) as measuring:
        return measuring.finish()


class TextFit:
    """``check_text_fit`` as validate's registered check; validate begins it as soon as the
    pack is read, so its helpers are starting while the pack's files are checked."""

    def __init__(self, cache: CheckCache | None = None,
                 progress: Progress | None = None) -> None:
        self.cache, self.progress = cache, progress

    def __call__(self, pack: Pack) -> list[Problem]:
        return check_text_fit(pack, cache=self.cache, progress=self.progress)

    def begin(self, pack: Pack) -> TextFitPass:
        return TextFitPass(pack, cache=self.cache, progress=self.progress)


class TextFitPass:
    """One text-fit pass, begun before validate's other checks and finished after them.

    Begun, it knows which pages need measuring and has its helper processes starting
    (Qt, fonts and the pack read again take each about a second and a half), so they are
    measuring while this thread checks the pack's words; ``finish`` measures this
    process's share and gathers the rest. Leaving the ``with`` stops every helper.
    """

    def __init__(self, pack: Pack, parts: int | None = None,
                 cache: CheckCache | None = None, progress: Progress | None = None) -> None:
        self.pack, self.cache = pack, cache
        units = all_units(pack)
        self.digests = unit_digests(pack, units) \
            if cache is not None and cache.remembers else {}
        remembered = cache.get(CACHE_KIND, self.digests.values()) \
            if self.digests and cache else {}
        self.found: Found = []
        self.todo: list[Unit] = []
        for unit in units:
            try:
                self.found += found_from_json(unit, remembered[self.digests[unit]])
            except (KeyError, ValueError, TypeError):  # not there, or not what was written
                self.todo.append(unit)
        log.info("text fit: %d of %d pages and home screens measured, the rest remembered",
                 len(self.todo), len(units))
        if progress is not None and self.todo:
            progress(0, len(self.todo))  # said at once: Qt and the helpers take a while
        self.sharing = Sharing(pack.root, self.todo,
                               parts_for(len(self.todo)) if parts is None else max(1, parts),
                               _counting(len(self.todo), progress) if progress else None)

    def __enter__(self) -> TextFitPass:
        return self

    def __exit__(self, *_: object) -> None:
        self.sharing.stop()  # after an error here: no helper outlives the check

    def finish(self) -> list[Problem]:
        if self.todo:
            with Measurer(self.pack) as measurer:
                measured = self.sharing.measure(measurer.measure)
            self.found += measured
            if self.cache is not None and self.digests:
                self.cache.put(CACHE_KIND, results_to_json(self.todo, measured, self.digests))
        self.found.sort(key=lambda item: item[0])
        unique: dict[tuple[str, str], Problem] = {}
        for _, problem in self.found:
            unique.setdefault((problem.file, problem.message), problem)
        return list(unique.values())


def _counting(total: int, progress: Progress) -> Callable[[int], None]:
    """``progress`` told the running count, whichever thread measured the last units."""
    lock, done = threading.Lock(), [0]

    def measured(units: int) -> None:
        with lock:
            done[0] += units
            progress(done[0], total)
    return measured


def main(argv: list[str]) -> int:
    """A helper's side: measure the units it is handed in the pack at ``argv[0]``."""
    with Measurer(load_pack(Path(argv[0]))) as measurer:
        serve(measurer.measure)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
