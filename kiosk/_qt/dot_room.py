"""Room for the dots Nastaliq hangs past the start of a word.

Noto Nastaliq Urdu puts the dots of a word's first letter where the letters under them
leave room, and for many words that is past the word's own start: the dot of "بیماری"
stands 0.17 em to its right, the three of "پیٹ" 0.24 em, where the word space is
0.13 em wide. The dot then sits under the end of the word before: "یہ بیماری" read as
"یہ. بیماری", and "مائیکوفینولیٹ پیٹ" as one word (two readers of the Urdu screens,
2026-12-07). About one word in fifteen of the default pack's Urdu has such a dot.

So the space before such a word is a wider one, from Unicode's fixed-width spaces (the
kiosk's Noto Sans draws them; a Nastaliq line keeps its height), chosen to leave the
dot at least ``CLEAR`` em from the word before. A no-break space stays a no-break one:
one or two narrow no-break spaces. Every one of them is a space to Python's ``split``,
to Markdown and to the line breaking, so matching the words read aloud is unchanged.
What hangs out is measured in the font as Qt shapes each word, in ems, and kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from kiosk._qt import fonts
from kiosk.core import languages
from kiosk.core.lastwords import NO_BREAK, kept_together, markdown_kept_together
from kiosk.core.model import Localized, Pack

CLEAR = 0.09  # em between a hanging dot and the word before: two-thirds of a plain space
_SIZE = 100  # px: measured at this size, used in ems
DOT_WIDTH = 0.35  # em: three dots in a row are 0.32 em wide, the madda 0.54
# Breakable spaces by width in ems (Unicode's thin, four-per-em and three-per-em spaces).
_SPACES = ((0.166, "\u2009"), (0.25, "\u2005"), (0.333, "\u2004"))
_NARROW_NO_BREAK, _NARROW = "\u202f", 0.166  # em
_PLAIN = 0.132  # Noto Nastaliq Urdu's own space
_WORD = re.compile(r"([ \u00a0])([*_]*)([^\s*_]+)")
# A line's Markdown mark (a list item's, a heading's, a quote's) with its space: Markdown
# knows a mark only by the plain space after it.
_MARK = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)[ \t]+)?")


def room_for_dots(text: str, language: str) -> str:
    """``text`` with a wider space before each word whose dots hang past its start, in a
    Nastaliq language; other languages' text as it is."""
    if languages.script_of(language) != "nastaliq" or not text:
        return text
    lines = []
    for line in text.split("\n"):
        mark = _MARK.match(line)
        start = mark.end() if mark else 0
        lines.append(line[:start] + _WORD.sub(_widened, line[start:]))
    return "\n".join(lines)


def shown(text: str, language: str) -> str:
    """A title's, answer's or chip's words as the kiosk shows them: kept together where a
    line must not break (``lastwords``), with room for hanging dots."""
    return room_for_dots(kept_together(text), language)


def shown_markdown(markdown: str, language: str) -> str:
    """``shown`` for a page's Markdown, line by line."""
    return room_for_dots(markdown_kept_together(markdown), language)


def _widened(match: re.Match[str]) -> str:
    space, marks, word = match.groups()
    hangs = hanging_dots(word)
    if hangs <= _PLAIN - CLEAR:
        return match.group(0)
    if space == NO_BREAK:
        wider = _NARROW_NO_BREAK * (1 if hangs <= _NARROW - CLEAR else 2)
    else:
        wider = next((char for width, char in _SPACES if width - hangs >= CLEAR),
                     _SPACES[-1][1])
    return wider + marks + word


@lru_cache(maxsize=8192)
def hanging_dots(word: str) -> float:
    """How far (in ems) the dots of ``word`` reach past its start, to the right; 0 or less
    when they do not."""
    layout = one_line(word, _font(), 1_000_000)
    start = layout.lineAt(0).cursorToX(0)
    # PySide gives the x with the position it moved the cursor to.
    start_x = float(start[0] if isinstance(start, tuple) else start)  # type: ignore[arg-type]
    reach = None
    for run in layout.glyphRuns():
        raw = run.rawFont()
        indexes = run.glyphIndexes()
        advances = raw.advancesForGlyphIndexes(indexes)
        for glyph, advance, at in zip(indexes, advances, run.positions(), strict=True):
            if advance.x() != 0:
                continue  # a letter, not a mark drawn on one
            ink = raw.boundingRect(glyph)
            # Dots, not the madda over آ: a stroke wider than any dot, high over the
            # space, where the word before has no ink to meet it.
            if 0 < ink.width() <= DOT_WIDTH * _SIZE:
                right = at.x() + ink.right()
                reach = right if reach is None else max(reach, right)
    return 0.0 if reach is None else (reach - start_x) / _SIZE


def one_line(text: str, font: QFont, width: int) -> QTextLayout:
    """``text`` laid out right to left on one line ``width`` px wide."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(width)
    layout.endLayout()
    return layout


@lru_cache(maxsize=1)
def _font() -> QFont:
    font = QFont(fonts.load_fonts().family_for("ur"))
    font.setPixelSize(_SIZE)
    return font


# Browsers draw a narrow no-break space they find in no font with the font's own space
# (Chromium), so a web page holds a wider breakable one with a word joiner instead.
_FOR_BROWSERS = (("\u202f\u202f", "\u2004\u2060"), ("\u202f", "\u2009\u2060"))


def room_for_browsers(text: str, language: str) -> str:
    """``room_for_dots`` for a web page (the web edition): no narrow no-break spaces."""
    text = room_for_dots(text, language)
    for narrow, wide in _FOR_BROWSERS:
        text = text.replace(narrow, wide)
    return text


ROOM = str.maketrans({"\u2009": " ", "\u2005": " ", "\u2004": " ", "\u202f": " "})


def plain_spaces(text: str) -> str:
    """``text`` with the spaces made for hanging dots plain again."""
    return text.translate(ROOM)


class WarmUp(QObject):
    """Measures every word of a pack's Nastaliq text ahead, a few at a time while nobody
    waits: about 60 µs a word the first time, so a topic's first page (eighty words)
    would have added 5 ms to the tap that opens it."""

    AT_ONCE = 30  # words a turn of the event loop: about 2 ms
    finished = Signal()

    def __init__(self, pack: Pack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = sorted(set(_words_of(pack)))
        self._next = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._some)
        self._timer.start()

    @property
    def done(self) -> bool:
        return self._next >= len(self._words)

    def _some(self) -> None:
        for word in self._words[self._next:self._next + self.AT_ONCE]:
            hanging_dots(word)
        self._next += self.AT_ONCE
        if self.done:
            self._timer.stop()
            self._words, self._next = [], 0  # measured and kept: the list is not needed
            self.finished.emit()
            if self.parent() is not None:
                self.deleteLater()  # one is made for each pack that goes live


class WarmUps(QObject):
    """A warm-up for each pack that goes live, one at a time: a slot with no hold on the
    kiosk (a lambda connected to the session kept the whole kiosk alive after it was taken
    down), and the last pack's warm-up stopped if it is still at work."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._current: WarmUp | None = None

    def start(self, pack: Pack) -> None:
        if self._current is not None and shiboken6.isValid(self._current):
            self._current.deleteLater()  # its timer goes with it
        self._current = WarmUp(pack, self.parent())


def _words_of(pack: Pack) -> Iterator[str]:
    nastaliq = [code for code in pack.languages if languages.script_of(code) == "nastaliq"]
    texts: list[Localized] = [pack.title]
    for topic in pack.topics:
        texts += [topic.title, topic.summary]
        for page in topic.pages:
            texts += [page.title, page.body]
            texts += [label.text for label in page.labels]
            for question in page.questions:
                texts += [question.prompt, question.explanation]
                texts += [choice.text for choice in question.choices]
    for text in texts:
        for code in nastaliq:
            yield from _tokens(text.texts.get(code, ""))


def _tokens(text: str) -> Iterable[str]:
    return (match.group(3) for match in _WORD.finditer(text))
