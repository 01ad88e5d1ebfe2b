"""A stand-in for the desktop's org.freedesktop.ScreenSaver service (test_awake.py)."""

from __future__ import annotations

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(str, str, result=int)
    def Inhibit(self, app: str, reason: str) -> int:
        print("Inhibit", app, reason, flush=True)
        return 42

    @Slot(int)
    def UnInhibit(self, cookie: int) -> None:
        print("UnInhibit", cookie, flush=True)


if __name__ == "__main__":
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    service = ScreenSaver()
    assert bus.registerObject("/org/freedesktop/ScreenSaver", service,
                              QDBusConnection.RegisterOption.ExportAllSlots)
    assert bus.registerService("org.freedesktop.ScreenSaver")
    print("ready", flush=True)
    app.exec()
