"""The bar on every screen: Home, the language switch and the text size.

The bar's left end stays blank, as wide as the staff corner: staff hold a finger there to
open the PIN pad (kiosk/_qt/staff/gesture.py), and the bar mirrors in Urdu, so Home in
English and the language button in Urdu would otherwise sit in that corner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QWidget

from kiosk._qt import theme
from kiosk._qt.dot_room import room_for_dots
from kiosk._qt.session import Session
from kiosk._qt.staff.gesture import corner_size
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.language_chooser import LanguageChooser
from kiosk._qt.widgets.owned import layout_of
from kiosk.core import languages
from kiosk.core.languages import name_of as language_name


class TopBar(QWidget):
    homeRequested = Signal()
    aboutRequested = Signal()  # where this comes from, and who checked it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("TopBar")
        self.home = TouchButton("fa5s.home", "primary")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a pack's words, and its line break
        # The pack's name is a nicety: it gives way (and hides on a narrow portrait
        # screen) rather than push the buttons off the edge.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.language = TouchButton("fa5s.language", "secondary")
        self.text_size = TouchButton("fa5s.text-height", "secondary")
        # Black on white, darker colours: a picture only (a half-dark circle), as on phones.
        self.contrast = TouchButton("fa5s.adjust", "secondary")
        self.contrast.setObjectName("contrast")
        self.about = TouchButton("fa5s.info-circle", "secondary")
        self.about.setObjectName("about")
        # A blank at each end (sized in retranslate); only the one on the screen's left is
        # kept, so the staff corner stays blank in either direction and a narrow portrait
        # bar loses no more room than that. Spacers, not widgets: a touch there lands on
        # the bar's own background.
        self.blank_ends = (QSpacerItem(0, 0), QSpacerItem(0, 0))
        layout = QHBoxLayout(self)
        layout.addItem(self.blank_ends[0])
        layout.addWidget(self.home)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.text_size)
        layout.addWidget(self.contrast)
        layout.addWidget(self.about)
        layout.addWidget(self.language)
        layout.addItem(self.blank_ends[1])
        self.home.clicked.connect(self.homeRequested)
        self.about.clicked.connect(self.aboutRequested)
        self.language.clicked.connect(self._language_tapped)
        self.chooser: LanguageChooser | None = None  # made on the first tap that needs it
        self._metrics: theme.Metrics | None = None
        self.text_size.clicked.connect(self.session.cycle_text_scale)
        self.contrast.clicked.connect(
            lambda: self.session.set_high_contrast(not self.session.high_contrast))
        self.setAutoFillBackground(True)

    def _language_tapped(self) -> None:
        others = self.session.other_languages()
        if len(others) <= 1:
            self.session.set_language(self.session.other_language())
            return
        if self.chooser is None:
            self.chooser = LanguageChooser(self.window())
            self.chooser.chosen.connect(self._chosen)
        assert self._metrics is not None
        self.chooser.open(self.session.pack.languages, self.session.language, self._metrics)

    def _chosen(self, code: str) -> None:
        if code in self.session.pack.languages:  # not a language of a pack gone since
            self.session.set_language(code)

    def close_chooser(self) -> None:
        if self.chooser is not None:
            self.chooser.hide()

    def _fit_title(self) -> None:
        # Decided again as the bar is resized: the first patient's bar was set up before
        # it had its width, and showed no title for the whole visit.
        metrics = self._metrics
        if metrics is None:  # not yet set up
            return
        title = room_for_dots(self.session.pack.title.get(self.session.language),
                              self.session.language)
        spare = self._give_words(self.width() - 7 * metrics.gap
                                 - max(0, corner_size(self.window()) - metrics.gap))
        margins = layout_of(self).contentsMargins()
        self.title.setText(self._lines_for(title, spare,
                                           self.height() - margins.top() - margins.bottom()))

    def _give_words(self, room: int) -> int:
        """Words on as many buttons as ``room`` (the bar less its gaps and blank corner)
        holds, the language button's first: squeezed alike, a portrait bar left every
        button a picture in a button wider than a finger. What is left is returned."""
        wordy = [button for button in (self.language, self.text_size, self.about)
                 if button.isVisibleTo(self)]
        # Each button's least (its icon alone; all of it for words that never give way)
        # first, then words by what a reader most needs named: their language first.
        # Decided before anything is applied, so a resize lays the bar out once.
        room -= self.home.sizeHint().width() + self.contrast.sizeHint().width()
        room -= sum(button.minimumSizeHint().width() for button in wordy)
        for button in wordy:
            more = button.full_width() - button.minimumSizeHint().width()
            button.drop_words(more > room)
            if more <= room:
                room -= more
        return room

    def _lines_for(self, title: str, width: int, height: int) -> str:
        """The title on one line, or on two as even as its words allow, or nothing (the
        space is kept; the buttons stay their own size)."""
        font = self.title.fontMetrics()
        if font.horizontalAdvance(title) <= width:
            return title
        # Not Nastaliq: its letters climb above the line and its tails hang below, and two
        # lines at a label's plain spacing would touch.
        words = [word for word in title.split(" ") if word]  # a no-break space holds
        if (languages.script_of(self.session.language) == "nastaliq" or len(words) < 2
                or 2 * font.lineSpacing() > height):
            return ""
        splits = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
        fitting = [lines for lines in splits
                   if max(font.horizontalAdvance(line) for line in lines) <= width]
        if not fitting:
            return ""
        return "\n".join(min(fitting, key=lambda lines: max(map(font.horizontalAdvance, lines))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        layout = layout_of(self)
        layout.setContentsMargins(metrics.gap, metrics.gap // 2, metrics.gap, metrics.gap // 2)
        layout.setSpacing(metrics.gap)
        # The margin counts towards the blank: the first button starts where the corner ends.
        blank = max(0, corner_size(self.window()) - metrics.gap)
        left = 1 if self.session.rtl else 0  # the layout mirrors: its last item is on the left
        for index, end in enumerate(self.blank_ends):
            end.changeSize(blank if index == left else 0, 0,
                           QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        layout.invalidate()
        # On, it looks pressed in: filled, like the other screens' chosen options.
        self.contrast.set_look("primary" if self.session.high_contrast else "secondary")
        for button in (self.home, self.language, self.text_size, self.contrast, self.about):
            button.apply_metrics(metrics, self.session.rtl)
        self.home.setText(self.tr("Home"))
        self.text_size.set_words(self.tr("Text size"))
        self.about.set_words(self.tr("Sources"))
        self.about.setAccessibleName(self.tr("Where this comes from"))
        self.about.setAccessibleDescription(self.tr("The sources of this information, and "
                                                    "who checked it"))
        others = self.session.other_languages()
        self.language.setVisible(bool(others))
        if len(others) == 1:
            # The other language's name in its own script: a reader who cannot read this
            # one still finds theirs.
            own = theme.Metrics(metrics.unit, others[0])
            self.language.set_lasting_words(language_name(others[0]))
            self.language.setFont(own.font("button", bold=own.has_bold, scalable=False))
        elif others:
            # Each name in its own font, on the card the button opens: one button with
            # names in three scripts would draw one of them in another script's font.
            self.language.set_words(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Switch language"))
        self.contrast.setAccessibleName(self.tr("High contrast: on") if self.session.high_contrast
                                        else self.tr("High contrast: off"))
        self.contrast.setAccessibleDescription(self.tr("Black words on white, darker colours"))
        self.title.setFont(metrics.font("small", scalable=False))
        self.title.setStyleSheet(f"color: {theme.MUTED.name()};")
        self._fit_title()
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.CARD)
        self.setPalette(palette)
