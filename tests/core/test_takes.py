"""A person's recording: loudness as BS.1770 measures it, takes trimmed and judged, and a
page recorded sentence by sentence into a pack folder, then read back as the kiosk reads it."""

from __future__ import annotations

import io
import math
import shutil
import struct
import subprocess
from array import array
from pathlib import Path

import numpy as np
import pytest
import soundfile

from kiosk.core import loudness, narration, sndfile, voicefiles
from kiosk.core.packdir import load_pack
from kiosk.core.recording import RecordingWalk, needs_voice
from kiosk.core.recording import voices as recording_voices
from kiosk.core.settings import Settings
from kiosk.core.takes import Take, Verdict, from_device, join, judge, trim
from kiosk.core.validate import validate_folder

pyloudnorm = pytest.importorskip("pyloudnorm")


def speech(text: str, language: str = "en") -> tuple[np.ndarray, int]:
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is needed (Debian: apt install espeak-ng; .ci/run installs it)")
    out = subprocess.run(["espeak-ng", "-v", language, "--stdout", text], capture_output=True,
                         check=True).stdout
    samples, rate = soundfile.read(io.BytesIO(out), dtype="int16")
    return samples, int(rate)


def as_take(samples: np.ndarray, rate: int) -> Take:
    return Take(array("h", samples.astype("<i2").tobytes()), rate)


def tone(seconds: float, rate: int = 24000, level: float = 0.3, freq: float = 220) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return np.clip(np.round(level * 32767 * np.sin(2 * np.pi * freq * t)), -32767, 32767
                   ).astype(np.int16)


def noise(seconds: float, rate: int = 24000, level: float = 0.002) -> np.ndarray:
    rng = np.random.default_rng(7)
    return np.round(rng.normal(0, level * 32767, int(seconds * rate))).astype(np.int16)


@pytest.mark.parametrize("rate", [16000, 22050, 44100, 48000])
def test_loudness_is_measured_as_pyloudnorm_measures_it(rate: int) -> None:
    voice, voice_rate = speech("Your immune system protects you from germs. "
                               "It can also attack your own body by mistake.")
    pcm = np.round(np.interp(np.arange(int(len(voice) * rate / voice_rate)) * voice_rate / rate,
                             np.arange(len(voice)), voice)).astype(np.int16)
    reference = pyloudnorm.Meter(rate).integrated_loudness(pcm / 32768.0)
    assert math.isclose(loudness.integrated(as_take(pcm, rate).samples, rate), reference,
                        abs_tol=0.01)


def test_quiet_speech_is_brought_to_the_target_and_silence_is_left_alone() -> None:
    voice, rate = speech("Talk to your doctor before you stop any medicine.")
    quiet = (voice * 0.05).astype(np.int16)
    out = np.frombuffer(loudness.normalised(as_take(quiet, rate).samples, rate).tobytes(),
                        dtype="<i2")
    # Up to the target, unless its loudest sound reaches the peak first (speech's loudest
    # sounds stand well above its average; nothing is squashed to make room).
    peak = np.max(np.abs(out))
    assert peak <= loudness.PEAK * 32768 + 1
    reached = pyloudnorm.Meter(rate).integrated_loudness(out / 32768.0)
    assert abs(reached - (-18.0)) < 0.5 or (reached < -18 and peak >= loudness.PEAK * 32767)
    silent = array("h", bytes(2 * rate))
    assert loudness.normalised(silent, rate) == silent
    assert loudness.integrated(array("h", [1, 2, 3]), rate) == -math.inf


def test_a_device_s_samples_become_one_mono_take_at_an_opus_rate() -> None:
    left_right = struct.pack("<4h", 1000, 3000, -2000, -4000)
    take = from_device(left_right, 48000, 2, "int16")
    assert (list(take.samples), take.rate) == ([2000, -3000], 48000)
    floats = struct.pack("<2f", 0.5, -1.0)
    assert list(from_device(floats, 24000, 1, "float").samples) == [16384, -32767]
    ints = struct.pack("<2i", 1 << 30, -(1 << 30))
    assert list(from_device(ints, 16000, 1, "int32").samples) == [16384, -16384]
    assert list(from_device(bytes([128, 255, 0]), 16000, 1, "uint8").samples) == \
        [0, 32512, -32767]
    cd = from_device(tone(1.0, 44100).tobytes(), 44100, 1, "int16")
    assert cd.rate == 48000 and abs(cd.seconds - 1.0) < 0.001
    # The tone is still the tone: its loudness does not move when the rate does.
    assert math.isclose(loudness.integrated(cd.samples, 48000),
                        loudness.integrated(as_take(tone(1.0, 44100), 44100).samples, 44100),
                        abs_tol=0.2)
    assert from_device(b"\x01", 24000, 1, "int16").seconds == 0  # half a sample is none


def test_silence_around_the_words_is_trimmed_with_a_little_air() -> None:
    voice, rate = speech("Sugar in the blood.")
    words = trim(as_take(voice, rate))  # espeak's own edges first
    padded = np.concatenate([noise(2.0, rate), words.samples, noise(3.0, rate)])
    trimmed = trim(as_take(padded, rate))
    assert words.seconds <= trimmed.seconds <= words.seconds + 0.5
    assert judge(trimmed) is Verdict.GOOD


def test_a_take_is_judged_before_it_is_kept() -> None:
    rate = 24000
    assert judge(trim(as_take(noise(3.0, rate, 0.001), rate))) is Verdict.SILENT
    assert judge(trim(as_take(np.zeros(rate, np.int16), rate))) is Verdict.SILENT
    assert judge(trim(as_take(tone(1.0, rate, 0.02), rate))) is Verdict.QUIET
    assert judge(trim(as_take(tone(1.0, rate, 1.5), rate))) is Verdict.CLIPPED
    assert judge(trim(as_take(tone(1.0, rate, 0.4), rate))) is Verdict.GOOD


def test_a_page_s_takes_are_joined_with_a_reader_s_pauses() -> None:
    rate = 24000
    lines = [narration.Line("Title.", "page"), narration.Line("Body.", "page"),
             narration.Line("Question?", "q1")]
    takes = [as_take(tone(s, rate, 0.05 * (i + 1)), rate) for i, s in enumerate((1.0, 2.0, 0.5))]
    sound, timed = join(lines, takes)
    assert [(s.start, s.end) for s in timed] == [
        (0.0, 1.0), (1.0 + voicefiles.PAUSE_SENTENCE, 3.0 + voicefiles.PAUSE_SENTENCE),
        (3.0 + voicefiles.PAUSE_SENTENCE + voicefiles.PAUSE_PART,
         3.5 + voicefiles.PAUSE_SENTENCE + voicefiles.PAUSE_PART)]
    assert [s.part for s in timed] == ["page", "page", "q1"]
    assert abs(loudness.integrated(sound.samples, rate) - loudness.TARGET_LUFS) < 0.5
    with pytest.raises(ValueError):
        join(lines, takes[:2])


@pytest.fixture
def pack_dir(tmp_path: Path, default_pack_dir: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(default_pack_dir, target)
    return target


def test_a_page_recorded_sentence_by_sentence_is_a_person_s_voice_in_the_pack(
        pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    quiz = next(p for p in pack.pages() if p.questions)
    walk = RecordingWalk(pack, "ur", Settings().placeholders(), quiz.key)
    assert walk.line.text == quiz.title.get("ur") and walk.line.part == "page"
    assert walk.hear(as_take(noise(2.0), 24000)) is Verdict.SILENT
    with pytest.raises(ValueError):
        walk.keep()  # nothing heard is nothing to keep
    for number in range(len(walk.lines)):
        assert walk.index == number
        walk.hear(as_take(np.concatenate([noise(0.5), tone(0.6, level=0.2 + 0.01 * number),
                                          noise(0.5)]), 24000))
        walk.keep()
    assert walk.complete
    # A sentence redone after the others: only that take changes.
    walk.go_to(1)
    walk.hear(as_take(tone(1.5, level=0.3), 24000))
    walk.keep()
    path = walk.save()
    assert path.name == f"{quiz.id}.ur.ogg"
    problems = [str(p) for p in validate_folder(pack_dir, check_review=False,
                                                text_fit=lambda _: [])]
    assert not [p for p in problems if quiz.id in p], problems
    spoken = next(p for p in load_pack(pack_dir).pages() if p.key == quiz.key).narration("ur")
    assert spoken is not None and not spoken.draft and spoken.voice.startswith("a person")
    assert [s.text for s in spoken.sentences] == [line.text for line in walk.lines]
    assert spoken.span("q1.why") is not None
    info = sndfile.info(path)
    assert (info.format, info.subtype, info.rate) == ("OGG", "OPUS", 24000)
    assert math.isclose(info.seconds, spoken.sentences[-1].end, abs_tol=0.1)
    assert spoken.sentences[1].end - spoken.sentences[1].start > 1.4  # the redone take


def test_the_walk_goes_on_to_the_pages_still_without_a_person_s_voice(pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    pages = pack.pages()
    walk = RecordingWalk(pack, "en", {}, pages[-1].key)
    assert all(needs_voice(p, "en") for p in pages)  # the default pack's drafts
    walk.recorded.add(pages[0].key)
    assert walk.next_page() == pages[1]  # from the start again, skipping what is done
    walk.open(pages[1])
    assert walk.line.text == pages[1].title.get("en") and walk.kept == 0
    walk.recorded.update(p.key for p in pages)
    assert walk.next_page() is None and walk.waiting() == []


def test_a_pashto_walk_stays_in_the_topics_written_in_pashto(pack_dir: Path) -> None:
    # Not "Your cells carry an ID card" in English, read out as Pashto narration.
    pack = load_pack(pack_dir)
    pashto = pack.pages_in("ps")
    walk = RecordingWalk(pack, "ps", {}, pashto[0].key)
    assert [p.key for p in walk.waiting()] == [p.key for p in pashto]
    assert len(pashto) == 24 < len(pack.pages())
    for page in pashto[:-1]:
        walk.recorded.add(page.key)
        following = walk.next_page()
        assert following is not None and pack.topic(following.topic_id).has("ps")
    (voices,) = [v for v in recording_voices(pack) if v.language == "ps"]
    assert voices.pages == 24 and voices.silent == 24


def test_a_save_that_fails_leaves_the_page_s_old_narration(pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    page = pack.pages()[0]
    folder = pack_dir / "topics" / page.topic_id
    before = (folder / f"{page.id}.en.ogg").read_bytes()
    with pytest.raises(sndfile.SoundFileError):
        voicefiles.save(folder, page.id, "en", bytes(44100 * 2), 44100, [], draft=False,
                        voice="x", said={})
    assert (folder / f"{page.id}.en.ogg").read_bytes() == before
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
