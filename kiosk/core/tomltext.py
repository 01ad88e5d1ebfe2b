"""TOML read from files anyone could have written: bounded before it is parsed.

A pack's TOML comes from a USB stick or a download, signed or not, and Python's reader
is not made for hostile text: 20,000 nested brackets raise ``RecursionError``, and one key
of 30,000 dotted parts took 27 s and 3.4 GB to read (the kiosk was inspecting an unsigned
pack on a stick when staff opened the Packs tab). So the text is looked over first, in
one pass that only tells strings and comments from the rest, and refused with a plain
reason if it nests, dots or tables far beyond anything a pack writes. The limits are
ten times what the largest real pack uses.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from kiosk.core.phrases import Phrase, translate

MAX_DEPTH = 16  # brackets and braces inside each other (a pack uses 3)
MAX_DOTS = 16  # parts of one dotted key or table name, less one (a pack uses 2)
MAX_TABLES = 2000  # [table] and [[array]] headers in one file (a pack uses ~200)

# Strings and comments (whose brackets and dots mean nothing), and the marks that count.
_TOKENS = re.compile(
    r'"""(?:\\.|[^\\])*?(?:"""|$)'
    r"|'''.*?(?:'''|$)"
    r'|"(?:\\.|[^"\\\n])*"?'
    r"|'[^'\n]*'?"
    r"|#[^\n]*"
    r"|[\[\]{}=.,\n]", re.S)


_TOO_DEEP = translate("Problems", "brackets are nested more than {count} deep")


class TooComplex(ValueError):
    """TOML shaped far beyond any pack's: refused before parsing."""

    def __init__(self, reason: Phrase, line: int) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.line = line


def check(text: str) -> None:
    """Raise TooComplex if ``text`` nests, dots or tables beyond the limits."""
    depth = dots = tables = 0
    line = 1
    line_start = True
    for token in _TOKENS.finditer(text):
        mark = token.group()
        if mark[0] in "\"'":
            line += mark.count("\n")
            line_start = False
            continue
        if mark[0] == "#":
            continue
        if mark == "\n":
            line, dots, line_start = line + 1, 0, True
            continue
        if mark == ".":
            dots += 1
            if dots > MAX_DOTS:
                raise TooComplex(translate(
                    "Problems", "a key or table name has more than {count} parts").fill(
                    count=MAX_DOTS + 1), line)
        elif mark in "[{":
            if mark == "[" and depth == 0 and line_start:
                tables += 1
                if tables > MAX_TABLES:
                    raise TooComplex(translate(
                        "Problems", "it has more than {count} [tables]").fill(
                        count=MAX_TABLES), line)
            depth += 1
            dots = 0
            if depth > MAX_DEPTH:
                raise TooComplex(_TOO_DEEP.fill(count=MAX_DEPTH), line)
        elif mark in "]}":
            depth = max(0, depth - 1)
            dots = 0
        else:  # = and ,
            dots = 0
        line_start = False


def loads(text: str) -> dict[str, Any]:
    """``tomllib.loads``, after ``check``; TooComplex or tomllib.TOMLDecodeError."""
    check(text)
    try:
        return tomllib.loads(text)
    except RecursionError:  # the check should make this unreachable; never a traceback
        raise TooComplex(_TOO_DEEP.fill(count=MAX_DEPTH), 1) from None
