"""Packs may name Font Awesome 5 icons only: the one icon set the installer ships."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk.core import icons
from kiosk.core.packdir import load_pack
from kiosk.core.problems import PackError


@pytest.fixture
def topic_file(tmp_path: Path, default_pack_dir: Path) -> Path:
    shutil.copytree(default_pack_dir, tmp_path / "pack")
    return sorted((tmp_path / "pack" / "topics").glob("*/topic.toml"))[0]


def with_icon(topic_file: Path, name: str) -> list[str]:
    text = topic_file.read_text(encoding="utf-8")
    topic_file.write_text(re.sub(r'(?m)^icon = ".*"$', f'icon = "{name}"', text),
                          encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(topic_file.parent.parent.parent)
    return [str(p) for p in caught.value.problems]


def test_each_icon_set_has_one_font_and_charmap_in_qtawesome() -> None:
    files = icons.font_files()
    assert [prefix for prefix, _, _ in files] == list(icons.ICON_SETS)
    for _prefix, font, charmap in files:
        assert (icons.fonts_folder() / font).stat().st_size > 10_000
        assert (icons.fonts_folder() / charmap).is_file()


@pytest.mark.parametrize("name", ["fa5s.brain", "fa5.eye", "fa5b.usb", "fa5s.user-md"])
def test_font_awesome_5_names_are_known(name: str) -> None:
    assert icons.is_known(name)


@pytest.mark.parametrize("name", ["fa5s.brian", "fa5b.brain", "mdi6.heart", "brain", ""])
def test_other_names_are_not(name: str) -> None:
    assert not icons.is_known(name)


def test_a_misspelt_icon_is_refused_with_its_line(topic_file: Path) -> None:
    found = with_icon(topic_file, "fa5s.brian")
    line = next(n for n, text in enumerate(topic_file.read_text().splitlines(), 1)
                if text.startswith("icon ="))
    assert found == [f"topics/{topic_file.parent.name}/topic.toml, line {line}: icon "
                     "'fa5s.brian' is not a Font Awesome 5 icon; pick one at "
                     "fontawesome.com/v5/search (free icons)"]


def test_another_icon_set_is_refused_by_its_prefix(topic_file: Path) -> None:
    found = with_icon(topic_file, "mdi6.heart")
    assert len(found) == 1 and "'icon' has characters that are not allowed" in found[0]
    assert "fa5s.heartbeat" in found[0]
