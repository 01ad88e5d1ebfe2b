"""What page text may contain.

Page text is Markdown shown by Qt's own Markdown reader. Patients cannot follow a
link and the kiosk never fetches anything, so links, images and raw HTML are refused
up front rather than silently dropped on screen.
"""

from __future__ import annotations

import re

from kiosk.core.phrases import Phrase, translate
from kiosk.core.problems import Problem

_RULES: tuple[tuple[re.Pattern[str], Phrase], ...] = (
    (re.compile(r"!\["),
     translate("Problems", "has an image in the text; put pictures in 'illustration' instead")),
    (re.compile(r"\]\s*\(|\]\s*\[|^\s*\[[^\]]+\]:\s", re.M),
     translate("Problems", "has a link; patients cannot follow links, so write the words out")),
    (re.compile(r"<\s*/?\s*[A-Za-z!?]"),
     translate("Problems", "has HTML in it; use plain Markdown only")),
    (re.compile(r"\b(?:https?|ftp|file)://|\bwww\.", re.I),
     translate("Problems", "has a web address; put sources in pack.toml [sources], not in the "
                           "text")),
)

MAX_CHARS = 1200


def check_markdown(text: str, file: str) -> list[Problem]:
    problems = []
    for pattern, message in _RULES:
        match = pattern.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            problems.append(Problem(file, message, line))
    if len(text) > MAX_CHARS:
        problems.append(Problem(file, translate(
            "Problems", "is too long for one screen ({count} characters, at most {limit}); "
                        "split it into two pages").fill(count=len(text), limit=MAX_CHARS)))
    if not text.strip():
        problems.append(Problem(file, translate("Problems", "is empty")))
    return problems
