"""Things slow to make, kept for the next time they are asked for, a few at a time.

The kiosk keeps drawn pictures, laid-out labels, ink maps and narration scripts this way:
a page turn asks again for what the page before it made. Each kind keeps only its last
few, so a day of patients never grows it. (cachetools' ``LRUCache`` does the same; its
import took 1.9 ms of a cold start that is on its budget's line, for this much code.)
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Kept(Generic[K, V]):
    """The ``size`` things last asked for; the one asked for longest ago goes first."""

    __slots__ = ("_items", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: dict[K, V] = {}  # in the order last asked for

    def get(self, key: K, make: Callable[[], V]) -> V:
        """The thing kept for ``key``, or ``make()``'s, kept from now on."""
        try:
            value = self._items.pop(key)
        except KeyError:
            value = make()
        self._items[key] = value
        while len(self._items) > self.size:
            del self._items[next(iter(self._items))]
        return value

    def peek(self, key: K) -> V | None:
        """The thing kept for ``key``, if any, without counting it as asked for."""
        return self._items.get(key)

    def replace(self, key: K, value: V) -> None:
        """Keep ``value`` for ``key`` in the place of what was kept (a better copy of it)."""
        if key in self._items:
            self._items[key] = value

    def keep_only(self, keys: Container[K]) -> None:
        for key in [key for key in self._items if key not in keys]:
            del self._items[key]

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
