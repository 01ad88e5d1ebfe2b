"""Laying a pack's pages out on the kiosk's own screens to see what does not fit: the
measuring half of the text-fit pass (``kiosk._qt.staff.textfit`` runs the pass).

Each language's pages are measured in hidden page viewers the size of the kiosk's screen
area, landscape, portrait and a cheap monitor's, with the kiosk's fonts and its own
button words in that language. What counts as "does not fit" is what a patient would
lose: a topic title cut on its tile, an answer button too narrow for its words, or page
text that does not fit on one screen beside the smallest picture at the default text
size (a patient would have to turn to a second screen to read its last lines, and those
are often the safety lines).

Sizes are given for a 1080-pixel short side; 1366×768 and 3840×2160 screens are the
same shapes scaled, and the kiosk's type scales with them.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager

from PySide6.QtCore import (
    QMessageLogContext,
    QSize,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.app_for_tools import ensure_application
from kiosk._qt.i18n import Translations
from kiosk._qt.screens.home import HomeScreen
from kiosk._qt.screens.page_layout import Arrangement
from kiosk._qt.screens.page_viewer import PageViewer
from kiosk._qt.session import Session
from kiosk._qt.settle import run_posted_events
from kiosk.core.language_words import language_for_staff
from kiosk.core.model import Pack, PageKind, Topic, is_rtl
from kiosk.core.packdir import TOPIC_FILE
from kiosk.core.phrases import Value, translate
from kiosk.core.problems import Problem
from kiosk.core.settings import Settings
from kiosk.core.textfit_units import (
    HOME,
    SIZES,
    Found,
    Unit,
)
from kiosk.core.webedition.address import topic_address

log = logging.getLogger("kiosk.pack")


def _settle() -> None:
    run_posted_events()


def _clipped_labels(root: QWidget, within: QWidget | None = None) -> list[str]:
    """The words of every wrapping label shown in ``root`` (or only in ``within``) that do
    not fit it. A quiz's answers are such labels, inside their buttons."""
    found = []
    for label in (within or root).findChildren(QLabel):
        if not (label.isVisibleTo(root) and label.wordWrap() and label.text()
                and label.width() > 0):
            continue
        # Too few lines for its words, or a word wider than the label (wrapping cannot
        # break it, so it runs past the edge: a quiz answer cut mid-word).
        if label.heightForWidth(label.width()) > label.height() + 1 or \
                QLabel.minimumSizeHint(label).width() > label.width() + 1:
            found.append(label.text())
    return found


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # While measuring, Qt's complaints (a damaged drawing, the off-screen platform's
    # "propagateSizeHints") say nothing about text: validate reports damaged files itself,
    # in words staff understand.
    log.debug("Qt while measuring text: %s", message)


def measure_units(pack: Pack, units: list[Unit]) -> Found:
    """What this process finds in those units."""
    with Measurer(pack) as measurer:
        return measurer.measure(units)


class Measurer:
    """Measures a pack's units a few at a time, keeping each language's screens between
    calls (making a language's three page viewers takes longer than measuring a page).

    Used as a context manager: while it is open, Qt's complaints and the screens' own log
    are kept quiet, and the kiosk's words are in whichever language is being measured.
    """

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self._languages: dict[int, _Language] = {}
        self._translations: Translations | None = None
        self._active = ""

    def __enter__(self) -> Measurer:
        ensure_application()
        fonts.load_fonts()
        self._direction = QGuiApplication.layoutDirection()
        self._previous = qInstallMessageHandler(_quiet)
        self._screens_log = logging.getLogger("kiosk.ui")
        self._screens_level = self._screens_log.level
        # "could not be drawn": validate says it better
        self._screens_log.setLevel(logging.CRITICAL)
        # The kiosk's own words (Back, Next, the status labels) are measured in the page's
        # language too: an Urdu page beside English button words is not what patients see.
        try:
            self._translations = Translations()
        except (OSError, RuntimeError) as error:  # a source checkout without .qm files
            log.warning("measuring with English button words: %s", error)
        return self

    def __exit__(self, *_: object) -> None:
        try:
            for language in self._languages.values():
                language.close()
        finally:
            if self._translations is not None:
                self._translations.activate("en")
            self._screens_log.setLevel(self._screens_level)
            qInstallMessageHandler(self._previous)
            QGuiApplication.setLayoutDirection(self._direction)

    def measure(self, units: list[Unit]) -> Found:
        """What these units hold that does not fit."""
        wanted: dict[int, list[int]] = {}
        for place, page in units:
            wanted.setdefault(place, []).append(page)
        found: Found = []
        for place in sorted(wanted):
            language = self.pack.languages[place]
            if self._active != language:
                self._active = language
                if self._translations is not None:
                    self._translations.activate(language)
                QGuiApplication.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft if is_rtl(language)
                    else Qt.LayoutDirection.LeftToRight)
            if place not in self._languages:
                self._languages[place] = _Language(self.pack, language)
            found += [((place, *where), problem) for where, problem
                      in self._languages[place].measure(wanted[place])]
        return found


class _Shape:
    """One screen size in one language: a host the size of the kiosk's screen area and
    the screens measured in it."""

    def __init__(self, session: Session, language: str, width: int, height: int) -> None:
        self.session, self.language, self.size = session, language, (width, height)
        self.metrics = theme.Metrics.for_size(QSize(width, height), language)
        self.where = translate("Problems", "{language}, {width}×{height} screen").fill(
            language=language_for_staff(language), width=width, height=height)
        self.host = QWidget()
        self.host.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        # Measured, never looked at: no paint events (drawing every picture and page was
        # half the time of a validate).
        self.host.setUpdatesEnabled(False)
        self.layout = QVBoxLayout(self.host)
        self.layout.setContentsMargins(0, 0, 0, 0)
        # The kiosk's screens get the screen's size whatever they ask for (its window's
        # stack asks for no minimum): a long topic's page dots asked for 5,000 px, and a
        # host that grew to that measured every later page as fitting.
        self.layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.viewer: PageViewer | None = None

    def imagined(self) -> AbstractContextManager[None]:
        return theme.imagined_screen(*self.size)

    def _place(self, screen: QWidget) -> None:
        width, height = self.size
        self.layout.addWidget(screen)
        # The screens get what the kiosk gives them: the window less its top bar.
        self.host.resize(width, height - self.metrics.target - self.metrics.gap)
        self.host.show()

    def check_home(self) -> list[Problem]:
        # The viewer steps aside: the home screen gets the whole host, as in the kiosk.
        if self.viewer is not None:
            self.viewer.hide()
        home = HomeScreen(self.session)
        self._place(home)
        home.retranslate(self.metrics)
        _settle()
        home.even_titles()
        problems = [Problem(f"topics/{tile.topic.id}/{TOPIC_FILE}", translate(
            "Problems", "the topic title does not fit its tile ({where}); shorten it")
            .fill(where=self.where)) for tile in home.tiles if not tile.texts_fit()]
        # A summary that cannot fit whole is left out, not cut: the patient sees a tile
        # with a title only, and staff would not know why.
        problems += [Problem(f"topics/{tile.topic.id}/{TOPIC_FILE}", translate(
            "Problems", "the topic summary does not fit its tile, so it is left out "
                        "({where}); shorten it").fill(where=self.where))
            for tile in home.tiles
            if tile.topic.summary.get(self.language).strip() and not tile.show_summary]
        self.layout.removeWidget(home)
        home.hide()
        home.deleteLater()
        if self.viewer is not None:
            self.viewer.show()
        return problems

    def open_viewer(self) -> PageViewer:
        self.viewer = PageViewer(self.session)
        self.viewer.animated = False
        self.viewer.prepares_neighbours = False
        self.viewer.quiz.measure_only()
        self._place(self.viewer)
        self.viewer.retranslate(self.metrics)
        pack = self.session.pack
        if pack.web_edition is not None and pack.topics:
            # Every page of a pack with a web edition shows its take-home code, which can
            # make the bottom row taller (1366×768). Shown from the start, so a page
            # measured without being opened counts it whether or not a quiz was opened
            # before it (the code keeps one size for the whole pack).
            topic = (pack.topics_in(self.language) or pack.topics)[0]
            self.viewer.take_home.show_address(
                topic_address(pack.web_edition, self.language, topic.id))
        _settle()
        return self.viewer

    def check_page(self, topic: Topic, index: int) -> list[Problem]:
        viewer = self.viewer
        assert viewer is not None
        page = topic.pages[index]
        if page.kind is PageKind.TEXT:
            # Its words beside the smallest picture, measured as the viewer would place
            # them, without showing the page (its picture, dots, narration and take-home
            # code are nothing to validate, and were most of the pass).
            return _words_problems(viewer.measure(page), topic.id, page.id, self.language,
                                   self.size)
        # A quiz and the game lay their words out only when shown.
        viewer.open(topic, index)
        _settle()
        return _page_problems(viewer, topic.id, page.id, self.language, self.where,
                              self.size)

    def close(self) -> None:
        self.host.hide()
        self.host.deleteLater()


class _Language:
    """One language's three screens, each with its page viewer, made on first use."""

    def __init__(self, pack: Pack, language: str) -> None:
        session = Session(pack, Settings(default_language=language))
        self.shapes = [_Shape(session, language, width, height) for width, height in SIZES]
        self.pages = [(topic, index) for topic in pack.topics_in(language)
                      for index in range(len(topic.pages))]
        try:
            first_of_size: dict[theme.Metrics, PageViewer] = {}
            for shape in self.shapes:
                with shape.imagined():
                    viewer = shape.open_viewer()
                # Landscape and portrait of one screen set type the same: each page's
                # words are shaped once for both (shaping Nastaliq is most of the pass).
                same = first_of_size.setdefault(shape.metrics, viewer)
                if same is not viewer:
                    viewer.text.share_documents(same.text)
        except BaseException:
            self.close()
            raise

    def measure(self, wanted: list[int]) -> list[tuple[tuple[int, int], Problem]]:
        found: list[tuple[tuple[int, int], Problem]] = []
        for place in wanted:
            for screen, shape in enumerate(self.shapes):
                with shape.imagined():
                    if place == HOME:
                        found += [((HOME, screen), problem) for problem in shape.check_home()]
                    else:
                        topic, index = self.pages[place]
                        found += [((place, screen), problem)
                                  for problem in shape.check_page(topic, index)]
        return found

    def close(self) -> None:
        for shape in self.shapes:
            shape.close()


def _quiz_clipped(viewer: PageViewer) -> list[str]:
    """What is clipped on each of the quiz's questions: opening the page lays out only the
    first. The answers are what can be cut (buttons side by side); the prompt and the
    explanation wrap across the whole width."""
    quiz = viewer.quiz
    found = _clipped_labels(viewer)
    for index in range(1, len(quiz.questions)):
        quiz.show_question(index)
        _settle()
        found += _clipped_labels(viewer, within=quiz)  # the rest of the page is as it was
    return list(dict.fromkeys(found))


def _page_problems(viewer: PageViewer, topic_id: str, page_id: str, language: str,
                   where: Value, size: tuple[int, int]) -> list[Problem]:
    problems = []
    for text in _quiz_clipped(viewer):
        file = _written_in(text, viewer, topic_id, page_id, language)
        problems.append(Problem(file, translate(
            "Problems", "page {page}: '{text}' does not fit on screen ({where}); shorten it")
            .fill(page=page_id, text=text[:40], where=where)))
    arrangement = viewer.arrangement
    if arrangement is not None and viewer.text.isVisibleTo(viewer):
        problems += _words_problems(arrangement, topic_id, page_id, language, size)
    return problems


def _written_in(text: str, viewer: PageViewer, topic_id: str, page_id: str,
                language: str) -> str:
    """The file that holds words shown on a quiz or game page: the quiz's own file for
    its questions, answers and explanations, the page's text for its intro, and the
    topic's record (titles, labels) for the rest."""
    def plain(words: str) -> str:
        return " ".join(words.split())

    shown = plain(text)
    page = viewer.page
    if page is not None:
        for question in page.questions:
            if shown in (plain(question.prompt.get(language)),
                         *(plain(choice.text.get(language)) for choice in question.choices)):
                return f"topics/{topic_id}/{page_id}.quiz.toml"
            explanation = plain(question.explanation.get(language))
            if explanation and shown.endswith(explanation):  # after "That's right!"
                return f"topics/{topic_id}/{page_id}.quiz.toml"
    if shown and shown == plain(viewer.quiz.intro.text()):
        return f"topics/{topic_id}/{page_id}.{language}.md"
    return f"topics/{topic_id}/{TOPIC_FILE}"


def _words_problems(arrangement: Arrangement, topic_id: str, page_id: str, language: str,
                    size: tuple[int, int]) -> list[Problem]:
    if arrangement.fits:
        return []
    shape = (translate("Problems", "portrait") if size[1] > size[0]
             else translate("Problems", "landscape"))
    return [Problem(f"topics/{topic_id}/{page_id}.{language}.md", translate(
        "Problems", "{language} is about {percent}% too long for a {shape} screen "
                    "({width}×{height}): shorten it or split the page").fill(
        language=language_for_staff(language),
        percent=max(1, round(arrangement.overflow * 100)), shape=shape,
        width=size[0], height=size[1]))]
