"""The Qt half of ``kiosk-pack validate``'s text-fit check: lay every page out with the
kiosk's own fonts and screens, landscape and portrait, in every language.

kiosk.core cannot measure text (no Qt there); it offers ``register_text_fit_check`` and
this module plugs into it. What counts as "does not fit" is what a patient would lose:
a topic title cut on its tile, a heading or a label without room for its lines, an
answer button too narrow for its words, or page text that does not fit on one screen
beside the smallest picture at the default text size (a patient would have to turn to
a second screen to read its last lines, and those are often the safety lines).

Sizes are given for a 1080-pixel short side; 1366×768 and 3840×2160 screens are the
same shapes scaled, and the kiosk's type scales with them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import pickle
import subprocess
import sys
import threading
from contextlib import AbstractContextManager
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QSize,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.i18n import Translations
from kiosk._qt.screens.home import HomeScreen
from kiosk._qt.screens.page_layout import Arrangement
from kiosk._qt.screens.page_viewer import PageViewer
from kiosk._qt.session import Session
from kiosk._qt.settle import run_posted_events
from kiosk.core.checkcache import CheckCache
from kiosk.core.language_words import language_for_staff
from kiosk.core.model import Pack, PageKind, Topic, is_rtl
from kiosk.core.packdir import TOPIC_FILE, load_pack
from kiosk.core.phrases import Value, translate
from kiosk.core.problems import Problem
from kiosk.core.settings import Settings
from kiosk.core.textfit_units import (
    CACHE_KIND,
    HOME,
    SIZES,
    Found,
    Unit,
    all_units,
    found_from_json,
    results_to_json,
    unit_digests,
)
from kiosk.core.webedition.address import topic_address

log = logging.getLogger("kiosk.pack")


def ensure_application() -> QApplication:
    """A QApplication for measuring; off screen when there is no display (a build server)."""
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with fonts.only_bundled_fonts():  # measured with the kiosk's fonts, as it draws
        return QApplication(sys.argv[:1])


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


# Units each part gets at least: starting a helper (Qt, fonts, the pack read again)
# costs about a second and a half, what ~500 pages take to measure.
_SPLIT_FROM = 500
_MOST_PARTS = 4


def check_text_fit(pack: Pack, parts: int | None = None,
                   cache: CheckCache | None = None) -> list[Problem]:
    """Every text in ``pack`` that would not fit, measured as the kiosk lays it out.

    With a ``cache``, what an earlier run measured of a page that has not changed since
    (nor has the kiosk) is taken from it, and only the rest is measured. A big pack's
    pages are shared out between this process and ``parts - 1`` helper processes (by
    default one per core, for enough pages to gain): Qt measures text only on the thread
    that made its widgets. A helper that fails has its pages measured here instead.
    """
    units = all_units(pack)
    digests = unit_digests(pack, units) if cache is not None and cache.remembers else {}
    remembered = cache.get(CACHE_KIND, digests.values()) if digests and cache else {}
    found: Found = []
    todo: list[Unit] = []
    for unit in units:
        try:
            found += found_from_json(unit, remembered[digests[unit]])
        except (KeyError, ValueError, TypeError):  # not there, or not what was written
            todo.append(unit)
    log.info("text fit: %d of %d pages and home screens measured, the rest remembered",
             len(todo), len(units))
    if todo:
        measured = _measure(pack, todo, _parts_for(len(todo)) if parts is None
                            else max(1, parts))
        found += measured
        if cache is not None and digests:
            cache.put(CACHE_KIND, results_to_json(todo, measured, digests))
    found.sort(key=lambda item: item[0])
    unique: dict[tuple[str, str], Problem] = {}
    for _, problem in found:
        unique.setdefault((problem.file, problem.message), problem)
    return list(unique.values())


def _measure(pack: Pack, units: list[Unit], parts: int) -> Found:
    helpers = [_Helper(pack.root, units[part::parts]) for part in range(1, parts)]
    try:
        found = measure_units(pack, units[0::parts])
        for helper in helpers:
            theirs = helper.result()
            found += measure_units(pack, helper.units) if theirs is None else theirs
    finally:
        for helper in helpers:
            helper.stop()  # after an error here: no helper outlives the check
    return found


def _parts_for(units: int) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else (os.cpu_count() or 1)
    return max(1, min(cores, _MOST_PARTS, units // _SPLIT_FROM))


class _Helper:
    """A process measuring some of the units."""

    def __init__(self, root: Path, units: list[Unit]) -> None:
        self.units = units
        self.process = subprocess.Popen(
            _helper_command(root), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        # Written from a thread: a long list fills the pipe before the helper has started
        # reading, and this process has its own share of pages to measure meanwhile.
        self._sending = threading.Thread(target=self._send, daemon=True)
        self._sending.start()

    def _send(self) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(self.units).encode())
            self.process.stdin.close()
        except OSError:  # it stopped early; result() says so
            pass

    def result(self) -> Found | None:
        """What it found; None (said in the log) if it stopped or answered nonsense."""
        self._sending.join()
        assert self.process.stdout is not None
        out = self.process.stdout.read()
        self.process.wait()
        if self.process.returncode != 0:
            log.warning("a text-fit helper stopped (exit %s); its pages are measured here "
                        "instead", self.process.returncode)
            return None
        try:
            found: Found = pickle.loads(out)  # our own child's answer, not a pack's
        except (pickle.UnpicklingError, EOFError, AttributeError, ValueError) as error:
            log.warning("a text-fit helper answered nonsense (%s); its pages are measured "
                        "here instead", error)
            return None
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._sending.join()  # the write fails at once on a stopped helper
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


def _helper_command(root: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk._qt.staff.textfit", str(root)]


def measure_units(pack: Pack, units: list[Unit]) -> Found:
    """What this process finds in those units."""
    ensure_application()
    fonts.load_fonts()
    direction = QGuiApplication.layoutDirection()
    found: Found = []
    previous = qInstallMessageHandler(_quiet)
    screens_log = logging.getLogger("kiosk.ui")
    screens_level = screens_log.level
    screens_log.setLevel(logging.CRITICAL)  # "could not be drawn": validate says it better
    # The kiosk's own words (Back, Next, the status labels) are measured in the page's
    # language too: an Urdu page beside English button words is not what patients see.
    try:
        translations: Translations | None = Translations()
    except (OSError, RuntimeError) as error:  # a source checkout without compiled .qm files
        log.warning("measuring with English button words: %s", error)
        translations = None
    wanted: dict[int, list[int]] = {}
    for place, page in units:
        wanted.setdefault(place, []).append(page)
    try:
        for place, language in enumerate(pack.languages):
            if place not in wanted:
                continue
            if translations is not None:
                translations.activate(language)
            QGuiApplication.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if is_rtl(language)
                else Qt.LayoutDirection.LeftToRight)
            found += [((place, *where), problem) for where, problem
                      in _check_language(pack, language, wanted[place])]
    finally:
        if translations is not None:
            translations.activate("en")
        screens_log.setLevel(screens_level)
        qInstallMessageHandler(previous)
        QGuiApplication.setLayoutDirection(direction)
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
        home = HomeScreen(self.session)
        self._place(home)
        home.retranslate(self.metrics)
        _settle()
        home.even_titles()
        problems = [Problem(f"topics/{tile.topic.id}/{TOPIC_FILE}", translate(
            "Problems", "the topic title does not fit its tile ({where}); shorten it")
            .fill(where=self.where)) for tile in home.tiles if not tile.texts_fit()]
        self.layout.removeWidget(home)
        home.hide()
        home.deleteLater()
        return problems

    def open_viewer(self) -> PageViewer:
        self.viewer = PageViewer(self.session)
        self.viewer.animated = False
        self.viewer.prepares_neighbours = False
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


def _check_language(pack: Pack, language: str, wanted: list[int]
                    ) -> list[tuple[tuple[int, int], Problem]]:
    session = Session(pack, Settings(default_language=language))
    shapes = [_Shape(session, language, width, height) for width, height in SIZES]
    found: list[tuple[tuple[int, int], Problem]] = []
    try:
        first_of_size: dict[theme.Metrics, PageViewer] = {}
        for screen, shape in enumerate(shapes):
            with shape.imagined():
                if HOME in wanted:
                    found += [((HOME, screen), problem) for problem in shape.check_home()]
                viewer = shape.open_viewer()
            # Landscape and portrait of one screen set type the same: each page's words
            # are shaped once for both (shaping Nastaliq is most of the pass).
            same = first_of_size.setdefault(shape.metrics, viewer)
            if same is not viewer:
                viewer.text.share_documents(same.text)
        pages = [(topic, index) for topic in pack.topics_in(language)
                 for index in range(len(topic.pages))]
        for place in wanted:
            if place == HOME:
                continue
            topic, index = pages[place]
            for screen, shape in enumerate(shapes):
                with shape.imagined():
                    found += [((place, screen), problem)
                              for problem in shape.check_page(topic, index)]
    finally:
        for shape in shapes:
            shape.close()
    return found


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


def main(argv: list[str]) -> int:
    """A helper's side: measure the units read from stdin in the pack at ``argv[0]`` and
    hand back what was found (pickled, to the process that started it)."""
    units = [(int(place), int(page)) for place, page in json.loads(sys.stdin.buffer.read())]
    found = measure_units(load_pack(Path(argv[0])), units)
    sys.stdout.buffer.write(pickle.dumps(found))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
