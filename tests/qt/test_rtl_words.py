"""Right-to-left wrapped words start every line at the label's edge, and break where the
label measures them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPixmap, QRegion
from PySide6.QtWidgets import QLabel, QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.widgets import rtl_words, wraplabel
from kiosk._qt.widgets.wraplabel import WrapLabel

# The Pashto quiz question whose full stop a 1080x1920 screen at the largest text lost,
# and Urdu that wraps into several lines.
PASHTO = "یو کلینیک درته د سټیم سېل علاج وړاندې کوي. لومړی څه وپوښتئ؟"
URDU = ("ٹائپ 1 ذیابیطس میں مدافعتی نظام غلطی سے لبلبے کے ان خلیوں پر حملہ کرتا ہے جو "
        "انسولین بناتے ہیں، اس لیے جسم انسولین نہیں بنا پاتا۔")
# The quiz's score card: its kind words, then a line of their own (found by review: the
# two ran together on one line).
SCORE = ("کوشش کرنے کا شکریہ۔ ہر صفحہ جو آپ پڑھتے ہیں کام آتا ہے۔"
         "\nکوئی سوال ہے؟ اپنے ڈاکٹر سے پوچھیں۔")


def _label(qtbot, language: str, text: str, size: int) -> WrapLabel:
    fonts.load_fonts()
    label = WrapLabel()
    qtbot.addWidget(label)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.set_text_font(theme.Metrics(unit=1.0, language=language).font("body"), language)
    font = label.font()
    font.setPixelSize(size)
    label.set_text_font(font, language)
    label.setText(text)
    return label


def _line_ends(picture: QPixmap | QImage, top: int, pitch: float, lines: int) -> list[int]:
    """The rightmost inked column of each line, lines ``pitch`` apart from ``top``: read
    from the middle half of each, clear of the lines' tall and deep letters."""
    image = picture.toImage() if isinstance(picture, QPixmap) else picture
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    ends = []
    for line in range(lines):
        rows = range(round(top + (line + 0.25) * pitch), round(top + (line + 0.75) * pitch))
        ends.append(max(column for row in rows
                        for column, value in enumerate(
                            bytes(alpha.constScanLine(row))[:alpha.width()]) if value))
    return ends


@pytest.mark.parametrize(("language", "text", "size", "width"),
                         [("ps", PASHTO, 61, 1040), ("ur", URDU, 36, 700)])
def test_every_line_starts_at_the_label_s_edge(qtbot, language: str, text: str, size: int,
                                               width: int) -> None:
    """Qt's document layout put each wrapped line's trailing space at its start: every
    line but the last stood in from the edge by a space, and a full Pashto line ran a
    space past its end and lost its full stop."""
    label = _label(qtbot, language, text, size)
    label.resize(width, label.heightForWidth(width))
    margins, metrics = label.contentsMargins(), QFontMetricsF(label.font())
    lines = round((label.height() - margins.top() - margins.bottom()) / metrics.height())
    assert lines >= 2
    space = metrics.horizontalAdvance(" ")
    drawn = _line_ends(wraplabel._draw(label), margins.top(), metrics.height(), lines)
    # The control: Qt's own drawing of the same words stands its wrapped lines a space in.
    qt_label = QLabel(text)
    for copy in ("Font", "LayoutDirection", "Alignment", "WordWrap", "ContentsMargins"):
        getattr(qt_label, f"set{copy}")(getattr(label, copy[0].lower() + copy[1:])())
    qt_label.resize(label.size())
    qt = QImage(label.size(), QImage.Format.Format_ARGB32_Premultiplied)
    qt.fill(Qt.GlobalColor.transparent)
    qt_label.render(qt, QPoint(), QRegion(), QWidget.RenderFlag(0))
    by_qt = _line_ends(qt, margins.top(), metrics.height(), lines)
    # Each wrapped line moves a space towards the edge, where Qt's last line already is.
    # (Ink is not flush: each line's first letter reaches its own way past its start.)
    moved = [here - there for here, there in zip(drawn, by_qt, strict=True)]
    assert all(abs(step - space) <= 1.5 for step in moved[:-1]), (moved, space)
    assert abs(moved[-1]) <= 1, (moved, space)
    assert max(drawn) < label.width(), "nothing runs past the edge"


@pytest.mark.parametrize(("language", "text"), [("ps", PASHTO), ("ur", URDU), ("ur", SCORE)],
                         ids=["pashto", "urdu", "urdu, two lines"])
def test_the_words_break_where_the_label_measures_them(qtbot, language: str,
                                                       text: str) -> None:
    """The label's height comes from Qt's document layout; the words drawn here must need
    exactly that many lines at every width, or a last line would be cut off."""
    label = _label(qtbot, language, text, 41)
    margins = label.contentsMargins()
    assert rtl_words.drawn_here(label)
    for width in range(160, 1400, 3):
        layout, height = rtl_words.laid_out(label, width - margins.left() - margins.right())
        measured = QLabel.heightForWidth(label, width) - margins.top() - margins.bottom()
        assert abs(height - measured) <= 1, (width, height, measured)
        assert layout.lineCount() >= text.count("\n") + 1


def test_english_in_a_right_to_left_label_is_drawn_by_qt(qtbot) -> None:
    """English words in an Urdu screen (a message that falls back to English) read left
    to right from the left, as Qt draws them, not right to left from the right."""
    label = _label(qtbot, "ur", "Ask the clinic staff for help with this screen.", 30)
    assert not rtl_words.drawn_here(label)
    label.setText("یہ " + label.text())  # the first letter decides, as it does for Qt
    assert rtl_words.drawn_here(label)
