"""Recording a page in a person's voice, from the preview: one sentence at a time.

The staff member sees the sentence to read in large type, taps Record, reads it, taps
Stop, hears it back, and keeps it or records it again. When every sentence is kept the
page is saved into the pack folder (trimmed, brought to the loudness of every page, as
Ogg Opus with its timings), and the recorder goes on to the next page that still has
only a machine's voice: a guided walk through the pack, in one language.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.staff.common import BAD, GOOD, WARN, label, say_lines, style_label
from kiosk._qt.staff.recorder_widgets import LevelMeter, SentenceLabel, isolate
from kiosk._qt.staff.worker import Job
from kiosk._qt.voice.microphone import Microphone
from kiosk._qt.voice.output import Output, SampleStream
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.owned import layout_of
from kiosk.core.languages import name_of as language_name
from kiosk.core.model import Page
from kiosk.core.narration import Sound
from kiosk.core.phrases import Value
from kiosk.core.recording import RecordingWalk
from kiosk.core.takes import Take, Verdict, write_wav

log = logging.getLogger("kiosk.staff")


class Recorder(QWidget):
    """The recording screen over the preview's two panes."""

    saved = Signal(str)  # a page's key: its narration is now a person's voice
    moved = Signal(str)  # the page now being recorded (the preview shows it too)
    closed = Signal()

    def __init__(self, walk: RecordingWalk, microphone: Microphone,
                 speaker: Output | None) -> None:
        super().__init__()
        self.setObjectName("Recorder")
        self.walk = walk
        self.microphone = microphone
        self.speaker = speaker
        self.saving = False
        self._gone = False  # closed: a save still finishing reports to nobody
        self._scratch = tempfile.TemporaryDirectory(prefix="kiosk-takes-")
        self._playing: Path | None = None
        self._say: Callable[[], str] = self._instructions
        self._tone = theme.NAVY
        self._metrics = theme.Metrics(1.0, "en")
        self._rtl = False

        self.heading = label("recorderHeading")
        self.where = label("recorderWhere")
        self.sentence = SentenceLabel(walk.language)
        self.meter = LevelMeter()
        self.message = label("recorderMessage")
        buttons = {
            "previous": ("fa5s.step-backward", "secondary"), "next": ("fa5s.step-forward",
                                                                       "secondary"),
            "record": ("fa5s.microphone", "primary"), "listen": ("fa5s.play", "secondary"),
            "keep": ("fa5s.check", "secondary"), "save": ("fa5s.save", "secondary"),
            "skip": ("fa5s.forward", "quiet"), "close": ("fa5s.times", "quiet")}
        self.buttons: dict[str, TouchButton] = {}
        for name, (icon, look) in buttons.items():
            button = TouchButton(icon, look)
            button.setObjectName(f"recorder_{name}")
            self.buttons[name] = button
        b = self.buttons
        b["previous"].clicked.connect(lambda: self._go(-1))
        b["next"].clicked.connect(lambda: self._go(1))
        b["record"].clicked.connect(self.toggle_recording)
        b["listen"].clicked.connect(self.listen)
        b["keep"].clicked.connect(self.keep)
        b["save"].clicked.connect(self.save)
        b["skip"].clicked.connect(self.skip)
        b["close"].clicked.connect(self.close_recorder)
        b["listen"].setVisible(speaker is not None)
        # A staff PC has a keyboard: the space bar starts and stops a take.
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_recording)

        microphone.heard.connect(lambda: self.meter.set_value(microphone.level))
        microphone.full.connect(self._stop_take)
        microphone.failed.connect(self._microphone_failed)
        if speaker is not None:
            speaker.ended.connect(self._played)

        self._actions = QGridLayout()
        self._columns = 0
        self._arrange(4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.sentence, 1)
        layout.addWidget(self.meter)
        layout.addWidget(self.message)
        layout.addLayout(self._actions)
        self._refresh()

    def _arrange(self, columns: int) -> None:
        """The buttons in the order of the work (record, listen, keep, save), four to a row
        on a wide screen and three on a tall one, so the sentence keeps its room."""
        if columns == self._columns:
            return
        self._columns = columns
        order = ("record", "listen", "keep", "save", "previous", "next", "skip", "close") \
            if columns == 4 else \
            ("record", "listen", "keep", "previous", "next", "save", "skip", "close")
        for button in self.buttons.values():
            self._actions.removeWidget(button)
        for index, name in enumerate(order):
            self._actions.addWidget(self.buttons[name], index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        room = self.width() - self._metrics.gap * 3
        self._arrange(4 if self.width() > self.height() and room >= 4 * widest else 3)

    # -- taking a sentence ------------------------------------------------------------

    def toggle_recording(self) -> None:
        if self.saving:
            return
        if self.microphone.recording:
            self._stop_take()
            return
        self._stop_playing()
        if not self.microphone.start():
            self._tell(self._no_microphone, BAD)
            return
        self._tell(self._recording_now)
        self._refresh()

    def _stop_take(self) -> None:
        take = self.microphone.stop()
        self.meter.set_value(0.0)
        if take is None:
            return
        verdict = self.walk.hear(take)
        log.info("take of %s line %d: %.1f s, %s", self.walk.page.key, self.walk.index + 1,
                 take.seconds, verdict.value)
        self._tell(*self._verdict_words(verdict, self.walk.pending))
        self._refresh()

    def _microphone_failed(self) -> None:
        self.microphone.stop()
        self.walk.go_to(self.walk.index)  # a take cut off is not kept
        self._tell(self._microphone_stopped, BAD)
        self._refresh()

    def listen(self) -> None:
        take = self.walk.pending or self.walk.takes[self.walk.index]
        if self.speaker is None or take is None:
            return
        if self._playing is not None:
            self._stop_playing()
            self._refresh()
            return
        path = Path(self._scratch.name) / f"take-{self.walk.index}.wav"
        write_wav(take, path)
        self._playing = path
        self.speaker.start(SampleStream(Sound(path)))
        self._refresh()

    def _played(self) -> None:
        self._playing = None
        self._refresh()

    def _stop_playing(self) -> None:
        if self._playing is not None and self.speaker is not None:
            self._playing = None
            self.speaker.stop()

    def keep(self) -> None:
        if self.walk.pending is None:
            return
        self._stop_playing()
        self.walk.keep()
        self._tell(self._all_kept if self.walk.complete else self._instructions, GOOD
                   if self.walk.complete else theme.NAVY)
        self._refresh()

    def _go(self, step: int) -> None:
        if self.microphone.recording:
            return
        self._stop_playing()
        self.walk.go_to(self.walk.index + step)
        self._tell(self._instructions)
        self._refresh()

    # -- the page, and the walk through the pack ---------------------------------------

    def save(self) -> None:
        if not self.walk.complete or self.saving:
            return
        self._stop_playing()
        self.saving = True
        self._tell(self._saving_now)
        self._refresh()
        key = self.walk.page.key
        job = Job(lambda _progress: self.walk.save(), f"record {key}")
        job.succeeded.connect(lambda _path: self._saved(key))
        job.failed.connect(self._save_failed)
        job.start()

    def _saved(self, key: str) -> None:
        if self._gone:
            return
        self.saving = False
        self.saved.emit(key)
        title = self.walk.page.title.get(self.walk.language)
        following = self.walk.next_page()
        if following is None:
            self._tell(lambda: self.tr("Saved. Every page now has a person's voice in %1.")
                       .replace("%1", isolate(language_name(self.walk.language))), GOOD)
        else:
            self._open(following)
            self._tell(lambda: self.tr("Saved “%1”. Next page: read its first sentence.")
                       .replace("%1", isolate(title)), GOOD)
        self._refresh()

    def _save_failed(self, why: list[Value]) -> None:
        if self._gone:
            return
        self.saving = False
        self._tell(lambda: self.tr("The page could not be saved; its old voice is kept:")
                   + "\n" + say_lines(why), BAD)
        self._refresh()

    def skip(self) -> None:
        if self.microphone.recording or self.saving:
            return
        following = self.walk.next_page()
        if following is None or following.key == self.walk.page.key:
            self._tell(lambda: self.tr("No other page is waiting for a voice."), WARN)
        else:
            self._open(following)
            self._tell(self._instructions)
        self._refresh()

    def _open(self, page: Page) -> None:
        self._stop_playing()
        self.walk.open(page)
        self.moved.emit(page.key)

    def close_recorder(self) -> None:
        if self.saving:
            return  # a second or two: the page is saved whole or not at all
        self.microphone.stop()
        self._stop_playing()
        self.closed.emit()

    def cleanup(self) -> None:
        self._gone = True
        self.microphone.stop()
        self._stop_playing()
        with contextlib.suppress(OSError):
            self._scratch.cleanup()

    # -- words --------------------------------------------------------------------------

    def _tell(self, say: Callable[[], str], tone: QColor = theme.NAVY) -> None:
        self._say, self._tone = say, tone

    def _instructions(self) -> str:
        return self.tr("Tap Record, read the sentence aloud, then tap Stop.")

    def _recording_now(self) -> str:
        return self.tr("Recording: read the sentence, then tap Stop.")

    def _saving_now(self) -> str:
        return self.tr("Saving the page…")

    def _all_kept(self) -> str:
        return self.tr("Every sentence is kept. Save the page, or go back to one to redo it.")

    def _no_microphone(self) -> str:
        return self.tr("The microphone did not open. Check that it is plugged in and not "
                       "used by another program, then tap Record again.")

    def _microphone_stopped(self) -> str:
        return self.tr("The microphone stopped (unplugged?). Plug it in and record the "
                       "sentence again.")

    def _verdict_words(self, verdict: Verdict, take: Take | None,
                       ) -> tuple[Callable[[], str], QColor]:
        seconds = f"{take.seconds:.1f}" if take is not None else "0"
        if verdict is Verdict.SILENT:
            return (lambda: self.tr("Nothing was heard. Check that the microphone is plugged "
                                    "in and not muted, then record again."), BAD)
        if verdict is Verdict.CLIPPED:
            return (lambda: self.tr("Too loud: the sound is distorted. Move back from the "
                                    "microphone and record again, or keep it."), WARN)
        if verdict is Verdict.QUIET:
            return (lambda: self.tr("Heard, but quietly: come closer to the microphone and "
                                    "record again, or keep it."), WARN)
        return (lambda: self.tr("Heard %1 seconds. Listen to it, then keep it or record "
                                "again.").replace("%1", seconds), GOOD)

    def _refresh(self) -> None:
        walk, b = self.walk, self.buttons
        language = language_name(walk.language)
        # Isolated: an Urdu title inside an English sentence (or the other way round)
        # keeps its own direction, and the sentence keeps its order around it.
        self.heading.setText(self.tr("Recording in %1: %2").replace("%1", isolate(language))
                             .replace("%2", isolate(walk.page.title.get(walk.language))))
        waiting = len(walk.waiting())
        self.where.setText(
            self.tr("Sentence %1 of %2 · %3 kept · %4 pages still have no person's voice")
            .replace("%1", str(walk.index + 1)).replace("%2", str(len(walk.lines)))
            .replace("%3", str(walk.kept)).replace("%4", str(waiting)))
        self.sentence.setText(walk.line.text)
        self.message.setText(self._say())
        recording = self.microphone.recording
        busy = recording or self.saving
        # Words that give way to the icon alone on a screen too narrow for them.
        b["record"].set_words(self.tr("Stop") if recording else self.tr("Record"))
        b["listen"].set_words(self.tr("Stop listening") if self._playing
                              else self.tr("Listen"))
        b["keep"].set_words(self.tr("Keep"))
        b["save"].set_words(self.tr("Save the page"))
        b["skip"].set_words(self.tr("Skip this page"))
        b["close"].set_words(self.tr("Close"))
        b["previous"].set_words(self.tr("Previous sentence"))
        b["next"].set_words(self.tr("Next sentence"))
        has_take = walk.pending is not None or walk.takes[walk.index] is not None
        b["listen"].setEnabled(has_take and not busy)
        b["keep"].setEnabled(walk.pending is not None and not busy)
        b["save"].setEnabled(walk.complete and not busy)
        b["record"].setEnabled(not self.saving)
        b["previous"].setEnabled(walk.index > 0 and not busy)
        b["next"].setEnabled(walk.index + 1 < len(walk.lines) and not busy)
        b["skip"].setEnabled(not busy)
        b["close"].setEnabled(not self.saving)
        b["record"].set_icon_name("fa5s.stop" if recording else "fa5s.microphone")
        b["listen"].set_icon_name("fa5s.stop" if self._playing else "fa5s.play")
        # The step to take next stands out: Keep after a good take, Save when all are kept.
        for name in ("keep", "save"):
            b[name].set_look("primary" if b[name].isEnabled() else "secondary")
        self._restyle()

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics, self._rtl = metrics, rtl
        self._refresh()

    def _restyle(self) -> None:
        metrics, rtl = self._metrics, self._rtl
        style_label(self.heading, metrics, "small", bold=True, colour=theme.MUTED)
        style_label(self.where, metrics, "small", colour=theme.MUTED)
        style_label(self.message, metrics, "small", bold=True, colour=self._tone)
        self.sentence.style_for(theme.Metrics(metrics.unit, self.walk.language, 1.0,
                                              metrics.colours))
        for button in self.buttons.values():
            button.apply_metrics(metrics, rtl)
        self.meter.setFixedHeight(metrics.px(28))
        gap = metrics.gap
        layout_of(self).setContentsMargins(gap, gap // 2, gap, gap // 2)
        layout_of(self).setSpacing(gap // 2)
        self._actions.setSpacing(gap // 2)
