"""A button's icon and its words keep apart in every language, and an icon shown alone
sits in the middle of its button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.widgets.buttons import TouchButton

TEXT_SIZE = {"en": "Text size", "ur": "لکھائی کا سائز"}
NEXT = {"en": "Next", "ur": "آگے"}


_hosts: list[QWidget] = []  # qtbot holds its widgets weakly


def _button(qtbot, language: str, icon: str, words: str, after: bool) -> TouchButton:
    fonts.load_fonts()
    rtl = language == "ur"
    host = QWidget()  # the kiosk's windows turn right to left for Urdu; the button inherits
    _hosts[:] = [host]
    qtbot.addWidget(host)
    host.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    button = TouchButton(icon, "secondary", host)
    if after:
        button.put_icon_after()
    button.set_words(words)
    button.apply_metrics(theme.Metrics(unit=1.0, language=language), rtl)
    button.resize(button.sizeHint())
    host.show()
    qtbot.waitExposed(host)
    return button


def _columns(image: QImage, inked) -> list[int]:
    return [x for x in range(image.width()) if any(inked(x, y) for y in range(image.height()))]


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize(("icon", "words", "after"), [("fa5s.text-height", TEXT_SIZE, False),
                                                      ("fa5s.arrow-right", NEXT, True)],
                         ids=["icon first", "icon after"])
def test_an_icon_keeps_clear_of_its_words(qtbot, language: str, icon: str, words: dict,
                                          after: bool) -> None:
    """Qt leaves 4 px between a button's icon and its words, and a ک starting Urdu words
    sweeps its stroke past their start: "T↕" touched "لکھائی" in the top bar."""
    button = _button(qtbot, language, icon, words[language], after)
    both = button.grab().toImage()
    blank = QPixmap(button.icon().pixmap(button.iconSize()).size())
    blank.fill(Qt.GlobalColor.transparent)
    button.setIcon(QIcon(blank))  # the same room, nothing in it: the words alone
    alone = button.grab().toImage()
    inner = range(button.height() // 4, button.height() * 3 // 4)  # clear of the outline
    border = button.height() // 2

    def words_at(x: int, y: int) -> bool:
        return y in inner and border < x < alone.width() - border and \
            alone.pixelColor(x, y).lightness() < 160

    def icon_at(x: int, y: int) -> bool:
        return y in inner and border < x < both.width() - border and \
            both.pixel(x, y) != alone.pixel(x, y)

    word_columns, icon_columns = _columns(alone, words_at), _columns(both, icon_at)
    assert word_columns and icon_columns
    gap = min(abs(a - b) for a in word_columns for b in icon_columns)
    size = button.font().pixelSize()
    assert gap >= 0.3 * size, f"{gap} px between the icon and the words, at {size} px"


@pytest.mark.parametrize("language", ["en", "ur"])
def test_an_icon_alone_sits_in_the_middle(qtbot, language: str) -> None:
    """Given too little room for its words (a portrait screen's top bar), a button shows
    its icon alone: the picture that keeps room for the words must not push it aside."""
    button = _button(qtbot, language, "fa5s.text-height", TEXT_SIZE[language], False)
    assert button.words_shown()
    button.resize(button.minimumSizeHint())
    assert not button.words_shown()
    image = button.grab().toImage()
    inner = range(button.height() // 4, button.height() * 3 // 4)
    columns = _columns(image, lambda x, y: y in inner and button.height() // 3 < x <
                       image.width() - button.height() // 3
                       and image.pixelColor(x, y).lightness() < 160)
    middle = (columns[0] + columns[-1]) / 2
    assert abs(middle - image.width() / 2) <= 1.5, (columns[0], columns[-1], image.width())
    assert button.size() == QSize(button.height(), button.height())  # round


def test_an_icon_alone_is_drawn_once_and_copied(qtbot) -> None:
    """Back and Next keep a picture of each look and copy it on every tap's paint; an icon
    shown alone must be found again by its key, not drawn anew (and the look before
    evicted) at every paint."""
    button = _button(qtbot, "ur", "fa5s.arrow-right", NEXT["ur"], True)
    button.keep_pictures()
    button.resize(button.minimumSizeHint())
    assert not button.words_shown()
    for _ in range(3):
        button.grab()
    assert button._looks is not None and len(button._looks) == 1
