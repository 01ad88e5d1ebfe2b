"""'Self or nonself?': the patient sorts cells one at a time, as the immune system does.

Each cell is a healthy body cell (a self marker, its ID card: leave it), a germ (nonself
markers: B cells' antibodies grip them) or a body cell with a virus inside (virus bits on
its surface: a T cell attacks it). A wrong sort is possible, and its explanation teaches;
the round ends in a kind score, then optionally what goes wrong in autoimmune disease.
The drawing is shapes only; every word is a translated label under it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.widgets.animation import FrameClock
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.game_cells import PlayArea
from kiosk._qt.widgets.quiz_parts import paint_words
from kiosk._qt.widgets.wraplabel import WrapLabel
from kiosk.core.reading import Part, Say, Spoken

# A fixed mix, so every round teaches all three answers; only the order changes.
MIX = ("healthy",) * 3 + ("germ",) * 3 + ("infected",) * 2
SHOULD_ATTACK = {"healthy": False, "germ": True, "infected": True}
# The height of the cells' band, for a 1080-pixel short side: the least the page should
# give the game (the patient is asked to look at a cell's markers, a tenth of a cell
# across), and the least at which it draws them at all.
CELLS_LEAST = 180
CELLS_SMALLEST = 110


class SortingGame(QWidget):
    answered = Signal(str, bool)  # the cell's kind, and whether the patient sorted it right
    finished = Signal(int, int)  # cells sorted right, cells in the round
    changed = Signal()  # other words on screen: the question, the answer, the score

    def __init__(self, parent: QWidget | None = None, rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SortingGame")
        self.rng = rng or random.Random()
        self.order: list[str] = []
        self.results: list[bool] = []  # one per sorted cell: was it sorted right?
        self.index = 0
        self.stage = "ask"  # ask, told (the answer is explained), score, autoimmune
        self.told_at = -10.0
        self._metrics: theme.Metrics | None = None
        self.area = PlayArea(self)
        self.clock = FrameClock(self, self.area)
        self.message = WrapLabel()
        self.message.setObjectName("gameMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self._probe = WrapLabel(self)  # measures messages off screen (see _arrange)
        self._probe.hide()
        self.leave = self._button("leave", "fa5s.check", "secondary", lambda: self.sort(False))
        self.attack = self._button("attack", "fa5s.shield-alt", "secondary",
                                   lambda: self.sort(True))
        self.next = self._button("nextCell", "fa5s.arrow-right", "primary", self.advance)
        self.again = self._button("playAgain", "fa5s.redo", "secondary", self.restart)
        self.why = self._button("autoimmune", "fa5s.eye", "secondary", self.toggle_autoimmune)
        self.buttons = (self.leave, self.attack, self.next, self.again, self.why)
        self.controls = QWidget()
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.controls)
        self._row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:
            self._row.addWidget(button, 1)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.area, 1)
        self._column.addWidget(self.message)
        self._column.addWidget(self.controls)
        self.restart()

    def _button(self, name: str, icon: str, style: str, slot: Callable[[], object]) -> TouchButton:
        button = TouchButton(icon, style)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- the round -------------------------------------------------------------------

    def seconds(self) -> float:
        return self.clock.seconds()

    @property
    def kind(self) -> str:
        return self.order[min(self.index, len(self.order) - 1)]

    @property
    def was_right(self) -> bool:
        return self.index < len(self.results) and self.results[self.index]

    @property
    def autoimmune(self) -> bool:
        return self.stage == "autoimmune"

    def restart(self) -> None:
        """A new round from the first cell, in a new order (Play again, the next patient)."""
        order = list(MIX)
        self.rng.shuffle(order)
        while order == self.order:  # Play again should look new; 1 in 560 needs a reshuffle
            self.rng.shuffle(order)
        self.order, self.results, self.index, self.stage = order, [], 0, "ask"
        self._refresh()

    reset = restart

    def toggle_autoimmune(self) -> None:
        """After the round: the immune system attacking a healthy cell; again: a new round."""
        if self.autoimmune:
            self.restart()
            return
        self.stage, self.told_at = "autoimmune", self.seconds()
        self._refresh()

    def sort(self, attack: bool) -> None:
        if self.stage != "ask":
            return  # a second finger on the other button must not count twice
        right = SHOULD_ATTACK[self.kind] == attack
        self.results.append(right)
        self.stage, self.told_at = "told", self.seconds()
        self._refresh()
        self.answered.emit(self.kind, right)

    def advance(self) -> None:
        if self.stage != "told":
            return
        self.index += 1
        self.stage = "score" if self.index >= len(self.order) else "ask"
        self._refresh()
        if self.stage == "score":
            self.finished.emit(sum(self.results), len(self.order))

    # -- words and layout ------------------------------------------------------------

    def _texts(self, right: int | None = None) -> dict[str, str]:
        """Every message, the score's for ``right`` cells sorted right (this round's)."""
        count = len(self.order)
        right = sum(self.results) if right is None else right
        score = self.tr("You sorted %1 of %2 correctly.").replace("%1", str(right))
        praise = (self.tr("Well done! You sort cells like a real immune system.")
                  if right == count else self.tr("Good try! Every mistake helps you learn."))
        return {
            "ask": self.tr("Is this cell safe, or a danger? Look at its markers."),
            "healthy right": self.tr("Right! A healthy cell of yours, with its self marker. "
                                     "It is left alone."),
            "germ right": self.tr("Right! A germ. Antibodies from B cells stick to it, so it "
                                  "can be destroyed."),
            "infected right": self.tr("Right! A virus is inside this cell. A T cell attacks "
                                      "it, to stop the virus spreading."),
            "healthy wrong": self.tr("Look again: this is a healthy cell of yours, with its "
                                     "self marker. It should be left alone."),
            "germ wrong": self.tr("Look closely: this is a germ, with nonself markers. "
                                  "B cells make antibodies against it."),
            "infected wrong": self.tr("Look closely: this cell of yours has a virus inside. "
                                      "A T cell attacks it, to stop the virus spreading."),
            "score": score.replace("%2", str(count)) + "\n" + praise,
            "autoimmune": self.tr("In autoimmune disease, the immune system attacks healthy "
                                  "cells of your own by mistake."),
        }

    def _shown(self, stage: str | None = None) -> tuple[TouchButton, ...]:
        """The buttons of ``stage`` (this one's)."""
        return {"ask": (self.leave, self.attack), "told": (self.next,),
                "score": (self.again, self.why),
                "autoimmune": (self.again,)}[stage or self.stage]

    def _in_a_row(self, buttons: tuple[TouchButton, ...], width: int) -> bool:
        """Whether ``buttons`` fit side by side in ``width`` (else they are stacked)."""
        return sum(b.sizeHint().width() for b in buttons) + \
            self._row.spacing() * (len(buttons) - 1) <= width

    def _refresh(self) -> None:
        told = f"{self.kind} {'right' if self.was_right else 'wrong'}"
        self.message.setText(self._texts()[told if self.stage == "told" else self.stage])
        last = self.index + 1 >= len(self.order)
        self.next.setText(self.tr("See my score") if last else self.tr("Next cell"))
        if self._metrics is not None:
            self._arrange()  # first: in the old row direction the new buttons may not fit
        shown = self._shown()
        # Hide before showing: both sets in one row, even for a moment, widen the window.
        for button in self.buttons:
            if button not in shown:
                button.hide()
        for button in shown:
            button.show()
        self.area.update()
        self.changed.emit()

    def spoken(self) -> list[Spoken]:
        """The game's words for the speaker button; its instructions are the page's."""
        first = self.stage == "ask" and self.index == 0
        return [*([Part("page")] if first else []), Say(self.message.text())]

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        rtl = metrics.rtl
        self._column.setSpacing(metrics.gap // 2)
        # Its answers are tapped in a hurry, above Back and Listen: a whole gap between
        # them and between the rows (half a gap, 4 px at 1366x768, invited the wrong one).
        self._column.setContentsMargins(0, 0, 0, metrics.gap)
        self._row.setSpacing(metrics.gap)
        self.area.setMinimumHeight(metrics.px(CELLS_SMALLEST))
        for label in (self.message, self._probe):
            label.set_text_font(metrics.font("body"), metrics.language)
        paint_words(self.message, theme.INK)  # not a style sheet: it resets Nastaliq's margins
        self.leave.setText(self.tr("Leave it"))
        self.attack.setText(self.tr("Attack it"))
        self.again.setText(self.tr("Play again"))
        self.why.setText(self.tr("What is autoimmune disease?"))
        # The arrow goes after the word, whichever way the patient reads.
        self.next.setLayoutDirection(Qt.LayoutDirection.LeftToRight if rtl
                                     else Qt.LayoutDirection.RightToLeft)
        for button in self.buttons:
            button.apply_metrics(metrics, rtl)
        self._refresh()

    def _arrange(self) -> None:
        """Buttons side by side when they fit, else stacked; one message height all round."""
        width = self.width()
        direction = (QBoxLayout.Direction.LeftToRight if self._in_a_row(self._shown(), width)
                     else QBoxLayout.Direction.TopToBottom)
        if self._row.direction() != direction:
            self._row.setDirection(direction)
        # Room for the tallest message, so an answer never shrinks the picture under the
        # patient's eyes (Urdu's tall lines make the messages differ by a whole line).
        self.message.setMinimumHeight(self._tallest_message(width, self._texts().values()))

    def _tallest_message(self, width: int, texts: Iterable[str]) -> int:
        tallest = 0
        for text in texts if width > 0 else ():
            self._probe.setText(text)
            tallest = max(tallest, self._probe.heightForWidth(width))
        return tallest

    def cells_room(self, size: QSize) -> int:
        """How tall the cells' band would be in a game of ``size``, at its shortest: below
        it the tallest message of any round, and the tallest row of buttons."""
        width, spacing = size.width(), self._row.spacing()
        rows = []
        for stage in ("ask", "told", "score", "autoimmune"):
            shown = self._shown(stage)
            heights = [button.sizeHint().height() for button in shown]
            rows.append(max(heights) if self._in_a_row(shown, width)
                        else sum(heights) + spacing * (len(heights) - 1))
        # Whatever this round's score: the page keeps the game's size for every patient
        # (it was measured in one patient's round and kept for the next), and a perfect
        # round's praise, the longer, takes room from the cells when it shows.
        count = len(self.order)
        texts = {*self._texts(count).values(), *self._texts(count - 1).values()}
        return (size.height() - self._tallest_message(width, texts) - max(rows)
                - 2 * self._column.spacing() - self._column.contentsMargins().bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._metrics is not None and event.size().width() != event.oldSize().width():
            self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The messages' words changed language: the room kept for the tallest must follow
        # (measured in the old language, an Urdu message was given an English one's room).
        if event.type() == QEvent.Type.LanguageChange and self._metrics is not None:
            self._arrange()

    def setVisible(self, visible: bool) -> None:
        # Qt lays a widget out as it shows it, before the resize event a hidden widget was
        # owed; arranging for that width now keeps a stale one from widening the window.
        if visible and self._metrics is not None:
            self._arrange()
        super().setVisible(visible)
