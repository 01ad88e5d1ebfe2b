"""The page viewer: picture and text, big Back/Next, page dots, one-finger swipes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk._qt import theme
from kiosk._qt.session import Session
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.dots import PageDots
from kiosk._qt.widgets.illustration import Illustration
from kiosk._qt.widgets.pagetext import PageText, warm_line
from kiosk._qt.widgets.quiz import QuizBody
from kiosk._qt.widgets.sorting_game import SortingGame
from kiosk._qt.widgets.swipe import SwipeDetector
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core.model import Page, PageKind, Status, Topic, fill_placeholders

log = logging.getLogger("kiosk.ui")

SLIDE_MS = 180
PREFETCH_MS = 60


class StatusChip(QLabel):
    """Approved / Specialist centres only / Experimental, on every treatment page."""

    _shown: tuple[object, ...] | None = None

    def retranslate(self, status: Status | None, metrics: theme.Metrics) -> None:
        # Called on every page turn; most turns keep the label, and restyling is slow.
        if (status, metrics) == self._shown:
            return
        self._shown = (status, metrics)
        self.setVisible(status is not None)
        if status is None:
            self.clear()
            return
        words = {
            Status.APPROVED: self.tr("Approved treatment"),
            Status.SPECIALIST: self.tr("Specialist centres only"),
            Status.EXPERIMENTAL: self.tr("Experimental: clinical trial only"),
        }
        self.setText(words[status])
        self.setFont(metrics.font("small", bold=metrics.language != "ur"))
        colour = theme.STATUS_COLOURS[status.value]
        pad = metrics.px(10)
        self.setStyleSheet(
            f"QLabel {{ color: white; background: {colour.name()}; border-radius: {pad}px;"
            f" padding: {pad // 2}px {pad * 2}px; }}")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)


class PageViewer(QWidget):
    finished = Signal()  # "Next" on the last page: back to the topics

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageViewer")
        self.session = session
        self.topic: Topic | None = None
        self.index = 0
        self.animated = True
        self._metrics: theme.Metrics | None = None

        self.title = WrapLabel()
        self.title.setObjectName("pageTitle")
        self.status = StatusChip()
        self.status.setObjectName("statusChip")
        self.illustration = Illustration()
        self.game = SortingGame()
        self.picture = QStackedWidget()
        self.picture.addWidget(self.illustration)
        self.picture.addWidget(self.game)
        self.text = PageText()
        self.quiz = QuizBody()
        # A long Urdu question with four answers can outgrow the space: let it scroll.
        self.quiz_scroll = QScrollArea()
        self.quiz_scroll.setWidget(self.quiz)
        self.quiz_scroll.setWidgetResizable(True)
        self.quiz_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.quiz_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.quiz_scroll.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)
        self.body = QStackedWidget()
        self.body.addWidget(self.text)
        self.body.addWidget(self.quiz_scroll)
        self.body.setMinimumSize(1, 1)
        self.picture.setMinimumSize(1, 1)
        self.back = TouchButton("fa5s.arrow-left", "secondary")
        self.back.setObjectName("back")
        self.next = TouchButton("fa5s.arrow-right", "primary")
        self.next.setObjectName("next")
        self.next.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # icon after the word
        self.dots = PageDots()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        self.content = QWidget()
        self._content_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._content_layout.addWidget(self.picture, 1)
        self._content_layout.addWidget(self.body, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.dots, 1)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.content, 1)
        layout.addLayout(nav)

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
        for widget in (self.content, self.illustration, self.text.viewport(), self.title):
            self.swipe.watch(widget)
        self.swipe.swiped.connect(self._on_swipe)

    # -- what is shown -------------------------------------------------------------

    @property
    def page(self) -> Page | None:
        if self.topic is None or not self.topic.pages:
            return None
        return self.topic.pages[self.index]

    def open(self, topic: Topic, index: int = 0) -> None:
        self.topic = topic
        self.index = max(0, min(index, len(topic.pages) - 1))
        self._show_page(animate=False)

    def clear(self) -> None:
        """Forget the last patient's place."""
        self.topic = None
        self.index = 0
        self.text.forget()
        self.illustration.set_picture(None)
        self.quiz.start(())
        self.game.restart()
        if self.game.autoimmune:
            self.game.toggle_autoimmune()

    def go_next(self) -> None:
        if self.topic is None:
            return
        if self.index + 1 < len(self.topic.pages):
            self.index += 1
            self._show_page(step=1)
        else:
            self.finished.emit()

    def go_back(self) -> None:
        if self.topic is not None and self.index > 0:
            self.index -= 1
            self._show_page(step=-1)

    def _on_swipe(self, direction: int) -> None:
        # Pages run left-to-right in English and right-to-left in Urdu, so the same
        # finger movement means "next" in one and "back" in the other.
        forward = direction < 0 if not self.session.rtl else direction > 0
        if forward:
            if self.topic is not None and self.index + 1 < len(self.topic.pages):
                self.go_next()
        else:
            self.go_back()

    def _show_page(self, animate: bool = True, step: int = 0) -> None:
        if self._metrics is None or self.page is None:
            return
        page = self.page
        m = self._metrics
        lang = m.language
        self.title.setText(page.title.get(lang))
        self.status.retranslate(page.status, m)
        self.illustration.set_picture(page.illustration, page.labels)
        self.illustration.retranslate(m)
        body = fill_placeholders(page.body.get(lang), self.session.settings.placeholders())
        self.text.show_markdown(body, m, self.session.rtl)
        playing = page.kind is PageKind.SELF_NONSELF
        self.picture.setCurrentWidget(self.game if playing else self.illustration)
        self._share_space(playing)
        if playing:
            self.game.retranslate(m)
        quiz = page.kind is PageKind.QUIZ
        self.body.setCurrentWidget(self.quiz_scroll if quiz else self.text)
        if quiz:
            self.quiz.intro.setText(body)
            if self.quiz.questions is not page.questions:
                self.quiz.start(page.questions)
            self.quiz.retranslate(m)
        assert self.topic is not None
        count = len(self.topic.pages)
        self.dots.set_position(self.index, count)
        self.back.setEnabled(self.index > 0)
        last = self.index + 1 >= count
        self.next.setText(self.tr("All topics") if last else self.tr("Next"))
        self.back.setText(self.tr("Back"))
        self.dots.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(self.index + 1))
                                    .replace("%2", str(count)))
        self._prefetch.start()
        if animate and self.animated and step:
            # Next comes in from the side the reader is heading to: the right in
            # English, the left in Urdu.
            home = self._slide.endValue() if self._slide.state() == \
                QPropertyAnimation.State.Running else self.content.pos()
            self._slide.stop()
            offset = m.px(48) * step * (-1 if self.session.rtl else 1)
            self._slide.setStartValue(home + QPoint(offset, 0))
            self._slide.setEndValue(home)
            self._slide.start()

    def _share_space(self, playing: bool) -> None:
        # The words get the larger share, as they are what the patient reads; the game
        # is the exception, its few words sit beside a big play area.
        portrait = self.height() > self.width()
        picture, words = (6, 5) if playing else (4, 6 if portrait else 7)
        self._content_layout.setStretch(0, picture)
        self._content_layout.setStretch(1, words)

    def _prepare_neighbours(self) -> None:
        if self.topic is None or self._metrics is None or not self.isVisible():
            return
        placeholders = self.session.settings.placeholders()
        for index in (self.index + 1, self.index - 1):
            if 0 <= index < len(self.topic.pages):
                page = self.topic.pages[index]
                body = fill_placeholders(page.body.get(self._metrics.language), placeholders)
                self.text.prepare(body, self._metrics, self.session.rtl, ahead=True)
                warm_line(page.title.get(self._metrics.language), self.title.font())
                self.illustration.prefetch(page.illustration)

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        portrait = self.height() > self.width()
        self._content_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self._share_space(self.page is not None and self.page.kind is PageKind.SELF_NONSELF)
        self._content_layout.setSpacing(metrics.gap)
        self.layout().setContentsMargins(metrics.gap, metrics.gap // 2, metrics.gap, metrics.gap)
        self.layout().setSpacing(metrics.gap // 2)
        self.title.set_text_font(metrics.font("title", bold=metrics.language != "ur"),
                                 metrics.language)
        self.title.setStyleSheet(f"color: {theme.NAVY.name()};")
        for button in (self.back, self.next):
            button.apply_metrics(metrics, self.session.rtl)
        self.text.apply_metrics(metrics, self.session.rtl)
        self.dots.retranslate(metrics)
        self._show_page(animate=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._metrics is not None:
            portrait = self.height() > self.width()
            current = self._content_layout.direction() == QBoxLayout.Direction.TopToBottom
            if portrait != current:
                self.retranslate(self._metrics)
