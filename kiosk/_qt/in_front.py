"""Keep the full-screen kiosk in front and the keyboard to itself, where the platform lets it.

Under a desktop session a patient with a keyboard could leave the kiosk: Alt+Tab gave
the focus to a program behind it, Super+D showed the desktop and nothing brought the
kiosk back. Two things stop that here:

* **X11**: the kiosk window grabs the keyboard (an X keyboard grab, through
  ``QWindow.setKeyboardGrabEnabled``), so key presses come to the kiosk and never reach
  the window manager's shortcuts. A grab can fail while another program holds one (a
  menu that is open); it is tried again whenever the window is shown or activated.
* **Any platform**: if the kiosk loses the focus to another program all the same, it
  raises and activates itself again on the next turn of the event loop.

Wayland does not let a program take the keyboard or the front: there the locked session
(the ``cage`` compositor, docs/installing.md) runs nothing but the kiosk. Windows keeps
Alt+Tab and Ctrl+Alt+Del to itself: there Shell Launcher replaces the desktop.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger("kiosk.ui")


class KeepInFront(QObject):
    """Watches one full-screen window; ``stop()`` before the kiosk leaves on purpose."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.grabbed = False
        self._active = True
        self._said_no_grab = False
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self._platform = app.platformName()
        # One zero-time timer: a burst of focus changes brings the kiosk back once.
        self._bring_back = QTimer(self)
        self._bring_back.setSingleShot(True)
        self._bring_back.setInterval(0)
        self._bring_back.timeout.connect(self._come_back)
        app.applicationStateChanged.connect(self._state_changed)
        window.installEventFilter(self)

    def stop(self) -> None:
        self._active = False
        self._bring_back.stop()
        self._release()

    def _grab(self) -> None:
        if not self._active or self.grabbed or self._platform != "xcb":
            return
        handle = self.window.windowHandle()
        if handle is None or not self.window.isVisible():
            return
        # The widget's grab sends every key inside the kiosk to the window (where
        # eventFilter sees it); the window's grab takes them from the X server, and says
        # whether it could.
        self.window.grabKeyboard()
        self.grabbed = handle.setKeyboardGrabEnabled(True)
        if self.grabbed:
            log.info("the kiosk has the keyboard to itself")
        elif not self._said_no_grab:
            self._said_no_grab = True
            log.warning("could not take the keyboard (another program holds it); trying "
                        "again when the kiosk is next activated")

    def _release(self) -> None:
        handle = self.window.windowHandle()
        self.window.releaseKeyboard()
        if self.grabbed and handle is not None:
            handle.setKeyboardGrabEnabled(False)
        self.grabbed = False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if not self._active:
            return
        if state == Qt.ApplicationState.ApplicationActive:
            self._grab()
        elif self.window.isVisible():
            # No window of the kiosk is active now (a staff preview window counts as
            # the kiosk's): another program took the front.
            log.warning("another program took the focus; the kiosk comes back in front")
            self._bring_back.start()

    def _come_back(self) -> None:
        if not self._active or not self.window.isVisible():
            return
        self.window.raise_()
        self.window.activateWindow()
        self.grabbed = False  # the grab went with the focus on some window managers
        self._grab()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.WindowActivate, QEvent.Type.Expose):
            # Shown (mapped) or activated: the moment a grab can succeed.
            QTimer.singleShot(0, self._grab)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._kept(event)
        return False

    def _kept(self, event: QKeyEvent) -> bool:
        """A shortcut pressed on the kiosk's keyboard did nothing: said in the log (a
        desktop's shortcut reached the kiosk, not the desktop), and taken."""
        if event.key() in _MODIFIER_KEYS or not event.modifiers() & _SHORTCUT_MODIFIERS:
            return False
        from PySide6.QtGui import QKeySequence  # made only if ever needed: 1 ms at start

        log.info("kept %s from the desktop",
                 QKeySequence(event.keyCombination()).toString())
        return True


_MODIFIER_KEYS = {Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Control, Qt.Key.Key_Meta,
                  Qt.Key.Key_Shift, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R}
_SHORTCUT_MODIFIERS = (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.MetaModifier)
