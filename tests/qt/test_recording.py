"""A staff member records a page in their own voice, from the preview.

The microphone is real as far as the kiosk can tell: Qt's audio source, reading from the
test sound server's pipe source, into which the tests speak with espeak-ng
(sound_server.speak). Listening back goes through Qt's real audio sink to its null sink.
"""

from __future__ import annotations

import errno
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from kiosk._qt.staff.preview import PreviewWindow
from kiosk.core import sndfile
from kiosk.core.packdir import load_pack
from kiosk.core.validate import validate_folder
from tests.core.kpack_helpers import build as build_kpack
from tests.core.kpack_helpers import make_pack
from tests.qt import sound_server
from tests.qt.conftest import tap


def voice(text: str, language: str) -> bytes:
    """``text`` said by espeak-ng, with half a second of room around it, as the microphone
    gives it."""
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is needed (Debian: apt install espeak-ng; .ci/run installs it)")
    out = subprocess.run(["espeak-ng", "-v", language, "--stdout", text], capture_output=True,
                         check=True).stdout
    samples, rate = soundfile.read(io.BytesIO(out), dtype="float32")
    rate_out = sound_server.MICROPHONE_RATE
    at = np.arange(int(len(samples) * rate_out / rate)) * rate / rate_out
    speech = np.interp(at, np.arange(len(samples)), samples)
    room = np.random.default_rng(3).normal(0, 0.002, rate_out // 2)
    sound = np.concatenate([room, speech, room])
    return np.round(sound * 32767).astype("<i2").tobytes()


def open_preview(qtbot, folder: Path) -> PreviewWindow:
    from kiosk._qt import fonts

    assert sound_server.running(), "the tests' sound server (PulseAudio) is not running"
    fonts.load_fonts()
    view = PreviewWindow(folder)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def preview(qtbot, tmp_path: Path) -> Iterator[PreviewWindow]:
    view = open_preview(qtbot, make_pack(tmp_path / "pack", 2))
    yield view
    view.close()


@pytest.fixture
def default_preview(qtbot, tmp_path: Path, default_pack_dir: Path) -> Iterator[PreviewWindow]:
    folder = tmp_path / "default"
    shutil.copytree(default_pack_dir, folder)
    view = open_preview(qtbot, folder)
    yield view
    view.close()


def read_aloud(qtbot, preview: PreviewWindow, language: str) -> None:
    """Record the sentence on screen: Record, speak it, Stop."""
    recorder = preview.recorder
    assert recorder is not None
    tap(qtbot, recorder.buttons["record"])
    assert recorder.microphone.recording and recorder.buttons["record"].text() == "Stop"
    sound_server.speak(qtbot, recorder.microphone, voice(recorder.sentence.text(), language))
    tap(qtbot, recorder.buttons["record"])
    assert not recorder.microphone.recording


def test_a_page_is_recorded_sentence_by_sentence_and_patients_hear_a_person(
        qtbot, default_preview: PreviewWindow) -> None:
    preview = default_preview
    en, ur = preview.panes[:2]  # and Pashto beside them
    assert ur.record.isVisible() and not preview.record_note.isVisible()
    assert "machine's draft" in ur.voice.text()
    # The voice's Latin name keeps its own order inside an Urdu sentence: "(espeak-ng
    # 1.51 (ur))", not "((espeak-ng 1.51 (ur)".
    spoken = ur.viewer.page.narration("ur")
    assert spoken is not None and f"\u2068{spoken.voice}\u2069" in ur.voice.text()
    tap(qtbot, ur.record)
    recorder = preview.recorder
    assert recorder is not None and recorder.isVisible() and not ur.isVisible()
    walk = recorder.walk
    page = walk.page
    assert recorder.sentence.text() == page.title.get("ur")
    assert not recorder.buttons["keep"].isEnabled() and not recorder.buttons["save"].isEnabled()

    read_aloud(qtbot, preview, "ur")
    assert recorder.message.text().startswith("Heard"), recorder.message.text()
    assert recorder.buttons["keep"].isEnabled()
    # Heard back through the speaker before it is kept.
    assert recorder.speaker is not None
    with qtbot.waitSignal(recorder.speaker.ended, timeout=30000):
        tap(qtbot, recorder.buttons["listen"])
        assert recorder.buttons["listen"].text() == "Stop listening"
    assert recorder.buttons["listen"].text() == "Listen"
    tap(qtbot, recorder.buttons["keep"])
    while not walk.complete:
        assert recorder.sentence.text() == walk.lines[walk.index].text
        read_aloud(qtbot, preview, "ur")
        tap(qtbot, recorder.buttons["keep"])
    assert recorder.buttons["save"].isEnabled()
    assert "Every sentence is kept" in recorder.message.text()
    said = [line.text for line in walk.lines]

    tap(qtbot, recorder.buttons["save"])
    qtbot.waitUntil(lambda: not recorder.saving, timeout=30000)
    # The preview reads the folder again off the UI thread (a read the folder watcher
    # started mid-save may come back first): wait for the one that hears the person.
    qtbot.waitUntil(lambda: voiced(preview, page.key, "ur"), timeout=30000)
    spoken = next(p for p in load_pack(preview.path).pages() if p.key == page.key
                  ).narration("ur")
    assert spoken is not None and not spoken.draft and spoken.voice.startswith("a person")
    assert [s.text for s in spoken.sentences] == said
    info = sndfile.info(spoken.audio)
    assert (info.format, info.subtype) == ("OGG", "OPUS")
    problems = [str(p) for p in validate_folder(preview.path, check_review=False,
                                                text_fit=lambda _: [])]
    assert not [p for p in problems if ".ogg" in p or "timings" in p], problems
    # The walk goes on to the next page still without a person's voice, and so does the
    # preview behind it.
    assert walk.page.key != page.key and "Saved" in recorder.message.text()
    assert preview.pack.pages()[preview.position].key == walk.page.key
    tap(qtbot, recorder.buttons["close"])
    assert preview.recorder is None and ur.isVisible()
    preview.go(-1)
    assert ur.voice.text() == "Voice: recorded by a person."
    assert "machine's draft" in en.voice.text()  # English still has no person's voice


def voiced(preview: PreviewWindow, key: str, language: str) -> bool:
    """The preview shows a person's voice for this page (not a draft, not none)."""
    page = preview.pack.page(key)
    spoken = page.narration(language) if page is not None else None
    return spoken is not None and not spoken.draft


def test_when_every_page_has_a_voice_the_walk_says_so(qtbot, preview: PreviewWindow) -> None:
    tap(qtbot, preview.panes[1].record)
    recorder = preview.recorder
    assert recorder is not None
    tap(qtbot, recorder.buttons["skip"])  # the starter pack has one page
    assert recorder.message.text() == "No other page is waiting for a voice."
    while not recorder.walk.complete:
        read_aloud(qtbot, preview, "ur")
        tap(qtbot, recorder.buttons["keep"])
    tap(qtbot, recorder.buttons["save"])
    qtbot.waitUntil(lambda: not recorder.saving, timeout=30000)
    qtbot.waitUntil(lambda: all(voiced(preview, p.key, "ur") for p in preview.pack.pages()),
                    timeout=30000)
    assert "Every page now has a person's voice" in recorder.message.text()
    assert recorder.walk.waiting() == []


def test_nothing_heard_is_nothing_to_keep(qtbot, preview: PreviewWindow) -> None:
    tap(qtbot, preview.panes[0].record)
    recorder = preview.recorder
    assert recorder is not None
    tap(qtbot, recorder.buttons["record"])
    # Half a second of silence.
    sound_server.speak(qtbot, recorder.microphone, bytes(sound_server.MICROPHONE_RATE))
    tap(qtbot, recorder.buttons["record"])
    assert recorder.message.text().startswith("Nothing was heard")
    assert not recorder.buttons["keep"].isEnabled()
    assert recorder.walk.kept == 0


@pytest.mark.allow_logged_errors
def test_a_save_that_fails_keeps_the_old_voice_and_says_so(
        qtbot, preview: PreviewWindow, monkeypatch) -> None:
    tap(qtbot, preview.panes[0].record)
    recorder = preview.recorder
    assert recorder is not None
    while not recorder.walk.complete:
        read_aloud(qtbot, preview, "en")
        tap(qtbot, recorder.buttons["keep"])
    folder = preview.path / "topics" / recorder.walk.page.topic_id
    before = sorted(p.name for p in folder.iterdir())

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sndfile, "write", disk_full)
    tap(qtbot, recorder.buttons["save"])
    qtbot.waitUntil(lambda: not recorder.saving, timeout=30000)
    assert "could not be saved" in recorder.message.text()
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing half-written
    assert recorder.buttons["save"].isEnabled()  # the takes are still there to try again


def test_a_built_kpack_is_previewed_but_not_recorded_into(qtbot, tmp_path: Path) -> None:
    from kiosk._qt import fonts

    fonts.load_fonts()
    built = build_kpack(make_pack(tmp_path / "pack", 2), tmp_path / "pack.kpack")
    view = PreviewWindow(built)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    assert not any(pane.record.isVisible() for pane in view.panes)
    assert view.record_note.isVisible() and ".kpack" in view.record_note.text()
    view.record("en")
    assert view.recorder is None
    view.close()
