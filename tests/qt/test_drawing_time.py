"""kiosk-pack validate draws every picture against a time budget (#15): a drawing can pass
every static limit and still take half a minute to draw, on the UI thread, at every visit
to its page. Drawn in a separate process, stopped at a deadline."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from kiosk.core import drawbudget, validate
from kiosk.core.checkcache import CheckCache
from kiosk.core.model import Pack
from kiosk.core.packdir import MAX_SVG_BYTES, load_pack
from kiosk.core.problems import Problem
from kiosk.core.validate import check_svg
from tests.core.kpack_helpers import make_pack

PICTURE = "topics/first-topic/first-page.svg"
WORDS = "مدافعتی نظام جسم کی حفاظت کرتا ہے اور بیماری سے لڑتا ہے"


def slow_picture(lines: int = 11_000) -> bytes:
    """Thousands of lines of Nastaliq: nothing a static limit refuses, yet tens of seconds
    to draw (2,000 lines took 4 s here)."""
    body = "".join(f"<text x='{n % 900}' y='{n * 7 % 1000}' font-size='{8 + n % 40}' "
                   f"font-family='Noto Nastaliq Urdu Kiosk'>{WORDS}</text>"
                   for n in range(lines))
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1000 1000'>{body}</svg>"
            ).encode()


def test_a_picture_that_draws_for_ever_is_stopped_and_named(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    data = slow_picture()
    assert len(data) < MAX_SVG_BYTES
    (folder / PICTURE).write_bytes(data)
    assert check_svg(folder / PICTURE, PICTURE) == []  # every static check passes it
    (folder / "topics/first-topic/second.svg").write_bytes(
        b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><circle r='4'/></svg>")
    problems = drawbudget.check_drawing_time(load_pack(folder), deadline=2)
    assert [(p.file, p.message) for p in problems] == [
        (PICTURE, "could not be drawn within 2 seconds; the kiosk would stop on its page. "
                  "Simplify the drawing (fewer shapes or words)")]
    # The picture after it was drawn all the same, by a fresh drawing process.


def test_every_picture_is_held_to_the_budget(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    times = drawbudget.drawing_times([folder / PICTURE])
    assert list(times) == [folder / PICTURE] and times[folder / PICTURE] is not None
    # A budget nothing meets: the picture is named with its time.
    problems = drawbudget.check_drawing_time(load_pack(folder), budget=0)
    assert [p.file for p in problems] == [PICTURE]
    assert "seconds to draw (at most 0); patients would wait" in problems[0].message


def test_the_drawing_check_runs_beside_the_text_fit_pass(tmp_path: Path) -> None:
    """validate's longest part (text fit) keeps its thread (Qt's); the drawing check, which
    only waits on its own process, runs in another beside it, and both report."""
    pack = load_pack(make_pack(tmp_path / "pack"))
    threads: dict[str, int] = {}

    def text_fit(_pack: Pack) -> list[Problem]:
        threads["text fit"] = threading.get_ident()
        return [Problem("a.md", "too long")]

    class Drawing(drawbudget.DrawingTimeCheck):
        def __call__(self, pack: Pack) -> list[Problem]:
            threads["drawing"] = threading.get_ident()
            return super().__call__(pack)

    drawing = Drawing(budget=0)  # every picture over budget: one problem each
    validate.register_text_fit_check(drawing)
    validate.register_text_fit_check(text_fit)
    try:
        problems = validate.check_pack(pack, check_review=False)
    finally:
        validate.unregister_text_fit_check(text_fit)
        validate.unregister_text_fit_check(drawing)
    assert threads["text fit"] == threading.get_ident() != threads["drawing"]
    assert [p.file for p in problems] == ["a.md", PICTURE]


def test_a_picture_drawn_within_its_budget_is_not_drawn_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """validate's cache: the same bytes drawn by the same kiosk in time need no second
    drawing; a slow one is drawn every time (a busy hour makes any picture slow once)."""
    folder = make_pack(tmp_path / "pack")
    drawn: list[list[Path]] = []
    real = drawbudget.drawing_times

    def recording(files: Sequence[Path], deadline: float = drawbudget.DEADLINE_SECONDS
                  ) -> dict[Path, float | None]:
        drawn.append(list(files))
        return real(files, deadline)

    monkeypatch.setattr(drawbudget, "drawing_times", recording)
    with CheckCache(tmp_path / "cache") as cache:
        def check(budget: float = drawbudget.BUDGET_SECONDS) -> list[str]:
            return [p.file for p in drawbudget.check_drawing_time(
                load_pack(folder), budget=budget, cache=cache)]

        assert check(budget=0) == [PICTURE]  # slow: not kept
        assert check() == []  # drawn again, in time: kept
        assert check() == []  # not drawn
        assert check(budget=0) == [PICTURE]  # kept, but over this budget: drawn again
        (folder / PICTURE).write_bytes(
            b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><rect/></svg>")
        assert check() == []  # a new drawing
    assert drawn == [[folder / PICTURE], [folder / PICTURE], [], [folder / PICTURE],
                     [folder / PICTURE]]


def test_a_picture_close_to_its_budget_is_drawn_every_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Remembered only when drawn well inside the budget (0.8 of it): one just inside may
    be over it on the next, busier run."""
    folder = make_pack(tmp_path / "pack")
    seconds = {"now": 0.9}
    drawn: list[list[Path]] = []

    def timed(files: Sequence[Path], deadline: float = drawbudget.DEADLINE_SECONDS
              ) -> dict[Path, float | None]:
        drawn.append(list(files))
        return {path: seconds["now"] for path in files}

    monkeypatch.setattr(drawbudget, "drawing_times", timed)
    with CheckCache(tmp_path / "cache") as cache:
        for _ in range(2):
            assert drawbudget.check_drawing_time(load_pack(folder), budget=1.0,
                                                 cache=cache) == []
        seconds["now"] = 0.5
        for _ in range(2):
            assert drawbudget.check_drawing_time(load_pack(folder), budget=1.0,
                                                 cache=cache) == []
    assert drawn == [[folder / PICTURE]] * 3 + [[]]
