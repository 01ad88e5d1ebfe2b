"""The staff cards' button rows wrap where a card is too narrow, in reading order (#15: the
Updates tab's two buttons pushed its card past a portrait screen's edge)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk._qt.staff.common import button_row


class Fixed(QPushButton):
    def sizeHint(self) -> QSize:
        return QSize(200, 60)


def row_of_two(qtbot, width: int, direction: Qt.LayoutDirection) -> tuple[QWidget, Fixed, Fixed]:
    holder = QWidget()
    holder.setLayoutDirection(direction)
    first, second = Fixed("first"), Fixed("second")
    row = button_row(first, second)
    row.setSpacing(10)
    holder.setLayout(row)
    qtbot.addWidget(holder)
    holder.resize(width, row.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    return holder, first, second


def test_buttons_share_a_line_where_they_fit(qtbot) -> None:
    holder, first, second = row_of_two(qtbot, 500, Qt.LayoutDirection.LeftToRight)
    assert first.geometry().topLeft().toTuple() == (0, 0)
    assert second.geometry().topLeft().toTuple() == (210, 0)
    assert holder.layout().heightForWidth(500) == 60


def test_a_button_that_does_not_fit_goes_to_the_next_line(qtbot) -> None:
    holder, first, second = row_of_two(qtbot, 300, Qt.LayoutDirection.LeftToRight)
    assert first.geometry().topLeft().toTuple() == (0, 0)
    assert second.geometry().topLeft().toTuple() == (0, 70)
    assert holder.layout().heightForWidth(300) == 130
    assert holder.layout().minimumSize().width() <= 200  # never wider than one button


def test_right_to_left_rows_start_from_the_right(qtbot) -> None:
    _holder, first, second = row_of_two(qtbot, 500, Qt.LayoutDirection.RightToLeft)
    assert first.geometry().right() == 499 and second.geometry().right() == 289
    _holder, first, second = row_of_two(qtbot, 300, Qt.LayoutDirection.RightToLeft)
    assert first.geometry().right() == second.geometry().right() == 299


def test_hidden_buttons_take_no_room(qtbot) -> None:
    holder, first, second = row_of_two(qtbot, 500, Qt.LayoutDirection.LeftToRight)
    first.hide()
    holder.layout().activate()
    assert second.geometry().topLeft().toTuple() == (0, 0)


def test_its_margins_are_kept_around_the_buttons(qtbot) -> None:
    """The home screen's emergency button sat on the screen's bottom edge: its row's
    margin was set and ignored."""
    holder = QWidget()
    first, second = Fixed("first"), Fixed("second")
    row = button_row(first, second)
    row.setSpacing(10)
    row.setContentsMargins(7, 0, 7, 12)
    holder.setLayout(row)
    qtbot.addWidget(holder)
    assert row.sizeHint() == QSize(7 + 410 + 7, 60 + 12)
    assert row.heightForWidth(300) == 60 + 10 + 60 + 12  # two lines in 286 px
    holder.resize(500, row.heightForWidth(500))
    holder.show()
    qtbot.waitExposed(holder)
    assert first.geometry().topLeft().toTuple() == (7, 0)
    assert second.geometry().right() <= 500 - 7 and holder.height() == 72


def test_a_row_with_nothing_shown_takes_no_room(qtbot) -> None:
    """A home screen whose pack names no emergency page, in a language with every topic:
    its row shows nothing, and leaves no strip of margin under the tiles."""
    holder = QWidget()
    first, second = Fixed("first"), Fixed("second")
    row = button_row(first, second)
    row.setContentsMargins(7, 0, 7, 12)
    holder.setLayout(row)
    qtbot.addWidget(holder)
    first.hide()
    second.hide()
    assert row.sizeHint() == QSize(0, 0) and row.minimumSize() == QSize(0, 0)
    assert row.heightForWidth(500) == 0
