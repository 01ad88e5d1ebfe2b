"""Who says so: where a page's facts come from, and who has checked the information.

A patient who taps the information button on a page sees that page's sources in words
they can weigh ("the UK's National Health Service", "a medical research article") and
when a doctor last checked it; on the topics screen, the same for the whole pack. An
unchecked pack says so: patients deserve to know a doctor has not yet read it.

"This does not replace your doctor; in an emergency, call ..." and who checked it come
before the sources, in that order: a page's list of sources can run past the screen, and
those lines are the ones a patient must not miss (at the largest Urdu text on a 1366×768
screen, only the first of them is whole on screen).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.session import Session
from kiosk._qt.staff.common import label, say, style_label
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.more_below import MoreBelow, finger_scroll
from kiosk._qt.widgets.owned import layout_of
from kiosk.core.languages import name_of as language_name
from kiosk.core.model import Page, fill_placeholders
from kiosk.core.sources import describe


class AboutScreen(QWidget):
    """Sources and review, for one page or for the whole pack."""

    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutScreen")
        self.session = session
        self.page: Page | None = None  # None: the whole pack
        self.heading = label("aboutHeading")
        self.sources = label("aboutSources")
        self.checked = label("aboutChecked")
        self.advice = label("aboutAdvice")
        self.back = TouchButton("fa5s.arrow-left", "primary")
        self.back.setObjectName("aboutBack")
        self.back.clicked.connect(self.closed)
        content = QWidget()  # sized by its words' height (finger_scroll)
        inner = QVBoxLayout(content)
        for widget in (self.heading, self.advice, self.checked, self.sources):
            inner.addWidget(widget)
        inner.addStretch(1)
        self._inner = inner
        area = finger_scroll(content)
        self.more = MoreBelow(area, "aboutMore")
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.more.button)
        row.addStretch(1)
        self._row = row
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addLayout(row)
        self._metrics: theme.Metrics | None = None

    def show_for(self, page: Page | None) -> None:
        self.page = page
        if self._metrics is not None:
            self.retranslate(self._metrics)

    def retranslate(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        pack = self.session.pack
        language = self.session.language
        if self.page is None:
            self.heading.setText(self.tr("About this information"))
            keys = list(pack.sources)
            intro = self.tr("“%1”, version %2, was written from %3 sources: health services, "
                            "medicine regulators and medical research. Each page shows its "
                            "own: tap the information button on a page.") \
                .replace("%1", pack.title.get(language)).replace("%2", str(pack.version)) \
                .replace("%3", str(len(keys)))
            self.sources.setText(intro)
        else:
            self.heading.setText(self.tr("Where “%1” comes from")
                                 .replace("%1", self.page.title.get(language)))
            # Three pages of one website read as one source, with its three keys: the
            # same line three times over looked like a mistake.
            by_place: dict[tuple[str, str], list[str]] = {}
            for key in self.page.sources:
                source = describe(key, pack.sources.get(key, key))
                by_place.setdefault((say(source.kind), source.where), []).append(key)
            lines = [self.tr("This page was written from:")]
            lines += [f"• {kind}: \u2066{where}\u2069 (\u2066{', '.join(keys)}\u2069)"
                      for (kind, where), keys in by_place.items()]
            self.sources.setText("\n".join(lines))
        self.checked.setText(self._review_words())
        placeholders = self.session.settings.placeholders()
        self.advice.setText(fill_placeholders(self.tr(
            "This kiosk explains; it does not replace your doctor. Ask your doctor about "
            "anything here. In an emergency, call {emergency_number}."), placeholders))
        # At the patient's text size: who chose large text reads these lines too.
        style_label(self.heading, metrics, "title", bold=True, scalable=True)
        for widget in (self.sources, self.checked, self.advice):
            style_label(widget, metrics, "body", scalable=True)
        self.back.setText(self.tr("Back"))
        self.back.apply_metrics(metrics, self.session.rtl)
        self.more.apply_metrics(metrics, self.session.rtl)
        # Each page's sources start at the top, under who checked them.
        self.more.to_top()
        gap = metrics.gap
        self._inner.setContentsMargins(gap, gap, gap, gap)
        self._inner.setSpacing(gap)
        layout_of(self).setContentsMargins(0, 0, 0, gap // 2)
        self._row.setContentsMargins(gap, 0, gap, 0)

    def _review_words(self) -> str:
        review = self.session.pack.review
        clinician = review.latest("clinician")
        translator = review.latest("translator")
        lines = []
        if clinician is None:
            lines.append(self.tr("No doctor has checked this information yet. It is waiting "
                                 "for a doctor's review, so ask your doctor before you act "
                                 "on it."))
        else:
            lines.append(self.tr("Checked by %1, a doctor, on %2. Next check due by %3.")
                         .replace("%1", clinician.by).replace("%2", clinician.on.isoformat())
                         .replace("%3", review.next_review.isoformat()))
        pack = self.session.pack
        language = self.session.language
        other = pack.translation_reviews.get(language)
        if language not in ("en", "ur") and language in pack.languages:
            # A reader of a third language is told about the words in front of them.
            name = language_name(language)
            if other is None or other.on is None:
                lines.append(self.tr("The %1 has not yet been checked by a medical translator.")
                             .replace("%1", name))
            else:
                lines.append(self.tr("The %1 was checked by %2, a medical translator, on %3.")
                             .replace("%1", name).replace("%2", other.by)
                             .replace("%3", other.on.isoformat()))
        elif "ur" not in pack.languages:
            pass  # a pack without Urdu: nothing to say of a translation into it
        elif translator is None:
            lines.append(self.tr("The Urdu has not yet been checked by a medical translator."))
        else:
            lines.append(self.tr("The Urdu was checked by %1, a medical translator, on %2.")
                         .replace("%1", translator.by)
                         .replace("%2", translator.on.isoformat()))
        return "\n".join(lines)
