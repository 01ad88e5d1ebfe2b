"""A short quiz: one question at a time, big answer buttons, kind feedback, a gentle score."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk._qt import icons, theme
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core.model import Question


class ChoiceButton(QAbstractButton):
    """An answer: a wrapped label inside a big rounded button, so long Urdu never clips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = WrapLabel(self)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.mark = WrapLabel(self)
        self.mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.state = "open"  # open, right, wrong, faded

    def text(self) -> str:  # the words on the button, like a QPushButton's
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def apply(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self.label.set_text_font(metrics.font("body", bold=metrics.language != "ur"),
                                 metrics.language)
        pad = metrics.px(18)
        self.layout().setContentsMargins(pad * 2, pad // 2, pad * 2, pad // 2)
        self.setMinimumHeight(metrics.target)
        self._style()

    def set_state(self, state: str) -> None:
        self.state = state
        self._style()

    def _style(self) -> None:
        colours = {"open": (theme.CARD, theme.NAVY), "right": (theme.TEAL, theme.CARD),
                   "wrong": (theme.SAND, theme.NAVY), "faded": (theme.PAPER, theme.MUTED)}
        background, ink = colours[self.state]
        self.label.setStyleSheet(f"color: {ink.name()};")
        self._background = background
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        return max(self.minimumHeight(),
                   self.label.heightForWidth(inner) + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def paintEvent(self, event) -> None:
        from PySide6.QtGui import QPainter, QPen

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(theme.NAVY)
        pen.setWidth(3)
        painter.setPen(pen)
        painter.setBrush(self._background)
        radius = min(self.height() / 2, 40)
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), radius, radius)
        painter.end()


class QuizBody(QWidget):
    finished = Signal(int, int)  # right answers, questions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuizBody")
        self.questions: tuple[Question, ...] = ()
        self.current = 0
        self.right = 0
        self.answered: int | None = None  # the choice tapped for the current question
        self._metrics: theme.Metrics | None = None
        self.intro = WrapLabel()
        self.intro.setObjectName("quizIntro")
        self.intro.setTextFormat(Qt.TextFormat.MarkdownText)
        self.progress = WrapLabel()
        self.prompt = WrapLabel()
        self.prompt.setObjectName("quizPrompt")
        self.choices: list[ChoiceButton] = []
        self.choice_box = QVBoxLayout()
        self.feedback = WrapLabel()
        self.feedback.setObjectName("quizFeedback")
        self.next = TouchButton("fa5s.arrow-right", "primary")
        self.next.setObjectName("quizNext")
        self.next.clicked.connect(self._advance)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.prompt)
        layout.addLayout(self.choice_box)
        layout.addWidget(self.feedback)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.next)
        layout.addLayout(row)
        layout.addStretch(1)
        # Made now, not when the quiz page is first turned to: four is the most a
        # question may have (schema), and making widgets is slow enough to miss a frame.
        for index in range(4):
            self._choice(index).hide()

    def start(self, questions: tuple[Question, ...]) -> None:
        self.questions = questions
        self.current = 0
        self.right = 0
        self.answered = None
        self._show()

    @property
    def done(self) -> bool:
        return self.current >= len(self.questions)

    def choose(self, index: int) -> None:
        if self.answered is not None or self.done:
            return
        self.answered = index
        if self.questions[self.current].choices[index].correct:
            self.right += 1
        self._show()

    def _advance(self) -> None:
        if self.done:
            self.start(self.questions)  # "Try again"
            return
        self.current += 1
        self.answered = None
        if self.done:
            self.finished.emit(self.right, len(self.questions))
        self._show()

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self.layout().setSpacing(metrics.gap)
        self.choice_box.setSpacing(metrics.gap // 2)
        self.intro.set_text_font(metrics.font("body"), metrics.language)
        self.intro.setStyleSheet(f"color: {theme.INK.name()};")
        self.progress.set_text_font(metrics.font("small"), metrics.language)
        self.progress.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.prompt.set_text_font(metrics.font("title", bold=metrics.language != "ur"),
                                  metrics.language)
        self.prompt.setStyleSheet(f"color: {theme.NAVY.name()};")
        self.feedback.set_text_font(metrics.font("body"), metrics.language)
        self.feedback.setStyleSheet(f"color: {theme.INK.name()};")
        self.next.apply_metrics(metrics, metrics.language == "ur")
        for button in self.choices:  # here, not on every tap: fonts and styles are slow
            button.apply(metrics)
        self._show()

    def _choice(self, index: int) -> ChoiceButton:
        while len(self.choices) <= index:
            button = ChoiceButton()
            position = len(self.choices)
            button.setObjectName(f"choice{position}")
            button.clicked.connect(lambda _=False, i=position: self.choose(i))
            self.choices.append(button)
            self.choice_box.addWidget(button)
        return self.choices[index]

    def _show(self) -> None:
        m = self._metrics
        if m is None or not self.questions:
            return
        lang = m.language
        rtl = lang == "ur"
        self.intro.setVisible(self.current == 0 and self.answered is None)
        if self.done:
            self.progress.setText("")
            self.prompt.setText(self.tr("You answered %1 of %2 correctly.")
                                .replace("%1", str(self.right))
                                .replace("%2", str(len(self.questions))))
            for button in self.choices:
                button.hide()
            kind = (self.tr("Well done! You know a lot about your immune system.")
                    if self.right * 2 >= len(self.questions) else
                    self.tr("Thank you for trying. Every page you read helps."))
            self.feedback.setText(kind + "\n\n" + self.tr("Have a question? Ask your doctor."))
            self.next.setText(self.tr("Try again"))
            self.next.setIcon(icons.icon("fa5s.redo", theme.CARD))
            return
        question = self.questions[self.current]
        self.progress.setText(self.tr("Question %1 of %2").replace("%1", str(self.current + 1))
                              .replace("%2", str(len(self.questions))))
        self.prompt.setText(question.prompt.get(lang))
        for index, choice in enumerate(question.choices):
            button = self._choice(index)
            button.setText(choice.text.get(lang))
            button.show()
            if self.answered is None:
                button.set_state("open")
            elif choice.correct:
                button.set_state("right")
            elif index == self.answered:
                button.set_state("wrong")
            else:
                button.set_state("faded")
        for button in self.choices[len(question.choices):]:
            button.hide()
        if self.answered is None:
            self.feedback.setText("")
            self.next.hide()
        else:
            right = question.choices[self.answered].correct
            verdict = (self.tr("That's right!") if right
                       else self.tr("Not quite. The right answer is marked."))
            self.feedback.setText(verdict + " " + question.explanation.get(lang))
            last = self.current + 1 >= len(self.questions)
            self.next.setText(self.tr("See my score") if last else self.tr("Next question"))
            self.next.apply_metrics(m, rtl)
            self.next.show()
