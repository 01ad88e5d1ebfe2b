"""A picture's captions sit under what they name, never over it, in both languages.

Every bundled drawing keeps its bottom band clear for captions. On a small picture (a
1366×768 monitor, the larger text sizes) an Urdu caption's chip is taller than that band:
then the captions go under the drawing where the picture's area has height to spare
(tests/qt/test_layout.py holds every page to that), and otherwise the drawing is drawn
smaller, above its captions; the captions move apart.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize, QSizeF

from kiosk._qt import theme
from kiosk._qt.app import Kiosk
from kiosk._qt.screens import page_layout
from kiosk._qt.session import TEXT_SCALES
from kiosk._qt.settle import run_posted_events
from kiosk._qt.widgets.illustration import BURIED, _placed
from kiosk._qt.widgets.picture_labels import (
    CLEAR_BAND,
    SMALLEST_DRAWING,
    arrange,
    chips,
    hidden,
)
from kiosk.core.model import CAPTION_FROM, Label, Localized
from kiosk.core.packdir import load_pack
from kiosk.core.resources import default_pack
from tests.qt.conftest import tap

PACK = load_pack(default_pack())
CAPTIONED = [page for page in PACK.pages() if any(label.y >= CAPTION_FROM for label in page.labels)]
# At the default text size. (At the largest, an Urdu caption wraps to three lines taller
# than the least room a picture gets; the words are on the page and read aloud anyway.)
SCREENS = [(QSize(1366, 768), 1.0), (QSize(1920, 1080), 1.0), (QSize(1080, 1920), 1.0),
           (QSize(3840, 2160), 1.0)]


def smallest_picture(metrics: theme.Metrics) -> QRectF:
    """The least room a page gives its picture: its minimum width, at 4:3."""
    width = round(page_layout.PICTURE_MIN_WIDTH * metrics.unit)
    return QRectF(0, 0, width, width / page_layout.PICTURE_ASPECT)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0].width()}x{s[0].height()}"
                         f"@{s[1]}")
@pytest.mark.parametrize("language", ["en", "ur"])
def test_captions_sit_under_the_drawing_and_apart(qapp, language: str,
                                                  screen: tuple[QSize, float]) -> None:
    size, scale = screen
    metrics = theme.Metrics.for_size(size, language, text_scale=scale)
    found = []
    for page in CAPTIONED:
        rect = smallest_picture(metrics)
        drawing, boxes = arrange(page.labels, metrics, rect)
        assert rect.contains(drawing) and drawing.height() >= rect.height() * SMALLEST_DRAWING
        drawn_to = drawing.top() + drawing.height() * (1 - CLEAR_BAND)
        captions = [box for (label, (_block, box)) in zip(page.labels, boxes, strict=True)
                    if label.y >= CAPTION_FROM]
        for box in captions:
            if not rect.contains(box):
                found.append(f"{page.key}: a caption leaves the picture")
            if box.top() < drawn_to - 1 and drawing.height() > rect.height() * SMALLEST_DRAWING:
                found.append(f"{page.key}: a caption covers the drawing by "
                             f"{drawn_to - box.top():.0f}px")
        room = sum(box.width() for box in captions) < rect.width() * 0.95
        for i, a in enumerate(captions):
            for b in captions[i + 1:]:
                if room and a.intersects(b):
                    found.append(f"{page.key}: two captions overlap")
    assert CAPTIONED and not found, "\n".join(found)


def test_a_roomy_picture_is_drawn_whole_with_its_captions_in_its_own_band(qapp) -> None:
    metrics = theme.Metrics.for_size(QSize(1920, 1080), "en")
    page = CAPTIONED[0]
    rect = QRectF(0, 0, 1200, 900)
    drawing, _boxes = arrange(page.labels, metrics, rect)
    assert drawing == rect


def _overlapping(boxes: list[QRectF]) -> set[tuple[int, int]]:
    return {(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes))
            if boxes[i].adjusted(1, 1, -1, -1).intersects(boxes[j])}


def test_labels_moved_apart_land_only_on_free_room(qapp, monkeypatch) -> None:
    """Of two point labels that cover each other, one moves clear of the other, but never
    onto a third label or a caption, nor off the picture (moved blindly, one landed on
    a caption, and another on a label it had been clear of)."""
    from kiosk._qt.widgets import picture_labels
    from kiosk.core.model import Label, Localized

    def label(x: float, y: float, text: str) -> Label:
        return Label(x, y, Localized({"en": text}))

    metrics = theme.Metrics.for_size(QSize(1920, 1080), "en")
    rect = QRectF(0, 0, 800, 600)
    cases = {
        "a chain": (label(0.5, 0.5, "Middle"), label(0.5, 0.6, "Below"),
                    label(0.5, 0.46, "Above")),
        "over a caption": (label(0.3, 0.78, "Point one"), label(0.3, 0.80, "Point two"),
                           label(0.3, 0.92, "Caption")),
        "three at the foot": (label(0.5, 0.80, "One"), label(0.5, 0.82, "Two"),
                              label(0.5, 0.84, "Three")),
        "two apart": (label(0.2, 0.40, "Nerve"), label(0.25, 0.36, "Myelin coat")),
        # No room above or below on a short picture: the left one moves further left.
        "side by side": (label(0.45, 0.5, "Nerve"), label(0.55, 0.5, "Myelin coat")),
    }
    for name, labels in cases.items():
        rect = QRectF(0, 0, 800, 90 if name == "side by side" else 600)
        moved = [box for _block, box in arrange(labels, metrics, rect)[1]]
        with monkeypatch.context() as unmoved:
            unmoved.setattr(picture_labels, "_apart", lambda *args: None)
            placed = [box for _block, box in arrange(labels, metrics, rect)[1]]
        assert all(rect.contains(box) for box in moved), name
        assert _overlapping(moved) <= _overlapping(placed), name  # nothing new covered
        if name in ("two apart", "side by side"):
            assert _overlapping(placed) and not _overlapping(moved), name
        if name == "side by side":  # each on its own side of where it was
            assert moved[0].right() <= placed[0].right() and moved[1] == placed[1]


LABELLED = [page for page in PACK.pages() if page.labels and page.illustration is not None]


@pytest.mark.parametrize("language", ["en", "ur"])
def test_on_a_short_wide_picture_labels_spread_beside_the_drawing(qapp, language) -> None:
    """At the largest text a portrait page's picture is a band as wide as the page and
    as short as a picture may be (1040 × 270 px on a 1080 × 1920 screen). Kept to the
    drawing's own width, Urdu labels wrapped into chips taller than the drawing, over it
    and over each other, with two thirds of the band empty. They take the band's width
    instead: none leaves the picture or covers another, and the drawing is drawn
    larger than the least a picture may be."""
    from kiosk._qt.widgets.illustration import Illustration, _fit

    metrics = theme.Metrics.for_size(QSize(1080, 1920), language, text_scale=max(TEXT_SCALES))
    band = QSize(1040, metrics.px(page_layout.PICTURE_MIN_WIDTH / page_layout.PICTURE_ASPECT))
    picture = Illustration()
    picture.resize(band)
    picture.retranslate(metrics)
    found, widened = [], 0
    for page in LABELLED:
        picture.set_picture(page.illustration, page.labels)
        placed, drawing = picture.picture_rect(), picture.drawing_rect()
        boxes = [box for _block, box in picture.label_blocks()]
        widened += placed.width() > _fit(page.illustration, band).width()
        if not all(placed.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box) for box in boxes):
            found.append(f"{page.key}: a label leaves the picture")
        if _overlapping(boxes):
            found.append(f"{page.key}: labels cover each other")
        if drawing.height() < band.height() * SMALLEST_DRAWING:
            found.append(f"{page.key}: the drawing is {drawing.height():.0f}px high")
    assert LABELLED and not found, "\n".join(found)
    assert widened  # the case this is about
    picture.deleteLater()


def test_a_drawing_mostly_under_its_chips_counts_as_crowded(qapp) -> None:
    """What decides whether a page whose words run on gives its picture more room: at the
    largest text Urdu chips hid 70% of the nerve drawing on a portrait page, where none
    covered another."""
    from kiosk._qt.widgets.picture_labels import MOST_HIDDEN, crowded, hidden
    from kiosk.core.model import Label, Localized

    drawing = QRectF(0, 0, 400, 300)
    assert hidden(drawing, []) == 0
    assert hidden(drawing, [QRectF(0, 0, 200, 300)]) == pytest.approx(0.5)
    # Overlapping chips are counted once; what lies off the drawing not at all.
    assert hidden(drawing, [QRectF(0, 0, 200, 300), QRectF(100, 0, 100, 300),
                            QRectF(400, 0, 90, 90)]) == pytest.approx(0.5)
    assert hidden(drawing, [QRectF(0, 0, 200, 100), QRectF(0, 0, 100, 300)]) == \
        pytest.approx((200 * 100 + 100 * 200) / (400 * 300))

    def words(text: str) -> Label:
        return Label(0.5, 0.5, Localized({"ur": text, "en": text}))

    page = next(page for page in LABELLED if page.key == "multiple-sclerosis/what-happens")
    for language, scale, hides in (("en", 1.0, False), ("ur", max(TEXT_SCALES), True)):
        metrics = theme.Metrics.for_size(QSize(1080, 1920), language, text_scale=scale)
        rect = QRectF(0, 0, 480, 360)
        _drawing, out = arrange(page.labels, metrics, rect, rect.size())
        share = hidden(_drawing, [box for _block, box in out])
        assert (share > MOST_HIDDEN) is hides, (language, share)
        assert crowded(page.labels, metrics, rect, rect.size()) is hides
    metrics = theme.Metrics.for_size(QSize(1920, 1080), "en")
    assert not crowded((words("A"),), metrics, QRectF(0, 0, 800, 600), QSizeF(800, 600))


@pytest.mark.parametrize(("size", "buried"), [((1366, 768), "multiple-sclerosis/treatment"),
                                              ((1920, 1080), "sjogrens-syndrome/treatment")],
                         ids=["1366x768", "1920x1080"])
def test_labels_that_would_bury_their_drawing_are_left_off(qtbot, kiosk: Kiosk, size,
                                                           buried: str) -> None:
    """At the largest Urdu text a treatment page's title and status chips leave its
    picture a corner of the column, and two labels hid 82% of the stem-cell drawing
    (62% of a nerve drawing at 1366×768): a patient saw two words piled up, no
    drawing. Where labels placed as well as they go would hide more than ``BURIED`` of
    the drawing, it is drawn bare, larger; everywhere else they are drawn. (The
    stem-cell drawing's two captions now go beside it, whole: see
    ``test_the_stem_cell_picture_is_drawn_whole_at_the_largest_urdu_text``.)"""
    w = kiosk.window
    w.resize(*size)
    w.start_visit("ur")
    for _ in range(len(TEXT_SCALES) - 1):
        tap(qtbot, w.topbar.text_size)
    picture, metrics = w.viewer.illustration, w.viewer._metrics
    bare, labelled = [], 0
    for topic in kiosk.session.pack.topics_in("ur"):
        for index, page in enumerate(topic.pages):
            if not page.labels:
                continue
            w.open_topic(topic.id)
            w.viewer.open(topic, index)
            run_posted_events()
            if not picture.isVisible() or w.viewer.picture.currentWidget() is not picture:
                continue
            shown = picture.label_blocks()
            drawing = picture.drawing_rect()
            if shown:
                labelled += 1
                assert hidden(drawing, [box for _block, box in shown]) <= BURIED, page.key
                continue
            # The control: with its labels, as it was drawn before, they buried it.
            rect, drawn = _placed(page.illustration, picture.size(), page.labels, metrics)
            under, boxes, _ = chips(page.labels, metrics, rect, drawn)
            assert hidden(under, boxes) > BURIED, page.key
            assert drawing.width() > under.width(), page.key  # drawn larger, bare
            bare.append(page.key)
    assert buried in bare and labelled > 10, (bare, labelled)


def _caption(x: float, text: str, ur: str) -> Label:
    return Label(x, 0.92, Localized({"en": text, "ur": ur}))


def test_in_a_short_wide_picture_captions_go_beside_a_whole_drawing(qapp) -> None:
    """Under a stem cell page's title and status chips, at the largest Urdu text at
    1366×768, the picture is a short wide strip. Its two captions' lines went under the
    drawing and left it a sliver, with half the strip empty beside it. Now each caption
    sits on its own side of the drawing, at its foot, and the drawing is drawn whole."""
    metrics = theme.Metrics.for_size(QSize(1366, 768), "ur", text_scale=max(TEXT_SCALES))
    labels = (_caption(0.25, "Cord tissue", "نال کی بافت"),
              _caption(0.7, "Lab dish", "لیبارٹری کی پلیٹ"))
    rect, drawn = QRectF(0, 0, 615, 154), QSizeF(205, 154)
    drawing, out = arrange(labels, metrics, rect, drawn)
    assert drawing.height() == pytest.approx(154) and drawing.width() == pytest.approx(205)
    (_b1, left), (_b2, right) = out
    assert left.right() <= drawing.left() and right.left() >= drawing.right()
    assert rect.contains(left) and rect.contains(right)
    assert left.bottom() == pytest.approx(drawing.bottom())
    # Two on one side would leave which names what to guess (three "when to get help"
    # panels put "doctor today", the middle one's, beside "call now"): under, then.
    one_side = (_caption(0.2, "Cord tissue", "نال کی بافت"), _caption(0.4, "Dish", "پلیٹ"))
    assert arrange(one_side, metrics, rect, drawn)[0].height() < 0.85 * 154
    # Without the room beside it (the drawing's own width), they go under a smaller one.
    narrow, _ = arrange(labels, metrics, QRectF(0, 0, 205, 154), drawn)
    assert narrow.height() < 0.85 * 154


def test_captions_stay_under_where_beside_would_wrap_them_or_labels_sit_on_it(qapp) -> None:
    """Beside a drawing, "Plan with your doctor" wrapped one word a line, four lines
    for a drawing a little larger; and on a drawing with labels on it, captions beside
    it left the page free to take a smaller picture, with "germ" over the germ. Both
    keep their captions under the drawing."""
    metrics = theme.Metrics.for_size(QSize(1080, 1920), "en", text_scale=max(TEXT_SCALES))
    drawn = QSizeF(300, 225)
    one = (_caption(0.5, "Plan with your doctor", "ڈاکٹر کے ساتھ منصوبہ"),)
    rect = QRectF(0, 0, 600, 225)
    drawing, out = arrange(one, metrics, rect, drawn)
    assert out[0][1].top() >= drawing.bottom() - CLEAR_BAND * drawing.height() - 1
    assert drawing.height() < 225  # drawn smaller, its caption under it, on one line
    urdu = theme.Metrics.for_size(QSize(1366, 768), "ur", text_scale=max(TEXT_SCALES))
    pointed = (_caption(0.25, "Cord tissue", "نال کی بافت"),
               Label(0.5, 0.4, Localized({"en": "Germ", "ur": "جرثومہ"})))
    drawing, _ = arrange(pointed, urdu, QRectF(0, 0, 615, 154), QSizeF(205, 154))
    assert drawing.height() < 0.85 * 154


def test_the_stem_cell_picture_is_drawn_whole_at_the_largest_urdu_text(kiosk: Kiosk,
                                                                      qtbot) -> None:
    """The page as a patient opens it, at 1366×768 with the largest text in Urdu."""
    w = kiosk.window
    w.resize(1366, 768)
    w.start_visit("ur")
    for _ in range(len(TEXT_SCALES) - 1):
        tap(qtbot, w.topbar.text_size)
    topic = kiosk.session.pack.topic("treatments")
    index = next(i for i, page in enumerate(topic.pages) if page.id == "msc")
    w.open_topic(topic.id)
    w.viewer.open(topic, index)
    run_posted_events()
    picture = w.viewer.illustration
    assert picture.isVisible()
    drawing, chips_shown = picture.drawing_rect(), picture.label_blocks()
    assert len(chips_shown) == 2
    # As tall as the picture's room; the captions beside it, off it.
    assert drawing.height() >= picture.height() - 1
    for _block, box in chips_shown:
        assert not box.intersects(drawing) and picture.rect().toRectF().contains(box)
