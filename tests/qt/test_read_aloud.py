"""The speaker button: a patient who cannot read taps it and hears the screen.

Pages play from the pack's narration through a speaker the test drives (fake_speaker.py:
the kiosk's real samples, heard when the test says), or through Qt's real audio sink
into a private PulseAudio null sink (sound_server.py); the computer's voice is Qt's own
"mock" speech engine, which speaks English only.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk._qt.app import Kiosk
from kiosk._qt.voice.computer_voice import ComputerVoice
from kiosk._qt.voice.narrator import Narrator, State
from kiosk._qt.voice.output import Speaker
from kiosk.core.model import PageKind
from kiosk.core.reading import Clip
from tests.qt import sound_server
from tests.qt.conftest import running_kiosk, switch_language, tap
from tests.qt.fake_speaker import FakeSpeaker


def open_page(qtbot, k: Kiosk, language: str, topic_id: str, page_id: str) -> None:
    w = k.window
    w.viewer.animated = False
    tap(qtbot, w.attract.buttons["ur"] if language == "ur" else w.attract.buttons["en"])
    w.open_topic(topic_id)
    while w.viewer.page is not None and w.viewer.page.id != page_id:
        w.viewer.go_next()
    assert w.viewer.page is not None and w.viewer.page.id == page_id


def test_a_page_is_read_aloud_with_its_sentence_marked(qtbot, kiosk: Kiosk,
                                                       speaker: FakeSpeaker) -> None:
    w = kiosk.window
    open_page(qtbot, kiosk, "ur", "immune-system", "b-and-t-cells")
    button = w.viewer.aloud.speaker
    assert button.isVisible() and button.text() == "سنیں"
    assert button.width() >= w.viewer.back.height()  # a finger's size, like Back and Next
    tap(qtbot, button)
    assert speaker.played == ["b-and-t-cells.ur.ogg"] and speaker.playing
    assert button.text() == "روکیں" and button.state is State.PLAYING
    narrator = w.narrator
    page = w.viewer.page
    assert page is not None
    timed = page.narration("ur").sentences  # type: ignore[union-attr]
    # Heard up to the middle of the third sentence (the first is the page's title).
    speaker.hear(timed[2].start + 0.5 - speaker.played_seconds())
    assert narrator.sentence == timed[2].text
    assert w.viewer.text.marked(), "the sentence being read is highlighted"
    assert 0 < narrator.progress < 1 and button.progress == narrator.progress
    tap(qtbot, button)
    assert narrator.state is State.PAUSED and speaker.paused and button.text() == "جاری رکھیں"
    tap(qtbot, button)
    assert narrator.state is State.PLAYING and not speaker.paused
    speaker.hear_to_end()
    assert narrator.state is State.FINISHED and narrator.progress == 1.0
    assert button.text() == "دوبارہ سنیں" and not w.viewer.text.marked()
    tap(qtbot, button)  # again, from the start
    assert narrator.state is State.PLAYING and speaker.played[-1] == "b-and-t-cells.ur.ogg"
    assert speaker.played_seconds() < 1.0


@pytest.mark.parametrize("how", ["next page", "language", "home", "idle reset"])
def test_the_voice_stops_when_the_screen_changes(qtbot, kiosk: Kiosk, speaker: FakeSpeaker,
                                                 how: str) -> None:
    w = kiosk.window
    open_page(qtbot, kiosk, "en", "immune-system", "defence-team")
    tap(qtbot, w.viewer.aloud.speaker)
    speaker.hear(2.0)
    assert speaker.playing
    if how == "next page":
        tap(qtbot, w.viewer.next)
    elif how == "language":
        switch_language(qtbot, w)
    elif how == "home":
        tap(qtbot, w.topbar.home)
    else:
        w.reset()
    assert not speaker.playing and w.narrator.state is State.STOPPED
    assert w.viewer.aloud.speaker.progress == 0.0
    if how in ("next page", "language"):
        assert w.viewer.aloud.speaker.text() in ("Listen", "سنیں")


def test_a_listener_is_not_taken_for_someone_who_left(qtbot, kiosk: Kiosk,
                                                      speaker: FakeSpeaker) -> None:
    w = kiosk.window
    open_page(qtbot, kiosk, "en", "immune-system", "defence-team")
    assert w.idle.active
    tap(qtbot, w.viewer.aloud.speaker)
    assert not w.idle.active and w.idle.held, "the idle count waits while a page is read"
    speaker.hear_to_end()
    assert w.idle.active and not w.idle.held, "and starts again when the voice stops"


def test_the_quiz_reads_the_question_and_its_answers_as_shown(qtbot, kiosk: Kiosk,
                                                              speaker: FakeSpeaker) -> None:
    w = kiosk.window
    page = next(p for p in kiosk.session.pack.pages() if p.kind is PageKind.QUIZ)
    open_page(qtbot, kiosk, "ur", page.topic_id, page.id)
    quiz = w.viewer.quiz
    tap(qtbot, w.viewer.aloud.speaker)
    shown = [b.text() for b in quiz.choices if b.choice is not None]
    said = [c.text for c in w.narrator.clips]
    assert said[-len(shown):] == shown, "answers are read in the order of their buttons"
    assert said[-len(shown) - 1] == page.questions[0].prompt.get("ur")
    assert all(c.recorded for c in w.narrator.clips)
    # While an answer is read, its button stands out.
    while w.narrator.clips[w.narrator._index].text != shown[1]:
        speaker.hear(0.25)
    speaker.hear(0.05)
    marked = [b.text() for b in quiz.choices if b.marked]
    assert marked == [shown[1]]
    tap(qtbot, quiz.choices[0])  # answering is a new screen: the voice stops
    assert not speaker.playing and w.narrator.state is State.STOPPED
    tap(qtbot, w.viewer.aloud.speaker)
    # The verdict is the kiosk's own words (no Urdu computer voice here: left out);
    # the explanation is the pack's recording.
    assert [c.text for c in w.narrator.clips] == [" ".join(
        page.questions[0].explanation.get("ur").split())]
    assert speaker.played[-1] == f"{page.id}.ur.ogg"


@pytest.fixture
def voiced_kiosk(qtbot, tmp_path: Path, default_pack_dir: Path,
                 speaker: FakeSpeaker) -> Iterator[Kiosk]:
    """The kiosk with Qt's mock speech engine (English only) as the computer's voice, on
    a copy of the default pack whose first page has no narration at all."""
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir, pack)
    for path in (pack / "topics" / "immune-system").glob("defence-team.*"):
        if path.suffix in (".ogg", ".toml") and path.name != "topic.toml":
            path.unlink()
    with running_kiosk(qtbot, tmp_path / "data", pack,
                       Narrator(speaker, ComputerVoice("mock"), 0.7)) as k:
        yield k


def test_without_narration_the_computer_voice_reads_or_the_button_hides(
        qtbot, voiced_kiosk: Kiosk, speaker: FakeSpeaker) -> None:
    w = voiced_kiosk.window
    open_page(qtbot, voiced_kiosk, "en", "immune-system", "defence-team")
    button = w.viewer.aloud.speaker
    assert button.isVisible()
    with qtbot.waitSignal(w.narrator.stateChanged,
                          check_params_cb=lambda state: state == "finished", timeout=60000):
        tap(qtbot, button)
        assert not w.narrator.clips[0].recorded and not speaker.played
    # Qt's mock engine has no Urdu voice, and the page has no Urdu recording: no button.
    switch_language(qtbot, w)
    assert not button.isVisible() and not w.viewer.aloud.volume.isVisible()
    w.viewer.go_next()  # a narrated page: the button is back
    assert button.isVisible()


def test_the_game_reads_its_instructions_then_its_feedback(qtbot, voiced_kiosk: Kiosk,
                                                           speaker: FakeSpeaker) -> None:
    w = voiced_kiosk.window
    page = next(p for p in voiced_kiosk.session.pack.pages()
                if p.kind is PageKind.SELF_NONSELF)
    open_page(qtbot, voiced_kiosk, "en", page.topic_id, page.id)
    game = w.viewer.game
    tap(qtbot, w.viewer.aloud.speaker)
    clips = w.narrator.clips
    assert clips[0].recorded and clips[0].audio.name == f"{page.id}.en.ogg"  # type: ignore[union-attr]
    assert clips[-1].text == game.message.text() and not clips[-1].recorded
    tap(qtbot, game.attack)
    assert w.narrator.state is State.STOPPED
    with qtbot.waitSignal(w.narrator.stateChanged,
                          check_params_cb=lambda state: state == "finished", timeout=60000):
        tap(qtbot, w.viewer.aloud.speaker)
    assert [c.text for c in w.narrator.clips] == [" ".join(game.message.text().split())]


def test_volume_steps_and_the_next_patient_starts_at_the_staff_default(
        qtbot, kiosk: Kiosk, speaker: FakeSpeaker) -> None:
    w = kiosk.window
    assert kiosk.session.settings.volume == 70
    open_page(qtbot, kiosk, "en", "immune-system", "defence-team")
    volume = w.viewer.aloud.volume
    assert volume.level == 1 and volume.accessibleName() == "Volume: medium"
    tap(qtbot, volume)
    assert kiosk.session.volume == 1.0 and w.narrator.volume == 1.0
    assert volume.accessibleName() == "Volume: loud"
    tap(qtbot, w.viewer.aloud.speaker)
    assert speaker.volume == pytest.approx(1.0)
    tap(qtbot, volume)
    assert w.narrator.volume == 0.45 and speaker.volume < 0.45  # linear: quieter than heard
    w.reset()
    assert kiosk.session.volume == 0.7 and w.narrator.volume == 0.7


@pytest.mark.allow_logged_errors
def test_a_damaged_narration_never_stops_the_kiosk(qtbot, tmp_path: Path,
                                                   default_pack_dir: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir, pack)
    speaker = FakeSpeaker()
    with running_kiosk(qtbot, tmp_path / "data", pack, Narrator(speaker, None)) as k:
        w = k.window
        open_page(qtbot, k, "en", "immune-system", "defence-team")
        # The file is damaged after the pack was checked (a failing disk).
        (pack / "topics" / "immune-system" / "defence-team.en.ogg").write_bytes(b"OggS broken")
        tap(qtbot, w.viewer.aloud.speaker)
        assert w.narrator.state is State.FINISHED and not speaker.played
        tap(qtbot, w.viewer.next)  # and the kiosk goes on
        tap(qtbot, w.viewer.aloud.speaker)
        assert speaker.playing


def test_the_real_speaker_plays_to_the_sound_server(qtbot, default_pack_dir: Path) -> None:
    assert sound_server.running(), "needs PulseAudio (Debian: apt install pulseaudio)"
    from kiosk.core.packdir import load_pack

    page = load_pack(default_pack_dir).pages()[0]
    spoken = page.narration("en")
    assert spoken is not None
    title = spoken.sentences[0]  # a second or two of sound
    narrator = Narrator(Speaker(), None)
    clip = Clip(title.text, "en", spoken.audio, title.start, title.end, (title,))
    with qtbot.waitSignal(narrator.started, timeout=30000):
        narrator.play([clip])
    with qtbot.waitSignal(narrator.stateChanged,
                          check_params_cb=lambda state: state == "finished", timeout=60000):
        pass
    assert narrator.progress == 1.0
    narrator.deleteLater()


def test_the_speaker_button_grows_with_its_words_and_their_size(qtbot) -> None:
    from PySide6.QtGui import QFont

    from kiosk._qt.voice.controls import SpeakerButton

    button = SpeakerButton()
    qtbot.addWidget(button)
    button.words = ("Listen", "Pause")
    button.setText("Listen")
    font = QFont(button.font())
    font.setPixelSize(20)
    button.setFont(font)
    small = button.sizeHint().width()
    font.setPixelSize(40)  # the largest text: the same words, bigger
    button.setFont(font)
    bigger = button.sizeHint().width()
    assert bigger > small + 40  # Listen and its padding: about twice as wide
    button.words = ("Listen", "Pause", "Listen again")
    button.setText("Listen again")
    assert button.sizeHint().width() > bigger
