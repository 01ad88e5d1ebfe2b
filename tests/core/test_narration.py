"""Narration in packs: read with its timings, validated file by file, drafted by espeak-ng."""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile

from kiosk.core import narration
from kiosk.core.model import Localized
from kiosk.core.narrate import VOICES, NoSpeechEngine, narrate_pages, normalise
from kiosk.core.packdir import load_pack
from kiosk.core.reading import Part, Say, clips
from kiosk.core.settings import Settings
from kiosk.core.validate import validate_folder
from kiosk.packcli import main as packcli


@pytest.fixture
def pack_dir(tmp_path: Path, default_pack_dir: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(default_pack_dir, target)
    return target


def messages(folder: Path) -> list[str]:
    return [str(p) for p in validate_folder(folder, check_review=False, text_fit=lambda _: [])]


def tone(path: Path, seconds: float = 1.0, rate: int = 24000, **kwargs: object) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    soundfile.write(str(path), (0.2 * np.sin(2 * np.pi * 220 * t)).astype("float32"), rate,
                    **kwargs)
    return path


def test_the_default_pack_is_narrated_in_every_language_a_voice_speaks(
        default_pack_dir: Path) -> None:
    pack = load_pack(default_pack_dir)
    # Pashto has no espeak-ng voice: its pages wait for a person to record them.
    assert "ps" in pack.languages and "ps" not in VOICES
    assert not any(page.narration("ps") for page in pack.pages())
    for page in pack.pages():
        for language in (code for code in page.body.texts if code in VOICES):
            spoken = page.narration(language)
            assert spoken is not None, f"{page.key} has no {language} narration"
            assert spoken.draft, "machine narration must say it is a draft"
            assert spoken.sentences and spoken.span("page") is not None
            if page.questions:
                assert spoken.span(f"q{len(page.questions)}.why") is not None


def test_the_default_pack_narration_validates(default_pack_dir: Path) -> None:
    problems = messages(default_pack_dir)
    assert not [p for p in problems if ".ogg" in p or ".timings" in p], problems


def test_a_page_is_read_as_it_is_on_screen(default_pack_dir: Path) -> None:
    pack = load_pack(default_pack_dir)
    page = next(p for p in pack.pages() if p.questions)
    question = page.questions[0]
    shown = list(reversed(question.choices))  # the buttons' order, not the recorded one
    said = clips(page, "ur", Settings().placeholders(),
                 [Part("q1", question.prompt.get("ur")),
                  *(Part("q1", c.text.get("ur")) for c in shown), Say("بالکل صحیح!")])
    assert [c.text for c in said] == [question.prompt.get("ur"),
                                      *(c.text.get("ur") for c in shown), "بالکل صحیح!"]
    assert all(c.recorded for c in said[:-1]) and not said[-1].recorded
    starts = [c.start for c in said[1:-1]]
    assert starts == sorted(starts, reverse=True)  # played in the order shown


def test_narration_that_says_another_emergency_number_is_not_played(
        default_pack_dir: Path) -> None:
    pack = load_pack(default_pack_dir)
    page = next(p for p in pack.pages() if "{emergency_number}" in p.body.get("en"))
    ours = clips(page, "en", {"emergency_number": "1122"}, [Part("page")])
    assert ours[0].recorded
    theirs = clips(page, "en", {"emergency_number": "115"}, [Part("page")])
    # The screen says 115; the recording says 1122: the computer's voice reads the screen.
    assert not theirs[0].recorded and "115" in theirs[0].text


def test_what_is_read_follows_the_page_and_the_language(default_pack_dir: Path) -> None:
    # The speaker remembers the last pages' scripts: a page of a new pack version with
    # other words, or another language, is read as it now is.
    pack = load_pack(default_pack_dir)
    page = next(p for p in pack.pages() if not p.questions)
    before = clips(page, "en", {}, [Part("page")])
    assert clips(page, "en", {}, [Part("page")]) == before
    edited = dataclasses.replace(page, body=Localized({**page.body.texts,
                                                       "en": "Wash your hands. Rest."}))
    assert [c.text for c in clips(edited, "en", {}, [Part("page")])] == [
        f"{page.title.get('en')} Wash your hands. Rest."]
    urdu = clips(page, "ur", {}, [Part("page")])
    assert urdu[0].text.startswith(page.title.get("ur"))
    assert clips(page, "en", {}, [Part("page")]) == before


def test_sound_reads_a_stretch_of_a_file(tmp_path: Path) -> None:
    path = tone(tmp_path / "a.en.ogg", 3.0, format="OGG", subtype="OPUS")
    sound = narration.Sound(path, 1.0, 2.0)
    total = b""
    while chunk := sound.read(4000):
        total += chunk
    assert abs(len(total) / sound.frame_bytes / sound.rate - 1.0) < 0.01
    assert sound.read(4000) == b""


@pytest.mark.parametrize(("make", "expected"), [
    (lambda p: p.write_bytes(b"OggS" + b"\0" * 3000), "is damaged or is not a sound file"),
    (lambda p: p.write_bytes(b""), "is damaged or is not a sound file"),
    (lambda p: tone(p, 1.0, 8000, format="OGG", subtype="VORBIS"), "sample rate of 8000 Hz"),
    (lambda p: tone(p, 301.0, 16000, format="OGG", subtype="OPUS"), "lasts 5.0 minutes"),
    (lambda p: tone(p, 0.0, format="WAV"), "is WAV"),
    (lambda p: p.write_bytes(b"\0" * (narration.MAX_BYTES + 1)), "is too big"),
])
def test_a_bad_narration_file_is_named_with_what_to_do(pack_dir: Path, make, expected) -> None:
    path = pack_dir / "topics" / "immune-system" / "defence-team.en.ogg"
    path.unlink()
    narration.timings_file(path.parent, "defence-team", "en").unlink()
    make(path)
    found = [p for p in messages(pack_dir) if p.startswith(
        "topics/immune-system/defence-team.en.ogg:")]
    assert found and expected in found[0], found


def test_sound_in_the_wrong_place_or_format_is_refused(pack_dir: Path) -> None:
    topic = pack_dir / "topics" / "immune-system"
    tone(topic / "no-such-page.en.ogg", format="OGG", subtype="OPUS")
    tone(topic / "defence-team.pa.ogg", format="OGG", subtype="OPUS")
    tone(topic / "Recording 1.ogg", format="OGG", subtype="OPUS")
    tone(topic / "defence-team.ur.wav", format="WAV")
    found = messages(pack_dir)
    for expected in (
            "no-such-page.en.ogg: is narration for a page 'no-such-page' that this topic "
            "does not have",
            "defence-team.pa.ogg: is narration in 'pa', a language the pack does not have",
            "Recording 1.ogg: is not named like a narration",
            "defence-team.ur.wav: is a kind of sound file the kiosk does not play"):
        assert any(expected in p for p in found), (expected, found)


def test_timings_that_do_not_fit_the_sound_or_the_page(pack_dir: Path) -> None:
    topic = pack_dir / "topics" / "immune-system"
    timings = narration.timings_file(topic, "defence-team", "ur")
    text = timings.read_text(encoding="utf-8")
    timings.write_text(text.replace("end = ", "end = 29", 1), encoding="utf-8")
    (topic / "defence-team.en.md").write_text("New words.\n", encoding="utf-8")
    found = messages(pack_dir)
    assert any("defence-team.ur.timings.toml: sentence 1 ends at" in p for p in found), found
    assert any("defence-team.en.timings.toml: was made for words the page no longer has" in p
               for p in found), found


def test_timings_without_their_sound_stop_the_pack_loading(pack_dir: Path) -> None:
    topic = pack_dir / "topics" / "immune-system"
    (topic / "defence-team.en.ogg").unlink()
    found = messages(pack_dir)
    assert any("defence-team.en.timings.toml: gives timings for a narration that is not "
               "there" in p for p in found), found


def test_loudness_is_brought_to_the_target(tmp_path: Path) -> None:
    pyloudnorm = pytest.importorskip("pyloudnorm")
    rate = 24000
    quiet = (0.01 * np.sin(2 * np.pi * 300 * np.arange(rate * 3) / rate)).astype("float32")
    out = normalise(quiet, rate)
    assert abs(pyloudnorm.Meter(rate).integrated_loudness(out) - (-18.0)) < 0.5
    assert np.max(np.abs(out)) <= 0.891


def test_espeak_ng_drafts_a_page_with_timings(pack_dir: Path) -> None:
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is needed (Debian: apt install espeak-ng; .ci/run installs it)")
    pack = load_pack(pack_dir)
    page = next(p for p in pack.pages() if p.key == "immune-system/defence-team")
    for path in (page.narration("ur").audio, narration.timings_file(
            pack_dir / "topics" / "immune-system", page.id, "ur")):
        path.unlink()
    written = list(narrate_pages([page], lambda p: pack_dir / "topics" / p.topic_id, ["ur"],
                                 Settings().placeholders()))
    assert [p.name for p in written] == ["defence-team.ur.ogg"]
    info = soundfile.info(str(written[0]))
    assert (info.format, info.subtype) == ("OGG", "OPUS")
    reread = next(p for p in load_pack(pack_dir).pages() if p.id == page.id).narration("ur")
    assert reread is not None and reread.draft and "espeak-ng" in reread.voice
    assert reread.sentences[0].text == page.title.get("ur")
    ends = [s.end for s in reread.sentences]
    assert ends == sorted(ends) and math.isclose(ends[-1], info.frames / info.samplerate,
                                                 abs_tol=0.1)
    assert not messages(pack_dir) or all(".ogg" not in m and "timings" not in m
                                         for m in messages(pack_dir))


def test_no_engine_says_so(monkeypatch, pack_dir: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    pack = load_pack(pack_dir)
    with pytest.raises(NoSpeechEngine, match="apt install espeak-ng"):
        list(narrate_pages(pack.pages()[:1], lambda p: pack_dir, ["en"], {}))


def test_narrate_command_writes_one_page_and_says_it_is_a_draft(pack_dir: Path, capsys) -> None:
    assert packcli(["narrate", str(pack_dir), "--lang", "en",
                    "--page", "immune-system/first-barrier"]) == 0
    out = capsys.readouterr().out
    assert "wrote topics/immune-system/first-barrier.en.ogg (draft)" in out
    assert "1 narration file(s) written" in out
    assert packcli(["narrate", str(pack_dir), "--page", "nope"]) == 1
