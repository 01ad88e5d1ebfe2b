"""Starting the kiosk application: data folder, logs, fonts, pack, window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk._qt import fonts, qtlog
from kiosk._qt.i18n import Translations
from kiosk._qt.memory import (
    collect_while_nobody_waits,
    forget_source_files,
    give_big_blocks_back,
)
from kiosk._qt.turns import next_turn
from kiosk._qt.window import KioskWindow
from kiosk.core import logs, resources
from kiosk.core.paths import DataDir

if TYPE_CHECKING:
    from kiosk._qt.dot_room import WarmUps
    from kiosk._qt.session import Session
    from kiosk._qt.usage_watch import UsageWatch
    from kiosk._qt.voice.narrator import Narrator
    from kiosk.core.model import Pack
    from kiosk.core.service import KioskService
    from kiosk.core.store import PackStore

log = logging.getLogger("kiosk.app")


class Kiosk:
    """The running kiosk's parts. A plain class: dataclasses costs start-up time (paths.py)."""

    def __init__(self, app: QApplication, window: KioskWindow, data: DataDir) -> None:
        self.app = app
        self.window = window
        self.data = data
        self.session: Session | None = None
        self.excepthook: object = None
        self.staff: object = None  # kiosk._qt.staff.controller.StaffController
        self.service: KioskService | None = None
        self.usage: UsageWatch | None = None
        self.warm_ups: WarmUps | None = None

    def stop(self) -> None:
        """The kiosk is stopping: an open visit ends, and what was counted is written."""
        if self.usage is not None:
            self.usage.stop()
        if self.service is not None:
            self.service.counting.stop()

    def take_down(self) -> None:
        """Gone for good, not only hidden, for a kiosk run inside another program (the
        self-test, the tests): its usage writer, timers and input watchers (idle,
        staff corner, swipes) end with it. The deletes happen once
        control returns to an event loop, or at ``sendPostedEvents(DeferredDelete)``."""
        self.stop()
        self.window.idle.stop()
        self.window.overlay.stop()
        self.window.allow_close = True
        self.window.close()
        self.window.deleteLater()
        if isinstance(self.staff, QObject):
            self.staff.deleteLater()  # its own timers would reach for the window after it


def choose_pack(explicit: Path | None, store: PackStore) -> Pack:
    """An explicit --pack must load; otherwise the installed pack, else the bundled one."""
    from kiosk.core.packdir import load_pack
    from kiosk.core.problems import PackError

    if explicit is not None:
        return load_pack(explicit)
    try:
        for line in store.repair():  # leftovers of an install cut short by a power cut
            log.warning("pack store repaired: %s", line)
    except (PackError, OSError) as error:
        # A disk gone read-only or full can still be read: show what is installed.
        log.error("pack store not repaired: %s", error)
    try:
        return load_pack(store.active_pack_folder())
    except (PackError, OSError) as error:
        log.error("installed pack could not be shown, using the bundled one: %s", error)
    return load_pack(resources.default_pack())


SWITCH_INTERVAL_S = 0.001


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        with fonts.only_bundled_fonts():
            app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication), "the kiosk's screens are widgets: a QApplication"
    app.setApplicationName("clinic-kiosk")
    # The screen's thread takes Python's interpreter lock back many times a frame (each
    # call from Qt into the kiosk's code); while a worker thread checks or installs a
    # pack in Python, each take waited up to the switch interval, 5 ms by default, and a
    # tap's answer added them up past 50 ms. A worker gives the lock up only when another
    # thread asks for it, so alone it runs as fast as before.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    return app


def begin(data_dir: Path | None = None) -> Kiosk:
    """Just enough for the attract screen: the app, the fonts, the UI translations."""
    data = DataDir.choose(data_dir).create()
    logs.setup(data.logs, rotate=False)  # rotation joins in finish(), after the first frame
    qtlog.install()
    app = application()
    fonts.load_fonts()
    window = KioskWindow(Translations())
    return Kiosk(app, window, data)


def finish(kiosk: Kiosk, pack_path: Path | None = None, ask_for_pin: bool = False,
           narrator: Narrator | None = None) -> Kiosk:
    """Load settings and the pack, and build every other screen (raises PackError)."""
    # Imported here: cattrs, the pack store and its signing code are not needed for the
    # first attract frame, and importing them is most of the kiosk's start-up time.
    from kiosk._qt.dot_room import WarmUps
    from kiosk._qt.fleet_summary import SummaryWriter
    from kiosk._qt.session import Session
    from kiosk._qt.staff.controller import StaffController
    from kiosk._qt.usage_watch import UsageWatch
    from kiosk.core.service import KioskService

    forget_source_files()  # before the pack and the screens fill the holes it leaves
    logs.enable_rotation()
    give_big_blocks_back()  # before the pack's pictures are drawn; ctypes is not first-frame
    # The service reads the settings (and remembers a damaged file, to tell staff).
    # With --pack the kiosk shows one fixed folder; installs still land in the store.
    service = KioskService(kiosk.data, follow_store=pack_path is None)
    settings = service.settings
    pack = choose_pack(pack_path, service.store)
    service.start(pack)
    kiosk.session = Session(pack, settings)
    kiosk.window.attach(kiosk.session, narrator)
    # The first pack's words are measured after the first frame; a pack installed later,
    # as it goes live at the attract screen.
    kiosk.warm_ups = WarmUps(kiosk.window)
    kiosk.session.packChanged.connect(kiosk.warm_ups.start)
    kiosk.excepthook = _catch_exceptions(kiosk.window)
    kiosk.staff = StaffController(kiosk.window, service, ask_for_pin=ask_for_pin)
    kiosk.service = service
    # The writer opens (and checks) its database on its own thread, off the screen's.
    service.counting.start()
    kiosk.usage = UsageWatch(kiosk.window, service.counting.count)
    SummaryWriter(service.counting, kiosk.window).start()
    kiosk.app.aboutToQuit.connect(kiosk.stop)
    return kiosk


def build(data_dir: Path | None = None, pack_path: Path | None = None,
          narrator: Narrator | None = None) -> Kiosk:
    """The whole kiosk at once (tests, screenshots, self-test)."""
    return finish(begin(data_dir), pack_path, narrator=narrator)


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
    kiosk = begin(data_dir)
    window = kiosk.window
    if pack_path is not None:
        from kiosk.core.problems import PackError

        # A pack named on the command line is checked before anything is shown, so its
        # problems go to the terminal of the person who typed it.
        try:
            finish(kiosk, pack_path, ask_for_pin=True)
        except PackError as error:
            print("This pack cannot be shown:", file=sys.stderr)
            for problem in error.problems:
                print(f"  {problem}", file=sys.stderr)
            return 1

    def after_first_frame() -> None:
        # Imported and started here: none of it is needed to paint the first frame.
        from kiosk._qt.awake import ScreenAwake
        from kiosk._qt.heartbeat import from_environment

        if not window.attached:
            try:
                finish(kiosk, ask_for_pin=True)
            except Exception:
                # A welcome screen that cannot open its content must not look healthy:
                # no heartbeat, and an exit the supervisor sees and restarts.
                log.exception("the kiosk could not open its content")
                kiosk.app.exit(3)
                return
        # The supervisor watches this heartbeat; it beats from the GUI thread, so a
        # frozen screen stops it and gets the kiosk restarted. It starts itself, once the
        # screens work: a kiosk that paints but cannot take a tap is not healthy.
        from_environment(kiosk.app)
        awake = ScreenAwake()
        awake.inhibit()
        kiosk.app.aboutToQuit.connect(awake.release)
        next_turn(window, collect_while_nobody_waits)
        if kiosk.session is not None and kiosk.warm_ups is not None:
            kiosk.warm_ups.start(kiosk.session.pack)

    def first_frame() -> None:
        # Said in the log so a check (or a person) can see the first frame was already full
        # size, not the window's default size before the window manager got to it.
        size, screen = window.size(), window.screen().geometry()
        log.info("first frame at %dx%d on a %dx%d screen", size.width(), size.height(),
                 screen.width(), screen.height())
        if window.full_screen and window.geometry() != screen:
            # Something (a window manager with its own idea) sized it since: fit it again.
            log.warning("the window does not cover the screen at its first frame")
            window.cover_screen()

    window.attract.firstFramePainted.connect(first_frame)
    if quit_after_first_frame:
        # exit(), not quit(): quit() asks windows to close, and the kiosk window refuses.
        window.attract.firstFramePainted.connect(
            lambda: QTimer.singleShot(0, lambda: kiosk.app.exit(0)))
    else:
        window.attract.firstFramePainted.connect(
            lambda: QTimer.singleShot(0, after_first_frame))
    if windowed:
        window.allow_close = True
        window.resize(1280, 800)
        window.show()
    else:
        kiosk.app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        # Covers the screen with or without a window manager, and follows it when it is
        # rotated or replaced (see KioskWindow.show_full_screen).
        from kiosk._qt.in_front import KeepInFront

        # A patient with a keyboard must not leave the kiosk (Alt+Tab, Super+D).
        keeper = KeepInFront(window)
        kiosk.app.aboutToQuit.connect(keeper.stop)
        window.show_full_screen()
        window.activateWindow()
    code = kiosk.app.exec()
    log.info("kiosk stopped (%d)", code)
    return code
