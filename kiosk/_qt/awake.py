"""Keep the display awake while the kiosk runs, and let it sleep again when the kiosk stops.

* Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)``
  from the GUI thread (the request belongs to the calling thread), cleared on exit.
* Linux: the freedesktop ``org.freedesktop.ScreenSaver.Inhibit`` call over the session
  D-Bus (GNOME, KDE, Xfce, LXQt and Cinnamon all answer it), through QtDBus, which ships
  in PySide6-Essentials. The inhibit is made on a D-Bus connection of its own and undone
  with ``UnInhibit`` and by closing that connection: every implementation drops the
  inhibits of a client that leaves the bus, so even a crash cannot leave the screen
  forced on.

Neither is fatal: a machine without a session bus or a screensaver service (a bare X
server, a test box) logs a warning and the kiosk carries on; installing.md says how to
switch blanking off in the power settings too.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger("kiosk.awake")

APP_NAME = "clinic-kiosk"
REASON = "Patient-education kiosk on display"

_SERVICE = "org.freedesktop.ScreenSaver"
_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
_CONNECTION = "kiosk-screen-awake-{}"

_ES_CONTINUOUS = 0x80000000
_ES_SYSTEM_REQUIRED = 0x00000001
_ES_DISPLAY_REQUIRED = 0x00000002


class ScreenAwake:
    """``inhibit()`` when the kiosk starts, ``release()`` when it stops (safe to repeat)."""

    _serial = 0

    def __init__(self) -> None:
        self.active = False
        self.how = ""
        self._cookie: int | None = None
        self._bus: QDBusConnection | None = None  # QtDBus is imported when first used
        self._name = ""

    def inhibit(self) -> bool:
        if self.active:
            return True
        try:
            if sys.platform == "win32":
                self.active = self._windows(_ES_CONTINUOUS | _ES_DISPLAY_REQUIRED
                                            | _ES_SYSTEM_REQUIRED)
                self.how = "SetThreadExecutionState"
            elif sys.platform != "darwin":
                self.active = self._dbus_inhibit()
        except Exception as error:  # never let this stop the kiosk
            log.warning("could not keep the screen awake: %s", error)
            self.active = False
        if self.active:
            log.info("display kept awake (%s)", self.how)
        return self.active

    def release(self) -> None:
        if not self.active:
            return
        try:
            if sys.platform == "win32":
                self._windows(_ES_CONTINUOUS)
            else:
                self._dbus_release()
            log.info("display may sleep again")
        except Exception as error:
            log.warning("could not undo keeping the screen awake: %s", error)
        self.active = False

    # -- Windows -----------------------------------------------------------------------

    @staticmethod
    def _windows(flags: int) -> bool:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetThreadExecutionState.restype = ctypes.c_uint32
        kernel32.SetThreadExecutionState.argtypes = [ctypes.c_uint32]
        if kernel32.SetThreadExecutionState(flags) == 0:
            log.warning("SetThreadExecutionState(0x%X) failed", flags)
            return False
        return True

    # -- freedesktop D-Bus ---------------------------------------------------------------

    def _dbus_inhibit(self) -> bool:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        # A fresh connection name each time: Qt keeps a failed connection under its name.
        ScreenAwake._serial += 1
        self._name = _CONNECTION.format(ScreenAwake._serial)
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, self._name)
        if not bus.isConnected():
            log.warning("no D-Bus session bus (%s); the screen may blank unless power "
                        "settings prevent it", bus.lastError().message() or "not running")
            QDBusConnection.disconnectFromBus(self._name)
            return False
        errors = []
        for path in _PATHS:
            call = QDBusMessage.createMethodCall(_SERVICE, path, _SERVICE, "Inhibit")
            call.setArguments([APP_NAME, REASON])
            reply = bus.call(call, timeout=3000)
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                self._cookie = int(reply.arguments()[0])
                self._bus = bus
                self._path = path
                self.how = f"{_SERVICE}.Inhibit over D-Bus, cookie {self._cookie}"
                return True
            errors.append(f"{path}: {reply.errorName()} {reply.errorMessage()}".strip())
        log.warning("the desktop did not accept a screensaver inhibit (%s); the screen may "
                    "blank unless power settings prevent it", "; ".join(errors))
        QDBusConnection.disconnectFromBus(self._name)
        return False

    def _dbus_release(self) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        if self._bus is not None and self._cookie is not None:
            call = QDBusMessage.createMethodCall(_SERVICE, self._path, _SERVICE, "UnInhibit")
            call.setArguments([self._cookie])
            reply = self._bus.call(call, timeout=3000)
            if reply.type() == QDBusMessage.MessageType.ErrorMessage:
                # Some services insist on a uint32 cookie; leaving the bus below undoes
                # the inhibit anyway.
                log.debug("UnInhibit answered %s", reply.errorMessage())
        self._bus = None
        self._cookie = None
        QDBusConnection.disconnectFromBus(self._name)
