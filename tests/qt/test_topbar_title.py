"""The top bar names the pack when there is room, from the first patient on."""

from __future__ import annotations

from kiosk._qt.app import Kiosk
from tests.qt.conftest import tap


def test_the_first_patient_sees_the_pack_s_title_where_it_fits(qtbot, kiosk: Kiosk) -> None:
    # The bar was set up before it had its width, so the first visit found no room and
    # showed no title; the next patient's did.
    w = kiosk.window
    w.resize(1366, 768)
    titles = []
    for _ in range(2):
        tap(qtbot, w.attract.buttons["ur"])
        tap(qtbot, w.home.tiles[0])
        titles.append(w.topbar.title.text())
        w.reset()
    assert titles == [kiosk.session.pack.title.get("ur")] * 2
