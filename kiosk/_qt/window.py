"""The kiosk window: top bar, the screens, the idle overlay, and resetting between patients."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QScreen, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.i18n import Translations
from kiosk._qt.idle import IdleWatcher
from kiosk._qt.input_watch import input_watch, watch_input
from kiosk._qt.memory import collect_while_nobody_waits
from kiosk._qt.screens.attract import AttractScreen
from kiosk._qt.turns import next_turn
from kiosk._qt.widgets import wraplabel
from kiosk._qt.widgets.fade import FadeCover
from kiosk.core import languages

if TYPE_CHECKING:
    from kiosk._qt.session import Session
    from kiosk._qt.voice.narrator import Narrator
    from kiosk.core.model import Pack

log = logging.getLogger("kiosk.ui")

FADE_MS = 180
FADE_FROM = 0.3  # the new screen's opacity as the fade begins
COLLECT_AFTER_MS = 20_000  # the welcome screen untouched this long: nobody is about to tap


class KioskWindow(QWidget):
    """The kiosk, built in two steps so the attract screen is on screen at once.

    ``KioskWindow(translations)`` makes just the attract screen; ``attach(session)`` then
    builds the rest. The app paints the first attract frame between the two, so the
    heavy imports (icons, validation, signing) and the pack are loaded while the next
    patient is already being invited.
    """

    screenCovered = Signal(QRect)  # full screen: the window was (re)fitted to its screen
    visitStarting = Signal()  # a patient touched the welcome screen; home is next
    visitEnding = Signal()  # the patient has gone: the kiosk is about to reset

    def __init__(self, translations: Translations, default_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setWindowTitle("Clinic kiosk")
        self.translations = translations
        self.allow_close = False
        self.animated = True
        self.full_screen = False
        self._watched_screens: list[QScreen] = []
        # Screen changes come in bursts (a screen removed, another added, the primary
        # changed): one zero-time timer fits the window once, after Qt has settled them.
        self._recover = QTimer(self)
        self._recover.setSingleShot(True)
        self._recover.setInterval(0)
        self._recover.timeout.connect(self.cover_screen)
        self._pending_pack: Pack | None = None
        self.session: Session | None = None
        # Python's full collection once the welcome screen has stood untouched a while,
        # where its ~50 ms hold up nobody (see kiosk/_qt/memory.py).
        self._collector = QTimer(self)
        self._collector.setSingleShot(True)
        self._collector.setInterval(COLLECT_AFTER_MS)
        self._collector.timeout.connect(self._collect)

        self.attract = AttractScreen(translations, default_language)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.attract)
        # A stack asks for the largest minimum of all its screens; the kiosk's size is the
        # screen's, so every screen must fit what it is given (text scrolls, tiles shrink).
        self.stack.setMinimumSize(1, 1)
        self._fade = FadeCover(self.stack, FADE_MS, FADE_FROM)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.stack, 1)
        self.attract.retranslate(theme.Metrics.for_size(self.size(), "en"))
        self.attract.started.connect(self.start_visit)

    @property
    def attached(self) -> bool:
        return self.session is not None

    def attach(self, session: Session, narrator: Narrator | None = None) -> None:
        """Build the screens past the attract screen, for this session's pack and settings.

        ``narrator`` reads pages aloud; by default through this computer's speaker and
        voice (tests give one with a speaker of their own).
        """
        # Imported here, not at the top: they bring in qtawesome and friends, which the
        # first attract frame does not need (see docs/performance.md).
        from kiosk._qt.screens.about import AboutScreen
        from kiosk._qt.screens.home import HomeScreen
        from kiosk._qt.screens.page_viewer import PageViewer
        from kiosk._qt.voice import make_narrator
        from kiosk._qt.widgets.still_reading import StillReadingOverlay
        from kiosk._qt.widgets.topbar import TopBar

        self.session = session
        languages.go_live(session.pack.described.values())
        self.narrator = narrator if narrator is not None else make_narrator(session.volume)
        self.narrator.setParent(self)
        self.attract.set_languages(session.pack.languages, session.settings.default_language)
        self.topbar = TopBar(session)
        self.home = HomeScreen(session)
        self.viewer = PageViewer(session, self.narrator)
        self.viewer.animated = self.animated
        self.about = AboutScreen(session)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self.about)
        self._before_about: QWidget = self.home
        self._layout.insertWidget(0, self.topbar)
        self.overlay = StillReadingOverlay(self)

        self.idle = IdleWatcher(session.settings.idle_seconds, self)
        watch_input(self.idle)
        self.idle.idle.connect(self._ask_still_reading)
        self.overlay.continued.connect(self.idle.start)
        self.overlay.expired.connect(self.reset)
        # A patient listening is not a patient who has left.
        self.narrator.stateChanged.connect(lambda state: self.idle.hold(state == "playing"))

        self.home.topicChosen.connect(self.open_topic)
        self.home.topicTouched.connect(self._topic_touched)
        self.home.emergencyChosen.connect(self.open_page)
        self.viewer.finished.connect(self.go_home)
        self.topbar.homeRequested.connect(self.go_home)
        self.topbar.aboutRequested.connect(self.show_about)
        self.about.closed.connect(lambda: self._show(self._before_about))
        session.languageChanged.connect(self._language_changed)
        session.contrastChanged.connect(self._contrast_changed)
        theme.use("high-contrast" if session.high_contrast else "standard")
        session.textScaleChanged.connect(lambda _scale: self.retranslate())

        self._apply_language()
        self._show(self.attract)

    # -- navigation ------------------------------------------------------------------

    @property
    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def _show(self, screen: QWidget) -> None:
        self.topbar.setVisible(screen is not self.attract)
        if screen is not self.attract:
            self._collector.stop()
        if self.stack.currentWidget() is not screen:
            self.stack.setCurrentWidget(screen)
            self._fade_in(screen)

    def set_animated(self, animated: bool) -> None:
        """Fades on or off (off for screenshots and the self-test)."""
        self.animated = animated
        if self.attached:
            self.viewer.animated = animated

    def _fade_in(self, screen: QWidget) -> None:
        """A short fade: the new screen takes taps at once, it only looks gentle."""
        if self.animated:
            self._fade.start()
        else:
            self._fade.stop()

    def start_visit(self, language: str) -> None:
        if self.session is None:
            return  # still starting up (a few hundred ms); the next touch will do
        log.info("visit started in %s", language)
        # Still on the welcome screen: the last moment to take a pack changed from outside
        # the kiosk while it waited there (kiosk-pack rollback deletes the folder shown).
        self.visitStarting.emit()
        if language not in self.session.pack.languages:
            # The pack changed under the welcome screen's buttons, or the site's language
            # is not one of the pack's: where every visit starts instead.
            language = self.session.start_language()
        self.session.set_language(language)
        self._show(self.home)
        self.idle.start()

    def _topic_touched(self, topic_id: str) -> None:
        # In a turn of its own: the tile shows it is pressed first, then the page is
        # got ready while the finger is still down.
        def prepare() -> None:
            if self.session is None or self.current is not self.home:
                return
            try:
                topic = self.session.pack.topic(topic_id)
            except KeyError:
                return  # another pack went live between the touch and now
            self.viewer.prepare_opening(topic)

        next_turn(self, prepare)

    def open_topic(self, topic_id: str) -> None:
        self.viewer.open(self.session.pack.topic(topic_id))
        self._show(self.viewer)

    def open_page(self, key: str) -> None:
        """A page by its key ("topic/page"), at its place in its topic."""
        page = self.session.pack.page(key)
        if page is None:
            return
        topic = self.session.pack.topic(page.topic_id)
        self.viewer.open(topic, topic.pages.index(page))
        self._show(self.viewer)

    def go_home(self) -> None:
        self.narrator.stop()
        self._show(self.home)

    def show_about(self) -> None:
        """The sources of the page on screen (or of the pack, from the topics)."""
        if self.current is self.about:
            return
        self.narrator.stop()
        self._before_about = self.current
        self.about.show_for(self.viewer.page if self.current is self.viewer else None)
        self._show(self.about)

    def recover(self) -> None:
        """After an unexpected error: back to the topics, never a dead screen."""
        self.overlay.stop()
        self.viewer.clear()
        self._show(self.home if self.current is not self.attract else self.attract)

    def reset(self) -> None:
        """The patient has gone: forget everything they did and invite the next one."""
        log.info("resetting for the next patient")
        self.visitEnding.emit()
        self.topbar.close_chooser()  # the next patient starts on the welcome screen
        self.overlay.stop()
        self.idle.stop()
        self.viewer.clear()
        if self._pending_pack is not None:
            pack, self._pending_pack = self._pending_pack, None
            self._install_pack(pack)
        self.session.reset()
        self._show(self.attract)
        self._collector.start()

    def _collect(self) -> None:
        # Not under the staff panel (it hides the welcome screen): staff are tapping there.
        if self.current is self.attract and self.attract.isVisible():
            # The last patient's pictures (8 MB each at 1920×1080, 33 MB at 4K) and the
            # words of their pages' titles wait for nobody: the next one starts at home,
            # and a topic's picture is drawn as its tile is pressed.
            from kiosk._qt.widgets import bigtext, illustration  # after the first frame

            illustration.forget_pictures()
            illustration.forget_drawings_except(self.home.drawings_shown_first())
            wraplabel.keep_pictures_of(self.attract, self.topbar, self.home)
            self.home.forget_tile_pictures()
            fonts.forget_drawn_glyphs()
            bigtext.forget()
            collect_while_nobody_waits()

    def offer_pack(self, pack: Pack) -> None:
        """A newly installed pack goes live at the next attract screen, never mid-visit."""
        if self.current is self.attract:
            self._install_pack(pack)
        else:
            self._pending_pack = pack

    def _install_pack(self, pack: Pack) -> None:
        from kiosk._qt.widgets.illustration import forget_other_packs

        log.info("now showing pack %s v%d", pack.id, pack.version)
        self.topbar.close_chooser()  # it offered the old pack's languages
        languages.go_live(pack.described.values())
        self.session.set_pack(pack)
        self.attract.set_languages(pack.languages, self.session.settings.default_language)
        forget_other_packs(pack.root)
        self.home.rebuild()
        self.retranslate()

    def _ask_still_reading(self) -> None:
        if self.current is self.attract:
            return
        self.overlay.start(self.session.settings.countdown_seconds)

    # -- language and size -----------------------------------------------------------

    def _contrast_changed(self, high: bool) -> None:
        # Metrics carry the theme's generation: everything styled or drawn for the old
        # colours is keyed by the old metrics, and is done again by retranslate.
        if theme.use("high-contrast" if high else "standard"):
            self.retranslate()
            self.update()

    def _language_changed(self, language: str) -> None:
        self.narrator.stop()  # the words on screen are no longer the ones being read
        topic = self.viewer.topic
        on_topic = self.current is self.viewer or \
            (self.current is self.about and self._before_about is self.viewer)
        if topic is not None and not topic.has(language) and on_topic:
            # A topic not written in the language chosen: its topics are on the home
            # screen (and the rest behind "More topics in ..."), not this one in English.
            log.info("%s is not in %s: home", topic.id, language)
            self.viewer.clear()
            self._show(self.home)
        self._apply_language()

    def _apply_language(self) -> None:
        self.translations.activate(self.session.language)
        direction = (Qt.LayoutDirection.RightToLeft if self.session.rtl
                     else Qt.LayoutDirection.LeftToRight)
        QGuiApplication.setLayoutDirection(direction)
        self.retranslate()

    def metrics(self) -> theme.Metrics:
        return theme.Metrics.for_size(self.size(), self.session.language, self.session.text_scale)

    def retranslate(self) -> None:
        """The one entry point that re-words and re-sizes every screen."""
        if self.session is None:
            self.attract.retranslate(theme.Metrics.for_size(self.size(), "en"))
            return
        metrics = self.metrics()
        self.topbar.retranslate(metrics)
        self.attract.retranslate(theme.Metrics.for_size(self.size(), "en"))
        self.home.retranslate(metrics)
        self.viewer.retranslate(metrics)
        self.about.retranslate(metrics)
        self.overlay.retranslate(theme.Metrics.for_size(self.size(), self.session.language),
                                 self.session.rtl)

    # -- covering the screen -----------------------------------------------------------

    def show_full_screen(self) -> None:
        """Cover the primary screen, now and whenever it is rotated or replaced.

        ``showFullScreen()`` alone only asks the window manager. With none (a bare X
        session) the window stays at its default size in a corner, and a busy one may
        map the window at its default size first and paint a first frame at that size.
        So the geometry is set to the screen's before the window is shown, and again
        whenever a screen changes, whether or not a window manager also does it.
        """
        self.full_screen = True
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.primaryScreenChanged.connect(self._screens_changed)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)
        for screen in app.screens():
            self._watch(screen)
        self.cover_screen()  # before the first frame: lay it out at the screen's size
        self.showFullScreen()
        handle = self.windowHandle()
        if handle is not None:  # Qt moved the window to another screen (one was unplugged)
            handle.screenChanged.connect(self._screens_changed)
        self.cover_screen()

    def cover_screen(self) -> None:
        """Fit the window to the primary screen (nothing happens if it already fits)."""
        if not self.full_screen:
            return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return  # every screen unplugged: screenAdded brings us back here
        self._watch(screen)
        geometry = screen.geometry()
        if self.screen() is not screen:
            self.setScreen(screen)
        if self.isVisible() and not self.isFullScreen():
            self.showFullScreen()  # first: leaving another state may restore an old geometry
        if self.geometry() != geometry:
            log.info("covering the screen %s: %dx%d at %d,%d", screen.name(),
                     geometry.width(), geometry.height(), geometry.x(), geometry.y())
            self.setGeometry(geometry)
            if not self.isVisible():
                # A hidden window gets its resize event only when shown, and the relayout
                # it posts could come after the first frame: lay out for the real size now.
                self.retranslate()
        self.screenCovered.emit(geometry)

    def _watch(self, screen: QScreen) -> None:
        if screen not in self._watched_screens:
            self._watched_screens.append(screen)
            # A rotation, or a new mode on the same screen.
            screen.geometryChanged.connect(self._screens_changed)

    def _screens_changed(self, *_args: object) -> None:
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        for screen in app.screens():
            self._watch(screen)
        self._recover.start()

    def _screen_removed(self, screen: QScreen) -> None:
        if screen in self._watched_screens:
            self._watched_screens.remove(screen)
        self._recover.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window has its QWindow now: every touch reaches it first (input_watch.py).
        input_watch().cover(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.session is not None:
            self.overlay.resize_to_parent()
        # Coalesce a burst of resizes (window managers send several) into one relayout.
        QTimer.singleShot(0, self.retranslate)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            # Patients cannot close the kiosk; staff leave through the staff panel.
            log.warning("close request ignored")
            event.ignore()
