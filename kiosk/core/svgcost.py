"""How much drawing an SVG asks for, counted before anything draws it.

A 1.9 KB drawing of ten ``<use>`` elements, each drawing the one before it ten times,
asks for ten billion shapes: it passed every check, installed, and then held the kiosk
for minutes on the page that showed it. So every illustration is counted as a renderer
would expand it (each ``<use>`` costs what it draws, cycles refused) and refused past
limits far above any real drawing (the default pack's largest has 228 elements and no
``<use>`` at all).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from kiosk.core.phrases import Phrase, translate

MAX_ELEMENTS = 20_000  # as written in the file
MAX_DRAWN = 100_000  # as drawn, every <use> expanded
MAX_USE_DEPTH = 8  # a <use> of a <use> of ...
MAX_NESTING = 64  # elements inside each other (real drawings: under 10)

_XLINK = "{http://www.w3.org/1999/xlink}href"


class TooCostly(ValueError):
    """Why, as a phrase staff can read in their language."""

    def __init__(self, reason: Phrase) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _target(element: ET.Element) -> str | None:
    href = element.get("href") or element.get(_XLINK) or ""
    return href[1:] if href.startswith("#") else None


def _deepest(root: ET.Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:  # not recursion: the nesting is what is being measured
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def check(root: ET.Element) -> None:
    """Raise TooCostly if the drawing under ``root`` asks for too much."""
    by_id: dict[str, ET.Element] = {}
    for elements, element in enumerate(root.iter(), 1):
        if elements > MAX_ELEMENTS:
            raise TooCostly(translate("Problems", "it has more than {count} elements").fill(
                count=f"{MAX_ELEMENTS:,}"))
        if (ident := element.get("id")) is not None:
            by_id.setdefault(ident, element)
    if _deepest(root) > MAX_NESTING:
        raise TooCostly(translate(
            "Problems", "its elements are nested more than {count} deep").fill(
            count=MAX_NESTING))
    cost: dict[int, int] = {}  # by id() of element: what drawing it costs, <use>s expanded

    def drawn(element: ET.Element, chain: tuple[str, ...]) -> int:
        key = id(element)
        if key in cost:
            return cost[key]
        total = 1
        for child in element:
            total += drawn(child, chain)
            if total > MAX_DRAWN:
                break
        if _local(element.tag) == "use" and (target := _target(element)) is not None:
            if target in chain:
                raise TooCostly(translate("Problems", "a <use> draws itself (#{name})").fill(
                    name=target))
            if len(chain) >= MAX_USE_DEPTH:
                raise TooCostly(translate(
                    "Problems", "<use> elements draw each other more than {count} deep").fill(
                    count=MAX_USE_DEPTH))
            if (used := by_id.get(target)) is not None:
                total += drawn(used, (*chain, target))
        total = min(total, MAX_DRAWN + 1)
        if not chain:  # a cost found inside a chain depends on that chain's depth
            cost[key] = total
        return total

    if drawn(root, ()) > MAX_DRAWN:
        raise TooCostly(translate(
            "Problems", "drawing it would take more than {count} shapes (<use> elements "
                        "repeating each other)").fill(count=f"{MAX_DRAWN:,}"))
