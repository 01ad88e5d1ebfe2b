"""Where a page's title, picture and words go, chosen from how tall the words are.

The words are what the patient came for, so they are laid out first and the picture
takes what is left, down to the size at which it still teaches (docs/illustrations.md):

- landscape: the title and the picture share a column at the start of the reading
  direction, and the words run the whole height beside them; the column is as wide
  as the picture can use, and narrows until the words fit;
- portrait: the title on top, the picture below it, the words under the picture; the
  picture's band is as tall as the picture can use, and shortens until the words fit;
- a quiz has no picture: its questions get the whole page below the title. At the
  larger text sizes, where a question would need scrolling below the title but every
  question fits without it, the title gives way: a patient who cannot see all the
  answers may not know to scroll ("Question 1 of 5" still says it is a quiz).

If the words do not fit beside the smallest picture (only at the larger text sizes, or
a pack whose page is too long, which ``kiosk-pack validate`` reports), the words continue
on following screens. The picture then takes as much room as still leaves the words the
number of screens they need beside the smallest one: the patient taps Next as often,
and sees a larger picture (at the largest text in portrait, a 270 px band held the
drawing to a thumbnail over its captions while the words' second screen was half
empty). If its labels still cover each other there, or most of the drawing, it takes
the least more room that clears them, at the price of a screen: labels over each other,
or over what they name, teach nothing (at the largest text the three Urdu labels of a
nerve drawing piled up on the smallest picture in landscape). At the larger text sizes
that holds also beside words that would fit on one screen (see ``_run_on``). The game,
which is played on its cells, takes the least more room that gives them room to be
looked at, even where its words would fit, or failing that room for all its parts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QRect, QSize

from kiosk._qt import theme

# The smallest a picture may be drawn: a third of a 16:9 screen's short side wide (360 ×
# 270 px on a 1080-pixel screen, about 9 × 7 cm on a 21.5-inch monitor; scaled with the
# type, so on a squarer screen it is smaller: 240 px wide at 1280×1024, 6-7 cm), at which
# its labels still read from a standing distance and its shapes are still told apart.
PICTURE_MIN_WIDTH = 360
PICTURE_ASPECT = 4 / 3  # every bundled drawing; packs are asked to draw at 800×600
# The game is played on its picture: it needs room for cells a finger can tell apart.
GAME_MIN = 640
# How the game fits a picture area, as ``game_room`` says: its parts overflow, they fit
# with its cells small, or its cells have room to be looked at.
OVERFULL, SMALL, ROOMY = 0, 1, 2


class Arrangement(NamedTuple):
    header: QRect
    picture: QRect  # empty on a quiz
    words: QRect
    need: int  # how tall the words are at words.width()
    # The overflow beside the smallest picture, where the words ran on and it grew.
    at_smallest: float | None = None

    @property
    def fits(self) -> bool:
        return self.need <= self.words.height()

    @property
    def overflow(self) -> float:
        """How much longer the words are than their box beside the smallest picture, as a
        fraction (0.3 = 30%): what a writer must cut for them to fit, as ``kiosk-pack
        validate`` says it."""
        if self.at_smallest is not None:
            return self.at_smallest
        room = max(1, self.words.height())
        return max(0.0, self.need / room - 1)


def _mirror(rect: QRect, width: int, rtl: bool) -> QRect:
    # Reading starts on the right in Urdu: what comes first sits there.
    if not rtl:
        return rect
    return QRect(width - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())


def arrange(width: int, height: int, metrics: theme.Metrics, rtl: bool, *, quiz: bool,
            game: bool, header_height: Callable[[int], int],
            words_height: Callable[[int], float], tightest: bool = False,
            labels_crowd: Callable[[QSize], bool] | None = None,
            screens: Callable[[int, int], int] | None = None,
            game_room: Callable[[QSize], int] | None = None,
            quiz_need: Callable[[QSize], int] | None = None) -> Arrangement:
    """Place the header, picture and words in a ``width`` × ``height`` page area.

    ``header_height(w)`` is the title's (and status chip's) height at width ``w``;
    ``words_height(w)`` the laid-out words' height at width ``w``. Both are measured by
    the caller with the real fonts, in the patient's language and text size.

    ``tightest``: the picture at its smallest, without the search for the widest one
    that leaves the words room. The words fit at all only if they fit there, which is
    all ``kiosk-pack validate`` asks (and the search lays the words out up to eight
    times).

    ``screens(w, h)``: how many screens ``h`` tall the words broken at ``w`` need (not
    ``words_height`` over ``h``: a screen need not show the room under the last line).
    ``labels_crowd(size)``: whether the picture's labels would cover each other, leave a
    picture area of ``size`` or hide much of its drawing. Both are asked only when the
    words run on past the smallest picture (at the larger text sizes, also beside words
    that fit, for the labels: see ``_run_on``), and neither for ``tightest``.
    ``game_room(size)``: how the game fits a picture area of ``size`` (``OVERFULL``,
    ``SMALL`` or ``ROOMY``); not asked for ``tightest``.
    ``quiz_need(size)``: the most height any question needs in a quiz of ``size``; the
    header is then empty where the title gives way (see above).
    """
    gap = metrics.gap
    if quiz:
        top = header_height(width)
        room = max(1, height - top - gap)
        if quiz_need is not None and not tightest and \
                quiz_need(QSize(width, room)) > room >= 1 and \
                quiz_need(QSize(width, height)) <= height:
            return Arrangement(QRect(0, 0, width, 0), QRect(), QRect(0, 0, width, height), 0)
        return Arrangement(QRect(0, 0, width, top), QRect(), QRect(0, top + gap, width, room), 0)
    if tightest:
        labels_crowd, screens, game_room = None, None, None
    if height > width:
        return _portrait(width, height, gap, metrics, game, header_height, words_height,
                         labels_crowd, screens, game_room)
    return _landscape(width, height, gap, metrics, rtl, game, header_height, words_height,
                      tightest, labels_crowd, screens, game_room)


def _portrait(width: int, height: int, gap: int, metrics: theme.Metrics, game: bool,
              header_height: Callable[[int], int],
              words_height: Callable[[int], float],
              labels_crowd: Callable[[QSize], bool] | None,
              screens: Callable[[int, int], int] | None,
              game_room: Callable[[QSize], int] | None) -> Arrangement:
    top = header_height(width)
    rest = height - top - gap
    need = round(words_height(width))
    low = metrics.px(GAME_MIN if game else PICTURE_MIN_WIDTH / PICTURE_ASPECT)
    high = max(low, min(round(width / PICTURE_ASPECT), round(rest * (0.62 if game else 0.55))))
    band = max(low, min(high, rest - gap - need))
    if band == low and need > rest - gap - low and screens is not None:
        band = _run_on(low, high, metrics, lambda b: screens(width, rest - gap - b),
                       lambda b: QSize(width, b), labels_crowd)
    elif screens is not None:
        band = _beside_fitting_words(band, high, metrics,
                                     lambda b: screens(width, rest - gap - b),
                                     lambda b: QSize(width, b), labels_crowd)
    if game and game_room is not None:  # its cells before its words, as in landscape
        band = _roomiest(band, high, lambda b: QSize(width, b), game_room)
    at_smallest = None
    if band != low and need > rest - gap - band:  # grown beside words that run on
        at_smallest = max(0.0, need / max(1, rest - gap - low) - 1)
    picture = QRect(0, top + gap, width, band)
    words_top = picture.bottom() + 1 + gap
    words = QRect(0, words_top, width, max(1, height - words_top))
    return Arrangement(QRect(0, 0, width, top), picture, words, need, at_smallest)


def _landscape(width: int, height: int, gap: int, metrics: theme.Metrics, rtl: bool,
               game: bool, header_height: Callable[[int], int],
               words_height: Callable[[int], float], tightest: bool,
               labels_crowd: Callable[[QSize], bool] | None,
               screens: Callable[[int, int], int] | None,
               game_room: Callable[[QSize], int] | None) -> Arrangement:
    widest = round(width * (0.6 if game else 0.5))
    low = _narrowest_column(height, gap, metrics, game, widest, header_height)
    # As wide as the picture can use at the column's height: wider would only add
    # empty paper around it. Not the game's: its cells are a band over its question and
    # answers, which take fewer lines as it widens and leave the cells more height (held
    # to 4:3, Urdu at the middle text size left them a strip 78 px high at 1366×768).
    usable = widest if game else round((height - header_height(widest) - gap)
                                       * PICTURE_ASPECT)
    high = max(low, min(widest, usable))

    def size(column: int) -> QSize:
        return QSize(column, max(1, height - header_height(column) - gap))

    column = _column(low, high, metrics, tightest,
                     lambda c: words_height(width - c - gap) <= height, size, labels_crowd,
                     None if screens is None else lambda c: screens(width - c - gap, height))
    if game and game_room is not None:
        # The game is played on its cells. Where its words fit only beside cells too
        # short to look at (Urdu at the largest text: a strip 110 px high at 1920×1080),
        # the cells take the room, at the price of a screen of words; where no width
        # gives them that, its parts at least fit (at 1366×768 its explanation ran
        # under its buttons).
        column = _roomiest(column, high, size, game_room)
    top = header_height(column)
    header = QRect(0, 0, column, top)
    picture = QRect(0, top + gap, column, max(1, height - top - gap))
    words = QRect(column + gap, 0, width - column - gap, height)
    need = round(words_height(words.width()))
    at_smallest = None
    if column != low and need > height:  # grown beside words that run on
        at_smallest = max(0.0, round(words_height(width - low - gap)) / height - 1)
    return Arrangement(_mirror(header, width, rtl), _mirror(picture, width, rtl),
                       _mirror(words, width, rtl), need, at_smallest)


def _column(low: int, high: int, metrics: theme.Metrics, tightest: bool,
            fits: Callable[[int], bool], picture: Callable[[int], QSize],
            labels_crowd: Callable[[QSize], bool] | None,
            screens: Callable[[int], int] | None) -> int:
    """The picture column's width, from ``low`` (the smallest picture) to ``high`` (as
    wide as the picture can use): the widest that leaves the words room (``fits``)."""
    if tightest:
        return low
    if fits(high):
        return high
    if not fits(low):
        if screens is None:
            return low
        return _run_on(low, high, metrics, screens, picture, labels_crowd)
    # Words only get shorter as their column widens: the widest picture that leaves them
    # enough room lies between low (fits) and high (does not).
    good = _bisect(low, high, metrics, fits)
    if screens is None:
        return good
    return _beside_fitting_words(good, high, metrics, screens, picture, labels_crowd)


def _narrowest_column(height: int, gap: int, metrics: theme.Metrics, game: bool, widest: int,
                      header_height: Callable[[int], int]) -> int:
    """The narrowest column that still draws the picture at its smallest.

    The title shares the column, and a long Urdu title in a narrow column takes lines
    from the picture's height, so a column can be too narrow although wide enough.
    """
    if game:
        return min(widest, metrics.px(GAME_MIN))
    smallest = metrics.px(PICTURE_MIN_WIDTH)
    column = smallest
    while column < widest:
        drawn = min(column, (height - header_height(column) - gap) * PICTURE_ASPECT)
        if drawn >= smallest:
            break
        column += metrics.px(20)
    return min(column, widest)


def _run_on(low: int, high: int, metrics: theme.Metrics, screens: Callable[[int], int],
            picture: Callable[[int], QSize],
            labels_crowd: Callable[[QSize], bool] | None) -> int:
    """The picture's width or height, between ``low`` and ``high``, for words that run on
    beside the smallest picture: the largest that leaves them as few screens, then as
    much more as its labels need to clear each other.

    At the default size words a few pixels over still show on one screen, and keep it.
    At the larger text sizes pages run on as a rule, and the patient who chose them
    reads the picture as much as the words: labels piled on each other take room there
    at the price of a screen, also beside words that would fit (at 1280×800, the largest
    Urdu text fitted a nerve drawing's words on one screen by a hair, beside a picture
    295 px wide whose three labels covered each other).
    """
    need = screens(low)
    good = high if screens(high) <= need else \
        _bisect(low, high, metrics, lambda size: screens(size) <= need)
    if labels_crowd is None:
        return good
    if need <= 1:  # words a few pixels over still show on one screen
        return _beside_fitting_words(good, high, metrics, screens, picture, labels_crowd)
    return _clear_of_labels(good, high, picture, labels_crowd)


def _beside_fitting_words(good: int, high: int, metrics: theme.Metrics,
                          screens: Callable[[int], int], picture: Callable[[int], QSize],
                          labels_crowd: Callable[[QSize], bool] | None) -> int:
    """The picture's width or height beside words that show on one screen at ``good``.

    At the default size it stays: the words come first. At the larger sizes, where its
    labels crowd it, it takes the least more room that clears them if the words then
    need one screen more, no further, and then as much more as keeps them to that (see
    ``_run_on``)."""
    if labels_crowd is None or metrics.text_scale <= 1:
        return good
    cleared = _clear_of_labels(good, high, picture, labels_crowd)
    if cleared == good:
        return good
    need = screens(cleared)
    if need > screens(good) + 1:
        return good
    if screens(high) <= need:
        return high
    return _bisect(cleared, high, metrics, lambda size: screens(size) <= need)


def _bisect(good: int, bad: int, metrics: theme.Metrics, holds: Callable[[int], bool]) -> int:
    """The largest picture size from ``good`` (where ``holds``) towards ``bad`` (where it
    does not) at which ``holds``, to within 8 px: it only turns false as the picture grows."""
    while bad - good > metrics.px(8):
        middle = (good + bad) // 2
        if holds(middle):
            good = middle
        else:
            bad = middle
    return good


_STEPS = 6  # sizes tried between the smallest picture and the largest: each lays out
# the labels again (a few ms in Urdu), on a page turn's path when not prepared ahead


def _clear_of_labels(low: int, high: int, size: Callable[[int], QSize],
                     labels_crowd: Callable[[QSize], bool]) -> int:
    """The least of ``low`` and a few steps up to ``high`` (a picture's width or height)
    at which its labels clear each other, or ``low`` if none does."""
    if high <= low or not labels_crowd(size(low)):
        return low
    for step in range(1, _STEPS + 1):
        tried = low + round((high - low) * step / _STEPS)
        if not labels_crowd(size(tried)):
            return tried
    return low


def _roomiest(low: int, high: int, size: Callable[[int], QSize],
              game_room: Callable[[QSize], int]) -> int:
    """The least of ``low`` and a few steps up to ``high`` (the game's column width, or
    its band's height) at which the game fits as well as at ``high``. Each question
    measures every message of the game (a few ms in Urdu), so the largest is asked
    first, and the steps are searched by halves: the game fits no worse as it grows."""
    if high <= low:
        return low  # the column is already as wide as the game may have (not a question)
    room = game_room(size(low))
    if room == ROOMY:
        return low
    best = game_room(size(high))
    if best <= room:
        return low
    steps = [low + round((high - low) * step / _STEPS) for step in range(1, _STEPS + 1)]
    first, last = 0, len(steps) - 1  # the last step is ``high``, which fits best
    while first < last:
        middle = (first + last) // 2
        if game_room(size(steps[middle])) >= best:
            last = middle
        else:
            first = middle + 1
    return steps[last]
