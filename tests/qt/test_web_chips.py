"""The web edition's label chips keep off what their drawing shows, as the kiosk's do.

On a phone, centred on its point, the Urdu "اپنا نشان" (self marker) chip covered the
top of the ID card it names. ``kiosk-pack export-html`` now moves such a chip, in its own
widths and heights, by the kiosk's own slide (tests/qt/test_label_ink.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF

from kiosk._qt.dot_room import room_for_browsers
from kiosk._qt.web_chips import centred_chips, chip_shifts
from kiosk.core.packdir import load_pack
from kiosk.core.resources import default_pack
from kiosk.packcli import main
from tests.qt.test_label_ink import CARD, DRAWN, SELF_MARKERS

PACK = load_pack(default_pack())


def _labels(language: str) -> list[tuple[str, float, float]]:
    # As the export measures them: with its room for hanging dots.
    return [(room_for_browsers(label.text.get(language), language), label.x, label.y)
            for label in SELF_MARKERS.picture_labels(rtl=language == "ur")
            if label.y < 0.85]


def test_on_a_phone_the_self_marker_chip_leaves_its_id_card(qapp: object) -> None:
    labels = _labels("ur")
    placed = centred_chips(DRAWN, labels, "ur")
    assert placed is not None
    area, chips = placed
    scale = area.width() / 800  # the drawing's view box is 800 wide
    card = QRectF(CARD.left() * scale, CARD.top() * scale, CARD.width() * scale,
                  CARD.height() * scale)
    chip, point = chips[0]
    assert labels[0][0] == "اپنا نشان" and chip.intersects(card)  # the fault, centred

    (dx, dy), *_rest = chip_shifts(DRAWN, labels, "ur", mirrored=False)
    moved = chip.translated(dx * chip.width(), dy * chip.height())
    assert not moved.intersects(card), (moved, card)
    assert moved.contains(point) and area.contains(moved)


def test_the_web_edition_carries_each_chips_move(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "edition"
    assert main(["export-html", str(default_pack()), "-o", str(out)]) == 0
    html = (out / "ur" / "self-and-nonself.html").read_text(encoding="utf-8")
    chips = dict((text, style) for style, text in
                 re.findall(r'<span class="label" style="([^"]*)">([^<]*)</span>', html))
    (dx, dy), *_rest = chip_shifts(DRAWN, _labels("ur"), "ur", mirrored=False)
    assert (dx, dy) != (0, 0)
    assert f"--dx:{dx:.3f};--dy:{dy:.3f}" in chips["اپنا نشان"]
    # A chip over bare paper stays centred on its point, and says nothing of a move.
    flares = (out / "ur" / "autoimmune-disease.html").read_text(encoding="utf-8")
    assert re.search(r'style="--x:[0-9.]+;--y:[0-9.]+">تھم جانا<', flares)
