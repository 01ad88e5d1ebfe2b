"""The page viewer: title, picture and words, big Back/Next, page dots, one-finger swipes."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPropertyAnimation,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QPalette,
    QPixmap,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk._qt import theme
from kiosk._qt.dot_room import shown, shown_markdown
from kiosk._qt.screens import page_layout
from kiosk._qt.screens.page_layout import Arrangement
from kiosk._qt.screens.read_aloud import ReadAloud
from kiosk._qt.session import Session
from kiosk._qt.voice.narrator import Narrator
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.dots import PageDots
from kiosk._qt.widgets.illustration import Illustration, labels_crowd
from kiosk._qt.widgets.owned import layout_of
from kiosk._qt.widgets.pagetext import PageText, ink_pad, screens_needed, text_height
from kiosk._qt.widgets.quiz import QuizBody
from kiosk._qt.widgets.sorting_game import CELLS_LEAST, CELLS_SMALLEST, SortingGame
from kiosk._qt.widgets.status_chip import StatusChips
from kiosk._qt.widgets.swipe import SwipeDetector
from kiosk._qt.widgets.take_home import QrSheet, TakeHome
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core.kept import Kept
from kiosk.core.model import Page, PageKind, Topic, fill_placeholders
from kiosk.core.webedition.address import topic_address

log = logging.getLogger("kiosk.ui")

SLIDE_MS = 180
PREFETCH_MS = 60
_KEEP_ARRANGED = 16  # a topic's pages in both languages and orientations, roughly


def _lay_out_ahead(widget: QWidget, size: QSize) -> None:
    """Lay a hidden quiz or game out at the size it will get, and draw it once unseen.

    Qt lays a hidden widget out, and shapes its words, only when it is shown: for the
    Urdu quiz that was 30 ms on the tap that turned to it. Drawing it into a throwaway
    picture now does that work while the patient reads the page before.
    """
    # Not the one its page stack holds, shown or not: a quiz held by a viewer hidden
    # behind the home screen keeps its size (a topic opened from home is got ready there).
    parent = widget.parentWidget()
    held = widget.isVisibleTo(parent) if parent is not None else widget.isVisible()
    if size.isEmpty() or held:
        return
    widget.setGeometry(QRect(QPoint(), size))
    picture = QPixmap(size)
    widget.render(picture)


class PageViewer(QWidget):
    """One page at a time: its title, picture and words placed by ``page_layout``."""

    finished = Signal()  # "Next" on the last page: back to the topics
    shown = Signal()  # a page (or another screen of it) is on screen, placed and measured

    def __init__(self, session: Session, narrator: Narrator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageViewer")
        self.session = session
        self.topic: Topic | None = None
        self.index = 0
        self.animated = True
        # The pages either side are got ready while the patient reads; validate measures
        # every page in turn and has no use for them.
        self.prepares_neighbours = True
        self._metrics: theme.Metrics | None = None
        self.arrangement: Arrangement | None = None
        self._arranged_for = QSize()
        self._arranged: Kept[tuple[object, ...], Arrangement] = Kept(_KEEP_ARRANGED)
        # Kept by the page's key and words: another version of the pack may place the
        # same page otherwise (its labels, its picture, its treatments' labels).
        session.packChanged.connect(self._forget_arrangements)
        self._styled: dict[str, theme.Metrics] = {}

        # The page itself: placed by hand (see _arrange), because where each part goes
        # depends on how tall the words turn out, which no box layout can ask.
        self.content = QWidget()
        self.header = QWidget(self.content)
        self.title = WrapLabel()
        self.title.setObjectName("pageTitle")
        self.status = StatusChips()
        self.status.setObjectName("statusChips")
        header = QVBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeading)
        header.addStretch(1)
        self.illustration = Illustration()
        self.game = SortingGame()
        self.picture = QStackedWidget(self.content)
        self.picture.addWidget(self.illustration)
        self.picture.addWidget(self.game)
        self.text = PageText()
        self.quiz = QuizBody()
        self.body = QStackedWidget(self.content)
        self.body.addWidget(self.text)
        self.body.addWidget(self.quiz)
        # A neighbour's title is measured here, hidden (a child, so it goes with the viewer).
        self._measure = WrapLabel(self)
        self._measure.hide()
        self._measure_chip = StatusChips(self)
        self._measure_chip.hide()

        self.back = TouchButton("fa5s.arrow-left", "secondary")
        self.back.setObjectName("back")
        self.next = TouchButton("fa5s.arrow-right", "primary")
        self.next.setObjectName("next")
        for button in (self.back, self.next):
            button.keep_pictures()  # repainted on every tap
        self.next.put_icon_after()
        self.dots = PageDots()
        # Without a narrator (measuring text for validate) the viewer has no voice.
        self.aloud = ReadAloud(self, narrator if narrator is not None else
                               Narrator(None, None, session.volume, self))
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.aloud.speaker)
        nav.addWidget(self.aloud.volume)
        nav.addWidget(self.dots, 1)
        self.take_home = TakeHome()
        nav.addWidget(self.take_home)
        self.qr_sheet = QrSheet(self)
        self.take_home.enlarge.connect(self.qr_sheet.show_address)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content, 1)
        layout.addLayout(nav)
        self._nav = nav
        self.content.installEventFilter(self)

        # A page turn slides the new page in a little, the way the reader is going. A
        # slide costs one ordinary paint a frame; a fade would paint the page off screen
        # and blend it, which makes an Urdu turn miss a frame.
        self._slide = QPropertyAnimation(self.content, b"pos", self)
        self._slide.setDuration(SLIDE_MS)
        self._slide.setEasingCurve(QEasingCurve.Type.OutCubic)

        # After a turn has been painted, get the neighbouring pages ready.
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PREFETCH_MS)
        self._prefetch.timeout.connect(self._prepare_neighbours)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.swipe = SwipeDetector(self)
        for widget in (self.content, self.illustration, self.text, self.title):
            self.swipe.watch(widget)
        self.swipe.swiped.connect(self._on_swipe)

    # -- what is shown -------------------------------------------------------------

    @property
    def page(self) -> Page | None:
        if self.topic is None or not self.topic.pages:
            return None
        return self.topic.pages[self.index]

    def open(self, topic: Topic, index: int = 0) -> None:
        self.qr_sheet.hide()
        self.topic = topic
        self.index = max(0, min(index, len(topic.pages) - 1))
        self._show_page(animate=False)

    def clear(self) -> None:
        """Forget the last patient's place."""
        self.aloud.narrator.stop()
        self.qr_sheet.hide()
        self.topic = None
        self.index = 0
        self.arrangement = None
        self.text.forget()
        self.illustration.set_picture(None)
        self.quiz.start(())
        self.game.restart()
        if self.game.autoimmune:
            self.game.toggle_autoimmune()

    @property
    def screenful(self) -> int:
        """Which screenful of the page's words is shown (0 unless the page continues)."""
        return self.text.screenful

    def go_next(self) -> None:
        if self.topic is None:
            return
        if self.text.isVisibleTo(self) and self.text.screenful + 1 < self.text.screen_count:
            self.text.show_screen(self.text.screenful + 1)
            self._show_position(step=1)
            self.aloud.new_screen()
            self._prefetch.start()  # the screen after this one
            self.shown.emit()
        elif self.index + 1 < len(self.topic.pages):
            self.index += 1
            self._show_page(step=1)
        else:
            self.finished.emit()

    def go_back(self) -> None:
        if self.topic is None:
            return
        if self.text.isVisibleTo(self) and self.text.screenful > 0:
            self.text.show_screen(self.text.screenful - 1)
            self._show_position(step=-1)
            self.aloud.new_screen()
            self.shown.emit()
        elif self.index > 0:
            self.index -= 1
            # Going back lands where the reader left the page: on its last screen.
            self._show_page(step=-1, screen=-1)

    def _on_swipe(self, direction: int) -> None:
        # Pages run left-to-right in English and right-to-left in Urdu, so the same
        # finger movement means "next" in one and "back" in the other.
        forward = direction < 0 if not self.session.rtl else direction > 0
        if forward:
            if not self._at_end():
                self.go_next()
        else:
            self.go_back()

    def _at_end(self) -> bool:
        if self.topic is None:
            return True
        return self.index + 1 >= len(self.topic.pages) and \
            self.text.screenful + 1 >= self.text.screen_count

    def _body_markdown(self, page: Page, language: str) -> str:
        return fill_placeholders(page.body.get(language), self.session.settings.placeholders())

    def _show_page(self, animate: bool = True, step: int = 0, screen: int = 0) -> None:
        if self._metrics is None or self.page is None:
            return
        page = self.page
        m = self._metrics
        lang = m.language
        self.title.setText(shown(page.title.get(lang), lang))
        self.status.retranslate(page.statuses, m)
        body = self._body_markdown(page, lang)
        playing = page.kind is PageKind.SELF_NONSELF
        quiz = page.kind is PageKind.QUIZ
        if not quiz:
            self._show_parts(playing, quiz)
        self._style_ahead(page, body)
        # A quiz shows no page text: nothing to shape, measure or cut into screens.
        doc = None if quiz else self.text.prepare(body, m, self.session.rtl)
        self.arrangement = self._arrange(page, doc, body)
        if playing:
            # Its size now, not when the picture stack next lays itself out: the game
            # keeps room for its tallest message at its own width, and a check (or a
            # first paint) before that layout would find it at the last page's width.
            self.game.setGeometry(QRect(QPoint(), self.arrangement.picture.size()))
        if quiz:
            # Shown after it is placed: shown first, it would be laid out at the old
            # page's size and then again at its own (its answers are slow to measure).
            # The game is the other way round: it measures its message when shown.
            self._show_parts(playing, quiz)
        self.illustration.set_picture(page.illustration, page.labels, page.picture_reads)
        self.illustration.retranslate(m)
        if doc is None:
            self.text.show_nothing()
        else:
            self.text.show_document(doc, m, self.arrangement.words.height())
        if screen:
            self.text.show_screen(screen if screen > 0 else self.text.screen_count - 1)
        self._show_position(step if animate else 0)
        self.aloud.new_screen()
        self._prefetch.start()
        self.shown.emit()

    def _show_parts(self, playing: bool, quiz: bool) -> None:
        self.picture.setCurrentWidget(self.game if playing else self.illustration)
        self.picture.setVisible(not quiz)
        self.body.setCurrentWidget(self.quiz if quiz else self.text)

    def follow_screen(self, screen: int) -> None:
        """The voice reading the page has reached another of its screens: show it."""
        step = 1 if screen > self.text.screenful else -1
        self.text.show_screen(screen)
        self._show_position(step)
        self._prefetch.start()
        self.shown.emit()

    def _style_ahead(self, page: Page, body: str) -> None:
        """Get the quiz or the game ready for this page: on the turn to it, or before.

        Fonts and styles are slow to set (the quiz's take ~20 ms): only when the language
        or size has changed, and for a neighbour while the patient reads.
        """
        m = self._metrics
        assert m is not None
        if page.kind is PageKind.SELF_NONSELF:
            self._style_game()
        if page.kind is PageKind.QUIZ:
            intro = shown_markdown(body, m.language)
            if self.quiz.intro.text() != intro:
                self.quiz.intro.setText(intro)
            if self.quiz.questions is not page.questions:
                self.quiz.start(page.questions)
            if self._styled.get("quiz") != m:
                self.quiz.retranslate(m)
                self._styled["quiz"] = m

    def _style_game(self) -> None:
        m = self._metrics
        if m is not None and self._styled.get("game") != m:
            self.game.retranslate(m)
            self._styled["game"] = m

    def _show_position(self, step: int = 0) -> None:
        """Dots, Back/Next words, and the slide: after every turn, page or screen."""
        assert self.topic is not None and self._metrics is not None
        count = len(self.topic.pages)
        screens = self.text.screen_count
        self.dots.set_position(self.index, count, self.text.screenful, screens)
        self.back.setEnabled(self.index > 0 or self.text.screenful > 0)
        # On a narrow row (portrait, a long topic's many dots) the words give way to the
        # arrows, which say the same; the dots never do.
        self.next.set_words(self.tr("All topics") if self._at_end() else self.tr("Next"))
        self.back.set_words(self.tr("Back"))
        where = (self.tr("Page %1 of %2, part %3 of %4") if screens > 1
                 else self.tr("Page %1 of %2"))
        for field, value in (("%1", self.index + 1), ("%2", count),
                             ("%3", self.text.screenful + 1), ("%4", screens)):
            where = where.replace(field, str(value))
        self.dots.setAccessibleName(where)
        address = self._web_address()
        self.take_home.show_address(address)
        self._fit_take_home()
        if self.qr_sheet.isVisible():  # the language switched under it
            if address:
                self.qr_sheet.code.set_address(address)
            else:
                self.qr_sheet.hide()
        if step and self.animated:
            # Next comes in from the side the reader is heading to: the right in
            # English, the left in Urdu.
            home = self._slide.endValue() if self._slide.state() == \
                QPropertyAnimation.State.Running else self.content.pos()
            self._slide.stop()
            offset = self._metrics.px(48) * step * (-1 if self.session.rtl else 1)
            self._slide.setStartValue(home + QPoint(offset, 0))
            self._slide.setEndValue(home)
            self._slide.start()

    def _header_height(self, label: WrapLabel, chip: StatusChips,
                       status: bool) -> Callable[[int], int]:
        spacing = layout_of(self.header).spacing()
        # The layout's search asks for the same widths again and again (a dozen questions,
        # two or three widths), and a label's own answer costs more to look up than this.
        heights: dict[int, int] = {}

        def height(width: int) -> int:
            total = heights.get(width)
            if total is None:
                total = label.heightForWidth(width)
                if status:
                    total += spacing + chip.height_in(width)
                heights[width] = total
            return total
        return height

    def _arrange(self, page: Page, doc: QTextDocument | None, words: str,
                 title: WrapLabel | None = None, tightest: bool = False) -> Arrangement:
        """Measure the page in the patient's language and size, and place its parts.

        The search for the widest picture lays the words out several times (a few ms in
        Urdu), so what it found for a page is kept: the neighbours are arranged while
        the patient reads, and a tap only looks their arrangement up.
        """
        assert self._metrics is not None
        size = self._content_size()
        key = (page.key, (title or self.title).text(), self._metrics, self.session.rtl,
               size.width(), size.height(), words if doc is not None else None, tightest)
        metrics = self._metrics

        def arrange() -> Arrangement:
            pad = ink_pad(metrics)
            return page_layout.arrange(
                size.width(), size.height(), metrics, self.session.rtl,
                quiz=page.kind is PageKind.QUIZ, game=page.kind is PageKind.SELF_NONSELF,
                header_height=self._header_height(
                    title or self.title, self.status if title is None else self._measure_chip,
                    bool(page.statuses)),
                words_height=lambda width: 0 if doc is None else text_height(doc, width),
                tightest=tightest, labels_crowd=self._labels_crowd(page),
                screens=None if doc is None else lambda width, room: screens_needed(
                    doc, width, room, pad),
                game_room=None if tightest else self._game_room(page),
                quiz_need=None if tightest else self._quiz_need(page, words))
        arrangement = self._arranged.get(key, arrange)
        if doc is not None:
            text_height(doc, arrangement.words.width())
        if title is None:
            self._arranged_for = size
            self.header.setGeometry(arrangement.header)
            self.header.setVisible(not arrangement.header.isEmpty())
            self.picture.setGeometry(arrangement.picture)
            self.body.setGeometry(arrangement.words)
        return arrangement

    def _labels_crowd(self, page: Page) -> Callable[[QSize], bool] | None:
        """Whether ``page``'s picture labels would crowd a picture of a given size."""
        if not page.labels or page.kind is not PageKind.TEXT:
            return None
        metrics = self._metrics
        assert metrics is not None
        labels = page.picture_labels(metrics.rtl)  # where they sit on it, as it is drawn
        return lambda size: labels_crowd(page.illustration, size, labels, metrics)

    def _game_room(self, page: Page) -> Callable[[QSize], int] | None:
        """How the game would fit a picture area of a given size (page_layout's grades)."""
        if page.kind is not PageKind.SELF_NONSELF:
            return None
        metrics = self._metrics
        assert metrics is not None
        # Measured in this patient's words and size: a neighbour is arranged before it
        # is shown, and the game may still be styled for the last patient (or not yet).
        self._style_game()
        least, smallest = metrics.px(CELLS_LEAST), metrics.px(CELLS_SMALLEST)

        def room(size: QSize) -> int:
            cells = self.game.cells_room(size)
            return (page_layout.ROOMY if cells >= least else
                    page_layout.SMALL if cells >= smallest else page_layout.OVERFULL)
        return room

    def _quiz_need(self, page: Page, words: str) -> Callable[[QSize], int] | None:
        """The most height a quiz's questions need at a size, at the larger text sizes.

        Not at the default size: there every bundled question fits below its title
        (``test_quiz.py``), and ``kiosk-pack validate``, which opens every quiz at that
        size, would pay for the measuring (a few ms a question in Urdu).
        """
        metrics = self._metrics
        assert metrics is not None
        if page.kind is not PageKind.QUIZ or metrics.text_scale <= 1:
            return None
        # This quiz, in this patient's words and size: a neighbour is arranged before
        # it is shown, and the quiz may still hold the last one's questions.
        self._style_ahead(page, words)
        return self.quiz.tallest

    def _forget_arrangements(self, _pack: object) -> None:
        self._arranged.clear()

    def _web_address(self) -> str | None:
        """This topic in the web edition, in the patient's language, if there is one."""
        base = self.session.pack.web_edition
        if base is None or self.topic is None:
            return None
        return topic_address(base, self.session.language, self.topic.id)

    def _content_size(self) -> QSize:
        """The page area's size, worked out from the viewer's own.

        Not ``content.size()``: while the viewer is hidden (a topic is opened before it is
        shown) its layout has not run yet, and a page measured for a stale size would
        be cut into the wrong screens.
        """
        margins = layout_of(self).contentsMargins()
        nav = max([w.sizeHint().height() for w in (self.back, self.next, self.dots,
                                                   self.aloud.speaker, self.aloud.volume,
                                                   self.take_home)
                   if not w.isHidden()] or [0])
        return QSize(max(1, self.width() - margins.left() - margins.right()),
                     max(1, self.height() - margins.top() - margins.bottom() - nav
                         - layout_of(self).spacing()))

    def _prepare_neighbours(self) -> None:
        if self.topic is None or self._metrics is None or not self.isVisible() or \
                not self.prepares_neighbours:
            return
        if self.text.isVisibleTo(self):
            self.text.render_next_screen(self._metrics)
        for index in (self.index + 1, self.index - 1):
            if 0 <= index < len(self.topic.pages):
                # Back lands on the page before's last screen.
                self._prepare(self.topic.pages[index], 0 if index > self.index else -1)

    def prepare_opening(self, topic: Topic) -> None:
        """A finger is down on ``topic``'s tile: get its first page ready while the tap
        lasts (80–120 ms), as a neighbour is got ready while a page is read."""
        if self._metrics is None or not topic.pages:
            return
        # A stack sizes only the screen it shows: behind the home screen the viewer has
        # the size it last had (Qt's default before it was first shown; the other shape
        # after the screen turned), not the one it is about to get.
        stack = self.parentWidget()
        if stack is not None and self.size() != stack.size():
            self.resize(stack.size())
        self.illustration.retranslate(self._metrics)  # labels in this patient's language
        self._prepare(topic.pages[0], 0)
        if self.session.pack.web_edition is not None:  # its QR code, a few ms to encode
            self.take_home.code.prepare(
                topic_address(self.session.pack.web_edition, self.session.language, topic.id))

    def measure(self, page: Page) -> Arrangement:
        """Where ``page``'s parts would go in the patient's language and text size, at the
        viewer's size, found without showing it (``kiosk-pack validate`` asks this of
        every page that has words: a quiz or the game has to be shown to be measured)."""
        return self._measured(page, tightest=True)[2]

    def _measured(self, page: Page, tightest: bool = False
                  ) -> tuple[str, QTextDocument | None, Arrangement]:
        m = self._metrics
        assert m is not None
        body = self._body_markdown(page, m.language)
        doc = None if page.kind is PageKind.QUIZ else self.text.prepare(body, m,
                                                                         self.session.rtl)
        self._measure.setText(shown(page.title.get(m.language), m.language))
        self._measure_chip.retranslate(page.statuses, m)
        self._measure_chip.hide()  # retranslate shows chips for a page that has any
        return body, doc, self._arrange(page, doc, body, title=self._measure,
                                        tightest=tightest)

    def _prepare(self, page: Page, landing: int) -> None:
        """Everything a page needs that a tap would otherwise wait for, kept by the caches
        the page's parts draw from; ``landing``: the screen of its words shown first."""
        m = self._metrics
        assert m is not None
        quiz = page.kind is PageKind.QUIZ
        # Breaking the lines at the width the page will get, and drawing them
        # once, is what a tap on Next would otherwise wait for.
        body, doc, arrangement = self._measured(page)
        if doc is not None:
            # Drawn now into a picture of the page's words, so the tap only has
            # to show it (at 4K, drawing Nastaliq is most of a turn).
            self.text.render_ahead(doc, m, arrangement.words.size(), landing)
        # Its title drawn into the picture the title will copy (see KeepsPicture).
        width = arrangement.header.width()
        self._measure.resize(width, self._measure.heightForWidth(width))
        self._measure.render(QPixmap(self._measure.size()))
        self._measure_chip.draw_ahead(width)  # its treatments' labels, likewise
        self.aloud.prepare(page)
        self._style_ahead(page, body)
        if quiz:
            _lay_out_ahead(self.quiz, arrangement.words.size())
        elif page.kind is PageKind.SELF_NONSELF:
            _lay_out_ahead(self.game, arrangement.picture.size())
        if not quiz:
            self.illustration.prefetch(page.illustration, arrangement.picture.size(),
                                       page.labels, page.picture_reads)

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        layout_of(self).setContentsMargins(metrics.gap, metrics.gap // 2, metrics.gap, metrics.gap)
        layout_of(self).setSpacing(metrics.gap // 2)
        layout_of(self.header).setSpacing(metrics.gap // 2)
        self.title.set_text_font(metrics.font("title", bold=metrics.has_bold),
                                 metrics.language)
        # A palette, not a style sheet: a style sheet can reset the contents margins that
        # keep tall Nastaliq ink inside the label, and the title would then be laid out
        # differently on the first visit and on later ones.
        palette = self.title.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.NAVY)
        self.title.setPalette(palette)
        self._measure.set_text_font(self.title.font(), metrics.language)
        self._measure.setPalette(palette)
        for button in (self.back, self.next):
            button.apply_metrics(metrics, self.session.rtl)
        self.aloud.apply_metrics(metrics)
        self.dots.retranslate(metrics)
        base = self.session.pack.web_edition
        longest = max((topic_address(base, language, topic.id)
                       for topic in self.session.pack.topics
                       for language in self.session.pack.languages), key=len) if base else ""
        self.take_home.retranslate(metrics, self.next.sizeHint().height(), longest)
        self.qr_sheet.retranslate(metrics, self.session.rtl)
        self._show_page(animate=False, screen=self.text.screenful)

    def _fit_take_home(self) -> None:
        """The QR code's words only where the whole row, words and all, fits."""
        if self.take_home.isHidden():
            return
        row = [w for w in (self.back, self.aloud.speaker, self.aloud.volume, self.dots,
                           self.next) if not w.isHidden()]
        margins = layout_of(self).contentsMargins()
        # A long topic's dots shrink to what is left (a short one's never do), but stay
        # dots for the code's words: counted at their full width they left its code
        # without words on every screen; at their least, a bar took the dots' place.
        need = (sum(self.dots.narrowest_as_dots() if w is self.dots else w.sizeHint().width()
                    for w in row) + self.take_home.full_width()
                + self._nav.spacing() * len(row) + margins.left() + margins.right())
        self.take_home.set_compact(need > self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_take_home()
        if self.qr_sheet.isVisible():
            self.qr_sheet.setGeometry(self.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page area got a new size (a rotated screen, another text size): place
        # the page's parts again, on the same screenful.
        if watched is self.content and event.type() == QEvent.Type.Resize and \
                self._metrics is not None and self.arrangement is not None and \
                self._content_size() != self._arranged_for:
            self._show_page(animate=False, screen=self.text.screenful)
        return False
