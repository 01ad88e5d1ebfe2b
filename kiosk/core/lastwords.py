"""A text's last two words kept on one line: a paragraph, a title or a quiz answer that
wraps never ends with one word alone under the rest.

A lone word under a line reads as something apart (under an answer, a second answer),
and in Urdu it is most often the verb's last part ("ہے۔", "کم کرے / گا"), left on a
line of its own that costs a whole Nastaliq line's height of paper beside it.
"""

from __future__ import annotations

NO_BREAK = "\u00a0"
# Up to this many letters, the pair with its space: a pair that long still fits any
# answer button or column, and validate measures it as one word.
KEPT_TOGETHER = 16


def joining_space(text: str) -> int | None:
    """Where the space between ``text``'s last two words is, if they are to be kept
    together: three words or more, the last two short enough."""
    at = text.rfind(" ")
    if at <= 0 or at == len(text) - 1 or text[at - 1].isspace():
        return None
    before = text.rfind(" ", 0, at)
    if len(text) - before - 1 > KEPT_TOGETHER:
        return None
    if not text[:max(0, before)].strip():  # fewer than three words
        return None
    return at


def last_words_together(text: str) -> str:
    """``text`` with its last two words joined by a no-break space, where they are kept
    together (``joining_space``)."""
    at = joining_space(text)
    return text if at is None else text[:at] + NO_BREAK + text[at + 1:]
