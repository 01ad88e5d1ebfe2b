"""Qt's own messages in the kiosk's log, at the level of what they mean."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType

from kiosk._qt import qtlog

LOCALE = ('Detected locale "C" with character encoding "ANSI_X3.4-1968", which is not '
          'UTF-8.\nQt depends on a UTF-8 locale, and has switched to "C.UTF-8" instead.')
# Where no UTF-8 locale could be found at all: Urdu file names may then break. A warning.
NO_LOCALE = ('Detected locale "C" with character encoding "ANSI_X3.4-1968", which is not '
             'UTF-8.\nQt depends on a UTF-8 locale, but has failed to switch to one.')


def test_a_locale_qt_put_right_is_a_notice_not_a_warning(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """Started with LC_ALL=C (as a service may be), Qt takes C.UTF-8 and says so as a
    warning, and ``kiosk --self-test`` failed a healthy install on it."""
    monkeypatch.setattr(qtlog, "_previous", None)  # not on to the tests' own listener
    with caplog.at_level(logging.DEBUG, logger="kiosk.qt"):
        qtlog._handler(QtMsgType.QtWarningMsg, QMessageLogContext(), LOCALE)
        qtlog._handler(QtMsgType.QtWarningMsg, QMessageLogContext(), NO_LOCALE)
        qtlog._handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "QPainter::end: oops")
    assert [(r.levelno, r.getMessage()[:16]) for r in caplog.records] == [
        (logging.INFO, "Detected locale "), (logging.WARNING, "Detected locale "),
        (logging.WARNING, "QPainter::end: o")]
