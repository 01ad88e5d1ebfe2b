"""Route Qt's own messages (qDebug, qWarning, ...) into Python logging."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("kiosk.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_previous = None
_installed = False


# Platform plugins that cannot do what a kiosk never asks of them (offscreen, some
# window managers) say so on every resize; that is not a fault worth a warning.
# No sound server (a kiosk with no speaker, a test machine) is said once by the voice
# module, in its own words; the installed kiosk carries no multimedia back-end on
# purpose (narration needs only the audio sink, see build_installer.py).
_HARMLESS = ("This plugin does not support", "PulseAudioService: pa_context_connect() failed",
             "No QtMultimedia backends found")
# Notices of something Qt has put right itself: a machine whose locale is plain "C" (a
# service started with LC_ALL=C) gets C.UTF-8 from Qt. Worth a line in the log, not a
# failed self-test on a healthy install.
_PUT_RIGHT = ("Detected locale",)
_PUT_RIGHT_SAYS = "has switched to"  # not "has failed to switch to one": that stays a warning


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _LEVELS.get(kind, logging.WARNING)
    if message.startswith(_HARMLESS):
        level = logging.DEBUG
    elif message.startswith(_PUT_RIGHT) and _PUT_RIGHT_SAYS in message:
        level = logging.INFO
    log.log(level, "%s", message)
    # Chain on, so a test harness that listens for Qt warnings still hears them.
    if _previous is not None:
        _previous(kind, context, message)


def install() -> None:
    global _previous, _installed
    if not _installed:
        _previous = qInstallMessageHandler(_handler)
        _installed = True
