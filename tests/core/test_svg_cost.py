"""Illustrations that ask for far more drawing than any picture needs (#15) are refused
before anything draws them: on install (the active pack stays) and by validate."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from kpack_helpers import craft, make_store, new_key, pack_files, pub_text

from kiosk.core import svgcost
from kiosk.core.problems import PackError
from kiosk.core.store import Source
from kiosk.core.validate import check_svg

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">{}</svg>'


def use_bomb(levels: int = 10, fan: int = 10) -> str:
    """1.8 KB: each level draws the one below it ``fan`` times (10^10 circles)."""
    parts = ['<defs><g id="a0"><circle r="1"/></g>']
    parts += [f'<g id="a{i}">' + f'<use href="#a{i - 1}"/>' * fan + "</g>"
              for i in range(1, levels)]
    return SVG.format("".join(parts) + f'</defs><use href="#a{levels - 1}"/>')


HOSTILE = {
    "nested <use>": (use_bomb(), "more than 100,000 shapes"),
    "a <use> cycle": (SVG.format('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>'),
                      "a <use> draws itself"),
    "5,000 nested groups": (SVG.format("<g>" * 5000 + "</g>" * 5000), "nested more than 64"),
    "25,000 circles": (SVG.format('<circle r="1"/>' * 25000), "more than 20,000 elements"),
}


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_refused_before_drawing(tmp_path: Path, shape: str) -> None:
    svg, words = HOSTILE[shape]
    path = tmp_path / "picture.svg"
    path.write_text(svg, encoding="utf-8")
    (problem,) = check_svg(path, "topics/t/picture.svg")
    assert problem.file == "topics/t/picture.svg"
    assert "far more drawing than any picture needs" in str(problem) and words in str(problem)


def test_a_drawing_that_reuses_a_shape_honestly_is_fine() -> None:
    # A symbol drawn 300 times (a crowd of people, one per hundred patients): 1,200 shapes.
    person = '<g id="p"><circle r="2"/><rect width="4" height="6"/><path d="M0 0h1"/></g>'
    crowd = "".join(f'<use href="#p" x="{i % 20 * 10}" y="{i // 20 * 10}"/>'
                    for i in range(300))
    svgcost.check(ET.fromstring(SVG.format(f"<defs>{person}</defs>{crowd}")))
    assert len(use_bomb()) < 2000  # the bomb really is as small as the issue says


def test_the_kiosk_refuses_to_install_it_and_keeps_its_pack(tmp_path: Path) -> None:
    from kpack_helpers import build, make_pack, tree_bytes

    key = new_key()
    store = make_store(tmp_path, trusted=[pub_text(key)])
    store.install(build(make_pack(tmp_path / "v2"), tmp_path / "v2.kpack", key))
    before = tree_bytes(store.active_pack_folder())
    files = {**pack_files(3), "topics/first-topic/first-page.svg": use_bomb().encode()}
    with pytest.raises(PackError, match="far more drawing than any picture needs"):
        store.install(craft(tmp_path / "bomb.kpack", files, key, version=3), Source.USB)
    assert store.status().active is not None and store.status().active.version == 2
    assert tree_bytes(store.active_pack_folder()) == before
