"""A topic's tile keeps its drawing drawn (kiosk/_qt/widgets/topic_tile.py): it repaints as a
finger presses it and again as it lifts, and drawing the picture's outlines each time
took 2.4 ms of a tap at 4K."""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from kiosk._qt import theme
from kiosk._qt.app import Kiosk
from kiosk._qt.screens.home import HomeScreen, title_growth
from kiosk._qt.session import TEXT_SCALES
from kiosk._qt.settle import run_posted_events
from kiosk._qt.widgets.illustration import renderer_for
from kiosk._qt.widgets.topic_tile import TopicTile, stands_out
from kiosk.core.model import Localized
from tests.qt import finger
from tests.qt.conftest import running_kiosk, tap


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return np.frombuffer(bytes(image.constBits()), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, :image.width()].astype(np.int32)


def test_a_tile_s_kept_drawing_is_the_drawing_where_the_tile_drew_it(
        qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    tap(qtbot, w.attract.buttons["ur"])
    tile = w.home.tiles[0]
    w.home.grab()  # laid out
    whole = QRectF(tile.picture)
    # Where the layout puts it, and between pixels (as other sizes put it).
    for dx, dy in ((0.0, 0.0), (0.37, 0.61)):
        tile.picture = whole.translated(dx, dy)
        at, drawing = tile._drawing()
        # As the tile drew it before: the drawing's outlines, between pixels, centred.
        renderer = renderer_for(tile.topic.illustration)
        size = renderer.defaultSize().scaled(tile.picture.size().toSize(),
                                             Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(tile.picture.center().x() - size.width() / 2,
                        tile.picture.center().y() - size.height() / 2,
                        size.width(), size.height())
        shots = []
        for kept in (False, True):
            image = QImage(tile.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if kept:
                painter.drawPixmap(at, drawing)
            else:
                renderer.render(painter, target)
            painter.end()
            shots.append(_pixels(image))
        direct, kept_one = shots
        assert direct[..., 3].sum() > 1000  # the control: something drawn
        assert np.abs(direct - kept_one).max() <= 2  # premultiplied rounding, no more
        # The control: the same drawing a pixel off is caught.
        assert np.abs(np.roll(direct, 1, axis=1) - kept_one).max() > 2


def test_pressing_and_lifting_a_tile_reuses_its_drawing_until_the_patient_goes(
        qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w._collector.setInterval(1)  # skip the wait, not the mechanism
    tap(qtbot, w.attract.buttons["en"])
    w.home.grab()
    tile = w.home.tiles[1]
    kept = tile._drawn
    assert kept is not None  # drawn as home was painted
    finger.down(tile)
    assert tile.isDown()
    tile.repaint()
    assert tile._drawn is kept  # the pressed look: the same picture
    finger.up(tile)
    assert w.current is w.viewer
    assert tile._drawn is kept
    with qtbot.waitSignal(w._collector.timeout, timeout=10_000):
        w.reset()  # the patient has gone
    assert all(t._drawn is None for t in w.home.tiles)
    tap(qtbot, w.attract.buttons["en"])
    w.home.grab()
    assert all(t._drawn is not None for t in w.home.tiles)


def test_a_tile_s_drawing_follows_its_area_moved_by_whole_pixels(qtbot, kiosk: Kiosk) -> None:
    """A tall tile's picture moves with its title's language (found by review: the kept
    drawing stayed where English had put it, 10 px off, after a switch to Urdu)."""
    w = kiosk.window
    tap(qtbot, w.attract.buttons["en"])
    w.home.grab()
    tile = w.home.tiles[0]
    at, kept = tile._drawing()
    area = QRectF(tile.picture)
    tile.picture = area.translated(3, 7)
    moved, same = tile._drawing()
    assert same is kept  # the same picture, not drawn again
    assert moved == at + QPointF(3, 7)
    # Where a whole-pixel move changes the fraction's last bits (0.7999999999999972
    # and 0.8000000000000114), the picture is the same too.
    tile.picture = QRectF(18, 51.7, 261, 143.2)
    _, kept = tile._drawing()
    tile.picture = QRectF(18, 51.7, 261, 143.2).translated(3, 7)
    _, same = tile._drawing()
    assert same is kept


def _home(kiosk: Kiosk, language: str) -> list[tuple[float, float, bool, bool]]:
    """Each tile as the patient sees it in ``language``: title size, picture share, and
    whether its title and its summary are shown whole."""
    w = kiosk.window
    kiosk.session.set_language(language)
    w.go_home()
    run_posted_events()
    return [(round(t.scale, 2), t.picture_share, t.title_fits, t.show_summary)
            for t in w.home.tiles]


def test_the_home_screen_is_the_same_whatever_was_shown_before(qtbot, kiosk: Kiosk) -> None:
    """The tiles are made again when the language changes which topics there are (Urdu
    to Pashto and back), and kept when it does not (Urdu to English). On a 5:4 screen
    Urdu's tiles give their pictures less height for the summaries; English then chose
    its title size beside those smaller pictures and six titles did not fit once the
    pictures grew back. Made again, Urdu's tiles were measured before they were laid
    out (100 × 30 px) and kept the titles' smallest size. Each is now as on a fresh
    start."""
    w = kiosk.window
    w.resize(1280, 1024)
    w.start_visit("en")
    fresh = {language: _home(kiosk, language) for language in ("en",)}
    w.reset()
    w.start_visit("ur")
    fresh["ur"] = _home(kiosk, "ur")
    assert all(share < 0.5 for _, share, _, _ in fresh["ur"])  # the control: it gave way
    assert all(title and summary for _, _, title, summary in fresh["ur"] + fresh["en"])
    assert _home(kiosk, "en") == fresh["en"]
    assert _home(kiosk, "ps") and _home(kiosk, "ur") == fresh["ur"]


def test_a_summary_that_never_fits_leaves_the_others_shown(qtbot, tmp_path: Path,
                                                           default_pack_dir: Path) -> None:
    """The tiles' pictures give up some height where that shows the summaries; one
    summary too long for any took every summary off a 5:4 screen."""
    folder = tmp_path / "pack"
    shutil.copytree(default_pack_dir, folder)
    record = folder / "topics/self-and-nonself/topic.toml"
    words = record.read_text(encoding="utf-8")
    record.write_text(words.replace('ur = "جسم جراثیم کو کیسے پہچانتا ہے"',
                                    'ur = "جسم اپنے اور پرائے میں فرق کیسے کرتا ہے اور'
                                    ' جراثیم کو کیسے پہچانتا ہے"'), encoding="utf-8")
    with running_kiosk(qtbot, tmp_path / "data", pack_path=folder) as k:
        k.window.resize(1280, 1024)
        k.window.start_visit("ur")
        tiles = _home(k, "ur")
    shown = [summary for _, _, _, summary in tiles]
    assert shown.count(False) == 1 and all(title for _, _, title, _ in tiles)


def _teal_under_picture(tile: TopicTile) -> int:
    """Pixels of the icons' teal in a tile's words area (its drawing left out)."""
    shot = _pixels(tile.grab().toImage())
    words = shot[math.ceil(tile.picture.bottom()):, :, :3]
    teal = np.array([theme.TEAL.blue(), theme.TEAL.green(), theme.TEAL.red()])
    return int((np.abs(words - teal).max(axis=2) <= 8).sum())


def test_urdu_titles_read_as_titles_where_the_icons_would_shrink_them(
        qtbot, kiosk: Kiosk) -> None:
    """At 1920×1080 the icons beside the titles made the longest Urdu title (one
    Nastaliq line) shrink every title to the size of the summaries under them: 22 px
    over 21. There the icons give way; English titles, which wrap, keep theirs."""
    w = kiosk.window
    w.resize(1920, 1080)
    w.start_visit("ur")
    _home(kiosk, "ur")
    home = w.home
    metrics = home.tiles[0]._metrics
    assert metrics is not None
    # The control: beside the icons every title fits only where it does not stand out.
    fit, beside = home._largest_scale(with_icons=True)
    assert fit == len(home.tiles) and not stands_out(metrics, beside)
    home._evened = None
    home.even_titles()
    tiles = home.tiles
    assert all(t.title_fits and t.show_summary for t in tiles)
    assert stands_out(metrics, tiles[0].scale) and tiles[0].scale > beside
    assert not any(t.with_icon for t in tiles)
    assert all(_teal_under_picture(t) == 0 for t in tiles)

    _home(kiosk, "en")
    assert all(t.with_icon and t.title_fits and t.show_summary for t in tiles)
    assert all(_teal_under_picture(t) > 50 for t in tiles)


def test_where_no_title_size_fits_them_all_the_icons_give_way_if_more_then_fit(
        qtbot, kiosk: Kiosk) -> None:
    """At the largest Urdu text on a 1024×768 screen no title size fits every title,
    with the icons or without; beside the icons 6 of 11 fitted (their summaries pushed
    out), without them 9. The icons gave way only where every title fitted."""
    w = kiosk.window
    w.resize(1024, 768)
    w.start_visit("ur")
    for _ in range(len(TEXT_SCALES) - 1):
        tap(qtbot, w.topbar.text_size)
    _home(kiosk, "ur")
    home = w.home
    beside, without = (home._largest_scale(with_icons=True),
                       home._largest_scale(with_icons=False))
    assert beside[0] < without[0] < len(home.tiles)  # the case this is about
    home._evened = None
    home.even_titles()
    assert not any(t.with_icon for t in home.tiles)
    assert sum(t.title_fits for t in home.tiles) == without[0]


def test_where_most_summaries_do_not_fit_none_is_shown(qtbot, kiosk: Kiosk) -> None:
    """At the largest Urdu text on a 1366×768 screen one summary of eleven fitted, and
    for it every tile's picture gave up a tenth of its height: a lone summary on a grid
    of titles. Where fewer than half fit at any picture size, none is shown, and the
    pictures keep their height."""
    w = kiosk.window
    w.resize(1366, 768)
    w.start_visit("ur")
    for _ in range(len(TEXT_SCALES) - 1):
        tap(qtbot, w.topbar.text_size)
    tiles = _home(kiosk, "ur")
    assert not any(summary for _, _, _, summary in tiles)
    assert all(share == 0.5 for _, share, _, _ in tiles)
    # The control: let the summaries be shown, and a few fit beside smaller pictures.
    home = w.home
    for tile in home.tiles:
        tile.with_summary = True
    fitting = max(sum(tile.summary_fits_at(share) for tile in home.tiles)
                  for share in (0.5, 0.45, 0.4))
    assert 0 < fitting * 2 < len(home.tiles)


def _tiles(home: HomeScreen) -> list[tuple[float, float, bool, bool, bool, bool]]:
    return [(t.scale, t.picture_share, t.with_icon, t.with_summary, t.title_fits,
             t.show_summary) for t in home.tiles]


def test_a_language_shown_before_is_not_sized_again(qtbot, kiosk: Kiosk,
                                                    monkeypatch) -> None:
    """Finding one title size for every Urdu tile shapes each title at several trial
    sizes: about 75 ms at 1920×1080, which a patient waited through at every tap of the
    language button on the home screen. What was found is kept."""
    w = kiosk.window
    w.resize(1920, 1080)
    w.start_visit("en")
    home = w.home
    found = []
    finding = home._find_sizes
    monkeypatch.setattr(home, "_find_sizes", lambda: found.append(1) or finding())
    _home(kiosk, "en")
    urdu = _home(kiosk, "ur")
    first = _tiles(home)
    assert len(found) == 1  # the control: Urdu's were found on its first visit
    for _ in range(2):
        _home(kiosk, "en")
        assert _home(kiosk, "ur") == urdu and _tiles(home) == first
    assert len(found) == 1
    # Nor is it sized again for other colours, which change no size.
    for high in (True, False):
        kiosk.session.set_high_contrast(high)
        run_posted_events()
        assert _tiles(home) == first
    assert len(found) == 1
    # What was kept is what would be found afresh.
    home._found.clear()
    home._evened = None
    home.even_titles()
    assert len(found) == 2 and _tiles(home) == first


def test_a_new_pack_has_its_titles_sized_afresh(qtbot, kiosk: Kiosk) -> None:
    """Sizes kept for one pack's titles are not a new pack's: a pack of short titles
    would have kept the old pack's small ones."""
    w = kiosk.window
    w.resize(1920, 1080)
    w.start_visit("ur")
    before = _home(kiosk, "ur")
    pack = kiosk.session.pack
    short = tuple(dataclasses.replace(topic, title=Localized(
        {**topic.title.texts, "ur": topic.title.texts["ur"].split()[0]})) for topic in pack.topics)
    w.reset()
    w.offer_pack(dataclasses.replace(pack, topics=short))
    w.start_visit("ur")
    after = _home(kiosk, "ur")
    assert all(title for _, _, title, _ in after)
    assert after[0][0] > before[0][0]  # larger titles, as short ones allow


def test_titles_are_sized_for_the_tiles_as_they_end(qtbot, kiosk: Kiosk) -> None:
    """Pashto has fewer topics, and its home screen a "more topics" button: back in
    English, without it, the titles were sized for tiles 368 px high that ended 397."""
    w = kiosk.window
    w.resize(1080, 1920)
    w.start_visit("ps")
    home = w.home
    assert _home(kiosk, "ps") and home.more.isVisible()  # the case this is about
    _home(kiosk, "en")
    assert not home.more.isVisible()
    assert home._evened is not None
    assert home._evened[2] == tuple(tile.size().toTuple() for tile in home.tiles)


def test_a_dozen_topics_keep_their_titles_size_and_fewer_may_grow() -> None:
    portrait, landscape = QSize(1080, 1680), QSize(1920, 848)
    for size in (portrait, landscape):
        assert title_growth(11, size) == title_growth(12, size) == 1.0
        assert title_growth(30, size) == 1.0  # smaller tiles shrink titles by fitting them
    assert title_growth(4, portrait) == 1.3  # 2 × 2 tiles, half again a dozen's: capped
    assert 1.0 < title_growth(8, portrait) < 1.3
    assert title_growth(0, portrait) == title_growth(4, QSize()) == 1.0


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080), (1366, 768), (1280, 1024)])
def test_four_topics_have_larger_titles_on_as_many_lines(
        qtbot, kiosk: Kiosk, size: tuple[int, int]) -> None:
    """Pashto has four topics: at the dozen topics' size their titles stood small in
    tiles three times the area. They grow where every title still fits on as many lines
    (in landscape a larger "ask your doctor" broke onto a second line, out of line with
    its neighbours' titles, and it stays on one)."""
    w = kiosk.window
    w.resize(*size)
    w.start_visit("ps")
    _home(kiosk, "ps")
    tiles = w.home.tiles
    assert len(tiles) == 4
    grown = tiles[0].scale
    lines = [t.title_lines() for t in tiles]
    assert all(t.title_fits and t.show_summary for t in tiles)
    for tile in tiles:
        tile.fits_at(1.0)
    assert [t.title_lines() for t in tiles] == lines
    assert 1.0 < grown <= title_growth(4, w.home._tile_area.size())


def test_urdu_s_dozen_topics_keep_their_titles_size(qtbot, kiosk: Kiosk) -> None:
    w = kiosk.window
    w.resize(1080, 1920)
    w.start_visit("ur")
    assert {scale for scale, *_ in _home(kiosk, "ur")} <= {round(1.0 - 0.05 * s, 2)
                                                           for s in range(9)}
