"""A pack in both languages side by side, as patients will see it; reloads when a file is saved.

Used by ``kiosk-pack preview PATH`` (a window on a staff PC) and by the staff panel's
Preview button (over the kiosk screen, for a .kpack on a USB stick).
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk._qt import theme
from kiosk._qt.screens.page_viewer import PageViewer
from kiosk._qt.session import Session
from kiosk._qt.staff.common import BAD, Backdrop, isolated, label, say_lines, style_label
from kiosk._qt.staff.recorder import Recorder
from kiosk._qt.staff.worker import Job
from kiosk._qt.turns import next_turn
from kiosk._qt.voice import make_narrator
from kiosk._qt.voice.microphone import Microphone, has_microphone
from kiosk._qt.voice.output import Speaker, has_speaker
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.owned import layout_of
from kiosk.core.kpack import SUFFIX, Kpack
from kiosk.core.model import Pack, Topic, is_rtl
from kiosk.core.packdir import load_pack
from kiosk.core.phrases import Value, render
from kiosk.core.problems import PackError
from kiosk.core.recording import RecordingWalk
from kiosk.core.settings import Settings

log = logging.getLogger("kiosk.staff")

RELOAD_DELAY_MS = 250  # editors save in several steps (temp file, rename); wait for the last


def _load(path: Path, scratch: Path) -> Pack:
    """A Pack from a folder, or from a .kpack unpacked (hash-checked) into ``scratch``."""
    if path.is_dir():
        return load_pack(path)
    target = scratch / f"unpacked-{len(list(scratch.iterdir()))}"
    with Kpack.open(path) as kp:
        kp.extract(target)
    return load_pack(target)


class PreviewPane(QWidget):
    """One language: a title and the patients' page viewer, laid out in that language."""

    def __init__(self, pack: Pack, language: str, settings: Settings) -> None:
        super().__init__()
        self.language = language
        self.session = Session(pack, settings.updated(default_language=language))
        self.heading = label(f"previewHeading_{language}")
        self.viewer = PageViewer(self.session, make_narrator(self.session.volume))
        # Authors hear it before patients do: a page too long for this screen says so.
        self.too_long = label(f"previewTooLong_{language}")
        self.too_long.hide()
        # Which voice reads this page: patients should not hear a machine for long.
        self.voice = label(f"previewVoice_{language}")
        # A person's voice for this page, recorded here (shown when recording is possible).
        self.record = TouchButton("fa5s.microphone", "secondary")
        self.record.setObjectName(f"previewRecord_{language}")
        self.record.hide()
        # A topic not written in this language yet: said, not shown in another language.
        self.untranslated = label(f"previewUntranslated_{language}")
        self.untranslated.hide()
        self.viewer.shown.connect(self._say_fit)
        self.viewer.shown.connect(self._say_voice)
        # Staff step through pages with the shared buttons, so both sides stay in step.
        self.viewer.back.hide()
        self.viewer.next.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.untranslated, 1)
        layout.addWidget(self.too_long)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice, 1)
        voice_row.addWidget(self.record)
        layout.addLayout(voice_row)
        # A thin frame shows where one language's screen ends and the other's begins.
        self.setObjectName(f"previewPane_{language}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#previewPane_{language} {{ border: 2px solid "
                           f"{theme.MUTED.name()}; border-radius: 8px; }}")
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.session.rtl
                                else Qt.LayoutDirection.LeftToRight)

    def retranslate(self, unit: float) -> None:
        metrics = theme.Metrics(unit, self.language)
        self.heading.setText(self.session.pack.language(self.language).name)
        style_label(self.heading, metrics, "small", bold=True, colour=theme.MUTED)
        style_label(self.too_long, metrics, "small", bold=True, colour=BAD)
        self.viewer.retranslate(metrics)

    def retranslate_controls(self, metrics: theme.Metrics, rtl: bool) -> None:
        """The pane's staff controls, in the staff member's language (not the pane's)."""
        self.record.setText(self.tr("Record a voice"))
        self.record.apply_metrics(metrics, rtl)
        style_label(self.voice, metrics, "small", colour=theme.MUTED)
        self.untranslated.setText(self.tr("This topic is not written in %1 yet: patients "
                                          "reading it are offered it in another language.")
                                  .replace("%1", self.session.pack.language(self.language).name))
        style_label(self.untranslated, metrics, "body", colour=theme.MUTED)

    def show_page(self, topic: Topic, index: int, recordable: bool) -> None:
        """The page in this pane's language, or a word that the topic waits for it."""
        written = topic.has(self.language)
        self.viewer.setVisible(written)
        self.voice.setVisible(written)
        self.untranslated.setVisible(not written)
        self.record.setVisible(recordable and written)
        if written:
            self.viewer.open(topic, index)

    def _say_voice(self) -> None:
        page = self.viewer.page
        spoken = page.narration(self.language) if page is not None else None
        if spoken is None:
            self.voice.setText(self.tr("Voice: none recorded; the computer's own voice reads "
                                       "it if it has one for this language."))
        elif spoken.draft:
            self.voice.setText(self.tr("Voice: a machine's draft (%1); record a person's "
                                       "voice for patients.").replace("%1", isolated(spoken.voice)))
        else:
            self.voice.setText(self.tr("Voice: recorded by a person."))

    def _say_fit(self) -> None:
        arrangement = self.viewer.arrangement
        if arrangement is None or arrangement.fits or not self.viewer.text.isVisibleTo(self):
            self.too_long.hide()
            return
        self.too_long.setText(
            self.tr("This page is about %1% too long for this screen: shorten it or split it.")
            .replace("%1", str(max(1, round(arrangement.overflow * 100)))))
        self.too_long.show()


class PreviewView(QWidget):
    reloaded = Signal()
    reloadFailed = Signal(str)
    closeRequested = Signal()
    built = Signal()  # both languages' panes are there (at once, unless staged)
    revealed = Signal()  # a staged view's panes are all on screen

    def __init__(self, path: Path, settings: Settings | None = None,
                 parent: QWidget | None = None, *, pack: Pack | None = None,
                 scratch: tempfile.TemporaryDirectory[str] | None = None,
                 staged: bool = False) -> None:
        """Shows ``pack`` if given (already read from ``path``, unpacked into ``scratch``),
        else reads ``path`` now; a first failure is the caller's (PackError, OSError).

        ``staged``: over the running kiosk, each language's pane is built in a turn of the
        event loop of its own (~35 ms each), so the screen never stalls for all of it; the
        caller retranslates with its own metrics, and ``built`` says when it is whole."""
        super().__init__(parent)
        self.setObjectName("PreviewView")
        self.path = path
        self.settings = settings or Settings()
        self._scratch = scratch or tempfile.TemporaryDirectory(prefix="kiosk-preview-")
        self.pack = pack if pack is not None else _load(path, Path(self._scratch.name))
        self.position = 0
        self.error: list[Value] = []
        languages: list[str] = list(self.pack.languages)
        self.panes: list[PreviewPane] = []
        self._waiting: list[PreviewPane] = []  # staged, not yet styled and shown
        self.where = label("previewWhere")
        self.problem = label("previewProblem")
        self.back = TouchButton("fa5s.arrow-left", "secondary")
        self.back.setObjectName("previewBack")
        self.next = TouchButton("fa5s.arrow-right", "primary")
        self.next.put_icon_after()
        self.next.setObjectName("previewNext")
        self.close_button = TouchButton("fa5s.times", "quiet")
        self.close_button.setObjectName("previewClose")
        self._pane_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        # Where we are, between the buttons; above them on a portrait screen, where the
        # three buttons leave it a column too narrow to read.
        nav = QGridLayout()
        self._nav = nav
        self._place_nav(portrait=False)
        # Recording a voice, where it can be done: a pack folder (a built .kpack is never
        # changed) on a computer with a microphone. Otherwise the note says why not.
        self.record_note = label("previewRecordNote")
        self.recorder: Recorder | None = None
        self._panes = QWidget()
        panes_layout = QVBoxLayout(self._panes)
        panes_layout.setContentsMargins(0, 0, 0, 0)
        panes_layout.addLayout(self._pane_row, 1)
        panes_layout.addWidget(self.record_note)
        panes_layout.addLayout(nav)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._panes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)
        # The panes are in two languages; the controls follow the reader's layout only.
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.close_button.clicked.connect(self.closeRequested)
        self._unit = 1.0
        self._metrics = theme.Metrics(1.0, "en")
        self._rtl = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(RELOAD_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self._reloading = False
        self._asked = self._started = 0  # reloads asked for, and when the running one was
        self._watch()
        if staged:
            next_turn(self, lambda: self._add_panes(languages))
            return
        for language in languages:
            self._add_pane(language)
        self.retranslate(self._metrics, self._rtl)
        self.built.emit()

    def _add_pane(self, language: str) -> None:
        self._attach(self._make_pane(language))

    def _make_pane(self, language: str) -> PreviewPane:
        pane = PreviewPane(self.pack, language, self.settings)
        pane.record.clicked.connect(lambda _=False, lang=language: self.record(lang))
        return pane

    def _attach(self, pane: PreviewPane, hidden: bool = False) -> None:
        if hidden:
            pane.hide()  # laid out and drawn when revealed, one a turn
            self._waiting.append(pane)
        self.panes.append(pane)
        self._pane_row.addWidget(pane, 1)

    def reveal(self) -> None:
        """Show a staged view's panes, a pane in two turns of the event loop (styling it
        and arranging its page, then laying it out and drawing it in Nastaliq: ~25 ms
        each); ``revealed`` when both are on screen."""
        if not self._waiting:
            self.revealed.emit()
            return
        pane = self._waiting[0]
        self._style_pane(pane)
        self._show_page_in(pane)
        styled_for = self._styled_for()

        def show() -> None:
            if self._styled_for() != styled_for:
                # A tap on Next, a turn of the screen or another language came between:
                # style it again for what is shown now, then show it.
                next_turn(self, self.reveal)
                return
            self._waiting.remove(pane)
            pane.show()
            next_turn(self, self.reveal)

        next_turn(self, show)

    def _add_panes(self, languages: list[str]) -> None:
        if not languages:
            self.built.emit()  # whoever staged it lays it out, in its own metrics
            return
        # Building a pane and putting it in place (restyling its hundred widgets) are
        # ~25 ms and ~15 ms: a turn each.
        pane = self._make_pane(languages[0])

        def attach() -> None:
            self._attach(pane, hidden=True)
            next_turn(self, lambda: self._add_panes(languages[1:]))

        next_turn(self, attach)

    # -- recording a voice --------------------------------------------------------------

    def can_record(self) -> bool:
        return self.path.is_dir() and has_microphone()

    def record(self, language: str) -> None:
        """Open the recorder on the page shown, in ``language``."""
        if not self.can_record() or self.recorder is not None:
            return
        for pane in self.panes:
            pane.viewer.aloud.narrator.stop()
        page = self.pack.pages()[self.position]
        walk = RecordingWalk(self.pack, language, self.settings.placeholders(), page.key)
        self.recorder = Recorder(walk, Microphone(), Speaker() if has_speaker() else None)
        self.recorder.moved.connect(self._follow)
        self.recorder.saved.connect(lambda _key: self.reload())
        self.recorder.closed.connect(self.close_recorder)
        self.stack.addWidget(self.recorder)
        self.stack.setCurrentWidget(self.recorder)
        self.recorder.retranslate(self._metrics, self._rtl)
        log.info("recording %s in %s", page.key, language)

    def close_recorder(self) -> None:
        recorder, self.recorder = self.recorder, None
        if recorder is None:
            return
        recorder.cleanup()
        self.stack.setCurrentWidget(self._panes)
        self.stack.removeWidget(recorder)
        recorder.deleteLater()
        self._show()

    def _follow(self, key: str) -> None:
        keys = [p.key for p in self.pack.pages()]
        if key in keys:
            self.position = keys.index(key)
            self._show()

    # -- watching -------------------------------------------------------------------------

    def _watch(self) -> None:
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        paths = [self.path]
        if self.path.is_dir():
            paths += [p for p in self.path.rglob("*") if not p.name.startswith(".")]
        else:
            paths.append(self.path.parent)
        existing = [str(p) for p in paths if p.exists()]
        if existing:
            self.watcher.addPaths(existing)

    def _changed(self, _path: str) -> None:
        self._debounce.start()

    def reload(self) -> None:
        """Read the pack again after an edit, off the UI thread (a .kpack is unpacked).

        One read at a time; a reload asked for while one runs is done after it, and only
        the newest says "reloaded": an older read may predate the edit (a recording being
        saved while the folder watcher fired)."""
        self._asked += 1
        if self._reloading:
            return
        self._reloading, self._started = True, self._asked
        path, scratch = self.path, Path(self._scratch.name)
        job = Job(lambda _progress: _load(path, scratch), f"reload {path.name}")
        job.succeeded.connect(self._reloaded)
        job.failed.connect(self._reload_failed)
        job.start()

    def _outdated(self) -> bool:
        """The read that just ended started before the latest edit: read again instead."""
        self._reloading = False
        if self._started < self._asked:
            self._asked -= 1  # reload() counts this request again
            self.reload()
            return True
        return False

    def _reload_failed(self, why: list[Value]) -> None:
        if self._outdated():
            return
        self.error = why
        english = "\n".join(render(line) for line in self.error)
        log.warning("preview of %s not reloaded: %s", self.path, english)
        self._watch()
        self._show()
        self.reloadFailed.emit(english)

    def _reloaded(self, pack: Pack) -> None:
        if self._outdated():
            return
        self.error = []
        self.pack = pack
        for pane in self.panes:
            pane.session.set_pack(pack)
        if self.recorder is not None:
            self.recorder.walk.set_pack(pack)
        self._watch()
        self._show()
        log.info("preview reloaded %s", self.path)
        self.reloaded.emit()

    # -- stepping -------------------------------------------------------------------------

    def go(self, step: int) -> None:
        count = len(self.pack.pages())
        self.position = max(0, min(self.position + step, count - 1))
        self._show()

    def _show(self) -> None:
        pages = self.pack.pages()
        self.position = max(0, min(self.position, len(pages) - 1))
        at = self._at()
        recordable = self.can_record()
        if at is not None:
            topic, index = at
            for pane in self._shown_panes():
                pane.show_page(topic, index, recordable)
            self.where.setText(self.tr("%1: page %2 of %3 (%4 of %5 in the pack)")
                               .replace("%1", topic.title.get(self._metrics.language))
                               .replace("%2", str(index + 1))
                               .replace("%3", str(len(topic.pages)))
                               .replace("%4", str(self.position + 1))
                               .replace("%5", str(len(pages))))
        self.back.setEnabled(self.position > 0)
        self.next.setEnabled(self.position + 1 < len(pages))
        self.problem.setText(self.tr("The last save could not be shown; still showing the "
                                     "version before it:") + "\n" + say_lines(self.error)
                             if self.error else "")
        self.problem.setVisible(bool(self.error))
        if recordable:
            self.record_note.hide()
        else:
            self.record_note.setText(
                self.tr("To record a person's voice, plug in a microphone.")
                if self.path.is_dir() else
                self.tr("To record a person's voice, preview the pack's folder: a built "
                        ".kpack file is never changed."))
            self.record_note.show()

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self._rtl = rtl
        portrait = self.height() > self.width()
        self._pane_row.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                    else QBoxLayout.Direction.LeftToRight)
        self._place_nav(portrait)
        self._pane_row.setSpacing(metrics.gap)
        for pane in self._shown_panes():
            self._style_pane(pane)
        if self.recorder is not None:
            self.recorder.retranslate(metrics, rtl)
        self.back.setText(self.tr("Previous page"))
        self.next.setText(self.tr("Next page"))
        self.close_button.setText(self.tr("Close"))
        for button in (self.back, self.next, self.close_button):
            button.apply_metrics(metrics, rtl)
        style_label(self.where, metrics, "small")
        style_label(self.problem, metrics, "small", colour=BAD)
        style_label(self.record_note, metrics, "small", colour=theme.MUTED)
        layout_of(self).setContentsMargins(metrics.gap, metrics.gap // 2, metrics.gap,
                                           metrics.gap // 2)
        layout_of(self).setSpacing(metrics.gap // 2)
        self._nav.setSpacing(metrics.gap)
        self._show()

    def _styled_for(self) -> tuple[object, ...]:
        return (self.position, id(self.pack), self._metrics, self._rtl, self.width(),
                self.height())

    def _shown_panes(self) -> list[PreviewPane]:
        return [pane for pane in self.panes if pane not in self._waiting]

    def _style_pane(self, pane: PreviewPane) -> None:
        # Two screens in one: each side gets the type of a kiosk half the size.
        unit = self._metrics.unit * (0.6 if self.height() > self.width() else 0.55)
        pane.retranslate(unit)
        pane.retranslate_controls(theme.Metrics(unit, self._metrics.language, 1.0,
                                                self._metrics.colours), self._rtl)

    def _at(self) -> tuple[Topic, int] | None:
        """The topic of the page shown, and the page's place in it."""
        first = 0
        for topic in self.pack.topics:
            if first + len(topic.pages) > self.position:
                return topic, self.position - first
            first += len(topic.pages)
        return None

    def _show_page_in(self, pane: PreviewPane) -> None:
        at = self._at()
        if at is not None:
            pane.show_page(*at, self.can_record())

    def _place_nav(self, portrait: bool) -> None:
        nav = self._nav
        for widget in (self.back, self.where, self.next, self.close_button):
            nav.removeWidget(widget)
        if portrait:
            nav.addWidget(self.where, 0, 0, 1, 4)
            row, columns = 1, (0, 2, 3)
        else:
            nav.addWidget(self.where, 0, 1)
            row, columns = 0, (0, 2, 3)
        for widget, column in zip((self.back, self.next, self.close_button), columns,
                                  strict=True):
            nav.addWidget(widget, row, column)
        nav.setColumnStretch(1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        if portrait != (self._pane_row.direction() == QBoxLayout.Direction.TopToBottom):
            QTimer.singleShot(0, lambda: self.retranslate(self._metrics, self._rtl))

    def cleanup(self, background: bool = False) -> None:
        """Stop watching and delete the unpacked copies; ``background``: in a thread (a
        pack's thousand files take ~60 ms to delete, too long for the UI thread)."""
        self.close_recorder()
        self.watcher.removePaths(self.watcher.files() + self.watcher.directories())
        if background:
            threading.Thread(target=_delete, args=(self._scratch,), daemon=True,
                             name="kiosk-preview-cleanup").start()
        else:
            _delete(self._scratch)


class PreviewOverlay(Backdrop):
    """The preview over the kiosk screen, from the staff panel.

    A .kpack on a USB stick can take seconds to unpack and check; that happens in a
    worker thread while the overlay says so, so the kiosk never freezes under a tap.
    """

    closed = Signal()
    ready = Signal()  # the preview is on screen, or the reason it cannot be

    def __init__(self, path: Path, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("PreviewOverlay")
        self.path = path
        self.settings = settings
        self.view: PreviewView | None = None
        self.state = "opening"  # opening, shown, failed
        self.failure = label("previewFailure")
        self._why: list[Value] = []
        self.close_button = TouchButton("fa5s.times", "primary")
        self.close_button.setObjectName("previewFailureClose")
        self.close_button.clicked.connect(self.closed)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.failure)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._layout.addStretch(1)
        self._metrics: theme.Metrics | None = None
        self._rtl = False
        self._scratch: tempfile.TemporaryDirectory[str] | None = tempfile.TemporaryDirectory(
            prefix="kiosk-preview-")
        scratch = Path(self._scratch.name)
        job = Job(lambda _progress: _load(path, scratch), f"preview {path.name}")
        job.succeeded.connect(self._loaded)
        job.failed.connect(self._failed)
        job.start()
        self.hide()

    def _loaded(self, pack: Pack) -> None:
        if self._scratch is None:
            return  # closed while unpacking
        self.view = PreviewView(self.path, self.settings, pack=pack, scratch=self._scratch,
                                staged=True)
        self._scratch = None  # the view owns it now
        self.view.built.connect(self._built)

    def _built(self) -> None:
        assert self.view is not None
        self.failure.hide()
        self.close_button.hide()
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.insertWidget(0, self.view, 1)
        # The stretch under the failure message would take half the screen from the view.
        self._layout.setStretch(self._layout.count() - 1, 0)
        self.view.show()  # a layout would show it a turn of the event loop later
        self.view.closeRequested.connect(self.closed)
        if self._metrics is not None:
            self.view.retranslate(self._metrics, self._rtl)
        self.view.revealed.connect(self._revealed)
        next_turn(self.view, self.view.reveal)

    def _revealed(self) -> None:
        self.state = "shown"  # both languages on screen, ready for taps
        self.ready.emit()

    def _failed(self, why: list[Value]) -> None:
        self.state = "failed"
        self._why = why
        self._refresh()
        self.ready.emit()

    def open(self) -> None:
        self.cover_parent()
        self.show()
        self.raise_()

    def _refresh(self) -> None:
        if self.state == "opening":
            self.failure.setText(self.tr("Opening the preview…"))
        elif self.state == "failed":
            self.failure.setText(say_lines(self._why))
        if self._metrics is not None:
            style_label(self.failure, self._metrics,
                        colour=BAD if self.state == "failed" else theme.NAVY)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics, self._rtl = metrics, rtl
        if self.view is not None:
            self.view.retranslate(metrics, rtl)
            return
        self._refresh()
        self.close_button.setText(self.tr("Close"))
        self.close_button.apply_metrics(metrics, rtl)
        self._layout.setContentsMargins(metrics.gap, metrics.gap, metrics.gap, metrics.gap)

    def deleteLater(self) -> None:
        if self.view is not None:
            self.view.cleanup(background=True)
        elif self._scratch is not None:
            # A job still unpacking into it gets an error, which is dropped with this object.
            _delete(self._scratch)
            self._scratch = None
        super().deleteLater()


class PreviewWindow(PreviewView):
    """``kiosk-pack preview``: a normal window on a staff PC."""

    def __init__(self, path: Path, settings: Settings | None = None,
                 language: str = "en") -> None:
        super().__init__(path, settings)
        # The window's own words follow the staff member's language (Translations must be
        # active for it); each pane shows its own language whatever this is.
        rtl = is_rtl(language)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", str(path)))
        self.closeRequested.connect(self.close)
        self.retranslate(theme.Metrics(1.0, language), rtl)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, lambda: self.retranslate(
            theme.Metrics.for_size(self.size(), self._metrics.language), self._rtl))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cleanup()  # the unpacked copies of a .kpack live in a temporary folder
        super().closeEvent(event)


def _delete(scratch: tempfile.TemporaryDirectory[str]) -> None:
    with contextlib.suppress(OSError):
        scratch.cleanup()


def _why(error: PackError | OSError) -> list[Value]:
    if isinstance(error, PackError):
        return [p.phrase for p in error.problems]
    return [str(error)]


def suffix_ok(path: Path) -> bool:
    return path.is_dir() or path.suffix.lower() == SUFFIX
