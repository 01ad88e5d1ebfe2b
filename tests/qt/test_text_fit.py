"""kiosk-pack validate measures text with the kiosk's own fonts and screens (Qt side of the
core's register_text_fit_check hook)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk._qt.staff.textfit import check_text_fit
from kiosk.core.packdir import load_pack
from kiosk.packcli import main
from tests.core.kpack_helpers import make_pack, pack_files, write_folder


def too_long_pack(folder: Path) -> Path:
    files = pack_files(2, en="- Rest.\n" * 140)  # under the 1200-character limit, 140 lines
    topic = files["topics/first-topic/topic.toml"].decode()
    topic = topic.replace('en = "First topic"',
                          'en = "' + "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3 + '"')
    files["topics/first-topic/topic.toml"] = topic.encode()
    return write_folder(folder, files)


def test_text_that_would_not_fit_is_reported_for_each_screen(tmp_path: Path) -> None:
    problems = check_text_fit(load_pack(too_long_pack(tmp_path / "p")))
    text = "\n".join(str(p) for p in problems)
    assert "topics/first-topic/topic.toml" in text and "does not fit its tile" in text
    assert "first-page.en.md" in text and "longer than its box" in text
    assert "1920×1080" in text and "1080×1920" in text
    assert "first-page.ur.md" not in text  # the Urdu page is short


def test_a_short_pack_fits(tmp_path: Path) -> None:
    assert check_text_fit(load_pack(make_pack(tmp_path / "p"))) == []


def test_the_bundled_pack_fits(default_pack_dir: Path) -> None:
    assert check_text_fit(load_pack(default_pack_dir)) == []


def test_kiosk_pack_validate_uses_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = too_long_pack(tmp_path / "p")
    assert main(["validate", str(folder)]) == 1
    assert "longer than its box" in capsys.readouterr().err
    assert main(["validate", "--no-text-fit", str(folder)]) == 0
