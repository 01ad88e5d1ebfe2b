"""What each unit of the text-fit check depends on (kiosk/core/textfit_units.py): a
result validate remembers must be measured again when anything its screen shows changes.
Qt-free: these are digests, not measurements."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.packdir import load_pack
from kiosk.core.textfit_units import HOME, all_units, unit_digests
from tests.core.kpack_helpers import pack_files, write_folder


def test_what_other_languages_topics_change_is_measured_again(tmp_path: Path) -> None:
    """A topic written in Urdu only still changes the English screens: the home screen's
    "more topics in Urdu" button takes room from the tiles, and with a web edition the
    take-home code is sized for the longest address of any topic in any language."""
    urdu_only = {
        "topics/urdu-only-topic-with-a-long-name/topic.toml": (
            'languages = ["ur"]\nicon = "fa5s.heartbeat"\nillustration = "first-page.svg"\n'
            '\n[title]\nur = "صرف اردو"\n\n[summary]\nur = "ایک مختصر سطر"\n\n'
            '[[pages]]\nid = "first-page"\nillustration = "first-page.svg"\n'
            'sources = ["S1"]\n\n[pages.title]\nur = "پہلا صفحہ"\n').encode(),
        "topics/urdu-only-topic-with-a-long-name/first-page.ur.md": "مختصر۔\n".encode(),
    }
    for web in (False, True):
        files = pack_files(2)
        files["pack.toml"] = files["pack.toml"].replace(b"format = 1", b"format = 2", 1)
        files["topics/urdu-only-topic-with-a-long-name/first-page.svg"] = \
            files["topics/first-topic/first-page.svg"]
        if web:
            files["pack.toml"] = files["pack.toml"].replace(
                b"\n[title]", b'\nweb_edition = "https://kiosk.example.org/learn"\n\n[title]', 1)
        folder = write_folder(tmp_path / f"web-{web}", files)
        pack = load_pack(folder)
        before = unit_digests(pack, all_units(pack))
        manifest = folder / "pack.toml"
        manifest.write_text(manifest.read_text(encoding="utf-8").replace(
            'topics = ["first-topic"]',
            'topics = ["first-topic", "urdu-only-topic-with-a-long-name"]'), encoding="utf-8")
        write_folder(folder, urdu_only)
        pack = load_pack(folder)
        after = unit_digests(pack, all_units(pack))
        english_pages = [unit for unit in before if unit[0] == 0 and unit[1] != HOME]
        assert before[(0, HOME)] != after[(0, HOME)]
        changed = [unit for unit in english_pages if before[unit] != after[unit]]
        assert changed == (english_pages if web else []), web
