"""What the kiosk keeps of things slow to make: the last few asked for, no more."""

from __future__ import annotations

import pytest

from kiosk.core.kept import Kept


def test_a_thing_is_made_once_while_kept_and_the_longest_unasked_goes_first() -> None:
    made: list[str] = []

    def maker(key: str):
        return lambda: made.append(key) or key.upper()

    kept: Kept[str, str] = Kept(2)
    assert kept.get("a", maker("a")) == "A"
    assert kept.get("b", maker("b")) == "B"
    assert kept.get("a", maker("a")) == "A"  # asked again: now the newest
    assert kept.get("c", maker("c")) == "C"  # "b" was asked for longest ago: it goes
    assert made == ["a", "b", "c"] and len(kept) == 2
    assert kept.peek("b") is None and kept.peek("a") == "A"
    kept.get("b", maker("b"))
    assert made[-1] == "b"


def test_peek_and_replace_leave_the_order_alone() -> None:
    kept: Kept[str, int] = Kept(2)
    kept.get("old", lambda: 1)
    kept.get("new", lambda: 2)
    assert kept.peek("old") == 1  # looked at, not asked for: still the oldest
    kept.replace("old", 10)  # a better copy, in the same place
    kept.replace("never", 3)  # not kept: nothing to replace
    kept.get("third", lambda: 4)
    assert kept.peek("old") is None and kept.peek("never") is None
    assert kept.peek("new") == 2 and len(kept) == 2


def test_keep_only_and_clear() -> None:
    kept: Kept[int, int] = Kept(8)
    for key in range(5):
        kept.get(key, lambda key=key: key * key)
    kept.keep_only({1, 3, 99})
    assert len(kept) == 2 and kept.peek(3) == 9 and kept.peek(0) is None
    kept.clear()
    assert len(kept) == 0


def test_a_failed_make_keeps_nothing() -> None:
    kept: Kept[str, int] = Kept(2)

    def broken() -> int:
        raise OSError("the drawing went")

    with pytest.raises(OSError):
        kept.get("gone", broken)
    assert len(kept) == 0 and kept.get("gone", lambda: 7) == 7
