"""A pack folder found on a USB stick: not installable as it is, but a staff member can
preview it and record a person's voice for its pages at the kiosk (where the patients'
speaker is), then build it into a .kpack on a staff PC."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout

from kiosk._qt import theme
from kiosk._qt.staff.common import (
    BAD,
    WARN,
    Card,
    label,
    latin,
    say_lines,
    say_voices,
    style_label,
)
from kiosk._qt.staff.worker import Job
from kiosk._qt.widgets.buttons import TouchButton
from kiosk.core import review
from kiosk.core.model import Pack
from kiosk.core.packdir import load_pack
from kiosk.core.phrases import Value
from kiosk.core.recording import voices


class FolderCard(Card):
    """One pack folder: what it is, who reads it aloud, and a way into the preview."""

    def __init__(self, path: Path, open_preview: Callable[[Path], None]) -> None:
        super().__init__("folderCard")
        self.path = path
        self.pack: Pack | None = None
        self.error: list[Value] = []
        self.state = "checking"  # checking, ready, failed
        self.heading = label("folderTitle")
        self.where = label("folderPath")
        self.about = label("folderAbout")
        self.voices = label("folderVoices")
        self.review = label("folderReview")
        self.preview = TouchButton("fa5s.eye", "secondary")
        self.preview.setObjectName("folderPreview")
        for widget in (self.heading, self.where, self.about, self.review, self.voices):
            self.body.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addStretch(1)
        self.body.addLayout(row)
        self.preview.clicked.connect(lambda: open_preview(self.path))
        self._metrics: theme.Metrics | None = None
        job = Job(lambda _progress: load_pack(path), f"read {path.name}")
        job.succeeded.connect(self._read)
        job.failed.connect(self._unreadable)
        job.start()

    def _read(self, pack: Pack) -> None:
        self.pack, self.state = pack, "ready"
        self._refresh()

    def _unreadable(self, why: list[Value]) -> None:
        self.error, self.state = why, "failed"
        self._refresh()

    def _refresh(self) -> None:
        language = self._metrics.language if self._metrics else "en"
        self.where.setText(self.tr("Folder: %1").replace("%1", latin(str(self.path))))
        if self.pack is None:
            self.heading.setText(self.path.name)
            self.about.setText(self.tr("Reading this pack folder…") if self.state == "checking"
                               else self.tr("This folder cannot be read as a pack:") + "\n"
                               + say_lines(self.error))
            self.voices.setText("")
            self.review.setText("")
        else:
            title = self.pack.title.get(language) or self.pack.id
            self.heading.setText(self.tr("%1, version %2 (a pack folder)")
                                 .replace("%1", title).replace("%2", str(self.pack.version)))
            self.about.setText(self.tr(
                "A pack folder is a pack still being made. Preview it here, and record a "
                "person's voice for its pages if this kiosk has a microphone. To install it, "
                "build it into a .kpack file on a staff computer (kiosk-pack build)."))
            self.voices.setText(say_voices(voices(self.pack)))
            self.review.setText(say_lines(review.notices(self.pack.review)
                                              + review.translation_notices(self.pack)))
        self.review.setVisible(bool(self.review.text()))
        self.voices.setVisible(bool(self.voices.text()))
        self.preview.setEnabled(self.pack is not None)
        if self._metrics is not None:
            m = self._metrics
            style_label(self.heading, m, "title", bold=True)
            style_label(self.where, m, "small", colour=theme.MUTED)
            style_label(self.about, m, "body", colour=theme.NAVY if self.pack else BAD)
            style_label(self.voices, m, "small")
            style_label(self.review, m, "body", bold=True, colour=WARN)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self.apply_metrics(metrics)
        self.preview.setText(self.tr("Preview and record"))
        self.preview.apply_metrics(metrics, rtl)
        self._refresh()

