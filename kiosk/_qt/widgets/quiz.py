"""A short quiz: one question at a time, big answer buttons, kind feedback, a gentle score.

The quiz gets the page's whole content area and is laid out to fit it at the default
text size, in English and Urdu, landscape and portrait: on a wide screen the answers side
by side and the explanation beside its Next button, the intro only until the first
answer. Larger text may not fit; then the quiz scrolls inside itself under a finger
(there is no scroll bar to hunt for) and a chevron button below says there is more.
"""

from __future__ import annotations

import itertools
import random

from PySide6.QtCore import QPoint, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk._qt import theme
from kiosk._qt.dot_room import shown
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.more_below import MoreBelow, finger_scroll
from kiosk._qt.widgets.owned import layout_of
from kiosk._qt.widgets.quiz_parts import (
    ACROSS,
    DOWN,
    MAX_CHOICES,
    Card,
    ChoiceButton,
    paint_words,
    quiz_font,
)
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core.model import Choice, Question
from kiosk.core.reading import Part, Say, Spoken


def _alone_at_the_end(answers: int, columns: int) -> bool:
    """Whether the last answer has a row to itself (three answers two to a row, four
    three to a row). It then takes the row's width: at half width beside an empty half
    it wrapped, and at the largest Urdu text that extra line pushed it below the screen,
    out of sight of a patient who does not know to scroll."""
    return columns > 1 and answers % columns == 1


def _rows_for(heights: dict[int, list[int]], down: int) -> tuple[int, int]:
    """How many answers to a row makes them shortest, and the rows' height.

    ``heights[c]``: each answer's height ``c`` to a row, in the order shown; ``down``:
    the space between rows. Short answers go three to a row. Long Urdu ones, or large
    text, would wrap to three lines or more there: they keep wider buttons, also if those
    are barely taller.
    """
    alone = heights[1]
    # Each row counted with the space under it, as the choice has always been made.
    best, lowest = 1, sum(alone) + down * len(alone)
    for columns in sorted(c for c in heights if c > 1):
        each = list(heights[columns])
        if _alone_at_the_end(len(each), columns):
            each[-1] = alone[-1]  # it takes the whole row
        if any(h > 2 * a for h, a in zip(each, alone, strict=True)):
            continue  # an answer squeezed into a tall narrow column
        rows = [each[i:i + columns] for i in range(0, len(each), columns)]
        height = sum(max(row) + down for row in rows)
        if height < lowest * 0.95:
            best, lowest = columns, height
    return best, lowest - down


class QuizBody(QWidget):
    finished = Signal(int, int)  # right answers, questions
    changed = Signal()  # other words on screen: a question, its answer, the score
    chosen = Signal(bool)  # an answer was chosen: whether it was right

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuizBody")
        self.questions: tuple[Question, ...] = ()
        self.current = self.right = 0
        self.answered: int | None = None  # the button tapped for the current question
        self._orders: list[tuple[Choice, ...]] = []  # each question's answers as shown
        self._metrics: theme.Metrics | None = None
        self._columns = self._placed = 0  # as the answers are placed in the grid
        self._tallest: dict[tuple[theme.Metrics, int, bool], int] = {}  # see tallest
        self._laid_out_for: tuple[object, ...] | None = None  # see resizeEvent
        self._reveal = False  # just answered: bring the explanation into view

        self.intro, self.progress, self.prompt, self.feedback = (WrapLabel() for _ in range(4))
        for label, name in ((self.intro, "quizIntro"), (self.progress, "quizProgress"),
                            (self.prompt, "quizPrompt"), (self.feedback, "quizFeedback")):
            label.setObjectName(name)
        self.intro.setTextFormat(Qt.TextFormat.MarkdownText)
        self.progress.setWordWrap(False)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.next = TouchButton("fa5s.arrow-right", "primary")
        self.next.put_icon_after()
        self.next.setObjectName("quizNext")
        self.next.clicked.connect(self._advance)
        # "Question 2 of 5" beside the question on a wide screen (a line of Nastaliq is
        # too tall to spend on it), above it on a narrow one.
        self._header = QBoxLayout(ACROSS)
        self._header.addWidget(self.prompt, 1)
        self._header.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        self.grid = QGridLayout()
        self.choices: list[ChoiceButton] = []
        # The verdict and the way on share a card, side by side on a wide screen, so the
        # explanation takes about the height of the intro it replaces.
        self.card = Card()
        self.card.setObjectName("quizCard")
        self._card_box = QBoxLayout(ACROSS, self.card)
        self._card_box.addWidget(self.feedback, 1)
        # Pushed to the reading end by a stretch: an alignment flag would follow the
        # button's own direction, which is turned round for its arrow.
        way_on = QHBoxLayout()
        way_on.addStretch(1)
        # Level with the verdict's first line, not the explanation's middle: after an
        # answer the quiz scrolls no further than keeps the right answer in view (or the
        # way on: see _reveal_target), and at the largest text that can leave the
        # card's last lines below.
        way_on.addWidget(self.next, 0, Qt.AlignmentFlag.AlignTop)
        self._card_box.addLayout(way_on)

        self.page = QWidget()
        column = QVBoxLayout(self.page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro)
        column.addLayout(self._header)
        column.addLayout(self.grid)
        column.addWidget(self.card)
        column.addStretch(1)
        self.scroll_area = finger_scroll(self.page)
        bar = self.scroll_area.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        # Whether the page overflows is measured here, before Qt has laid it out.
        self._more = MoreBelow(self.scroll_area, "quizMore", follows_range=False)
        self.more = self._more.button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignHCenter)
        # Made now, not when the quiz page is first turned to: making widgets is slow
        # enough to miss a frame.
        for position in range(MAX_CHOICES):
            button = ChoiceButton()
            button.setObjectName(f"choice{position}")
            button.clicked.connect(lambda _=False, i=position: self.choose(i))
            self.choices.append(button)
            self.grid.addWidget(button, position, 0)  # placed for real by _arrange
        for widget in (self.card, *self.choices):
            widget.hide()

    def measure_only(self) -> None:
        """Laid out to be measured, never seen (validate's text-fit pass): the answers'
        words are placed by their boxes, not centred on their ink."""
        for button in self.choices:
            button.centres_on_ink = False

    # -- the patient's progress ------------------------------------------------------

    def start(self, questions: tuple[Question, ...]) -> None:
        """A new go at the quiz (a new visit, or "Try again"): answers in a new order."""
        if questions is not self.questions:
            self._tallest.clear()
        self.questions = questions
        self.current = self.right = 0
        self.answered = None
        self._reveal = False
        self._orders = []
        for question in questions:
            order = list(question.choices)  # a copy: the pack's order is every visit's
            random.shuffle(order)
            self._orders.append(tuple(order))
        self._show()

    @property
    def done(self) -> bool:
        return self.current >= len(self.questions)

    def choose(self, index: int) -> None:
        if self.answered is not None or self.done or index >= len(self._orders[self.current]):
            return
        self.answered = index
        right = self._orders[self.current][index].correct
        self.right += right
        self._reveal = True
        self._show()
        self.chosen.emit(bool(right))

    def show_question(self, index: int) -> None:
        """Question ``index`` as a patient first sees it, unanswered (validate lays out
        every question this way; a patient gets there by answering the ones before)."""
        if 0 <= index < len(self.questions):
            self.current = index
            self.answered = None
            self._reveal = False
            self._show()

    def _advance(self) -> None:
        if self.done:
            self.start(self.questions)  # "Try again"
            return
        self.current += 1
        self.answered = None
        self._reveal = False
        if self.done:
            self.finished.emit(self.right, len(self.questions))
        self._show()

    # -- looks -------------------------------------------------------------------------

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        lang, gap = metrics.language, metrics.gap
        layout_of(self.page).setSpacing(gap)
        self.grid.setHorizontalSpacing(gap)
        self.grid.setVerticalSpacing(gap // 2)
        # The question larger than an answer, smaller than the page title ("Quiz"): it is
        # what the patient reads first, and long Urdu questions must keep to one line.
        for label, font, colour in (
                (self.intro, quiz_font(metrics, "body"), theme.INK),
                (self.progress, quiz_font(metrics, "small"), theme.MUTED),
                (self.prompt, quiz_font(metrics, "body", bold=True, scale=1.2), theme.NAVY),
                (self.feedback, quiz_font(metrics, "body"), theme.INK)):
            label.set_text_font(font, lang)
            paint_words(label, colour)
        pad = metrics.px(20)
        self._card_box.setContentsMargins(pad, pad * 3 // 4, pad, pad * 3 // 4)
        self._card_box.setSpacing(gap)
        self.card.line, self.card.radius = max(2, metrics.px(4)), metrics.px(24)
        # The arrow after the words, as the eye reads: the right in English, the left in Urdu.
        self.next.setLayoutDirection(Qt.LayoutDirection.LeftToRight if metrics.rtl
                                     else Qt.LayoutDirection.RightToLeft)
        self._more.apply_metrics(metrics, metrics.rtl)
        for button in self.choices:  # here, not on every tap: fonts and styles are slow
            button.apply(metrics)
        self._columns = 0  # measured again in the new font
        self._show()

    def _arrange(self) -> None:
        """Side by side on a wide screen, stacked on a narrow one."""
        wide = self.width() > self.height() * 1.1
        self._card_box.setDirection(ACROSS if wide else DOWN)
        self._header.setDirection(ACROSS if wide else QBoxLayout.Direction.BottomToTop)
        shown = [button for button in self.choices if button.choice is not None]
        columns = self._columns_for(shown) if wide and shown else 1
        if (columns, len(shown)) != (self._columns, self._placed):
            self._columns, self._placed = columns, len(shown)
            last = len(shown) - 1 if _alone_at_the_end(len(shown), columns) else -1
            for index, button in enumerate(self.choices):
                self.grid.removeWidget(button)
                self.grid.addWidget(button, index // columns, index % columns,
                                    1, columns if index == last else 1)
            for column in range(MAX_CHOICES):
                self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _columns_for(self, shown: list[ChoiceButton]) -> int:
        """As many answers to a row as makes them shortest (see ``_rows_for``)."""
        return _rows_for(self._heights(shown, self.width()),
                         self.grid.verticalSpacing())[0]

    def _heights(self, shown: list[ChoiceButton], width: int) -> dict[int, list[int]]:
        """Each answer's height one, two and three to a row of ``width``."""
        across = self.grid.horizontalSpacing()
        return {columns: [b.heightForWidth((width - across * (columns - 1)) // columns)
                          for b in shown]
                for columns in range(1, min(len(shown), 3) + 1)}

    def tallest(self, size: QSize) -> int:
        """The most height any question needs in a quiz of ``size``, unanswered, in
        whichever order of its answers needs most (each visit shuffles them anew).

        The page asks it at the larger text sizes, where its title may give way so
        that every question fits without scrolling (``page_layout.arrange``). Measured
        on the quiz's own labels and buttons, which are then shown as they were.
        """
        if not self.questions or self._metrics is None:
            return 0
        m = self._metrics
        wide = size.width() > size.height() * 1.1
        # The page asks twice, with its title and without: the same width, most often.
        key = (m, size.width(), wide)  # for these questions: start() forgets them
        if key in self._tallest:
            return self._tallest[key]
        self._header.setDirection(ACROSS if wide else QBoxLayout.Direction.BottomToTop)
        # The score screen hides "Question 1 of 5", and a layout counts only what is shown.
        self.progress.show()
        spacing, down = layout_of(self.page).spacing(), self.grid.verticalSpacing()
        most = 0
        for number, question in enumerate(self.questions):
            self.progress.setText(self._progress_words(number))
            self.prompt.setText(shown(question.prompt.get(m.language), m.language))
            self._header.invalidate()
            header = self._header.heightForWidth(size.width())
            buttons = self.choices[:len(question.choices)]
            for button, choice in zip(buttons, question.choices, strict=False):
                button.setText(choice.text.get(m.language))
            heights = self._heights(buttons, size.width())
            if not wide:
                heights = {1: heights[1]}
            for order in itertools.permutations(range(len(buttons))):
                ordered = {c: [h[i] for i in order] for c, h in heights.items()}
                most = max(most, header + spacing + _rows_for(ordered, down)[1])
        self._columns = self._placed = 0  # placed again for what is shown
        self._show()
        self._tallest[key] = most
        return most

    def spoken(self) -> list[Spoken]:
        """What the speaker button reads: the question and its answers in the order the
        buttons show them, or the verdict and why, or the score."""
        if not self.questions:
            return []
        if self.done:
            return [Say(self.prompt.text()), Say(self.feedback.text())]
        part = f"q{self.current + 1}"
        if self.answered is not None:
            right = self._orders[self.current][self.answered].correct
            return [Say(self.tr("That's right!") if right
                        else self.tr("Not quite. The right answer is marked.")),
                    Part(f"{part}.why")]
        language = self._metrics.language if self._metrics is not None else "en"
        question = self.questions[self.current]
        intro: list[Spoken] = [Part("page")] if self.intro.isVisibleTo(self) else []
        return [*intro, Part(part, question.prompt.get(language)),
                *(Part(part, choice.text.get(language))
                  for choice in self._orders[self.current])]

    def mark(self, sentence: str) -> None:
        """The answer being read aloud stands out, so a listener knows which button it is."""
        wanted = " ".join(sentence.split())
        for button in self.choices:
            button.set_marked(bool(wanted) and button.choice is not None and
                              " ".join(button.text().split()) == wanted)

    def _show(self) -> None:
        if self._metrics is None:
            return
        self.intro.hide()  # until the rest is in place and it is known whether it fits
        if self.questions and not self.done:
            self._show_question(self._metrics)
        else:  # the score, or a reset between patients: nothing of the last one stays
            for button in self.choices:
                button.hide()
                button.choice = None
            self.progress.hide()
            self.prompt.clear()
            self.card.setVisible(bool(self.questions))
            if self.questions:
                self._show_score(self._metrics)
        self._words_changed()
        self._update_overflow()
        self.changed.emit()

    def _show_question(self, m: theme.Metrics) -> None:
        order = self._orders[self.current]
        self.progress.setText(self._progress_words(self.current))
        self.progress.show()
        self.prompt.setText(shown(self.questions[self.current].prompt.get(m.language), m.language))
        for index, button in enumerate(self.choices):
            button.choice = order[index] if index < len(order) else None
            if button.choice is None:
                button.hide()
                continue
            button.setText(button.choice.text.get(m.language))
            if self.answered is None:
                button.set_state("open")
            elif button.choice.correct:
                button.set_state("right")
            else:
                button.set_state("wrong" if index == self.answered else "faded")
            button.show()
        self._arrange()  # measured from the words just set
        if self.answered is None:
            self.feedback.clear()
            self.card.hide()
            self._words_changed()
            self._place_intro()
            self.scroll_area.verticalScrollBar().setValue(0)  # a new question starts at its top
            return
        right = order[self.answered].correct
        verdict = (self.tr("That's right!") if right
                   else self.tr("Not quite. The right answer is marked."))
        explanation = self.questions[self.current].explanation.get(m.language)
        self.feedback.setText(verdict + " " + shown(explanation, m.language))
        last = self.current + 1 >= len(self.questions)
        self.next.setText(self.tr("See my score") if last else self.tr("Next question"))
        self.next.set_icon_name("fa5s.arrow-right")  # its arrow again, after "Try again"
        self.next.apply_metrics(m, m.rtl)
        self.card.edge = theme.TEAL if right else theme.SAND
        self.card.show()

    def _progress_words(self, number: int) -> str:
        return (self.tr("Question %1 of %2").replace("%1", str(number + 1))
                .replace("%2", str(len(self.questions))))

    def _place_intro(self) -> None:
        """The page's intro above the first question, if the answers still fit with it.

        It is a greeting and a reassurance, not the quiz: with large text it gives way
        rather than push the answers out of sight. The first answer takes it away.
        """
        wanted = self.current == 0 and self.answered is None and bool(self.intro.text())
        if wanted and self.width() > 0 and self.height() > 0:
            need = (self.page.heightForWidth(self.width()) + layout_of(self.page).spacing()
                    + self.intro.heightForWidth(self.width()))
            wanted = need <= self.height()
        self.intro.setVisible(wanted)

    def _words_changed(self) -> None:
        """Forget the heights the quiz's layouts gave for the words before.

        A layout keeps each height it answered until Qt next lays it out (a posted event),
        and a layout inside another is not told when its widgets' words change: a quiz
        opened after another of the same size was measured with the last one's answers,
        and kept its intro, which pushed two answers off a portrait screen at the
        largest text. (A resize comes from a layout pass: the heights are fresh then.)
        """
        for layout in (self.grid, self._header, self._card_box, layout_of(self.page)):
            layout.invalidate()

    def _show_score(self, m: theme.Metrics) -> None:
        self.prompt.setText(self.tr("You answered %1 of %2 correctly.")
                            .replace("%1", str(self.right))
                            .replace("%2", str(len(self.questions))))
        # Quizzes are on every topic now: the words praise the answers, not a subject.
        if self.right == len(self.questions):
            kind = self.tr("Well done! You got every answer right.")
        elif self.right * 2 >= len(self.questions):
            kind = self.tr("Good work. The pages of this topic explain the ones you missed.")
        else:
            kind = self.tr("Thank you for trying. Every page you read helps.")
        self.feedback.setText(kind + "\n" + self.tr("Have a question? Ask your doctor."))
        self.next.setText(self.tr("Try again"))
        self.next.set_icon_name("fa5s.redo")
        self.next.apply_metrics(m, m.rtl)
        self.card.edge = theme.NAVY
        self.scroll_area.verticalScrollBar().setValue(0)

    # -- too tall for the screen (large text) ----------------------------------------

    def _update_overflow(self) -> None:
        self._more.set_overflow(self.page.heightForWidth(self.width()) > self.height())

    def _range_changed(self, _low: int, high: int) -> None:
        # The explanation has just been laid out below the answers: slide it into view
        # once every layout pass has run. The first range can come from a pass with the
        # words not yet at their final heights (121 px, where the quiz then grew to 580).
        if self._reveal and high > 0 and self.card.isVisible():
            QTimer.singleShot(0, self, self._slide_to_explanation)
        self._update_overflow()

    def _slide_to_explanation(self) -> None:
        high = self.scroll_area.verticalScrollBar().maximum()
        if self._reveal and high > 0 and self.card.isVisible():
            self._reveal = False  # once: then the patient's finger decides
            QScroller.scroller(self.scroll_area.viewport()).scrollTo(
                QPointF(0, self._reveal_target(high)), 400)

    def _reveal_target(self, high: int) -> int:
        """How far to scroll once an answer is marked: as far as shows most of the
        explanation, never past its first line, and never past the top of the right
        answer, which the verdict says is marked (scrolled to the card, it was 7% in
        view in 26 of 34 wrong answers at the largest Urdu at 1366×768). Where they do
        not all fit, the verdict's first line and the way on come first: they say what
        to look for and where to go (on a narrow screen Next is under the explanation,
        and kept to the right answer it showed 15% of itself at 768×1024)."""
        card = self.card.y()
        right = next((b for b in self.choices if b.isVisible() and b.choice is not None
                      and b.choice.correct), None)
        keeps_right = card if right is None else \
            right.mapTo(self.page, QPoint(0, 0)).y() - self.grid.verticalSpacing()
        verdict = (card + self.feedback.y() + self.feedback.contentsMargins().top()
                   + self.feedback.fontMetrics().height())
        way_on = self.next.mapTo(self.page, QPoint(0, self.next.height())).y()
        view = self.scroll_area.viewport().height()
        needed = max(verdict, way_on) - view  # the least scroll that shows both
        return max(0, min(high, card, keeps_right), min(high, card, needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._metrics is not None and self.questions:
            # The page viewer lays the next quiz out while the patient reads the page
            # before; Qt then sends the same size again when it is shown. Measuring the
            # answers again for it was most of a turn to a quiz (heights of every answer
            # at every column count, in Nastaliq).
            key = (self.size().toTuple(), self._metrics, id(self.questions), self.current,
                   self.answered, self.done, self.intro.text(),
                   tuple(b.choice for b in self.choices))
            if key != self._laid_out_for:
                self._laid_out_for = key
                self._columns = 0  # measured again for the new width
                self._arrange()
                if not self.done and self.answered is None:
                    self.intro.hide()  # measured without it
                    self._place_intro()
        self._update_overflow()
