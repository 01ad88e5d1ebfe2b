"""The kiosk draws Font Awesome 5 from its own qtawesome font set, and survives an unknown name."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QColor

from kiosk._qt import icons


def inked(name: str) -> bool:
    image = icons.icon(name, QColor("black")).pixmap(48, 48).toImage()
    return any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48))


@pytest.mark.parametrize("name", ["fa5s.brain", "fa5.eye", "fa5b.usb"])
def test_each_icon_set_draws(qapp, name: str) -> None:
    assert inked(name)


@pytest.mark.allow_logged_errors
def test_an_unknown_icon_is_logged_and_drawn_as_nothing(qapp, caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="kiosk.ui"):
        assert icons.icon("mdi6.heart", QColor("black")).isNull()
    assert any("mdi6.heart" in record.getMessage() for record in caplog.records)
