"""A page that names several treatments labels each one, in words, colour and shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk._qt import theme
from kiosk._qt.voice.narrator import Narrator
from kiosk.core.model import Status
from tests.core.kpack_helpers import make_pack
from tests.core.test_packdir import TREATMENTS
from tests.qt.conftest import running_kiosk, tap
from tests.qt.fake_speaker import FakeSpeaker


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = make_pack(tmp_path / "pack")
    topic = folder / "topics" / "first-topic" / "topic.toml"
    topic.write_text(topic.read_text(encoding="utf-8") + TREATMENTS, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["Insulin: approved treatment", "Teplizumab: approved by the US FDA only",
            "Stem cells: experimental, clinical trial only"]),
    ("ur", ["انسولین: منظور شدہ", "ٹیپلیزوماب: صرف امریکی ایف ڈی اے سے منظور شدہ",
            "اسٹیم سیل: تجرباتی، صرف ٹرائل میں"]),
])
def test_each_treatment_has_its_own_label(qtbot, tmp_path: Path, pack: Path, language: str,
                                          words: list[str]) -> None:
    with running_kiosk(qtbot, tmp_path / "data", pack,
                       narrator=Narrator(FakeSpeaker(), None, 0.7)) as k:
        w = k.window
        w.viewer.animated = False
        tap(qtbot, w.attract.buttons["ur"] if language == "ur" else w.attract.buttons["en"])
        w.open_topic("first-topic")
        chips = w.viewer.status.shown()
        assert w.viewer.status.texts() == words
        colours = [chip._colour.name() for chip in chips]
        assert colours == [theme.STATUS_COLOURS[s.value].name() for s in
                           (Status.APPROVED, Status.APPROVED, Status.EXPERIMENTAL)]
        assert all(chip._mark is not None for chip in chips)  # a shape, not colour alone
        # Every label is on screen, clear of the page's words.
        viewer = w.viewer
        words = viewer.body.geometry().translated(viewer.content.pos())
        for chip in chips:
            place = chip.rect().translated(chip.mapTo(viewer, chip.rect().topLeft()))
            assert viewer.rect().contains(place) and not place.intersects(words)
