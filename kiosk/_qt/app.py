"""Starting the kiosk application: data folder, logs, fonts, pack, window."""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk._qt import fonts, qtlog
from kiosk._qt.awake import ScreenAwake
from kiosk._qt.heartbeat import from_environment
from kiosk._qt.i18n import Translations
from kiosk._qt.session import Session
from kiosk._qt.window import KioskWindow
from kiosk.core import logs, resources
from kiosk.core.model import Pack
from kiosk.core.packdir import load_pack
from kiosk.core.paths import DataDir
from kiosk.core.problems import PackError
from kiosk.core.settings import Settings
from kiosk.core.store import PackStore

log = logging.getLogger("kiosk.app")


@dataclass
class Kiosk:
    app: QApplication
    window: KioskWindow
    session: Session
    data: DataDir
    excepthook: object
    staff: object = None  # kiosk._qt.staff.controller.StaffController


def choose_pack(explicit: Path | None, data: DataDir, settings: Settings) -> Pack:
    """An explicit --pack must load; otherwise the installed pack, else the bundled one."""
    if explicit is not None:
        return load_pack(explicit)
    store = PackStore(data, settings)
    try:
        for line in store.repair():  # leftovers of an install cut short by a power cut
            log.warning("pack store repaired: %s", line)
        return load_pack(store.active_pack_folder())
    except (PackError, OSError) as error:
        log.error("installed pack could not be shown, using the bundled one: %s", error)
    return load_pack(resources.default_pack())


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("clinic-kiosk")
    return app


def build(data_dir: Path | None = None, pack_path: Path | None = None,
          ask_for_pin: bool = False) -> Kiosk:
    data = DataDir.choose(data_dir).create()
    logs.setup(data.logs)
    qtlog.install()
    app = application()
    fonts.load_fonts()
    settings = Settings.load(data.settings_file)
    pack = choose_pack(pack_path, data, settings)
    session = Session(pack, settings)
    window = KioskWindow(session, Translations())
    hook = _catch_exceptions(window)
    from kiosk._qt.staff.controller import StaffController

    staff = StaffController(window, data, settings, follow_store=pack_path is None,
                            ask_for_pin=ask_for_pin)
    return Kiosk(app, window, session, data, hook, staff)


def _catch_exceptions(window: KioskWindow) -> object:
    """An error in a screen is logged and the kiosk goes home instead of dying."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error, returning home:\n%s",
                  "".join(traceback.format_exception(kind, value, tb)))
        QTimer.singleShot(0, window.recover)

    sys.excepthook = hook
    return hook


def run(windowed: bool, data_dir: Path | None, pack_path: Path | None,
        quit_after_first_frame: bool = False) -> int:
    try:
        kiosk = build(data_dir, pack_path, ask_for_pin=True)
    except PackError as error:
        print("This pack cannot be shown:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    window = kiosk.window
    if quit_after_first_frame:
        # exit(), not quit(): quit() asks windows to close, and the kiosk window refuses.
        window.attract.firstFramePainted.connect(
            lambda: QTimer.singleShot(0, lambda: kiosk.app.exit(0)))
    if windowed:
        window.allow_close = True
        window.resize(1280, 800)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        kiosk.app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
    # A supervisor (kiosk --supervise) watches this beat; the display stays on while we run.
    heartbeat = from_environment(kiosk.app)
    awake = ScreenAwake()
    if not quit_after_first_frame:
        awake.inhibit()
    try:
        code = kiosk.app.exec()
    finally:
        awake.release()
        if heartbeat is not None:
            heartbeat.stop()
    log.info("kiosk stopped (%d)", code)
    return code
