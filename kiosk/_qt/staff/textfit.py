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

import logging
import os
import sys

from PySide6.QtCore import (
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk._qt import fonts, theme
from kiosk._qt.i18n import Translations
from kiosk._qt.screens.home import HomeScreen
from kiosk._qt.screens.page_viewer import PageViewer
from kiosk._qt.session import Session
from kiosk._qt.settle import run_posted_events
from kiosk.core.language_words import language_for_staff
from kiosk.core.model import Pack, is_rtl
from kiosk.core.packdir import TOPIC_FILE
from kiosk.core.phrases import Value, translate
from kiosk.core.problems import Problem
from kiosk.core.settings import Settings

log = logging.getLogger("kiosk.pack")

SIZES = ((1920, 1080), (1080, 1920), (1366, 768))


def ensure_application() -> QApplication:
    """A QApplication for measuring; off screen when there is no display (a build server)."""
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


def _settle() -> None:
    run_posted_events()


def _clipped_labels(root: QWidget, buttons_in: QWidget) -> list[str]:
    found = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.wordWrap() and label.text() and \
                label.width() > 0 and label.heightForWidth(label.width()) > label.height() + 1:
            found.append(label.text())
    # Only buttons holding the pack's words (quiz answers); the app's own are checked by
    # the kiosk's layout tests.
    for button in buttons_in.findChildren(QPushButton):
        if button.isVisibleTo(root) and button.width() < button.sizeHint().width() - 1:
            found.append(button.text())
    return found


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # While measuring, Qt's complaints (a damaged drawing, the off-screen platform's
    # "propagateSizeHints") say nothing about text: validate reports damaged files itself,
    # in words staff understand.
    log.debug("Qt while measuring text: %s", message)


def check_text_fit(pack: Pack) -> list[Problem]:
    ensure_application()
    fonts.load_fonts()
    direction = QGuiApplication.layoutDirection()
    problems: list[Problem] = []
    host = QWidget()
    host.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # Measured, never looked at: no paint events (drawing every picture and page was half
    # the time of a validate).
    host.setUpdatesEnabled(False)
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
    try:
        for language in pack.languages:
            if translations is not None:
                translations.activate(language)
            QGuiApplication.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if is_rtl(language)
                else Qt.LayoutDirection.LeftToRight)
            session = Session(pack, Settings(default_language=language))
            for width, height in SIZES:
                with theme.imagined_screen(width, height):
                    problems += _check_size(host, session, language, width, height)
    finally:
        if translations is not None:
            translations.activate("en")
        screens_log.setLevel(screens_level)
        qInstallMessageHandler(previous)
        QGuiApplication.setLayoutDirection(direction)
        host.deleteLater()
    unique: dict[tuple[str, str], Problem] = {}
    for problem in problems:
        unique.setdefault((problem.file, problem.message), problem)
    return list(unique.values())


def _check_size(host: QWidget, session: Session, language: str, width: int,
                height: int) -> list[Problem]:
    pack = session.pack
    metrics = theme.Metrics.for_size(host.size().__class__(width, height), language)
    where = translate("Problems", "{language}, {width}×{height} screen").fill(
        language=language_for_staff(language), width=width, height=height)
    # The screens get what the kiosk gives them: the window less its top bar.
    screen_height = height - metrics.target - metrics.gap
    problems: list[Problem] = []
    for screen_class in (HomeScreen, PageViewer):
        screen = screen_class(session)
        existing = host.layout()
        layout = QVBoxLayout(host) if existing is None else existing
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(screen)
        host.resize(width, screen_height)
        host.show()
        screen.retranslate(metrics)
        _settle()
        if isinstance(screen, HomeScreen):
            screen.even_titles()
            for tile in screen.tiles:
                if not tile.texts_fit():
                    problems.append(Problem(f"topics/{tile.topic.id}/{TOPIC_FILE}", translate(
                        "Problems", "the topic title does not fit its tile ({where}); shorten "
                                    "it").fill(where=where)))
        else:
            for topic in pack.topics_in(language):
                for index, page in enumerate(topic.pages):
                    screen.open(topic, index)
                    _settle()
                    problems += _page_problems(screen, topic.id, page.id, language, where,
                                               (width, height))
        layout.removeWidget(screen)
        screen.hide()
        screen.deleteLater()
        host.hide()
    return problems


def _page_problems(viewer: PageViewer, topic_id: str, page_id: str, language: str,
                   where: Value, size: tuple[int, int]) -> list[Problem]:
    problems = []
    topic_file = f"topics/{topic_id}/{TOPIC_FILE}"
    for text in _clipped_labels(viewer, viewer.quiz):
        problems.append(Problem(topic_file, translate(
            "Problems", "page {page}: '{text}' does not fit on screen ({where}); shorten it")
            .fill(page=page_id, text=text[:40], where=where)))
    arrangement = viewer.arrangement
    if arrangement is not None and viewer.text.isVisibleTo(viewer) and not arrangement.fits:
        shape = (translate("Problems", "portrait") if size[1] > size[0]
                 else translate("Problems", "landscape"))
        problems.append(Problem(f"topics/{topic_id}/{page_id}.{language}.md", translate(
            "Problems", "{language} is about {percent}% too long for a {shape} screen "
                        "({width}×{height}): shorten it or split the page").fill(
            language=language_for_staff(language),
            percent=max(1, round(arrangement.overflow * 100)), shape=shape,
            width=size[0], height=size[1])))
    return problems
